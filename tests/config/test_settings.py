"""Settings come from the environment; bad configuration fails at start-up, naming
the variable. Each case runs in a fresh interpreter, as a deployment would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "debug": settings.DEBUG,
    "engine": settings.DATABASES["default"]["ENGINE"],
    "name": str(settings.DATABASES["default"]["NAME"]),
    "host": settings.DATABASES["default"].get("HOST"),
    "layer": settings.CHANNEL_LAYERS["default"]["BACKEND"],
    "layer_hosts": settings.CHANNEL_LAYERS["default"].get("CONFIG", {}).get("hosts"),
    "email": settings.EMAIL_BACKEND,
    "allowed_hosts": settings.ALLOWED_HOSTS,
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
}, default=repr))
"""

PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "x" * 64 + "a-long-random-production-secret-for-the-test",
    "ALLOWED_HOSTS": "activation.cpas.example",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


#: Variables of the test run that a deployment does not have.
NOT_DEPLOYED = {
    "DEBUG",
    "SECRET_KEY",
    "DATABASE_URL",
    "REDIS_URL",
    "ALLOWED_HOSTS",
    "EMAIL_BACKEND",
    "DJANGO_ALLOW_ASYNC_UNSAFE",  # set for the browser tests only
}


def run_python(code: str, **environ: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in NOT_DEPLOYED}
    env.update(environ)
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    env["PYTHONPATH"] = f"{ROOT / 'site'}{os.pathsep}{ROOT}"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_with(**environ: str) -> dict:
    result = run_python(PRINT_SETTINGS, **environ)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_defaults_are_a_developer_machine():
    values = settings_with()
    assert values["debug"] is True
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"] == str(ROOT / "var" / "db.sqlite3")
    assert values["layer"] == "channels.layers.InMemoryChannelLayer"
    assert values["email"] == "django.core.mail.backends.console.EmailBackend"
    assert values["static"].endswith("StaticFilesStorage")
    assert "Manifest" not in values["static"]


def test_database_url_selects_postgresql():
    values = settings_with(DATABASE_URL="postgres://cpas:secret@127.0.0.1:5433/cpas")
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["name"] == "cpas"
    assert values["host"] == "127.0.0.1"


def test_redis_url_selects_channels_redis():
    values = settings_with(REDIS_URL="redis://127.0.0.1:6390/0")
    assert values["layer"] == "channels_redis.core.RedisChannelLayer"
    (host,) = values["layer_hosts"]
    assert host["address"] == "redis://127.0.0.1:6390/0"


def test_a_channel_layer_read_outlasts_its_blocking_pop():
    """redis-py 8's default 5 s socket timeout equals channels-redis's 5 s
    blocking pop: an idle websocket's receive loop then dies on a read timeout.
    """
    from channels_redis.core import RedisChannelLayer

    values = settings_with(REDIS_URL="redis://127.0.0.1:6390/0")
    (host,) = values["layer_hosts"]
    assert host["socket_timeout"] > RedisChannelLayer.brpop_timeout + 1


def test_production_uses_manifest_static_files():
    values = settings_with(**PRODUCTION)
    assert values["debug"] is False
    assert values["allowed_hosts"] == ["activation.cpas.example"]
    assert values["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({"DEBUG": "false", "ALLOWED_HOSTS": "x.example"}, "SECRET_KEY"),
        ({"DEBUG": "false", "SECRET_KEY": "s" * 60}, "ALLOWED_HOSTS"),
        (
            {"DEBUG": "false", "SECRET_KEY": "s" * 60, "ALLOWED_HOSTS": "x.example"},
            "REDIS_URL",
        ),
        ({"DATABASE_URL": "not a url"}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgres://"}, "DATABASE_URL"),
        ({"REDIS_URL": "http://127.0.0.1:6379"}, "REDIS_URL"),
        ({"DEBUG": "perhaps"}, "DEBUG"),
    ],
)
def test_bad_configuration_fails_at_start_up_naming_the_variable(environ, named):
    result = run_python("import django; django.setup()", **environ)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert named in result.stderr.strip().splitlines()[-1]


def test_manage_py_check_deploy_is_clean_with_production_variables():
    env = {key: value for key, value in os.environ.items() if key not in NOT_DEPLOYED}
    env.update(PRODUCTION)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_site_folder_is_not_a_package():
    # The standard library's `site` module would shadow it.
    assert not (ROOT / "site" / "__init__.py").exists()
    assert (ROOT / "site" / "config" / "__init__.py").exists()


def test_asgi_application_loads_as_daphne_loads_it():
    result = run_python(
        "from daphne.utils import import_by_path;"
        "app = import_by_path('config.asgi:application');"
        "print(type(app).__name__)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ProtocolTypeRouter")


def test_no_persistent_database_connections_under_asgi():
    """Daphne runs each request's sync code on a thread of its own: a connection
    kept per thread ran PostgreSQL out of connections under load (load_mix)."""
    from config import env

    config = env.get_database("X_UNSET_DATABASE_URL", "postgres://u@127.0.0.1/cpas")
    assert config["CONN_MAX_AGE"] == 0
