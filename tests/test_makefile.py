"""The make commands work on a fresh machine: each one that serves the app, runs
its tests or its benchmarks installs what it needs first.

The fonts the pages load (static/vendor/noto-*) come from node_modules
(settings.STATICFILES_DIRS): a command that collects or serves the static files
without ``npm ci`` first fails on a fresh clone (``make bench`` did, in its
production run's collectstatic).
"""

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def dry_run(target: str) -> str:
    """What ``make TARGET`` would run if package.json had just changed."""
    result = subprocess.run(
        ["make", "--dry-run", "--always-make", "-W", "package.json", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("target", ["run", "test", "test-prod", "serve-prod", "bench"])
def test_the_command_installs_the_fonts_and_scripts_first(target):
    assert "npm ci" in dry_run(target)


@pytest.mark.parametrize("target", ["test", "test-prod", "serve-prod", "bench"])
def test_the_command_checks_the_database_and_redis_servers_are_installed(target):
    assert "tests/install-services.sh" in dry_run(target)
