"""Groups and their attendance: one row per participant per session."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from import_export import fields

from exchange.resources.base import ExchangeResource
from groups.models import Attendance
from groups.models.choices import Presence


class AttendanceResource(ExchangeResource):
    participant_id_path = "participant_id"

    class Meta:
        model = Attendance

    def columns(self):
        return {
            "programme": fields.Field(
                attribute="session__programme__name", column_name=_("programme")
            ),
            "group": fields.Field(
                attribute="session__group__name", column_name=_("group")
            ),
            "session": fields.Field(
                column_name=_("session"),
                dehydrate_method=lambda a: timezone.localtime(a.session.starts_at),
            ),
            "first_name": fields.Field(
                attribute="participant__first_name", column_name=_("first name")
            ),
            "last_name": fields.Field(
                attribute="participant__last_name", column_name=_("last name")
            ),
            "status": fields.Field(
                column_name=_("attendance"),
                dehydrate_method=lambda a: str(Presence(a.status).label),
            ),
            "minutes": fields.Field(
                attribute="minutes", column_name=_("minutes attended")
            ),
            "minutes_missed": fields.Field(
                attribute="minutes_missed", column_name=_("minutes missed")
            ),
            "note": fields.Field(attribute="note", column_name=_("note")),
        }

    def rows(self, queryset: QuerySet):
        return super().rows(
            queryset.select_related(
                "session__programme", "session__group", "participant"
            ).order_by("session__starts_at", "pk")
        )
