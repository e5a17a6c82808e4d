"""The participant's page updates itself: her referrals with their states, told
over the socket when one moves, when an interview is sent for it, when her
attendance is recorded — to the people who may see her, nobody else."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async
from django.urls import reverse

from groups.models import Presence
from intake.models import Antenna
from intake.roles import Role
from tests.factories import staff_member
from tests.groups.factories import team
from tests.groups.helpers import take_register
from tests.workflow.test_consumers import cookie_for, run
from tests.workflow.test_live_rows import rows_socket
from tests.workflow.view_helpers import logged_in
from workflow import live
from workflow.models import ReferralState
from workflow.services import transition

S = ReferralState
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def setting():
    return team()


@pytest.fixture
def other_antenna_worker(setting):
    antenna = Antenna.objects.create(
        cpas=setting.programme.cpas, name="Other", slug="other"
    )
    return staff_member(Role.SOCIAL_WORKER, antenna=antenna).user


def test_her_page_lists_her_referrals_live_for_those_who_may_see_her(
    setting, other_antenna_worker
):
    referral = setting.refer(S.SUBMITTED)
    page = reverse("participant:inspect", args=[referral.participant_id])

    response = logged_in(setting.worker).get(page)
    html = response.content.decode()
    assert f'data-cpas-live-participant="{referral.participant_id}"' in html
    assert f'data-referral="{referral.pk}"' in html
    assert "No live connection: this page looks for changes" in html

    assert logged_in(other_antenna_worker).get(page).status_code == 404


def test_a_move_an_interview_and_her_attendance_reach_her_page_and_nobody_else(
    setting, other_antenna_worker
):
    """The coach moves one of her referrals, sends an interview for it, takes
    the group's register: the antenna's worker's socket gets each, naming her;
    another antenna's worker gets nothing."""
    [person] = setting.enrol(1, state=S.ACCEPTED)
    referral = setting.referrals[-1]
    session = setting.session()
    cookies = {
        "worker": cookie_for(setting.worker),
        "other": cookie_for(other_antenna_worker),
    }

    def interview_sent() -> None:
        live.referral_changed(referral, event=live.FORM_SENT)

    async def scenario():
        tabs = {who: rows_socket(cookie) for who, cookie in cookies.items()}
        for tab in tabs.values():
            assert (await tab.connect())[0]
            assert (await tab.receive_json_from())["type"] == "replay"
        await database_sync_to_async(transition)(referral, "start", setting.coach)
        await database_sync_to_async(interview_sent)()
        await database_sync_to_async(take_register)(
            setting, session, {person: Presence.PRESENT}
        )
        seen = []
        while len(seen) < 3:
            message = await tabs["worker"].receive_json_from(timeout=5)
            if message["type"] == "row":
                seen.append((message["event"], message["participant_id"]))
        assert seen == [
            (live.MOVED, person.pk),
            (live.FORM_SENT, person.pk),
            (live.ATTENDANCE, person.pk),
        ]
        assert await tabs["other"].receive_nothing(timeout=0.5)
        for tab in tabs.values():
            await tab.disconnect()

    run(scenario)
