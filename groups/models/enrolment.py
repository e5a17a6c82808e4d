"""A participant in a group, or waiting for a place in it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from groups.models.choices import EnrolmentStatus
from groups.models.tenancy import EnrolmentQuerySet


class Enrolment(models.Model):
    """One participant's place in one group, from an accepted or running referral.

    A person may be in several groups at once (Interactief!'s parallel modules).
    The waiting list keeps its order (``position``) and its age
    (``waiting_since``). A place past the group's capacity needs a manager's
    written reason (``over_capacity_reason``).
    """

    group = models.ForeignKey(
        "groups.Group",
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("group"),
    )
    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("participant"),
    )
    referral = models.ForeignKey(
        "workflow.Referral",
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("referral"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EnrolmentStatus.choices
    )
    position = models.PositiveIntegerField(_("place on the waiting list"), null=True)
    waiting_since = models.DateTimeField(_("waiting since"), null=True, blank=True)
    enrolled_on = models.DateField(_("in the group since"), null=True, blank=True)
    left_on = models.DateField(_("left on"), null=True, blank=True)
    over_capacity_reason = models.TextField(
        _("reason to enrol past the group's places"), blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["group", "status", "position", "participant__last_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "participant"], name="enrolment_once_per_group"
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant} · {self.group}"
