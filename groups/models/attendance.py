"""Who came to a session, how long, and why not."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

from groups.models.choices import Presence
from groups.models.tenancy import AttendanceQuerySet


class PrivateStorage(FileSystemStorage):
    """Files that only the tenancy may hand out (``PRIVATE_MEDIA_ROOT``, never
    served as media): absence certificates say things about health."""

    @property
    def base_location(self):
        return Path(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return str(Path(settings.PRIVATE_MEDIA_ROOT).resolve())

    @property
    def base_url(self):
        return None


def certificate_path(attendance: Attendance, filename: str) -> str:
    suffix = Path(filename).suffix.lower()[:6]
    return f"certificates/{attendance.session_id}/{attendance.participant_id}{suffix}"


class Attendance(models.Model):
    """One participant at one session. ``minutes`` is what counts towards her
    hours: the session's length when present, less what she missed when late or
    gone early, nothing when absent."""

    session = models.ForeignKey(
        "groups.Session",
        on_delete=models.PROTECT,
        related_name="attendances",
        verbose_name=_("session"),
    )
    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.PROTECT,
        related_name="attendances",
        verbose_name=_("participant"),
    )
    status = models.CharField(_("attendance"), max_length=20, choices=Presence.choices)
    minutes_missed = models.PositiveSmallIntegerField(_("minutes missed"), default=0)
    minutes = models.PositiveIntegerField(_("minutes attended"), default=0)
    note = models.CharField(_("note"), max_length=500, blank=True)
    certificate = models.FileField(
        _("certificate"),
        storage=PrivateStorage(),
        upload_to=certificate_path,
        blank=True,
        max_length=200,
    )
    certificate_type = models.CharField(max_length=60, blank=True, editable=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(auto_now=True)

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        ordering = ["session__starts_at", "participant__last_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participant"], name="attendance_once_per_session"
            )
        ]
        indexes = [models.Index(fields=["participant", "session"])]

    def __str__(self) -> str:
        return f"{self.participant} · {self.session}: {self.get_status_display()}"
