"""Who sees which groups, sessions, enrolments and registers: the one tenancy
mechanism (:class:`intake.tenancy.TenantQuerySet`), narrowed by role.

Coaches and managers see their programmes'; social workers the groups and
sessions of their antenna's people (never another antenna's); CPAS
administrators their CPAS's. Role filters use ``pk__in`` subqueries, not joins,
so that no query needs ``DISTINCT``.
"""

from __future__ import annotations

from django.apps import apps
from django.db import models

from intake.roles import Role
from intake.tenancy import Scope, TenantQuerySet, antenna_team, programme_team


def _antenna_enrolments(antenna_id: int) -> models.QuerySet:
    Enrolment = apps.get_model("groups", "Enrolment")
    return Enrolment.objects.filter(participant__antenna=antenna_id)


class GroupQuerySet(TenantQuerySet):
    cpas_lookup = "programme__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope: Scope, roles: set[Role]) -> models.Q:
        allowed = programme_team(scope, roles)
        if Role.SOCIAL_WORKER in roles and scope.antenna_id:
            allowed |= models.Q(
                pk__in=_antenna_enrolments(scope.antenna_id).values("group")
            )
        return allowed


class SessionQuerySet(TenantQuerySet):
    cpas_lookup = "programme__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope: Scope, roles: set[Role]) -> models.Q:
        allowed = programme_team(scope, roles)
        if Role.SOCIAL_WORKER in roles and scope.antenna_id:
            allowed |= models.Q(
                group__in=_antenna_enrolments(scope.antenna_id).values("group")
            ) | antenna_team(scope, roles, "participant__antenna")
        return allowed

    def planned(self):
        return self.filter(cancelled_at__isnull=True)

    def between(self, start, end):
        """Sessions that start in ``[start, end)`` (aware datetimes)."""
        return self.filter(starts_at__gte=start, starts_at__lt=end)


class EnrolmentQuerySet(TenantQuerySet):
    cpas_lookup = "group__programme__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope: Scope, roles: set[Role]) -> models.Q:
        return programme_team(scope, roles, "group__programme") | antenna_team(
            scope, roles, "participant__antenna"
        )


class AttendanceQuerySet(TenantQuerySet):
    cpas_lookup = "session__programme__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope: Scope, roles: set[Role]) -> models.Q:
        return programme_team(scope, roles, "session__programme") | antenna_team(
            scope, roles, "participant__antenna"
        )
