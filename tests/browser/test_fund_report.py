"""A manager opens her programme's fund report: the charts are drawn from the
page's figures, the same figures stand in tables, nothing is fetched from
outside, axe-core finds nothing to fix, and the XLSX download holds the figures."""

from __future__ import annotations

import io
from urllib.parse import urlparse

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from intake.roles import Role
from tests.browser.axe import assert_accessible
from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from tests.reports.dataset import known_dataset

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_manager_reads_the_charts_and_downloads_the_figures(
    live_server, new_context, world
):
    programme, _referrals = known_dataset(world)
    page = new_context(accept_downloads=True).new_page()
    outside = []
    host = urlparse(live_server.url).netloc
    page.on(
        "request",
        lambda request: (
            urlparse(request.url).netloc not in (host, "")
            and outside.append(request.url)
        ),
    )
    manager = world.user("a", Role.PROGRAMME_MANAGER)
    log_in(page, live_server, manager.username, PASSWORD)
    url = reverse("fund_report:programme", args=[programme.pk])
    page.goto(f"{live_server.url}{url}?start=2026-01-01&end=2026-12-31")

    page.wait_for_function(
        "() => document.querySelectorAll('canvas[data-chart]').length > 0 &&"
        " [...document.querySelectorAll('canvas[data-chart]')]"
        ".every((c) => window.Chart.getChart(c))"
    )
    drawn = page.evaluate(
        "() => window.Chart.getChart(document.querySelector("
        "'canvas[data-chart=\"outcomes\"]')).data.datasets[0].data"
    )
    assert drawn == [3, 2, 1, 1, 1]
    table = page.get_by_test_id("table-outcomes")
    assert table.locator("tbody tr").count() == 5
    assert table.locator("tbody tr").first.locator("td").first.inner_text() == "3"
    assert_accessible(page, "the fund report")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download (XLSX)").click()
    path = download.value.path()
    sheet = load_workbook(io.BytesIO(open(path, "rb").read())).active
    values = list(sheet.iter_rows(values_only=True))
    assert ("Referred", 3, 1.86) in [tuple(row[:3]) for row in values]
    assert outside == []
