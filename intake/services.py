"""Writes on the organisation: team members and the page permissions of a CPAS."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from intake.models import Antenna, Cpas, Membership, Programme
from intake.roles import Role, role_group
from intake.tenancy import forget_scope

PAGE_EDITOR_PERMISSIONS = ("add_page", "change_page", "publish_page")


def cpas_page_group_name(cpas: Cpas) -> str:
    return f"Page editors · {cpas.slug}"


@transaction.atomic
def cpas_page_group_sync(*, cpas: Cpas) -> Group:
    """The group that may edit the pages of the CPAS's programmes (all languages).

    Wagtail grants page permissions to groups on page subtrees; tenancy of pages
    therefore needs one such group per CPAS, which its programme managers join.
    """
    from home.models import ProgrammePage

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


@transaction.atomic
def team_member_save(
    *,
    membership: Membership | None,
    cpas: Cpas,
    email: str,
    first_name: str,
    last_name: str,
    role: Role,
    antenna: Antenna | None = None,
    programmes: list[Programme] | None = None,
    password: str | None = None,
) -> Membership:
    """Create or update a staff account, its role group and its membership.

    A new account has no usable password unless one is given: the person sets
    hers with "Forgot password?" on the admin login page.
    """
    User = get_user_model()
    email = email.strip().lower()
    if membership is None:
        user = User(username=email, email=email)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
    else:
        user = membership.user
        user.email = email
        if password:
            user.set_password(password)
    user.first_name = first_name
    user.last_name = last_name
    user.save()

    role_groups = Group.objects.filter(name__in=Role.values)
    page_groups = Group.objects.filter(name__startswith="Page editors · ")
    user.groups.remove(*role_groups, *page_groups)
    user.groups.add(role_group(role))
    if role in (Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN):
        user.groups.add(cpas_page_group_sync(cpas=cpas))

    if membership is None:
        membership = Membership(user=user)
    membership.cpas = cpas
    membership.antenna = antenna if role == Role.SOCIAL_WORKER else None
    membership.full_clean(exclude=["user"])
    membership.save()
    membership.programmes.set(programmes or [])
    forget_scope(user)
    return membership
