"""What each role may do with groups, sessions and registers (Django permissions
added to intake's role groups; *where* she may do it is the tenancy's business)."""

from __future__ import annotations

from intake.roles import Role, role_permissions_add

_SEE = ["view_group", "view_session", "view_enrolment", "view_attendance"]
_RUN = ["add_session", "change_session", "add_enrolment", "change_enrolment"]
_MANAGE = ["add_group", "change_group", "delete_group", "delete_session"]

GROUP_PERMISSIONS: dict[Role, list[str]] = {
    Role.SOCIAL_WORKER: ["view_attendance", "view_enrolment"],
    Role.COACH: [*_SEE, *_RUN, "change_attendance"],
    Role.PROGRAMME_MANAGER: [*_SEE, *_RUN, *_MANAGE, "change_attendance"],
    Role.CPAS_ADMIN: [*_SEE],
}


def grant_role_permissions() -> None:
    """Add this app's permissions to the roles (granted at every ``migrate``)."""
    for role, codenames in GROUP_PERMISSIONS.items():
        role_permissions_add(role, [f"groups.{codename}" for codename in codenames])
