"""The Reports menu's fund report and API tokens, their admin URLs, and the
demo's step."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from reports.access import report_programmes
from reports.demo import seed_reports_step
from reports.views import fund, tokens

fund_urls = (
    [
        path("", fund.FundReportIndexView.as_view(), name="index"),
        path("<int:pk>/", fund.FundReportView.as_view(), name="programme"),
        path("<int:pk>/split-key/", fund.FundSettingsView.as_view(), name="settings"),
    ],
    "fund_report",
)
token_urls = (
    [
        path("", tokens.TokenListView.as_view(), name="index"),
        path("<int:pk>/revoke/", tokens.token_revoke_view, name="revoke"),
    ],
    "api_tokens",
)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("fund-report/", include(fund_urls)),
        path("api-tokens/", include(token_urls)),
    ]


class FundReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return report_programmes(request.user).exists()


class TokenMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return tokens.may_have_tokens(request.user)


@hooks.register("register_reports_menu_item")
def register_fund_report_menu_item():
    return FundReportMenuItem(
        _("Fund report"), reverse("fund_report:index"), icon_name="table", order=100
    )


@hooks.register("register_reports_menu_item")
def register_token_menu_item():
    return TokenMenuItem(
        _("API tokens"), reverse("api_tokens:index"), icon_name="key", order=900
    )


hooks.register("register_demo_step", seed_reports_step)
