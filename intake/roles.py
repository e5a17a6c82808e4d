"""Roles are Wagtail groups with real permissions.

A role says what kind of thing a user may do (see, change, refer...); her
:class:`~intake.models.Membership` says where (which CPAS, antenna, programmes).
The groups are created, and their permissions reset to what this module says, after
every ``migrate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class Role(models.TextChoices):
    # The value is the group's name, which is stable data (not translated).
    SOCIAL_WORKER = "Antenna social worker", _("Antenna social worker")
    COACH = "Coach", _("Coach")
    PROGRAMME_MANAGER = "Programme manager", _("Programme manager")
    CPAS_ADMIN = "CPAS administrator", _("CPAS administrator")


_EVERY_ROLE = [
    "wagtailadmin.access_admin",
    "intake.view_cpas",
    "intake.view_antenna",
    "intake.view_programme",
    "intake.view_participant",
    "intake.change_participant",
]

ROLE_PERMISSIONS: dict[Role, list[str]] = {
    Role.SOCIAL_WORKER: [*_EVERY_ROLE],
    Role.COACH: [*_EVERY_ROLE, "intake.view_membership"],
    Role.PROGRAMME_MANAGER: [
        *_EVERY_ROLE,
        "intake.change_programme",
        "intake.view_membership",
    ],
    Role.CPAS_ADMIN: [
        *_EVERY_ROLE,
        "intake.change_cpas",
        "intake.add_antenna",
        "intake.change_antenna",
        "intake.delete_antenna",
        "intake.change_programme",
        "intake.view_membership",
        "intake.add_membership",
        "intake.change_membership",
        "intake.delete_membership",
        "intake.view_accesslog",
    ],
}


def role_permissions_add(role: Role, dotted_names: list[str]) -> None:
    """Let ``role`` do more: an app adds what its own models allow each role
    (from its ``AppConfig.ready``), and the next ``migrate`` grants it."""
    for name in dotted_names:
        if name not in ROLE_PERMISSIONS[role]:
            ROLE_PERMISSIONS[role].append(name)


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def sync_role_groups(**kwargs) -> None:
    """Create the role groups and set their permissions (a ``post_migrate`` hook)."""
    # This hook may run before django.contrib.auth's own one has created the
    # permissions of our models: create them first (it is idempotent).
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    for role, dotted_names in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role.value)
        group.permissions.set([_permission(name) for name in dotted_names])


def role_group(role: Role) -> Group:
    return Group.objects.get(name=role.value)


def roles_of(user: AbstractBaseUser | AnonymousUser | None) -> set[Role]:
    """The user's roles, read from her groups once per user object (one request):
    the menu, the views and the tenancy all ask. Changing her groups through
    ``user.groups`` drops what was read (Django's prefetch cache)."""
    if user is None or not user.is_authenticated:
        return set()
    if "groups" not in getattr(user, "_prefetched_objects_cache", ()):
        # Asked dozens of times a page: skip even the prefetch's own checks.
        prefetch_related_objects([user], "groups")
    names = {group.name for group in user.groups.all()}
    return {role for role in Role if role.value in names}
