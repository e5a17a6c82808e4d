"""The access log in the admin: a CPAS administrator reads and exports her
CPAS's rows (who, what, when, from where); nobody adds, edits or deletes one."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from intake.models import AccessLog
from intake.roles import Role, roles_of
from intake.viewsets import TenantModelViewSet


class AccessLogViewSet(TenantModelViewSet):
    model = AccessLog
    icon = "history"
    menu_label = _("Access log")
    add_to_admin_menu = True
    menu_order = 900
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = ["at", "username", "action", "participant", "detail", "ip_address"]
    list_filter = ["action"]
    list_export = ["at", "username", "action", "participant", "detail", "ip_address"]
    export_filename = "access-log"
    search_fields = ["username", "detail"]
    form_fields = ["detail"]

    def get_urlpatterns(self):
        """The listing and its export only: a log is not edited."""
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name in ("index", "index_results")
        ]

    def tenant_queryset(self, request: HttpRequest, action: str) -> QuerySet:
        """Her CPAS's rows for a CPAS administrator (all for the operator)."""
        user = request.user
        if not (user.is_superuser or Role.CPAS_ADMIN in roles_of(user)):
            return AccessLog.objects.none()
        return AccessLog.objects.for_user(user).select_related("participant")
