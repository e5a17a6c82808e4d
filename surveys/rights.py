"""Erasure of a participant's answers: free texts blanked, choices, scales,
numbers and dates kept (so the programme's counts stay). Registered in
:data:`intake.rights.ERASERS` when the app is ready."""

from __future__ import annotations

from intake.models import Participant
from surveys.field_types.lists import Repeatable
from surveys.field_types.registry import field_type
from surveys.field_types.text import Hidden, Multiline, TextType, Url
from surveys.models import FormVersion, InterviewDraft, Submission

#: The question types whose answers are written by the person, not chosen.
FREE_TEXT_TYPES = (TextType, Multiline, Url, Hidden, Repeatable)


def free_text_keys(version: FormVersion | None) -> set[str]:
    if version is None:
        return set()
    return {
        spec.key
        for spec in version.form_schema.questions
        if isinstance(field_type(spec.type), FREE_TEXT_TYPES)
    }


def erase_free_texts(participant: Participant) -> None:
    """Blank the free texts and notes of her submissions and drafts."""
    for model in (Submission, InterviewDraft):
        for row in model.objects.filter(participant=participant).select_related(
            "version"
        ):
            keys = free_text_keys(row.version)
            row.answers = {
                key: ("" if key in keys else value)
                for key, value in (row.answers or {}).items()
            }
            row.notes = ""
            row.save(update_fields=["answers", "notes"])
