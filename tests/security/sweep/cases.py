"""Every case of the sweep, by URL pattern name."""

from __future__ import annotations

from tests.security.sweep.cases_project import PROJECT_CASES
from tests.security.sweep.cases_wagtail import WAGTAIL_CASES
from tests.security.sweep.cases_wagtail_settings import SETTINGS_CASES

ADMIN_CASES = {**WAGTAIL_CASES, **SETTINGS_CASES}
CASES = {**PROJECT_CASES, **ADMIN_CASES}
#: The places visitors come from (``anonymous`` is one on its own).
PLACES = ("anonymous", "antenna", "programme", "b", "a")
