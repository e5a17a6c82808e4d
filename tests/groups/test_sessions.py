"""A session that ends before it starts is refused everywhere; moving and
cancelling keep the rest in place."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from groups.models import Session, SessionKind
from groups.services.errors import Refused
from groups.services.sessions import session_cancel, session_move, session_restore
from tests.groups.factories import at, team

pytestmark = pytest.mark.django_db
D = datetime.date


def test_a_session_ending_before_it_starts_fails_validation_and_the_database():
    setting = team()
    session = Session(
        programme=setting.programme,
        group=setting.group,
        starts_at=at(D(2026, 10, 14), 14),
        ends_at=at(D(2026, 10, 14), 13),
    )
    with pytest.raises(ValidationError) as refused:
        session.full_clean()
    assert "must end after it starts" in str(refused.value.message_dict["ends_at"])
    with pytest.raises(IntegrityError), transaction.atomic():
        session.save()
    assert Session.objects.count() == 0


def test_moving_to_an_end_before_the_start_is_refused_and_nothing_moves():
    setting = team()
    session = setting.session()
    before = (session.starts_at, session.ends_at)
    with pytest.raises(Refused) as refused:
        session_move(
            session=session,
            starts_at=at(D(2026, 10, 15), 10),
            ends_at=at(D(2026, 10, 15), 9),
        )
    assert refused.value.error == "invalid"
    session.refresh_from_db()
    assert (session.starts_at, session.ends_at) == before
    assert session.moved_from is None


def test_a_moved_session_remembers_when_it_was_first_planned():
    setting = team()
    session = setting.session(day=D(2026, 10, 14), hour=9)
    session_move(
        session=session,
        starts_at=at(D(2026, 10, 16), 9),
        ends_at=at(D(2026, 10, 16), 12),
        place="Salle B",
    )
    session_move(
        session=session,
        starts_at=at(D(2026, 10, 17), 9),
        ends_at=at(D(2026, 10, 17), 12),
    )
    session.refresh_from_db()
    assert session.moved_from == at(D(2026, 10, 14), 9)
    assert session.place == "Salle B"


def test_cancelling_needs_a_reason_and_can_be_undone():
    setting = team()
    session = setting.session()
    with pytest.raises(Refused):
        session_cancel(session=session, reason="  ")
    session_cancel(session=session, reason="The coach is ill")
    session.refresh_from_db()
    assert session.cancelled and session.cancel_reason == "The coach is ill"
    with pytest.raises(Refused) as refused:
        session_move(
            session=session,
            starts_at=at(D(2026, 10, 16), 9),
            ends_at=at(D(2026, 10, 16), 12),
        )
    assert refused.value.error == "cancelled"
    session_restore(session=session)
    session.refresh_from_db()
    assert not session.cancelled


def test_an_individual_appointment_needs_a_participant_and_an_interpreter_a_language():
    setting = team()
    session = Session(
        programme=setting.programme,
        kind=SessionKind.INDIVIDUAL,
        starts_at=at(D(2026, 10, 14), 10),
        ends_at=at(D(2026, 10, 14), 11),
        support="interpreter",
    )
    with pytest.raises(ValidationError) as refused:
        session.full_clean()
    assert set(refused.value.message_dict) >= {"participant", "support_language"}


def test_a_session_cannot_be_of_another_programmes_group():
    setting, other = team(), team()
    session = Session(
        programme=setting.programme,
        group=other.group,
        starts_at=at(D(2026, 10, 14), 10),
        ends_at=at(D(2026, 10, 14), 11),
    )
    with pytest.raises(ValidationError) as refused:
        session.full_clean()
    assert "group" in refused.value.message_dict
