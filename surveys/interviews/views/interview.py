"""Interview mode: the page a coach fills on a tablet, its draft and its send.

The page works as plain sections without JavaScript (one Send at the end);
``static/surveys/js/interview.js`` shows one section at a time, autosaves the
draft and keeps unsent answers on the tablet. The draft and send endpoints
answer JSON (the contract in the issue #6 notes).
"""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseRedirect
from django.middleware.csrf import get_token
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from intake.parsing import parse_int, parse_json_object
from surveys.builder import form_class_for
from surveys.interviews.action_plans import open_steps
from surveys.interviews.drafts import draft_client_uuid, draft_content, draft_save
from surveys.interviews.interview import (
    Interview,
    InterviewRejected,
    draft_as_json,
    draft_initial,
    interview_done_url,
    interview_for,
    local_minutes,
    open_draft,
)
from surveys.interviews.send import interview_send
from surveys.interviews.texts import interview_texts
from surveys.models import FormVersion, StepStatus
from surveys.models.form_page import build_steps
from surveys.services import MAX_PAYLOAD


def _interview(request: HttpRequest, form_id: int, participant_id: int) -> Interview:
    interview = interview_for(
        user=request.user,
        form_id=form_id,
        participant_id=participant_id,
        params=request.GET,
        language=get_language(),
    )
    if interview is None:
        raise Http404
    return interview


def _login_needed(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {
            "error": "login_required",
            "message": _("You are no longer logged in."),
            "redirect": reverse("wagtailadmin_login"),
        },
        status=403,
    )


def _query(interview: Interview) -> str:
    return interview.subject.query


# --- the page ----------------------------------------------------------------------


