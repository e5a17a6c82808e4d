"""The register's page and endpoint, as the tablet talks to them: JSON with a
client id, 409 for other content or a conflict, clear errors, 404 outside."""

import datetime
import json
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from groups.models import Attendance, RegisterSave
from groups.services.sessions import session_cancel
from tests.groups.factories import team
from tests.groups.test_certificates import PDF
from tests.groups.test_group_admin import client_for

pytestmark = pytest.mark.django_db
D = datetime.date


def post(client, session, marks, *, client_uuid=None, base=0):
    return client.post(
        reverse("registers:save", args=[session.pk]),
        json.dumps(
            {
                "client_uuid": str(client_uuid or uuid.uuid4()),
                "base_revision": base,
                "marks": marks,
            }
        ),
        content_type="application/json",
    )


def everyone(people, status="present"):
    return {
        str(p.pk): {"status": status, "minutes_missed": 0, "note": ""} for p in people
    }


def test_the_page_lists_the_group_with_big_choices_and_the_weeks_hours():
    setting = team(weekly_hours_target=21)
    people = setting.enrol(3)
    session = setting.session()
    response = client_for(setting.coach).get(
        reverse("registers:register", args=[session.pk])
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Everyone present" in text
    for person in people:
        assert f'name="status-{person.pk}"' in text
    assert "This week: 0.0 h of 21.0 h" in text


def test_the_same_send_twice_is_stored_once_and_other_content_gets_409():
    setting = team()
    people = setting.enrol(2)
    session = setting.session()
    client = client_for(setting.coach)
    same = uuid.uuid4()
    first = post(client, session, everyone(people), client_uuid=same)
    again = post(client, session, everyone(people), client_uuid=same)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["revision"] == again.json()["revision"] == 1
    assert Attendance.objects.count() == 2 and RegisterSave.objects.count() == 1
    other = post(client, session, everyone(people, "excused"), client_uuid=same)
    assert other.status_code == 409
    assert other.json()["error"] == "client_uuid_reused"
    assert set(Attendance.objects.values_list("status", flat=True)) == {"present"}


def test_a_save_answers_the_hours_of_the_week():
    setting = team(weekly_hours_target=21)
    (amina,) = setting.enrol(1)
    session = setting.session(hours=3)
    answer = post(client_for(setting.coach), session, everyone([amina])).json()
    assert answer["hours"][str(amina.pk)] == {
        "hours": "3.0",
        "target": "21.0",
        "percent": 14,
    }


def test_a_conflict_answers_409_with_the_servers_register():
    setting = team()
    people = setting.enrol(2)
    session = setting.session()
    client = client_for(setting.coach)
    post(client, session, everyone(people))
    stale = post(client, session, everyone(people, "late"), base=0)
    assert stale.status_code == 409
    body = stale.json()
    assert body["error"] == "conflict"
    assert body["server"]["revision"] == 1
    assert body["server"]["marks"][str(people[0].pk)]["status"] == "present"


def test_bad_input_gets_clear_errors_and_writes_nothing():
    setting = team()
    people = setting.enrol(1)
    stranger = setting.refer().participant
    session = setting.session()
    client = client_for(setting.coach)
    response = post(client, session, everyone([*people, stranger]))
    assert response.status_code == 400
    assert response.json()["error"] == "not_in_group"
    assert "not in the group" in response.json()["message"]
    response = client.post(
        reverse("registers:save", args=[session.pk]),
        "{oops",
        content_type="application/json",
    )
    assert response.status_code == 400 and response.json()["error"] == "malformed"
    deep = '{"marks": ' + "[" * 20_000 + "]" * 20_000 + "}"
    response = client.post(
        reverse("registers:save", args=[session.pk]),
        deep,
        content_type="application/json",
    )
    assert response.status_code == 400 and response.json()["error"] == "malformed"
    response = post(client, session, everyone(people), client_uuid="x")
    assert response.status_code == 400
    session_cancel(session=session, reason="Grève")
    response = post(client, session, everyone(people))
    assert response.status_code == 409 and response.json()["error"] == "cancelled"
    assert not Attendance.objects.exists()


def test_the_page_of_a_cancelled_session_says_so_and_offers_no_register():
    setting = team()
    setting.enrol(1)
    session = setting.session()
    session_cancel(session=session, reason="Grève")
    text = (
        client_for(setting.coach)
        .get(reverse("registers:register", args=[session.pk]))
        .content.decode()
    )
    assert "was cancelled (Grève)" in text
    assert "Everyone present" not in text


def test_without_javascript_the_form_post_saves_and_comes_back():
    setting = team()
    amina, other = setting.enrol(2)
    session = setting.session()
    client = client_for(setting.coach)
    data = {
        "client_uuid": str(uuid.uuid4()),
        "base_revision": "0",
        f"status-{amina.pk}": "late",
        f"missed-{amina.pk}": "15",
        f"note-{amina.pk}": "Bus",
        f"status-{other.pk}": "present",
    }
    response = client.post(reverse("registers:save", args=[session.pk]), data)
    assert response.status_code == 302 and response["Location"].endswith("?saved=1")
    row = Attendance.objects.get(participant=amina)
    assert (row.status, row.minutes_missed, row.note, row.minutes) == (
        "late",
        15,
        "Bus",
        165,
    )
    again = client.post(reverse("registers:save", args=[session.pk]), data)
    assert again.status_code == 302  # the same form sent twice: stored once
    assert RegisterSave.objects.count() == 1


def test_uploading_and_opening_a_certificate():
    setting = team()
    (amina,) = setting.enrol(1)
    session = setting.session()
    client = client_for(setting.coach)
    post(client, session, everyone([amina], "excused"))
    url = reverse("registers:certificate", args=[session.pk, amina.pk])
    bad = client.post(url, {"certificate": SimpleUploadedFile("x.pdf", b"MZ\x90")})
    assert bad.status_code == 400 and bad.json()["error"] == "not_a_certificate"
    good = client.post(url, {"certificate": SimpleUploadedFile("scan.pdf", PDF)})
    assert good.status_code == 201
    row = Attendance.objects.get()
    opened = client.get(reverse("enrolments:certificate", args=[row.pk]))
    assert opened.status_code == 200
    assert opened["Content-Type"] == "application/pdf"
    assert b"".join(opened.streaming_content) == PDF
    # The social worker of her antenna may open it; another CPAS's coach may not.
    assert (
        client_for(setting.worker)
        .get(reverse("enrolments:certificate", args=[row.pk]))
        .status_code
        == 200
    )
    assert (
        client_for(team().coach)
        .get(reverse("enrolments:certificate", args=[row.pk]))
        .status_code
        == 404
    )
