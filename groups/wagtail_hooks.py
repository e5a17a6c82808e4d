"""The Groups menu (groups, sessions, the calendar, one's calendar on the phone),
the admin URLs, the participant's panel, the demo's step and the register's
offline page."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from groups.demo import seed_groups_step
from groups.panels import participant_panel
from groups.selectors.staff import programmes_run_by
from groups.urls_register import OFFLINE_PATTERN
from groups.views import certificates, group_detail
from groups.views.calendar import CalendarView
from groups.views.feed import FeedPageView
from groups.viewsets import group_viewset, session_viewset
from intake.tenancy import scope_of

calendar_urls = (
    [
        path("", CalendarView.as_view(), name="index"),
        path("phone/", FeedPageView.as_view(), name="phone"),
    ],
    "groups_calendar",
)

enrolment_urls = (
    [
        path("group/<int:pk>/", group_detail.EnrolView.as_view(), name="enrol"),
        path("<int:pk>/promote/", group_detail.promote, name="promote"),
        path("<int:pk>/leave/", group_detail.leave, name="leave"),
        path(
            "certificate/<int:pk>/",
            certificates.certificate_file,
            name="certificate",
        ),
    ],
    "enrolments",
)


@hooks.register("register_admin_urls")
def register_groups_urls():
    return [
        path("calendar/", include(calendar_urls)),
        path("enrolments/", include(enrolment_urls)),
    ]


@hooks.register("register_admin_viewset")
def register_group_viewset():
    return group_viewset


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return session_viewset


class TeamMenuItem(MenuItem):
    """For those who run a programme's groups (and the CPAS's administrators,
    who see them)."""

    def is_shown(self, request) -> bool:
        scope = scope_of(request.user)
        return scope.everything or request.user.has_perm("groups.view_group")


class RunsGroupsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return programmes_run_by(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_groups_menu():
    items = [
        TeamMenuItem(
            _("Calendar"),
            reverse("groups_calendar:index"),
            name="groups-calendar",
            icon_name="date",
            order=100,
        ),
        TeamMenuItem(
            _("Groups"),
            reverse(group_viewset.get_url_name("index")),
            name="groups-groups",
            icon_name="group",
            order=200,
        ),
        TeamMenuItem(
            _("Sessions"),
            reverse(session_viewset.get_url_name("index")),
            name="groups-sessions",
            icon_name="time",
            order=300,
        ),
        RunsGroupsMenuItem(
            _("My calendar on my phone"),
            reverse("groups_calendar:phone"),
            name="groups-phone",
            icon_name="mobile-alt",
            order=400,
        ),
    ]
    return GroupsMenuItem(
        _("Groups"),
        Menu(items=items),
        name="groups",
        icon_name="group",
        order=170,
    )


class GroupsMenuItem(SubmenuMenuItem):
    def is_shown(self, request) -> bool:
        scope = scope_of(request.user)
        return scope.everything or request.user.has_perm("groups.view_group")


@hooks.register("register_participant_panel")
def groups_participant_panel(*, participant, user):
    return participant_panel(participant=participant, user=user)


hooks.register("register_demo_step", seed_groups_step)


@hooks.register("offline_pages")
def register_offline_page():
    return {
        "pattern": OFFLINE_PATTERN,
        "static": [
            "groups/css/register.css",
            "js/offline-store.js",
            "groups/js/register-conflict.js",
            "groups/js/register.js",
        ],
    }
