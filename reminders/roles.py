"""What each role may do with reminders: the programme's managers set the
policy; coaches and managers see what was sent, skipped or failed."""

from __future__ import annotations

from intake.roles import Role, role_permissions_add

REMINDER_PERMISSIONS: dict[Role, list[str]] = {
    Role.COACH: ["view_reminder"],
    Role.PROGRAMME_MANAGER: [
        "view_reminder",
        "view_reminderpolicy",
        "add_reminderpolicy",
        "change_reminderpolicy",
    ],
    Role.CPAS_ADMIN: ["view_reminder", "view_reminderpolicy"],
}


def grant_role_permissions() -> None:
    """Add this app's permissions to the roles (granted at every ``migrate``)."""
    for role, codenames in REMINDER_PERMISSIONS.items():
        role_permissions_add(role, [f"reminders.{codename}" for codename in codenames])
