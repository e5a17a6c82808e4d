"""Notifications of a referral's moves, and how each person wants to hear of them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from workflow.models.history import TransitionLog
from workflow.models.referral import ReferralState


class Notification(models.Model):
    """A referral moved, or something about its participant needs attention
    (a notice, such as absences in a row), or a notice about no referral at all
    (her export is ready: ``link`` says where to go): one row per person who
    should hear.

    Rows are written in the transition's transaction and pushed after commit;
    a client that was away asks for what came after the last id it saw.
    """

    # A move told to an antenna writes hundreds of rows in the coach's request,
    # and PostgreSQL checks each row's foreign keys at commit, one look-up (and
    # one row lock) per key and row: with 500 recipients the four keys cost the
    # request 33 ms; the recipient's alone, 3-4 ms, which was the difference
    # between 1.1x and 1.2-1.25x for bench notify_latency's goal (the request
    # with 500 recipients within 1.2x of the one with 20). So Django, not the
    # database, checks all four, and keeps their on_delete rules (CASCADE,
    # PROTECT), as tests/workflow/test_notification_keys.py shows. Each exists
    # by construction: the rows are made by the database from the users table
    # in the same statement (notifications_insert); the move, its actor and its
    # referral are the same for every row, in the same transaction (the move
    # holds its referral's row FOR UPDATE until commit). Nothing deletes a
    # referral, a move or a user but Django's collector; a user deleted while a
    # move is being told leaves a row nobody reads (ids are never reused), where
    # a database check would have failed the coach's move.
    # Rows are read by their recipient only (the index below). The referral, the
    # move and the actor have no index of their own: each would be written 500
    # times per move (about 1 ms of the request with 500 recipients) for the
    # sake of a deletion, which then reads the table instead (the app deletes
    # no referral and no move; a user's deletion is an administrator's rare
    # act). The recipient's own index would repeat that index's first column.
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
        db_constraint=False,
        db_index=False,
    )
    referral = models.ForeignKey(
        "workflow.Referral",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("referral"),
        db_constraint=False,
        db_index=False,
    )
    #: Where the notice leads when it is about no referral (else: the referral).
    link = models.CharField(_("link"), max_length=300, blank=True)
    #: The move it tells of; empty for a notice that is not a move (see
    #: :func:`workflow.notifications.notices_create`).
    log = models.ForeignKey(
        TransitionLog,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        db_constraint=False,
        db_index=False,
    )
    kind = models.CharField(_("kind"), max_length=40)
    source = models.CharField(_("from"), max_length=40, choices=ReferralState.choices)
    target = models.CharField(_("to"), max_length=40, choices=ReferralState.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("by"),
        db_constraint=False,
        db_index=False,
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-pk"]
        indexes = [models.Index(fields=["recipient", "read_at", "id"])]

    def __str__(self) -> str:
        if self.referral_id is None:
            return f"{self.recipient_id}: {self.kind}"
        return f"{self.recipient_id}: {self.referral_id} {self.source} → {self.target}"


class EmailFrequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately")
    DAILY = "daily", _("Once a day (digest)")
    NEVER = "never", _("Never")


class NotificationPreference(models.Model):
    """How a person wants to hear about referrals by e-mail."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    email = models.CharField(
        _("e-mail"),
        max_length=20,
        choices=EmailFrequency.choices,
        default=EmailFrequency.DAILY,
    )

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.email}"
