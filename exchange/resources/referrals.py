"""Referrals: where each stands, when it entered each state and how long it
stayed there (from its transitions' history)."""

from __future__ import annotations

import datetime

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from import_export import fields, widgets

from exchange.resources.base import ExchangeResource
from exchange.resources.participants import participant_columns
from intake.models import Antenna, Programme
from workflow.models import Referral, ReferralState

IMPORTED_PARTICIPANT_COLUMNS = ("first_name", "last_name", "date_of_birth")


def state_days(referral: Referral) -> dict[str, tuple[datetime.datetime, float]]:
    """For each state the referral went through: when it first entered it and
    the days it spent there in all (up to now for the current one)."""
    spans: dict[str, tuple[datetime.datetime, float]] = {}
    moments = [(log.created_at, log.target) for log in referral.transitions.all()]
    if not moments or moments[-1][1] != referral.state:
        moments.append((referral.state_changed_at, referral.state))
    ends = [moment for moment, _state in moments[1:]] + [timezone.now()]
    for (start, state), end in zip(moments, ends, strict=True):
        first, days = spans.get(state, (start, 0.0))
        spans[state] = (first, days + (end - start).total_seconds() / 86400)
    return spans


class ReferralResource(ExchangeResource):
    participant_id_path = "participant_id"

    class Meta:
        model = Referral

    def columns(self):
        get = Referral._meta.get_field
        columns = {
            "id": fields.Field(attribute="pk", column_name=_("Referral")),
            **participant_columns("participant__"),
            "programme": fields.Field(
                attribute="programme",
                column_name=get("programme").verbose_name,
                widget=widgets.ForeignKeyWidget(Programme, "name"),
            ),
            "antenna": fields.Field(
                attribute="antenna",
                column_name=get("antenna").verbose_name,
                widget=widgets.ForeignKeyWidget(Antenna, "name"),
            ),
            "state": fields.Field(
                column_name=get("state").verbose_name,
                dehydrate_method=lambda r: str(ReferralState(r.state).label),
            ),
            "state_changed_at": fields.Field(
                column_name=get("state_changed_at").verbose_name,
                dehydrate_method=lambda r: timezone.localtime(r.state_changed_at),
            ),
            "created_at": fields.Field(
                column_name=get("created_at").verbose_name,
                dehydrate_method=lambda r: timezone.localtime(r.created_at),
            ),
        }
        for state in ReferralState:
            columns[f"since_{state.value}"] = fields.Field(
                column_name=_("%(state)s: since") % {"state": state.label},
                dehydrate_method=lambda r, s=state.value: self._since(r, s),
            )
            columns[f"days_{state.value}"] = fields.Field(
                column_name=_("%(state)s: days") % {"state": state.label},
                dehydrate_method=lambda r, s=state.value: self._days(r, s),
            )
        return columns

    def _spans(self, referral):
        if not hasattr(referral, "_exchange_spans"):
            referral._exchange_spans = state_days(referral)
        return referral._exchange_spans

    def _since(self, referral, state: str):
        span = self._spans(referral).get(state)
        return timezone.localtime(span[0]).date() if span else ""

    def _days(self, referral, state: str):
        span = self._spans(referral).get(state)
        return round(span[1], 1) if span else ""

    def rows(self, queryset: QuerySet):
        return super().rows(
            queryset.select_related(
                "participant", "programme", "antenna"
            ).prefetch_related("transitions")
        )
