"""Sending a form: to its version's address, stored once, then the thank-you page;
to the page itself or the address, one path with the same refusals."""

import uuid

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from intake.roles import Role
from surveys.models import Submission
from surveys.views.send import form_post
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


# --- one path for every POST of a form ------------------------------------------


def page_post(form, data):
    """The page's own address (``FormPage.serve``)."""
    return form.url, {"form_version": form.versions.get().pk, **data}


def action_post(form, data):
    """The form's ``action`` (``surveys_send``)."""
    return send_url(form), data


@pytest.mark.parametrize("route", [page_post, action_post], ids=["page", "action"])
def test_both_addresses_refuse_a_version_of_another_form_with_409(world, form, route):
    other = form_page(
        world.programme["a"], [question("singleline", "Nom", "name")], title="Autre"
    )
    coach = world.client("a", Role.COACH)
    for posted in (other.versions.get().pk, 999_999, "v1"):
        url, data = route(form, {"first_name": "Amina"})
        response = coach.post(url, {**data, "form_version": posted})
        assert response.status_code == 409
        with translation.override("en"):
            assert str(response.context["problem"].message).startswith(
                "This form changed."
            )
        # The form is shown again as published, ready to be sent once more.
        assert response.context["version"] == form.versions.get()
        assert f'action="{send_url(form)}"' in response.content.decode()
    assert not Submission.objects.exists()


@pytest.mark.parametrize("route", [page_post, action_post], ids=["page", "action"])
def test_both_addresses_refuse_the_same_errors_and_store_the_same_answers(
    world, form, route
):
    coach = world.client("a", Role.COACH)
    url, data = route(form, {"first_name": ""})
    assert coach.post(url, data).status_code == 400
    url, data = route(form, {"first_name": "Amina", "unknown": "x"})
    response = coach.post(url, data)
    assert response.status_code == 400
    assert "unknown" in str(response.context["problem"].message)
    assert not Submission.objects.exists()
    url, data = route(form, {"first_name": " Amina ", "client_uuid": str(uuid.uuid4())})
    assert coach.post(url, data).status_code in (200, 303)
    assert Submission.objects.get().answers == {"first_name": "Amina"}
    # The same client id with other answers: refused, nothing changed.
    again = {**data, "first_name": "Awa"}
    assert coach.post(url, again).status_code == 409
    assert Submission.objects.get().answers == {"first_name": "Amina"}


class Refused(Exception):
    pass


def test_what_runs_with_the_stored_answers_shares_their_transaction(world, form):
    """The referral form's use: a refusal after storing stores nothing."""
    request = RequestFactory().post(
        "/", {"form_version": form.versions.get().pk, "first_name": "Amina"}
    )
    request.user = world.user("a", Role.COACH)
    stored = []

    def refuse(submission):
        stored.append(submission.answers)
        raise Refused

    with pytest.raises(Refused):
        form_post(request, form, on_stored=refuse, on_sent=lambda s: HttpResponse())
    assert stored == [{"first_name": "Amina"}]
    assert not Submission.objects.exists()

    shown = []
    response = form_post(
        request,
        form,
        on_sent=lambda submission: HttpResponse(f"sent {submission.pk}"),
        render=lambda *args, **kwargs: shown.append(kwargs) or HttpResponse(),
    )
    assert response.content.decode() == f"sent {Submission.objects.get().pk}"
    assert shown == []
