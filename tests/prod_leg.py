"""The second leg of ``make test``: the parts that matter, on PostgreSQL and Redis.

Starts one PostgreSQL and one Redis on loopback for the whole session (from
Debian's packages, as tests/services.py does), points ``DATABASE_URL`` and
``REDIS_URL`` at them and runs pytest on :data:`PROD_LEG` — the paths whose
behaviour depends on the engines: the referral workflow and its sockets, the
survey and interview send paths, the group registers, tenancy, the
postgres/redis-marked tests and the fault tests in tests/prod/. pytest's exit
code is this script's exit code.

    python -m tests.prod_leg [pytest arguments]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.services import postgres_server, redis_server

ROOT = Path(__file__).resolve().parents[1]

PROD_LEG = [
    "tests/workflow",
    "tests/surveys/test_send.py",
    "tests/surveys/interviews/test_interview_send.py",
    "tests/surveys/participant_surveys/test_survey_send.py",
    "tests/surveys/participant_surveys/test_invitations.py",
    "tests/groups/test_register_views.py",
    "tests/groups/test_registers.py",
    "tests/groups/test_tenancy.py",
    "tests/intake/test_tenancy.py",
    "tests/test_production_parity.py",
    "tests/prod",
]


def main(arguments: list[str]) -> int:
    started = time.monotonic()
    with postgres_server() as database_url, redis_server() as redis_url:
        env = dict(os.environ, DATABASE_URL=database_url, REDIS_URL=redis_url)
        print(f"prod leg: PostgreSQL {database_url}, Redis {redis_url}", flush=True)
        command = [sys.executable, "-m", "pytest", "-m", "not browser", *PROD_LEG]
        code = subprocess.run([*command, *arguments], cwd=ROOT, env=env).returncode
    print(f"prod leg: {time.monotonic() - started:.0f} s, exit {code}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
