"""Every URL pattern of the project, read from the resolver, and how a sweep case
turns one into a request.

A :class:`Case` says how to fill the pattern's arguments (``"@participant"``:
the id of A's participant in :attr:`SweepWorld.ids`, ``"$survey_token"``: a
secret of :attr:`SweepWorld.secrets`, anything else literally) and who may read
it (:mod:`tests.security.sweep.access`). A pattern with no case fails
``test_every_pattern_has_a_case``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver


@dataclass(frozen=True)
class Case:
    #: Who gets 200 (a rule of :data:`tests.security.sweep.access.RULES`).
    access: str
    #: The pattern's arguments.
    args: dict[str, str] = field(default_factory=dict)
    #: POST-only views are asked with an empty POST.
    method: str = "get"
    #: A whole path, for patterns that are regular expressions.
    path: str = ""
    #: What an allowed visitor gets when it is not 200 (a redirect, a download).
    allowed: tuple[int, ...] = (200,)
    #: A query string (an export's ``format=csv``: the file, not its form).
    query: str = ""
    #: Why a ``public`` case needs no log-in (required for those).
    why: str = ""


@dataclass(frozen=True)
class Pattern:
    name: str
    route: str
    module: str


def every_pattern() -> list[Pattern]:
    """Every pattern of the project (Django's, Wagtail's, ours), with its
    namespaced name (or its route, when it has no name)."""
    found: list[Pattern] = []

    def walk(resolver: URLResolver, prefix: str, namespace: str) -> None:
        for pattern in resolver.url_patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or ""
                walk(pattern, route, ":".join(p for p in (namespace, inner) if p))
                continue
            assert isinstance(pattern, URLPattern)
            name = pattern.name or route
            full = f"{namespace}:{name}" if namespace and pattern.name else name
            module = getattr(pattern.callback, "__module__", "") or ""
            found.append(Pattern(full, route, module))

    walk(get_resolver(), "", "")
    return found


def _value(raw: str, ids: dict, secrets: dict) -> str:
    if raw.startswith("@"):
        return str(ids[raw[1:]])
    if raw.startswith("$"):
        return str(secrets[raw[1:]])
    return raw


def fill(pattern: Pattern, case: Case, ids: dict, secrets: dict) -> str:
    """The path a visitor asks for: the route with the case's arguments (an
    argument the case does not name: ``1`` or ``nope``)."""
    if case.path:
        return re.sub(r"\{(\w+)\}", lambda m: str(ids[m.group(1)]), case.path)

    def value(match: re.Match) -> str:
        converter, name = match.group(1) or "str", match.group(2)
        if name in case.args:
            return _value(case.args[name], ids, secrets)
        return "1" if converter == "int" else "nope"

    path = "/" + re.sub(r"<(?:(\w+):)?(\w+)>", value, pattern.route)
    return f"{path}?{case.query}" if case.query else path
