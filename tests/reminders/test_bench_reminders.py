"""``make bench`` runs the reminders benchmark: its line, its figures (on a
small world here; the speed is not checked, machines differ too much)."""

import os
import re
import subprocess
import sys

from tests.test_bench import NUMBER, ROOT, metrics_of


def test_the_reminders_benchmark_prints_its_measures():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(
        [sys.executable, "-m", "bench", "reminders_run", "--n", "2"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]

    figures = metrics_of(result.stdout, "reminders_run")
    assert list(figures) == ["seconds", "sent", "duplicates"]
    assert re.fullmatch(NUMBER, figures["seconds"])
    assert figures["sent"] == "400"  # 2 groups of 20, 10 sessions each
    assert figures["duplicates"] == "0"
