"""The referral screens in the Wagtail admin: URLs, menu items, dashboard panel;
and what the workflow adds to the other apps through their hooks (a participant's
programmes and panel, referrals as what forms are filled for)."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import include, path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from intake.panels import ParticipantPanel
from workflow import views
from workflow.form_notices import form_sent_notices
from workflow.interviews import interviews_panel
from workflow.panels import MyReferralsPanel, ReferralCountsPanel
from workflow.participant_live import participant_live_panel
from workflow.selectors import may_start_referral, refers, reviews
from workflow.subjects import ReferralSubjects
from workflow.views.referral_form import referral_form


@hooks.register("register_admin_urls")
def register_referral_urls():
    return [
        path("referrals/", include(views, namespace="referrals")),
        path("refer/<int:pk>/form/", referral_form, name="referral_form"),
    ]


@hooks.register("register_participant_programmes")
def participant_referral_programmes() -> str:
    """A programme's team sees the participants referred to it."""
    return "referrals__programme"


@hooks.register("register_participant_panel")
def participant_interviews_panel(*, participant, user) -> ParticipantPanel | None:
    return interviews_panel(
        participant=participant, user=user, language=get_language() or ""
    )


hooks.register("register_participant_panel", participant_live_panel)


@hooks.register("register_form_subject")
def referral_form_subjects() -> ReferralSubjects:
    return ReferralSubjects()


@hooks.register("register_referral_submission")
def notify_form_sent(*, referral, submission) -> None:
    form_sent_notices(referral=referral, submission=submission)


class RoleMenuItem(MenuItem):
    """A menu item shown only to the roles that use its screen."""

    def __init__(self, *args, shown_to: Callable[..., bool], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request) -> bool:
        return self.shown_to(request.user)


@hooks.register("register_admin_menu_item")
def register_referrals_menu_item():
    return RoleMenuItem(
        _("Referrals"),
        reverse("referrals:index"),
        name="referrals",
        icon_name="clipboard-list",
        order=150,
        shown_to=refers,
    )


@hooks.register("register_admin_menu_item")
def register_inbox_menu_item():
    return RoleMenuItem(
        _("Referral inbox"),
        reverse("referrals:inbox"),
        name="referral-inbox",
        icon_name="mail",
        order=160,
        shown_to=reviews,
    )


@hooks.register("construct_homepage_panels")
def add_referral_counts_panel(request, panels) -> None:
    if reviews(request.user):
        panels.append(ReferralCountsPanel(request.user))
    if may_start_referral(request.user):
        panels.append(MyReferralsPanel(request.user))


# The notifications' hooks (URLs, menu item, the bell) live in their own module.
from workflow import notification_hooks  # noqa: E402, F401
