"""Each programme's groups and rhythm in the demo, from the guide.

AMIE: a weekly 3-hour group session, Wednesday and Friday in turn, and a
weekly individual talk. Interactief!: a GOAL day in the mother tongue with
interpreters, VIA groups of at most 10 (two half-days a week) and the
social-integration module in parallel. Activ Up!: collective coaching every two
weeks, a weekly creative workshop, individual coaching every three weeks.
Mod'Actions: an information session twice a month, five groups by level, a
trial week. Move Up!: groups by language level of at most 15, 21 hours a week.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

T = datetime.time


@dataclass(frozen=True)
class RhythmPlan:
    weekdays: tuple[int, ...]
    start: datetime.time
    end: datetime.time
    frequency: int = 1
    alternate: bool = False
    kind: str = "group_session"
    title: str = ""


@dataclass(frozen=True)
class GroupPlan:
    name: str
    members: int
    rhythms: tuple[RhythmPlan, ...]
    level: str = ""
    capacity: int | None = None
    place: str = ""
    waiting: int = 0
    #: Members shared with the programme's first group (parallel modules).
    shared: int = 0


@dataclass(frozen=True)
class OneOffPlan:
    """Sessions outside the groups' rhythms, every ``every_weeks`` weeks."""

    kind: str
    title: str
    weekday: int
    start: datetime.time
    end: datetime.time
    every_weeks: int
    support: str = ""
    support_language: str = ""
    #: With one participant each (individual appointments, trial days).
    individual: bool = False
    #: For the whole of the first group (excursions).
    group: bool = False
    #: Days in a row from ``weekday`` (a trial week: 5).
    days: int = 1


@dataclass(frozen=True)
class ProgrammePlan:
    groups: tuple[GroupPlan, ...]
    one_offs: tuple[OneOffPlan, ...] = ()
    weekly_hours_target: int | None = None
    names: tuple[tuple[str, ...], tuple[str, ...]] = field(default=((), ()))


FIRST_NAMES = (
    "Amina",
    "Yonas",
    "Fatima",
    "Ahmad",
    "Hodan",
    "Olena",
    "Samir",
    "Mariam",
    "Tesfay",
    "Zahra",
    "Abdi",
    "Iryna",
    "Nour",
    "Hamid",
    "Selam",
    "Layla",
    "Farid",
    "Ayan",
    "Dawit",
    "Rana",
    "Bilal",
    "Khadija",
    "Omar",
    "Nadia",
    "Yusuf",
    "Saba",
    "Karim",
    "Halima",
    "Mustafa",
    "Hiba",
)
LAST_NAMES = (
    "Haddad",
    "Tesfamariam",
    "Rahimi",
    "Noorzai",
    "Warsame",
    "Kovalenko",
    "Al-Khatib",
    "Ghebremedhin",
    "Sultani",
    "Abdullahi",
    "Shevchenko",
    "Mansour",
    "Yusufzai",
    "Berhane",
    "Karimi",
    "Hassan",
    "Bondarenko",
    "Saleh",
    "Ahmadi",
    "Mohamed",
    "Tekle",
    "Hosseini",
    "Farah",
    "Melnyk",
)

