"""What the register page shows for each person: her mark and her hours of the
session's week against the programme's target."""

from __future__ import annotations

from dataclasses import dataclass

from groups.models import Attendance, Session
from groups.recurrence import BRUSSELS
from groups.selectors.calendar import monday_of
from groups.selectors.hours import WeekHours, weekly_minutes
from groups.selectors.registers import expected_people
from intake.models import Participant


@dataclass
class RegisterRow:
    participant: Participant
    attendance: Attendance | None
    week: WeekHours

    @property
    def status(self) -> str:
        return self.attendance.status if self.attendance else ""


def register_rows(session: Session) -> list[RegisterRow]:
    """Everyone the register lists, in name order (three queries)."""
    people = list(expected_people(session))
    marks = {
        row.participant_id: row for row in Attendance.objects.filter(session=session)
    }
    monday = monday_of(session.starts_at.astimezone(BRUSSELS).date())
    totals = weekly_minutes(
        [p.pk for p in people],
        programme_id=session.programme_id,
        first_monday=monday,
        weeks=1,
    )
    target = session.programme.weekly_hours_target
    return [
        RegisterRow(
            participant=person,
            attendance=marks.get(person.pk),
            week=WeekHours(
                monday=monday, minutes=totals.get((person.pk, monday), 0), target=target
            ),
        )
        for person in people
    ]


def week_hours_json(session: Session) -> dict[str, dict]:
    """The hours of the session's week by participant id (what a save answers)."""
    return {
        str(row.participant.pk): {
            "hours": str(row.week.hours),
            "target": str(row.week.target) if row.week.target is not None else "",
            "percent": row.week.percent,
        }
        for row in register_rows(session)
    }
