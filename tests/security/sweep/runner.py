"""Asking every case as every visitor, and what counts as a failure."""

from __future__ import annotations

from dataclasses import dataclass

from django.test import Client

from tests.security.sweep.access import REFUSED, forbidden_texts, may
from tests.security.sweep.patterns import Case, Pattern, every_pattern, fill


@dataclass
class Outcome:
    requests: int
    failures: list[tuple]


def body_of(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def judge(who: str, case: Case, response) -> str:
    """'' when the answer is as expected, else what is wrong."""
    status = response.status_code
    if status >= 500:
        return f"{status}"
    leaked = [text for text in forbidden_texts(who) if text in body_of(response)]
    if leaked:
        return f"leak {leaked}"
    if case.access.startswith("public"):
        return ""
    if may(case.access, who):
        return "" if status in case.allowed else f"refused {status}"
    if status not in REFUSED | {401}:
        return f"answered {status}"
    return ""


def sweep(world, cases: dict[str, Case], visitors: list[tuple[str, Client]]) -> Outcome:
    """Every pattern that has a case in ``cases``, asked by every visitor."""
    patterns: list[Pattern] = [p for p in every_pattern() if p.name in cases]
    # Logging out ends the visit: last.
    patterns.sort(key=lambda pattern: pattern.name == "wagtailadmin_logout")
    failures, requests = [], 0
    for who, client in visitors:
        for pattern in patterns:
            case = cases[pattern.name]
            url = fill(pattern, case, world.ids, world.secrets)
            ask = client.post if case.method == "post" else client.get
            response = ask(url)
            requests += 1
            wrong = judge(who, case, response)
            if wrong:
                failures.append((who, pattern.name, url, wrong))
    return Outcome(requests, failures)
