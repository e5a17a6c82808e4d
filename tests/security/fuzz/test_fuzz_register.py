"""The tablet register's save (groups) under generated JSON and form posts:
never a 500, and a refused save writes nothing (no attendance, no save row)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groups.models import Attendance, RegisterSave
from tests.groups.factories import team
from tests.logins import log_in
from tests.security.fuzz.payloads import FUZZ, json_values, nasty_text, raw_bodies

pytestmark = pytest.mark.django_db


def counts() -> tuple[int, int]:
    return Attendance.objects.count(), RegisterSave.objects.count()


@pytest.fixture
def register(client):
    setting = team()
    people = setting.enrol(2)
    session = setting.session()
    log_in(client, setting.coach)
    return client, f"/fr/registers/{session.pk}/save/", people


def test_the_register_save_never_fails_on_generated_json(register):
    client, url, people = register
    keys = st.sampled_from([str(p.pk) for p in people] + ["0", "-1", "x", "\x00"])
    marks = st.dictionaries(
        keys,
        st.fixed_dictionaries(
            {},
            optional={
                "status": st.one_of(
                    st.sampled_from(["present", "absent", "late"]), json_values
                ),
                "minutes_missed": json_values,
                "note": json_values,
            },
        ),
        max_size=3,
    )
    bodies = st.fixed_dictionaries(
        {},
        optional={
            "client_uuid": json_values,
            "base_revision": st.one_of(st.just(0), json_values),
            "marks": st.one_of(marks, json_values),
        },
    ).map(json.dumps)

    @FUZZ
    @given(body=st.one_of(bodies, raw_bodies))
    def attempt(body):
        before = counts()
        response = client.post(url, body, content_type="application/json")
        assert response.status_code < 500, body[:200]
        if response.status_code >= 400:
            assert counts() == before, body[:200]

    attempt()


def test_the_register_form_never_fails_on_generated_fields(register):
    client, url, people = register
    names = ["client_uuid", "base_revision"] + [
        f"{field}-{p.pk}" for p in people for field in ("status", "missed", "note")
    ]

    @FUZZ
    @given(data=st.dictionaries(st.sampled_from(names), nasty_text, max_size=6))
    def attempt(data):
        before = counts()
        response = client.post(url, data)
        assert response.status_code < 500, data
        if response.status_code >= 400:
            assert counts() == before, data

    attempt()
