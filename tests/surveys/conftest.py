"""Fixtures of the survey tests."""

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
    """Programme A's follow-up interview and action plan, a participant referred
    to it and two of its coaches."""
    return interview_setting(world)


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """Signatures are written under a private root of the test's own."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT
