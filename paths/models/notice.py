"""Which overdue steps were told about: each once per referral and step."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class OverdueNotice(models.Model):
    """Everyone on the referral was told that this step is late (once: the
    unique pair is what keeps two overlapping runs from telling twice)."""

    referral = models.ForeignKey(
        "workflow.Referral",
        on_delete=models.CASCADE,
        related_name="overdue_notices",
        verbose_name=_("referral"),
    )
    step = models.ForeignKey(
        "paths.PathStep",
        on_delete=models.CASCADE,
        related_name="overdue_notices",
        verbose_name=_("step"),
    )
    due_on = models.DateField(_("expected by"))
    recipients = models.PositiveIntegerField(_("people told"), default=0)
    sent_at = models.DateTimeField(_("told"), auto_now_add=True)

    class Meta:
        verbose_name = _("overdue step notice")
        verbose_name_plural = _("overdue step notices")
        constraints = [
            models.UniqueConstraint(
                fields=["referral", "step"], name="paths_overdue_once_per_step"
            )
        ]

    def __str__(self) -> str:
        return f"{self.referral_id}: {self.step_id} ({self.due_on})"
