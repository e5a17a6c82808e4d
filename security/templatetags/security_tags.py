from django import template

from security.nonce import current_nonce

register = template.Library()


@register.simple_tag
def csp_nonce() -> str:
    """The request's CSP nonce, for a Wagtail template's inline script."""
    return current_nonce()


@register.filter
def minutes(duration) -> int:
    """A ``timedelta`` in whole minutes (the lock-out's length)."""
    return int(duration.total_seconds() // 60) if duration else 0
