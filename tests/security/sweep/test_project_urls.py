"""The URL sweep of the project's own apps (issue #12): every pattern of intake,
surveys, workflow, home, groups, followups, reminders, paths, exchange, reports
and security, asked by every role of A's first antenna and programme, of A's
second antenna, of A's second programme, of CPAS B and anonymously, against A's
objects. Never a 500; the answer each visitor is owed (``access.py``); never a
text of A that the visitor may not read, in a page or a downloaded file."""

from __future__ import annotations

import pytest

from tests.security.sweep.cases import PLACES, PROJECT_CASES
from tests.security.sweep.runner import sweep

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("place", PLACES)
def test_the_project_urls_answer_each_visitor_as_owed(sweep_world_a, place):
    visitors = [
        (who, client)
        for who, client in sweep_world_a.visitors()
        if who.split("/")[0] == place
    ]
    outcome = sweep(sweep_world_a, PROJECT_CASES, visitors)
    assert outcome.requests >= len(visitors) * 150
    assert not outcome.failures, "\n".join(map(str, outcome.failures))
