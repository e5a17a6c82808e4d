"""Twilio's Programmable Messaging API: one HTTPS POST per SMS, HTTP basic
authentication with the account SID and its auth token, no SDK.

Settings (from the environment, see ``config/settings.py``): ``TWILIO_ACCOUNT_SID``,
``TWILIO_AUTH_TOKEN``, ``TWILIO_FROM`` (the sender number or name) and
``TWILIO_API_URL`` (``https://api.twilio.com``; a fake server in tests).
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings

from reminders.backends import BaseBackend, SendFailed
from reminders.models import SkipReason

TIMEOUT_SECONDS = 10


def _error_of(payload: bytes, status: int) -> str:
    try:
        data = json.loads(payload)
    except ValueError:
        return f"HTTP {status}"
    return f"{data.get('code', status)}: {data.get('message', '')}".strip()


class TwilioSmsBackend(BaseBackend):
    def __init__(self) -> None:
        self.sid = settings.TWILIO_ACCOUNT_SID
        token = f"{self.sid}:{settings.TWILIO_AUTH_TOKEN}".encode()
        self.authorization = "Basic " + base64.b64encode(token).decode()
        base = settings.TWILIO_API_URL.rstrip("/")
        self.url = f"{base}/2010-04-01/Accounts/{self.sid}/Messages.json"

    def send(self, *, to: str, subject: str, body: str) -> None:
        data = urllib.parse.urlencode(
            {"To": to, "From": settings.TWILIO_FROM, "Body": body}
        ).encode()
        request = urllib.request.Request(
            self.url,
            data=data,
            method="POST",
            headers={
                "Authorization": self.authorization,
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                response.read()
        except urllib.error.HTTPError as error:
            detail = _error_of(error.read(), error.code)
            raise SendFailed(SkipReason.PROVIDER_ERROR, detail) from error
        except (urllib.error.URLError, OSError) as error:
            raise SendFailed(SkipReason.PROVIDER_ERROR, str(error)) from error
