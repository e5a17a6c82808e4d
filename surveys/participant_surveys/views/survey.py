"""The participant survey's screens: no login, a token in the link
(``participant_surveys.urls``).

``/s/<token>/`` shows the language choice; ``/<lang>/survey/<token>/`` the survey
in that language, one question per screen (one long form without JavaScript);
``send/`` stores the answers (anonymous by default) and says thank you. A wrong,
used, expired or withdrawn link gets a friendly page in the participant's
language, never an error page; guessing links is rate-limited per address.
Nothing here is cached: on a shared tablet, "Back" must show no earlier answers.
"""

from __future__ import annotations

import mimetypes

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import pgettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET
from django_ratelimit.core import is_ratelimited

from intake.languages import read_aloud_voices
from surveys.builder import form_class_for
from surveys.models import FormVersion, Invitation
from surveys.participant_surveys import screens as service
from surveys.participant_surveys.invitations import (
    InvitationInvalid,
    invitation_for_token,
    token_hash,
)

#: Unknown tokens one address may try per period before a 429 page.
DEFAULT_TOKEN_RATE = "20/m"
RATE_GROUP = "surveys.participant_surveys.token"
#: Seconds without a touch before a shared tablet goes back to the language choice.
DEFAULT_KIOSK_IDLE_SECONDS = 180

CHANGED = pgettext_lazy(
    "participant", "The survey changed. Check your answers and send again."
)
NOT_SENT = pgettext_lazy("participant", "Your answers were not sent. Please try again.")
TOO_LONG = pgettext_lazy("participant", "Your answers are too long. Please write less.")


# --- helpers ------------------------------------------------------------------


def current_language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def _render(request, template: str, context: dict, status: int = 200):
    language = current_language()
    context = {
        "language": language,
        "direction": "rtl" if service.is_rtl(language) else "ltr",
        **context,
    }
    return TemplateResponse(
        request, f"surveys/participant/{template}", context, status=status
    )


def is_kiosk(request) -> bool:
    return request.GET.get("kiosk") == "1"


def with_kiosk(url: str, kiosk: bool, **extra) -> str:
    query = {"kiosk": "1"} if kiosk else {}
    query.update(extra)
    if not query:
        return url
    return url + "?" + "&".join(f"{name}={value}" for name, value in query.items())


def _survey_links(token: str, kiosk: bool) -> list[dict]:
    """Each language's button: its name in itself and the survey in it."""
    links = []
    for option in service.language_options():
        with translation.override(option["code"]):
            url = reverse("survey:survey", args=[token])
        links.append({**option, "url": with_kiosk(url, kiosk)})
    return links


def _token_rate() -> str:
    return getattr(settings, "SURVEY_TOKEN_RATE", DEFAULT_TOKEN_RATE)


def guess_refused(request) -> bool:
    """Count one unknown token for this address; whether it is over the limit."""
    return is_ratelimited(
        request, group=RATE_GROUP, key="ip", rate=_token_rate(), increment=True
    )


def problem_page(request, token: str, reason: str, *, kiosk: bool = False):
    """The friendly page for a link that opens nothing, in the current language,
    with the language choice to read it in another one."""
    return _render(
        request,
        "problem.html",
        {
            "title": service.INVALID_TITLES[reason],
            "message": service.INVALID_MESSAGES[reason],
            "reason": reason,
            "languages": _survey_links(token, kiosk) if token else [],
        },
        status=service.INVALID_STATUS[reason],
    )


def _invitation(request, token: str, *, kiosk: bool = False):
    """The invitation, or the response to give instead (friendly page or 429)."""
    try:
        return invitation_for_token(token)
    except InvitationInvalid as invalid:
        if invalid.reason == "unknown" and guess_refused(request):
            return rate_limited(request, None)
        return problem_page(request, token, invalid.reason, kiosk=kiosk)


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


# --- views --------------------------------------------------------------------


