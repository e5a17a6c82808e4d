"""The current request's Content-Security-Policy nonce, for templates that are
rendered without the request in their context (form widgets)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.http import HttpRequest

_current: ContextVar[HttpRequest | None] = ContextVar("csp_request", default=None)


@contextmanager
def of_request(request: HttpRequest) -> Iterator[None]:
    token = _current.set(request)
    try:
        yield
    finally:
        _current.reset(token)


def current_nonce() -> str:
    """The nonce of the request being answered (added to its CSP header once
    read), or an empty string outside a request."""
    request = _current.get()
    nonce = getattr(request, "csp_nonce", None) if request is not None else None
    return str(nonce) if nonce is not None else ""
