"""The *Export* menu of the lists (CSV, XLSX, JSON), offered through
:mod:`intake.list_exports` to the users who may export, each link carrying the
list's current filters. ``static/exchange/js/export-menu.js`` keeps the links in
step when the list is filtered again without a page load."""

from __future__ import annotations

from django.http import HttpRequest, QueryDict
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.button import Button, ButtonWithDropdown

from exchange.exports import may_export
from exchange.writers import FORMATS

#: A list's query parameters that are not filters (its page, its order, a
#: Wagtail fragment request, Wagtail's own download); the same in the script.
NOT_FILTERS = (
    "p",
    "page",
    "after",
    "before",
    "ordering",
    "export",
    "format",
    "_w_filter_fragment",
)
FORMAT_LABELS = {
    "csv": _("CSV"),
    "xlsx": _("Excel (XLSX)"),
    "json": _("JSON"),
}


def export_query(params: QueryDict, extra: dict[str, str]) -> QueryDict:
    """The list's filters, without its page or order, with ``extra``."""
    query = params.copy()
    for name in NOT_FILTERS:
        query.pop(name, None)
    for name, value in extra.items():
        query[name] = value
    return query


def export_menu(
    request: HttpRequest,
    kind: str,
    *,
    object_id: int | None = None,
    extra: dict[str, str],
) -> ButtonWithDropdown | None:
    """The menu, or ``None`` for a user who may not export this list."""
    if not may_export(request.user, kind):
        return None
    if object_id is None:
        base = reverse("exchange:export", args=[kind])
    else:
        base = reverse("exchange:export_form", args=[kind, object_id])
    query = export_query(request.GET, extra)
    extras = QueryDict(mutable=True)
    extras.update(extra)
    buttons = []
    for priority, export_format in enumerate(FORMATS):
        query["format"] = export_format
        buttons.append(
            Button(
                FORMAT_LABELS[export_format],
                url=f"{base}?{query.urlencode()}",
                icon_name="download",
                priority=priority,
                attrs={
                    "data-cpas-export": base,
                    "data-cpas-export-extra": extras.urlencode(),
                    "data-cpas-export-format": export_format,
                },
            )
        )
    return ButtonWithDropdown(
        label=_("Export"),
        buttons=buttons,
        icon_name="download",
        classname="w-header-button button button-secondary",
        attrs={"data-cpas-export-menu": kind},
    )
