"""The history of each referral: one row per transition."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from workflow.models.referral import ReferralState


class TransitionLog(models.Model):
    """Who moved which referral from where to where, when, and why."""

    referral = models.ForeignKey(
        "workflow.Referral",
        on_delete=models.CASCADE,
        related_name="transitions",
        verbose_name=_("referral"),
    )
    action = models.CharField(_("action"), max_length=40)
    source = models.CharField(_("from"), max_length=40, choices=ReferralState.choices)
    target = models.CharField(_("to"), max_length=40, choices=ReferralState.choices)
    phase = models.CharField(_("phase"), max_length=20, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("by"),
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("transition")
        verbose_name_plural = _("transitions")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["referral", "created_at"])]

    def __str__(self) -> str:
        return f"{self.referral_id}: {self.source} → {self.target}"
