"""Anonymity by construction: every cut of a survey's answers is a group of five.

The answers of a survey are cut three ways: by session (the invitation that
brought them), by language and by period. Refusing a cut smaller than five is
not enough: the whole minus every allowed session leaves the small ones. So each
way of cutting is a *partition* of the answers into groups of at least
:data:`MIN_GROUP`, decided once for the whole survey: sessions (or languages)
with fewer answers are pooled into one "other" group, and when that pool is
still too small it takes in the smallest group until it is not. Days are joined,
in order, into periods of at least five answers; a period asked for is widened to
the periods it touches.

Three partitions still cross: a period minus the two sessions held in it (A − B
− C), or a language and a session taken together, could leave a few answers
that no single group shows. So the partitions are *fitted to each other*: the
answers that share a session group, a language group and a period (a *cell* of
the three together) are at least five, or none. Languages are pooled further,
then periods joined further, until every cell is (:func:`fitted`). Every figure
or export of one group is then a union of whole cells, and so is any sum,
difference or intersection of any number of them: none singles out fewer than
five answers.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intake.languages import language_name
from surveys.models import Invitation, InvitationKind, Submission

#: Smallest group of answers whose content is shown.
MIN_GROUP = 5
#: The value of the pooled group in the filters.
OTHER = "other"
#: The value of the answers that came through no invitation.
NO_SESSION = "none"


@dataclass(frozen=True)
class Group:
    """A group of answers that may be shown: its filter value, label, members."""

    value: str
    label: str
    members: frozenset[int]


def pooled(
    groups: dict[str, set[int]],
    labels: dict[str, str],
    other: str,
    into_pool: frozenset[str] = frozenset(),
) -> list:
    """``groups`` as groups of at least :data:`MIN_GROUP`: small ones pooled
    (and those of ``into_pool``, whatever their size)."""

    def small(value: str) -> bool:
        return len(groups[value]) < MIN_GROUP or value in into_pool

    large = sorted(
        (value for value in groups if not small(value)),
        key=lambda value: (len(groups[value]), value),
    )
    pool = set().union(*(m for v, m in groups.items() if small(v)))
    while pool and len(pool) < MIN_GROUP and large:
        pool |= groups[large.pop(0)]  # the smallest group joins the pool
    shown = [Group(v, labels[v], frozenset(groups[v])) for v in large]
    shown.sort(key=lambda group: str(group.label).casefold())
    if pool:
        shown.append(Group(OTHER, str(other), frozenset(pool)))
    return shown


def small_cell(
    everything: frozenset[int], partitions: list[list]
) -> tuple[int, ...] | None:
    """A cell of the partitions (one group index per partition) that holds
    fewer than :data:`MIN_GROUP` answers, the smallest; ``None`` when none."""
    places: dict[int, list[int]] = {pk: [] for pk in everything}
    for groups in partitions:
        for index, group in enumerate(groups):
            for pk in group.members:
                places[pk].append(index)
    cells = Counter(tuple(place) for place in places.values())
    small = [(count, cell) for cell, count in cells.items() if count < MIN_GROUP]
    return min(small)[1] if small else None


@dataclass(frozen=True)
class Period:
    first: datetime.date
    last: datetime.date
    members: frozenset[int]

    @property
    def label(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()} – {self.last.isoformat()}"


def periods(days: dict[datetime.date, set[int]]) -> list[Period]:
    """Consecutive days joined, in order, into periods of at least five answers
    (the last, if too small, joins the one before it)."""
    found: list[Period] = []
    first, members = None, set()
    for day in sorted(days):
        first = first or day
        members |= days[day]
        if len(members) >= MIN_GROUP:
            found.append(Period(first, day, frozenset(members)))
            first, members = None, set()
    if members:
        last = max(days)
        if found:
            previous = found.pop()
            found.append(Period(previous.first, last, previous.members | members))
        else:
            found.append(Period(first, last, frozenset(members)))
    return found


def reportable(dataset: QuerySet[Submission], *, anonymous: bool) -> QuerySet:
    """The answers an anonymous survey may show: none sent through a personal
    link or linked to a person (they are identifiable)."""
    if not anonymous:
        return dataset
    return dataset.exclude(invitation__kind=InvitationKind.PERSONAL).filter(
        participant__isnull=True
    )


@dataclass
class Cut:
    """The answers a filter selects, or why none are shown."""

    members: frozenset[int]
    refused: str = ""
    widened_to: str = ""


@dataclass
class SurveyGroups:
    """The three partitions of one survey's reportable answers."""

    everything: frozenset[int]
    sessions: list[Group] = field(default_factory=list)
    languages: list[Group] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)

    @property
    def each_language_a_group(self) -> bool:
        """Whether every language is a group of its own (none pooled): only
        then may an export name each answer's language."""
        return all(group.value != OTHER for group in self.languages)

    def period_of(self, pk: int) -> Period | None:
        return next((p for p in self.periods if pk in p.members), None)

    def cut(self, *, session="", language="", start=None, end=None) -> Cut:
        chosen = [bool(session), bool(language), bool(start or end)]
        if sum(chosen) > 1:
            return Cut(
                frozenset(),
                refused=_(
                    "Filter by one thing at a time: a session, a language or a period."
                ),
            )
        if session or language:
            groups = self.sessions if session else self.languages
            group = next(
                (g for g in groups if g.value == str(session or language)), None
            )
            members = group.members if group else frozenset()
            return self._checked(
                Cut(members), others=self.languages if session else self.sessions
            )
        if start or end:
            touched = [
                p
                for p in self.periods
                if (start is None or p.last >= start)
                and (end is None or p.first <= end)
            ]
            members = frozenset().union(*(p.members for p in touched))
            widened = ""
            if touched:
                widened = (
                    f"{touched[0].first.isoformat()} – {touched[-1].last.isoformat()}"
                )
            return self._checked(
                Cut(members, widened_to=widened),
                others=[*self.sessions, *self.languages],
            )
        return Cut(self.everything)

    def _checked(self, cut: Cut, *, others) -> Cut:
        """Refused when another group is inside it, or holds it, but for fewer
        than five answers (their difference would show those answers)."""
        comparable = [g.members for g in others] + [p.members for p in self.periods]
        comparable.append(self.everything)
        for members in comparable:
            for small, large in ((members, cut.members), (cut.members, members)):
                if small < large and len(large - small) < MIN_GROUP:
                    return Cut(
                        cut.members,
                        refused=_(
                            "Not shown: with another group of answers, this one "
                            "would single out fewer than five answers."
                        ),
                    )
        return cut


