"""The XLSForm import page (Settings-like menu item for programme managers) and
an "Export as XLSForm" button on every form page."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from intake.models import Programme
from surveys.models import FormPage
from surveys.views import xlsform as views

app_name = "surveys_xlsform"
urlpatterns = [
    path("import/", views.XlsFormImportView.as_view(), name="import"),
    path("<int:pk>/export/", views.xlsform_export, name="export"),
]


@hooks.register("register_admin_urls")
def register_xlsform_urls():
    return [path("xlsform/", include((urlpatterns, app_name), namespace=app_name))]


class ImportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return Programme.objects.editable_by(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import an XLSForm"),
        reverse("surveys_xlsform:import"),
        name="xlsform-import",
        icon_name="upload",
        order=310,
    )


@hooks.register("register_page_header_buttons")
def export_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, FormPage) and page.live:
        yield Button(
            _("Export as XLSForm"),
            views.export_url(page),
            icon_name="download",
            priority=68,
        )
