"""Reads of the referral screens: lists, the dashboard counts, one referral's page.

Every read starts from ``Referral.objects.for_user(user)``, so the tenancy decides
once what a screen may show. Lists join what each row shows (participant,
programme, antenna) in the same query: a page of 50 costs what a page of 5 does.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from intake.models import Programme
from intake.roles import Role, roles_of
from intake.tenancy import scope_of
from surveys.models import FormKind, FormVersion, Submission
from surveys.schema import FieldSpec
from surveys.selectors import answer_display, forms_of
from surveys.selectors.forms import programme_forms
from workflow.models import OPEN_STATES, Referral, ReferralState, TransitionLog

S = ReferralState
#: Days after which an open referral counts as waiting too long (dashboard).
WAITING_TOO_LONG_DAYS = 14
#: The forms a programme team fills for a referral after the referral form.
FOLLOW_UP_KINDS = (
    FormKind.ORIENTATION_INTERVIEW,
    FormKind.STRENGTHS_OBSTACLES_DREAMS,
    FormKind.ACTION_PLAN,
    FormKind.FINAL_EVALUATION,
)
#: States in which the programme team still fills forms for the participant.
WITH_THE_PROGRAMME = frozenset(
    {
        S.IN_REVIEW,
        S.ORIENTATION_PLANNED,
        S.ORIENTATION_DONE,
        S.WAITLISTED,
        S.ACCEPTED,
        S.IN_PROGRESS,
        S.REACTIVATED,
    }
)


# --- who uses which screen ------------------------------------------------------


def refers(user) -> bool:
    """Social workers (with an antenna) start and follow referrals."""
    scope = scope_of(user)
    if scope.everything:
        return True
    return Role.SOCIAL_WORKER in roles_of(user) and scope.antenna_id is not None


def may_start_referral(user) -> bool:
    """Only a social worker of an antenna starts a referral (it is her antenna's)."""
    return scope_of(user).antenna_id is not None and (
        Role.SOCIAL_WORKER in roles_of(user)
    )


def reviews(user) -> bool:
    """Coaches and managers work through their programmes' inbox."""
    if scope_of(user).everything:
        return True
    return bool(roles_of(user) & {Role.COACH, Role.PROGRAMME_MANAGER})


# --- lists ------------------------------------------------------------------------


def _listed(referrals: QuerySet[Referral]) -> QuerySet[Referral]:
    return referrals.select_related("participant", "programme", "antenna")


def antenna_referrals(user) -> QuerySet[Referral]:
    """The referrals a social worker follows (her antenna's, every state)."""
    return _listed(Referral.objects.for_user(user))


def in_states(referrals: QuerySet[Referral], states: Iterable[str]):
    return referrals.filter(state__in=list(states))


def waiting_longer_than(referrals: QuerySet[Referral], days: int):
    """Referrals in their current state for more than ``days`` days."""
    since = timezone.now() - datetime.timedelta(days=days)
    return referrals.filter(state_changed_at__lt=since)


def inbox_referrals(
    user,
    *,
    states: Iterable[str] | None = OPEN_STATES,
    waiting_days: int | None = None,
) -> QuerySet[Referral]:
    """Sent referrals of the user's programmes, in ``states`` (``None``: all),
    waiting in them more than ``waiting_days`` days, oldest first."""
    referrals = Referral.objects.for_user(user).exclude(state=S.DRAFT)
    if states is not None:
        referrals = in_states(referrals, states)
    if waiting_days is not None:
        referrals = waiting_longer_than(referrals, waiting_days)
    return _listed(referrals).order_by("state_changed_at", "pk")


@dataclass(frozen=True)
class StateCount:
    state: str
    label: str
    count: int


@dataclass(frozen=True)
class ReferralCounts:
    """What the dashboard panel shows: referrals per state, and the open ones
    waiting longer than :data:`WAITING_TOO_LONG_DAYS` days."""

    states: tuple[StateCount, ...]
    waiting_too_long: int
    waiting_days: int = WAITING_TOO_LONG_DAYS

    @property
    def total(self) -> int:
        return sum(row.count for row in self.states)


def referral_counts(user, *, waiting_days: int = WAITING_TOO_LONG_DAYS):
    """Counts per state of the user's programmes' sent referrals, in one query.

    Grouped by programme and state (summed here), the order of the referral
    index on (CPAS, programme, state, time in state): the database reads that
    index alone, never the rows.
    """
    since = timezone.now() - datetime.timedelta(days=waiting_days)
    rows = (
        Referral.objects.for_user(user)
        .exclude(state=S.DRAFT)
        .order_by()
        .values("programme", "state")
        .annotate(
            total=Count("pk"),
            waiting=Count(
                "pk", filter=Q(state_changed_at__lt=since, state__in=OPEN_STATES)
            ),
        )
    )
    totals: dict[str, int] = {}
    waiting = 0
    for row in rows:
        totals[row["state"]] = totals.get(row["state"], 0) + row["total"]
        waiting += row["waiting"]
    states = tuple(
        StateCount(state.value, str(state.label), totals[state])
        for state in S
        if state in totals
    )
    return ReferralCounts(states, waiting, waiting_days)


# --- one referral -----------------------------------------------------------------


def referral_for_user(user, pk: int) -> Referral | None:
    """The referral ``pk`` if the user may see it, with what its page shows."""
    return (
        Referral.objects.for_user(user)
        .select_related(
            "participant",
            "programme",
            "antenna",
            "referred_by",
            "submission__version",
        )
        .filter(pk=pk)
        .first()
    )


def timeline(referral: Referral) -> QuerySet[TransitionLog]:
    """The referral's transitions, oldest first, with who made them."""
    return referral.transitions.select_related("actor").order_by("created_at", "pk")


def linked_submissions(referral: Referral) -> QuerySet[Submission]:
    """The forms filled for this referral, newest first."""
    return referral.submissions.select_related("version__page").order_by(
        "-submitted_at", "-pk"
    )


def referral_form_version(programme: Programme) -> FormVersion | None:
    """The newest published version of the programme's referral form (labels for a
    draft's answers, which no submission describes yet)."""
    return (
        FormVersion.objects.filter(
            page__in=forms_of([programme]), page__kind=FormKind.REFERRAL
        )
        .order_by("-page__live", "page__pk", "-number")
        .first()
    )


@dataclass(frozen=True)
class AnswerRow:
    key: str
    label: str
    text: str
    items: tuple[str, ...] = ()


def answer_rows(referral: Referral) -> list[AnswerRow]:
    """The referral form's answers under their labels: the sent form's own version,
    or for a draft the programme's current referral form."""
    submission = referral.submission
    answers: Mapping[str, Any]
    if submission is not None:
        answers, version = submission.answers, submission.version
    else:
        answers, version = referral.answers or {}, None
        if answers:
            version = referral_form_version(referral.programme)
    schema = version.form_schema if version else None
    keys = list(schema.keys) if schema else []
    keys = [key for key in keys if key in answers]
    keys += [key for key in answers if key not in keys]
    rows = []
    for key in keys:
        spec = (schema.question(key) if schema else None) or FieldSpec(
            type="singleline", key=key, label=key
        )
        display = answer_display(spec, answers.get(key))
        rows.append(AnswerRow(key, spec.label, display.text, display.items))
    return rows


@dataclass(frozen=True)
class FormLink:
    kind: str
    label: str
    title: str
    url: str
    filled: int = 0


def follow_up_forms(referral: Referral, language: str = "") -> list[FormLink]:
    """The programme's live follow-up forms (orientation interview, strengths and
    obstacles, action plan, final evaluation), each a link that names the referral
    and how many times it was already filled for it; in ``language`` when the form
    has a page in it, in its source language otherwise."""
    forms = programme_forms(referral.programme, FOLLOW_UP_KINDS, language)
    filled = dict(
        referral.submissions.order_by()
        .values_list("translation_key")
        .annotate(count=Count("pk"))
    )
    links = []
    for page in forms:
        url = page.url
        if not url:
            continue
        links.append(
            FormLink(
                kind=page.kind,
                label=str(FormKind(page.kind).label),
                title=page.title,
                url=f"{url}?referral={referral.pk}",
                filled=filled.get(page.translation_key, 0),
            )
        )
    return links
