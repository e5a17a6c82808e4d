"""What a form is filled for, when another app says so (a referral today).

``surveys`` stores answers about a programme and, when known, a participant; it
knows no referral. An app whose records forms are filled for registers a
:class:`SubjectKind` under the ``register_form_subject`` Wagtail hook::

    @hooks.register("register_form_subject")
    def referral_subjects():
        return ReferralSubjects()  # answers ?referral=<id>

A form page or an interview opened with the kind's parameter (``?referral=12``)
is filled for that subject: the page says for whom, the form keeps the
parameter, and the submission is linked to the subject (:attr:`FormSubject.link`)
in the transaction that stores it. An interview opened without one is held for
the participant's latest subject in the programme.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from wagtail import hooks

if TYPE_CHECKING:
    from intake.models import Participant, Programme
    from surveys.models import Submission

FORM_SUBJECT_HOOK = "register_form_subject"


@dataclass(frozen=True)
class FormSubject:
    """One record a form is filled for."""

    #: The query parameter that names it (``"referral"``), and its id.
    param: str
    pk: int
    programme: Programme
    participant: Participant | None
    #: Where the coach goes once an interview held for it is sent.
    done_url: str
    #: Records a stored submission on the subject (called in its transaction).
    link: Callable[[Submission], Any]

    @property
    def query(self) -> str:
        """The query string that names the subject again (``?referral=12``)."""
        return f"?{self.param}={self.pk}"


class SubjectKind(Protocol):
    """What an app registers: how to find one of its records for a form."""

    #: The query parameter naming one subject.
    param: str

    def named(
        self, *, user, programme: Programme, pk: int, participant_id: int | None
    ) -> FormSubject | None:
        """Subject ``pk``, if ``user`` sees it and it belongs to ``programme``
        (and to the participant, when one is given); ``None`` otherwise."""

    def latest(
        self, *, user, programme: Programme, participant_id: int
    ) -> FormSubject | None:
        """The participant's latest subject in ``programme`` that ``user`` sees."""


class SubjectNotFound(Exception):
    """The request names a subject that does not exist for the user (404)."""


def subject_kinds() -> list[SubjectKind]:
    return [register() for register in hooks.get_hooks(FORM_SUBJECT_HOOK)]


def form_subject(
    params: Mapping[str, str],
    *,
    user,
    programme: Programme | None,
    participant_id: int | None = None,
) -> FormSubject | None:
    """The subject the request's ``params`` name, else (for an interview, given
    ``participant_id``) the participant's latest one; ``None`` if there is none.

    Raises :class:`SubjectNotFound` when a parameter names a subject the user
    does not see, or one of another programme or participant.
    """
    if programme is None:
        return None
    kinds = subject_kinds()
    for kind in kinds:
        value = params.get(kind.param)
        if not value:
            continue
        subject = None
        if value.isdigit():
            subject = kind.named(
                user=user,
                programme=programme,
                pk=int(value),
                participant_id=participant_id,
            )
        if subject is None:
            raise SubjectNotFound(value)
        return subject
    if participant_id is None:
        return None
    for kind in kinds:
        subject = kind.latest(
            user=user, programme=programme, participant_id=participant_id
        )
        if subject is not None:
            return subject
    return None
