"""One reminder to one person about one session, and what became of it."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.models import ContactChannel
from intake.roles import Role
from intake.tenancy import Scope, TenantQuerySet, programme_team


class ReminderKind(models.TextChoices):
    BEFORE = "before", _("Before the session")
    MOVED = "moved", _("Session moved")
    CANCELLED = "cancelled", _("Session cancelled")


class ReminderState(models.TextChoices):
    PENDING = "pending", _("To send")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    SKIPPED = "skipped", _("Not sent")
    FAILED = "failed", _("Failed")


class SkipReason(models.TextChoices):
    NO_CONSENT = "no_consent", _("No consent to be contacted")
    INVALID_PHONE = "invalid_phone", _("Not a valid phone number")
    NO_EMAIL = "no_email", _("No e-mail address")
    SESSION_CANCELLED = "session_cancelled", _("The session is cancelled")
    SESSION_RESTORED = "session_restored", _("The session is no longer cancelled")
    SESSION_MOVED_AGAIN = "moved_again", _("The session moved again since")
    TOO_LATE = "too_late", _("The session has started")
    BOUNCED = "bounced", _("The e-mail was refused")
    PROVIDER_ERROR = "provider_error", _("The SMS provider refused it")


class ReminderQuerySet(TenantQuerySet):
    """The session's programme team; the CPAS's administrators."""

    cpas_lookup = "session__programme__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope: Scope, roles: set[Role]) -> models.Q:
        return programme_team(scope, roles, "session__programme")


class Reminder(models.Model):
    """Claimed (inserted) before it is sent, never twice: one row per session,
    person, kind and ``key`` (minutes before the session for a reminder; the
    new start, in minutes since the epoch, for a move; the cancellation's
    time for a cancellation)."""

    session = models.ForeignKey(
        "groups.Session",
        on_delete=models.CASCADE,
        related_name="reminders",
        verbose_name=_("session"),
    )
    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.CASCADE,
        related_name="reminders",
        verbose_name=_("participant"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=ReminderKind.choices)
    key = models.BigIntegerField(editable=False)
    due_at = models.DateTimeField(_("due"))
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=ReminderState.choices,
        default=ReminderState.PENDING,
    )
    reason = models.CharField(
        _("reason"), max_length=20, choices=SkipReason.choices, blank=True
    )
    detail = models.CharField(_("detail"), max_length=300, blank=True)
    channel = models.CharField(
        _("channel"), max_length=10, choices=ContactChannel.choices, blank=True
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    run = models.CharField(max_length=36, blank=True, editable=False, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    objects = ReminderQuerySet.as_manager()

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-due_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participant", "kind", "key"],
                name="reminder_once",
            )
        ]
        indexes = [models.Index(fields=["state", "due_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.participant} · {self.session}"
