"""A social worker fills the programme's referral form: draft, come back, send."""

import pytest
from django.urls import reverse

from intake.models import Participant
from intake.roles import Role
from surveys.models import Submission
from tests.factories import choices, form_page, question
from workflow.models import Referral, ReferralState, TransitionLog
from workflow.referrals import referral_draft_create

STATUSES = ["recognised_refugee", "subsidiary_protection", "family_reunification"]


@pytest.fixture
def referral_form(world):
    return form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("singleline", "Nom", "last_name"),
            question("date", "Date de naissance", "date_of_birth", not_in_future=True),
            question("country", "Nationalité", "nationality"),
            question(
                "radio",
                "Statut de séjour",
                "residence_status",
                choices=choices(*[(s, s) for s in STATUSES]),
            ),
            question("yes_no", "Revenu d'intégration du CPAS ?", "integration_income"),
            question("yes_no", "Utilise WhatsApp ?", "whatsapp"),
        ],
        kind="referral",
        title="Orientation",
    )


@pytest.fixture
def draft(world, referral_form):
    return referral_draft_create(
        user=world.user("a", Role.SOCIAL_WORKER), programme=world.programme["a"]
    )


ANSWERS = {
    "first_name": "Amina",
    "last_name": "Haddad",
    "date_of_birth": "1990-04-12",
    "nationality": "SY",
    "residence_status": "recognised_refugee",
    "integration_income": "yes",
    "whatsapp": "yes",
}


def post(client, draft, referral_form, data):
    return client.post(
        reverse("referral_form", args=[draft.pk]),
        {"form_version": referral_form.versions.get().pk, **data},
    )


def test_a_draft_keeps_what_was_filled_and_comes_back(world, draft, referral_form):
    worker = world.client("a", Role.SOCIAL_WORKER)
    response = post(
        worker, draft, referral_form, {"first_name": "Amina", "save_draft": "1"}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.answers == {"first_name": "Amina"}
    assert draft.state == ReferralState.DRAFT
    page = worker.get(reverse("referral_form", args=[draft.pk])).content.decode()
    assert 'value="Amina"' in page
    assert not Submission.objects.exists()


def test_sending_stores_the_form_matches_the_participant_and_submits(
    world, draft, referral_form
):
    worker = world.client("a", Role.SOCIAL_WORKER)
    response = post(worker, draft, referral_form, ANSWERS)
    assert response.status_code == 302, response.content.decode()[:2000]
    draft.refresh_from_db()
    assert draft.state == ReferralState.SUBMITTED
    submission = Submission.objects.get()
    assert list(submission.referrals.all()) == [draft]
    assert submission.answers["residence_status"] == "recognised_refugee"
    assert draft.participant.first_name == "Amina"
    assert draft.participant.nationality == "SY"
    assert draft.participant.whatsapp is True  # a "Yes" on the form, kept
    assert TransitionLog.objects.get().target == ReferralState.SUBMITTED

    # The same person referred again is the same participant.
    second = referral_draft_create(
        user=world.user("a", Role.SOCIAL_WORKER), programme=world.programme["a"]
    )
    post(
        worker,
        second,
        referral_form,
        {**ANSWERS, "first_name": "AMINA", "last_name": "haddad"},
    )
    second.refresh_from_db()
    assert second.participant == draft.participant
    assert Participant.objects.count() == 1


def test_a_near_match_is_flagged_never_silently_merged(world, draft, referral_form):
    worker = world.client("a", Role.SOCIAL_WORKER)
    post(worker, draft, referral_form, ANSWERS)
    second = referral_draft_create(
        user=world.user("a", Role.SOCIAL_WORKER), programme=world.programme["a"]
    )
    post(worker, second, referral_form, {**ANSWERS, "first_name": "Aminah"})
    second.refresh_from_db()
    draft.refresh_from_db()
    assert second.participant != draft.participant
    assert second.participant.possible_duplicate_of == draft.participant


def test_errors_keep_the_answers_and_store_nothing(world, draft, referral_form):
    worker = world.client("a", Role.SOCIAL_WORKER)
    response = post(
        worker, draft, referral_form, {**ANSWERS, "date_of_birth": "2999-01-01"}
    )
    assert response.status_code == 400
    assert "date_of_birth" in response.context["form"].errors
    assert 'value="Amina"' in response.content.decode()
    draft.refresh_from_db()
    assert draft.state == ReferralState.DRAFT
    assert not Submission.objects.exists()


@pytest.mark.parametrize(
    ("key", "role"),
    [
        ("a", Role.COACH),
        ("a", Role.PROGRAMME_MANAGER),
        ("b", Role.SOCIAL_WORKER),
        ("b", Role.CPAS_ADMIN),
    ],
)
def test_only_the_referring_antenna_fills_it(world, draft, referral_form, key, role):
    client = world.client(key, role)
    assert client.get(reverse("referral_form", args=[draft.pk])).status_code == 404
    assert post(client, draft, referral_form, ANSWERS).status_code == 404
    assert Referral.objects.get(pk=draft.pk).state == ReferralState.DRAFT


def test_a_sent_referral_cannot_be_filled_again(world, draft, referral_form):
    worker = world.client("a", Role.SOCIAL_WORKER)
    post(worker, draft, referral_form, ANSWERS)
    assert worker.get(reverse("referral_form", args=[draft.pk])).status_code == 404


@pytest.mark.parametrize("version", ["999999", "not-a-number"])
def test_a_version_that_is_not_the_forms_is_answered_409_and_nothing_moves(
    world, draft, referral_form, version
):
    client = world.client("a", Role.SOCIAL_WORKER)
    response = client.post(
        reverse("referral_form", args=[draft.pk]),
        {**ANSWERS, "form_version": version},
    )
    assert response.status_code == 409
    problem = response.context["problem"]
    assert str(problem.message) in response.content.decode()  # said, in French
    draft.refresh_from_db()
    assert draft.state == ReferralState.DRAFT
    assert not Submission.objects.exists()
