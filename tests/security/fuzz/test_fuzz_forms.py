"""Form endpoints under generated fields: the referral form's submit (the
social worker's), a participant survey's send (through a session token), and
the notification endpoints. Never a 500, never a partial write: an error
leaves every table as it was."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from intake.models import Participant
from intake.roles import Role
from surveys.models import Submission
from tests.security.fuzz.payloads import FUZZ, form_fields, nasty_text, without_nul
from tests.surveys.participant_surveys.survey_helpers import (
    invite,
    satisfaction_form,
    send_url,
)
from tests.workflow.test_referral_form import (  # noqa: F401
    ANSWERS,
    draft,  # noqa: F401
    referral_form,
)
from workflow.models import Notification, Referral, ReferralSubmission

pytestmark = pytest.mark.django_db


def counts() -> tuple[int, ...]:
    return (
        Submission.objects.count(),
        Participant.objects.count(),
        Referral.objects.count(),
        ReferralSubmission.objects.count(),
        Notification.objects.filter(read_at__isnull=False).count(),
    )


def test_the_referral_form_never_fails_on_generated_fields(
    world,
    draft,  # noqa: F811
    referral_form,  # noqa: F811
):
    client = world.client("a", Role.SOCIAL_WORKER)
    url = reverse("referral_form", args=[draft.pk])
    version = referral_form.versions.get().pk
    names = [*ANSWERS, "form_version", "send", "save"]

    @FUZZ
    @given(data=form_fields(names), send=st.booleans())
    def attempt(data, send):
        data = {"form_version": version, **without_nul(data)}
        if send:
            data["send"] = "1"
        before = counts()
        response = client.post(url, data)
        assert response.status_code < 500, data
        if response.status_code != 302:  # an error shown again: nothing stored
            assert counts() == before, data

    attempt()


def test_a_survey_send_never_fails_on_generated_answers(world, client):
    form = satisfaction_form(world.programme["a"])
    _invitation, token = invite(form, max_uses=1000)
    url = send_url(token)
    version = form.versions.get().pk
    names = ["overall", "experience-welcome", "experience-learned", "recommend"]
    names += ["better", "form_version", "client_uuid", "language"]

    @FUZZ
    @given(data=form_fields(names))
    def attempt(data):
        cache.clear()  # the token's rate limit
        data = {"form_version": version, **without_nul(data)}
        before = counts()
        response = client.post(url, data)
        assert response.status_code < 500, data
        after = counts()
        if response.status_code >= 400 or response.status_code == 200:
            assert after == before, data  # refused, or shown again with errors
        else:
            assert after[0] - before[0] in (0, 1)  # one whole answer or none

    attempt()


def test_the_notification_endpoints_never_fail_on_generated_input(world):
    client = world.client("a", Role.SOCIAL_WORKER)

    @FUZZ
    @given(value=nasty_text, pk=st.integers(min_value=-(2**63), max_value=2**63))
    def attempt(value, pk):
        for response in (
            client.get("/admin/notifications/poll/", {"after": value, "since": value}),
            client.get("/admin/notifications/", {"p": value, "q": value}),
            client.post(f"/admin/notifications/{pk}/read/", {"next": value}),
            client.post("/admin/notifications/read/", {"next": value}),
        ):
            assert response.status_code < 500, (value, pk)

    attempt()
