"""Demo data of the fund report: Ghent's split key (0.62), and what makes every
programme's report of the current year show something: the sex of the demo
participants, the path of the decided referrals in the transition log (for the
waiting times), a few EU citizens in Ghent (which admits every allophone) and
six answers to each participant satisfaction survey. Idempotent.

Runs after the groups' step (``register_demo_step``, reports comes after groups
in ``INSTALLED_APPS``): it completes the people and referrals groups made.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils import timezone

from intake.demo.seed import Demo
from intake.models import Participant, Programme, Sex
from reports.models import FundSettings
from reports.timelines import S
from surveys.models import FormKind, Submission
from surveys.selectors.forms import programme_forms
from workflow.models import Referral, TransitionLog

GHENT = "interactief"
SPLIT_KEYS = {GHENT: Decimal("0.62")}
#: EU citizens Ghent follows too (the fund does not pay for them).
EU_PEOPLE = [("Katarzyna", "Nowak", "PL", "F"), ("Ion", "Popescu", "RO", "M")]
#: The path of a referral up to its state, with the days after the referral.
PATHS = {
    S.ACCEPTED: [(S.IN_REVIEW, 2), (S.ORIENTATION_PLANNED, 4), (S.ORIENTATION_DONE, 9)],
    S.REJECTED: [(S.IN_REVIEW, 3)],
}
AFTER_ACCEPTED = {
    S.IN_PROGRESS: [(S.IN_PROGRESS, 21)],
    S.COMPLETED: [(S.IN_PROGRESS, 21), (S.COMPLETED, 60)],
    S.DROPPED_OUT: [(S.IN_PROGRESS, 21), (S.DROPPED_OUT, 35)],
}
#: Six answers: overall (1-5), the four statements and the groups (1-3).
SATISFACTION = [
    (5, (3, 3, 2, 3), 3),
    (4, (3, 2, 3, 2), 3),
    (4, (2, 3, 2, 2), 2),
    (5, (3, 3, 3, 3), 3),
    (3, (2, 2, 1, 2), 2),
    (4, (3, 3, 2, 3), 3),
]
STATEMENTS = (
    "feel_welcome",
    "learned_something",
    "met_other_people",
    "understand_information",
)


def seed_reports_step(demo: Demo) -> None:
    for slug, key in SPLIT_KEYS.items():
        programme = Programme.objects.filter(slug=slug).first()
        if programme is not None:
            FundSettings.objects.update_or_create(
                programme=programme, defaults={"split_key": key}
            )
    for n, person in enumerate(
        Participant.objects.filter(sex="", cpas__slug__in=demo_cpas(demo))
    ):
        Participant.objects.filter(pk=person.pk).update(
            sex=(Sex.FEMALE, Sex.MALE)[person.pk % 2] if n % 9 else Sex.X
        )
    ghent = Programme.objects.filter(slug=GHENT).first()
    if ghent is not None:
        eu_citizens(ghent)
    for referral in Referral.objects.filter(
        programme__cpas__slug__in=demo_cpas(demo), transitions__isnull=True
    ).exclude(state__in=[S.DRAFT, S.SUBMITTED]):
        log_path(referral)
    for programme in Programme.objects.filter(cpas__slug__in=demo_cpas(demo)):
        satisfaction_answers(programme)


def demo_cpas(demo: Demo) -> list[str]:
    return [entry.programme.cpas.slug for entry in demo.programmes]


def eu_citizens(programme: Programme) -> None:
    model = Referral.objects.filter(programme=programme, state=S.IN_PROGRESS).first()
    if model is None:
        return
    for n, (first, last, country, sex) in enumerate(EU_PEOPLE):
        person, _created = Participant.objects.get_or_create(
            cpas=programme.cpas,
            first_name=first,
            last_name=last,
            defaults={
                "antenna": model.antenna,
                "date_of_birth": datetime.date(1980 + 7 * n, 3, 14),
                "nationality": country,
                "sex": sex,
                "residence_status": "other_legal_stay",
            },
        )
        referral, created = Referral.objects.get_or_create(
            participant=person,
            programme=programme,
            defaults={
                "cpas": programme.cpas,
                "antenna": model.antenna,
                "referred_by": model.referred_by,
            },
        )
        if created:
            Referral.objects.filter(pk=referral.pk).update(
                state=S.IN_PROGRESS, phase="launch"
            )


def log_path(referral: Referral) -> None:
    """The transitions a referral made to reach its state, dated in the past
    weeks, by its programme's coach (the referrer when there is none)."""
    accepted = referral.state in AFTER_ACCEPTED or referral.state == S.ACCEPTED
    path = PATHS[S.ACCEPTED] if accepted else PATHS.get(referral.state)
    if path is None:
        return
    path = [*path, (S.ACCEPTED, 13 + referral.pk % 5)] if accepted else path
    path = path + AFTER_ACCEPTED.get(referral.state, [])
    if referral.state == S.REJECTED:
        path = [*path, (S.REJECTED, 6 + referral.pk % 4)]
    coach = (
        referral.programme.memberships.filter(user__username__startswith="coach@")
        .values_list("user", flat=True)
        .first()
    ) or referral.referred_by_id
    sent = timezone.now() - datetime.timedelta(days=70 + referral.pk % 10)
    steps = [(S.SUBMITTED, 0), *path]
    source = S.DRAFT
    for target, days in steps:
        log = TransitionLog.objects.create(
            referral=referral,
            action=target,
            source=source,
            target=target,
            actor_id=referral.referred_by_id if target == S.SUBMITTED else coach,
        )
        when = sent + datetime.timedelta(days=days)
        TransitionLog.objects.filter(pk=log.pk).update(created_at=when)
        source = target
    Referral.objects.filter(pk=referral.pk).update(
        created_at=sent, state_changed_at=sent + datetime.timedelta(days=days)
    )


def satisfaction_answers(programme: Programme) -> None:
    """Six answers to the programme's participant satisfaction survey, so its
    means show (results need five)."""
    for page in programme_forms(programme, [FormKind.PARTICIPANT_SATISFACTION]):
        version = page.versions.order_by("-number").first()
        if version is None:
            continue
        given = Submission.objects.filter(
            programme=programme, translation_key=page.translation_key
        ).count()
        for overall, statements, groups in SATISFACTION[given:]:
            Submission.objects.create(
                version=version,
                translation_key=page.translation_key,
                programme=programme,
                locale=page.locale,
                answers={
                    "overall": overall,
                    "experience": dict(zip(STATEMENTS, statements, strict=True)),
                    "group_activities": groups,
                    "would_recommend": "yes",
                },
            )
