"""Imports from the outside: the dry run's preview, the errors a manager
reads, confirming, skipping bad rows, and export → import round trips."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest
import tablib
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from exchange.importers import referral_importer
from exchange.imports import import_run
from intake.models import Participant
from intake.roles import Role
from tests.exchange.helpers import body, confirm, export_url, sheet, upload
from tests.factories import ParticipantFactory, referral_in
from tests.surveys.interview_fixtures import english
from workflow.models import Referral, ReferralState

HEAD = ["first name", "last name", "date of birth", "phone", "antenna"]


def rows_of(world, *rows):
    return sheet([HEAD, *rows])


def good(name="Amina", born="1990-05-01", phone="0470 12 34 56"):
    return [name, "Haddad", born, phone, "Antenna A"]


def test_the_dry_run_shows_each_row_and_writes_nothing(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    response, token = upload(manager, "participants", rows_of(world, good()))
    assert token
    rows = response.context["report"].rows
    assert [(row.number, row.action) for row in rows] == [(2, "create")]
    assert "Amina Haddad" in response.content.decode()
    assert not Participant.objects.exists()


def test_a_bad_cell_is_reported_with_its_row_and_column(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    response, _token = upload(
        manager,
        "participants",
        rows_of(world, good(), good("Bilal", born="31/02/1990", phone="12")),
    )
    errors = response.context["report"].bad_rows[0].errors
    assert response.context["report"].bad_rows[0].number == 3
    assert [error.column for error in errors] == ["date of birth", "phone"]
    page = response.content.decode()
    assert "Row 3, column “date of birth”" in page
    assert "“31/02/1990” is not a date" in page
    assert "“12” is not a phone number" in page


def test_one_bad_row_writes_nothing_unless_she_skips_bad_rows(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    file_rows = [good(), good("Bilal", born="not a date")]
    _response, token = upload(manager, "participants", rows_of(world, *file_rows))

    refused = confirm(manager, "participants", token)
    assert refused.status_code == 200
    assert "Nothing was imported" in refused.content.decode()
    assert not Participant.objects.exists()

    done = confirm(manager, "participants", token, skip=True)
    assert done.status_code == 302
    assert list(Participant.objects.values_list("first_name", flat=True)) == ["Amina"]
    # The file is gone once imported: its token answers nothing any more.
    assert confirm(manager, "participants", token).status_code == 404


def test_the_uploaded_file_is_hers_only(world):
    _response, token = upload(
        world.client("a", Role.PROGRAMME_MANAGER),
        "participants",
        rows_of(world, good()),
    )
    other = world.client("a", Role.CPAS_ADMIN)
    assert confirm(other, "participants", token).status_code == 404
    assert not Participant.objects.exists()


def test_a_known_person_is_matched_as_the_referral_form_matches_her(world):
    known = ParticipantFactory(
        antenna=world.antenna["a"],
        first_name="Amina",
        last_name="Haddad",
        date_of_birth=datetime.date(1990, 5, 1),
    )
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    row = ["AMÍNA", "haddad", "01/05/1990", "+32 470 12 34 56", ""]
    response, token = upload(manager, "participants", rows_of(world, row))
    assert response.context["report"].rows[0].action == "update"
    confirm(manager, "participants", token)
    assert Participant.objects.get().pk == known.pk
    known.refresh_from_db()
    assert known.phone == "+32470123456"


def test_hidden_characters_in_names_are_removed(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    _r, token = upload(
        manager, "participants", rows_of(world, good("Am\u202eina\u200b"))
    )
    confirm(manager, "participants", token)
    assert Participant.objects.get().first_name == "Amina"


def test_people_are_imported_only_by_managers_and_administrators(world):
    coach = world.client("a", Role.COACH)
    url = reverse("exchange:import", args=["participants"])
    for response in (coach.get(url), coach.post(url, {"file": sheet([HEAD])})):
        # Wagtail sends someone without the permission back to the dashboard.
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")


def test_participants_come_back_as_they_left(world):
    for name in ("Amina", "Bilal", "Chiara"):
        ParticipantFactory(
            antenna=world.antenna["a"],
            first_name=name,
            phone="+32470123456",
            email=f"{name.lower()}@example.org",
            languages=["ar", "fr"],
            whatsapp=True,
            sex="F",
        )
    fields = ["first_name", "last_name", "date_of_birth", "phone", "email"]
    fields += ["languages", "whatsapp", "sex", "nationality", "antenna_id"]
    before = list(Participant.objects.order_by("first_name").values(*fields))
    manager = world.client("a", Role.CPAS_ADMIN)
    for export_format in ("csv", "xlsx"):
        exported = body(
            english(manager).get(export_url("participants", format=export_format))
        )
        Participant.objects.all().delete()
        file = SimpleUploadedFile(f"people.{export_format}", exported)
        response, token = upload(manager, "participants", file)
        assert not response.context["report"].bad_rows, export_format
        confirm(manager, "participants", token)
        after = list(Participant.objects.order_by("first_name").values(*fields))
        assert after == before, export_format


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_referrals_come_back_as_they_left(world, export_format):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    file = sheet(
        [
            [*HEAD, "programme", "state", "state since"],
            [*good(), "Programme A", "In review", "2026-03-02"],
            [*good("Bilal"), "Programme A", "", ""],
        ]
    )
    _r, token = upload(manager, "referrals", file)
    confirm(manager, "referrals", token)
    fields = ["participant__first_name", "programme_id", "state", "state_changed_at"]
    before = list(Referral.objects.order_by("pk").values(*fields))
    assert [row["state"] for row in before] == ["in_review", "submitted"]

    exported = body(english(manager).get(export_url("referrals", format=export_format)))
    Referral.objects.all().delete()
    _r, token = upload(
        manager, "referrals", SimpleUploadedFile(f"r.{export_format}", exported)
    )
    confirm(manager, "referrals", token)
    after = list(Referral.objects.order_by("participant__first_name").values(*fields))
    assert sorted(after, key=str) == sorted(before, key=str)


def test_a_referral_to_another_cpas_programme_is_refused(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    file = sheet([[*HEAD, "programme"], [*good(), "Programme B"]])
    response, _token = upload(manager, "referrals", file)
    error = response.context["report"].bad_rows[0].errors[0]
    assert error.column == "programme"
    assert "not one of your programmes" in error.message


def statements(user_pk: int, rows: list[list]) -> Counter:
    """The statements a referral import of ``rows`` sends, by kind."""
    user = get_user_model().objects.get(pk=user_pk)
    dataset = tablib.Dataset(*rows, headers=[*HEAD, "programme", "state"])
    importer = referral_importer(user, file_name="many.csv")
    with CaptureQueriesContext(connection) as queries:
        report = import_run(importer, dataset, write=True)
    assert report.written and not report.bad_rows
    return Counter(query["sql"].split(" ", 1)[0] for query in queries)


def test_an_import_asks_as_many_questions_for_200_rows_as_for_20(world):
    known = referral_in(
        ReferralState.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.PROGRAMME_MANAGER),
    ).participant
    again = [known.first_name, known.last_name, known.date_of_birth, "", ""]

    def rows(count: int, year: int) -> list[list]:
        # Five birth dates: people of the same name are possibly the same.
        return [
            [f"P{n}", "Haddad", f"{year}-05-0{1 + n % 5}", "", "", "Programme A"]
            + ["In review"]
            for n in range(count)
        ] + [[*again, "Programme A", "Accepted"]]

    manager = world.user("a", Role.PROGRAMME_MANAGER).pk
    few, many = (
        statements(manager, rows(20, 1990)),
        statements(manager, rows(200, 1991)),
    )
    assert Referral.objects.count() == 221
    assert Participant.objects.filter(possible_duplicate_of__isnull=False).count() > 200
    # Reads and updates: as many for 200 rows as for 20.
    assert {kind: n for kind, n in many.items() if kind != "INSERT"} == {
        kind: n for kind, n in few.items() if kind != "INSERT"
    }
    # Inserts go by the hundred (SQLite takes 999 values a statement, so the
    # 200 people's records need a few statements; PostgreSQL one).
    assert many["INSERT"] <= few["INSERT"] + 12
