"""A group's rhythm: sessions that come back (every week, every two or three
weeks, on alternating days), turned into :class:`Session` rows by
:func:`groups.services.schedules.series_sessions_sync`."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable

from groups.models.choices import Frequency, SessionKind


class SessionSeries(Orderable):
    """One recurrence rule of a group, in Brussels wall-clock time.

    ``weekdays`` are Python's numbers (Monday 0). With ``alternate_weekdays``
    the days take turns week by week (AMIE: Wednesday one week, Friday the
    next) instead of all coming each week. ``skipped_dates`` are the exceptions
    (holidays); a single session moved or cancelled is changed on its row.
    """

    group = ParentalKey("groups.Group", on_delete=models.CASCADE, related_name="series")
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=SessionKind.choices,
        default=SessionKind.GROUP_SESSION,
    )
    title = models.CharField(
        _("title"), max_length=120, blank=True, help_text=_("Empty: the group's name.")
    )
    frequency = models.PositiveSmallIntegerField(
        _("how often"), choices=Frequency.choices, default=Frequency.WEEKLY
    )
    weekdays = models.JSONField(_("days"), default=list)
    alternate_weekdays = models.BooleanField(
        _("the days take turns"),
        default=False,
        help_text=_("One day a week, in turn (Wednesday, then Friday, then …)."),
    )
    start_time = models.TimeField(_("from"))
    end_time = models.TimeField(_("until"))
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("Empty: the group's.")
    )
    skipped_dates = models.JSONField(_("days without session"), default=list)

    class Meta(Orderable.Meta):
        verbose_name = _("rhythm")
        verbose_name_plural = _("rhythms")

    def __str__(self) -> str:
        return f"{self.group} · {self.get_frequency_display()}"

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("A session must end after it starts.")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The last day cannot come before the first.")
        if not self.weekdays:
            errors["weekdays"] = _("Choose at least one day.")
        if errors:
            raise ValidationError(errors)

    @property
    def skipped(self) -> set[datetime.date]:
        return {datetime.date.fromisoformat(day) for day in self.skipped_dates or []}
