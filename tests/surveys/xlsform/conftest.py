"""The XLSForm tests read the importer's messages in English."""

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield
