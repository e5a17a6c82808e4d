"""The two lists: a social worker's referrals, and a programme team's inbox."""

from __future__ import annotations

import django_filters
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.widgets.button import HeaderButton

from intake.list_exports import list_export_buttons
from workflow import live
from workflow.models import OPEN_STATES, Referral, ReferralState
from workflow.selectors import (
    antenna_referrals,
    in_states,
    inbox_referrals,
    may_start_referral,
    refers,
    reviews,
    waiting_longer_than,
)
from workflow.views.access import RoleRequiredMixin
from workflow.views.keyset import PageInfo, keyset_page
from workflow.views.list_rows import prepare_rows

S = ReferralState
#: The columns a row reads (workflow/includes/referral_table.html): not the
#: programme's pages and texts nor the participant's file, which cost more to
#: turn into objects than the row costs to write.
ROW_FIELDS = (
    "state",
    "state_changed_at",
    "created_at",
    "participant__first_name",
    "participant__last_name",
    "programme__name",
    "antenna__name",
)
#: The inbox's state filter: the open states together, every state, or one state.
OPEN, ALL = "open", "all"


def inbox_state_choices() -> list[tuple[str, str]]:
    return [
        (OPEN, _("Open (waiting for a decision)")),
        (ALL, _("All states")),
        *((state.value, state.label) for state in S if state != S.DRAFT),
    ]


class InboxFilterSet(WagtailFilterSet):
    """State (the open ones unless asked otherwise) and time waiting in it."""

    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=inbox_state_choices,
        empty_label=None,
        method="filter_state",
        initial=OPEN,
    )
    waiting = django_filters.NumberFilter(
        label=_("Waiting in this state for more than (days)"),
        method="filter_waiting",
        min_value=0,
    )

    class Meta:
        model = Referral
        fields: list[str] = []

    def __init__(self, data=None, *args, **kwargs):
        if not (data or {}).get("state"):
            data = data.copy() if data is not None else {}
            data["state"] = OPEN
        super().__init__(data, *args, **kwargs)

    def filter_state(self, queryset, name, value):
        if value == ALL:
            return queryset
        return in_states(queryset, OPEN_STATES if value == OPEN else [value])

    def filter_waiting(self, queryset, name, value):
        return waiting_longer_than(queryset, int(value))


class AntennaFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=S.choices, empty_label=_("All states")
    )

    class Meta:
        model = Referral
        fields: list[str] = []


class ReferralListingView(RoleRequiredMixin, BaseListingView):
    """Rows joined with what they show: one query a page, whatever its length.

    The rows are written by one template loop (``results_template_name``) rather
    than by one component per cell, which cost about 1 ms a row; the columns give
    the header and its sorting.
    """

    results_template_name = "workflow/referral_results.html"
    header_icon = "clipboard-list"
    paginate_by = 50
    verbose_name = _("referral")
    verbose_name_plural = _("referrals")
    #: States whose tag stands out: the ones that wait for this reader.
    primary_states: frozenset[str] = frozenset()
    #: The last column: the referring antenna (inbox) or the creation date.
    shows_antenna = False
    #: What the list adds to its export's query (the inbox's filters differ).
    export_extra: dict[str, str] = {}

    def get_header_buttons(self):
        return [
            *super().get_header_buttons(),
            *list_export_buttons(self.request, "referrals", extra=self.export_extra),
        ]

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        if self.ordering:
            # Ties broken by the primary key, so pages never overlap.
            direction = "-" if self.ordering.startswith("-") else ""
            queryset = queryset.order_by(self.ordering, f"{direction}pk")
        return queryset

    def paginate_queryset(self, queryset, page_size):
        """A page after (or before) the row a link names (:mod:`keyset`): the
        keys on the referral table first, then those rows with their joins.
        The page's number travels in the links (``p``), the total is counted on
        the keys."""
        ordering = self.ordering or self.default_ordering
        self.keyset = keyset_page(
            queryset,
            field=ordering.lstrip("-"),
            descending=ordering.startswith("-"),
            size=page_size,
            after=self.request.GET.get("after"),
            before=self.request.GET.get("before"),
        )
        order = {pk: n for n, pk in enumerate(self.keyset.keys)}
        rows = sorted(
            queryset.filter(pk__in=list(order)).only(*ROW_FIELDS),
            key=lambda r: order[r.pk],
        )
        total = queryset.select_related(None).order_by().count()
        self.page_info = PageInfo.of(self.request, self.keyset, total, page_size)
        return (None, None, rows, self.keyset.has_other_pages)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["keyset"] = self.keyset
        context["page_info"] = self.page_info
        context.update(live.page_context())
        context["live_states"] = self.live_states()
        prepare_rows(
            context["object_list"],
            primary_states=self.primary_states,
            shows_antenna=self.shows_antenna,
        )
        return context

    def live_states(self) -> list[str]:
        """The states in which a row that changes now belongs on this list (a
        row that just moved waits for no day)."""
        data = getattr(self.filters.form, "cleaned_data", {}) if self.filters else {}
        if data.get("waiting") is not None:
            return []
        chosen = data.get("state")
        if chosen == OPEN:
            return [str(state) for state in OPEN_STATES]
        if chosen and chosen != ALL:
            return [chosen]
        return [state.value for state in S if state not in self.hidden_states]

    #: States this list never shows.
    hidden_states: frozenset[str] = frozenset()

    @cached_property
    def columns(self):
        last = (
            Column("antenna", label=_("Referring antenna"))
            if self.shows_antenna
            else Column("created_at", label=_("Created"), sort_key="created_at")
        )
        return [
            Column("participant", label=_("Participant")),
            Column("programme", label=_("Programme")),
            Column("state", label=_("State")),
            Column(
                "state_changed_at",
                label=_("In this state since"),
                sort_key="state_changed_at",
            ),
            last,
        ]


class ReferralIndexView(ReferralListingView):
    """A social worker's referrals (her antenna's), newest first."""

    page_title = _("Referrals")
    index_url_name = "referrals:index"
    index_results_url_name = "referrals:index_results"
    default_ordering = "-created_at"
    filterset_class = AntennaFilterSet
    user_test = staticmethod(refers)
    primary_states = frozenset({S.DRAFT, S.RETURNED_FOR_INFORMATION})

    def get_header_buttons(self):
        buttons = list(super().get_header_buttons())
        if may_start_referral(self.request.user):
            buttons.insert(
                0,
                HeaderButton(
                    _("Refer a client"), url=reverse("referrals:new"), icon_name="plus"
                ),
            )
        return buttons

    def get_base_queryset(self):
        return antenna_referrals(self.request.user)


class InboxView(ReferralListingView):
    """The sent referrals of a coach's or manager's programmes, oldest first."""

    page_title = _("Referral inbox")
    index_url_name = "referrals:inbox"
    index_results_url_name = "referrals:inbox_results"
    default_ordering = "state_changed_at"
    filterset_class = InboxFilterSet
    user_test = staticmethod(reviews)
    primary_states = frozenset({S.SUBMITTED, S.ORIENTATION_DONE})

    shows_antenna = True
    hidden_states = frozenset({S.DRAFT})
    export_extra = {"list": "inbox"}

    def get_base_queryset(self):
        return inbox_referrals(self.request.user, states=None)
