"""The project's scripts: small files, and none that a page loads is missing.

The scripts are plain files loaded in order by the templates (no bundler): a
name mistyped in a template, or a part left out, shows only as a page that
silently stops working. What the interview page needs offline is checked
against the service worker in tests/surveys/test_offline.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.contrib.staticfiles import finders

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 500
SKIPPED = {".venv", "node_modules", "staticfiles", "var", ".git"}
TEMPLATE_SCRIPT = re.compile(
    r"""<script[^>]*\ssrc="\{% static ['"]([^'"]+)['"] %\}\""""
)
PYTHON_SCRIPT = re.compile(r"""static\(\s*['"]([^'"]+\.js)['"]\s*\)""")


def project_files(pattern: str) -> list[Path]:
    return sorted(
        path
        for path in ROOT.rglob(pattern)
        if not SKIPPED.intersection(path.relative_to(ROOT).parts)
    )


def test_no_script_of_the_project_is_over_500_lines():
    scripts = sorted((ROOT / "static").rglob("*.js"))
    assert scripts
    long = {
        str(path.relative_to(ROOT)): lines
        for path in scripts
        if (lines := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}, f"split these scripts by what their parts do: {long}"


def test_every_script_a_template_loads_exists():
    loaded = {}
    for template in project_files("templates/**/*.html"):
        for name in TEMPLATE_SCRIPT.findall(template.read_text()):
            loaded.setdefault(name, template.relative_to(ROOT))
    assert "surveys/js/interview.js" in loaded
    assert "surveys/js/steps.js" in loaded
    missing = {
        name: str(where) for name, where in loaded.items() if not finders.find(name)
    }
    assert missing == {}


def test_every_script_the_python_code_adds_to_a_page_exists():
    added = {
        name
        for module in project_files("*.py")
        if "tests" not in module.relative_to(ROOT).parts
        for name in PYTHON_SCRIPT.findall(module.read_text())
    }
    assert "workflow/js/notifications.js" in added
    assert [name for name in sorted(added) if not finders.find(name)] == []
