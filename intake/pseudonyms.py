"""Stable pseudonyms for participants in exports, reports and the API.

The same participant gets the same pseudonym in every file and on every day, so
an analyst can join two exports; nobody can go back from the pseudonym to the
person without the server's secret (an HMAC of the record's id keyed by a key
derived from SECRET_KEY).
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings

PREFIX = "P-"
LENGTH = 10


def _key() -> bytes:
    return hashlib.sha256(
        b"participant-pseudonym:" + settings.SECRET_KEY.encode()
    ).digest()


def pseudonym(participant_id: int) -> str:
    """``P-`` and ten upper-case hex characters, stable for one participant."""
    digest = hmac.new(_key(), str(participant_id).encode(), hashlib.sha256)
    return PREFIX + digest.hexdigest()[:LENGTH].upper()
