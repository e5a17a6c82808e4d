"""Who may fill which form: a verdict and its reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from intake.roles import Role, roles_of
from intake.tenancy import scope_of

if TYPE_CHECKING:
    from surveys.models import FormPage

#: Forms that an antenna's social worker fills.
REFERRER_KINDS = frozenset({"referral", "referrer_satisfaction"})


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str = ""


def can_fill(user, page: FormPage) -> Verdict:
    """Staff of the form's CPAS: social workers the referrer's forms, coaches and
    managers their programmes' forms, CPAS administrators all of the CPAS's."""
    programme = page.programme
    if programme is None:
        return Verdict(False, _("This form belongs to no programme."))
    scope = scope_of(user)
    if scope.everything:
        return Verdict(True)
    if scope.nothing or scope.cpas_id != programme.cpas_id:
        return Verdict(False, _("This form belongs to another CPAS."))
    roles = roles_of(user)
    if Role.CPAS_ADMIN in roles:
        return Verdict(True)
    if (
        roles & {Role.COACH, Role.PROGRAMME_MANAGER}
        and programme.pk in scope.programme_ids
    ):
        return Verdict(True)
    if Role.SOCIAL_WORKER in roles and page.kind in REFERRER_KINDS:
        return Verdict(True)
    return Verdict(False, _("This form is for another team."))
