"""Paging a list by where the last page ended, not by how many rows came before.

An OFFSET makes the database walk past every row before the page (page 1,800 of
the inbox on PostgreSQL: 1.5 s). A page here starts after (or before) the row the
link names — its sort value and its primary key, the tie-breaker — so page 1,000
costs what page 1 does, with an index on (…, sort field, id). Rows added
meanwhile never make a row repeat or vanish between pages.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from intake.parsing import parse_int

#: Separates the sort value from the primary key in a cursor.
SEPARATOR = "~"


@dataclass(frozen=True)
class KeysetPage:
    """One page: its rows' primary keys, and the cursors of the pages after and
    before it."""

    keys: list[int]
    next_cursor: str | None
    previous_cursor: str | None

    @property
    def has_other_pages(self) -> bool:
        return bool(self.next_cursor or self.previous_cursor)


@dataclass(frozen=True)
class PageInfo:
    """ "Page 3 of 40": the number carried by the links, the total counted."""

    number: int
    pages: int
    count: int

    @classmethod
    def of(cls, request, page: KeysetPage, count: int, size: int) -> PageInfo:
        asked = parse_int(request.GET.get("p"), 1)
        pages = max(1, -(-count // size))
        if not (request.GET.get("after") or request.GET.get("before")):
            asked = 1
        return cls(number=min(max(asked, 1), pages), pages=pages, count=count)

    @property
    def next_number(self) -> int:
        return min(self.number + 1, self.pages)

    @property
    def previous_number(self) -> int:
        return max(self.number - 1, 1)


def cursor_of(key: tuple[int, datetime.datetime]) -> str:
    pk, value = key
    return f"{value.isoformat()}{SEPARATOR}{pk}"


def parse_cursor(text: str | None) -> tuple[datetime.datetime, int] | None:
    """The (value, primary key) a cursor names; ``None`` for a forged one."""
    value, _sep, pk = (text or "").rpartition(SEPARATOR)
    try:
        return datetime.datetime.fromisoformat(value), int(pk)
    except ValueError:
        return None


def beyond(field: str, key: tuple[datetime.datetime, int], forward: bool) -> Q:
    """Rows strictly after ``key`` in the (``field``, pk) order (before it if
    not ``forward``). The first term alone is an index range; the second breaks
    the ties on the primary key."""
    value, pk = key
    over, strict = ("gte", "gt") if forward else ("lte", "lt")
    return Q(**{f"{field}__{over}": value}) & (
        Q(**{f"{field}__{strict}": value}) | Q(**{f"pk__{strict}": pk})
    )


def keyset_page(
    queryset: QuerySet,
    *,
    field: str,
    descending: bool,
    size: int,
    after: str | None = None,
    before: str | None = None,
) -> KeysetPage:
    """The page of ``queryset`` ordered by ``field`` (then pk) that starts after
    the ``after`` cursor, or ends before the ``before`` cursor, or the first.
    Only the keys are read (values, no model instances)."""
    queryset = queryset.select_related(None).values_list("pk", field)
    sign = "-" if descending else ""
    back = "" if descending else "-"
    start, end = parse_cursor(after), parse_cursor(before)
    if end is not None and start is None:
        rows = list(
            queryset.filter(beyond(field, end, forward=descending)).order_by(
                f"{back}{field}", f"{back}pk"
            )[: size + 1]
        )
        more_before = len(rows) > size
        rows = rows[:size][::-1]
        return KeysetPage(
            [pk for pk, _value in rows],
            next_cursor=cursor_of(rows[-1]) if rows else None,
            previous_cursor=cursor_of(rows[0]) if more_before else None,
        )
    if start is not None:
        queryset = queryset.filter(beyond(field, start, forward=not descending))
    rows = list(queryset.order_by(f"{sign}{field}", f"{sign}pk")[: size + 1])
    more_after = len(rows) > size
    rows = rows[:size]
    return KeysetPage(
        [pk for pk, _value in rows],
        next_cursor=cursor_of(rows[-1]) if more_after else None,
        previous_cursor=cursor_of(rows[0]) if start and rows else None,
    )
