"""Blocks that other apps add to a participant's admin pages (inspect and edit).

``intake`` shows a participant and imports no other app; what the others know
about her (``workflow``: the interviews her programmes' team may start) they add
through the ``register_participant_panel`` Wagtail hook::

    @hooks.register("register_participant_panel")
    def interviews(participant, user):
        return ParticipantPanel(
            order=100,
            template_name="surveys/interview/links.html",
            context={"interview_blocks": blocks},
        )

Each registered function receives the participant and the request's user (keyword
arguments) and returns a :class:`ParticipantPanel`, or ``None`` when it has
nothing to show this user about her. The panels are shown by ascending ``order``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString
from wagtail import hooks

if TYPE_CHECKING:
    from django.http import HttpRequest

    from intake.models import Participant

PARTICIPANT_PANEL_HOOK = "register_participant_panel"


@dataclass(frozen=True)
class ParticipantPanel:
    """One block: ready HTML, or a template and its context."""

    order: int
    html: str = ""
    template_name: str = ""
    context: Mapping[str, Any] = field(default_factory=dict)

    def render(self, request: HttpRequest) -> SafeString:
        if self.template_name:
            return render_to_string(
                self.template_name, dict(self.context), request=request
            )
        return conditional_escape(self.html)


def participant_panels(
    participant: Participant, request: HttpRequest
) -> list[SafeString]:
    """The registered panels for ``participant`` as ``request.user`` may see
    them, rendered, in their order."""
    panels = [
        panel
        for register in hooks.get_hooks(PARTICIPANT_PANEL_HOOK)
        if (panel := register(participant=participant, user=request.user)) is not None
    ]
    panels.sort(key=lambda panel: panel.order)
    return [panel.render(request) for panel in panels]
