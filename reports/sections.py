"""The report's figures as titled tables: one shape for the screen (a table
beside each chart), the XLSX file and the API, so they cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from reports.figures import FundReport, Row


@dataclass
class Section:
    key: str
    title: str
    headings: list[str]
    rows: list[list[Any]]
    #: Drawn as a chart of the first figure column (the table stays beside it).
    chart: bool = False
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def chart_data(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "label": self.headings[1],
            "labels": [str(row[0]) for row in self.rows],
            "values": [float(row[1] or 0) for row in self.rows],
        }


def charged_heading(report: FundReport) -> str:
    return _("Charged to %(fund)s (split key %(percent)s%%)") % {
        "fund": report.fund_name,
        "percent": report.split_percent,
    }


def counted(rows: list[Row], report: FundReport) -> list[list[Any]]:
    return [[row.label, row.count, row.charged] for row in rows]


def report_sections(report: FundReport) -> list[Section]:
    sections = [
        Section(
            "outcomes",
            _("Referrals"),
            [_("Figure"), _("Number"), charged_heading(report)],
            counted(report.outcomes, report),
            chart=True,
        ),
        Section(
            "totals",
            _("Participants and hours"),
            [_("Figure"), _("Number"), charged_heading(report)],
            counted([report.participants, report.hours], report),
        ),
    ]
    for breakdown in report.breakdowns:
        sections.append(
            Section(
                breakdown.key,
                breakdown.title,
                [breakdown.title, _("Participants")],
                [[row.label, row.count] for row in breakdown.rows],
                chart=True,
            )
        )
    sections.append(
        Section(
            "medians",
            _("Waiting times"),
            [_("Figure"), _("Days")],
            [[row.label, row.count] for row in report.medians],
        )
    )
    for survey in report.satisfaction:
        sections.append(satisfaction_section(survey))
    return sections


def satisfaction_section(survey) -> Section:
    if not survey.shown:
        note = _(
            "%(count)s answers: too few to show (at least %(min)s), so that no "
            "one's answers can be singled out."
        ) % {"count": survey.count, "min": survey.min_group}
    else:
        note = _("%(count)s answers in the period.") % {"count": survey.count}
    return Section(
        f"satisfaction-{survey.key}",
        _("Satisfaction: %(survey)s") % {"survey": survey.title},
        [_("Question"), _("Mean"), _("Answers")],
        [[q.label, q.mean, q.answered] for q in survey.questions],
        chart=bool(survey.questions),
        note=note,
        extra={"answers": survey.count, "shown": survey.shown},
    )


def plain(value: Any) -> Any:
    """A figure as JSON and spreadsheets take it."""
    if isinstance(value, Decimal):
        return float(value)
    return value
