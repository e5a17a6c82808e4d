"""The interview mode's service worker and web app manifest (issue #6).

Both are served outside the language prefix (``/interviews/sw.js``,
``/interviews/manifest.webmanifest``) so that one worker, registered with the
scope ``/``, covers the interview pages of every language.

The worker's source is ``static/surveys/js/sw.js``; this view fills in the
other pages that work offline the same way (each app's ``offline_pages`` Wagtail
hook returns ``{"pattern": <regex of the page's path>, "static": [names]}``),
the static files to precache (their URLs as ``static()`` gives them, hashed in
production) and a cache name that changes whenever the worker or one of those
files changes, so tablets pick up a new version on their next visit online.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail import hooks

WORKER_SOURCE = "surveys/js/sw.js"
#: What an interview page needs besides itself, cached when the worker installs:
#: every script surveys/interview/base.html loads (tests/test_static_scripts.py).
PRECACHE = (
    "css/fonts.css",
    "surveys/css/interview.css",
    "surveys/css/forms.css",
    "css/site.css",
    "surveys/js/conditions.js",
    "surveys/js/questions.js",
    "surveys/js/question_types.js",
    "vendor/signature_pad/signature_pad.umd.min.js",
    "surveys/js/signature.js",
    "surveys/js/steps.js",
    "js/offline-store.js",
    "surveys/js/interview/tools.js",
    "surveys/js/interview/store.js",
    "surveys/js/interview/status.js",
    "surveys/js/interview/content.js",
    "surveys/js/interview/network.js",
    "surveys/js/interview/autosave.js",
    "surveys/js/interview/labels.js",
    "surveys/js/interview/conflict.js",
    "surveys/js/interview/checks.js",
    "surveys/js/interview/send.js",
    "surveys/js/interview/worker.js",
    "surveys/js/interview.js",
    "surveys/icons/icon-192.png",
    "surveys/icons/icon-512.png",
)
ICONS = (
    ("surveys/icons/icon-192.png", "192x192", "any"),
    ("surveys/icons/icon-512.png", "512x512", "any"),
    ("surveys/icons/maskable-512.png", "512x512", "maskable"),
)
THEME_COLOUR = "#1d4f91"  # as the pages' <meta name="theme-color">
BACKGROUND_COLOUR = "#ffffff"


def _read_static(name: str) -> bytes:
    """A static file's bytes, from the app folders or from STATIC_ROOT."""
    found = finders.find(name)
    if found:
        with open(found, "rb") as source:
            return source.read()
    with staticfiles_storage.open(name) as source:
        return source.read()


def _offline_pages() -> list[dict]:
    return [hook() for hook in hooks.get_hooks("offline_pages")]


#: The stylesheet whose font files (``url("../vendor/…")``) are precached too: a
#: tablet offline still shows Tigrinya or Dari names and answers.
FONTS_STYLESHEET = "css/fonts.css"


def _font_files() -> list[str]:
    """The static names of the font files :data:`FONTS_STYLESHEET` points at."""
    css = _read_static(FONTS_STYLESHEET).decode()
    paths = re.findall(r'url\("\.\./vendor/([^"]+)"\)', css)
    return [f"vendor/{path}" for path in paths]


def _existing(names) -> list[str]:
    return [name for name in names if finders.find(name)]


@lru_cache(maxsize=1)
def _cached_worker() -> str:
    return _worker()


def _worker() -> str:
    source = _read_static(WORKER_SOURCE).decode()
    pages = _offline_pages()
    extra = [name for page in pages for name in page.get("static", [])]
    assets = _existing([*PRECACHE, *_font_files(), *extra])
    digest = hashlib.sha256(source.encode())
    for name in assets:
        digest.update(name.encode())
        digest.update(_read_static(name))
    urls = [static(name) for name in assets]
    patterns = [page["pattern"] for page in pages]
    digest.update(json.dumps(patterns).encode())
    return (
        source.replace("__PRECACHE__", json.dumps(urls))
        .replace("__PAGES__", json.dumps(patterns))
        .replace("__VERSION__", digest.hexdigest()[:16])
    )


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """The worker script; the browser checks it for changes on every visit."""
    body = _worker() if settings.DEBUG else _cached_worker()
    response = HttpResponse(body, content_type="application/javascript")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


def _start_url() -> str:
    """Where the installed app opens: the coach's list of referrals to follow."""
    try:
        return reverse("referrals:inbox")
    except NoReverseMatch:  # pragma: no cover - the workflow app is installed
        return "/admin/"


def _language(request: HttpRequest) -> str:
    """``?lang=``, else the language of the page that links the manifest (its
    URL starts with it: /nl/interviews/...), else the negotiated one."""
    language = request.GET.get("lang", "")
    if language in dict(settings.LANGUAGES):
        return language
    referer = urlparse(request.headers.get("Referer", ""))
    if referer.netloc == request.get_host():
        language = translation.get_language_from_path(referer.path)
        if language:
            return language
    return translation.get_language() or settings.LANGUAGE_CODE


@require_GET
def manifest(request: HttpRequest) -> JsonResponse:
    """The web app manifest, in the language of the interview pages."""
    language = _language(request)
    with translation.override(language):
        data = {
            "name": _("CPAS interviews"),
            "short_name": _("Interviews"),
            "description": _(
                "Interviews with participants, on a tablet, "
                "even without a network connection."
            ),
            "lang": language,
            "dir": "rtl" if translation.get_language_bidi() else "ltr",
            "id": "/interviews/",
            "start_url": _start_url(),
            "scope": "/",
            "display": "standalone",
            "orientation": "any",
            "theme_color": THEME_COLOUR,
            "background_color": BACKGROUND_COLOUR,
            "icons": [
                {"src": static(name), "sizes": sizes, "type": "image/png", "purpose": p}
                for name, sizes, p in ICONS
            ],
        }
    response = JsonResponse(data, content_type="application/manifest+json")
    response["Cache-Control"] = "no-cache"
    response["Vary"] = "Accept-Language, Cookie, Referer"
    return response
