"""The sweep (issue #12): every URL pattern of the project's own apps, asked for
by every role of CPAS A, of CPAS B and anonymously, against CPAS A's objects:
never a 500, and nothing of A (its participant's distinctive name, its form's
title) in what B or an anonymous visitor gets. A new pattern without a case in
:data:`CASES` fails the test.

Wagtail's and Django's own URLs (pages, images, documents...) and the WebSocket
are not swept here yet: their tenancy is tested in tests/intake and tests/workflow.
"""

from __future__ import annotations

import re

from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from intake.consents import consent_give
from intake.roles import Role
from tests.factories import form_page, question, referral_in

#: The apps whose URLs are swept.
PROJECT_APPS = ("intake", "surveys", "workflow", "home", "groups")
#: Distinctive texts of CPAS A's objects, never to be read outside A.
SECRET_NAME = "Zarathoustrova"
SECRET_FORM = "Questionnaire Kestrel-A"

#: How each URL's arguments are filled: "none" (no argument), "object" (the pk
#: of A's object of that screen's model, else A's participant), "token" (a
#: guessed token: refused), "form+participant", "public" (no login needed),
#: "consent" (a consent of A's participant).
CASES: dict[str, str] = {}
_OBJECT_SCREENS = [
    "cpas",
    "antenna",
    "programme",
    "team",
    "participant",
    "question_audio",
    "groups",
    "sessions",
    "follow_up_plan",
    "programme_paths",
    "reminder_policies",
    "reminders",
]
for _namespace in _OBJECT_SCREENS:
    for _view in ("index", "index_results", "add"):
        CASES[f"{_namespace}:{_view}"] = "none"
    for _view in ("edit", "delete", "history", "history_results", "usage", "inspect"):
        CASES[f"{_namespace}:{_view}"] = "object"
CASES.update(
    {
        "accesslog:index": "none",
        "accesslog:index_results": "none",
        "participant_rights:record": "object",
        "participant_rights:erase": "object",
        "participant_consents:withdraw": "consent",
        "participant_consents:contact": "object",
        "surveys_submissions:forms": "none",
        "surveys_submissions:forms_results": "none",
        "surveys_submissions:index": "form",
        "surveys_submissions:index_results": "form",
        "surveys_submissions:summary": "form",
        "surveys_submissions:detail": "form+submission",
        "survey_invitations:index": "none",
        "survey_invitations:index_results": "none",
        "survey_invitations:add_session": "none",
        "survey_invitations:add_personal": "none",
        "survey_invitations:detail": "object",
        "survey_invitations:renew": "object",
        "survey_invitations:withdraw": "object",
        "survey_results:index": "none",
        "survey_results:survey": "form",
        "referrals:index": "none",
        "referrals:index_results": "none",
        "referrals:inbox": "none",
        "referrals:inbox_results": "none",
        "referrals:new": "none",
        "referrals:live": "none",
        "surveys_xlsform:import": "none",
        "surveys_xlsform:export": "form",
        "referrals:detail": "referral",
        "referrals:act": "referral+action",
        "referral_form": "form",
        "notifications:index": "none",
        "notifications:poll": "none",
        "notifications:mark_read": "object",
        "notifications:mark_all_read": "none",
        "groups_calendar:index": "none",
        "groups_calendar:phone": "none",
        "enrolments:enrol": "object",
        "enrolments:promote": "object",
        "enrolments:leave": "object",
        "enrolments:certificate": "object",
        "interviews_offline:sw": "public",
        "interviews_offline:manifest": "public",
        "calendar_feed": "token",
        "survey_entry:open": "token",
        "surveys_send": "version",
        "interviews:interview": "form+participant",
        "interviews:draft": "form+participant",
        "interviews:send": "form+participant",
        "survey:survey": "token",
        "survey:send": "token",
        "survey:thanks": "token",
        "survey:audio": "token+key",
        "registers:register": "object",
        "registers:save": "object",
        "registers:certificate": "object+participant",
    }
)


def project_patterns() -> list[tuple[str, str, URLPattern]]:
    """(name with namespaces, route, pattern) of every URL of the project's apps."""
    found = []

    def walk(resolver, prefix: str, namespace: str) -> None:
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or ""
                name = ":".join(part for part in (namespace, inner) if part)
                walk(pattern, prefix + str(pattern.pattern), name)
                continue
            module = getattr(pattern.callback, "__module__", "")
            if module.split(".")[0] in PROJECT_APPS and pattern.name:
                full = f"{namespace}:{pattern.name}" if namespace else pattern.name
                found.append((full, prefix + str(pattern.pattern), pattern))

    walk(get_resolver(), "", "")
    return found


def test_every_project_url_has_a_case():
    missing = sorted({name for name, _route, _p in project_patterns()} - set(CASES))
    assert not missing, f"URL patterns without a sweep case: {missing}"


def _fill(route: str, values: dict[str, object]) -> str:
    def value(match):
        converter, name = match.group(1) or "str", match.group(2)
        if name in values:
            return str(values[name])
        return "1" if converter == "int" else "nope"

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", value, route)


def test_the_sweep_finds_no_500_and_no_leak(world):
    page = form_page(
        world.programme["a"],
        [question("singleline", "Prénom", "first")],
        title=SECRET_FORM,
    )
    referral = referral_in(
        "submitted",
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    participant = referral.participant
    participant.last_name = SECRET_NAME
    participant.save()
    consent = consent_give(
        participant=participant, purpose="referral", text=SECRET_NAME, source="import"
    )
    values = {
        "pk": participant.pk,
        "participant_id": participant.pk,
        "form_id": page.pk,
        "version_id": page.versions.get().pk,
        "session_id": 1,
        "submission_pk": 1,
        "action": "accept",
    }
    routes = []
    for name, route, _pattern in project_patterns():
        case = CASES[name]
        filled = dict(values)
        if case in ("form", "form+submission"):
            filled["pk"] = page.pk
        if case.startswith("referral"):
            filled["pk"] = referral.pk
        if case == "consent":
            filled["pk"] = consent.pk
        routes.append((name, _fill(route, filled)))

    visitors = [("anonymous", Client())]
    for key in ("a", "b"):
        visitors += [(f"{key}/{role.name}", world.client(key, role)) for role in Role]
    failures = []
    for who, client in visitors:
        for name, url in routes:
            response = client.get(url)
            if response.status_code >= 500:
                failures.append((who, name, url, response.status_code))
                continue
            if who.startswith("a/") or getattr(response, "streaming", False):
                continue
            content = response.content.decode(errors="replace")
            if SECRET_NAME in content or SECRET_FORM in content:
                failures.append((who, name, url, "leak"))
    assert not failures, failures
