"""The export menu of a list, with the list's current filters.

The lists (a social worker's referrals, a coach's inbox, the participants, a
form's submissions, a group's attendance) ask for it by the kind of rows they
show; the app that makes exports answers through the
``register_list_export_menu`` hook (``hook(request, kind, object_id=...,
extra=...)`` → a header button, or ``None`` for a user who may not export), so
no list imports it.
"""

from __future__ import annotations

from django.http import HttpRequest
from wagtail import hooks

HOOK = "register_list_export_menu"


def list_export_buttons(
    request: HttpRequest,
    kind: str,
    *,
    object_id: int | None = None,
    extra: dict[str, str] | None = None,
) -> list:
    """The header buttons that export this list as the user sees it filtered
    (``extra``: what the list adds to its query string, ``list=inbox``)."""
    buttons = []
    for hook in hooks.get_hooks(HOOK):
        button = hook(request, kind, object_id=object_id, extra=extra or {})
        if button is not None:
            buttons.append(button)
    return buttons
