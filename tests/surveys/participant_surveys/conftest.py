"""Fixtures of the participant surveys' tests: a survey, a session code for three,
and the rate limit's counters emptied around each test."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from tests.surveys.participant_surveys.survey_helpers import invite, satisfaction_form


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()  # the rate limit's counters
    yield
    cache.clear()


@pytest.fixture
def survey(world):
    return satisfaction_form(world.programme["a"])


@pytest.fixture
def session(survey):
    return invite(survey, max_uses=3)
