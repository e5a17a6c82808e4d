"""The read-only API: tokens, tenancy, pagination, pseudonymisation, schema."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from intake.pseudonyms import pseudonym
from intake.roles import Role
from reports.api.endpoints import PAGE_SIZE
from reports.models import ApiToken
from reports.tokens import token_create, token_digest, token_revoke
from surveys.models import Submission
from tests.factories import ParticipantFactory, form_page, question, referral_in
from tests.reports.dataset import known_dataset

pytestmark = pytest.mark.django_db


def get(path, secret=None, **params):
    headers = {"Authorization": f"Bearer {secret}"} if secret else {}
    return Client().get(f"/api{path}", params, headers=headers)


def secret_of(world, key="a", role=Role.CPAS_ADMIN, **options):
    _token, secret = token_create(user=world.user(key, role), name="BI", **options)
    return secret


@pytest.fixture
def named(world):
    """A participant of CPAS A with every personal field filled."""
    referral = referral_in(
        "submitted",
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    person = referral.participant
    person.first_name, person.last_name = "Amanuel", "Tesfaye"
    person.phone, person.email = "+32470123456", "amanuel@example.org"
    person.national_number = "85073003328"
    person.save()
    return referral


def test_only_a_hash_of_the_secret_is_kept(world):
    token, secret = token_create(user=world.user("a", Role.CPAS_ADMIN), name="BI")
    stored = ApiToken.objects.get(pk=token.pk)
    assert secret not in {stored.digest, stored.prefix, stored.name}
    assert stored.digest == token_digest(secret)
    assert len(stored.digest) == 64


@pytest.mark.parametrize("secret", [None, "cpas_wrong", "not-a-token"])
def test_no_token_or_a_wrong_one_is_401(world, named, secret):
    assert get("/participants", secret).status_code == 401


def test_a_revoked_token_is_401(world, named):
    token, secret = token_create(user=world.user("a", Role.CPAS_ADMIN), name="BI")
    assert get("/participants", secret).status_code == 200
    token_revoke(token=token)
    assert get("/participants", secret).status_code == 401


def test_an_expired_token_is_401_and_a_future_one_works(world, named):
    past = timezone.now() - datetime.timedelta(minutes=1)
    future = timezone.now() + datetime.timedelta(days=30)
    assert get("/participants", secret_of(world, expires_at=past)).status_code == 401
    assert get("/participants", secret_of(world, expires_at=future)).status_code == 200


def test_the_token_notes_when_it_was_last_used(world, named):
    token, secret = token_create(user=world.user("a", Role.CPAS_ADMIN), name="BI")
    get("/participants", secret)
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_token_reads_its_users_cpas_only(world, named):
    other = ParticipantFactory(antenna=world.antenna["b"])
    body = get("/participants", secret_of(world, pseudonymised=False)).json()
    ids = {row["id"] for row in body["items"]}
    assert named.participant_id in ids and other.pk not in ids
    outside = get("/participants", secret_of(world, "b", pseudonymised=False)).json()
    assert named.participant_id not in {row["id"] for row in outside["items"]}
    referrals = get("/referrals", secret_of(world, "b")).json()
    assert named.pk not in {row["id"] for row in referrals["items"]}


def test_a_token_follows_its_users_current_roles(world, named):
    secret = secret_of(world, "a", Role.SOCIAL_WORKER, pseudonymised=False)
    assert get("/participants", secret).json()["count"] == 1
    membership = world.members["a", Role.SOCIAL_WORKER]
    membership.delete()
    assert get("/participants", secret).json()["count"] == 0


def test_another_cpas_report_and_form_are_not_there(world):
    programme, _referrals = known_dataset(world)
    form = form_page(programme, [question("singleline", "Note", "note")])
    outsider = secret_of(world, "b")
    assert get(f"/programmes/{programme.pk}/report", outsider).status_code == 404
    assert get(f"/forms/{form.pk}/submissions", outsider).status_code == 404
    insider = secret_of(world, "a", Role.PROGRAMME_MANAGER)
    report = get(
        f"/programmes/{programme.pk}/report",
        insider,
        start="2026-01-01",
        end="2026-12-31",
    ).json()
    outcomes = next(s for s in report["sections"] if s["key"] == "outcomes")
    assert [row[1] for row in outcomes["rows"]] == [3, 2, 1, 1, 1]
    assert report["split_key"] == 0.62


def test_lists_are_paginated(world):
    for _n in range(PAGE_SIZE + 3):
        ParticipantFactory(antenna=world.antenna["a"])
    secret = secret_of(world)
    first = get("/participants", secret).json()
    second = get("/participants", secret, page=2).json()
    assert first["count"] == PAGE_SIZE + 3
    assert len(first["items"]) == PAGE_SIZE
    assert len(second["items"]) == 3
    assert not {r["id"] for r in first["items"]} & {r["id"] for r in second["items"]}


PERSONAL = ["Amanuel", "Tesfaye", "+32470123456", "amanuel@example.org", "85073003328"]


def test_a_pseudonymised_token_never_shows_who_the_person_is(world, named):
    form = form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("singleline", "Téléphone", "phone"),
            question("singleline", "Ville", "municipality"),
        ],
        kind="referral",
    )
    Submission.objects.create(
        version=form.versions.get(),
        translation_key=form.translation_key,
        programme=world.programme["a"],
        locale=form.locale,
        participant=named.participant,
        answers={
            "first_name": "Amanuel",
            "phone": "+32470123456",
            "email": "amanuel@example.org",
            "municipality": "Liège",
        },
    )
    secret = secret_of(world, pseudonymised=True)
    bodies = [
        get(path, secret).content.decode()
        for path in ("/participants", "/referrals", f"/forms/{form.pk}/submissions")
    ]
    for body in bodies:
        for text in PERSONAL:
            assert text not in body
    assert pseudonym(named.participant_id) in bodies[0]
    assert pseudonym(named.participant_id) in bodies[1]
    (answered,) = get(f"/forms/{form.pk}/submissions", secret).json()["items"]
    assert answered["answers"] == {"municipality": "Liège"}
    assert answered["participant"] == pseudonym(named.participant_id)
    plain = get("/participants", secret_of(world, pseudonymised=False)).content
    assert b"Amanuel" in plain and b"85073003328" in plain


def test_the_openapi_schema_lists_the_endpoints_without_a_token(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in (
        "/api/participants",
        "/api/referrals",
        "/api/forms",
        "/api/forms/{form_id}/submissions",
        "/api/programmes/{programme_id}/report",
    ):
        assert path in paths
    assert "bearer" in str(response.json()["components"]["securitySchemes"]).lower()


def test_no_docs_page_that_would_load_swagger_from_a_cdn(client):
    assert client.get("/api/docs").status_code == 404
    assert b"cdn" not in client.get("/api/openapi.json").content.lower()
