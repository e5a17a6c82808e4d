"""What shows that a step of a referral's path is done: the moments it
happened, each with a sentence for the team.

One read per kind of tie for a whole referral (its forms, its attendances, its
history), then each step picks its own: the page of a participant with several
referrals makes a few queries per referral, not per step.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from groups.models import ATTENDED, Attendance
from intake.models import Phase
from paths.models import PathStep, StepKind
from surveys.models import Submission
from workflow.models import Referral, ReferralState, TransitionLog


@dataclass(frozen=True)
class Proof:
    """One moment that counts towards a step."""

    at: datetime.datetime
    text: str


def short_date(moment: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "SHORT_DATE_FORMAT")


def person(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def is_signed(submission: Submission) -> bool:
    """Whether one of the submission's answers is a signature given (its
    question's type says so)."""
    return any(
        spec.definition.signs(submission.answers.get(spec.key))
        for spec in submission.version.form_schema.questions
    )


@dataclass
class ReferralEvidence:
    """Everything one referral's steps can be proved by."""

    referral: Referral
    #: Submissions by the form's translation key, oldest first.
    forms: dict = field(default_factory=lambda: defaultdict(list))
    #: Attended sessions by kind, oldest first.
    sessions: dict = field(default_factory=lambda: defaultdict(list))
    logs: list[TransitionLog] = field(default_factory=list)

    @classmethod
    def read(cls, referral: Referral) -> ReferralEvidence:
        evidence = cls(referral)
        if referral.participant_id is not None:
            mine = Q(participant=referral.participant_id)
        else:
            mine = Q(pk__in=[])
        submissions = (
            Submission.objects.filter(
                mine | Q(referral_link__referral=referral),
                programme=referral.programme_id,
            )
            .select_related("version", "submitted_by")
            .order_by("submitted_at", "pk")
        )
        for submission in submissions:
            evidence.forms[submission.translation_key].append(submission)
        attendances = (
            Attendance.objects.filter(
                participant=referral.participant_id,
                status__in=ATTENDED,
                session__programme=referral.programme_id,
                session__cancelled_at__isnull=True,
            )
            .select_related("session")
            .order_by("session__starts_at", "pk")
        )
        for attendance in attendances:
            evidence.sessions[attendance.session.kind].append(attendance.session)
        evidence.logs = list(
            TransitionLog.objects.filter(referral=referral).order_by("created_at", "pk")
        )
        return evidence

    @property
    def started_at(self) -> datetime.datetime:
        """When the path starts: the referral was sent (else created)."""
        for log in self.logs:
            if log.target == ReferralState.SUBMITTED:
                return log.created_at
        return self.referral.created_at

    def proofs(self, step: PathStep) -> list[Proof]:
        """The moments that count towards ``step``, oldest first."""
        if step.form_id is not None:
            return self._form_proofs(step)
        if step.session_kind:
            return [
                Proof(
                    session.starts_at,
                    _("Attended on %(date)s") % {"date": short_date(session.starts_at)},
                )
                for session in self.sessions[step.session_kind]
            ]
        if step.state:
            return self._state_proofs(step.state)
        if step.phase:
            return self._phase_proofs(step.phase)
        return []

    def _form_proofs(self, step: PathStep) -> list[Proof]:
        submissions = self.forms[step.form.translation_key]
        if step.kind == StepKind.CONTRACT:
            submissions = [each for each in submissions if is_signed(each)]
            sentence = _("Signed on %(date)s (recorded by %(person)s)")
        else:
            sentence = _("Sent on %(date)s by %(person)s")
        return [
            Proof(
                each.submitted_at,
                sentence
                % {
                    "date": short_date(each.submitted_at),
                    "person": person(each.submitted_by) or _("the participant"),
                },
            )
            for each in submissions
        ]

    def _state_proofs(self, state: str) -> list[Proof]:
        label = ReferralState(state).label
        moments = [log.created_at for log in self.logs if log.target == state]
        if not moments and self.referral.state == state:
            moments = [self.referral.state_changed_at]
        return [
            Proof(
                moment,
                _("“%(state)s” since %(date)s")
                % {"state": label, "date": short_date(moment)},
            )
            for moment in moments[:1]
        ]

    def _phase_proofs(self, phase: str) -> list[Proof]:
        order = list(Phase)
        moments = [log.created_at for log in self.logs if log.phase == phase]
        current = self.referral.phase
        if not moments and current and order.index(current) >= order.index(phase):
            moments = [self.referral.state_changed_at]
        return [
            Proof(
                moment,
                _("Phase “%(phase)s” since %(date)s")
                % {"phase": Phase(phase).label, "date": short_date(moment)},
            )
            for moment in moments[:1]
        ]
