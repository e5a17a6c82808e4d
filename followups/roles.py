"""What each role may do with the follow-up plan (where: the tenancy's business)."""

from __future__ import annotations

from intake.roles import Role, role_permissions_add

_PLAN = ["add_followupstep", "change_followupstep", "delete_followupstep"]

FOLLOW_UP_PERMISSIONS: dict[Role, list[str]] = {
    Role.COACH: ["view_followupstep"],
    Role.PROGRAMME_MANAGER: ["view_followupstep", *_PLAN],
    Role.CPAS_ADMIN: ["view_followupstep", *_PLAN],
}


def grant_role_permissions() -> None:
    """Add this app's permissions to the roles (granted at every ``migrate``)."""
    for role, codenames in FOLLOW_UP_PERMISSIONS.items():
        role_permissions_add(role, [f"followups.{codename}" for codename in codenames])
