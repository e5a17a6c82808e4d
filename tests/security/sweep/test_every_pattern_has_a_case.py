"""The sweep covers every URL pattern: one without a case fails here, and the
patterns that answer without a log-in are listed with their reason."""

from __future__ import annotations

from tests.security.sweep.cases import ADMIN_CASES, CASES, PROJECT_CASES
from tests.security.sweep.patterns import every_pattern
from tests.security.sweep.public import PUBLIC_BY_DESIGN


def test_every_url_pattern_has_a_case():
    missing = sorted({pattern.name for pattern in every_pattern()} - set(CASES))
    assert not missing, f"URL patterns without a sweep case: {missing}"
    assert not set(PROJECT_CASES) & set(ADMIN_CASES)


def test_the_public_patterns_are_those_judged_public_by_design():
    public = {name for name, case in CASES.items() if case.access == "public"}
    assert public == set(PUBLIC_BY_DESIGN)
    assert all(reason.strip() for reason in PUBLIC_BY_DESIGN.values())


def test_a_new_pattern_would_fail(monkeypatch):
    names = {pattern.name for pattern in every_pattern()}
    assert len(names) > 380  # Wagtail's, wagtail-localize's and ours
    assert {"referrals:detail", "wagtailadmin_pages:edit", "api:participants"} <= names
