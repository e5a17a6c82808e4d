"""The dashboard panels: where a programme team's referrals stand, and a social
worker's own referrals."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.ui.components import Component

from workflow.models import Referral
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


class MyReferralsPanel(Component):
    """A social worker's dashboard: *Refer a client*, and her antenna's latest
    referrals with where each stands (through the tenancy)."""

    name = "my_referrals"
    template_name = "workflow/panels/my_referrals.html"
    order = 40
    shown = 8

    def __init__(self, user) -> None:
        self.user = user

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict:
        referrals = (
            Referral.objects.for_user(self.user)
            .select_related("participant", "programme")
            .order_by("-state_changed_at")[: self.shown]
        )
        return {
            "referrals": referrals,
            "new_url": reverse("referrals:new"),
            "index_url": reverse("referrals:index"),
        }
