"""Demo data: each programme's path (:mod:`paths.demo_plans`), Liège's PIIS
contract form with its signature question, and one participant per programme
along the path, with steps done, one next and (in Liège, Brussels and
Charleroi) one overdue.

Registered under workflow's ``register_demo_step`` hook (paths/wagtail_hooks.py),
after the groups' step. Idempotent: a path that exists is left as its manager
made it; the participant's story is written only when her referral is new.
"""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from groups.models import Attendance, Presence, Session
from home.models import ProgrammePage
from intake.demo.seed import Demo
from intake.models import Participant, Programme
from paths.demo_contract import contract_form
from paths.demo_plans import PATHS, PathPlan, StepPlan
from paths.models import PathStep, ProgrammePath
from surveys.models import FormKind, FormPage, Submission
from surveys.selectors import forms_of
from workflow.models import Referral, ReferralState, TransitionLog
from workflow.referrals import referral_submission_link


def seed_paths_step(demo: Demo) -> None:
    """``seed_demo``'s step: the paths, and (with the demo accounts) their
    participants."""
    for item in demo.programmes:
        plan = PATHS.get(item.programme.slug)
        if plan is not None:
            seed_programme_path(item.programme, plan)


def seed_programme_path(programme: Programme, plan: PathPlan) -> ProgrammePath:
    page = ProgrammePage.objects.filter(
        programme=programme, locale__language_code=programme.cpas.default_language
    ).first()
    if page is not None and any(
        s.tie == ("form", FormKind.CONTRACT) for s in plan.steps
    ):
        contract_form(page)
    path, created = ProgrammePath.objects.get_or_create(
        programme=programme, defaults={"intro": plan.intro}
    )
    if created:
        for order, step in enumerate(plan.steps):
            _step(path, step, order)
    story_tell(programme, plan, path)
    return path


def _form_of(programme: Programme, kind: str) -> FormPage | None:
    return forms_of([programme]).filter(kind=kind).order_by("pk").first()


def _step(path: ProgrammePath, plan: StepPlan, order: int) -> PathStep:
    tie, value = plan.tie
    ties = {
        "form": {"form": _form_of(path.programme, value)},
        "session": {"session_kind": value},
        "state": {"state": value},
        "phase": {"phase": value},
    }[tie]
    return PathStep.objects.create(
        path=path,
        sort_order=order,
        kind=plan.kind,
        title=plan.title,
        times=plan.times,
        within_days=plan.within_days,
        **ties,
    )


def _demo_user(programme: Programme, prefix: str):
    username = f"{prefix}@{programme.cpas.slug}.demo"
    return get_user_model().objects.filter(username=username).first()


def _ago(days: int, hour: int = 10) -> datetime.datetime:
    day = timezone.localdate() - datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def story_tell(programme: Programme, plan: PathPlan, path: ProgrammePath) -> None:
    """The demo participant and what she did, once (needs the demo accounts)."""
    coach, worker = (
        _demo_user(programme, "coach"),
        _demo_user(programme, "social-worker"),
    )
    if coach is None or worker is None:
        return
    first, last = plan.person
    person, _created = Participant.objects.get_or_create(
        cpas=programme.cpas,
        first_name=first,
        last_name=last,
        defaults={
            "antenna": worker.membership.antenna,
            "date_of_birth": datetime.date(1990, 5, 14),
            "nationality": "SY",
            "residence_status": "recognised_refugee",
            "languages": ["ar"],
        },
    )
    referral, created = Referral.objects.get_or_create(
        participant=person,
        programme=programme,
        defaults={
            "cpas": programme.cpas,
            "antenna": person.antenna,
            "referred_by": worker,
        },
    )
    if not created:
        return
    _log(referral, worker, ReferralState.SUBMITTED, plan.sent_days_ago)
    for step, step_plan in zip(path.steps.all(), plan.steps, strict=False):
        for days in step_plan.story:
            _proof(referral, step, days, coach)
    Referral.objects.filter(pk=referral.pk).update(
        state=plan.state,
        phase=plan.phase,
        state_changed_at=_ago(min((d for s in plan.steps for d in s.story), default=0)),
    )


def _log(referral, actor, target: str, days: int, phase: str = "") -> None:
    log = TransitionLog.objects.create(
        referral=referral,
        action="demo",
        source=ReferralState.DRAFT if target == ReferralState.SUBMITTED else "",
        target=target,
        phase=phase,
        actor=actor,
    )
    TransitionLog.objects.filter(pk=log.pk).update(created_at=_ago(days))


def _proof(referral: Referral, step: PathStep, days: int, coach) -> None:
    if step.form_id is not None:
        _submission(referral, step.form, days, coach)
    elif step.session_kind:
        _attended(referral, step.session_kind, days, coach)
    elif step.state:
        _log(referral, coach, step.state, days)
    elif step.phase:
        _log(referral, coach, ReferralState.IN_PROGRESS, days, phase=step.phase)


def _submission(referral: Referral, form: FormPage, days: int, coach) -> None:
    version = form.versions.order_by("-number").first()
    if version is None:
        return
    submission = Submission.objects.create(
        version=version,
        translation_key=form.translation_key,
        programme=referral.programme,
        locale=form.locale,
        answers={},
        participant=referral.participant,
        submitted_by=coach,
    )
    Submission.objects.filter(pk=submission.pk).update(submitted_at=_ago(days, 11))
    referral_submission_link(referral=referral, submission=submission)


def _attended(referral: Referral, kind: str, days: int, coach) -> None:
    starts = _ago(days, 9)
    session = Session.objects.create(
        programme=referral.programme,
        kind=kind,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
        coach=coach,
        participant=referral.participant,
    )
    Attendance.objects.create(
        session=session,
        participant=referral.participant,
        status=Presence.PRESENT,
        minutes=180,
        recorded_by=coach,
    )
