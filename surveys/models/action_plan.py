"""Action plan follow-up: the steps of a plan, each with its history.

A sent action plan (a form with an ``action_plan`` question) creates one
:class:`ActionStep` per row; at later interviews the coach marks each step done,
in progress or dropped, and every change is kept as an :class:`ActionStepUpdate`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.tenancy import ProgrammeTeamQuerySet


class StepStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class ActionStep(models.Model):
    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.CASCADE,
        related_name="action_steps",
        verbose_name=_("participant"),
    )
    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.CASCADE,
        related_name="action_steps",
        verbose_name=_("programme"),
    )
    submission = models.ForeignKey(
        "surveys.Submission",
        on_delete=models.CASCADE,
        related_name="action_steps",
        verbose_name=_("action plan"),
    )
    #: The question's key and the row's index in the plan: stable.
    question_key = models.CharField(max_length=100)
    row = models.PositiveIntegerField()
    goal = models.CharField(_("goal"), max_length=500)
    step = models.CharField(_("step"), max_length=500)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    owner = models.CharField(_("who"), max_length=500, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=StepStatus.choices,
        default=StepStatus.PLANNED,
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProgrammeTeamQuerySet.as_manager()

    class Meta:
        verbose_name = _("action plan step")
        verbose_name_plural = _("action plan steps")
        ordering = ["due_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "question_key", "row"],
                name="action_step_unique_row",
            )
        ]

    def __str__(self) -> str:
        return f"{self.goal} · {self.step}"


class ActionStepUpdate(models.Model):
    """One change of a step's status, by whom, when, at which interview."""

    action_step = models.ForeignKey(
        ActionStep, on_delete=models.CASCADE, related_name="updates"
    )
    status = models.CharField(_("status"), max_length=20, choices=StepStatus.choices)
    note = models.TextField(_("note"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    #: The interview at which the step was reviewed, when there was one.
    submission = models.ForeignKey(
        "surveys.Submission",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="action_step_updates",
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("action plan step update")
        verbose_name_plural = _("action plan step updates")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.action_step} → {self.status}"
