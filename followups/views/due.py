"""The coach's list: follow-ups after exit that are due, and those to come."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from followups.selectors import UPCOMING_DAYS, due_rows, holds_follow_ups, upcoming_rows


class FollowUpsDueView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "followups/due.html"
    page_title = _("Follow-ups due")
    header_icon = "calendar-check"

    def dispatch(self, request, *args, **kwargs):
        if not holds_follow_ups(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        context.update(
            due=due_rows(self.request.user, today),
            upcoming=upcoming_rows(self.request.user, today),
            upcoming_days=UPCOMING_DAYS,
        )
        return context
