"""The live rows when the page has no socket: what changed since a move's id.

The rows are the user's own (``Referral.objects.for_user``), as the socket's
groups are: polling shows nobody more than the live messages do.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from intake.parsing import parse_int
from workflow import live
from workflow.models import Referral, TransitionLog

#: Rows one answer carries at most (the page asks again from the last one).
POLLED_ROWS = 100


@require_GET
@login_required
def live_rows(request: HttpRequest) -> JsonResponse:
    """The user's referrals moved after ``?after=<move id>``, and the newest
    move's id to ask from next time."""
    after = parse_int(request.GET.get("after"), 0)
    newest = live.latest_move()
    moves = list(
        TransitionLog.objects.filter(
            pk__gt=after,
            pk__lte=newest,
            referral__in=Referral.objects.for_user(request.user),
        )
        .order_by("pk")
        .values_list("pk", "referral")[:POLLED_ROWS]
    )
    ids = list(dict.fromkeys(referral for _pk, referral in moves))
    rows = Referral.objects.filter(pk__in=ids).select_related(
        "participant", "programme", "antenna"
    )
    latest = moves[-1][0] if len(moves) == POLLED_ROWS else max(after, newest)
    return JsonResponse({"rows": [live.row(each) for each in rows], "latest": latest})
