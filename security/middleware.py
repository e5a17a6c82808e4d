"""Middleware of the security app: headers, session timeouts, two factors."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from security import nonce
from security.sessions import session_expired
from security.two_factor import enrolled, two_factor_required

#: Paths an authenticated but unverified user may still reach: the two-factor
#: pages themselves, logging out, the admin's icons and script translations
#: (public in Wagtail), files, the health probe, the language switch.
UNVERIFIED_PATHS = (
    "/two-factor/",
    "/admin/logout/",
    "/admin/sprite/",
    "/admin/jsi18n/",
    "/healthz",
    "/i18n/",
    "/favicon.ico",
)


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; the request's CSP nonce available
    to templates rendered without the request (Wagtail's widgets); Wagtail's
    preview (framed by the admin itself) may be framed by the same origin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with nonce.of_request(request):
            response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            response._csp_replace = {"frame-ancestors": ["'self'"]}
        return response


class SessionTimeoutMiddleware:
    """Log out a session idle for too long or open for too long, and send the
    person to the log-in page with a word saying why."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and session_expired(request):
            logout(request)
            messages.info(
                request,
                _(
                    "Your session has ended (too long without activity, or open "
                    "for too long). Please log in again."
                ),
            )
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)


class TwoFactorMiddleware:
    """An authenticated user who must use two factors reaches nothing but the
    two-factor pages until she has verified a code in this session: the
    enrolment page if she has no authenticator yet, the verification page
    otherwise."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not user.is_verified()
            and not request.path_info.startswith(UNVERIFIED_PATHS)
            and not request.path_info.startswith(settings.STATIC_URL)
            and two_factor_required(user)
        ):
            page = "security:verify" if enrolled(user) else "security:enrol"
            return redirect_to_login(request.get_full_path(), reverse(page))
        return self.get_response(request)


#: Wagtail screens that list the pages of every CPAS without its page
#: permissions (titles of another CPAS's forms), and its deliberate error page
#: (a 500 for any staff member): the operator's only (found by the URL sweep,
#: tests/security/sweep).
OPERATOR_ONLY_PATHS = (
    "/admin/localize/reports/translations/",
    "/admin/reports/page-types-usage/",
    "/admin/failwhale/",
)


class OperatorOnlyMiddleware:
    """Anyone but the platform's operator gets 404 on :data:`OPERATOR_ONLY_PATHS`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(OPERATOR_ONLY_PATHS) and not (
            request.user.is_authenticated and request.user.is_superuser
        ):
            raise Http404
        return self.get_response(request)
