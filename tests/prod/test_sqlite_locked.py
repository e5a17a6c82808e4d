"""The embedded default under concurrent writes: SQLite's "database is locked".

Eight threads, each with its own connection as daphne's threads have, write at
once through the settings' own SQLite options (config.env: WAL, a 20 s busy
timeout, ``BEGIN IMMEDIATE``). Each transaction reads a counter and writes it
back plus one, and adds a row: with deferred transactions the read lock's upgrade
fails at once ("database is locked", the busy timeout does not apply to it);
with immediate ones a writer waits for the other and nothing is lost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
THREADS, WRITES = 8, 40

SCRIPT = """
import json, sys, threading, django
django.setup()
from django.contrib.sessions.models import Session
from django.db import connection, transaction
from django.utils import timezone

threads, writes = int(sys.argv[1]), int(sys.argv[2])
with connection.schema_editor() as editor:
    editor.create_model(Session)
later = timezone.now() + timezone.timedelta(days=1)
Session.objects.create(session_key="counter", session_data="0", expire_date=later)
connection.close()
failures = []

def write(thread):
    try:
        for index in range(writes):
            with transaction.atomic():
                counter = Session.objects.get(session_key="counter")
                counter.session_data = str(int(counter.session_data) + 1)
                counter.save()
                Session.objects.create(
                    session_key=f"row-{thread}-{index}",
                    session_data="x",
                    expire_date=later,
                )
    except Exception as error:
        failures.append(repr(error))
    finally:
        connection.close()

workers = [threading.Thread(target=write, args=(n,)) for n in range(threads)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print(json.dumps({
    "engine": connection.vendor,
    "options": connection.settings_dict["OPTIONS"],
    "counter": int(Session.objects.get(session_key="counter").session_data),
    "rows": Session.objects.exclude(session_key="counter").count(),
    "failures": failures[:3],
}))
"""


def test_concurrent_writes_on_sqlite_wait_and_lose_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_SETTINGS_MODULE="config.settings",
        PYTHONPATH=f"{ROOT / 'site'}{os.pathsep}{ROOT}",
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(THREADS), str(WRITES)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    counted = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"sqlite under {THREADS} concurrent writers: {counted}")
    assert counted["engine"] == "sqlite"
    assert counted["options"]["transaction_mode"] == "IMMEDIATE"
    assert counted["failures"] == []
    assert counted["counter"] == THREADS * WRITES  # no increment lost
    assert counted["rows"] == THREADS * WRITES  # no row lost
