"""Two runs of ``send_reminders`` at the same moment, on SQLite and PostgreSQL:
1,000 reminders due, each received once, each recorded once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.services import postgres_server

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("concurrent_runs.py")


def two_runs_at_once(database_url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="config.settings",
        PYTHONPATH=f"{ROOT / 'site'}{os.pathsep}{ROOT}",
    )
    result = subprocess.run(
        [sys.executable, str(SCRIPT)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def assert_each_reminder_once(outcome: dict, vendor: str) -> None:
    assert outcome["vendor"] == vendor
    assert outcome["errors"] == []
    assert outcome["received"] == 1000
    assert outcome["duplicates"] == 0
    assert sum(outcome["reported_sent"]) == 1000
    assert outcome["rows"] == outcome["rows_sent"] == 1000


def test_two_overlapping_runs_on_sqlite_send_each_reminder_once():
    with tempfile.TemporaryDirectory() as folder:
        outcome = two_runs_at_once(f"sqlite:///{folder}/reminders.sqlite3")
    assert_each_reminder_once(outcome, "sqlite")


@pytest.mark.postgres
def test_two_overlapping_runs_on_postgresql_send_each_reminder_once():
    with postgres_server() as url:
        outcome = two_runs_at_once(url)
    assert_each_reminder_once(outcome, "postgresql")