@never_cache
@require_GET
def language_choice(request: HttpRequest, token: str) -> HttpResponse:
    kiosk = is_kiosk(request)
    invitation = _invitation(request, token, kiosk=kiosk)
    if isinstance(invitation, HttpResponse):
        return invitation
    return _render(
        request,
        "language_choice.html",
        {
            "languages": _survey_links(token, kiosk),
            "kiosk": kiosk,
            "thanks": kiosk and request.GET.get("thanks") == "1",
            "entry_url": with_kiosk(reverse("survey_entry:open", args=[token]), kiosk),
            "idle_seconds": _idle_seconds(),
        },
    )


def _idle_seconds() -> int:
    return int(
        getattr(settings, "SURVEY_KIOSK_IDLE_SECONDS", DEFAULT_KIOSK_IDLE_SECONDS)
    )


def survey_response(
    request,
    *,
    token: str,
    invitation: Invitation,
    localised: service.LocalisedForm,
    version: FormVersion,
    form,
    kiosk: bool,
    status: int = 200,
    problem: str = "",
):
    language = localised.language
    recorded = service.audio_keys(invitation, language)

    def audio_url(key: str) -> str:
        if key not in recorded:
            return ""
        return reverse("survey:audio", args=[token, key])

    screens = service.survey_screens(
        localised=localised,
        schema=version.form_schema,
        form=form,
        audio_url=audio_url,
    )
    page = localised.page
    return _render(
        request,
        "survey.html",
        {
            "page": page,
            "localised": localised,
            "title_lang": localised.source_language if localised.is_fallback else None,
            "version": version,
            "screens": screens,
            "rules": version.form_schema.rules(),
            "voices": read_aloud_voices(),
            "kiosk": kiosk,
            "problem": problem,
            "has_errors": form.is_bound and bool(form.errors),
            "send_url": with_kiosk(reverse("survey:send", args=[token]), kiosk),
            "entry_url": with_kiosk(reverse("survey_entry:open", args=[token]), kiosk),
            "idle_seconds": _idle_seconds(),
        },
        status=status,
    )


@never_cache
@ensure_csrf_cookie
@require_GET
def survey(request: HttpRequest, token: str) -> HttpResponse:
    kiosk = is_kiosk(request)
    invitation = _invitation(request, token, kiosk=kiosk)
    if isinstance(invitation, HttpResponse):
        return invitation
    localised = service.form_for_language(invitation, current_language())
    if localised is None:
        return problem_page(request, token, "withdrawn", kiosk=kiosk)
    version = localised.page.published_version
    form = form_class_for(version)(page=localised.page, user=AnonymousUser())
    return survey_response(
        request,
        token=token,
        invitation=invitation,
        localised=localised,
        version=version,
        form=form,
        kiosk=kiosk,
    )


@never_cache
@require_GET
def thanks(request: HttpRequest, token: str) -> HttpResponse:
    """After sending: the survey's thank-you text (the link may be used up now)."""
    invitation = (
        Invitation.objects.select_related("form")
        .filter(token_hash=token_hash(token))
        .first()
        if token and len(token) <= 100
        else None
    )
    if invitation is None:
        if guess_refused(request):
            return rate_limited(request, None)
        return problem_page(request, token, "unknown")
    localised = service.form_for_language(invitation, current_language())
    return _render(
        request,
        "thanks.html",
        {
            "page": localised.page if localised else None,
            "text_lang": localised.source_language
            if localised and localised.is_fallback
            else None,
        },
    )


@require_GET
def audio(request: HttpRequest, token: str, key: str) -> HttpResponse:
    """A recorded question, for a valid link only (media is not served otherwise)."""
    invitation = _invitation(request, token)
    if isinstance(invitation, HttpResponse):
        return invitation
    recording = service.audio_for(invitation, key, current_language())
    if recording is None or not recording.file:
        raise Http404
    try:
        handle = recording.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    content_type = mimetypes.guess_type(recording.file.name)[0] or "audio/mpeg"
    response = FileResponse(handle, content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    return response


@never_cache
def rate_limited(request: HttpRequest, exception) -> HttpResponse:
    """Too many wrong links from one address (django-ratelimit's RATELIMIT_VIEW)."""
    return _render(
        request,
        "problem.html",
        {
            "title": pgettext_lazy("participant", "Too many tries."),
            "message": pgettext_lazy(
                "participant", "Please wait one minute. Then try again."
            ),
            "reason": "rate_limited",
            "languages": [],
        },
        status=429,
    )
