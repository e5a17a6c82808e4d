"""Invitation tokens: entropy, hashing, single use, expiry, places, renew, withdraw."""

from __future__ import annotations

import base64
import datetime
import hashlib

import pytest
from django.db import connection
from django.utils import timezone

from intake.roles import Role
from surveys.models import Invitation, InvitationKind
from surveys.participant_surveys.invitations import (
    InvitationInvalid,
    invitation_create,
    invitation_for_token,
    invitation_renew,
    invitation_use,
    invitation_withdraw,
    token_new,
)
from tests.factories import ParticipantFactory, form_page, question


@pytest.fixture
def survey(world):
    return form_page(
        world.programme["a"],
        [question("likert", "Le module ?", "module", points="5")],
        kind="participant_satisfaction",
        title="Satisfaction",
    )


def make(world, survey, kind=InvitationKind.SESSION, **fields):
    return invitation_create(
        user=world.user("a", Role.COACH),
        form=survey,
        kind=kind,
        label="Module 3, mardi",
        **fields,
    )


def reason(token: str) -> str:
    with pytest.raises(InvitationInvalid) as refused:
        invitation_for_token(token)
    return refused.value.reason


def test_a_token_carries_at_least_128_random_bits():
    tokens = {token_new() for _ in range(2000)}
    assert len(tokens) == 2000
    for token in list(tokens)[:50]:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        assert len(raw) * 8 >= 128
        assert len(token) >= 22  # 128 bits in URL-safe base64


def test_only_the_hash_is_stored(world, survey):
    invitation, token = make(world, survey)
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT * FROM {Invitation._meta.db_table} WHERE id = %s",
            [invitation.pk],
        )
        row = cursor.fetchone()
    assert all(token not in str(value) for value in row)
    assert invitation_for_token(token) == invitation


def test_an_unknown_or_mangled_token_opens_nothing(world, survey):
    _invitation, token = make(world, survey)
    assert reason(token[:-1] + ("A" if token[-1] != "A" else "B")) == "unknown"
    assert reason("") == "unknown"
    assert reason("x" * 500) == "unknown"


def test_a_personal_link_is_used_once(world, survey):
    participant = ParticipantFactory(antenna=world.antenna["a"])
    invitation, token = make(
        world, survey, kind=InvitationKind.PERSONAL, participant=participant
    )
    assert invitation.max_uses == 1
    assert invitation_use(invitation) is True
    assert invitation_use(invitation) is False
    assert reason(token) == "used"


def test_an_expired_invitation_is_refused(world, survey):
    invitation, token = make(
        world, survey, expires_at=timezone.now() + datetime.timedelta(hours=1)
    )
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert reason(token) == "expired"
    assert invitation_use(invitation) is False


def test_a_session_code_admits_n_people_then_closes(world, survey):
    invitation, token = make(world, survey, max_uses=3)
    assert [invitation_use(invitation) for _ in range(4)] == [True, True, True, False]
    invitation.refresh_from_db()
    assert invitation.use_count == 3
    assert reason(token) == "used"


def test_the_last_place_is_not_taken_twice(world, survey):
    """Two people opened the survey when one place was left: both hold a copy
    saying so; the conditional update lets only one of them in."""
    invitation, _token = make(world, survey, max_uses=2)
    invitation_use(invitation)
    first = Invitation.objects.get(pk=invitation.pk)
    second = Invitation.objects.get(pk=invitation.pk)
    assert not first.is_used_up and not second.is_used_up
    assert [invitation_use(first), invitation_use(second)] == [True, False]
    assert Invitation.objects.get(pk=invitation.pk).use_count == 2


def test_renewing_invalidates_the_old_token(world, survey):
    invitation, old = make(world, survey)
    new = invitation_renew(invitation)
    assert new != old
    assert reason(old) == "unknown"
    assert invitation_for_token(new) == invitation


def test_renewing_an_expired_session_code_opens_it_for_another_day(world, survey):
    invitation, _old = make(world, survey)
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(hours=3)
    )
    invitation.refresh_from_db()
    new = invitation_renew(invitation)
    assert invitation_for_token(new) == invitation
    left = Invitation.objects.get(pk=invitation.pk).expires_at - timezone.now()
    assert datetime.timedelta(hours=23) < left <= datetime.timedelta(days=1)


def test_renewing_a_valid_code_keeps_its_end(world, survey):
    ends = timezone.now() + datetime.timedelta(hours=2)
    invitation, _old = make(world, survey, expires_at=ends)
    invitation_renew(invitation)
    assert Invitation.objects.get(pk=invitation.pk).expires_at == ends


def test_a_withdrawn_invitation_is_refused(world, survey):
    invitation, token = make(world, survey)
    invitation_withdraw(invitation)
    assert reason(token) == "withdrawn"
    assert invitation_use(invitation) is False
