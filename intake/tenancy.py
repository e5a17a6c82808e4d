"""One tenancy mechanism for the whole platform.

A user's :class:`~intake.models.Membership` places her in one CPAS (and, depending
on her role, one antenna and some programmes). Every queryset that a view, an export
or a socket shows goes through ``Model.objects.for_user(user)``, which is built on
:func:`scope_of`. Superusers (the platform's operators) see everything; a user with no
membership sees nothing.

One shape for every model: its queryset is a :class:`TenantQuerySet` that says where
the row's CPAS is (``cpas_lookup``) and, when roles narrow what a person sees inside
her CPAS, what each role sees (``role_filter``, built from :func:`programme_team` and
:func:`antenna_team`). Rows that only a programme's team sees (drafts, invitations,
action steps) use :class:`ProgrammeTeamQuerySet`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING, Self

from django.db import models
from wagtail import hooks

from intake.roles import Role, roles_of

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
        # Read through the user (her one-to-one), so tenancy needs no model import.
        membership = getattr(user, "membership", None)
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
    user._state.fields_cache.pop("membership", None)


NOTHING = models.Q(pk__in=[])
TEAM_ROLES = frozenset({Role.COACH, Role.PROGRAMME_MANAGER})


def in_programme_team(user, *, cpas_id: int, programme_id: int) -> bool:
    """Whether ``user`` is a coach or a manager of the programme (operators
    are everywhere): the per-record form of :func:`programme_team`."""
    scope = scope_of(user)
    if scope.everything:
        return True
    if scope.nothing or scope.cpas_id != cpas_id:
        return False
    return bool(roles_of(user) & TEAM_ROLES) and programme_id in scope.programme_ids


#: ``role_filter(user, scope, roles)``: the rows a non-administrator sees.
RoleFilter = Callable[..., models.Q]


def programme_team(scope: Scope, roles: set[Role], lookup: str = "programme"):
    """Rows of the programmes whose team (coach or manager) the user is in."""
    if roles & TEAM_ROLES:
        return models.Q(**{f"{lookup}__in": scope.programme_ids})
    return NOTHING


def antenna_team(scope: Scope, roles: set[Role], lookup: str = "antenna"):
    """Rows of the antenna whose social worker the user is."""
    if Role.SOCIAL_WORKER in roles and scope.antenna_id:
        return models.Q(**{lookup: scope.antenna_id})
    return NOTHING


class TenantQuerySet(models.QuerySet):
    """A queryset whose rows belong to one CPAS through ``cpas_lookup``."""

    #: The lookup from this model to its CPAS's primary key.
    cpas_lookup: str = "cpas"
    #: Whether roles narrow the rows inside the CPAS (through :meth:`role_filter`);
    #: if not, everyone of the CPAS sees all its rows.
    narrowed_by_role: bool = False
    #: Whether a CPAS administrator sees all her CPAS's rows (else she too sees
    #: only what :meth:`role_filter` lets through).
    cpas_admin_sees_all: bool = True

    def for_user(self, user: AbstractBaseUser | AnonymousUser | None) -> Self:
        """The rows ``user`` may see: all for superusers, none without a
        membership, else her CPAS's, narrowed by role if the model says so."""
        return self.scoped(
            user,
            self.role_filter if self.narrowed_by_role else None,
            cpas_admin_sees_all=self.cpas_admin_sees_all,
        )

    def scoped(
        self,
        user: AbstractBaseUser | AnonymousUser | None,
        role_filter: RoleFilter | None,
        *,
        cpas_admin_sees_all: bool = True,
    ) -> Self:
        """The one scoping rule, for :meth:`for_user` and the narrower views a
        model offers (``Programme.objects.editable_by``)."""
        scope = scope_of(user)
        if scope.everything:
            return self.all()
        if scope.nothing:
            return self.none()
        rows = self.of_cpas(scope.cpas_id)
        if role_filter is None:
            return rows
        roles = roles_of(user)
        if cpas_admin_sees_all and Role.CPAS_ADMIN in roles:
            return rows
        return rows.filter(role_filter(user, scope, roles))

    def role_filter(self, user, scope: Scope, roles: set[Role]) -> models.Q:
        """What a non-administrator sees inside her CPAS (nothing by default)."""
        return NOTHING

    def of_cpas(self, cpas_id: int) -> Self:
        return self.filter(**{self.cpas_lookup: cpas_id})


class ProgrammeTeamQuerySet(TenantQuerySet):
    """Rows that only the programme's team (coaches and managers) sees: not
    even the CPAS's administrators."""

    cpas_lookup = "programme__cpas"
    narrowed_by_role = True
    cpas_admin_sees_all = False

    def role_filter(self, user, scope: Scope, roles: set[Role]) -> models.Q:
        return programme_team(scope, roles)


#: Apps that link a participant to programmes register the lookup from a
#: participant to those programmes under this hook (``workflow``: her referrals'
#: programme); the programme's team sees the participant.
PARTICIPANT_PROGRAMMES_HOOK = "register_participant_programmes"


def participant_programmes(scope: Scope, roles: set[Role]) -> models.Q:
    """Participants in a programme whose team the user is in, through any of
    the registered links (``hooks.register("register_participant_programmes")``:
    a function returning a lookup such as ``"referrals__programme"``)."""
    lookups = [register() for register in hooks.get_hooks(PARTICIPANT_PROGRAMMES_HOOK)]
    return reduce(
        or_, (programme_team(scope, roles, lookup) for lookup in lookups), NOTHING
    )
