"""Pluggable sending backends, chosen in settings like Django's ``EMAIL_BACKEND``::

    REMINDER_BACKENDS = {
        "email": "reminders.backends.mail.EmailBackend",   # through Django's mail
        "sms": "reminders.backends.sms.ConsoleSmsBackend",  # or TwilioSmsBackend
    }

A backend has ``open()``, ``close()`` and ``send(*, to, subject, body)``; ``send``
raises :class:`SendFailed` with a :class:`~reminders.models.SkipReason` and a
detail when the message was refused (a bounce, the provider's error).
"""

from __future__ import annotations

from django.conf import settings
from django.utils.module_loading import import_string

DEFAULT_BACKENDS = {
    "email": "reminders.backends.mail.EmailBackend",
    "sms": "reminders.backends.sms.ConsoleSmsBackend",
}


class SendFailed(Exception):
    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail[:300]


class BaseBackend:
    def open(self) -> None:
        """Called once before a run's messages."""

    def close(self) -> None:
        """Called once after them."""

    def send(self, *, to: str, subject: str, body: str) -> None:
        raise NotImplementedError


def backend_for(channel: str) -> BaseBackend:
    """A new backend for ``channel`` (``"email"`` or ``"sms"``)."""
    configured = {**DEFAULT_BACKENDS, **getattr(settings, "REMINDER_BACKENDS", {})}
    return import_string(configured[channel])()
