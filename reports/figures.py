"""The fund report's figures for one programme and one period.

Read through the tenancy (``for_user``), so the figures hold only what the
reader may see; the screen, the XLSX file and the API all show these objects.
Dates are Brussels dates; the period includes its first and last day.
"""

from __future__ import annotations

import datetime
import statistics
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from groups.models import Attendance
from groups.recurrence import local
from intake.eligibility import RESIDENCE_STATUS_CHOICES
from intake.models import Participant, Programme, Sex
from reports.models import FundSettings
from reports.satisfaction import SurveyMeans, satisfaction_means
from reports.timelines import DECISIONS, ENDED, S, Timeline, timelines
from surveys.countries import is_third_country
from workflow.models import Referral

#: Age bands the fund reports in (lower bound, label); ages on the period's
#: first day.
AGE_BANDS = [
    (0, _("Under 18")),
    (18, _("18–24")),
    (25, _("25–34")),
    (35, _("35–44")),
    (45, _("45–54")),
    (55, _("55–64")),
    (65, _("65 and over")),
]
UNKNOWN = _("Not recorded")


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date

    @property
    def starts_at(self) -> datetime.datetime:
        return local(self.start, datetime.time())

    @property
    def ends_at(self) -> datetime.datetime:
        """The first moment after the period."""
        return local(self.end + datetime.timedelta(days=1), datetime.time())

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    count: int | float | Decimal | None
    #: The count times the split key, where the fund asks for it.
    charged: Decimal | None = None


@dataclass
class Breakdown:
    key: str
    title: str
    rows: list[Row]


@dataclass
class FundReport:
    programme: Programme
    period: Period
    fund_name: str
    split_key: Decimal
    outcomes: list[Row]
    participants: Row
    hours: Row
    breakdowns: list[Breakdown]
    medians: list[Row]
    satisfaction: list[SurveyMeans] = field(default_factory=list)

    @property
    def split_percent(self) -> Decimal:
        return (self.split_key * 100).quantize(Decimal("0.1")).normalize()


def charged(count, split_key: Decimal) -> Decimal:
    return (Decimal(count) * split_key).quantize(Decimal("0.01"), ROUND_HALF_UP)


def fund_settings(programme: Programme) -> FundSettings:
    """The programme's settings, or the default ones (not saved)."""
    found = FundSettings.objects.filter(programme=programme).first()
    return found or FundSettings(programme=programme)


def fund_report(user, programme: Programme, period: Period) -> FundReport:
    """Every figure of the report, as ``user`` may see them."""
    settings = fund_settings(programme)
    key = settings.split_key
    referrals = Referral.objects.for_user(user).filter(programme=programme)
    lines = timelines(referrals.select_related("participant"))
    start, end = period.starts_at, period.ends_at
    followed = {
        line.referral.participant
        for line in lines
        if line.referral.participant is not None
        and line.submitted_at < end
        and line.state_at(start) not in ENDED
    }
    people = sorted(followed, key=lambda p: p.pk)
    hours = attended_hours(user, programme, period)
    return FundReport(
        programme=programme,
        period=period,
        fund_name=settings.fund_name or "AMIF",
        split_key=key,
        outcomes=outcomes(lines, period, key),
        participants=Row(
            "participants",
            str(_("Participants followed in the period")),
            len(people),
            charged(len(people), key),
        ),
        hours=Row("hours", str(_("Hours attended")), hours, charged(hours, key)),
        breakdowns=breakdowns(people, period),
        medians=medians(lines, period),
        satisfaction=satisfaction_means(user, programme, period),
    )


