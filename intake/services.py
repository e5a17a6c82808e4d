"""Writes on the organisation: team members, their role groups and membership."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail import hooks

from intake.models import Antenna, Cpas, Membership, Programme
from intake.roles import Role, role_group
from intake.tenancy import forget_scope

#: Apps that give a team member more than her role group register a function
#: ``(membership, role)`` under this hook, called when she is saved (``home``:
#: the page-editor group of her CPAS, for managers and administrators).
TEAM_MEMBER_SAVED_HOOK = "after_team_member_save"


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

    user.groups.remove(*Group.objects.filter(name__in=Role.values))
    user.groups.add(role_group(role))

    if membership is None:
        membership = Membership(user=user)
    membership.cpas = cpas
    membership.antenna = antenna if role == Role.SOCIAL_WORKER else None
    membership.full_clean(exclude=["user"])
    membership.save()
    membership.programmes.set(programmes or [])
    for after_save in hooks.get_hooks(TEAM_MEMBER_SAVED_HOOK):
        after_save(membership=membership, role=role)
    forget_scope(user)
    return membership
