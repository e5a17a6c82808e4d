"""The "Forms" menu item and the submissions' admin URLs."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from surveys import urls_admin
from surveys.selectors import forms_for_user


@hooks.register("register_admin_urls")
def register_submission_urls():
    return [path("submissions/", include(urls_admin, namespace="surveys_submissions"))]


class FormsMenuItem(MenuItem):
    """Shown to whoever may see some form's submissions (through the tenancy)."""

    def is_shown(self, request) -> bool:
        return forms_for_user(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_forms_menu_item():
    return FormsMenuItem(
        _("Forms"),
        reverse("surveys_submissions:forms"),
        name="survey-forms",
        icon_name="form",
        order=300,
    )


@hooks.register("construct_main_menu")
def hide_wagtail_forms_menu_item(request, menu_items):
    """Wagtail's own "Forms" item lists pages by page permission, not by tenancy;
    its links lead here anyway (``FormPage.serve_submissions_list_view``)."""
    menu_items[:] = [item for item in menu_items if item.name != "forms"]


# Survey invitations, recorded questions and results (their own module).
from surveys.participant_surveys import admin_hooks  # noqa: E402, F401
from surveys.xlsform import admin_hooks as xlsform_hooks  # noqa: E402, F401