def outcomes(lines: list[Timeline], period: Period, key: Decimal) -> list[Row]:
    start, end = period.starts_at, period.ends_at
    counts = [
        (
            "referred",
            _("Referred"),
            sum(1 for line in lines if start <= line.submitted_at < end),
        ),
        (
            "accepted",
            _("Accepted"),
            sum(1 for line in lines if line.reached_between(S.ACCEPTED, start, end)),
        ),
        (
            "in_progress",
            _("In progress at the end of the period"),
            sum(1 for line in lines if line.state_at(end) == S.IN_PROGRESS),
        ),
        (
            "completed",
            _("Completed"),
            sum(1 for line in lines if line.reached_between(S.COMPLETED, start, end)),
        ),
        (
            "dropped_out",
            _("Dropped out"),
            sum(1 for line in lines if line.reached_between(S.DROPPED_OUT, start, end)),
        ),
    ]
    return [Row(k, str(label), n, charged(n, key)) for k, label, n in counts]


def age_on(born: datetime.date, day: datetime.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def age_band(born: datetime.date | None, day: datetime.date) -> str:
    if born is None:
        return str(UNKNOWN)
    age = age_on(born, day)
    return str([label for lower, label in AGE_BANDS if age >= lower][-1])


def age_rows(people: list[Participant], day: datetime.date) -> list[Row]:
    counts = Counter(age_band(p.date_of_birth, day) for p in people)
    rows = [
        Row(str(lower), str(label), counts[str(label)]) for lower, label in AGE_BANDS
    ]
    if counts[str(UNKNOWN)]:
        rows.append(Row("", str(UNKNOWN), counts[str(UNKNOWN)]))
    return rows


def nationality_group(code: str) -> str:
    if not code:
        return "unknown"
    return "third_country" if is_third_country(code) else "free_movement"


def breakdowns(people: list[Participant], period: Period) -> list[Breakdown]:
    """By sex, age band, nationality (third country or not), residence status:
    every category listed, even when nobody is in it."""

    def rows(values, categories) -> list[Row]:
        counts = Counter(values)
        listed = [Row(str(k), str(label), counts[k]) for k, label in categories]
        if counts[""]:
            listed.append(Row("", str(UNKNOWN), counts[""]))
        return listed

    return [
        Breakdown("sex", str(_("Sex")), rows([p.sex for p in people], Sex.choices)),
        Breakdown("age", str(_("Age band")), age_rows(people, period.start)),
        Breakdown(
            "nationality",
            str(_("Nationality")),
            rows(
                [nationality_group(p.nationality) for p in people],
                [
                    ("third_country", _("Third country (outside the EU, EEA and CH)")),
                    ("free_movement", _("EU, EEA or Switzerland")),
                    ("unknown", UNKNOWN),
                ],
            ),
        ),
        Breakdown(
            "residence_status",
            str(_("Residence status")),
            rows([p.residence_status for p in people], RESIDENCE_STATUS_CHOICES),
        ),
    ]


def median_days(values: list[float]) -> Decimal | None:
    if not values:
        return None
    return Decimal(str(statistics.median(values))).quantize(Decimal("0.1"))


def medians(lines: list[Timeline], period: Period) -> list[Row]:
    """Over the referrals sent in the period."""
    sent = [
        line for line in lines if period.starts_at <= line.submitted_at < period.ends_at
    ]
    to_decision = [d for line in sent if (d := line.days_to(DECISIONS)) is not None]
    to_interview = [
        d for line in sent if (d := line.days_to([S.ORIENTATION_DONE])) is not None
    ]
    return [
        Row(
            "days_to_decision",
            str(_("Median days from referral to decision")),
            median_days(to_decision),
        ),
        Row(
            "days_to_first_interview",
            str(_("Median days from referral to first interview")),
            median_days(to_interview),
        ),
    ]


def attended_hours(user, programme: Programme, period: Period) -> Decimal:
    """Minutes attended at the programme's sessions of the period, in hours."""
    minutes = (
        Attendance.objects.for_user(user)
        .filter(
            session__programme=programme,
            session__starts_at__gte=period.starts_at,
            session__starts_at__lt=period.ends_at,
        )
        .aggregate(total=Sum("minutes"))["total"]
        or 0
    )
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"), ROUND_HALF_UP)
