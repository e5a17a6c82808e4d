"""The *Data in and out* menu (exports of every list, imports, one's files)
and its admin URLs."""

from __future__ import annotations

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from exchange import urls
from exchange.exports import may_export
from exchange.importers import may_import
from exchange.menus import export_menu
from intake.list_exports import HOOK as LIST_EXPORT_HOOK
from intake.tenancy import scope_of


@hooks.register("register_admin_urls")
def register_exchange_urls():
    return [path("exchange/", include(urls, namespace="exchange"))]


@hooks.register(LIST_EXPORT_HOOK)
def list_export_menu(request, kind, *, object_id=None, extra):
    """The *Export* menu of a list, for those who may export it."""
    return export_menu(request, kind, object_id=object_id, extra=extra)


@hooks.register("insert_global_admin_js")
def export_menu_js():
    return format_html(
        '<script src="{}" defer></script>', static("exchange/js/export-menu.js")
    )


class SeesDataMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return not scope_of(request.user).nothing


class ExportMenuItem(MenuItem):
    """An export of the menu, shown to those who may make it."""

    def __init__(self, label, kind: str, **kwargs) -> None:
        super().__init__(label, reverse("exchange:export", args=[kind]), **kwargs)
        self.kind = kind

    def is_shown(self, request) -> bool:
        return may_export(request.user, self.kind)


class ImportsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return may_import(request.user)


class ExchangeMenuItem(SubmenuMenuItem):
    def is_shown(self, request) -> bool:
        return not scope_of(request.user).nothing


@hooks.register("register_admin_menu_item")
def register_exchange_menu():
    items = [
        ExportMenuItem(_("Export participants"), "participants", order=100),
        ExportMenuItem(_("Export referrals"), "referrals", order=110),
        ExportMenuItem(_("Export attendance"), "attendance", order=120),
        ExportMenuItem(_("Export a form's submissions"), "submissions", order=130),
        ImportsMenuItem(
            _("Import participants"),
            reverse("exchange:import", args=["participants"]),
            order=200,
        ),
        ImportsMenuItem(
            _("Import referrals"),
            reverse("exchange:import", args=["referrals"]),
            order=210,
        ),
        SeesDataMenuItem(_("My exports"), reverse("exchange:files"), order=300),
    ]
    return ExchangeMenuItem(
        _("Data in and out"),
        Menu(items=items),
        name="exchange",
        icon_name="download",
        order=180,
    )
