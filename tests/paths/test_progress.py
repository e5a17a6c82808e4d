"""A referral's progress along its programme's path: done (with when and what
shows it), next, overdue, later."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone, translation

from groups.models import SessionKind
from paths.progress import referral_progress
from workflow.models import Referral, ReferralState

pytestmark = pytest.mark.django_db


def statuses(referral) -> list[str]:
    return [each.status for each in referral_progress(referral).steps]


def test_a_new_referral_expects_its_first_step(path_setting):
    path_setting.sent(days=3)
    progress = referral_progress(path_setting.referral)
    assert [each.status for each in progress.steps] == [
        "next",
        "later",
        "later",
        "later",
    ]
    assert progress.steps[0].due_on == timezone.localdate() + datetime.timedelta(27)


def test_steps_done_by_sessions_forms_and_states_in_turn(path_setting):
    s = path_setting
    s.sent(days=40)
    s.attended(SessionKind.INFO_SESSION, days=35)
    s.filled(s.interview, days=30)
    assert statuses(s.referral) == ["done", "overdue", "later", "later"]
    s.filled(s.interview, days=2)
    assert statuses(s.referral) == ["done", "done", "next", "later"]
    with translation.override("en"):
        progress = referral_progress(s.referral)
    interviews = progress.steps[1]
    assert interviews.count == 2
    assert interviews.done_at == progress.steps[1].proofs[1].at
    assert "Sent on" in interviews.proofs[-1].text


def test_another_kind_of_session_is_no_proof(path_setting):
    s = path_setting
    s.sent(days=5)
    s.attended(SessionKind.GROUP_SESSION, days=4)
    assert statuses(s.referral)[0] == "next"


def test_the_contract_is_done_only_when_sent_signed(path_setting):
    s = path_setting
    s.sent(days=20)
    s.attended(SessionKind.INFO_SESSION, days=19)
    s.filled(s.interview, days=18)
    s.filled(s.interview, days=17)
    s.filled(s.contract, days=16, answers={})
    assert statuses(s.referral)[2] == "overdue"
    s.filled(
        s.contract,
        days=1,
        answers={"signature": {"image": "signatures/x.png", "recorded_by": "Coach"}},
    )
    assert statuses(s.referral)[2] == "done"


def test_a_state_reached_is_a_step_done_and_a_stopped_referral_expects_nothing(
    path_setting,
):
    s = path_setting
    s.sent(days=2)
    Referral.objects.filter(pk=s.referral.pk).update(state=ReferralState.IN_PROGRESS)
    s.referral.refresh_from_db()
    assert statuses(s.referral) == ["next", "later", "later", "done"]
    Referral.objects.filter(pk=s.referral.pk).update(state=ReferralState.DROPPED_OUT)
    s.referral.refresh_from_db()
    assert statuses(s.referral) == ["later", "later", "later", "later"]