PLANS: dict[str, ProgrammePlan] = {
    "amie": ProgrammePlan(
        groups=(
            GroupPlan(
                name="Groep woensdag/vrijdag",
                members=10,
                capacity=12,
                place="OCMW Antwerpen, Lange Gasthuisstraat 39",
                rhythms=(RhythmPlan((2, 4), T(13, 30), T(16, 30), alternate=True),),
            ),
        ),
        one_offs=(
            OneOffPlan(
                "individual", "Individueel gesprek", 1, T(10), T(11), 1, individual=True
            ),
            OneOffPlan(
                "excursion", "Uitstap: MAS en de haven", 4, T(10), T(15), 4, group=True
            ),
            OneOffPlan(
                "info_session", "Infosessie: huren en wonen", 2, T(9, 30), T(11, 30), 4
            ),
        ),
    ),
    "interactief": ProgrammePlan(
        groups=(
            GroupPlan(
                name="VIA-groep 1",
                members=8,
                capacity=10,
                place="OCMW Gent, Onderbergen 86",
                rhythms=(RhythmPlan((1, 3), T(9), T(12, 30)),),
            ),
            GroupPlan(
                name="Sociale integratie",
                members=3,
                shared=3,
                place="Buurtcentrum Brugse Poort",
                rhythms=(RhythmPlan((2,), T(9), T(15)),),
            ),
        ),
        one_offs=(
            OneOffPlan(
                "goal_day",
                "GOAL-dag (Arabisch)",
                0,
                T(9),
                T(16),
                6,
                support="interpreter",
                support_language="ar",
            ),
            OneOffPlan(
                "goal_day",
                "GOAL-dag (Dari)",
                0,
                T(9),
                T(16),
                6,
                support="interpreter",
                support_language="prs",
            ),
            OneOffPlan(
                "individual",
                "Gesprek met bemiddelaar",
                4,
                T(14),
                T(15),
                2,
                support="mediator",
                support_language="ti",
                individual=True,
            ),
        ),
    ),
    "activ-up": ProgrammePlan(
        groups=(
            GroupPlan(
                name="Coaching collectif",
                members=8,
                capacity=12,
                place="CPAS de Charleroi, boulevard Joseph II 13",
                rhythms=(RhythmPlan((1,), T(9), T(12), frequency=2),),
            ),
            GroupPlan(
                name="Atelier créatif",
                members=2,
                shared=5,
                capacity=12,
                place="Maison de quartier de Jumet",
                rhythms=(RhythmPlan((3,), T(13), T(16, 30)),),
            ),
        ),
        one_offs=(
            OneOffPlan(
                "info_session",
                "Séance d'information : la santé",
                0,
                T(9, 30),
                T(11, 30),
                1,
            ),
            OneOffPlan(
                "individual", "Coaching individuel", 2, T(10), T(11), 3, individual=True
            ),
            OneOffPlan(
                "excursion",
                "Sortie : musée de la Photographie",
                4,
                T(9, 30),
                T(16),
                4,
                group=True,
            ),
        ),
    ),
    "mod-actions": ProgrammePlan(
        groups=(
            GroupPlan(
                name="Faibles compétences linguistiques — débutants",
                level="debutants",
                members=7,
                capacity=12,
                place="CPAS de Liège, place Saint-Jacques 13",
                rhythms=(RhythmPlan((0, 1, 3), T(9), T(12)),),
            ),
            GroupPlan(
                name="Faibles compétences linguistiques — avancés",
                level="avances",
                members=6,
                capacity=12,
                place="CPAS de Liège, place Saint-Jacques 13",
                rhythms=(RhythmPlan((0, 1, 3), T(13), T(16)),),
            ),
            GroupPlan(
                name="Informatique",
                members=3,
                shared=3,
                capacity=10,
                place="Espace public numérique d'Outremeuse",
                rhythms=(RhythmPlan((1, 4), T(9), T(11)),),
            ),
            GroupPlan(
                name="Artistique",
                members=5,
                capacity=10,
                place="Atelier de la Boverie",
                rhythms=(RhythmPlan((2, 4), T(13), T(15)),),
            ),
            GroupPlan(
                name="Réalisation de projet",
                members=4,
                capacity=10,
                place="CPAS de Liège, place Saint-Jacques 13",
                rhythms=(RhythmPlan((0, 3), T(13, 30), T(15, 30)),),
            ),
        ),
        one_offs=(
            OneOffPlan(
                "info_session", "Séance d'information Mod'Actions", 2, T(10), T(12), 2
            ),
            OneOffPlan(
                "trial_day",
                "Semaine d'essai",
                0,
                T(9),
                T(12),
                6,
                individual=True,
                days=5,
            ),
            OneOffPlan(
                "excursion", "Excursion culturelle", 4, T(9), T(17), 4, group=True
            ),
        ),
    ),
    "move-up": ProgrammePlan(
        weekly_hours_target=21,
        groups=(
            GroupPlan(
                name="Débutants",
                level="beginners",
                members=15,
                waiting=2,
                place="CPAS de Bruxelles, rue Haute 298a",
                rhythms=(
                    RhythmPlan((0, 1, 2, 3, 4), T(9), T(12, 30)),
                    RhythmPlan(
                        (1, 3), T(13, 30), T(15, 15), title="Débutants (après-midi)"
                    ),
                ),
            ),
            GroupPlan(
                name="Alphabétisation",
                level="literacy",
                members=8,
                place="CPAS de Bruxelles, rue Haute 298a",
                rhythms=(
                    RhythmPlan((0, 1, 2, 3, 4), T(9), T(12, 30)),
                    RhythmPlan(
                        (1, 3),
                        T(13, 30),
                        T(15, 15),
                        title="Alphabétisation (après-midi)",
                    ),
                ),
            ),
            GroupPlan(
                name="Avancés",
                level="advanced",
                members=10,
                place="Antenne de Laeken, rue Marie-Christine 43",
                rhythms=(
                    RhythmPlan((0, 1, 2, 3, 4), T(9), T(12, 30)),
                    RhythmPlan(
                        (1, 3), T(13, 30), T(15, 15), title="Avancés (après-midi)"
                    ),
                ),
            ),
        ),
        one_offs=(
            OneOffPlan(
                "individual",
                "Évaluation individuelle",
                2,
                T(14),
                T(15),
                4,
                individual=True,
            ),
            OneOffPlan(
                "excursion",
                "Visite : la banque et la commune",
                4,
                T(13, 30),
                T(16),
                4,
                group=True,
            ),
        ),
    ),
}
