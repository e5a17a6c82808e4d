"""The dashboard panel of a programme team: where their referrals stand."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.ui.components import Component

from workflow.selectors import referral_counts


class ReferralCountsPanel(Component):
    """Referrals per state and those waiting too long, each linking to the inbox
    filtered on them. One query (``referral_counts``)."""

    name = "referral_counts"
    template_name = "workflow/panels/referral_counts.html"
    order = 50

    def __init__(self, user) -> None:
        self.user = user

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict:
        counts = referral_counts(self.user)
        inbox = reverse("referrals:inbox")

        def link(**query) -> str:
            return f"{inbox}?{urlencode(query)}"

        return {
            "counts": counts,
            "rows": [
                {"row": row, "url": link(state=row.state)} for row in counts.states
            ],
            "waiting_url": link(state="open", waiting=counts.waiting_days),
            "inbox_url": inbox,
        }
