"""Who may make a referral move: pure functions of (referral, user).

django-fsm-2 calls them as ``permission=`` of each transition; the service asks
them first (:func:`workflow.services.user_may`), apart from the conditions, so the
user reads that an action is not hers rather than which form is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from intake.roles import Role, roles_of
from intake.tenancy import in_programme_team, scope_of

if TYPE_CHECKING:
    from workflow.models import Referral


def _in_cpas(referral: Referral, user) -> bool:
    scope = scope_of(user)
    return scope.everything or (not scope.nothing and scope.cpas_id == referral.cpas_id)


def is_referrer(referral: Referral, user) -> bool:
    """A social worker of the referring antenna (or the author herself)."""
    if not _in_cpas(referral, user):
        return False
    if scope_of(user).everything or referral.referred_by_id == user.pk:
        return True
    return (
        Role.SOCIAL_WORKER in roles_of(user)
        and scope_of(user).antenna_id == referral.antenna_id
    )


def is_programme_team(referral: Referral, user) -> bool:
    """A coach or a manager of the referral's programme."""
    return in_programme_team(
        user, cpas_id=referral.cpas_id, programme_id=referral.programme_id
    )


def is_programme_manager(referral: Referral, user) -> bool:
    """A manager of the referral's programme."""
    if not _in_cpas(referral, user):
        return False
    scope = scope_of(user)
    if scope.everything:
        return True
    return Role.PROGRAMME_MANAGER in roles_of(user) and (
        referral.programme_id in scope.programme_ids
    )


#: Who each permission lets act, as the referral's page names them to someone
#: who cannot act now (a coach at "orientation done" reads that the manager
#: decides next).
ACTORS = {
    is_referrer: _("The referring social worker"),
    is_programme_team: _("The programme's team"),
    is_programme_manager: _("The programme manager"),
}
