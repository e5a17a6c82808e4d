"""One follow-up after exit, scheduled when a referral is completed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intake.roles import Role
from intake.tenancy import Scope, TenantQuerySet, antenna_team, programme_team


class FollowUpQuerySet(TenantQuerySet):
    """The programme's team holds the follow-ups; the referring antenna's social
    workers see those of their referrals; the CPAS's administrators all."""

    cpas_lookup = "programme__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope: Scope, roles: set[Role]) -> models.Q:
        return programme_team(scope, roles) | antenna_team(
            scope, roles, "referral__antenna"
        )

    def open(self) -> FollowUpQuerySet:
        return self.filter(done_at__isnull=True)

    def due(self, today=None) -> FollowUpQuerySet:
        """Not done, and their day has come."""
        return self.open().filter(due_on__lte=today or timezone.localdate())


class FollowUp(models.Model):
    """The coach contacts the participant ``months_after`` her path ended and
    fills the plan's form with her; sending it (linked to this follow-up through
    ``?followup=<id>``) marks it done. The referring social worker is told when
    it is due and when it is done."""

    referral = models.ForeignKey(
        "workflow.Referral",
        on_delete=models.CASCADE,
        related_name="follow_ups",
        verbose_name=_("referral"),
    )
    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("programme"),
    )
    months_after = models.PositiveSmallIntegerField(_("months after the end"))
    form = models.ForeignKey(
        "surveys.FormPage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("form"),
    )
    due_on = models.DateField(_("due"))
    scheduled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("scheduled by"),
    )
    due_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    submission = models.OneToOneField(
        "surveys.Submission",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="follow_up",
        verbose_name=_("form sent"),
    )
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("done by"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["programme", "done_at", "due_on"])]
        constraints = [
            models.UniqueConstraint(
                fields=["referral", "months_after"], name="follow_up_once_per_step"
            )
        ]

    def __str__(self) -> str:
        return f"{self.referral_id}: +{self.months_after}"

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def overdue_days(self, today) -> int:
        """Days past its due date, while not done (0 otherwise)."""
        if self.done or self.due_on >= today:
            return 0
        return (today - self.due_on).days