def fitted_languages(
    by_language: dict[str, set[int]], sessions: list[Group], everything: frozenset
) -> list[Group]:
    """Languages pooled until each meets every session group in five answers
    or none (the language of the smallest cell goes to the pool; when the pool
    is that language, the smallest language still shown joins it)."""
    labels = {code: language_name(code) for code in by_language}
    other = _("Other languages, together")
    into_pool: set[str] = set()
    while True:
        languages = pooled(by_language, labels, other, frozenset(into_pool))
        cell = small_cell(everything, [sessions, languages])
        named = [group for group in languages if group.value != OTHER]
        if cell is None or not named:
            return languages
        group = languages[cell[1]]
        if group.value == OTHER:
            group = min(named, key=lambda g: (len(g.members), g.value))
        into_pool.add(group.value)


def fitted_periods(
    found: list[Period], partitions: list[list[Group]], everything: frozenset
) -> list[Period]:
    """Periods joined, each to its smaller neighbour, until every cell of the
    periods with the other partitions holds five answers or none."""
    found = list(found)
    while len(found) > 1:
        cell = small_cell(everything, [*partitions, found])
        if cell is None:
            break
        index = cell[-1]
        before = found[index - 1] if index > 0 else None
        after = found[index + 1] if index + 1 < len(found) else None
        if after is None or (before and len(before.members) <= len(after.members)):
            index -= 1  # joined with the one before
        first, second = found[index], found[index + 1]
        found[index : index + 2] = [
            Period(first.first, second.last, first.members | second.members)
        ]
    return found


def survey_groups(answers: QuerySet[Submission]) -> SurveyGroups:
    """Partitions of ``answers`` (already reportable) by session, language and
    period, fitted to each other (every cell of the three: five or none)."""
    rows = list(
        answers.order_by().values_list(
            "pk", "invitation_id", "locale__language_code", "submitted_at"
        )
    )
    by_session: dict[str, set[int]] = {}
    by_language: dict[str, set[int]] = {}
    by_day: dict[datetime.date, set[int]] = {}
    for pk, invitation_id, code, moment in rows:
        by_session.setdefault(str(invitation_id or NO_SESSION), set()).add(pk)
        by_language.setdefault(code, set()).add(pk)
        by_day.setdefault(timezone.localtime(moment).date(), set()).add(pk)
    invitations = {
        str(i.pk): i.label + (f" ({i.session_date:%d/%m/%Y})" if i.session_date else "")
        for i in Invitation.objects.filter(
            pk__in=[k for k in by_session if k != NO_SESSION]
        )
    }
    invitations[NO_SESSION] = str(_("Without a session"))
    everything = frozenset(pk for pk, *_rest in rows)
    sessions = pooled(by_session, invitations, _("Other sessions, together"))
    languages = fitted_languages(by_language, sessions, everything)
    return SurveyGroups(
        everything=everything,
        sessions=sessions,
        languages=languages,
        periods=fitted_periods(periods(by_day), [sessions, languages], everything),
    )
