"""Interview drafts: a coach's unfinished answers, saved as she goes.

A draft belongs to one participant and one form (all its languages): reopening
it on any device resumes where it was. ``revision`` grows with every save; a
save that starts from an older revision is a conflict that the coach settles.
Each save carries the browser's ``client_uuid`` (:class:`DraftSave`), so a
retried save is stored once.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.tenancy import ProgrammeTeamQuerySet


class InterviewDraft(models.Model):
    """Unfinished answers of one form for one participant."""

    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.CASCADE,
        related_name="interview_drafts",
        verbose_name=_("participant"),
    )
    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.CASCADE,
        related_name="interview_drafts",
        verbose_name=_("programme"),
    )
    #: The form, in all its languages.
    translation_key = models.UUIDField(db_index=True)
    version = models.ForeignKey(
        "surveys.FormVersion",
        on_delete=models.PROTECT,
        related_name="drafts",
        verbose_name=_("form version"),
    )
    answers = models.JSONField(_("answers"), default=dict)
    #: The section the coach was on (0-based).
    position = models.PositiveIntegerField(_("section"), default=0)
    #: The coach's review of the action plan's steps so far:
    #: ``{"<step id>": {"status": ..., "note": ...}}``, applied when sent.
    step_reviews = models.JSONField(_("action plan review"), default=dict, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    next_appointment = models.DateTimeField(
        _("next appointment"), null=True, blank=True
    )
    revision = models.PositiveIntegerField(_("revision"), default=1)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last saved by"),
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    #: Set when the interview was sent; the draft is then read-only.
    submission = models.OneToOneField(
        "surveys.Submission",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="draft",
        verbose_name=_("submission"),
    )

    objects = ProgrammeTeamQuerySet.as_manager()

    class Meta:
        verbose_name = _("interview draft")
        verbose_name_plural = _("interview drafts")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "translation_key"],
                condition=models.Q(submission__isnull=True),
                name="one_open_draft_per_participant_and_form",
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant} · {self.version.page.title} (r{self.revision})"


class DraftSave(models.Model):
    """One save of a draft as the browser sent it, keyed by its client id."""

    client_uuid = models.UUIDField(unique=True)
    draft = models.ForeignKey(
        InterviewDraft, on_delete=models.CASCADE, related_name="saves"
    )
    #: sha256 of the saved content, to tell a retry from another save.
    content_hash = models.CharField(max_length=64)
    #: The draft's revision this save produced.
    revision = models.PositiveIntegerField()
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("draft save")
        verbose_name_plural = _("draft saves")

    def __str__(self) -> str:
        return f"{self.client_uuid} → r{self.revision}"
