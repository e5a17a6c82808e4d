"""Anonymity of survey results, tried as an attacker would (issue #12, scope 1).

Every filter the results screen offers is asked for, its export downloaded, and
the answers of every export compared with every other: no two of them differ by
fewer than five answers, so no subtraction singles anyone out.
"""

from __future__ import annotations

import csv
import io
import itertools
import re

import pytest
from django.utils import timezone

from intake.roles import Role
from surveys.models import FormPage, InvitationKind
from surveys.participant_surveys.invitations import invitation_create
from tests.factories import ParticipantFactory
from tests.surveys.interview_fixtures import english
from tests.surveys.participant_surveys.test_survey_results import (
    answer,
    session,
    url,
)
from tests.surveys.participant_surveys.test_survey_results import (
    survey as survey,  # noqa: F401 (the fixture)
)


def export(client, survey, **query) -> list[list[str]]:
    response = client.get(url(survey, export="csv", **query))
    if response.get("Content-Type", "").startswith("text/html"):
        return []  # refused: the page says why
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def comments(rows: list[list[str]]) -> frozenset[str]:
    """The distinct comment of each exported answer (the last column)."""
    return frozenset(row[-1] for row in rows[1:])


def offered(client, survey, name: str) -> list[str]:
    content = client.get(url(survey)).content.decode()
    select = re.search(rf'<select name="{name}".*?</select>', content, re.S).group(0)
    return [value for value in re.findall(r'value="([^"]*)"', select) if value]


def every_export(client, survey) -> dict[str, frozenset[str]]:
    """What an attacker can download: the whole, each session, each language,
    and each day as a period (the filters one at a time and two at a time)."""
    days = [
        (timezone.localdate() - timezone.timedelta(days=n)).isoformat()
        for n in range(12)
    ]
    queries = [{}]
    queries += [{"session": v} for v in offered(client, survey, "session")]
    queries += [{"language": v} for v in offered(client, survey, "language")]
    queries += [{"start": d, "end": d} for d in days]
    queries += [{"start": days[-1], "end": d} for d in days]
    queries += [
        {"session": s, "language": lang}
        for s in offered(client, survey, "session")
        for lang in offered(client, survey, "language")
    ]
    found = {}
    for query in queries:
        got = comments(export(client, survey, **query))
        if got:
            found[repr(query)] = got
    return found


@pytest.fixture
def attacked(world, survey):
    """Two sessions of six and five, one of three in Tigrinya ten days ago, and
    one answer through a personal link made for a named participant."""
    tuesday, wednesday = (
        session(world, survey, "Mardi"),
        session(world, survey, "Mercredi"),
    )
    thursday = session(world, survey, "Jeudi")
    for n in range(6):
        answer(survey, module=4, invitation=tuesday, comment=f"mardi-{n}")
    for n in range(5):
        answer(survey, module=3, invitation=wednesday, comment=f"mercredi-{n}")
    for n in range(3):
        answer(
            survey,
            module=1,
            invitation=thursday,
            language="ti",
            days_ago=10,
            comment=f"jeudi-{n}",
        )
    personal, _token = invitation_create(
        user=None,
        form=survey,
        kind=InvitationKind.PERSONAL,
        label="Pour Amina",
        participant=ParticipantFactory(antenna=world.antenna["a"]),
    )
    answer(survey, module=1, invitation=personal, comment="amina-seule")
    return english(world.client("a", Role.COACH))


def test_no_two_exports_differ_by_fewer_than_five_answers(attacked, survey):
    exports = every_export(attacked, survey)
    assert len(exports) >= 3  # the whole and some groups were exported
    for (name_a, a), (name_b, b) in itertools.permutations(exports.items(), 2):
        if b < a:
            assert len(a - b) >= 5, (name_a, name_b, sorted(a - b))
    for got in exports.values():
        assert len(got) >= 5


def test_the_subtraction_of_every_session_from_the_whole_leaves_a_group(
    attacked, survey
):
    whole = comments(export(attacked, survey))
    allowed = [
        comments(export(attacked, survey, session=value))
        for value in offered(attacked, survey, "session")
    ]
    left = whole - frozenset().union(*allowed)
    assert len(left) == 0 or len(left) >= 5
    # The small Thursday session is never a group of its own.
    assert not any(got == {"jeudi-0", "jeudi-1", "jeudi-2"} for got in allowed)


def test_a_personal_link_answer_is_never_in_an_anonymous_result(attacked, survey):
    for got in every_export(attacked, survey).values():
        assert "amina-seule" not in got
    assert "amina-seule" not in attacked.get(url(survey)).content.decode()


def test_a_survey_that_identifies_people_shows_its_personal_link_answers(
    attacked, survey
):
    FormPage.objects.filter(pk=survey.pk).update(identify_participant=True)
    assert "amina-seule" in comments(export(attacked, survey))


def test_the_export_tells_neither_the_minute_nor_a_small_language(attacked, survey):
    rows = export(attacked, survey)
    assert not any("Language" in heading for heading in rows[0])
    assert not any("ti" == cell or "Tigrinya" in cell for row in rows for cell in row)
    assert not any(":" in row[0] for row in rows[1:])  # no time of day
    # The three Tigrinya answers of ten days ago are dated by a period of five.
    dates = {row[0] for row in rows[1:] if row[-1].startswith("jeudi")}
    assert all("–" in date for date in dates)


def test_a_refused_language_filter_is_not_answered_by_the_export(attacked, survey):
    languages = offered(attacked, survey, "language")
    assert "ti" not in languages  # three answers: pooled, never alone
    for value in languages:
        got = comments(export(attacked, survey, language=value))
        assert got != {"jeudi-0", "jeudi-1", "jeudi-2"}


def test_two_filters_at_once_are_refused(attacked, survey):
    sessions = offered(attacked, survey, "session")
    content = attacked.get(
        url(
            survey,
            session=sessions[0],
            language=offered(attacked, survey, "language")[0],
        )
    ).content.decode()
    assert "Filter by one thing at a time" in content
    assert "Mean:" not in content
