"""The "Interviews" block: one button per interview form of the programme, to
start it or resume its draft, for one subject (a referral: :mod:`surveys.subjects`).
The app that owns the subject shows the block on its pages (``workflow``: the
referral's page and the participant's)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from intake.models import Programme
from surveys.interviews.interview import INTERVIEW_KINDS, is_interviewer, person_name
from surveys.models import FormPage, InterviewDraft
from surveys.selectors.forms import programme_forms
from surveys.subjects import FormSubject


@dataclass(frozen=True)
class InterviewLink:
    title: str
    kind: str
    url: str
    #: The open draft's last save, if there is one.
    saved_at: Any = None
    saved_by: str = ""

    @property
    def resumes(self) -> bool:
        return self.saved_at is not None


@dataclass(frozen=True)
class ProgrammeInterviews:
    programme: Programme
    links: list[InterviewLink]


def interview_forms(programme: Programme, language: str = "") -> list[FormPage]:
    """The programme's live interview forms, one per form (in ``language`` when
    it has a page in it), in the order of a participant's path."""
    return programme_forms(programme, INTERVIEW_KINDS, language)


def interview_links(
    *, user, subject: FormSubject, language: str = ""
) -> list[InterviewLink]:
    """Start or resume each interview of the subject's programme with its
    participant; nothing for someone outside the programme's team."""
    participant, programme = subject.participant, subject.programme
    if participant is None or not is_interviewer(user, programme):
        return []
    forms = interview_forms(programme, language)
    drafts = {
        draft.translation_key: draft
        for draft in InterviewDraft.objects.for_user(user)
        .select_related("updated_by")
        .filter(
            participant=participant,
            submission__isnull=True,
            translation_key__in=[page.translation_key for page in forms],
        )
    }
    links = []
    for page in forms:
        draft = drafts.get(page.translation_key)
        url = reverse("interviews:interview", args=[page.pk, participant.pk])
        links.append(
            InterviewLink(
                title=page.title,
                kind=page.get_kind_display(),
                url=f"{url}{subject.query}",
                saved_at=draft.updated_at if draft else None,
                saved_by=person_name(draft.updated_by) if draft else "",
            )
        )
    return links
