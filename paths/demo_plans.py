"""Each demo programme's path, as the guide describes it, and the story of one
participant along it (when each step's proofs happened, in days before today),
so that the demo shows steps done, one next and one overdue.

- Liège (Mod'Actions): an information session, six weekly orientation
  interviews, the action plan explained at the 7th or 8th, a trial week, then
  the PIIS contract (signed on the tablet), the workshops and the end.
- Brussels (Move Up!): a motivation interview and a language test, a group by
  level (21 hours a week), a final evaluation with the social worker.
- Antwerp (AMIE): an orientation interview, then the launch, intermediate and
  final phases of the individual coaching over about six months.
- Ghent (Interactief!): the introduction day on rights and duties in the
  mother tongue (a GOAL day), an interview with the social worker and an
  intercultural mediator, a three-month group project observed with the
  competency grid, an individual path advised at the end.
- Charleroi (Activ Up!): an information session, an orientation interview, a
  personal project and action plan, collective coaching and creative workshops.
"""

from __future__ import annotations

from dataclasses import dataclass

from groups.models import SessionKind
from intake.models import Phase
from paths.models import StepKind
from surveys.models import FormKind
from workflow.models import ReferralState as S


@dataclass(frozen=True)
class StepPlan:
    kind: str
    title: str
    #: ``("form", FormKind)``, ``("session", SessionKind)``, ``("state", state)``
    #: or ``("phase", Phase)``.
    tie: tuple[str, str]
    within_days: int | None = None
    times: int = 1
    #: When the demo participant's proofs happened, in days before today.
    story: tuple[int, ...] = ()


@dataclass(frozen=True)
class PathPlan:
    intro: str
    #: The demo participant who walks the path.
    person: tuple[str, str]
    sent_days_ago: int
    state: str
    steps: tuple[StepPlan, ...]
    phase: str = ""


