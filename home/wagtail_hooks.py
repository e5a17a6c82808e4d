from wagtail import hooks

from home.services import page_editor_sync


@hooks.register("after_team_member_save")
def sync_page_editor_group(*, membership, role) -> None:
    page_editor_sync(membership=membership, role=role)
