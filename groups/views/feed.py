"""The calendar on one's phone: the admin page that makes, shows once and
revokes the secret address, and the address itself (no login: the token is the
key; unknown or revoked: 404)."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from groups.ical import calendar_ics
from groups.services.feeds import feed_create, feed_for_token, feed_live, feed_revoke
from groups.views.admin_page import AdminPage

SHOWN_ONCE = "groups_feed_url"


class FeedPageView(AdminPage, TemplateView):
    """Make (or make anew), see once, or stop one's calendar address."""

    template_name = "groups/feed.html"
    page_title = _("My calendar on my phone")
    header_icon = "date"

    def post(self, request: HttpRequest) -> HttpResponse:
        if request.POST.get("action") == "revoke":
            feed_revoke(user=request.user)
            messages.success(request, _("The address no longer works."))
        else:
            _feed, token = feed_create(user=request.user)
            request.session[SHOWN_ONCE] = request.build_absolute_uri(
                reverse("calendar_feed", args=[token])
            )
        return redirect("groups_calendar:phone")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            feed=feed_live(self.request.user),
            address=self.request.session.pop(SHOWN_ONCE, ""),
        )
        return context


@never_cache
@require_GET
def feed(request: HttpRequest, token: str) -> HttpResponse:
    found = feed_for_token(token)
    if found is None:
        raise Http404
    found.last_read_at = timezone.now()
    found.save(update_fields=["last_read_at"])
    profile = getattr(found.user, "wagtail_userprofile", None)
    language = getattr(profile, "preferred_language", "") if profile else ""
    response = HttpResponse(
        calendar_ics(found.user, language or None),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = 'inline; filename="sessions.ics"'
    return response
