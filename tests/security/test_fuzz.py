"""Generated payloads against the JSON and form endpoints (issue #12): deep
nesting, huge strings, wrong types, control characters and NUL. Never a 500,
never a partial write: a refused request leaves the tables as they were."""

from __future__ import annotations

import json

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surveys.models import DraftSave, InterviewDraft, Submission
from tests.surveys.interview_fixtures import client_of, version_of

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

nasty_text = st.one_of(
    st.text(max_size=50),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=20),
    st.sampled_from(["\x00", "a\x00b", "\u202egnp.exe", "\u200b", "=HYPERLINK(1)"]),
    st.integers(min_value=1, max_value=3).map(lambda n: "x" * (n * 100_000)),
)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), nasty_text
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(nasty_text, inner, max_size=4)
    ),
    max_leaves=20,
)


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


raw_bodies = st.one_of(
    st.integers(min_value=30, max_value=100_000).map(deep),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    json_values.map(json.dumps),
)


def counts() -> tuple[int, int, int]:
    return (
        DraftSave.objects.count(),
        InterviewDraft.objects.count(),
        Submission.objects.count(),
    )


@pytest.mark.django_db(transaction=False)
def test_the_interview_draft_endpoint_never_fails_on_generated_json(setting):
    url = setting.url("follow_up", "draft")
    client = client_of(setting.coach)
    fields = st.fixed_dictionaries(
        {},
        optional={
            "base_revision": json_values,
            "client_uuid": json_values,
            "version": st.one_of(st.just(version_of(setting)), json_values),
            "position": json_values,
            "answers": json_values,
            "notes": json_values,
            "next_appointment": json_values,
        },
    ).map(json.dumps)

    @FUZZ
    @given(body=st.one_of(fields, raw_bodies))
    def attempt(body):
        before = counts()
        response = client.post(url, body, content_type="application/json")
        assert response.status_code < 500, body[:200]
        if response.status_code != 200:
            assert counts() == before, body[:200]

    attempt()


@pytest.mark.django_db(transaction=False)
def test_the_interview_send_form_never_fails_on_generated_fields(setting):
    url = setting.url("follow_up", "send")
    client = client_of(setting.coach)
    form = st.dictionaries(
        st.sampled_from(
            ["how_it_goes", "strengths", "grid-punctual", "notes", "version", "step"]
        ),
        nasty_text.map(lambda text: text.replace("\x00", "\x00")),
        max_size=6,
    )

    @FUZZ
    @given(data=form)
    def attempt(data):
        cache.clear()
        before = counts()
        response = client.post(url, data)
        assert response.status_code < 500, data
        after = counts()
        if response.status_code >= 400:
            assert after == before, data
        else:
            assert after[2] - before[2] in (0, 1)  # one whole submission or none

    attempt()