PATHS: dict[str, PathPlan] = {
    "mod-actions": PathPlan(
        intro=(
            "Séance d'information, six entretiens d'orientation hebdomadaires, plan "
            "d'action expliqué au 7e ou 8e entretien, semaine d'essai, puis le PIIS."
        ),
        person=("Rawan", "Daoud"),
        sent_days_ago=70,
        state=S.ACCEPTED,
        steps=(
            StepPlan(
                StepKind.INFO_SESSION,
                "Séance d'information",
                ("session", SessionKind.INFO_SESSION),
                within_days=30,
                story=(63,),
            ),
            StepPlan(
                StepKind.ORIENTATION_INTERVIEW,
                "Entretiens d'orientation (un par semaine)",
                ("form", FormKind.ORIENTATION_INTERVIEW),
                within_days=56,
                times=6,
                story=(56, 49, 42, 35, 28),
            ),
            StepPlan(
                StepKind.ACTION_PLAN,
                "Plan d'action et feed-back (7e ou 8e entretien)",
                ("form", FormKind.ACTION_PLAN),
                within_days=21,
                story=(14,),
            ),
            StepPlan(
                StepKind.TRIAL_WEEK,
                "Semaine d'essai",
                ("session", SessionKind.TRIAL_DAY),
                within_days=14,
                story=(7,),
            ),
            StepPlan(
                StepKind.CONTRACT,
                "Signature du PIIS",
                ("form", FormKind.CONTRACT),
                within_days=14,
            ),
            StepPlan(
                StepKind.GROUP_PHASE,
                "Ateliers collectifs",
                ("state", S.IN_PROGRESS),
                within_days=14,
            ),
            StepPlan(
                StepKind.FINAL_EVALUATION,
                "Évaluation finale",
                ("form", FormKind.FINAL_EVALUATION),
                within_days=180,
            ),
        ),
    ),
    "move-up": PathPlan(
        intro=(
            "Entretien de motivation et test linguistique, groupe par niveau "
            "(21 heures par semaine), évaluation finale avec l'assistant social."
        ),
        person=("Aklilu", "Gebremariam"),
        sent_days_ago=45,
        state=S.IN_PROGRESS,
        phase=Phase.LAUNCH,
        steps=(
            StepPlan(
                StepKind.ORIENTATION_INTERVIEW,
                "Entretien de motivation",
                ("form", FormKind.ORIENTATION_INTERVIEW),
                within_days=21,
                story=(40,),
            ),
            StepPlan(
                StepKind.LANGUAGE_TEST,
                "Test linguistique",
                ("form", FormKind.LANGUAGE_PLACEMENT),
                within_days=14,
            ),
            StepPlan(
                StepKind.GROUP_PHASE,
                "Groupe par niveau",
                ("state", S.IN_PROGRESS),
                within_days=21,
                story=(30,),
            ),
            StepPlan(
                StepKind.FINAL_EVALUATION,
                "Évaluation finale avec l'assistant social",
                ("form", FormKind.FINAL_EVALUATION),
                within_days=120,
            ),
        ),
    ),
    "amie": PathPlan(
        intro=(
            "Oriëntatiegesprek, dan de opstart-, tussen- en eindfase van de "
            "individuele begeleiding (ongeveer zes maanden)."
        ),
        person=("Parwana", "Azizi"),
        sent_days_ago=110,
        state=S.IN_PROGRESS,
        phase=Phase.INTERMEDIATE,
        steps=(
            StepPlan(
                StepKind.ORIENTATION_INTERVIEW,
                "Oriëntatiegesprek",
                ("form", FormKind.ORIENTATION_INTERVIEW),
                within_days=21,
                story=(100,),
            ),
            StepPlan(
                StepKind.PHASE,
                "Opstartfase",
                ("phase", Phase.LAUNCH),
                within_days=14,
                story=(95,),
            ),
            StepPlan(
                StepKind.ACTION_PLAN,
                "Actieplan",
                ("form", FormKind.ACTION_PLAN),
                within_days=30,
                story=(80,),
            ),
            StepPlan(
                StepKind.PHASE,
                "Tussenfase (wekelijkse gesprekken)",
                ("phase", Phase.INTERMEDIATE),
                within_days=60,
                story=(50,),
            ),
            StepPlan(
                StepKind.PHASE,
                "Eindfase (één tot twee keer per maand)",
                ("phase", Phase.FINAL),
                within_days=90,
            ),
            StepPlan(
                StepKind.FINAL_EVALUATION,
                "Eindevaluatie",
                ("form", FormKind.FINAL_EVALUATION),
                within_days=30,
            ),
        ),
    ),
    "interactief": PathPlan(
        intro=(
            "Introductiedag rechten en plichten in de moedertaal, gesprek met "
            "maatschappelijk werker en interculturele bemiddelaar, groepsproject "
            "van drie maanden, advies voor een individueel traject."
        ),
        person=("Liban", "Osman"),
        sent_days_ago=60,
        state=S.IN_PROGRESS,
        phase=Phase.LAUNCH,
        steps=(
            StepPlan(
                StepKind.INFO_SESSION,
                "Introductiedag rechten en plichten (GOAL)",
                ("session", SessionKind.GOAL_DAY),
                within_days=30,
                story=(55,),
            ),
            StepPlan(
                StepKind.ORIENTATION_INTERVIEW,
                "Gesprek met maatschappelijk werker en bemiddelaar",
                ("form", FormKind.ORIENTATION_INTERVIEW),
                within_days=21,
                story=(48,),
            ),
            StepPlan(
                StepKind.GROUP_PHASE,
                "Groepsproject (twee halve dagen per week)",
                ("state", S.IN_PROGRESS),
                within_days=21,
                story=(40,),
            ),
            StepPlan(
                StepKind.GROUP_PHASE,
                "Competentie-observatie",
                ("form", FormKind.COMPETENCY_GRID),
                within_days=60,
            ),
            StepPlan(
                StepKind.FINAL_EVALUATION,
                "Eindevaluatie: advies voor een individueel traject",
                ("form", FormKind.FINAL_EVALUATION),
                within_days=45,
            ),
        ),
    ),
    "activ-up": PathPlan(
        intro=(
            "Séance d'information, entretien d'orientation, projet personnel et plan "
            "d'action, coaching collectif et ateliers créatifs."
        ),
        person=("Oksana", "Tkachenko"),
        sent_days_ago=75,
        state=S.ACCEPTED,
        steps=(
            StepPlan(
                StepKind.INFO_SESSION,
                "Séance d'information",
                ("session", SessionKind.INFO_SESSION),
                within_days=30,
                story=(70,),
            ),
            StepPlan(
                StepKind.ORIENTATION_INTERVIEW,
                "Entretien d'orientation",
                ("form", FormKind.ORIENTATION_INTERVIEW),
                within_days=14,
                story=(62,),
            ),
            StepPlan(
                StepKind.ACTION_PLAN,
                "Projet personnel et plan d'action",
                ("form", FormKind.ACTION_PLAN),
                within_days=30,
            ),
            StepPlan(
                StepKind.GROUP_PHASE,
                "Coaching collectif et ateliers créatifs",
                ("session", SessionKind.GROUP_SESSION),
                within_days=60,
                times=4,
            ),
            StepPlan(
                StepKind.FINAL_EVALUATION,
                "Évaluation finale",
                ("form", FormKind.FINAL_EVALUATION),
                within_days=180,
            ),
        ),
    ),
}
