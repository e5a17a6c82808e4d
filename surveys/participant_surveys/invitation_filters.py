"""The filters of the invitations list: kind and state (as the list words it)."""

from __future__ import annotations

import django_filters
from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from surveys.models import Invitation, InvitationKind

#: The states in the list's words; the first that holds names an invitation.
STATES = [
    ("open", _("Open")),
    ("complete", _("Complete")),
    ("expired", _("Expired")),
    ("withdrawn", _("Withdrawn")),
]


def in_state(queryset: QuerySet[Invitation], state: str) -> QuerySet[Invitation]:
    """The invitations ``invitation_state`` would call ``state`` (withdrawn,
    then complete, then expired, else open)."""
    if state == "withdrawn":
        return queryset.filter(revoked_at__isnull=False)
    kept = queryset.filter(revoked_at__isnull=True)
    full = Q(use_count__gte=F("max_uses"))
    if state == "complete":
        return kept.filter(full)
    ended = Q(expires_at__lte=timezone.now())
    if state == "expired":
        return kept.exclude(full).filter(ended)
    return kept.exclude(full).exclude(ended)


class InvitationFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        choices=InvitationKind.choices, label=_("Kind"), empty_label=_("All")
    )
    state = django_filters.ChoiceFilter(
        choices=STATES, label=_("State"), empty_label=_("All"), method="by_state"
    )

    class Meta:
        model = Invitation
        fields: list[str] = []

    def by_state(self, queryset, _name, value):
        return in_state(queryset, value) if value else queryset
