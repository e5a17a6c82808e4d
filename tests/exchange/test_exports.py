"""Exports from the outside: what a file holds for whom, in which shape."""

from __future__ import annotations

import datetime
import json

import pytest
from django.utils import timezone

from groups.models import Attendance, Presence
from intake.pseudonyms import pseudonym
from intake.roles import Role
from surveys.models import Submission
from tests.exchange.helpers import body, csv_of, export_url, xlsx_of
from tests.factories import (
    ParticipantFactory,
    ProgrammeFactory,
    choices,
    form_page,
    question,
    referral_in,
)
from tests.groups.factories import GroupFactory, SessionFactory
from tests.surveys.interview_fixtures import english


@pytest.fixture
def people(world):
    return {
        key: ParticipantFactory(
            antenna=world.antenna[key],
            first_name=f"Amina{key.upper()}",
            last_name=f"Haddad{key.upper()}",
            phone="+32470123456",
            email=f"amina.{key}@example.org",
            national_number="85.07.30-033.61",
        )
        for key in ("a", "b")
    }


@pytest.mark.parametrize("role", [Role.CPAS_ADMIN, Role.SOCIAL_WORKER])
def test_a_participant_export_streams_only_her_own_cpas(world, people, role):
    response = english(world.client("a", role)).get(
        export_url("participants", format="csv")
    )
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    rows = csv_of(response)
    assert rows[0][:3] == ["first name", "last name", "date of birth"]
    names = [row[0] for row in rows[1:]]
    assert names == ["AminaA"]


