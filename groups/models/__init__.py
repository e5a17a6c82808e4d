from groups.models.attendance import Attendance
from groups.models.choices import (
    ATTENDED,
    EnrolmentStatus,
    Frequency,
    Presence,
    SessionKind,
    Support,
    Weekday,
)
from groups.models.enrolment import Enrolment
from groups.models.feed import CalendarFeed
from groups.models.group import Group
from groups.models.register import RegisterSave
from groups.models.series import SessionSeries
from groups.models.session import Session

__all__ = [
    "ATTENDED",
    "Attendance",
    "CalendarFeed",
    "Enrolment",
    "EnrolmentStatus",
    "Frequency",
    "Group",
    "Presence",
    "RegisterSave",
    "Session",
    "SessionKind",
    "SessionSeries",
    "Support",
    "Weekday",
]
