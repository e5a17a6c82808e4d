"""The kinds and states the guide names."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SessionKind(models.TextChoices):
    GROUP_SESSION = "group_session", _("Group session")
    INFO_SESSION = "info_session", _("Information session")
    GOAL_DAY = "goal_day", _("GOAL day (in the mother tongue)")
    INDIVIDUAL = "individual", _("Individual appointment")
    TRIAL_DAY = "trial_day", _("Trial-week day")
    EXCURSION = "excursion", _("Excursion")


class Support(models.TextChoices):
    NONE = "", _("None")
    INTERPRETER = "interpreter", _("Interpreter")
    MEDIATOR = "mediator", _("Intercultural mediator")


class Frequency(models.IntegerChoices):
    WEEKLY = 1, _("Every week")
    EVERY_TWO_WEEKS = 2, _("Every two weeks")
    EVERY_THREE_WEEKS = 3, _("Every three weeks")


class Weekday(models.IntegerChoices):
    # dateutil's and Python's numbering: Monday is 0.
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class EnrolmentStatus(models.TextChoices):
    ENROLLED = "enrolled", _("In the group")
    WAITING = "waiting", _("On the waiting list")
    LEFT = "left", _("Left the group")


class Presence(models.TextChoices):
    PRESENT = "present", pgettext_lazy("attendance", "Present")
    LATE = "late", pgettext_lazy("attendance", "Late")
    LEFT_EARLY = "left_early", pgettext_lazy("attendance", "Left early")
    EXCUSED = "excused", pgettext_lazy("attendance", "Absent, excused")
    UNEXCUSED = "unexcused", pgettext_lazy("attendance", "Absent, not excused")


#: Who was there (for some of the time at least).
ATTENDED = (Presence.PRESENT, Presence.LATE, Presence.LEFT_EARLY)
