"""Wagtail hooks of the notifications: URLs, the menu item, the bell on every page.

Imported by ``workflow/wagtail_hooks.py``.
"""

from __future__ import annotations

from django import forms
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from workflow import live
from workflow import notification_views as views
from workflow.models import NotificationPreference

POLL_SECONDS = live.POLL_SECONDS

urlpatterns = [
    path("", views.login_required_views["index"], name="index"),
    path("poll/", views.login_required_views["poll"], name="poll"),
    path("<int:pk>/read/", views.login_required_views["mark_read"], name="mark_read"),
    path("read/", views.login_required_views["mark_all_read"], name="mark_all_read"),
]


@hooks.register("register_admin_urls")
def register_notification_urls():
    return [path("notifications/", include((urlpatterns, "notifications")))]


@hooks.register("register_admin_menu_item")
def register_notifications_menu_item():
    return MenuItem(
        gettext_lazy("Notifications"),
        reverse("notifications:index"),
        icon_name="info-circle",
        order=150,
    )


@hooks.register("insert_global_admin_css")
def notifications_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("workflow/css/notifications.css")
    )


@hooks.register("insert_global_admin_js")
def notifications_bell():
    """The bell's script (it asks ``poll`` for the user's count on load), and
    the live rows' script that listens to the same socket."""
    return format_html(
        '<script src="{}" defer data-cpas-notifications data-poll-url="{}" '
        'data-index-url="{}" data-socket-path="/ws/notifications/" '
        'data-poll-seconds="{}" data-label="{}"></script>',
        static("workflow/js/notifications.js"),
        reverse("notifications:poll"),
        reverse("notifications:index"),
        POLL_SECONDS,
        _("Notifications: %(count)s unread"),
    ) + format_html(
        '<script src="{}" defer data-cpas-live-rows data-rows-url="{}" '
        'data-poll-seconds="{}"></script>',
        static("workflow/js/live_rows.js"),
        reverse("referrals:live"),
        POLL_SECONDS,
    )


class EmailPreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["email"]
        labels = {"email": gettext_lazy("E-mail me when a referral moves")}
        widgets = {"email": forms.RadioSelect}


class EmailPreferencePanel(BaseSettingsPanel):
    """On "My account": immediately, a daily digest, or never."""

    name = "referral_emails"
    title = gettext_lazy("Referral e-mails")
    tab = notifications_tab
    order = 200
    form_class = EmailPreferenceForm

    def get_form(self):
        preference, _created = NotificationPreference.objects.get_or_create(
            user=self.user
        )
        kwargs = {"instance": preference, "prefix": self.name}
        if self.request.method == "POST":
            return self.form_class(self.request.POST, **kwargs)
        return self.form_class(**kwargs)


@hooks.register("register_account_settings_panel")
def register_email_preference_panel(request, user, profile):
    return EmailPreferencePanel(request, user, profile)
