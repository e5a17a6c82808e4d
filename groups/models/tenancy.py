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
from intake.tenancy import TenantQuerySet

TEAM = {Role.COACH, Role.PROGRAMME_MANAGER}


def _antenna_enrolments(antenna_id: int) -> models.QuerySet:
    Enrolment = apps.get_model("groups", "Enrolment")
    return Enrolment.objects.filter(participant__antenna=antenna_id)


class GroupQuerySet(TenantQuerySet):
    cpas_lookup = "programme__cpas"

    def for_user(self, user):
        return self.for_role(user)

    def role_filter(self, user, scope, roles) -> models.Q:
        allowed = models.Q(pk__in=[])
        if roles & TEAM:
            allowed |= models.Q(programme__in=scope.programme_ids)
        if Role.SOCIAL_WORKER in roles and scope.antenna_id:
            allowed |= models.Q(
                pk__in=_antenna_enrolments(scope.antenna_id).values("group")
            )
        return allowed


class SessionQuerySet(TenantQuerySet):
    cpas_lookup = "programme__cpas"

    def for_user(self, user):
        return self.for_role(user)

    def role_filter(self, user, scope, roles) -> models.Q:
        allowed = models.Q(pk__in=[])
        if roles & TEAM:
            allowed |= models.Q(programme__in=scope.programme_ids)
        if Role.SOCIAL_WORKER in roles and scope.antenna_id:
            allowed |= models.Q(
                group__in=_antenna_enrolments(scope.antenna_id).values("group")
            ) | models.Q(participant__antenna=scope.antenna_id)
        return allowed

    def planned(self):
        return self.filter(cancelled_at__isnull=True)

    def between(self, start, end):
        """Sessions that start in ``[start, end)`` (aware datetimes)."""
        return self.filter(starts_at__gte=start, starts_at__lt=end)


class EnrolmentQuerySet(TenantQuerySet):
    cpas_lookup = "group__programme__cpas"

    def for_user(self, user):
        return self.for_role(user)

    def role_filter(self, user, scope, roles) -> models.Q:
        allowed = models.Q(pk__in=[])
        if roles & TEAM:
            allowed |= models.Q(group__programme__in=scope.programme_ids)
        if Role.SOCIAL_WORKER in roles and scope.antenna_id:
            allowed |= models.Q(participant__antenna=scope.antenna_id)
        return allowed


class AttendanceQuerySet(TenantQuerySet):
    cpas_lookup = "session__programme__cpas"

    def for_user(self, user):
        return self.for_role(user)

    def role_filter(self, user, scope, roles) -> models.Q:
        allowed = models.Q(pk__in=[])
        if roles & TEAM:
            allowed |= models.Q(session__programme__in=scope.programme_ids)
        if Role.SOCIAL_WORKER in roles and scope.antenna_id:
            allowed |= models.Q(participant__antenna=scope.antenna_id)
        return allowed
