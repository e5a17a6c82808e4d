"""A referral: an antenna asks a programme to take a participant in.

The state machine (django-fsm-2) lives here as decorated methods, so the model says
what can happen; who may do it and when are pure functions in
:mod:`workflow.permissions` and :mod:`workflow.conditions`; what each transition
means to people (label, button, reason, who is told) is its ``custom=``
(:mod:`workflow.actions`); the one way to make a transition happen is
:func:`workflow.services.transition`.

The table is still ``intake_referral``: the model moved here from ``intake``
without touching its rows (``workflow/migrations/0003``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from intake.models import Phase
from intake.tenancy import TenantQuerySet, antenna_team, programme_team
from workflow import conditions, permissions
from workflow.actions import Audience, Override, Style, action


class ReferralState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    RETURNED_FOR_INFORMATION = "returned_for_information", _("More information asked")
    ORIENTATION_PLANNED = "orientation_planned", _("Orientation interview planned")
    ORIENTATION_DONE = "orientation_done", _("Orientation interview done")
    WAITLISTED = "waitlisted", _("On the waiting list")
    ACCEPTED = "accepted", _("Accepted")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    REJECTED = "rejected", _("Refused")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    DROPPED_OUT = "dropped_out", _("Dropped out")
    REACTIVATED = "reactivated", _("Coming back")


S = ReferralState
#: States in which the referral is still open (neither ended nor running).
OPEN_STATES = (
    S.SUBMITTED,
    S.IN_REVIEW,
    S.RETURNED_FOR_INFORMATION,
    S.ORIENTATION_PLANNED,
    S.ORIENTATION_DONE,
    S.WAITLISTED,
)


class ReferralQuerySet(TenantQuerySet):
    narrowed_by_role = True

    def role_filter(self, user, scope, roles) -> models.Q:
        """A social worker sees her antenna's referrals, a coach or a manager her
        programmes' (drafts stay with the antenna), an administrator her CPAS's."""
        sent = ~models.Q(state=S.DRAFT)
        return (programme_team(scope, roles) & sent) | antenna_team(scope, roles)


class Referral(ConcurrentTransitionMixin, models.Model):
    """One participant referred to one programme, and where that stands."""

    cpas = models.ForeignKey(
        "intake.Cpas",
        on_delete=models.PROTECT,
        related_name="referrals",
        verbose_name=_("CPAS"),
    )
    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="referrals",
        verbose_name=_("participant"),
    )
    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.PROTECT,
        related_name="referrals",
        verbose_name=_("programme"),
    )
    antenna = models.ForeignKey(
        "intake.Antenna",
        on_delete=models.PROTECT,
        related_name="referrals",
        verbose_name=_("referring antenna"),
    )
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="referrals",
        verbose_name=_("referred by"),
    )
    state = FSMField(
        _("state"),
        default=S.DRAFT,
        choices=ReferralState.choices,
        protected=True,
        db_index=True,
    )
    phase = models.CharField(
        _("phase"), max_length=20, choices=Phase.choices, blank=True
    )
    answers = models.JSONField(
        _("answers of the referral form"),
        default=dict,
        blank=True,
        help_text=_(
            "Kept while the referral is a draft; frozen in a submission once sent."
        ),
    )
    submission = models.ForeignKey(
        "surveys.Submission",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("referral form"),
    )
    eligibility_override = models.TextField(
        _("reason to admit despite the eligibility rules"), blank=True
    )
    orientation_at = models.DateTimeField(
        _("orientation interview"), null=True, blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    state_changed_at = models.DateTimeField(
        _("state since"), default=timezone.now, db_index=True
    )

    #: Every form filled for the referral (the referral form and the programme's
    #: follow-up forms), linked from this side: ``surveys`` knows no referral.
    submissions = models.ManyToManyField(
        "surveys.Submission",
        through="workflow.ReferralSubmission",
        related_name="referrals",
        blank=True,
        verbose_name=_("forms filled"),
    )

    objects = ReferralQuerySet.as_manager()

    class Meta:
        db_table = "intake_referral"
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-state_changed_at", "-pk"]
        indexes = [
            models.Index(fields=["programme", "state", "state_changed_at"]),
            models.Index(fields=["antenna", "state", "state_changed_at"]),
            # The tenancy filters on the CPAS too: with it in front, the
            # dashboard's counts read this index, not the rows (bench/
            # referral_inbox.py, 100,000 referrals: p95 396 ms → 74 ms).
            models.Index(fields=["cpas", "programme", "state", "state_changed_at"]),
            # The lists page by key (workflow/views/keyset.py): the inbox walks
            # its CPAS's referrals in the order of their time in the state (the
            # "waiting more than N days" filter is a range of it), the social
            # worker's list her antenna's, newest first. Page 1,000 then costs
            # what page 1 does (bench/referral_inbox_pg.py).
            models.Index(
                fields=["cpas", "state_changed_at", "id"], name="referral_inbox_keyset"
            ),
            models.Index(
                fields=["antenna", "created_at", "id"], name="referral_antenna_keyset"
            ),
        ]

    def __str__(self) -> str:
        who = self.participant or _("(no participant yet)")
        return f"{who} → {self.programme}"

    # --- the state machine --------------------------------------------------------
    # Each method only changes fields of this row; the service saves, logs and
    # announces. ``reason`` and other data are checked by the service first.

    @transition(
        field=state,
        source=[S.DRAFT],
        target=S.SUBMITTED,
        permission=permissions.is_referrer,
        conditions=[conditions.has_participant, conditions.referral_form_sent],
        custom=action(
            _("Send to the programme"),
            style=Style.PRIMARY,
            tells=(Audience.REFERRER, Audience.PROGRAMME_COACHES),
        ),
    )
    def submit(self, **data) -> None:
        """The social worker sends the referral to the programme."""

    @transition(
        field=state,
        source=[S.RETURNED_FOR_INFORMATION],
        target=S.SUBMITTED,
        permission=permissions.is_referrer,
        conditions=[conditions.has_participant, conditions.referral_form_sent],
        custom=action(
            _("Send again with the information"),
            style=Style.PRIMARY,
            tells=(Audience.REFERRER, Audience.PROGRAMME_COACHES),
        ),
    )
    def resubmit(self, **data) -> None:
        """The social worker answered the request for information."""

    @transition(
        field=state,
        source=[S.DRAFT, *OPEN_STATES],
        target=S.WITHDRAWN,
        permission=permissions.is_referrer,
        custom=action(_("Withdraw the referral"), style=Style.DANGER),
    )
    def withdraw(self, **data) -> None:
        """The social worker takes the referral back."""

    @transition(
        field=state,
        source=[S.SUBMITTED, S.WAITLISTED],
        target=S.IN_REVIEW,
        permission=permissions.is_programme_team,
        custom=action(_("Start the review"), style=Style.PRIMARY),
    )
    def start_review(self, **data) -> None:
        """A coach picks the referral up."""

    @transition(
        field=state,
        source=[S.IN_REVIEW, S.ORIENTATION_PLANNED],
        target=S.RETURNED_FOR_INFORMATION,
        permission=permissions.is_programme_team,
        custom=action(_("Ask for more information"), reason_required=True),
    )
    def return_for_information(self, **data) -> None:
        """The coach needs more information from the social worker."""

    @transition(
        field=state,
        source=[S.IN_REVIEW],
        target=S.ORIENTATION_PLANNED,
        permission=permissions.is_programme_team,
        custom=action(
            _("Plan the orientation interview"),
            style=Style.PRIMARY,
            requires={
                "orientation_at": _(
                    "Give the date and time of the orientation interview."
                )
            },
        ),
    )
    def plan_orientation(self, *, orientation_at=None, **data) -> None:
        """The coach plans the orientation interview."""
        self.orientation_at = orientation_at

    @transition(
        field=state,
        source=[S.ORIENTATION_PLANNED],
        target=S.ORIENTATION_DONE,
        permission=permissions.is_programme_team,
        conditions=[conditions.orientation_interview_submitted],
        custom=action(_("Orientation interview done"), style=Style.PRIMARY),
    )
    def record_orientation(self, **data) -> None:
        """The orientation interview took place and its form is filled."""

    @transition(
        field=state,
        source=[S.IN_REVIEW, S.ORIENTATION_DONE],
        target=S.WAITLISTED,
        permission=permissions.is_programme_manager,
        custom=action(_("Put on the waiting list")),
    )
    def waitlist(self, **data) -> None:
        """No place now: the referral waits and is reviewed again later."""

    @transition(
        field=state,
        source=[S.ORIENTATION_DONE, S.WAITLISTED],
        target=S.ACCEPTED,
        permission=permissions.is_programme_manager,
        conditions=[conditions.eligible_or_overridden],
        custom=action(
            _("Accept"),
            style=Style.PRIMARY,
            override=Override(
                "eligibility_override", conditions.eligible_or_overridden
            ),
        ),
    )
    def accept(self, **data) -> None:
        """The manager admits the participant (the service records an override)."""

    @transition(
        field=state,
        source=[
            S.SUBMITTED,
            S.IN_REVIEW,
            S.ORIENTATION_PLANNED,
            S.ORIENTATION_DONE,
            S.WAITLISTED,
        ],
        target=S.REJECTED,
        permission=permissions.is_programme_manager,
        custom=action(_("Refuse"), reason_required=True, style=Style.DANGER),
    )
    def reject(self, **data) -> None:
        """The manager refuses the referral (a reason is required)."""

    @transition(
        field=state,
        source=[S.ACCEPTED, S.REACTIVATED],
        target=S.IN_PROGRESS,
        permission=permissions.is_programme_team,
        custom=action(_("Start the path"), style=Style.PRIMARY),
    )
    def start(self, **data) -> None:
        """The path starts (again) in the launch phase, or where it stopped."""
        if not self.phase:
            self.phase = Phase.LAUNCH

    @transition(
        field=state,
        source=[S.IN_PROGRESS],
        target=S.IN_PROGRESS,
        permission=permissions.is_programme_team,
        conditions=[conditions.has_next_phase],
        custom=action(_("Go to the next phase")),
    )
    def next_phase(self, **data) -> None:
        """Launch → intermediate → final."""
        order = list(Phase)
        self.phase = order[order.index(self.phase) + 1]

    @transition(
        field=state,
        source=[S.IN_PROGRESS],
        target=S.COMPLETED,
        permission=permissions.is_programme_team,
        conditions=[conditions.final_evaluation_submitted],
        custom=action(_("Complete the path"), style=Style.PRIMARY),
    )
    def complete(self, **data) -> None:
        """The path is completed, its final evaluation filled."""

    @transition(
        field=state,
        source=[S.ACCEPTED, S.IN_PROGRESS],
        target=S.DROPPED_OUT,
        permission=permissions.is_programme_team,
        custom=action(_("Record a drop-out"), reason_required=True, style=Style.DANGER),
    )
    def drop_out(self, **data) -> None:
        """The participant stops (a reason is required)."""

    @transition(
        field=state,
        source=[S.DROPPED_OUT],
        target=S.REACTIVATED,
        permission=permissions.is_programme_manager,
        custom=action(_("Let the participant come back")),
    )
    def reactivate(self, **data) -> None:
        """The participant comes back after an interruption (Mod'Actions)."""
