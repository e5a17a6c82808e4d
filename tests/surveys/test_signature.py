"""A signature question in the interview mode: the drawing is kept as a PNG
under the private root (never under the public media), with who recorded it
and when; required when marked so; read as "signed on <date> by <name>" in
summaries and exports, never as the image."""

from __future__ import annotations

import uuid

import pytest
from django.utils import timezone, translation

from surveys.field_types.display import answer_display
from surveys.models import InterviewDraft, Submission
from tests.factories import form_page, question
from tests.surveys.interview_fixtures import client_of, draft_save, english
from tests.surveys.signature_images import (
    BLANK_SIGNATURE,
    SIGNATURE,
    SIGNATURE_NAME,
    SIGNATURE_PNG,
    not_a_png,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def contract(setting):
    setting.forms["contract"] = form_page(
        setting.referral.programme,
        [
            question("singleline", "Objectifs", "goals", required=False),
            question("signature", "Signature de la personne", "signature"),
        ],
        kind="contract",
        title="Contrat PIIS",
    )
    return setting


def send(client, setting, **data):
    form = setting.forms["contract"]
    return client.post(
        setting.url("contract", "send"),
        {
            "form_version": form.published_version.pk,
            "client_uuid": data.pop("client_uuid", str(uuid.uuid4())),
            **data,
        },
        headers={"X-CSRFToken": "token", "Accept-Language": "en"},
    )


def test_a_signature_is_stored_privately_with_who_and_when(contract, settings):
    coach = english(client_of(contract.coach))
    client_uuid = str(uuid.uuid4())
    before = timezone.now()
    response = send(coach, contract, signature=SIGNATURE, client_uuid=client_uuid)
    assert response.status_code == 201, response.content
    submission = Submission.objects.get()
    answer = submission.answers["signature"]
    assert answer["image"] == SIGNATURE_NAME
    assert (settings.PRIVATE_MEDIA_ROOT / SIGNATURE_NAME).read_bytes() == SIGNATURE_PNG
    assert not (settings.MEDIA_ROOT / SIGNATURE_NAME).exists()
    assert answer["recorded_by"] == contract.coach.get_full_name()
    assert answer["recorded_by_id"] == contract.coach.pk
    assert before <= timezone.datetime.fromisoformat(answer["signed_at"])

    # The tablet sends it again (the network came back): stored once.
    again = send(coach, contract, signature=SIGNATURE, client_uuid=client_uuid)
    assert again.status_code in (200, 201), again.content
    assert Submission.objects.count() == 1

    spec = submission.version.form_schema.question("signature")
    with translation.override("en"):
        text = answer_display(spec, answer).text
        cells = spec.definition.export_cells(spec, answer)
    assert text.startswith("signed on ") and contract.coach.get_full_name() in text
    assert cells == [text]
    assert "data:" not in str(cells) and "signatures/" not in str(cells)


def test_an_unsigned_contract_is_refused_with_a_clear_message(contract):
    coach = english(client_of(contract.coach))
    response = send(coach, contract, goals="Trouver un stage")
    assert response.status_code == 400
    assert (
        "La zone de signature est vide" in response.content.decode()
    )  # the form is French
    assert not Submission.objects.exists()


def test_an_empty_or_foreign_drawing_is_refused(contract):
    coach = english(client_of(contract.coach))
    blank = send(coach, contract, signature=BLANK_SIGNATURE)
    assert "La zone de signature est vide" in blank.content.decode()
    photo = send(coach, contract, signature=not_a_png())
    assert "pas un dessin provenant de la zone de signature" in photo.content.decode()
    assert not Submission.objects.exists()


def test_a_signature_too_large_is_refused(contract, settings):
    settings.SIGNATURE_MAX_BYTES = len(SIGNATURE_PNG) - 1
    response = send(english(client_of(contract.coach)), contract, signature=SIGNATURE)
    assert response.status_code == 400
    assert "Cette signature est trop volumineuse" in response.content.decode()


def test_the_draft_keeps_the_drawing_offline_and_back(contract):
    coach = english(client_of(contract.coach))
    version = contract.forms["contract"].published_version.pk
    saved = draft_save(
        coach, contract, "contract", version=version, answers={"signature": SIGNATURE}
    )
    assert saved.status_code in (200, 201), saved.content
    draft = InterviewDraft.objects.get(participant=contract.participant)
    assert draft.answers["signature"] == SIGNATURE
