from wagtail import hooks

from home.page_tenancy import pages_for_user
from home.services import page_editor_sync


@hooks.register("after_team_member_save")
def sync_page_editor_group(*, membership, role) -> None:
    page_editor_sync(membership=membership, role=role)


@hooks.register("construct_explorer_page_queryset")
def explorer_pages_of_the_cpas(parent_page, pages, request):
    return pages_for_user(pages, request.user)


@hooks.register("construct_page_chooser_queryset")
def chooser_pages_of_the_cpas(pages, request):
    return pages_for_user(pages, request.user)
