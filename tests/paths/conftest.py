"""A path for the world's programme A: an information session, two orientation
interviews (a form), the PIIS contract (a form with a signature), the
referral's start, each expected within a delay."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from groups.models import Attendance, Presence, Session, SessionKind
from intake.roles import Role
from paths.models import PathStep, ProgrammePath, StepKind
from surveys.models import FormPage, Submission
from tests.factories import form_page, question
from tests.surveys.interview_fixtures import referral_of
from workflow.models import Referral, ReferralState, TransitionLog


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@dataclass
class PathSetting:
    path: ProgrammePath
    interview: FormPage
    contract: FormPage
    referral: Referral
    world: object

    @property
    def coach(self):
        return self.world.user("a", Role.COACH)

    def sent(self, days: int) -> None:
        log = TransitionLog.objects.create(
            referral=self.referral,
            action="submit",
            source=ReferralState.DRAFT,
            target=ReferralState.SUBMITTED,
            actor=self.referral.referred_by,
        )
        TransitionLog.objects.filter(pk=log.pk).update(created_at=ago(days))

    def attended(self, kind: str, days: int) -> Session:
        session = Session.objects.create(
            programme=self.referral.programme,
            kind=kind,
            starts_at=ago(days),
            ends_at=ago(days) + datetime.timedelta(hours=2),
        )
        Attendance.objects.create(
            session=session,
            participant=self.referral.participant,
            status=Presence.PRESENT,
            minutes=120,
        )
        return session

    def filled(self, form: FormPage, days: int, answers=None) -> Submission:
        submission = Submission.objects.create(
            version=form.published_version,
            translation_key=form.translation_key,
            programme=self.referral.programme,
            locale=form.locale,
            answers=answers or {},
            participant=self.referral.participant,
            submitted_by=self.coach,
        )
        Submission.objects.filter(pk=submission.pk).update(submitted_at=ago(days))
        return submission


def path_for(programme, interview, contract) -> ProgrammePath:
    path = ProgrammePath.objects.create(programme=programme)
    steps = [
        {
            "kind": StepKind.INFO_SESSION,
            "session_kind": SessionKind.INFO_SESSION,
            "within_days": 30,
        },
        {
            "kind": StepKind.ORIENTATION_INTERVIEW,
            "form": interview,
            "times": 2,
            "within_days": 14,
        },
        {"kind": StepKind.CONTRACT, "form": contract, "within_days": 7},
        {
            "kind": StepKind.GROUP_PHASE,
            "state": ReferralState.IN_PROGRESS,
            "within_days": 7,
        },
    ]
    for order, step in enumerate(steps):
        PathStep.objects.create(path=path, sort_order=order, **step)
    return path


@pytest.fixture
def path_setting(world) -> PathSetting:
    programme = world.programme["a"]
    interview = form_page(
        programme, [question("singleline", "Comment ça va ?", "how_it_goes")]
    )
    contract = form_page(
        programme,
        [question("signature", "Signature", "signature")],
        kind="contract",
        title="Contrat PIIS",
    )
    referral = referral_of(world, "a", state="accepted")
    return PathSetting(
        path=path_for(programme, interview, contract),
        interview=interview,
        contract=contract,
        referral=referral,
        world=world,
    )
