"""Invitations to a participant survey: a personal link or a group session code.

Only a hash of the token is stored (:mod:`surveys.participant_surveys.invitations`
makes and checks tokens): the link itself is shown once, when it is made or renewed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intake.tenancy import ProgrammeTeamQuerySet


class InvitationKind(models.TextChoices):
    PERSONAL = "personal", _("Personal link (one person, once)")
    SESSION = "session", _("Group session code (QR code)")


class Invitation(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=InvitationKind.choices)
    form = models.ForeignKey(
        "surveys.FormPage",
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("survey"),
    )
    #: The survey in all its languages.
    translation_key = models.UUIDField(db_index=True)
    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("programme"),
    )
    label = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("For example: “Module 3, Tuesday group”."),
    )
    session_date = models.DateField(_("session date"), null=True, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    max_uses = models.PositiveIntegerField(_("number of people"), default=1)
    use_count = models.PositiveIntegerField(_("answers received"), default=0)
    expires_at = models.DateTimeField(_("valid until"))
    revoked_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="invitations",
        verbose_name=_("participant"),
        help_text=_(
            "Only for personal links. Answers are linked to the person only when "
            "the survey asks for it and she agrees."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("made by"),
    )
    created_at = models.DateTimeField(_("made"), auto_now_add=True)

    objects = ProgrammeTeamQuerySet.as_manager()

    class Meta:
        verbose_name = _("survey invitation")
        verbose_name_plural = _("survey invitations")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(use_count__lte=models.F("max_uses")),
                name="invitation_not_overused",
            )
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_used_up(self) -> bool:
        return self.use_count >= self.max_uses
