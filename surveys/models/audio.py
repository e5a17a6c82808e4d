"""Recorded questions: an audio file per question and language.

Played by the participant interface's "read aloud" button, for languages whose
browsers have no synthetic voice (Tigrinya, Pashto, Somali...).
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.languages import platform_language_choices
from intake.tenancy import ProgrammeTeamQuerySet

AUDIO_EXTENSIONS = ["mp3", "m4a", "ogg", "oga", "opus", "wav", "webm"]


class QuestionAudio(models.Model):
    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.CASCADE,
        related_name="question_audio",
        verbose_name=_("programme"),
    )
    form = models.ForeignKey(
        "surveys.FormPage",
        on_delete=models.CASCADE,
        related_name="question_audio",
        verbose_name=_("survey"),
    )
    #: The survey in all its languages.
    translation_key = models.UUIDField(db_index=True)
    question_key = models.CharField(_("question"), max_length=100)
    language = models.CharField(
        _("language"), max_length=10, choices=platform_language_choices
    )
    file = models.FileField(
        _("audio file"),
        upload_to="question-audio/",
        validators=[FileExtensionValidator(AUDIO_EXTENSIONS)],
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now=True)

    objects = ProgrammeTeamQuerySet.as_manager()

    class Meta:
        verbose_name = _("recorded question")
        verbose_name_plural = _("recorded questions")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "question_key", "language"],
                name="one_recording_per_question_and_language",
            )
        ]

    def __str__(self) -> str:
        return f"{self.question_key} ({self.language})"