def test_a_coach_exports_her_programmes_referrals_only(world):
    other = ProgrammeFactory(cpas=world.cpas["a"], name="Other programme")
    mine = referral_in(
        "submitted",
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    theirs = referral_in(
        "submitted",
        programme=other,
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    elsewhere = referral_in(
        "in_review",
        programme=world.programme["b"],
        antenna=world.antenna["b"],
        referred_by=world.user("b", Role.SOCIAL_WORKER),
    )
    for referral, name in ((mine, "Mine"), (theirs, "Theirs"), (elsewhere, "Away")):
        referral.participant.last_name = f"Zed{name}Person"
        referral.participant.save()
    coach = english(world.client("a", Role.COACH))
    for export_format in ("csv", "xlsx", "json"):
        content = body(coach.get(export_url("referrals", format=export_format)))
        if export_format == "xlsx":
            content = repr(xlsx_of(coach.get(export_url("referrals", format="xlsx"))))
        else:
            content = content.decode()
        assert mine.participant.last_name in content
        assert theirs.participant.last_name not in content
        assert elsewhere.participant.last_name not in content


def test_the_referral_export_dates_each_state_and_counts_its_days(world):
    referral = referral_in(
        "submitted",
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    rows = csv_of(
        english(world.client("a", Role.CPAS_ADMIN)).get(
            export_url("referrals", format="csv")
        )
    )
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["state"] == "Submitted"
    since = timezone.localtime(referral.state_changed_at)
    assert record["Submitted: since"] == f"{since:%Y-%m-%d}"
    assert float(record["Submitted: days"]) == 0.0
    assert record["In review: since"] == ""


def test_another_cpas_form_answers_404(world):
    page = form_page(world.programme["b"], [question("singleline", "Nom", "name")])
    response = world.client("a", Role.CPAS_ADMIN).get(
        export_url("submissions", page.pk, format="csv")
    )
    assert response.status_code == 404


def test_a_pseudonymised_export_holds_no_name_phone_email_or_national_number(
    world, people
):
    person = people["a"]
    client = english(world.client("a", Role.CPAS_ADMIN))
    for export_format in ("csv", "json"):
        content = body(
            client.get(
                export_url("participants", format=export_format, pseudonymised=1)
            )
        ).decode()
        assert pseudonym(person.pk) in content
        for secret in ("Amina", "Haddad", "470", "example.org", "033"):
            assert secret not in content, (export_format, secret)


def test_cells_and_headings_that_start_a_formula_stay_text(world):
    person = ParticipantFactory(
        antenna=world.antenna["a"],
        first_name='=HYPERLINK("http://x")',
        last_name="@SUM(A1)",
        municipality="-2+3",
    )
    page = form_page(
        world.programme["a"],
        [
            question("singleline", "=cmd|' /C calc'!A0", "trap"),
            question("radio", "Choix", "pick", choices=choices(("x", "=SUM(9)"))),
        ],
    )
    Submission.objects.create(
        version=page.versions.get(),
        translation_key=page.translation_key,
        programme=world.programme["a"],
        locale=page.locale,
        participant=person,
        answers={"trap": "+1+1", "pick": "x"},
    )
    client = english(world.client("a", Role.CPAS_ADMIN))
    csv_rows = csv_of(client.get(export_url("participants", format="csv")))
    assert csv_rows[1][:2] == ['\'=HYPERLINK("http://x")', "'@SUM(A1)"]
    assert "'-2+3" in csv_rows[1]
    for export_format, read in (("csv", csv_of), ("xlsx", xlsx_of)):
        rows = read(
            client.get(export_url("submissions", page.pk, format=export_format))
        )
        assert "'=cmd|' /C calc'!A0 [trap]" in rows[0]
        # A typed answer, a choice's label, the participant's name: all text.
        for cell in ("'+1+1", "'=SUM(9)", '\'=HYPERLINK("http://x")', "'@SUM(A1)"):
            assert cell in rows[1], (export_format, cell)
    # JSON is read by programs, not spreadsheets: the values as they are.
    [item] = json.loads(
        body(client.get(export_url("submissions", page.pk, format="json")))
    )
    for value in ("+1+1", "=SUM(9)", '=HYPERLINK("http://x")', "@SUM(A1)"):
        assert value in item.values(), value


def test_a_forms_export_has_one_column_per_key_scales_as_numbers(world):
    page = form_page(
        world.programme["a"],
        [
            question("likert", "Humeur", "mood", points="5"),
            question(
                "radio",
                "Motif",
                "reason",
                choices=choices(("work", "Travail"), ("language", "Langue")),
            ),
        ],
    )
    Submission.objects.create(
        version=page.versions.get(),
        translation_key=page.translation_key,
        programme=world.programme["a"],
        locale=page.locale,
        answers={"mood": "4", "reason": "work"},
    )
    client = english(world.client("a", Role.CPAS_ADMIN))
    rows = xlsx_of(client.get(export_url("submissions", page.pk, format="xlsx")))
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["Humeur [mood]"] == 4
    assert record["Motif [reason]"] == "Travail"
    assert record["Version"] == 1
    assert record["Language"] == "French"
    data = json.loads(
        body(client.get(export_url("submissions", page.pk, format="json")))
    )
    assert data[0]["Humeur [mood]"] == 4


def test_the_headings_are_in_the_chosen_language(world, people):
    client = english(world.client("a", Role.CPAS_ADMIN))
    rows = csv_of(client.get(export_url("participants", format="csv", language="fr")))
    assert rows[0][0] == "prénom"


def test_an_export_keeps_the_lists_filters(world):
    for state in ("submitted", "in_review"):
        referral = referral_in(
            state,
            programme=world.programme["a"],
            antenna=world.antenna["a"],
            referred_by=world.user("a", Role.SOCIAL_WORKER),
        )
        referral.participant.last_name = f"Zed{state}"
        referral.participant.save()
    client = english(world.client("a", Role.CPAS_ADMIN))
    rows = csv_of(client.get(export_url("referrals", format="csv", state="in_review")))
    assert [row[2] for row in rows[1:]] == ["Zedin_review"]


def test_a_pseudonymised_form_export_drops_the_personal_answers(world, people):
    page = form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("singleline", "Téléphone", "phone"),
            question("singleline", "Commune", "municipality"),
        ],
    )
    Submission.objects.create(
        version=page.versions.get(),
        translation_key=page.translation_key,
        programme=world.programme["a"],
        locale=page.locale,
        participant=people["a"],
        answers={"first_name": "AminaA", "phone": "0470", "municipality": "Liège"},
    )
    client = english(world.client("a", Role.CPAS_ADMIN))
    rows = csv_of(
        client.get(export_url("submissions", page.pk, format="csv", pseudonymised=1))
    )
    assert rows[1][0] == pseudonym(people["a"].pk)
    assert "Liège" in rows[1]
    assert not any("Amina" in cell or "0470" in cell for row in rows for cell in row)


def test_an_attendance_export_holds_her_programmes_sessions_only(world):
    for key in ("a", "b"):
        group = GroupFactory(programme=world.programme[key], name=f"Groupe {key}")
        session = SessionFactory(group=group, programme=world.programme[key])
        Attendance.objects.create(
            session=session,
            participant=ParticipantFactory(
                antenna=world.antenna[key], last_name=f"Present{key.upper()}"
            ),
            status=Presence.PRESENT,
            minutes=180,
        )
    client = english(world.client("a", Role.COACH))
    rows = csv_of(client.get(export_url("attendance", format="csv")))
    assert [(row[1], row[4], row[6]) for row in rows[1:]] == [
        ("Groupe a", "PresentA", "180")
    ]


def test_a_submissions_date_is_brussels_time_in_every_format(world):
    """Stored in UTC (10:30), read as the team lives it: 12:30 in July."""
    page = form_page(world.programme["a"], [question("singleline", "Nom", "name")])
    sent = Submission.objects.create(
        version=page.versions.get(),
        translation_key=page.translation_key,
        programme=world.programme["a"],
        locale=page.locale,
        answers={"name": "Yonas"},
    )
    Submission.objects.filter(pk=sent.pk).update(
        submitted_at=datetime.datetime(2026, 7, 1, 10, 30, tzinfo=datetime.UTC)
    )
    client = english(world.client("a", Role.CPAS_ADMIN))

    def export(export_format):
        return client.get(export_url("submissions", page.pk, format=export_format))

    assert csv_of(export("csv"))[1][0] == "2026-07-01 12:30"
    assert xlsx_of(export("xlsx"))[1][0] == datetime.datetime(2026, 7, 1, 12, 30)
    [item] = json.loads(body(export("json")))
    assert "2026-07-01T12:30:00" in item.values()
