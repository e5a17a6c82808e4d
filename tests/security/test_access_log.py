"""Sensitive questions and the access log (issue #12, scope 4)."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from intake.models import AccessAction, AccessLog
from intake.roles import Role
from surveys.models import FormPage, Submission
from tests.factories import ParticipantFactory, form_page, question
from tests.surveys.interview_fixtures import english

SECRET = "Séropositif depuis 2019"


@pytest.fixture
def answered(world):
    """A health question marked sensitive, answered for one participant."""
    page = form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom usuel", "usual_name"),
            question("multiline", "Santé", "health", required=False, sensitive=True),
        ],
        title="Entretien d'accueil",
    )
    participant = ParticipantFactory(antenna=world.antenna["a"])
    return Submission.objects.create(
        version=page.versions.get(),
        translation_key=page.translation_key,
        programme=page.programme,
        locale=page.locale,
        answers={"usual_name": "Mimi", "health": SECRET},
        participant=participant,
    )


def form_pk(submission) -> int:
    return FormPage.objects.get(translation_key=submission.translation_key).pk


def detail(submission):
    return reverse(
        "surveys_submissions:detail", args=[form_pk(submission), submission.pk]
    )


def export(submission, **query):
    url = reverse("surveys_submissions:index", args=[form_pk(submission)])
    return url + "?export=csv" + "".join(f"&{k}={v}" for k, v in query.items())


def test_the_coach_reads_a_sensitive_answer_and_the_reading_is_logged(world, answered):
    response = world.client("a", Role.COACH).get(
        detail(answered), REMOTE_ADDR="10.1.2.3"
    )
    assert response.status_code == 200
    assert SECRET in response.content.decode()
    entry = AccessLog.objects.get(action=AccessAction.VIEW_SENSITIVE)
    assert entry.user == world.user("a", Role.COACH)
    assert entry.participant == answered.participant
    assert entry.ip_address == "10.1.2.3"
    assert entry.cpas == world.cpas["a"]


@pytest.mark.parametrize("role", [Role.SOCIAL_WORKER, Role.CPAS_ADMIN])
def test_other_roles_see_that_it_exists_not_what_it_says(world, answered, role):
    response = english(world.client("a", role)).get(detail(answered))
    if response.status_code == 200:
        content = response.content.decode()
        assert SECRET not in content
        assert "Sensitive answer" in content
    else:
        assert response.status_code in (302, 403, 404)


def test_exports_leave_sensitive_answers_out_unless_asked_and_log_it(world, answered):
    client = world.client("a", Role.COACH)
    plain = client.get(export(answered)).content.decode("utf-8-sig")
    assert SECRET not in plain and "Mimi" in plain
    asked = client.get(export(answered, sensitive="1")).content.decode("utf-8-sig")
    assert SECRET in asked
    actions = list(AccessLog.objects.values_list("action", flat=True))
    assert AccessAction.EXPORT in actions and AccessAction.EXPORT_SENSITIVE in actions
    admin = world.client("a", Role.CPAS_ADMIN)
    refused = admin.get(export(answered, sensitive="1"))
    if refused.status_code == 200:
        assert SECRET not in refused.content.decode("utf-8-sig")


def test_viewing_a_participants_record_is_logged(world, answered):
    participant = answered.participant
    client = world.client("a", Role.SOCIAL_WORKER)
    url = reverse("participant:inspect", args=[participant.pk])
    assert client.get(url).status_code == 200
    assert AccessLog.objects.filter(
        action=AccessAction.VIEW_RECORD, participant=participant
    ).exists()


def test_the_cpas_administrator_reads_and_exports_her_cpas_log_only(world, answered):
    world.client("a", Role.COACH).get(detail(answered))
    world.client("b", Role.COACH).get("/admin/")  # nothing logged in B
    listing = reverse("accesslog:index")
    admin_a = world.client("a", Role.CPAS_ADMIN)
    content = admin_a.get(listing).content.decode()
    assert world.user("a", Role.COACH).username in content
    response = admin_a.get(listing + "?export=csv")
    exported = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(exported)))
    assert len(rows) >= 2
    admin_b = world.client("b", Role.CPAS_ADMIN)
    assert (
        world.user("a", Role.COACH).username
        not in admin_b.get(listing).content.decode()
    )
    coach = world.client("a", Role.COACH).get(listing)
    assert coach.status_code in (302, 403)
