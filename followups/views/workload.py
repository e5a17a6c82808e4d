"""The workload report of a programme manager's programmes."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from followups.workload import INTERPRETER_DAYS, RECENT_DAYS, workload_for
from intake.roles import Role, roles_of
from intake.tenancy import scope_of

#: Who reads the workload: the programmes' managers and the CPAS's administrators.
READERS = frozenset({Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN})


def reads_workload(user) -> bool:
    scope = scope_of(user)
    return scope.everything or (not scope.nothing and bool(roles_of(user) & READERS))


class WorkloadView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "followups/workload.html"
    page_title = _("Workload")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not reads_workload(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            programmes=workload_for(self.request.user),
            recent_days=RECENT_DAYS,
            interpreter_days=INTERPRETER_DAYS,
        )
        return context
