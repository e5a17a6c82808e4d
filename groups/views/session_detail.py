"""A session's page: when, where, who leads it, interpreter, the register."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from wagtail import hooks

from groups.models import Attendance, Presence
from groups.selectors.registers import expected_people
from intake.list_exports import list_export_buttons

#: Other apps add a block to a session's page (``reminders``: the WhatsApp
#: share links) with a function registered under this hook: it receives
#: ``session`` and ``user`` and returns HTML, or ``""`` for nothing.
SESSION_PANEL_HOOK = "register_session_panel"


def session_panels(session, user) -> list[str]:
    return [
        html
        for html in (
            fn(session=session, user=user) for fn in hooks.get_hooks(SESSION_PANEL_HOOK)
        )
        if html
    ]


def register_url(session_id: int, language: str | None = None) -> str:
    with translation.override(language or get_language()):
        return reverse("registers:register", args=[session_id])


class SessionDetailMixin:
    """The inspect view of a session shows its register."""

    def get_header_buttons(self):
        """Its register to export, for those who may."""
        extra = {"session": str(self.object.pk)}
        return [
            *super().get_header_buttons(),
            *list_export_buttons(self.request, "attendance", extra=extra),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.object
        rows = list(
            Attendance.objects.filter(session=session)
            .select_related("participant")
            .order_by("participant__last_name", "participant__first_name")
        )
        context.update(
            session=session,
            attendances=rows,
            expected=expected_people(session).count(),
            excused_without_certificate=sum(
                1 for r in rows if r.status == Presence.EXCUSED and not r.certificate
            ),
            register_url=register_url(session.pk),
            extra_panels=session_panels(session, self.request.user),
        )
        return context
