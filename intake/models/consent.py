"""What each person agreed to: one row per consent given (GDPR art. 7).

A consent records the exact text she was shown, its version (the form editor's
label and a hash of the text, so a changed text is a new version whatever the
label says), when, who recorded it (none when she gave it herself in a survey),
where (the referral form, an interview, a survey, her page) and, once withdrawn,
when, by whom and why. An anonymous survey's consent names nobody: it stays in
its answers (the answer keeps the version, the frozen form version the text).
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.models.participant import Participant
from intake.tenancy import TenantQuerySet


def text_hash(text: str) -> str:
    """The version of a consent text that its wording alone decides."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


class ConsentPurpose(models.TextChoices):
    REFERRAL = "referral", _("Her data used for her referral and her follow-up")
    SURVEY = "survey", _("Her survey answers kept with her name")
    CONTACT = "contact", _("Reminders and messages by SMS or e-mail")


class ConsentSource(models.TextChoices):
    REFERRAL_FORM = "referral_form", _("Referral form")
    INTERVIEW = "interview", _("Form filled with her")
    SURVEY = "survey", _("Survey she answered herself")
    PARTICIPANT_PAGE = "participant_page", _("Her page, by a team member")
    IMPORT = "import", _("Imported spreadsheet")


class ConsentRecordQuerySet(TenantQuerySet):
    """Seen by whoever sees the participant (``Participant.objects.for_user``)."""

    cpas_lookup = "participant__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope, roles) -> models.Q:
        seen = Participant.objects.for_user(user).values("pk")
        return models.Q(participant__in=seen)

    def active(self) -> ConsentRecordQuerySet:
        return self.filter(withdrawn_at__isnull=True)


class ConsentRecord(models.Model):
    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.PROTECT,
        related_name="consents",
        verbose_name=_("participant"),
    )
    purpose = models.CharField(
        _("purpose"), max_length=20, choices=ConsentPurpose.choices
    )
    text = models.TextField(_("text she was shown"))
    version = models.CharField(_("version of the text"), max_length=100, blank=True)
    text_hash = models.CharField(_("fingerprint of the text"), max_length=64)
    given_at = models.DateTimeField(_("given"), db_index=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    #: Kept when the account is gone; empty when she gave it herself.
    recorded_by_name = models.CharField(_("recorded by"), max_length=150, blank=True)
    source = models.CharField(_("where"), max_length=20, choices=ConsentSource.choices)
    #: What recorded it (``submission:<id>:<question>``): recorded once.
    origin = models.CharField(max_length=100, blank=True, editable=False)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("withdrawn by"),
    )
    withdrawn_by_name = models.CharField(_("withdrawn by"), max_length=150, blank=True)
    withdrawal_reason = models.TextField(_("reason for the withdrawal"), blank=True)

    objects = ConsentRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "origin"],
                condition=~models.Q(origin=""),
                name="consent_recorded_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} · {self.given_at:%Y-%m-%d}"

    @property
    def version_label(self) -> str:
        """The editor's label and the text's fingerprint: ``v1 · 3f2a9c1b``."""
        short = self.text_hash[:8]
        return f"{self.version} · {short}" if self.version else short

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None
