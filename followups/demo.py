"""Demo data of the follow-ups after exit: Mod'Actions' plan (a follow-up
interview at 3 and 6 months) and, for one of its completed referrals, the
follow-ups it scheduled (the first one due). Idempotent.

Run by ``seed_demo`` after the groups' step (registered under workflow's
``register_demo_step`` hook), since it needs the demo's completed referrals.
"""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from followups.models import FollowUp, FollowUpStep
from followups.services import follow_ups_schedule
from home.models import ProgrammePage
from intake.demo.seed import Demo
from intake.models import Programme
from surveys.models import FormKind, FormPage
from workflow.models import Referral, ReferralState

PROGRAMME_SLUG = "mod-actions"
FORM_SLUG = "suivi-apres-parcours"
PLAN_MONTHS = (3, 6)
#: The demo's referral ended this many days ago: its 3-month follow-up is due.
COMPLETED_DAYS_AGO = 100


def follow_up_form_fields() -> list[tuple[str, dict]]:
    """The follow-up interview, written in French as Liège's manager would."""

    def question(block_type: str, key: str, label: str, **options) -> tuple:
        return (block_type, {"label": label, "key": key, "required": True, **options})

    situations = [
        ("job", "Emploi"),
        ("training", "Formation ou études"),
        ("language_course", "Cours de langue"),
        ("volunteering", "Bénévolat"),
        ("looking", "En recherche"),
        ("other", "Autre"),
    ]
    return [
        question(
            "radio",
            "situation",
            "Quelle est sa situation aujourd'hui ?",
            choices=[{"value": value, "label": label} for value, label in situations],
        ),
        question("yes_no", "in_touch_with_cpas", "Est-elle en contact avec son AS ?"),
        question(
            "multiline",
            "next_steps",
            "Ce qui l'aiderait maintenant",
            required=False,
        ),
    ]


def _follow_up_form(programme: Programme) -> FormPage | None:
    parent = ProgrammePage.objects.filter(
        programme=programme, locale__language_code=programme.cpas.default_language
    ).first()
    if parent is None:
        return None
    page = FormPage.objects.child_of(parent).filter(slug=FORM_SLUG).first()
    if page is not None:
        return page
    page = FormPage(
        title="Entretien de suivi après le parcours",
        slug=FORM_SLUG,
        kind=FormKind.FOLLOW_UP,
        form_fields=follow_up_form_fields(),
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@transaction.atomic
def seed_follow_ups() -> list[FollowUp]:
    """Mod'Actions' plan, and the follow-ups of one completed referral."""
    programme = Programme.objects.filter(slug=PROGRAMME_SLUG).first()
    form = _follow_up_form(programme) if programme else None
    if form is None:
        return []
    for months in PLAN_MONTHS:
        FollowUpStep.objects.get_or_create(
            programme=programme, months_after=months, defaults={"form": form}
        )
    referral = (
        Referral.objects.filter(programme=programme, state=ReferralState.COMPLETED)
        .order_by("pk")
        .first()
    )
    coach = (
        get_user_model()
        .objects.filter(username=f"coach@{programme.cpas.slug}.demo")
        .first()
    )
    if referral is None or coach is None:
        return []
    ended = timezone.localdate() - datetime.timedelta(days=COMPLETED_DAYS_AGO)
    return follow_ups_schedule(referral=referral, completed_on=ended, by=coach)


def seed_follow_ups_step(demo: Demo) -> None:
    """``seed_demo``'s step (the completed referral is the groups' step's)."""
    if demo.with_accounts:
        seed_follow_ups()
