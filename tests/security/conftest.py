"""Fixtures of the security tests: the interview setting of the survey tests."""

from __future__ import annotations

import pytest

from surveys.builder import _FORM_CLASSES
from tests.surveys.interview_fixtures import interview_setting


@pytest.fixture(autouse=True)
def fresh_form_classes():
    """Form classes are cached by version id, which a rolled-back test reuses."""
    _FORM_CLASSES.clear()
    yield
    _FORM_CLASSES.clear()


@pytest.fixture
def setting(world):
    """Programme A's follow-up interview, a participant referred to it, two coaches."""
    return interview_setting(world)
