"""Middleware of the project."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

#: Paths outside ``i18n_patterns``: a 404 there is final, not a cue to try /fr/…
UNPREFIXED_PATHS = (
    "/admin/",
    "/api/",
    "/django-admin/",
    "/documents/",
    "/healthz",
    "/i18n/",
    "/s/",
    "/two-factor/",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 in the admin is answered as a 404.

    Django redirects a 404 to the language-prefixed path when that path resolves;
    Wagtail's page catch-all resolves everything, so a forged admin URL would be
    redirected to ``/fr/admin/…`` instead of being refused plainly.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(
            UNPREFIXED_PATHS
        ):
            return response
        return super().process_response(request, response)
