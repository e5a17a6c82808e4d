"""An uploaded XLSForm kept between its preview and the manager's confirmation:
a private file named by a random token, known only to her session, dropped when
used or after an hour."""

from __future__ import annotations

import secrets
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings

SESSION_KEY = "xlsform_uploads"
KEEP_SECONDS = 3600


@dataclass
class PendingImport:
    token: str
    programme_id: int
    kind: str
    title: str
    saved_at: float


def folder() -> Path:
    path = Path(settings.PRIVATE_MEDIA_ROOT) / "xlsform"
    path.mkdir(parents=True, exist_ok=True)
    return path


def keep(session, data: bytes, programme_id: int, kind: str, title: str) -> str:
    token = secrets.token_urlsafe(16)
    (folder() / token).write_bytes(data)
    pending = session.get(SESSION_KEY, {})
    now = time.time()
    pending = {k: v for k, v in pending.items() if now - v["saved_at"] < KEEP_SECONDS}
    pending[token] = asdict(PendingImport(token, programme_id, kind, title, now))
    session[SESSION_KEY] = pending
    return token


def take(session, token: str) -> tuple[PendingImport, bytes] | None:
    """The upload of this session named ``token`` (once), or None."""
    pending = session.get(SESSION_KEY, {})
    found = pending.pop(str(token), None)
    session[SESSION_KEY] = pending
    if found is None or time.time() - found["saved_at"] > KEEP_SECONDS:
        return None
    path = folder() / found["token"]
    if not path.is_file():
        return None
    data = path.read_bytes()
    path.unlink()
    return PendingImport(**found), data
