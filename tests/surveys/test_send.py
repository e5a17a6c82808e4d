"""Sending a form to its version's address: stored once, then the thank-you page."""

import pytest
from django.urls import reverse

from intake.roles import Role
from surveys.models import Submission
from tests.factories import form_page, question, referral_in
from workflow.models import ReferralState


@pytest.fixture
def form(world):
    return form_page(
        world.programme["a"], [question("singleline", "Prénom", "first_name")]
    )


def send_url(form, **query):
    url = reverse("surveys_send", args=[form.versions.get().pk])
    return url + "".join(f"?{key}={value}" for key, value in query.items())


def test_the_form_points_to_its_version_and_a_send_redirects_to_thanks(world, form):
    coach = world.client("a", Role.COACH)
    page = coach.get(form.url).content.decode()
    assert f'action="{send_url(form)}"' in page
    response = coach.post(send_url(form), {"first_name": "Amina"})
    assert response.status_code == 303
    submission = Submission.objects.get()
    assert response["Location"] == f"{form.url}?sent={submission.pk}"
    thanks = coach.get(response["Location"])
    assert 'role="status"' in thanks.content.decode()
    assert Submission.objects.count() == 1  # reloading the thank-you page sends nothing


def test_errors_show_the_form_again_with_the_answers(world, form):
    response = world.client("a", Role.COACH).post(send_url(form), {"first_name": ""})
    assert response.status_code == 400
    assert "first_name" in response.context["form"].errors
    assert not Submission.objects.exists()


@pytest.mark.parametrize(
    ("key", "role"),
    [("b", Role.COACH), ("b", Role.CPAS_ADMIN), ("a", Role.SOCIAL_WORKER)],
)
def test_other_teams_cannot_send(world, form, key, role):
    response = world.client(key, role).post(send_url(form), {"first_name": "X"})
    assert response.status_code == 403
    assert not Submission.objects.exists()


def test_an_unpublished_form_takes_nothing(world, form):
    form.unpublish()
    response = world.client("a", Role.COACH).post(send_url(form), {"first_name": "X"})
    assert response.status_code == 404
    assert not Submission.objects.exists()


def test_an_interview_is_linked_to_the_referral_it_is_for(world, form):
    referral = referral_in(
        ReferralState.ORIENTATION_PLANNED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    coach = world.client("a", Role.COACH)
    page = coach.get(f"{form.url}?referral={referral.pk}").content.decode()
    assert referral.participant.first_name in page
    coach.post(send_url(form, referral=referral.pk), {"first_name": "A"})
    submission = Submission.objects.get()
    assert (submission.referrals.get(), submission.participant) == (
        referral,
        referral.participant,
    )
    # Another CPAS's referral cannot be named.
    other = referral_in(
        ReferralState.ORIENTATION_PLANNED,
        programme=world.programme["b"],
        antenna=world.antenna["b"],
        referred_by=world.user("b", Role.SOCIAL_WORKER),
    )
    assert coach.get(f"{form.url}?referral={other.pk}").status_code == 404
    assert (
        coach.post(send_url(form, referral=other.pk), {"first_name": "A"}).status_code
        == 404
    )
