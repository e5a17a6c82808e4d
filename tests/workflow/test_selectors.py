"""The reads behind the referral screens: scoped, and as many queries for 50
referrals as for 5; and the benchmark that measures them on 100,000 runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from intake.roles import Role
from tests.factories import referral_in
from workflow.models import Referral, ReferralState
from workflow.selectors import inbox_referrals, referral_counts

S = ReferralState
ROOT = Path(__file__).resolve().parents[2]
OPEN_CYCLE = [S.SUBMITTED, S.IN_REVIEW, S.ORIENTATION_DONE, S.WAITLISTED, S.ACCEPTED]


def add_referrals(world, count: int) -> None:
    for n in range(count):
        referral_in(
            OPEN_CYCLE[n % len(OPEN_CYCLE)],
            programme=world.programme["a"],
            antenna=world.antenna["a"],
            referred_by=world.user("a", Role.SOCIAL_WORKER),
        )


def queries(call) -> int:
    with CaptureQueriesContext(connection) as captured:
        call()
    return len(captured.captured_queries)


def read_inbox(user) -> list[str]:
    """What a row of the inbox shows, for every row."""
    return [
        f"{r.participant} {r.programme} {r.antenna} {r.state}"
        for r in inbox_referrals(user, states=None)
    ]


def test_the_inbox_selector_is_one_query_whatever_the_number_of_rows(world):
    coach = world.user("a", Role.COACH)
    add_referrals(world, 5)
    read_inbox(coach)  # the user's scope, read once per request
    assert queries(lambda: read_inbox(coach)) == 1
    assert len(read_inbox(coach)) == 5

    add_referrals(world, 45)
    assert queries(lambda: read_inbox(coach)) == 1
    assert len(read_inbox(coach)) == 50


def test_the_inbox_page_costs_as_many_queries_for_50_referrals_as_for_5(world):
    client = world.client("a", Role.COACH)
    inbox = reverse("referrals:inbox")
    add_referrals(world, 5)
    client.get(inbox)
    five = queries(lambda: client.get(inbox))

    add_referrals(world, 45)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(inbox)
    assert response.status_code == 200
    assert response.content.decode().count('href="/admin/referrals/') >= 40
    assert len(captured.captured_queries) == five


def test_the_panel_counts_in_one_query_whatever_the_number_of_referrals(world):
    manager = world.user("a", Role.PROGRAMME_MANAGER)
    add_referrals(world, 5)
    referral_counts(manager)
    assert queries(lambda: referral_counts(manager)) <= 2
    assert referral_counts(manager).total == 5

    add_referrals(world, 45)
    assert queries(lambda: referral_counts(manager)) <= 2
    counts = referral_counts(manager)
    assert counts.total == 50
    assert {row.state: row.count for row in counts.states}[S.SUBMITTED] == 10


def test_the_dashboard_costs_as_many_queries_for_50_referrals_as_for_5(world):
    client = world.client("a", Role.PROGRAMME_MANAGER)
    home = reverse("wagtailadmin_home")
    add_referrals(world, 5)
    client.get(home)
    five = queries(lambda: client.get(home))
    add_referrals(world, 45)
    assert queries(lambda: client.get(home)) == five


def test_the_counts_are_scoped_to_the_users_programmes(world):
    add_referrals(world, 5)
    referral_in(
        S.SUBMITTED,
        programme=world.programme["b"],
        antenna=world.antenna["b"],
        referred_by=world.user("b", Role.SOCIAL_WORKER),
    )
    assert referral_counts(world.user("a", Role.COACH)).total == 5
    assert referral_counts(world.user("b", Role.COACH)).total == 1
    assert Referral.objects.count() == 6


# --- the benchmark --------------------------------------------------------------------


def test_the_referral_inbox_benchmark_prints_its_measures():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.referral_inbox",
            *("--referrals", "200", "--logs", "2000", "--n", "3"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(
        (row for row in result.stdout.splitlines() if row.startswith("BENCH ")), ""
    )
    match = re.fullmatch(
        r"BENCH referral_inbox inbox_p95_ms=(\d+\.\d{3}) inbox_queries=(\d+) "
        r"panel_p95_ms=(\d+\.\d{3}) panel_queries=(\d+) referrals=200 logs=2000",
        line,
    )
    assert match, result.stdout
    assert float(match[1]) > 0 and float(match[3]) > 0
    assert int(match[4]) <= 2
