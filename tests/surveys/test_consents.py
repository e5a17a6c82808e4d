"""Consent answers recorded on the person (surveys/consents.py, issue #12
scope 5): an interview's by the coach who held it, an identifying survey's as
given by the participant herself; an anonymous survey's names nobody."""

from __future__ import annotations

import uuid

import pytest

from intake.models import ConsentPurpose, ConsentRecord, ConsentSource
from intake.roles import Role
from surveys.models import InvitationKind, Submission
from tests.factories import ParticipantFactory, form_page, question
from tests.surveys.interview_fixtures import client_of, interview_setting
from tests.surveys.participant_surveys.survey_helpers import (
    ANSWERS,
    form_data,
    invite,
    satisfaction_form,
    send_url,
)
from tests.surveys.participant_surveys.test_survey_send import CONSENT

pytestmark = pytest.mark.django_db

CONTRACT_TEXT = "J'accepte que mon contrat soit partagé avec mon assistante sociale."


def test_a_consent_in_an_interview_is_recorded_by_the_coach(world):
    setting = interview_setting(world)
    setting.forms["contract"] = form_page(
        world.programme["a"],
        [question("consent", "Accord", "agree", text=CONTRACT_TEXT, version="2026")],
        kind="contract",
        title="Contrat",
    )
    response = client_of(setting.coach).post(
        setting.url("contract", "send"),
        {
            "form_version": setting.forms["contract"].published_version.pk,
            "client_uuid": str(uuid.uuid4()),
            "agree": "on",
        },
        headers={"X-CSRFToken": "token"},
    )
    assert response.status_code == 201, response.content
    record = ConsentRecord.objects.get()
    assert record.participant == setting.participant
    assert record.source == ConsentSource.INTERVIEW
    assert record.text == CONTRACT_TEXT and record.version == "2026"
    assert record.recorded_by == setting.coach
    assert record.given_at == Submission.objects.get().submitted_at


def survey_sent(client, world, *, identify: bool, kind=InvitationKind.PERSONAL):
    form = satisfaction_form(world.programme["a"], extra=[CONSENT])
    if identify:
        form.identify_participant = True
        form.save_revision().publish()
    person = ParticipantFactory(antenna=world.antenna["a"])
    options = {"participant": person} if kind == InvitationKind.PERSONAL else {}
    _invitation, token = invite(form, kind=kind, **options)
    data = form_data(client, token, **{**ANSWERS, "consent": "on"})
    assert client.post(send_url(token), data).status_code == 303
    return person


def test_a_survey_naming_her_records_her_own_consent(client, world):
    person = survey_sent(client, world, identify=True)
    record = ConsentRecord.objects.get()
    assert record.participant == person
    assert record.purpose == ConsentPurpose.SURVEY
    assert record.source == ConsentSource.SURVEY
    assert record.text == "Mes réponses peuvent être liées à mon nom."
    assert record.version == "v1"
    assert record.recorded_by is None and record.recorded_by_name == ""


@pytest.mark.parametrize("kind", [InvitationKind.PERSONAL, InvitationKind.SESSION])
def test_an_anonymous_surveys_consent_names_nobody(client, world, kind):
    survey_sent(client, world, identify=False, kind=kind)
    assert not ConsentRecord.objects.exists()
    submission = Submission.objects.get()
    assert submission.participant is None
    assert submission.answers["consent"] == {"accepted": True, "version": "v1"}


def test_a_team_member_on_a_tablet_does_not_become_the_recorder(world):
    coach = client_of(world.user("a", Role.COACH))  # still logged in
    survey_sent(coach, world, identify=True)
    assert ConsentRecord.objects.get().recorded_by is None
