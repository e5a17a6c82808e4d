"""A manager brings her caseload from a spreadsheet (issue #17): the dry run
shows the one bad row with its row and column and writes nothing; she fixes the
file, imports it, opens her programme's fund report and downloads it."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from playwright.sync_api import expect

from intake.roles import Role
from tests.browser.axe import assert_accessible
from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from workflow.models import Referral

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEAD = "first name,last name,date of birth,phone,antenna,programme\n"


def spreadsheet(tmp_path, name: str, born: str):
    path = tmp_path / name
    path.write_text(
        HEAD
        + "Amina,Haddad,1990-05-01,0470 12 34 56,Antenna A,Programme A\n"
        + f"Bilal,Karimi,{born},0470 65 43 21,Antenna A,Programme A\n"
    )
    return str(path)


def test_a_manager_imports_a_spreadsheet_then_reads_and_downloads_the_report(
    live_server, new_context, world, tmp_path
):
    page = new_context(accept_downloads=True).new_page()
    manager = world.user("a", Role.PROGRAMME_MANAGER)
    log_in(page, live_server, manager.username, PASSWORD)
    page.goto(live_server.url + reverse("exchange:import", args=["referrals"]))

    page.get_by_label("Spreadsheet (.xlsx or .csv)").set_input_files(
        spreadsheet(tmp_path, "caseload.csv", born="31/02/1990")
    )
    page.get_by_role("button", name="Check the file").click()
    preview = page.locator("[data-import-preview]")
    # Waited for, not read once: the preview may be read before its page has
    # all arrived.
    expect(preview).to_contain_text("Row 3, column “date of birth”")
    expect(preview).to_contain_text("“31/02/1990” is not a date")
    assert_accessible(page, "the import's preview")
    assert not Referral.objects.exists()

    page.get_by_role("link", name="Choose another file").click()
    page.get_by_label("Spreadsheet (.xlsx or .csv)").set_input_files(
        spreadsheet(tmp_path, "caseload-fixed.csv", born="1991-02-28")
    )
    page.get_by_role("button", name="Check the file").click()
    page.locator("[data-import-preview]").wait_for()
    page.get_by_role("button", name="Import").click()
    page.get_by_text("Imported: 2 created").wait_for()
    assert Referral.objects.filter(programme=world.programme["a"]).count() == 2

    year = timezone.localdate().year
    report = reverse("fund_report:programme", args=[world.programme["a"].pk])
    page.goto(f"{live_server.url}{report}?start={year}-01-01&end={year}-12-31")
    outcomes = page.get_by_test_id("table-outcomes")
    outcomes.wait_for()
    assert outcomes.locator("tbody tr").first.locator("td").first.inner_text() == "2"
    with page.expect_download() as download:
        page.get_by_role("link", name="Download (XLSX)").click()
    with open(download.value.path(), "rb") as handle:
        sheet = load_workbook(io.BytesIO(handle.read())).active
    referred = [
        row for row in sheet.iter_rows(values_only=True) if row[0] == "Referred"
    ]
    assert referred and referred[0][1] == 2
