"""Recorded questions in the admin: an audio file per survey question and language.

The programme's team (coaches, managers) uploads, replaces and deletes them; the
participant interface plays them with its "read aloud" button. Everything is read
through ``QuestionAudio.objects.for_user`` (the programme team's rows).
"""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.permission_policies.base import BasePermissionPolicy

from intake.forms import TenantModelForm
from intake.languages import language_name
from intake.viewsets import TenantModelViewSet
from surveys.models import FormPage, QuestionAudio
from surveys.models.audio import AUDIO_EXTENSIONS
from surveys.participant_surveys.selectors import invitable_surveys, is_programme_team

#: Largest recording accepted (bytes): a spoken question is well under 1 MB.
MAX_AUDIO_SIZE = 10 * 1024 * 1024


class ProgrammeTeamPermissionPolicy(BasePermissionPolicy):
    """Coaches and managers handle their programmes' recordings; nobody else.

    The roles' groups hold no Django permission for this model: the team is who
    the membership says, and the rows are those ``for_user`` returns.
    """

    def user_has_permission(self, user, action) -> bool:
        return is_programme_team(user)

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        return self.model.objects.for_user(user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        return self.model.objects.for_user(user)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.none()


def question_choices(surveys: list[FormPage]) -> list[tuple[str, list]]:
    """The published questions of each survey, grouped by survey: ``pk:key``."""
    grouped = []
    for page in surveys:
        version = page.published_version
        if version is None:
            continue
        grouped.append(
            (
                page.title,
                [
                    (f"{page.pk}:{spec.key}", f"{spec.label} [{spec.key}]")
                    for spec in version.form_schema.questions
                ],
            )
        )
    return grouped


class QuestionAudioForm(TenantModelForm):
    """The question is picked from the user's surveys; the survey, its programme
    and its translation key follow from it."""

    question = forms.ChoiceField(label=_("Question"))

    class Meta:
        model = QuestionAudio
        fields = ["language", "file"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.surveys = {page.pk: page for page in invitable_surveys(for_user)}
        self.fields["question"].choices = [
            ("", "---------"),
            *question_choices(list(self.surveys.values())),
        ]
        self.fields["file"].help_text = _(
            "A short recording of the question read aloud (%(extensions)s)."
        ) % {"extensions": ", ".join(AUDIO_EXTENSIONS)}
        self.fields["file"].widget.attrs["accept"] = ",".join(
            f".{extension}" for extension in AUDIO_EXTENSIONS
        )
        self.order_fields(["question", "language", "file"])
        if self.instance.pk:
            self.initial["question"] = (
                f"{self.source_pk(self.instance)}:{self.instance.question_key}"
            )

    def source_pk(self, audio: QuestionAudio) -> int:
        for page in self.surveys.values():
            if page.translation_key == audio.translation_key:
                return page.pk
        return audio.form_id

    def clean_question(self) -> tuple[FormPage, str]:
        page_pk, _sep, key = self.cleaned_data["question"].partition(":")
        page = self.surveys.get(int(page_pk)) if page_pk.isdigit() else None
        if page is None:
            raise forms.ValidationError(_("Choose a question of your surveys."))
        return page, key

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None and getattr(upload, "size", 0) > MAX_AUDIO_SIZE:
            raise forms.ValidationError(_("This file is too large (at most 10 MB)."))
        return upload

    def clean(self):
        cleaned = super().clean()
        question, language = cleaned.get("question"), cleaned.get("language")
        if question and language:
            page, key = question
            taken = QuestionAudio.objects.filter(
                translation_key=page.translation_key,
                question_key=key,
                language=language,
            ).exclude(pk=self.instance.pk)
            if taken.exists():
                self.add_error(
                    "language",
                    _(
                        "This question already has a recording in this language: "
                        "open it to replace its file."
                    ),
                )
        return cleaned

    def save(self, commit=True):
        audio = super().save(commit=False)
        page, key = self.cleaned_data["question"]
        audio.form = page
        audio.translation_key = page.translation_key
        audio.programme = page.programme
        audio.question_key = key
        if self.for_user is not None and self.for_user.is_authenticated:
            audio.uploaded_by = self.for_user
        if commit:
            audio.save()
        return audio


def question_label(audio: QuestionAudio) -> str:
    version = audio.form.published_version
    spec = version.form_schema.question(audio.question_key) if version else None
    return spec.label if spec else audio.question_key


class QuestionAudioViewSet(TenantModelViewSet):
    model = QuestionAudio
    icon = "media"
    menu_label = _("Recorded questions")
    name = "question_audio"
    inspect_view_enabled = False
    copy_view_enabled = False
    form_class_base = QuestionAudioForm
    form_fields = ["language", "file"]
    list_filter = ["language"]
    search_fields = ["question_key"]

    @property
    def list_display(self):
        return [
            TitleColumn(
                "question_key",
                label=_("Question"),
                accessor=question_label,
                get_url=self._edit_url,
            ),
            Column("form", label=_("Survey"), accessor=lambda a: a.form.title),
            Column(
                "language",
                label=_("Language"),
                accessor=lambda a: language_name(a.language),
            ),
            DateColumn("uploaded_at", label=_("Uploaded")),
        ]

    def _edit_url(self, audio: QuestionAudio) -> str:
        return reverse(self.get_url_name("edit"), args=[audio.pk])
