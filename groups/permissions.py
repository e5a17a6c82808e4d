"""Who may do what with a programme's groups (verdicts, no side effects)."""

from __future__ import annotations

from intake.models import Programme
from intake.roles import Role, roles_of
from intake.tenancy import scope_of


def is_programme_manager(user, programme: Programme) -> bool:
    """The programme's managers (and the platform's operators): they may enrol
    past a group's places, with a written reason."""
    scope = scope_of(user)
    if scope.everything:
        return True
    if scope.nothing or scope.cpas_id != programme.cpas_id:
        return False
    return Role.PROGRAMME_MANAGER in roles_of(user) and (
        programme.pk in scope.programme_ids
    )
