"""The same code on PostgreSQL and Redis, as production runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.services import postgres_server, redis_server

ROOT = Path(__file__).resolve().parents[1]


def run(args: list[str], **environ: str) -> subprocess.CompletedProcess:
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(environ)
    env["PYTHONPATH"] = f"{ROOT / 'site'}{os.pathsep}{ROOT}"
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    return subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


COUNTS = (
    "import django, json; django.setup();"
    "from intake.models import Cpas, Programme, Membership;"
    "from home.models import ProgrammePage;"
    "print(json.dumps([Cpas.objects.count(), Programme.objects.count(),"
    " Membership.objects.count(), ProgrammePage.objects.count()]))"
)

HEALTHZ = (
    "import django; django.setup();"
    "from django.test import Client;"
    "print(Client(HTTP_HOST='127.0.0.1').get('/healthz').status_code)"
)


@pytest.mark.postgres
def test_migrate_seed_and_healthz_on_postgresql():
    with postgres_server() as url:
        for _ in range(2):  # seeding twice changes nothing, on PostgreSQL too
            migrated = run(
                [sys.executable, "manage.py", "migrate", "--no-input"], DATABASE_URL=url
            )
            assert migrated.returncode == 0, migrated.stderr
            seeded = run([sys.executable, "manage.py", "seed_demo"], DATABASE_URL=url)
            assert seeded.returncode == 0, seeded.stderr
            counts = run([sys.executable, "-c", COUNTS], DATABASE_URL=url)
            # Five programme pages, each in the nine languages (issue #13).
            assert json.loads(counts.stdout.splitlines()[-1]) == [5, 5, 20, 45]
        healthy = run([sys.executable, "-c", HEALTHZ], DATABASE_URL=url)
        assert healthy.stdout.strip().splitlines()[-1] == "200"
    # The server is gone: the probe says so instead of failing.
    down = run([sys.executable, "-c", HEALTHZ], DATABASE_URL=url)
    assert down.stdout.strip().splitlines()[-1] == "503", down.stderr


RECEIVE = """
import asyncio, django; django.setup()
from channels.layers import get_channel_layer
async def main():
    layer = get_channel_layer()
    name = await layer.new_channel()
    print(name, flush=True)
    message = await asyncio.wait_for(layer.receive(name), timeout=600)
    print(message["text"], flush=True)
asyncio.run(main())
"""

SEND = """
import sys, django; django.setup()
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
layer = get_channel_layer()
print(type(layer).__name__)
async_to_sync(layer.send)(sys.argv[1], {"type": "test.message", "text": "hello"})
"""


#: Longer than two of channels-redis's blocking pops (5 s each).
IDLE_SECONDS = 12


@pytest.mark.redis
def test_a_message_crosses_processes_through_redis():
    with redis_server() as url:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(
            REDIS_URL=url,
            PYTHONPATH=f"{ROOT / 'site'}{os.pathsep}{ROOT}",
            DJANGO_SETTINGS_MODULE="config.settings",
        )
        receiver = subprocess.Popen(
            [sys.executable, "-c", RECEIVE],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            channel = receiver.stdout.readline().strip()
            assert channel.startswith("specific."), receiver.stderr.read()
            # A websocket waits long between messages: the receiver goes
            # through several of the layer's 5 s blocking pops first.
            time.sleep(IDLE_SECONDS)
            sender = run([sys.executable, "-c", SEND, channel], REDIS_URL=url)
            assert sender.returncode == 0, sender.stderr
            assert sender.stdout.strip() == "RedisChannelLayer"
            received = receiver.stdout.readline().strip()
            # Nothing read: the receiver ended; its errors say why.
            assert received == "hello", received or receiver.stderr.read()
        finally:
            receiver.kill()
            receiver.wait()
