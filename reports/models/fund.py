"""What the European fund (AMIF) needs to know about a programme."""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class FundSettings(models.Model):
    """A programme's split key: the share of its costs charged to the fund.

    The fund pays only for third-country nationals. Ghent admits every allophone
    and charges the fund a fixed share (a little over 60%); the report applies
    that share to the counts the fund asks for, and says so. Without settings,
    the whole programme is charged (a share of 1).
    """

    programme = models.OneToOneField(
        "intake.Programme",
        on_delete=models.CASCADE,
        related_name="fund_settings",
        verbose_name=_("programme"),
    )
    fund_name = models.CharField(_("fund"), max_length=120, default="AMIF", blank=True)
    split_key = models.DecimalField(
        _("split key"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text=_(
            "Share of the costs charged to the fund, between 0 and 1 (0.62 for 62%)."
        ),
    )

    class Meta:
        verbose_name = _("fund settings")
        verbose_name_plural = _("fund settings")

    def __str__(self) -> str:
        return f"{self.programme} · {self.split_key}"
