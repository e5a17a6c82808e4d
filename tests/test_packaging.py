"""The install is pinned, and the pins in pyproject.toml and requirements.lock agree."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonical(name)] = version
    return pins


def test_every_direct_dependency_is_pinned_and_locked_at_the_same_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    direct = project["dependencies"] + project["optional-dependencies"]["dev"]
    lock = locked()
    for requirement in direct:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)(\[[a-z,]+\])?==([\w.]+)", requirement)
        assert match, f"{requirement} is not pinned with =="
        name, _extras, version = match.groups()
        assert lock.get(canonical(name)) == version, requirement


def test_the_maintained_fsm_package_is_used_never_the_old_one():
    lock = locked()
    assert "django-fsm-2" in lock
    assert "django-fsm" not in lock


def test_the_agreed_layout_is_in_place():
    for folder in (
        "site",
        "intake",
        "surveys",
        "workflow",
        "home",
        "static",
        "locale",
        "tests",
    ):
        assert (ROOT / folder).is_dir(), folder
    for file in ("manage.py", "pyproject.toml", "Makefile", "README.md", ".ci/run"):
        assert (ROOT / file).is_file(), file
