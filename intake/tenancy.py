"""One tenancy mechanism for the whole platform.

A user's :class:`~intake.models.Membership` places her in one CPAS (and, depending
on her role, one antenna and some programmes). Every queryset that a view, an export
or a socket shows goes through ``Model.objects.for_user(user)``, which is built on
:func:`scope_of`. Superusers (the platform's operators) see everything; a user with no
membership sees nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Self

from django.db import models

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

SCOPE_CACHE_ATTRIBUTE = "_intake_scope"


@dataclass(frozen=True)
class Scope:
    """The part of the platform that one user may see."""

    everything: bool = False
    cpas_id: int | None = None
    antenna_id: int | None = None
    programme_ids: frozenset[int] = field(default_factory=frozenset)

    @property
    def nothing(self) -> bool:
        return not self.everything and self.cpas_id is None


def scope_of(user: AbstractBaseUser | AnonymousUser | None) -> Scope:
    """The scope of ``user``, computed once per user object (one request)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Scope()
    cached = getattr(user, SCOPE_CACHE_ATTRIBUTE, None)
    if cached is not None:
        return cached
    if user.is_superuser:
        scope = Scope(everything=True)
    else:
        from intake.models import Membership

        membership = Membership.objects.filter(user=user).first()
        if membership is None:
            scope = Scope()
        else:
            scope = Scope(
                cpas_id=membership.cpas_id,
                antenna_id=membership.antenna_id,
                programme_ids=frozenset(
                    membership.programmes.values_list("pk", flat=True)
                ),
            )
    setattr(user, SCOPE_CACHE_ATTRIBUTE, scope)
    return scope


def forget_scope(user: AbstractBaseUser) -> None:
    """Drop the cached scope, after the user's membership changed."""
    if hasattr(user, SCOPE_CACHE_ATTRIBUTE):
        delattr(user, SCOPE_CACHE_ATTRIBUTE)


class TenantQuerySet(models.QuerySet):
    """A queryset whose rows belong to one CPAS through ``cpas_lookup``."""

    #: The lookup from this model to its CPAS's primary key.
    cpas_lookup: str = "cpas"

    def for_user(self, user: AbstractBaseUser | AnonymousUser | None) -> Self:
        """The rows of the user's CPAS; all rows for superusers; none otherwise."""
        scope = scope_of(user)
        if scope.everything:
            return self.all()
        if scope.nothing:
            return self.none()
        return self.filter(**{self.cpas_lookup: scope.cpas_id})

    def for_role(self, user) -> Self:
        """:meth:`for_user`, narrowed inside the CPAS by the user's roles.

        CPAS administrators see the whole CPAS; other roles see the rows that
        :meth:`role_filter` lets through (a model that narrows by role defines it).
        """
        from intake.roles import Role, roles_of

        scope = scope_of(user)
        in_cpas = TenantQuerySet.for_user(self, user)
        if scope.everything or scope.nothing:
            return in_cpas
        roles = roles_of(user)
        if Role.CPAS_ADMIN in roles:
            return in_cpas
        return in_cpas.filter(self.role_filter(user, scope, roles))

    def role_filter(self, user, scope: Scope, roles) -> models.Q:
        """What a non-administrator sees inside her CPAS (nothing by default)."""
        return models.Q(pk__in=[])

    def of_cpas(self, cpas_id: int) -> Self:
        return self.filter(**{self.cpas_lookup: cpas_id})
