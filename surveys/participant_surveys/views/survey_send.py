"""Sending a participant survey's answers: ``/<lang>/survey/<token>/send/``.

The answers are stored once (a retried send with the same ``client_uuid`` finds
the earlier one); a link that opens nothing, a survey that changed or answers too
long are answered in the participant's language, as JSON for the script.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from intake.parsing import parse_int, parse_uuid
from surveys.builder import form_class_for
from surveys.models import Submission
from surveys.participant_surveys import screens as service
from surveys.participant_surveys.invitations import (
    InvitationInvalid,
    invitation_for_token,
)
from surveys.participant_surveys.views.survey import (
    CHANGED,
    NOT_SENT,
    TOO_LONG,
    current_language,
    guess_refused,
    is_kiosk,
    problem_page,
    rate_limited,
    survey_response,
    wants_json,
    with_kiosk,
)
from surveys.services import SubmissionRejected


def _sent(request, token: str, submission: Submission, *, created: bool, kiosk: bool):
    if wants_json(request):
        return JsonResponse(
            {"submission": submission.pk}, status=201 if created else 200
        )
    if kiosk:
        url = with_kiosk(reverse("survey_entry:open", args=[token]), True, thanks=1)
    else:
        url = reverse("survey:thanks", args=[token])
    return _see_other(url)


def _see_other(url: str) -> HttpResponse:
    response = HttpResponse(status=303)
    response["Location"] = url
    return response


@never_cache
@require_POST
def send(request: HttpRequest, token: str) -> HttpResponse:
    kiosk = is_kiosk(request)
    client_uuid = parse_uuid(request.POST.get("client_uuid"))
    try:
        invitation = invitation_for_token(token)
    except InvitationInvalid as invalid:
        return _link_refused(request, token, invalid, client_uuid, kiosk)

    language = current_language()
    version = service.answered_version(
        invitation, parse_int(request.POST.get("form_version"))
    )
    if version is None:
        return _survey_changed(request, token, invitation, kiosk)
    page = version.page
    form = form_class_for(version)(request.POST, page=page, user=AnonymousUser())
    existed = (
        client_uuid is not None
        and Submission.objects.filter(client_uuid=client_uuid).exists()
    )
    try:
        submission = service.participant_submission_create(
            invitation=invitation,
            version=version,
            form=form,
            data=request.POST,
            language=language,
            body_size=int(request.META.get("CONTENT_LENGTH") or 0),
        )
    except SubmissionRejected as rejection:
        return _rejected(request, token, invitation, version, form, kiosk, rejection)
    if submission is None:
        if wants_json(request):
            return JsonResponse({"errors": service.form_errors(form)}, status=400)
        return _form_again(request, token, invitation, version, form, kiosk, 400, "")
    return _sent(request, token, submission, created=not existed, kiosk=kiosk)


def _form_again(request, token, invitation, version, form, kiosk, status, problem):
    localised = service.form_for_language(invitation, current_language())
    if localised is None or localised.page.pk != version.page_id:
        # The answers belong to the version they were given on.
        source = localised.source if localised else version.page
        localised = service.LocalisedForm(
            page=version.page, source=source, language=current_language()
        )
    return survey_response(
        request,
        token=token,
        invitation=invitation,
        localised=localised,
        version=version,
        form=form,
        kiosk=kiosk,
        status=status,
        problem=str(problem),
    )


def _link_refused(request, token, invalid: InvitationInvalid, client_uuid, kiosk):
    """A link that opens nothing: the earlier send it already stored, 429 after
    too many guesses, or the friendly page (an error for the script)."""
    earlier = service.earlier_submission(invalid.invitation, client_uuid)
    if earlier is not None:
        return _sent(request, token, earlier, created=False, kiosk=kiosk)
    if invalid.reason == "unknown" and guess_refused(request):
        if wants_json(request):
            return JsonResponse({"error": "rate_limited"}, status=429)
        return rate_limited(request, None)
    if wants_json(request):
        return JsonResponse(
            {"error": invalid.reason}, status=service.INVALID_STATUS[invalid.reason]
        )
    return problem_page(request, token, invalid.reason, kiosk=kiosk)


def _survey_changed(request, token, invitation, kiosk):
    """The answers name a version the survey no longer has: 409 and its current form."""
    language = current_language()
    localised = service.form_for_language(invitation, language)
    if localised is None:
        return problem_page(request, token, "withdrawn", kiosk=kiosk)
    if wants_json(request):
        return JsonResponse({"error": str(CHANGED)}, status=409)
    current = localised.page.published_version
    return survey_response(
        request,
        token=token,
        invitation=invitation,
        localised=localised,
        version=current,
        form=form_class_for(current)(page=localised.page, user=AnonymousUser()),
        kiosk=kiosk,
        status=409,
        problem=str(CHANGED),
    )


def _rejected(request, token, invitation, version, form, kiosk, rejection):
    """The store refused the answers: used up, withdrawn, changed or too long."""
    if rejection.status == 410:
        if wants_json(request):
            return JsonResponse({"error": "used"}, status=410)
        return problem_page(request, token, "used", kiosk=kiosk)
    if rejection.status == 404:
        return problem_page(request, token, "withdrawn", kiosk=kiosk)
    message = {409: CHANGED, 413: TOO_LONG}.get(rejection.status, NOT_SENT)
    if wants_json(request):
        return JsonResponse({"error": str(message)}, status=rejection.status)
    return _form_again(
        request, token, invitation, version, form, kiosk, rejection.status, message
    )
