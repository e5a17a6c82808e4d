"""Anonymity across any number of cuts (issue #12, scope 1): a period minus the
two sessions held in it, or a language taken with a session, never leaves fewer
than five answers (surveys/participant_surveys/anonymity.py: every cell of the
session, language and period groups together is five answers or none)."""

from __future__ import annotations

import itertools
import re

import pytest
from django.utils import timezone

from intake.roles import Role
from tests.security.test_survey_anonymity import comments, every_export, export
from tests.surveys.interview_fixtures import english
from tests.surveys.participant_surveys.test_survey_results import (
    answer,
    session,
    url,
)
from tests.surveys.participant_surveys.test_survey_results import (
    survey as survey,  # noqa: F401 (the fixture)
)

TEN_DAYS_AGO = (timezone.localdate() - timezone.timedelta(days=10)).isoformat()


@pytest.fixture
def sessions(world, survey):
    """Ten days ago: sessions B and C (five each) and two answers of session A;
    today: A's five others. The period of ten days ago is twelve answers, and
    minus B and C it would be A's two."""
    a, b, c = (session(world, survey, label) for label in ("A", "B", "C"))
    for n in range(2):
        answer(survey, module=1, invitation=a, days_ago=10, comment=f"a-old-{n}")
    for n in range(5):
        answer(survey, module=5, invitation=a, comment=f"a-{n}")
        answer(survey, module=4, invitation=b, days_ago=10, comment=f"b-{n}")
        answer(survey, module=3, invitation=c, days_ago=10, comment=f"c-{n}")
    client = english(world.client("a", Role.COACH))
    return client, a, b, c


def cells(exports: dict[str, frozenset[str]]) -> list[frozenset[str]]:
    """The answers grouped by which exports hold them: what any sum,
    difference or intersection of the exports can single out, at the finest."""
    place: dict[str, tuple[bool, ...]] = {}
    every = frozenset().union(*exports.values())
    for comment in every:
        place[comment] = tuple(comment in got for got in exports.values())
    grouped: dict[tuple[bool, ...], set[str]] = {}
    for comment, where in place.items():
        grouped.setdefault(where, set()).add(comment)
    return [frozenset(group) for group in grouped.values()]


def test_a_period_minus_the_two_sessions_in_it_leaves_no_small_group(sessions, survey):
    client, _a, b, c = sessions
    period = comments(export(client, survey, start=TEN_DAYS_AGO, end=TEN_DAYS_AGO))
    left = (
        period
        - comments(export(client, survey, session=b.pk))
        - comments(export(client, survey, session=c.pk))
    )
    assert period  # the period is answered, widened to whole groups
    assert not {"a-old-0", "a-old-1"} == left
    assert len(left) == 0 or len(left) >= 5


def test_the_results_screen_does_not_tell_the_two_answers_by_difference(
    sessions, survey
):
    client, _a, b, c = sessions

    def counted(**query) -> tuple[int, float]:
        content = client.get(url(survey, **query)).content.decode()
        found = re.search(r"Mean: ([\d.]+) \((\d+) answers\)", content)
        return (int(found.group(2)), float(found.group(1))) if found else (0, 0.0)

    period = counted(start=TEN_DAYS_AGO, end=TEN_DAYS_AGO)
    parts = [counted(session=b.pk), counted(session=c.pk)]
    assert parts[0][0] == parts[1][0] == 5  # both sessions are shown
    left = period[0] - sum(count for count, _mean in parts)
    assert left == 0 or left >= 5
    # The sum of the points left is not the two answers' (1 + 1).
    total = period[0] * period[1] - sum(count * mean for count, mean in parts)
    assert left != 2 and round(total) != 2


def test_every_combination_of_every_export_leaves_groups_of_five(sessions, survey):
    client, *_sessions = sessions
    exports = every_export(client, survey)
    assert len(exports) >= 3
    for group in cells(exports):
        assert len(group) >= 5, sorted(group)
    for (_x, x), (_y, y), (_z, z) in itertools.permutations(exports.items(), 3):
        left = x - y - z
        assert len(left) == 0 or len(left) >= 5, sorted(left)


def test_a_language_taken_with_a_session_singles_nobody_out(world, survey):
    """Arabic is five answers, but three in one session and two in the other:
    the Arabic export and a session's export together would show three."""
    one, two = session(world, survey, "Un"), session(world, survey, "Deux")
    for n in range(5):
        answer(survey, module=4, invitation=one, comment=f"un-fr-{n}")
        answer(survey, module=3, invitation=two, comment=f"deux-fr-{n}")
    for n in range(3):
        answer(survey, module=1, invitation=one, language="ar", comment=f"un-ar-{n}")
    for n in range(2):
        answer(survey, module=2, invitation=two, language="ar", comment=f"deux-ar-{n}")
    client = english(world.client("a", Role.COACH))

    exports = every_export(client, survey)

    for group in cells(exports):
        assert len(group) >= 5, sorted(group)
    rows = export(client, survey)
    assert not any("Language" in heading for heading in rows[0])
    assert not any("Arabic" in cell for row in rows for cell in row)


def test_languages_that_meet_every_session_in_five_stay_filters(world, survey):
    one, two = session(world, survey, "Un"), session(world, survey, "Deux")
    for n in range(5):
        for invitation in (one, two):
            answer(survey, module=4, invitation=invitation, comment=f"fr-{n}")
            answer(survey, module=2, invitation=invitation, language="ar")
    client = english(world.client("a", Role.COACH))

    content = client.get(url(survey)).content.decode()

    assert '<option value="ar"' in content and '<option value="fr"' in content
    arabic = client.get(url(survey, language="ar")).content.decode()
    assert "10 answers of 20, with these filters." in arabic
    assert any("Language" in heading for heading in export(client, survey)[0])
