"""The team members a form may offer: coaches and managers of the user's CPAS."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from intake.models import Membership, Programme
from intake.roles import Role
from intake.tenancy import scope_of


def team_of(user) -> QuerySet:
    """Active coaches and managers of the user's CPAS (every CPAS for operators)."""
    memberships = Membership.objects.for_user(user).values("user")
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            pk__in=memberships,
            groups__name__in=[Role.COACH.value, Role.PROGRAMME_MANAGER.value],
        )
        .distinct()
        .order_by("first_name", "last_name")
    )


def programmes_run_by(user) -> QuerySet[Programme]:
    """The programmes whose groups and sessions the user works on (her own as a
    coach or manager; all for the platform's operators)."""
    scope = scope_of(user)
    programmes = Programme.objects.for_user(user)
    if scope.everything:
        return programmes
    return programmes.filter(pk__in=scope.programme_ids)
