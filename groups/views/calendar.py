"""The calendar in the admin: a week or a month of sessions, for a coach, a
programme or a participant (``?coach=``, ``?programme=``, ``?participant=``;
``?view=week|month``, ``?day=YYYY-MM-DD``). What is named must be in the
user's tenancy (else 404); only the range shown is read."""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from groups.selectors.calendar import (
    calendar_sessions,
    days_of,
    monday_of,
    month_range,
    weeks_of,
)
from groups.selectors.staff import programmes_run_by, team_of
from groups.views.admin_page import AdminPage
from groups.views.session_detail import register_url
from intake.models import Participant, Programme
from intake.parsing import parse_int
from intake.roles import Role, roles_of

WEEK, MONTH = "week", "month"


def _with_id(url: str, pk: int) -> str:
    """``url`` made for id 0 (``…/0/``), for ``pk``."""
    head, _zero, tail = url.rpartition("/0/")
    return f"{head}/{pk}/{tail}"


class CalendarView(AdminPage, TemplateView):
    template_name = "groups/calendar.html"
    header_icon = "date"
    page_title = _("Calendar")

    def setup(self, request, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        query, user = request.GET, request.user
        self.view = WEEK if query.get("view") == WEEK else MONTH
        try:
            self.day = datetime.date.fromisoformat(query.get("day", ""))
        except ValueError:
            self.day = timezone.localdate()
        self.programme = self._one(Programme.objects.for_user(user), query, "programme")
        self.coach = self._one(team_of(user), query, "coach")
        self.participant = self._one(
            Participant.objects.for_user(user), query, "participant"
        )
        if not (self.programme or self.coach or self.participant):
            self._default_for(user)

    @staticmethod
    def _one(queryset, query, name):
        if name not in query:
            return None
        found = queryset.filter(pk=parse_int(query[name])).first()
        if found is None:
            raise Http404
        return found

    def _default_for(self, user) -> None:
        """A coach sees her own sessions; a manager her first programme."""
        if Role.COACH in roles_of(user):
            self.coach = user
        else:
            self.programme = programmes_run_by(user).first()

    @cached_property
    def bounds(self) -> tuple[datetime.date, datetime.date]:
        if self.view == WEEK:
            start = monday_of(self.day)
            return start, start + datetime.timedelta(days=7)
        return month_range(self.day)

    def get_page_subtitle(self):
        who = self.participant or self.programme
        if self.coach:
            who = self.coach.get_full_name() or self.coach.get_username()
        return str(who or "")

    def url(self, **changes) -> str:
        params = {"view": self.view, "day": self.day.isoformat()}
        for name in ("programme", "coach", "participant"):
            value = getattr(self, name)
            if value is not None:
                params[name] = value.pk
        params.update(changes)
        return reverse("groups_calendar:index") + "?" + urlencode(params)

    def navigation(self) -> dict[str, str]:
        if self.view == WEEK:
            before = self.day - datetime.timedelta(days=7)
            after = self.day + datetime.timedelta(days=7)
        else:
            first = self.day.replace(day=1)
            before = (first - datetime.timedelta(days=1)).replace(day=1)
            after = (first + datetime.timedelta(days=32)).replace(day=1)
        return {
            "previous": self.url(day=before.isoformat()),
            "next": self.url(day=after.isoformat()),
            "today": self.url(day=timezone.localdate().isoformat()),
            "week": self.url(view=WEEK),
            "month": self.url(view=MONTH),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        start, end = self.bounds
        sessions = calendar_sessions(
            self.request.user,
            start=start,
            end=end,
            programme_id=self.programme.pk if self.programme else None,
            coach_id=self.coach.pk if self.coach else None,
            participant_id=self.participant.pk if self.participant else None,
        )
        # One reverse each, not one per session (a month has dozens).
        register_base = register_url(0)
        page_base = reverse("sessions:inspect", args=[0])
        for session in sessions:
            session.register_link = _with_id(register_base, session.pk)
            session.page_link = _with_id(page_base, session.pk)
        days = days_of(
            sessions, start, end, month=self.day.month if self.view == MONTH else None
        )
        context.update(
            view=self.view,
            day=self.day,
            today=timezone.localdate(),
            days=days,
            weeks=weeks_of(days) if self.view == MONTH else [days],
            weekday_names=[d.date for d in days[:7]],
            sessions=sessions,
            nav=self.navigation(),
            programmes=Programme.objects.for_user(self.request.user),
            coaches=team_of(self.request.user),
            chosen=self,
        )
        return context
