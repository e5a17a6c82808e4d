"""What the API returns. Personal fields resolve to ``null`` for a pseudonymised
token (``context["request"].auth``)."""

from __future__ import annotations

import datetime
from typing import Any

from ninja import Schema

from intake.pseudonyms import pseudonym
from workflow.referrals import PARTICIPANT_FIELDS

#: The participant's fields a pseudonymised token never sees.
PERSONAL_FIELDS = frozenset(
    {"first_name", "last_name", "phone", "email", "national_number", "date_of_birth"}
)
#: Answer keys (of the referral form) that hold those fields.
PERSONAL_ANSWER_KEYS = PERSONAL_FIELDS | {
    key for key, field in PARTICIPANT_FIELDS.items() if field in PERSONAL_FIELDS
}


def _hidden(context) -> bool:
    return context["request"].auth.pseudonymised


class ParticipantOut(Schema):
    id: int
    pseudonym: str
    first_name: str | None
    last_name: str | None
    phone: str | None
    email: str | None
    national_number: str | None
    date_of_birth: datetime.date | None
    birth_year: int
    sex: str
    nationality: str
    residence_status: str
    municipality: str
    languages: list[str]
    antenna: str
    created_at: datetime.datetime

    @staticmethod
    def resolve_pseudonym(obj) -> str:
        return pseudonym(obj.pk)

    @staticmethod
    def resolve_first_name(obj, context) -> str | None:
        return None if _hidden(context) else obj.first_name

    @staticmethod
    def resolve_last_name(obj, context) -> str | None:
        return None if _hidden(context) else obj.last_name

    @staticmethod
    def resolve_phone(obj, context) -> str | None:
        return None if _hidden(context) else obj.phone

    @staticmethod
    def resolve_email(obj, context) -> str | None:
        return None if _hidden(context) else obj.email

    @staticmethod
    def resolve_national_number(obj, context) -> str | None:
        return None if _hidden(context) else obj.national_number

    @staticmethod
    def resolve_date_of_birth(obj, context) -> datetime.date | None:
        return None if _hidden(context) else obj.date_of_birth

    @staticmethod
    def resolve_birth_year(obj) -> int:
        return obj.date_of_birth.year

    @staticmethod
    def resolve_antenna(obj) -> str:
        return obj.antenna.name


class ReferralOut(Schema):
    id: int
    participant_id: int | None
    participant: str | None
    programme_id: int
    programme: str
    antenna: str
    state: str
    phase: str
    created_at: datetime.datetime
    state_changed_at: datetime.datetime

    @staticmethod
    def resolve_participant(obj) -> str | None:
        return pseudonym(obj.participant_id) if obj.participant_id else None

    @staticmethod
    def resolve_programme(obj) -> str:
        return obj.programme.name

    @staticmethod
    def resolve_antenna(obj) -> str:
        return obj.antenna.name


class FormOut(Schema):
    id: int
    title: str
    kind: str


class SubmissionOut(Schema):
    id: int
    submitted_at: datetime.datetime
    language: str
    version: int | None
    participant_id: int | None
    participant: str | None
    answers: dict[str, Any]

    @staticmethod
    def resolve_language(obj) -> str:
        return obj.locale.language_code

    @staticmethod
    def resolve_version(obj) -> int | None:
        return obj.version.number

    @staticmethod
    def resolve_participant(obj) -> str | None:
        return pseudonym(obj.participant_id) if obj.participant_id else None

    @staticmethod
    def resolve_answers(obj, context) -> dict[str, Any]:
        answers = obj.answers or {}
        if not _hidden(context):
            return answers
        return {k: v for k, v in answers.items() if k not in PERSONAL_ANSWER_KEYS}


class SectionOut(Schema):
    key: str
    title: str
    note: str
    headings: list[str]
    rows: list[list[Any]]


class ReportOut(Schema):
    programme_id: int
    programme: str
    start: datetime.date
    end: datetime.date
    fund: str
    split_key: float
    sections: list[SectionOut]
