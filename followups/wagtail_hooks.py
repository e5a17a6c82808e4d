"""The follow-ups' admin: the plan's screens, the coach's due list, the
workload report under Reports, the dashboard blocks; and what this app adds
to the others through their hooks (scheduling after completion, the referral
page's block, follow-ups as what a form is filled for, the demo's step)."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from followups import urls
from followups.demo import seed_follow_ups_step
from followups.panels import WorkloadSummaryPanel, due_panel, referral_panel
from followups.selectors import holds_follow_ups
from followups.services import schedule_after_completion
from followups.subjects import FollowUpSubjects
from followups.views.workload import reads_workload
from followups.viewsets import follow_up_plan_viewset
from intake.tenancy import scope_of


@hooks.register("register_admin_urls")
def register_follow_up_urls():
    return [path("follow-ups/", include(urls, namespace="follow_ups"))]


@hooks.register("register_admin_viewset")
def register_follow_up_plan_viewset():
    return follow_up_plan_viewset


class TeamMenuItem(MenuItem):
    """For the programmes' teams."""

    def is_shown(self, request) -> bool:
        return holds_follow_ups(request.user)


class PlanMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm("followups.view_followupstep")


class WorkloadMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return reads_workload(request.user)


@hooks.register("register_admin_menu_item")
def register_follow_ups_due_menu_item():
    return TeamMenuItem(
        _("Follow-ups due"),
        reverse("follow_ups:due"),
        name="follow-ups-due",
        icon_name="calendar-check",
        order=165,
    )


@hooks.register("register_admin_menu_item")
def register_follow_up_plan_menu_item():
    return PlanMenuItem(
        _("Follow-up plan"),
        reverse(follow_up_plan_viewset.get_url_name("index")),
        name="follow-up-plan",
        icon_name="calendar-check",
        order=166,
    )


@hooks.register("register_reports_menu_item")
def register_workload_menu_item():
    return WorkloadMenuItem(
        _("Workload"),
        reverse("follow_ups:workload"),
        name="workload",
        icon_name="table",
        order=100,
    )


@hooks.register("construct_homepage_panels")
def add_follow_ups_due_panel(request, panels) -> None:
    panel = due_panel(request.user)
    if panel is not None:
        panels.append(panel)
    if reads_workload(request.user) and not scope_of(request.user).everything:
        panels.append(WorkloadSummaryPanel(request.user))


@hooks.register("register_after_transition")
def schedule_follow_ups(*, referral, log) -> None:
    schedule_after_completion(referral=referral, log=log)


@hooks.register("register_referral_panel")
def follow_ups_referral_panel(*, referral, user):
    return referral_panel(referral=referral, user=user)


@hooks.register("register_form_subject")
def follow_up_form_subjects() -> FollowUpSubjects:
    return FollowUpSubjects()


hooks.register("register_demo_step", seed_follow_ups_step)
