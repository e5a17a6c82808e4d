"""The notifications page and the endpoints the bell uses when the socket is down.

Every query is ``request.user``'s own notifications: there is nothing to scope
further, and another person's notification id answers 404.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import F
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from intake.parsing import parse_int
from workflow import notifications
from workflow.models import Notification


@require_GET
def poll(request: HttpRequest) -> JsonResponse:
    """What came after ``?after=<id>``, and the unread count (polling fallback)."""
    after = parse_int(request.GET.get("after"), 0)
    latest = (
        Notification.objects.filter(recipient=request.user)
        .order_by("-pk")
        .values_list("pk", flat=True)
        .first()
    )
    return JsonResponse(
        {
            "user": request.user.pk,
            "notifications": notifications.missed(request.user, after),
            "unread": notifications.unread_count(request.user.pk),
            "latest": latest or 0,
        }
    )


def index(request: HttpRequest) -> HttpResponse:
    """Unread first, then the rest, newest first within each."""
    rows = notifications.with_relations(
        Notification.objects.filter(recipient=request.user).order_by(
            F("read_at").asc(nulls_first=True), "-pk"
        )
    )
    page = Paginator(rows, 30).get_page(request.GET.get("p"))
    items = [(row, notifications.notification_text(row)) for row in page]
    return TemplateResponse(
        request,
        "workflow/notifications/index.html",
        {
            "page_obj": page,
            "items": items,
            "unread": notifications.unread_count(request.user.pk),
            "header_title": _("Notifications"),
            "referral_url": notifications.referral_url,
        },
    )


@require_POST
def mark_read(request: HttpRequest, pk: int) -> HttpResponse:
    row = get_object_or_404(Notification, pk=pk, recipient=request.user)
    if row.read_at is None:
        row.read_at = timezone.now()
        row.save(update_fields=["read_at"])
    if request.headers.get("accept") == "application/json":
        return JsonResponse({"unread": notifications.unread_count(request.user.pk)})
    if request.POST.get("next") == "referral":
        return redirect(notifications.notification_url(row))
    return redirect("notifications:index")


@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    Notification.objects.filter(recipient=request.user, read_at=None).update(
        read_at=timezone.now()
    )
    if request.headers.get("accept") == "application/json":
        return JsonResponse({"unread": 0})
    return redirect("notifications:index")


login_required_views = {
    name: login_required(view)
    for name, view in {
        "poll": poll,
        "index": index,
        "mark_read": mark_read,
        "mark_all_read": mark_all_read,
    }.items()
}
