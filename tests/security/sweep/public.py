"""The patterns that answer without a log-in, by design, and why: every case
whose access is ``public`` is here, and nothing else (the sweep still asks them
as everyone: never a 500, never a text of A)."""

from __future__ import annotations

PUBLIC_BY_DESIGN: dict[str, str] = {
    "surveys_send": "the one POST path of every form: checks the form's own rights",
    "interviews_offline:sw": "the interview's offline service worker script",
    "interviews_offline:manifest": "the interview's web app manifest",
    "survey_entry:open": "a participant's link: the token is the right to answer",
    "survey:survey": "a participant's survey: a guessed token is refused",
    "survey:send": "a participant's answers: a guessed token is refused",
    "survey:thanks": "a participant's thanks page: a guessed token is refused",
    "survey:audio": "a question's recording: a guessed token is refused",
    "calendar_feed": "a coach's iCalendar feed: a guessed token is refused",
    "healthz": "the load balancer's check (200 or 503, no data)",
    "wagtailadmin_sprite": "the admin's icons",
    "wagtailadmin_login": "the log-in page",
    "wagtailadmin_password_reset": "asking for a new password",
    "wagtailadmin_password_reset_done": "asking for a new password",
    "wagtailadmin_password_reset_confirm": "a new password: a guessed token fails",
    "wagtailadmin_password_reset_complete": "asking for a new password",
    "wagtailadmin_javascript_catalog": "the admin's translated script texts",
    "wagtaildocs_serve": "the public pages' documents",
    "wagtaildocs_authenticate_with_password": "a document's password form",
    "wagtailcore_authenticate_with_password": "a page's password form",
    "wagtailcore_login": "the public pages' log-in",
    "wagtail_serve": "the public pages (the programmes, in every language)",
    "admin/^.*/$": "the admin's catch-all 404",
    "admin/test404/": "Django's 404 test page",
    "^media/(?P<path>.*)$": "public pages' images, served by Django with DEBUG only",
    "set_language": "the language switch",
    "api:openapi-json": "the API's schema: its shape, no data",
    "wagtail_localize:javascript_catalog": "the translation editor's script texts",
}
