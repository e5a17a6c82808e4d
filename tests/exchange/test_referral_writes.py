"""Imported referrals from the outside: their history, dated as the file dates
it, on the referral's page and in the referrals export; nobody notified; a
known referral moved by a file gets one more line of history."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import timezone

from intake.roles import Role
from tests.exchange.helpers import confirm, csv_of, export_url, sheet, upload
from tests.surveys.interview_fixtures import english
from workflow.models import Notification, Referral, ReferralState, TransitionLog

HEAD = ["first name", "last name", "date of birth", "antenna", "programme"]
DATED = [*HEAD, "state", "state since", "submission date"]


def local(day: str, time: str = "00:00") -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.fromisoformat(f"{day} {time}"))


def imported(manager, rows, name="referrals.csv") -> Referral:
    _response, token = upload(manager, "referrals", sheet(rows, name))
    assert confirm(manager, "referrals", token).status_code == 302
    return Referral.objects.get()


def detail(client, referral):
    response = english(client).get(reverse("referrals:detail", args=[referral.pk]))
    assert response.status_code == 200
    return response


def test_the_referral_page_shows_the_history_the_file_gives(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    row = ["Amina", "Haddad", "1990-05-01", "Antenna A", "Programme A"]
    referral = imported(
        manager, [DATED, [*row, "In review", "2026-03-02 10:15", "2026-02-20"]]
    )
    response = detail(manager, referral)
    timeline = [
        (log.source, log.target, log.created_at, log.reason)
        for log in response.context["timeline"]
    ]
    reason = "Imported from spreadsheet referrals.csv"
    assert timeline == [
        ("draft", "submitted", local("2026-02-20"), reason),
        ("submitted", "in_review", local("2026-03-02", "10:15"), reason),
    ]
    page = response.content.decode()
    assert 'datetime="2026-02-20T00:00:00+01:00"' in page
    assert 'datetime="2026-03-02T10:15:00+01:00"' in page
    assert page.count(reason) == 2
    assert "Draft → Submitted" in page and "Submitted → In review" in page
    # The import moved nothing on the platform: nobody is told.
    assert not Notification.objects.exists()


def test_the_export_shows_the_imported_dates(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    row = ["Amina", "Haddad", "1990-05-01", "Antenna A", "Programme A"]
    imported(manager, [DATED, [*row, "Accepted", "2026-03-02", "2026-02-20"]])
    heading, line = csv_of(english(manager).get(export_url("referrals", format="csv")))
    cells = dict(zip(heading, line, strict=True))
    assert cells["Submitted: since"] == "2026-02-20"
    assert cells["Accepted: since"] == "2026-03-02"
    assert cells["state since"] == "2026-03-02 00:00"
    assert cells["Submitted: days"] == "10.0"
    assert cells["In review: since"] == ""


def test_without_dates_the_history_is_dated_at_the_import(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    before = timezone.now().replace(second=0, microsecond=0)
    referral = imported(
        manager, [HEAD, ["Amina", "Haddad", "1990-05-01", "", "Programme A"]]
    )
    after = timezone.now()
    logs = list(referral.transitions.all())
    assert [(log.source, log.target) for log in logs] == [("draft", "submitted")]
    assert before <= logs[0].created_at <= after
    assert referral.state == ReferralState.SUBMITTED
    assert referral.state_changed_at == logs[0].created_at
    assert logs[0].actor == world.user("a", Role.PROGRAMME_MANAGER)


def test_a_file_moving_a_known_referral_adds_one_line_to_its_history(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    row = ["Amina", "Haddad", "1990-05-01", "Antenna A", "Programme A"]
    referral = imported(manager, [DATED, [*row, "In review", "2026-03-02", ""]])
    assert referral.transitions.count() == 2
    _response, token = upload(
        manager,
        "referrals",
        sheet([DATED, [*row, "Accepted", "2026-04-01", ""]], "april.csv"),
    )
    assert confirm(manager, "referrals", token).status_code == 302
    referral.refresh_from_db()
    assert referral.state == ReferralState.ACCEPTED
    last = referral.transitions.last()
    assert (last.source, last.target, last.created_at) == (
        "in_review",
        "accepted",
        local("2026-04-01"),
    )
    assert last.reason == "Imported from spreadsheet april.csv"
    assert referral.transitions.count() == 3


def test_the_dry_run_writes_no_history(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    row = ["Amina", "Haddad", "1990-05-01", "Antenna A", "Programme A"]
    response, _token = upload(
        manager, "referrals", sheet([DATED, [*row, "Accepted", "2026-03-02", ""]])
    )
    assert response.context["report"].rows[0].action == "create"
    assert not TransitionLog.objects.exists()
    assert not Referral.objects.exists()


def test_a_referral_sent_after_its_state_is_refused_with_its_column(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    row = ["Amina", "Haddad", "1990-05-01", "Antenna A", "Programme A"]
    response, _token = upload(
        manager,
        "referrals",
        sheet([DATED, [*row, "Accepted", "2026-03-02", "2026-04-01"]]),
    )
    error = response.context["report"].bad_rows[0].errors[0]
    assert error.column == "submission date"
    assert "sent after it entered its state (02/03/2026)" in error.message


def test_another_cpas_sees_nothing_of_an_imported_referral(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    row = ["Amina", "Haddad", "1990-05-01", "Antenna A", "Programme A"]
    referral = imported(manager, [DATED, [*row, "In review", "2026-03-02", ""]])
    elsewhere = english(world.client("b", Role.PROGRAMME_MANAGER))
    page = elsewhere.get(reverse("referrals:detail", args=[referral.pk]))
    assert page.status_code in (302, 404)
    exported = csv_of(elsewhere.get(export_url("referrals", format="csv")))
    assert not any("Haddad" in cell for line in exported for cell in line)
