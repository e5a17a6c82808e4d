"""``python -m bench.live.inbox_pg N REFERRALS LOGS``, run by
bench/referral_inbox_pg.py on the PostgreSQL it started: the inbox's first page
and its page 1,000, ``N`` times each, through Django's test client."""

from __future__ import annotations

import sys

import django


def deep_cursor(user, page: int, size: int) -> str:
    """The link to ``page`` of the inbox (all states) as the *Next page* links
    lead to it: after the last row of the page before."""
    from workflow.selectors import inbox_referrals
    from workflow.views.keyset import cursor_of

    keys = inbox_referrals(user, states=None).values_list("pk", "state_changed_at")
    return cursor_of(keys[(page - 1) * size - 1])


def profile(name: str, call) -> None:
    """One request's queries: how many, their time, and the slowest; the rest of
    the request is Python (the view, the template)."""
    import time

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        call()
    total = (time.perf_counter() - started) * 1000
    timings = sorted(
        ((float(query["time"]) * 1000, query["sql"]) for query in captured),
        reverse=True,
    )
    sql = sum(ms for ms, _text in timings)
    print(
        f"# referral_inbox_pg {name}: {total:.1f} ms, {len(timings)} queries "
        f"taking {sql:.1f} ms; slowest {timings[0][0]:.1f} ms: {timings[0][1][:300]}",
        flush=True,
    )


def main(n: int, referrals: int, logs: int) -> list[str]:
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse

    from bench.live.pg_seed import history
    from bench.referral_inbox import line, log_in, percentile, timed

    call_command("migrate", run_syncdb=True, interactive=False, verbosity=0)
    people, seconds, cpu = history(referrals, logs)
    print(
        f"# referral_inbox_pg: {referrals} referrals and {logs} log rows seeded "
        f"in {seconds:.1f} s ({cpu:.1f} s of CPU)",
        flush=True,
    )
    inbox = reverse("referrals:inbox")
    coach, manager = Client(), Client()
    # A manager passes two factors (security.two_factor): a password log-in
    # and a session marked verified, as bench/referral_inbox.py does.
    for client, who in ((coach, "coach"), (manager, "manager")):
        if not log_in(client, people[who]):
            raise RuntimeError(f"the {who} cannot log in")
    cursor = deep_cursor(people["manager"], 1000, 50)

    def first_page() -> None:
        response = coach.get(inbox)
        assert response.status_code == 200, response.status_code

    def deep_page() -> None:
        response = manager.get(inbox, {"state": "all", "after": cursor, "p": 1000})
        assert response.status_code == 200, response.status_code
        assert b'data-referral="' in response.content, "page 1,000 is empty"

    def waiting_page() -> None:
        manager.get(inbox, {"waiting": 90})

    for name, call in (("page 1", first_page), ("page 1000", deep_page)):
        profile(name, call)
    first, first_cpu = timed(first_page, n)
    deep, deep_cpu = timed(deep_page, n)
    waiting, _cpu = timed(waiting_page, n)
    print(
        f"# referral_inbox_pg: open and waiting > 90 days, p95 "
        f"{percentile(waiting, 0.95) * 1000:.1f} ms",
        flush=True,
    )
    return [
        line(
            "referral_inbox_pg",
            {
                "inbox_p95_ms": percentile(first, 0.95) * 1000,
                "deep_p95_ms": percentile(deep, 0.95) * 1000,
                # This process's CPU (the view, the template): what a machine
                # shared with other work does not inflate; PostgreSQL's is not in it.
                "cpu_inbox_p95_ms": percentile(first_cpu, 0.95) * 1000,
                "cpu_deep_p95_ms": percentile(deep_cpu, 0.95) * 1000,
            },
        )
    ]


if __name__ == "__main__":
    django.setup()
    for text in main(*(int(value) for value in sys.argv[1:4])):
        print(text, flush=True)
