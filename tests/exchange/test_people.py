"""An import finds people as the referral form finds them, chunk after chunk."""

from __future__ import annotations

import datetime

from django.db import transaction

from intake.models import Participant
from intake.roles import Role
from tests.exchange.helpers import confirm, sheet, upload
from tests.factories import ParticipantFactory
from workflow.referrals import Match, participant_match

BORN = datetime.date(1990, 5, 1)
#: Each row as the referral form would have met it, one after the other.
ROWS = [
    ("AMÍNA", "haddad", BORN),  # the known person, spelt otherwise
    ("Amina", "Haddad", datetime.date(1991, 1, 1)),  # same name, other birth
    ("Amina", "Benali", BORN),  # same birth date, same first name
    ("Fatima", "Haddad", BORN),  # same birth date, same last name
    ("Fatima", "Benali", datetime.date(1992, 7, 7)),  # someone new...
    ("Yonas", "Tesfay", datetime.date(1985, 2, 3)),
    ("fatima", "BENALI", datetime.date(1992, 7, 7)),  # ...met again 2 rows later
    ("Yonas", "Tesfay", datetime.date(1986, 2, 3)),  # near someone of this file
]


def people_of(cpas) -> list[tuple]:
    def who(person):
        return (person.first_name, person.last_name, person.date_of_birth)

    return sorted(
        (
            *who(person),
            who(person.possible_duplicate_of) if person.possible_duplicate_of else None,
        )
        for person in Participant.objects.filter(cpas=cpas)
    )


def test_an_import_matches_people_as_the_referral_form_does(world, monkeypatch):
    # Three rows a chunk: the file's people are matched across chunks too.
    monkeypatch.setattr("exchange.imports.CHUNK", 3)
    for key in ("a", "b"):
        ParticipantFactory(
            antenna=world.antenna[key],
            first_name="Amina",
            last_name="Haddad",
            date_of_birth=BORN,
        )
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    file = sheet(
        [["first name", "last name", "date of birth"]]
        + [[first, last, f"{born:%d/%m/%Y}"] for first, last, born in ROWS]
    )
    response, token = upload(manager, "participants", file)

    expected = []
    with transaction.atomic():
        for first, last, born in ROWS:
            _person, match = participant_match(
                cpas_id=world.cpas["b"].pk,
                antenna_id=world.antenna["b"].pk,
                first_name=first,
                last_name=last,
                date_of_birth=born,
            )
            expected.append(match)
        by_the_form = people_of(world.cpas["b"])
        transaction.set_rollback(True)

    rows = response.context["report"].rows
    assert [row.action for row in rows] == [
        "update" if match == Match.SAME_PERSON else "create" for match in expected
    ]
    flagged = [match == Match.POSSIBLE_DUPLICATE for match in expected]
    assert [bool(row.note) for row in rows] == flagged
    assert flagged == [False, True, True, True, False, False, False, True]
    assert "Possibly the same person as Yonas Tesfay." in rows[-1].note
    assert not Participant.objects.filter(cpas=world.cpas["a"], first_name="Yonas")

    confirm(manager, "participants", token)
    assert people_of(world.cpas["a"]) == by_the_form
