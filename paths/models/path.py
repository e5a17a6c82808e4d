"""Each programme's path as data: its steps in order, each tied to what shows
it is done (a form sent, sessions attended, a state or a phase of the referral)
and the delay within which it is expected after the step before it.

A programme manager edits her programme's path in the Wagtail admin (*Programme
paths*); :mod:`paths.progress` reads it against a referral.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from groups.models import SessionKind
from intake.models import Phase
from intake.roles import Role
from intake.tenancy import NOTHING, Scope, TenantQuerySet, programme_team
from workflow.models import ReferralState


class StepKind(models.TextChoices):
    """The steps the programmes' guide names."""

    INFO_SESSION = "info_session", _("Information session")
    ORIENTATION_INTERVIEW = "orientation_interview", _("Orientation interview")
    LANGUAGE_TEST = "language_test", _("Language test")
    ACTION_PLAN = "action_plan", _("Action plan")
    TRIAL_WEEK = "trial_week", _("Trial week")
    CONTRACT = "contract", _("Contract signature")
    GROUP_PHASE = "group_phase", _("Group phase")
    PHASE = "phase", _("Phase of the individual coaching")
    FINAL_EVALUATION = "final_evaluation", _("Final evaluation")
    FOLLOW_UP = "follow_up", _("Follow-up after the programme")


class PathQuerySet(TenantQuerySet):
    """The programme's team (coaches and managers) sees its path; only its
    managers change it (:meth:`managed_by`)."""

    cpas_lookup = "programme__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope: Scope, roles) -> models.Q:
        return programme_team(scope, roles)

    def managed_by(self, user) -> PathQuerySet:
        def managers(user, scope: Scope, roles) -> models.Q:
            if Role.PROGRAMME_MANAGER in roles:
                return models.Q(programme__in=scope.programme_ids)
            return NOTHING

        return self.scoped(user, managers, cpas_admin_sees_all=False)


class ProgrammePath(ClusterableModel):
    """One programme's path: its steps, in order."""

    programme = models.OneToOneField(
        "intake.Programme",
        on_delete=models.CASCADE,
        related_name="path",
        verbose_name=_("programme"),
    )
    intro = models.TextField(
        _("what the path is"),
        blank=True,
        help_text=_("A sentence or two for the team, shown above the steps."),
    )

    objects = PathQuerySet.as_manager()

    class Meta:
        verbose_name = _("programme path")
        verbose_name_plural = _("programme paths")
        ordering = ["programme__name"]

    def __str__(self) -> str:
        return str(self.programme)


class PathStep(Orderable):
    """One step: what it is, what shows it is done, and when it is expected."""

    path = ParentalKey(ProgrammePath, on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField(_("kind of step"), max_length=30, choices=StepKind.choices)
    title = models.CharField(
        _("name"),
        max_length=120,
        blank=True,
        help_text=_("As the team calls it; the kind of step when empty."),
    )
    times = models.PositiveSmallIntegerField(
        _("how many times"),
        default=1,
        help_text=_("E.g. six weekly orientation interviews: 6."),
    )
    form = models.ForeignKey(
        "surveys.FormPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("done when this form is sent"),
    )
    session_kind = models.CharField(
        _("done when she attended sessions of this kind"),
        max_length=20,
        choices=SessionKind.choices,
        blank=True,
    )
    state = models.CharField(
        _("done when the referral reached this state"),
        max_length=40,
        choices=ReferralState.choices,
        blank=True,
    )
    phase = models.CharField(
        _("done when the path reached this phase"),
        max_length=20,
        choices=Phase.choices,
        blank=True,
    )
    within_days = models.PositiveSmallIntegerField(
        _("expected within (days)"),
        null=True,
        blank=True,
        help_text=_(
            "Days after the step before it (after the referral was sent, for the "
            "first step); late after that. Empty: no delay."
        ),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.title or str(StepKind(self.kind).label)

    def ties(self) -> list[str]:
        """What the step is tied to (exactly one of them when valid)."""
        tied = [
            self.form_id is not None,
            bool(self.session_kind),
            bool(self.state),
            bool(self.phase),
        ]
        return [name for name, on in zip(TIES, tied, strict=True) if on]

    def clean(self) -> None:
        if len(self.ties()) != 1:
            raise ValidationError(
                _(
                    "Tie the step to one thing that shows it is done: a form, a "
                    "kind of session, a state of the referral or a phase."
                )
            )
        if self.times < 1:
            raise ValidationError({"times": _("At least once.")})


TIES = ("form", "session_kind", "state", "phase")
