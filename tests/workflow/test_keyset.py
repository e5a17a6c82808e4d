"""Keyset pages: no row skipped or repeated across pages, even while rows are
added; the links of the lists lead from page to page."""

from __future__ import annotations

import datetime
import re

from django.urls import reverse
from django.utils import timezone

from intake.roles import Role
from tests.factories import referral_in
from tests.workflow.view_helpers import client_of
from workflow.models import Referral, ReferralState
from workflow.selectors import inbox_referrals
from workflow.views.keyset import keyset_page

S = ReferralState
START = timezone.now() - datetime.timedelta(days=100)


def referral_at(world, when) -> Referral:
    referral = referral_in(
        S.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    Referral.objects.filter(pk=referral.pk).update(state_changed_at=when)
    return referral


def test_no_row_is_skipped_or_repeated_while_rows_are_added(world):
    # Ties on the sort field (three referrals a day): the key breaks them.
    original = {
        referral_at(world, START + datetime.timedelta(days=n // 3)).pk
        for n in range(23)
    }
    coach = world.user("a", Role.COACH)
    seen: list[int] = []
    cursor = None
    pages = 0
    while True:
        page = keyset_page(
            inbox_referrals(coach, states=None),
            field="state_changed_at",
            descending=False,
            size=5,
            after=cursor,
        )
        seen += page.keys
        pages += 1
        # Meanwhile, one referral lands before the page and one after the list.
        referral_at(world, START - datetime.timedelta(days=1))
        referral_at(world, timezone.now())
        cursor = page.next_cursor
        if cursor is None or pages > 20:
            break
    assert len(seen) == len(set(seen))  # none repeated
    assert original <= set(seen)  # none skipped


def test_the_previous_pages_are_the_same_pages_backwards(world):
    for n in range(12):
        referral_at(world, START + datetime.timedelta(hours=n // 2))
    coach = world.user("a", Role.COACH)

    def page(**cursor):
        return keyset_page(
            inbox_referrals(coach, states=None),
            field="state_changed_at",
            descending=True,
            size=5,
            **cursor,
        )

    first = page()
    second = page(after=first.next_cursor)
    third = page(after=second.next_cursor)
    assert len(third.keys) == 2 and third.next_cursor is None
    assert page(before=third.previous_cursor).keys == second.keys
    back = page(before=second.previous_cursor)
    assert back.keys == first.keys and back.previous_cursor is None


def test_the_inbox_links_lead_from_page_to_page(world):
    for n in range(120):
        referral_at(world, START + datetime.timedelta(minutes=n))
    client = client_of(world, "a", Role.COACH)
    first = client.get(reverse("referrals:inbox")).content.decode()
    assert "Page 1 of 3" in first
    link = re.search(r'rel="next" href="\?([^"]+)"', first).group(1)
    second = client.get(f"{reverse('referrals:inbox')}?{link.replace('&amp;', '&')}")
    second = second.content.decode()
    assert "Page 2 of 3" in second
    rows = set(re.findall(r'data-referral="(\d+)"', first))
    assert len(rows) == 50
    assert not rows & set(re.findall(r'data-referral="(\d+)"', second))


def test_a_forged_cursor_shows_the_first_page(world):
    referral_at(world, START)
    client = world.client("a", Role.COACH)
    response = client.get(reverse("referrals:inbox"), {"after": "yesterday~x"})
    assert response.status_code == 200
    assert 'data-referral="' in response.content.decode()
