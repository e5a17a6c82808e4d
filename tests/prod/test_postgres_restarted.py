"""PostgreSQL restarted (stopped at once, as a crash) during participants' sends.

One daphne on PostgreSQL; twenty participants send their answers to a session's
survey spread over a few seconds, and PostgreSQL goes down for two seconds in the
middle. A send answered with an error is sent again with the same
``client_uuid``, as the survey's script does: in the end each participant's
answers are stored exactly once — none lost, none doubled.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests

from tests.services import free_port, postgres_server, restart_postgres, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
PARTICIPANTS = 20
SPREAD, DOWN_AT, DOWN_FOR = 6.0, 2.0, 2.0
GIVE_UP = 60.0

SEED = """
import json, django; django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from bench.survey_burst import seed
session = seed(100)
print(json.dumps({"token": session.token, "invitation": session.invitation_id,
                  "version": session.version_id}))
"""

COUNT = """
import json, sys, django; django.setup()
from django.db.models import Count
from surveys.models import Submission
rows = Submission.objects.filter(invitation_id=int(sys.argv[1]))
counted = rows.values_list("client_uuid").annotate(n=Count("pk"))
print(json.dumps({str(client_uuid): n for client_uuid, n in counted}))
"""


def send(base: str, data: dict, start: float, outcome: dict) -> None:
    """One participant: sends, and sends again with the same id after an error."""
    time.sleep(max(0.0, start - time.monotonic()))
    client_uuid, token = str(uuid.uuid4()), secrets.token_hex(16)
    form = {
        "csrfmiddlewaretoken": token,
        "form_version": str(data["version"]),
        "client_uuid": client_uuid,
        "module": "4",
        "group": "2",
    }
    headers = {"Cookie": f"csrftoken={token}", "Accept": "application/json"}
    headers["Referer"] = base + "/"
    attempts, give_up = 0, time.monotonic() + GIVE_UP
    while time.monotonic() < give_up:
        attempts += 1
        try:
            response = requests.post(
                f"{base}/fr/survey/{data['token']}/send/",
                data=form,
                headers=headers,
                timeout=20,
            )
            if response.status_code in (200, 201):
                outcome[client_uuid] = attempts
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    outcome[client_uuid] = 0


def run(args: list[str], env: dict) -> str:
    done = subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.postgres
def test_sends_during_a_postgresql_restart_are_stored_exactly_once():
    with postgres_server() as url:
        env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
        env.update(
            DATABASE_URL=url,
            DJANGO_SETTINGS_MODULE="config.settings",
            PYTHONPATH=f"{ROOT / 'site'}{os.pathsep}{ROOT}",
            ALLOWED_HOSTS="127.0.0.1,localhost",
        )
        data = json.loads(run([sys.executable, "-c", SEED], env))
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
            + ["config.asgi:application"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(port, timeout=120)
            outcome: dict[str, int] = {}
            began = time.monotonic()
            threads = [
                threading.Thread(
                    target=send,
                    args=(
                        f"http://127.0.0.1:{port}",
                        data,
                        began + SPREAD * index / PARTICIPANTS,
                        outcome,
                    ),
                )
                for index in range(PARTICIPANTS)
            ]
            for thread in threads:
                thread.start()
            time.sleep(DOWN_AT)
            restart_postgres(url, DOWN_FOR)
            for thread in threads:
                thread.join()
        finally:
            server.terminate()
            server.wait(timeout=20)
        stored = json.loads(
            run([sys.executable, "-c", COUNT, str(data["invitation"])], env)
        )
    retried = sum(1 for attempts in outcome.values() if attempts > 1)
    print(
        f"postgresql restarted: {PARTICIPANTS} participants, {retried} sent again "
        f"after an error, {len(stored)} stored, rows per answer "
        f"{sorted(set(stored.values()))}"
    )
    assert 0 not in outcome.values()  # every participant got an answer in the end
    assert set(stored) == set(outcome)  # none lost
    assert all(n == 1 for n in stored.values())  # none doubled
