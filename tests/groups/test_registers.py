"""Saving a register: the whole list or nothing, once per client id, never over
a newer save, never for a cancelled session or for strangers."""

import datetime
import uuid

import pytest

from groups.models import Attendance, Presence, RegisterSave
from groups.services.errors import Refused
from groups.services.registers import register_content, register_save
from groups.services.sessions import session_cancel
from tests.groups.factories import team

pytestmark = pytest.mark.django_db


def marks(people, default="present", **exceptions) -> dict:
    """Everyone ``default``; ``exceptions`` by index: p0="late:30"."""
    result = {}
    for index, person in enumerate(people):
        status, _sep, missed = exceptions.get(f"p{index}", default).partition(":")
        result[str(person.pk)] = {
            "status": status,
            "minutes_missed": int(missed or 0),
            "note": "",
        }
    return {"marks": result}


def save(setting, session, payload, *, client=None, base=None, user=None):
    return register_save(
        session=session,
        user=user or setting.coach,
        client_uuid=client or uuid.uuid4(),
        base_revision=session.register_revision if base is None else base,
        content=register_content(payload),
    )


def test_everyone_present_then_the_exceptions():
    setting = team()
    people = setting.enrol(4)
    session = setting.session(hours=3)
    saved = save(
        setting, session, marks(people, p1="late:30", p2="left_early:60", p3="excused")
    )
    assert saved.created and saved.revision == 1
    rows = {a.participant_id: a for a in Attendance.objects.all()}
    assert [rows[p.pk].status for p in people] == [
        "present",
        "late",
        "left_early",
        "excused",
    ]
    assert [rows[p.pk].minutes for p in people] == [180, 150, 120, 0]
    assert {a.recorded_by for a in rows.values()} == {setting.coach}
    session.refresh_from_db()
    assert session.register_revision == 1 and session.register_saved_by == setting.coach


def test_the_same_client_id_twice_is_stored_once():
    setting = team()
    people = setting.enrol(3)
    session = setting.session()
    client = uuid.uuid4()
    first = save(setting, session, marks(people), client=client, base=0)
    again = save(setting, session, marks(people), client=client, base=0)
    assert first.created and not again.created
    assert again.revision == first.revision == 1
    assert Attendance.objects.count() == 3
    assert RegisterSave.objects.count() == 1
    session.refresh_from_db()
    assert session.register_revision == 1


def test_the_same_client_id_with_other_content_is_refused_with_409():
    setting = team()
    people = setting.enrol(2)
    session = setting.session()
    client = uuid.uuid4()
    save(setting, session, marks(people), client=client, base=0)
    with pytest.raises(Refused) as refused:
        save(setting, session, marks(people, p0="unexcused"), client=client, base=0)
    assert (refused.value.error, refused.value.status) == ("client_uuid_reused", 409)
    assert set(Attendance.objects.values_list("status", flat=True)) == {"present"}


def test_a_save_from_an_older_revision_is_a_conflict_with_the_servers_register():
    setting = team()
    people = setting.enrol(2)
    session = setting.session()
    save(setting, session, marks(people, p0="late:10"), base=0)
    with pytest.raises(Refused) as refused:
        save(setting, session, marks(people, p1="excused"), base=0)
    assert (refused.value.error, refused.value.status) == ("conflict", 409)
    server = refused.value.extra["server"]
    assert server["revision"] == 1
    assert server["marks"][str(people[0].pk)]["status"] == "late"
    assert Attendance.objects.get(participant=people[1]).status == "present"


def test_someone_not_in_the_group_makes_the_whole_save_fail():
    setting = team()
    people = setting.enrol(2)
    stranger = setting.refer().participant
    session = setting.session()
    payload = marks([*people, stranger])
    with pytest.raises(Refused) as refused:
        save(setting, session, payload)
    assert refused.value.error == "not_in_group"
    assert refused.value.extra["participants"] == [stranger.pk]
    assert not Attendance.objects.exists()
    assert not RegisterSave.objects.exists()
    session.refresh_from_db()
    assert session.register_revision == 0


def test_a_cancelled_session_takes_no_register():
    setting = team()
    people = setting.enrol(2)
    session = setting.session()
    session_cancel(session=session, reason="Holiday")
    with pytest.raises(Refused) as refused:
        save(setting, session, marks(people))
    assert (refused.value.error, refused.value.status) == ("cancelled", 409)
    assert "cancelled" in str(refused.value.message)
    assert not Attendance.objects.exists()


def test_missing_more_than_the_session_is_refused_whole():
    setting = team()
    people = setting.enrol(2)
    session = setting.session(hours=2)
    with pytest.raises(Refused) as refused:
        save(setting, session, marks(people, p1="late:150"))
    assert refused.value.error == "invalid"
    assert str(people[1].pk) in refused.value.extra["errors"]
    assert not Attendance.objects.exists()


@pytest.mark.parametrize(
    "payload",
    [
        {"marks": []},
        {"marks": {"1": {"status": "sleeping"}}},
        {"marks": {"x": {"status": "present"}}},
        {"marks": {"1": {"status": "late", "minutes_missed": "ten"}}},
        {"marks": {"1": {"status": "present", "note": 3}}},
        "present",
    ],
)
def test_malformed_saves_are_refused_before_anything(payload):
    with pytest.raises(Refused) as refused:
        register_content(payload)
    assert refused.value.error == "malformed"


def test_who_joined_after_or_left_before_the_session_is_not_on_its_register():
    setting = team()
    people = setting.enrol(2)
    from groups.models import Enrolment
    from groups.selectors.registers import expected_people

    Enrolment.objects.filter(participant=people[0]).update(
        enrolled_on=datetime.date(2026, 11, 1)
    )
    Enrolment.objects.filter(participant=people[1]).update(
        enrolled_on=datetime.date(2026, 9, 1),
        status="left",
        left_on=datetime.date(2026, 10, 1),
    )
    assert list(expected_people(setting.session(day=datetime.date(2026, 10, 14)))) == []
    assert list(expected_people(setting.session(day=datetime.date(2026, 9, 16)))) == [
        people[1]
    ]


def test_a_second_save_updates_the_rows():
    setting = team()
    people = setting.enrol(2)
    session = setting.session()
    save(setting, session, marks(people))
    session.refresh_from_db()
    save(setting, session, marks(people, p0="excused"))
    assert Attendance.objects.get(participant=people[0]).status == Presence.EXCUSED
    assert Attendance.objects.get(participant=people[0]).minutes == 0
    assert Attendance.objects.count() == 2
