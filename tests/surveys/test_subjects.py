"""What a form is filled for comes from the app that registers it
(``register_form_subject``); surveys only asks."""

from __future__ import annotations

import pytest
from wagtail import hooks

from surveys.subjects import (
    FORM_SUBJECT_HOOK,
    FormSubject,
    SubjectNotFound,
    form_subject,
)
from tests.factories import ProgrammeFactory

# The workflow's own kind (``?referral=``) is registered too: it finds nothing
# for these made-up requests, in a database that holds no referral.
pytestmark = pytest.mark.django_db


def no_link(submission) -> None:
    """Where a real kind records the submission on its subject."""


def subject(pk: int, programme) -> FormSubject:
    return FormSubject(
        param="session",
        pk=pk,
        programme=programme,
        participant=None,
        done_url=f"/sessions/{pk}/",
        link=no_link,
    )


class Sessions:
    """A made-up kind, as a future app would register it."""

    param = "session"

    def named(self, *, user, programme, pk, participant_id):
        return subject(pk, programme) if pk == 7 else None

    def latest(self, *, user, programme, participant_id):
        return subject(9, programme) if participant_id == 1 else None


@pytest.fixture
def programme():
    with hooks.register_temporarily(FORM_SUBJECT_HOOK, Sessions):
        yield ProgrammeFactory()


def test_a_named_subject_is_found_by_its_kind(programme):
    found = form_subject({"session": "7"}, user=None, programme=programme)
    assert found == subject(7, programme)
    assert found.query == "?session=7"


@pytest.mark.parametrize("value", ["8", "x", "-7"])
def test_a_subject_named_but_not_found_is_refused(programme, value):
    with pytest.raises(SubjectNotFound):
        form_subject({"session": value}, user=None, programme=programme)


def test_no_subject_named_means_none_or_for_an_interview_the_latest(programme):
    assert form_subject({}, user=None, programme=programme) is None
    assert form_subject({"session": ""}, user=None, programme=programme) is None
    latest = form_subject({}, user=None, programme=programme, participant_id=1)
    assert latest == subject(9, programme)
    assert form_subject({}, user=None, programme=programme, participant_id=2) is None


def test_a_form_of_no_programme_is_filled_for_nothing(programme):
    assert form_subject({"session": "7"}, user=None, programme=None) is None
