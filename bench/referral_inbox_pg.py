"""The referral inbox on PostgreSQL: the first page, and page 1,000, of 100,000
referrals.

A PostgreSQL server started as the tests start it (tests/services.py), the
history of bench/referral_inbox.py (100,000 referrals over five programmes;
1,000,000 log rows: the inbox reads none of them) written by PostgreSQL itself
(bench/live/pg_seed.py, INSERT … SELECT generate_series), then, through Django's
test client: a coach's inbox (open referrals of her programme, oldest first)
and a manager's inbox of all five programmes at page 1,000 (all states, reached
by its *Next page* link, which names the last row of page 999: keyset
pagination, workflow/views/keyset.py).

Prints::

    BENCH referral_inbox_pg inbox_p95_ms=… deep_p95_ms=… cpu_inbox_p95_ms=…
        cpu_deep_p95_ms=…

(cpu_: the CPU of the process serving the requests, without PostgreSQL's.)

Goals: ≤ 150 ms and ≤ 200 ms.
"""

from __future__ import annotations

import subprocess
import sys

from bench.live.topology import ROOT, environment
from tests.services import postgres_server

REPEAT = 20
REFERRALS = 100_000
LOGS = 1_000_000


def run(n: int = REPEAT) -> list[str]:
    with postgres_server() as database_url:
        env = environment(database_url, "")
        env.pop("REDIS_URL")
        result = subprocess.run(
            [sys.executable, "-m", "bench.live.inbox_pg", str(n)]
            + [str(REFERRALS), str(LOGS)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    if result.returncode != 0:
        raise RuntimeError(f"referral_inbox_pg failed:\n{result.stderr[-3000:]}")
    return [text for text in result.stdout.splitlines() if text.strip()]
