"""Settings of the benchmarks: the project's, on a throw-away SQLite database.

The benchmark serves plain HTTP in-process, so ``config.settings`` is read with its
development branch (no HTTPS redirect, no secure-only cookies) and DEBUG is then
turned off, as in production. Static files are served the production way
(whitenoise without autorefresh), so no request pays for file-system look-ups.
"""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ["DEBUG"] = "true"  # read by config.settings: its development branch

from config.settings import *  # noqa: E402,F403
from config.settings import INSTALLED_APPS  # noqa: E402

# In memory when the machine offers it (tmpfs): a disk's fsync at each commit
# (~20 ms on a virtual disk) would be most of every request, on both sides alike,
# and drown what is measured.
_SHM = Path("/dev/shm")
# A benchmark's child process (bench/_child.py) opens its parent's database.
if os.environ.get("CPAS_BENCH_DIR"):
    BENCH_DIR = Path(os.environ["CPAS_BENCH_DIR"])
else:
    BENCH_DIR = Path(
        tempfile.mkdtemp(
            prefix="cpas-bench-",
            dir=_SHM if _SHM.is_dir() and os.access(_SHM, os.W_OK) else None,
        )
    )
    atexit.register(shutil.rmtree, BENCH_DIR, ignore_errors=True)
    (BENCH_DIR / "static").mkdir()

DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = [*INSTALLED_APPS, "bench.stock"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BENCH_DIR / "bench.sqlite3",
    }
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BENCH_DIR / "media"
STATIC_ROOT = BENCH_DIR / "static"
WHITENOISE_AUTOREFRESH = False
WHITENOISE_USE_FINDERS = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


class _NoMigrations(dict):
    """Every app's tables straight from its models (``migrate --run-syncdb``).

    Replaying the ~200 migrations of Django, Wagtail and the project takes about
    30 s, half the benchmark's budget, and measures nothing the benchmark is about.
    The data those migrations would add and the requests need (the root page, the
    locale, the site) is created by the benchmark itself.
    """

    def __contains__(self, app_label: object) -> bool:
        return True

    def __getitem__(self, app_label: str) -> None:
        return None


MIGRATION_MODULES = _NoMigrations()
# SQLite's full-text table is created by a migration; the requests measured here
# never search, so pages are not indexed when they are saved.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
