"""The forms filled for a referral: a link kept on the workflow's side.

``surveys`` stores the answers and knows nothing of referrals; a referral names
its forms here (:attr:`Referral.submissions <workflow.models.Referral.submissions>`
reads through this table). One submission is filled for at most one referral.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferralSubmission(models.Model):
    """One form filled for one referral."""

    referral = models.ForeignKey(
        "workflow.Referral",
        on_delete=models.PROTECT,
        related_name="submission_links",
        verbose_name=_("referral"),
    )
    submission = models.OneToOneField(
        "surveys.Submission",
        on_delete=models.CASCADE,
        related_name="referral_link",
        verbose_name=_("submission"),
    )

    class Meta:
        verbose_name = _("form filled for a referral")
        verbose_name_plural = _("forms filled for referrals")

    def __str__(self) -> str:
        return f"{self.referral_id}: {self.submission_id}"
