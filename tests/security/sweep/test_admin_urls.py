"""The URL sweep of Wagtail's admin (issue #12): pages (edit, delete, move,
copy, history, revisions, preview, chooser, explorer), snippets, images,
documents, users, groups, workflows, reports, wagtail-localize's translation
views, asked by every role of A's first antenna and programme, of A's
second antenna, of A's second programme, of CPAS B and anonymously, against A's
objects. Never a 500; the answer each visitor is owed (``access.py``); never a
text of A that the visitor may not read, in a page or a downloaded file."""

from __future__ import annotations

import pytest

from tests.security.sweep.cases import ADMIN_CASES, PLACES
from tests.security.sweep.runner import sweep

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("place", PLACES)
def test_the_admin_urls_answer_each_visitor_as_owed(sweep_world_a, place):
    visitors = [
        (who, client)
        for who, client in sweep_world_a.visitors()
        if who.split("/")[0] == place
    ]
    outcome = sweep(sweep_world_a, ADMIN_CASES, visitors)
    assert outcome.requests >= len(visitors) * 150
    assert not outcome.failures, "\n".join(map(str, outcome.failures))
