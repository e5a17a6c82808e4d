"""A participant's whole record (access request) and her erasure, in the admin,
for the CPAS administrator of her CPAS; both written to the access log."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages

from intake.models import Participant
from intake.rights import participant_access, participant_erase, participant_record_json
from intake.roles import Role, roles_of


def _participant_for_administrator(request: HttpRequest, pk: int) -> Participant:
    user = request.user
    participant = Participant.objects.for_user(user).filter(pk=pk).first()
    if participant is None:
        raise Http404
    if not (user.is_superuser or Role.CPAS_ADMIN in roles_of(user)):
        raise PermissionDenied
    return participant


def participant_record_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Readable page, or ``?format=json`` to hand to the person."""
    participant = _participant_for_administrator(request, pk)
    record = participant_access(request, participant)
    if request.GET.get("format") == "json":
        response = HttpResponse(
            participant_record_json(participant), content_type="application/json"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="participant-{participant.pk}.json"'
        )
        return response
    return TemplateResponse(
        request,
        "intake/participant_record.html",
        {
            "participant": participant,
            "record": record,
            "json_url": reverse("participant_rights:record", args=[pk])
            + "?format=json",
            "erase_url": reverse("participant_rights:erase", args=[pk]),
        },
    )


@require_http_methods(["GET", "POST"])
def participant_erase_view(request: HttpRequest, pk: int) -> HttpResponse:
    participant = _participant_for_administrator(request, pk)
    if request.method == "POST":
        participant_erase(participant, request=request)
        messages.success(request, _("The participant's record was anonymised."))
        return redirect("participant:inspect", participant.pk)
    return TemplateResponse(
        request, "intake/participant_erase.html", {"participant": participant}
    )


urlpatterns = [
    path("<int:pk>/", participant_record_view, name="record"),
    path("<int:pk>/erase/", participant_erase_view, name="erase"),
]
