"""What the services refuse, in words a coach reads."""

from __future__ import annotations


class Refused(Exception):
    """A write that is refused; nothing was written. ``error`` is the code a
    script reads, ``message`` what the person reads, ``status`` the HTTP answer,
    ``extra`` more of the answer (e.g. the server's register in a conflict)."""

    def __init__(self, error: str, message, status: int = 400, **extra) -> None:
        super().__init__(str(message))
        self.error = error
        self.message = message
        self.status = status
        self.extra = extra

    def as_json(self) -> dict:
        return {"error": self.error, "message": str(self.message), **self.extra}
