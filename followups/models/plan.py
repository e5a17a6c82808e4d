"""A programme's follow-up plan: after how many months, with which form."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.roles import Role
from intake.tenancy import NOTHING, Scope, TenantQuerySet


class FollowUpStepQuerySet(TenantQuerySet):
    """The CPAS's administrators and the programme's team see its plan."""

    cpas_lookup = "programme__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope: Scope, roles: set[Role]) -> models.Q:
        if roles & {Role.COACH, Role.PROGRAMME_MANAGER}:
            return models.Q(programme__in=scope.programme_ids)
        return NOTHING


class FollowUpStep(models.Model):
    """One follow-up of a programme's plan: ``months_after`` the referral was
    completed, the coach holds ``form`` with the participant (Mod'Actions: at 3
    and 6 months). Completing a referral schedules one
    :class:`~followups.models.FollowUp` per step."""

    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.CASCADE,
        related_name="follow_up_steps",
        verbose_name=_("programme"),
    )
    months_after = models.PositiveSmallIntegerField(
        _("months after the end"),
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("Counted from the day the referral was completed."),
    )
    form = models.ForeignKey(
        "surveys.FormPage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("form"),
        help_text=_("A follow-up interview form of the programme."),
    )

    objects = FollowUpStepQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up after exit")
        verbose_name_plural = _("follow-up plan")
        ordering = ["programme", "months_after"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "months_after"],
                name="follow_up_step_once_per_month",
            )
        ]

    def __str__(self) -> str:
        return str(
            _("%(programme)s: after %(months)d months")
            % {"programme": self.programme, "months": self.months_after}
        )

    def clean(self) -> None:
        super().clean()
        if self.form_id and self.programme_id and self.form.programme != self.programme:
            raise ValidationError(
                {"form": _("This form belongs to another programme.")}
            )
