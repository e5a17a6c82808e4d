"""Who may read what: the expected answer of each visitor to each case.

A case's ``access`` is ``"<scope>:<roles>"``; roles are letters (``S`` social
worker, ``C`` coach, ``M`` programme manager, ``A`` CPAS administrator, ``*``
all four). Scopes:

- ``public``: anyone, without logging in (the status is not asserted);
- ``list``: staff of any CPAS with those roles get 200 (a list or a blank form:
  it must show nothing of A to the others);
- ``cpas``: staff of CPAS A with those roles (A's CPAS, antennas, programmes);
- ``people``: A's participant's people: the social worker of her antenna, the
  coach and manager of her programme, A's administrator;
- ``team``: A's first programme's coach and manager, and A's administrator;
- ``programme``: A's first programme's coach, manager and administrator (an
  administrator sees only her own programmes' groups and registers);
- ``group``: ``programme``, and the participant's social worker (of her
  antenna and her programme);
- ``own``: only the person of A with that role who owns the object;
- ``nobody``: only the platform's operator (not a visitor here).

Everyone else gets a refusal: a redirect (to the log-in or the admin's home),
403, 404 or 405. Nobody ever gets a 500.
"""

from __future__ import annotations

from intake.roles import Role
from tests.security.sweep.world import SECRET_FORM, SECRET_GROUP, SECRET_NAME

LETTERS = {
    "S": Role.SOCIAL_WORKER,
    "C": Role.COACH,
    "M": Role.PROGRAMME_MANAGER,
    "A": Role.CPAS_ADMIN,
}
A_PLACES = ("a", "antenna", "programme")
#: The answers of a refusal.
REFUSED = frozenset({302, 403, 404, 405})


def _roles(letters: str) -> set[Role]:
    return set(LETTERS.values()) if letters == "*" else {LETTERS[c] for c in letters}


def _in_people(place: str, role: Role) -> bool:
    if role == Role.CPAS_ADMIN:
        return place in A_PLACES
    if role == Role.SOCIAL_WORKER:
        return place in ("a", "programme")
    return place in ("a", "antenna")


def may(access: str, visitor: str) -> bool:
    """Whether ``visitor`` (``anonymous`` or ``place/ROLE``) gets 200."""
    scope, _sep, letters = access.partition(":")
    if scope == "public":
        return True
    if visitor == "anonymous" or scope == "nobody":
        return False
    place, name = visitor.split("/")
    role = Role[name]
    if role not in _roles(letters or "*"):
        return False
    if scope == "list":
        return True
    if scope == "cpas":
        return place in A_PLACES
    if scope == "people":
        return _in_people(place, role)
    if scope == "team":
        return _in_people(place, role) and role != Role.SOCIAL_WORKER
    if scope in ("programme", "group"):
        if role == Role.SOCIAL_WORKER:
            return scope == "group" and place == "a"  # her programmes' groups
        return place in ("a", "antenna")
    if scope == "own":
        return place == "a"
    raise ValueError(access)


def forbidden_texts(visitor: str) -> tuple[str, ...]:
    """The texts of A that ``visitor`` must never read."""
    if visitor == "anonymous" or visitor.startswith("b/"):
        return (SECRET_NAME, SECRET_FORM, SECRET_GROUP)
    place, name = visitor.split("/")
    if _in_people(place, Role[name]):
        return ()
    # A's forms and groups are her CPAS's: page editors of every programme
    # see the forms' titles; the participant is her people's only.
    return (SECRET_NAME,)
