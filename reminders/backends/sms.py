"""SMS backends that send nothing: the console (``make run``) and a list in
memory (tests, benchmarks)."""

from __future__ import annotations

import sys
import threading

from reminders.backends import BaseBackend

#: What :class:`LocmemSmsBackend` "sent": ``(to, body)`` pairs.
outbox: list[tuple[str, str]] = []
_lock = threading.Lock()


class ConsoleSmsBackend(BaseBackend):
    def send(self, *, to: str, subject: str, body: str) -> None:
        sys.stdout.write(f"SMS to {to}: {body}\n")
        sys.stdout.flush()


class LocmemSmsBackend(BaseBackend):
    def send(self, *, to: str, subject: str, body: str) -> None:
        with _lock:
            outbox.append((to, body))
