"""The blocks this app adds: the referral page's follow-ups (through workflow's
``register_referral_panel``) and the dashboard's count of follow-ups due."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.urls import reverse
from wagtail.admin.ui.components import Component

from followups.selectors import due_count, referral_follow_ups
from followups.workload import summaries_for
from intake.panels import ParticipantPanel
from workflow.models import Referral

#: Below the referral's forms.
REFERRAL_PANEL_ORDER = 100


def referral_panel(*, referral: Referral, user) -> ParticipantPanel | None:
    rows = referral_follow_ups(user, referral)
    if not rows:
        return None
    return ParticipantPanel(
        order=REFERRAL_PANEL_ORDER,
        template_name="followups/panels/referral_follow_ups.html",
        context={"follow_up_rows": rows},
    )


class FollowUpsDuePanel(Component):
    """How many follow-ups after exit are due, linking to the list."""

    name = "follow_ups_due"
    template_name = "followups/panels/due_count.html"
    order = 60

    def __init__(self, count: int) -> None:
        self.count = count

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict:
        return {"count": self.count, "due_url": reverse("follow_ups:due")}


def due_panel(user) -> FollowUpsDuePanel | None:
    """The dashboard's block, when something is due for the user's programmes."""
    count = due_count(user)
    return FollowUpsDuePanel(count) if count else None


class WorkloadSummaryPanel(Component):
    """Per programme the user manages: people waiting for a group, sessions
    soon needing an interpreter, follow-ups overdue; links to the report."""

    name = "workload_summary"
    template_name = "followups/panels/workload_summary.html"
    order = 55

    def __init__(self, user) -> None:
        self.user = user

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict:
        return {
            "summaries": summaries_for(self.user),
            "report_url": reverse("follow_ups:workload"),
        }
