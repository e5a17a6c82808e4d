"""A session: a group meeting, an information session, a GOAL day, an individual
appointment, a trial-week day or an excursion."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from groups.models.choices import SessionKind, Support
from groups.models.tenancy import SessionQuerySet


class Session(models.Model):
    """One meeting at one time and place. Times are stored in UTC and shown in
    Brussels time; a session of a series keeps the day it was planned for
    (``occurrence``) when it is moved, so the series never plans it twice."""

    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name=_("programme"),
    )
    group = models.ForeignKey(
        "groups.Group",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sessions",
        verbose_name=_("group"),
    )
    series = models.ForeignKey(
        "groups.SessionSeries",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sessions",
        editable=False,
    )
    occurrence = models.DateField(null=True, blank=True, editable=False)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=SessionKind.choices,
        default=SessionKind.GROUP_SESSION,
    )
    title = models.CharField(_("title"), max_length=120, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("led by"),
        help_text=_("Empty for a group session: the group's coaches."),
    )
    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="appointments",
        verbose_name=_("participant"),
        help_text=_("For an individual appointment or a trial-week day."),
    )
    support = models.CharField(
        _("interpreter or mediator"),
        max_length=20,
        choices=Support.choices,
        blank=True,
        default=Support.NONE,
    )
    support_language = models.CharField(_("for the language"), max_length=8, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    moved_from = models.DateTimeField(_("first planned for"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancel_reason = models.CharField(_("why cancelled"), max_length=300, blank=True)
    register_revision = models.PositiveIntegerField(default=0, editable=False)
    register_saved_at = models.DateTimeField(null=True, blank=True, editable=False)
    register_saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at", "pk"]
        indexes = [
            # A programme's month, a group's term: the calendar reads these.
            models.Index(fields=["programme", "starts_at"]),
            models.Index(fields=["group", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="session_ends_after_it_starts",
            ),
            models.UniqueConstraint(
                fields=["series", "occurrence"],
                condition=models.Q(series__isnull=False),
                name="session_once_per_occurrence",
            ),
        ]

    def __str__(self) -> str:
        return self.display_title

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        if self.group_id:
            return self.group.name
        return str(self.get_kind_display())

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("A session must end after it starts.")
        if (
            self.group_id
            and self.programme_id
            and (self.group.programme_id != self.programme_id)
        ):
            errors["group"] = _("This group belongs to another programme.")
        if self.support and not self.support_language:
            errors["support_language"] = _("For which language?")
        if self.kind == SessionKind.INDIVIDUAL and not self.participant_id:
            errors["participant"] = _("An individual appointment is with someone.")
        if errors:
            raise ValidationError(errors)
