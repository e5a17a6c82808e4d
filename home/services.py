"""Writes on the public pages: who may edit a CPAS's programme pages."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from home.models import ProgrammePage
from intake.models import Cpas, Membership
from intake.roles import Role

PAGE_EDITOR_PERMISSIONS = ("add_page", "change_page", "publish_page")
PAGE_GROUP_PREFIX = "Page editors · "
#: The roles that edit their CPAS's programme pages (and the forms under them).
PAGE_EDITOR_ROLES = (Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN)


def cpas_page_group_name(cpas: Cpas) -> str:
    return f"{PAGE_GROUP_PREFIX}{cpas.slug}"


@transaction.atomic
def cpas_page_group_sync(*, cpas: Cpas) -> Group:
    """The group that may edit the pages of the CPAS's programmes (all languages).

    Wagtail grants page permissions to groups on page subtrees; tenancy of pages
    therefore needs one such group per CPAS, which its programme managers join.
    """
    group, _created = Group.objects.get_or_create(name=cpas_page_group_name(cpas))
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in=PAGE_EDITOR_PERMISSIONS,
        )
    )
    pages = ProgrammePage.objects.filter(programme__cpas=cpas)
    wanted = {(page.pk, permission.pk) for page in pages for permission in permissions}
    existing = GroupPagePermission.objects.filter(group=group)
    existing.exclude(page__in=pages).delete()
    have = set(existing.values_list("page_id", "permission_id"))
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
        for page_id, permission_id in wanted - have
    )
    return group


def page_editor_sync(*, membership: Membership, role: Role) -> None:
    """A team member is in her CPAS's page-editor group exactly when her role
    edits pages (the ``after_team_member_save`` hook of :mod:`intake.services`)."""
    user = membership.user
    user.groups.remove(*Group.objects.filter(name__startswith=PAGE_GROUP_PREFIX))
    if role in PAGE_EDITOR_ROLES:
        user.groups.add(cpas_page_group_sync(cpas=membership.cpas))