@require_http_methods(["GET", "HEAD"])
def interview(request: HttpRequest, form_id: int, participant_id: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return render_interview(request, _interview(request, form_id, participant_id))


def _action_plan(
    request: HttpRequest,
    interview: Interview,
    draft_json: dict | None,
    errors: dict | None,
) -> list[dict]:
    """The participant's open action-plan steps, each with its review as posted,
    else as the draft holds it, else as the step stands."""
    reviews = (draft_json or {}).get("steps", {})
    posted = request.POST if request.method == "POST" else {}
    plan = []
    for step in open_steps(
        user=request.user,
        participant=interview.participant,
        programme=interview.programme,
    ):
        review = reviews.get(str(step.pk), {})
        plan.append(
            {
                "step": step,
                "status": posted.get(f"step-{step.pk}-status")
                or review.get("status")
                or step.status,
                "note": posted.get(f"step-{step.pk}-note") or review.get("note", ""),
                "history": list(step.updates.all()),
                "error": (errors or {}).get(f"step-{step.pk}-status"),
            }
        )
    return plan


def render_interview(
    request: HttpRequest,
    interview: Interview,
    *,
    form=None,
    errors: dict | None = None,
    status: int = 200,
) -> TemplateResponse:
    """The interview page; ``form`` (bound, with ``errors``) after a send
    without JavaScript that needs corrections."""
    user, page, version = request.user, interview.page, interview.version
    draft = open_draft(interview, user)
    draft_json = draft_as_json(draft) if draft else None
    if form is None:
        form_class = form_class_for(version)
        initial = (
            draft_initial(form_class(page=page, user=user), draft_json["answers"])
            if draft
            else {}
        )
        form = form_class(page=page, user=user, initial=initial)
    steps = build_steps(form.schema, form)
    posted = request.POST if request.method == "POST" else None
    plan = _action_plan(request, interview, draft_json, errors)
    query = _query(interview)
    args = [page.pk, interview.participant.pk]
    context = {
        "interview": interview,
        "page": page,
        "participant": interview.participant,
        "programme": interview.programme,
        "version": version,
        "form": form,
        "steps": steps,
        "section_count": len(steps) + 1,
        "current_section": min(draft.position if draft else 0, len(steps)) + 1,
        "rules": form.schema.rules(),
        "draft": draft,
        "draft_json": draft_json,
        "plan": plan,
        "statuses": StepStatus.choices,
        "notes": posted.get("notes", "") if posted else (draft.notes if draft else ""),
        "next_appointment": (
            posted.get("next_appointment", "")
            if posted
            else local_minutes(draft.next_appointment if draft else None)
        ),
        "errors": errors or {},
        # The form's own question of that name stands for the end's field.
        "ask_notes": "notes" not in form.fields,
        "ask_next_appointment": "next_appointment" not in form.fields,
        "texts": interview_texts(),
        "draft_url": reverse("interviews:draft", args=args) + query,
        "send_url": reverse("interviews:send", args=args) + query,
        "done_url": interview_done_url(interview),
        "csrf_token_value": get_token(request),
    }
    return TemplateResponse(
        request, "surveys/interview/interview.html", context, status=status
    )


# --- the draft ---------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def draft(request: HttpRequest, form_id: int, participant_id: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_needed(request)
    interview = _interview(request, form_id, participant_id)
    if request.method == "GET":
        current = open_draft(interview, request.user)
        if current is None:
            return JsonResponse({"error": "none"}, status=404)
        return JsonResponse(draft_as_json(current))
    if len(request.body) > MAX_PAYLOAD:
        return JsonResponse(
            {
                "error": "too_large",
                "message": _(
                    "This form is too large to be saved. Shorten the longest answers."
                ),
            },
            status=413,
        )
    payload = parse_json_object(request.body)
    if payload is None:
        return JsonResponse(
            {"error": "malformed", "message": _("The request could not be read.")},
            status=400,
        )
    base_revision = payload.get("base_revision")
    try:
        if not isinstance(base_revision, int) or base_revision < 0:
            raise InterviewRejected(
                "malformed", _("The request could not be read."), status=400
            )
        saved = draft_save(
            interview=interview,
            user=request.user,
            client_uuid=draft_client_uuid(payload.get("client_uuid")),
            base_revision=base_revision,
            content=draft_content(payload, interview, request.user),
        )
    except InterviewRejected as rejection:
        return JsonResponse(rejection.as_json(), status=rejection.status)
    return JsonResponse(
        {
            "revision": saved.revision,
            "saved_at": saved.saved_at.isoformat(),
            "draft_id": saved.draft.pk,
        }
    )


# --- sending -----------------------------------------------------------------------


def _wants_page(request: HttpRequest) -> bool:
    """A send from the page without its script (a plain form post)."""
    return "X-CSRFToken" not in request.headers and "text/html" in request.headers.get(
        "Accept", ""
    )


@require_POST
def send(request: HttpRequest, form_id: int, participant_id: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_needed(request)
    interview = _interview(request, form_id, participant_id)
    try:
        sent = interview_send(
            interview=interview,
            user=request.user,
            data=request.POST,
            body_size=int(request.META.get("CONTENT_LENGTH") or 0),
        )
    except InterviewRejected as rejection:
        if _wants_page(request) and rejection.error == "invalid":
            return _page_with_errors(request, interview, rejection)
        return JsonResponse(rejection.as_json(), status=rejection.status)
    redirect = interview_done_url(interview)
    if _wants_page(request):
        return HttpResponseRedirect(redirect, status=303)
    return JsonResponse(
        {
            "submission": sent.submission.pk,
            "redirect": redirect,
            "message": _("The interview was sent."),
        },
        status=201 if sent.created else 200,
    )


def _page_with_errors(
    request: HttpRequest, interview: Interview, rejection: InterviewRejected
) -> HttpResponse:
    version = (
        FormVersion.objects.filter(
            pk=parse_int(request.POST.get("form_version")),
            translation_key=interview.page.translation_key,
        ).first()
        or interview.version
    )
    form = form_class_for(version)(request.POST, page=version.page, user=request.user)
    form.is_valid()
    return render_interview(
        request,
        interview,
        form=form,
        errors=rejection.extra.get("errors", {}),
        status=400,
    )
