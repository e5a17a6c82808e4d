"""What each role may do with programme paths (Django permissions added to
intake's role groups; *which* path is the tenancy's business)."""

from __future__ import annotations

from intake.roles import Role, role_permissions_add

_EDIT = ["add_programmepath", "change_programmepath", "view_programmepath"]
_EDIT_STEPS = ["add_pathstep", "change_pathstep", "delete_pathstep", "view_pathstep"]

PATH_PERMISSIONS: dict[Role, list[str]] = {
    Role.PROGRAMME_MANAGER: [*_EDIT, *_EDIT_STEPS],
}


def grant_role_permissions() -> None:
    """Add this app's permissions to the roles (granted at every ``migrate``)."""
    for role, codenames in PATH_PERMISSIONS.items():
        role_permissions_add(role, [f"paths.{codename}" for codename in codenames])
