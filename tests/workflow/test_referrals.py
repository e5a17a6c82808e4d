"""Participants: matched, never silently duplicated, merged by a person, and seen
only by those who work with them."""

import datetime

import pytest
from django.urls import reverse

from intake.models import Participant
from intake.roles import Role
from tests.factories import ParticipantFactory, referral_in
from workflow.models import ReferralState
from workflow.referrals import Match, participant_match, participant_merge

BORN = datetime.date(1988, 5, 17)


def match(world, first="Yonas", last="Tesfay", born=BORN, key="a"):
    return participant_match(
        cpas_id=world.cpas[key].pk,
        antenna_id=world.antenna[key].pk,
        first_name=first,
        last_name=last,
        date_of_birth=born,
        nationality="ER",
    )


def test_the_same_person_is_found_whatever_the_spelling_of_case_and_accents(world):
    first, kind = match(world)
    assert kind == Match.NEW
    again, kind = match(world, first="YONAS", last="tesfáy")
    assert (again, kind) == (first, Match.SAME_PERSON)
    assert Participant.objects.count() == 1


def test_a_near_match_is_flagged_and_a_person_merges_it(world):
    first, _kind = match(world)
    other, kind = match(world, first="Yonatan")
    assert kind == Match.POSSIBLE_DUPLICATE
    assert other.possible_duplicate_of == first
    referral = referral_in(
        ReferralState.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    type(referral).objects.filter(pk=referral.pk).update(participant=other)
    participant_merge(keep=first, duplicate=other)
    referral.refresh_from_db()
    assert referral.participant == first
    assert not Participant.objects.filter(pk=other.pk).exists()


def test_another_cpas_is_another_person(world):
    first, _kind = match(world)
    elsewhere, kind = match(world, key="b")
    assert kind == Match.NEW
    assert elsewhere != first
    with pytest.raises(ValueError):
        participant_merge(keep=first, duplicate=elsewhere)


def test_who_sees_which_participant(world):
    mine = ParticipantFactory(antenna=world.antenna["a"], first_name="Mine")
    referred = referral_in(
        ReferralState.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    ).participant
    assert set(Participant.objects.for_user(world.user("a", Role.SOCIAL_WORKER))) == {
        mine,
        referred,
    }
    assert set(Participant.objects.for_user(world.user("a", Role.COACH))) == {referred}
    assert set(Participant.objects.for_user(world.user("a", Role.CPAS_ADMIN))) == {
        mine,
        referred,
    }
    assert not Participant.objects.for_user(world.user("b", Role.CPAS_ADMIN)).exists()


def test_the_participant_screens_answer_404_across_cpas(world):
    person = ParticipantFactory(antenna=world.antenna["a"], first_name="Hidden")
    for role in Role:
        client = world.client("b", role)
        assert (
            client.get(reverse("participant:edit", args=[person.pk])).status_code == 404
        )
        page = client.get(reverse("participant:index")).content.decode()
        assert "Hidden" not in page
    worker = world.client("a", Role.SOCIAL_WORKER)
    assert worker.get(reverse("participant:edit", args=[person.pk])).status_code == 200
    listing = worker.get(reverse("participant:index") + "?possible_duplicate=true")
    assert listing.status_code == 200
