"""The fund report screen, its XLSX file and the split key, from the outside."""

import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from intake.roles import Role
from reports.models import FundSettings
from tests.factories import ProgrammeFactory, staff_member
from tests.reports.dataset import known_dataset

pytestmark = pytest.mark.django_db
PERIOD = {"start": "2026-01-01", "end": "2026-12-31"}


def report_url(programme):
    return reverse("fund_report:programme", args=[programme.pk])


@pytest.fixture
def programme(world):
    programme, _referrals = known_dataset(world)
    return programme


def sheet_rows(response) -> list[tuple]:
    content = b"".join(response.streaming_content)
    sheet = load_workbook(io.BytesIO(content)).active
    return list(sheet.iter_rows(values_only=True))


def test_the_manager_reads_charts_with_the_same_figures_in_tables(world, programme):
    client = world.client("a", Role.PROGRAMME_MANAGER)
    response = client.get(report_url(programme), PERIOD, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-chart="outcomes"' in html
    assert 'id="fund-report-charts"' in html
    assert "vendor/chartjs/chart.umd.min.js" in html
    assert "reports/js/fund_report.js" in html
    # No inline script of ours: the JSON island and scripts loaded from files.
    ours = html[
        html.index("fund-report") : html.index('<script id="fund-report-charts"')
    ]
    assert "<script" not in ours
    for name in ("chart.umd.min.js", "fund_report.js"):
        (tag,) = [t for t in re.findall(r"<script[^>]*>", html) if name in t]
        assert "src=" in tag
    charts = response.context["charts"]["sections"]
    outcomes = next(c for c in charts if c["key"] == "outcomes")
    assert outcomes["values"] == [3, 2, 1, 1, 1]
    table = response.context["sections"][0]
    assert [row[1] for row in table.rows] == [3, 2, 1, 1, 1]
    assert "62" in html and "1.86" in html.replace(",", ".")


def test_the_xlsx_file_holds_the_same_figures(world, programme):
    client = world.client("a", Role.PROGRAMME_MANAGER)
    response = client.get(report_url(programme), {**PERIOD, "export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )
    rows = sheet_rows(response)
    screen = client.get(report_url(programme), PERIOD).context["sections"]
    for section in screen:
        for row in section.rows:
            expected = (
                tuple(float(v) if isinstance(v, Decimal) else v for v in row)
                + (None,) * 0
            )
            assert any(r[: len(expected)] == expected for r in rows), expected
    assert ("Split key", 0.62) == rows[3][:2] or rows[3][1] == 0.62


def test_a_formula_in_a_name_stays_text_in_the_file(world, programme):
    programme.name = '=HYPERLINK("http://evil")'
    programme.save()
    client = world.client("a", Role.PROGRAMME_MANAGER)
    response = client.get(report_url(programme), {**PERIOD, "export": "xlsx"})
    content = b"".join(response.streaming_content)
    sheet = load_workbook(io.BytesIO(content)).active
    cell = sheet["A1"]
    assert cell.data_type == "s"
    assert cell.value == '\'=HYPERLINK("http://evil")'


@pytest.mark.parametrize(
    "who",
    [
        ("b", Role.PROGRAMME_MANAGER),  # manager of another CPAS
        ("b", Role.CPAS_ADMIN),  # administrator of another CPAS
        ("a", Role.SOCIAL_WORKER),  # not in the programme's team
    ],
)
def test_others_cannot_open_the_report_or_its_file(world, programme, who):
    client = world.client(*who)
    assert client.get(report_url(programme), PERIOD).status_code == 404
    response = client.get(report_url(programme), {**PERIOD, "export": "xlsx"})
    assert response.status_code == 404


def test_a_coach_of_another_programme_of_the_cpas_cannot_open_it(world, programme):
    other = ProgrammeFactory(cpas=world.cpas["a"])
    coach = staff_member(Role.COACH, cpas=world.cpas["a"], programmes=[other])
    from django.test import Client

    client = Client()
    client.force_login(coach.user)
    assert client.get(report_url(programme)).status_code == 404
    index = client.get(reverse("fund_report:index"))
    assert index.status_code == 302
    assert index["Location"] == report_url(other)


def test_the_coach_and_the_cpas_administrator_read_it(world, programme):
    for role in (Role.COACH, Role.CPAS_ADMIN):
        response = world.client("a", role).get(report_url(programme), PERIOD)
        assert response.status_code == 200


def test_the_manager_sets_the_split_key_a_coach_cannot(world, programme):
    url = reverse("fund_report:settings", args=[programme.pk])
    coach = world.client("a", Role.COACH)
    assert coach.get(url).status_code == 404
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    response = manager.post(url, {"fund_name": "AMIF", "split_key": "0.6"})
    assert response.status_code == 302
    assert FundSettings.objects.get(programme=programme).split_key == Decimal("0.6")
    refused = manager.post(url, {"fund_name": "AMIF", "split_key": "1.5"})
    assert refused.status_code == 200
    assert FundSettings.objects.get(programme=programme).split_key == Decimal("0.6")
    other = world.client("b", Role.PROGRAMME_MANAGER)
    assert other.post(url, {"split_key": "0.1"}).status_code == 404


def test_the_reports_menu_lists_the_fund_report(world, programme):
    response = world.client("a", Role.PROGRAMME_MANAGER).get(
        reverse("wagtailadmin_home")
    )
    assert reverse("fund_report:index") in response.content.decode()
