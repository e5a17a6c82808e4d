"""Submissions: answers under stable keys, linked to the version they answered."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.tenancy import TEAM_ROLES, TenantQuerySet, programme_team


class SubmissionQuerySet(TenantQuerySet):
    cpas_lookup = "programme__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope, roles) -> models.Q:
        """CPAS administrators: their CPAS's. Coaches and managers: their
        programmes'. Anyone else: what she submitted herself."""
        if roles & TEAM_ROLES:
            return programme_team(scope, roles)
        return models.Q(submitted_by=user)

    def of_form(self, translation_key) -> SubmissionQuerySet:
        """Every language's submissions of one form: one dataset."""
        return self.filter(translation_key=translation_key)


class Submission(models.Model):
    """One filled form. ``answers`` maps each question's key to its value."""

    version = models.ForeignKey(
        "surveys.FormVersion",
        on_delete=models.PROTECT,
        related_name="submissions",
        verbose_name=_("form version"),
    )
    translation_key = models.UUIDField(db_index=True)
    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.PROTECT,
        related_name="submissions",
        verbose_name=_("programme"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.PROTECT, verbose_name=_("language")
    )
    answers = models.JSONField(_("answers"), default=dict)
    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="submissions",
        verbose_name=_("participant"),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    client_uuid = models.UUIDField(
        _("client id"),
        null=True,
        blank=True,
        unique=True,
        help_text=_("Sent by the browser so that a repeated send is stored once."),
    )
    invitation = models.ForeignKey(
        "surveys.Invitation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submissions",
        verbose_name=_("invitation"),
    )
    notes = models.TextField(_("interview notes"), blank=True)
    next_appointment = models.DateTimeField(
        _("next appointment"), null=True, blank=True
    )
    submitted_at = models.DateTimeField(
        _("submitted"), auto_now_add=True, db_index=True
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.version.page.title} · {self.submitted_at:%Y-%m-%d %H:%M}"
