"""The attendance register on the tablet: /<lang>/registers/<session>/.

The page lists the session's people with big buttons: "Everyone present", then
the exceptions. ``static/groups/js/register.js`` keeps every save in the
browser (IndexedDB) until the server confirmed it, with a client id, and the
interview mode's service worker keeps the page for offline use. Without
JavaScript the page is a plain form posted to the same endpoint.
"""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from groups.models import Attendance, Presence, Session
from groups.selectors.register_page import register_rows, week_hours_json
from groups.selectors.registers import register_as_json
from groups.selectors.staff import programmes_run_by
from groups.services.certificates import certificate_attach
from groups.services.errors import Refused
from groups.services.registers import (
    parse_client_uuid,
    register_content,
    register_save,
)
from groups.texts import register_texts
from intake.parsing import parse_int, parse_json_object

MAX_BODY = 200_000


def session_for_register(request: HttpRequest, session_id: int) -> Session:
    """The session, if the user is on its programme's team (else 404)."""
    session = (
        Session.objects.for_user(request.user)
        .filter(pk=session_id, programme__in=programmes_run_by(request.user))
        .select_related("programme", "group")
        .first()
    )
    if session is None:
        raise Http404
    return session


def _login_needed() -> JsonResponse:
    return JsonResponse(
        {
            "error": "login_required",
            "message": _("You are no longer logged in."),
            "redirect": reverse("wagtailadmin_login"),
        },
        status=403,
    )


@require_http_methods(["GET", "HEAD"])
def register(request: HttpRequest, session_id: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return render_register(request, session_for_register(request, session_id))


def render_register(
    request: HttpRequest, session: Session, *, refused: Refused | None = None
) -> TemplateResponse:
    context = {
        "session": session,
        "programme": session.programme,
        "rows": register_rows(session),
        "statuses": Presence.choices,
        "server": register_as_json(session),
        "texts": register_texts(),
        "save_url": reverse("registers:save", args=[session.pk]),
        "certificate_url": reverse("registers:certificate", args=[session.pk, 0]),
        "admin_url": reverse("sessions:inspect", args=[session.pk]),
        "refused": refused,
        "saved": request.GET.get("saved") == "1",
        "csrf_token_value": get_token(request),
    }
    return TemplateResponse(
        request,
        "groups/register.html",
        context,
        status=refused.status if refused else 200,
    )


def _form_payload(data) -> dict:
    """The plain form's fields as the script's JSON: ``status-<id>``,
    ``missed-<id>``, ``note-<id>``."""
    marks = {}
    for name, value in data.items():
        if name.startswith("status-") and value:
            key = name.removeprefix("status-")
            marks[key] = {
                "status": value,
                "minutes_missed": data.get(f"missed-{key}") or 0,
                "note": data.get(f"note-{key}", ""),
            }
    return {
        "client_uuid": data.get("client_uuid"),
        "base_revision": data.get("base_revision"),
        "marks": marks,
    }


def _read(request: HttpRequest) -> tuple[dict, bool]:
    """The save's payload, and whether it came as JSON (from the script)."""
    if request.content_type == "application/json":
        payload = parse_json_object(request.body)
        if payload is None:
            raise Refused("malformed", _("The request could not be read."))
        return payload, True
    return _form_payload(request.POST), False


@never_cache
@require_POST
def save(request: HttpRequest, session_id: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_needed()
    session = session_for_register(request, session_id)
    if len(request.body) > MAX_BODY:
        return JsonResponse(
            {"error": "too_large", "message": _("This register is too large.")},
            status=413,
        )
    as_json = True
    try:
        payload, as_json = _read(request)
        base = payload.get("base_revision")
        base = parse_int(base) if isinstance(base, int | str) else None
        if base is None or base < 0:
            raise Refused("malformed", _("The request could not be read."))
        saved = register_save(
            session=session,
            user=request.user,
            client_uuid=parse_client_uuid(payload.get("client_uuid")),
            base_revision=base,
            content=register_content(payload),
        )
    except Refused as refused:
        if not as_json:
            return render_register(request, session, refused=refused)
        return JsonResponse(refused.as_json(), status=refused.status)
    if not as_json:
        return redirect(reverse("registers:register", args=[session.pk]) + "?saved=1")
    return JsonResponse(
        {
            "revision": saved.revision,
            "saved_at": saved.saved_at.isoformat(),
            "created": saved.created,
            "hours": week_hours_json(session),
            "message": _("The register is saved."),
        },
        status=201 if saved.created else 200,
    )


@require_POST
def certificate(request: HttpRequest, session_id: int, participant_id: int):
    """Upload the certificate of an excused absence (a PDF or a photo)."""
    if not request.user.is_authenticated:
        return _login_needed()
    session = session_for_register(request, session_id)
    attendance = Attendance.objects.filter(
        session=session, participant=participant_id
    ).first()
    try:
        if attendance is None:
            raise Refused(
                "not_excused",
                _(
                    "Mark her absent with an excuse, and save, before adding a "
                    "certificate."
                ),
                status=409,
            )
        certificate_attach(
            attendance=attendance,
            upload=request.FILES.get("certificate"),
            user=request.user,
        )
    except Refused as refused:
        return JsonResponse(refused.as_json(), status=refused.status)
    return JsonResponse(
        {"certificate": True, "message": _("The certificate is kept.")}, status=201
    )
