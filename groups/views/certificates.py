"""Handing out an absence certificate: only through the tenancy (404 otherwise),
never cached, never guessed from its content by the browser."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.cache import never_cache

from groups.models import Attendance


@never_cache
def certificate_file(request: HttpRequest, pk: int) -> FileResponse:
    attendance = (
        Attendance.objects.for_user(request.user)
        .filter(pk=pk)
        .exclude(certificate="")
        .first()
    )
    if attendance is None:
        raise Http404
    try:
        handle = attendance.certificate.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        content_type=attendance.certificate_type or "application/octet-stream",
        as_attachment=attendance.certificate_type != "application/pdf",
        filename=f"certificate-{attendance.session_id}-{attendance.participant_id}"
        + attendance.certificate.name[attendance.certificate.name.rfind(".") :],
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
