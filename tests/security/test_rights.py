"""Each person's rights (issue #12, scope 5): access to her whole record and
erasure that keeps the programme's counts, both logged."""

from __future__ import annotations

import json

from django.urls import reverse

from intake.models import AccessAction, AccessLog, Participant
from intake.roles import Role
from surveys.models import Submission
from tests.factories import ParticipantFactory, form_page, question


def answered(world):
    page = form_page(
        world.programme["a"],
        [
            question("multiline", "Comment ça va ?", "how"),
            question("yes_no", "Motivée ?", "motivated"),
        ],
    )
    participant = ParticipantFactory(
        antenna=world.antenna["a"],
        first_name="Amina",
        last_name="Haddad",
        email="amina@example.org",
        phone="+32470123456",
    )
    Submission.objects.create(
        version=page.versions.get(),
        translation_key=page.translation_key,
        programme=page.programme,
        locale=page.locale,
        answers={"how": "Ma sœur est malade", "motivated": "yes"},
        participant=participant,
        notes="Rendez-vous chez le médecin",
    )
    return participant


def test_the_cpas_administrator_exports_a_persons_whole_record(world):
    participant = answered(world)
    client = world.client("a", Role.CPAS_ADMIN)
    url = reverse("participant_rights:record", args=[participant.pk])
    page = client.get(url).content.decode()
    assert "Amina" in page and "Ma sœur est malade" in page
    response = client.get(url + "?format=json")
    record = json.loads(response.content)
    assert record["participant"]["first_name"] == "Amina"
    assert record["surveys.Submission"][0]["answers"]["how"] == "Ma sœur est malade"
    assert (
        AccessLog.objects.filter(
            action=AccessAction.ACCESS_REQUEST, participant=participant
        ).count()
        == 2
    )


def test_only_her_cpas_administrator_reads_or_erases_it(world):
    participant = answered(world)
    for key, role in [
        ("a", Role.COACH),
        ("a", Role.SOCIAL_WORKER),
        ("b", Role.CPAS_ADMIN),
    ]:
        client = world.client(key, role)
        for name in ("record", "erase"):
            url = reverse(f"participant_rights:{name}", args=[participant.pk])
            assert client.get(url).status_code in (302, 403, 404)
            assert client.post(url).status_code in (302, 403, 404)
    participant.refresh_from_db()
    assert participant.first_name == "Amina"


def test_erasure_keeps_the_counts_and_dates_and_is_logged(world):
    participant = answered(world)
    born = participant.date_of_birth
    submissions = Submission.objects.filter(programme=world.programme["a"]).count()
    client = world.client("a", Role.CPAS_ADMIN)
    response = client.post(reverse("participant_rights:erase", args=[participant.pk]))
    assert response.status_code == 302

    participant.refresh_from_db()
    assert "Amina" not in str(participant) and "Haddad" not in str(participant)
    assert participant.email == participant.phone == participant.national_number == ""
    assert participant.date_of_birth.year == born.year
    assert Participant.objects.filter(cpas=world.cpas["a"]).count() == 1
    assert (
        Submission.objects.filter(programme=world.programme["a"]).count() == submissions
    )
    submission = Submission.objects.get(participant=participant)
    assert submission.answers == {"how": "", "motivated": "yes"}
    assert submission.notes == ""
    assert AccessLog.objects.filter(
        action=AccessAction.ERASURE, participant=participant
    ).exists()
