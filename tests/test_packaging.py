"""The install is pinned, and the pins in pyproject.toml and requirements.lock agree."""

import ast
import importlib.metadata
import re
import sys
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


#: The application's code: what runs in production and in ``make``.
APPLICATION = ("site",) + tuple(
    sorted(path.name for path in ROOT.iterdir() if (path / "apps.py").is_file())
)
#: Packages that are the frameworks' own building blocks, which the application
#: uses as part of their API: Django's async layer, Wagtail's model clusters and
#: admin filters. Their versions follow the framework's.
FRAMEWORK_PARTS = {"asgiref", "django-modelcluster", "django-filter"}


def imported_distributions() -> dict[str, set[str]]:
    """The installed distributions that the application imports, and where."""
    first_party = {path.name for path in ROOT.iterdir()} | {
        path.stem for path in (ROOT / "site").iterdir()
    }
    by_module = importlib.metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    for folder in APPLICATION:
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and not node.level:
                    names = [node.module or ""]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top in sys.stdlib_module_names or top in first_party:
                        continue
                    for distribution in by_module.get(top, [top]):
                        found.setdefault(canonical(distribution), set()).add(
                            str(path.relative_to(ROOT))
                        )
    return found


def test_every_package_the_application_imports_is_a_declared_dependency():
    """A package that comes only with another one (openpyxl came with Wagtail)
    disappears when that one stops needing it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {
        canonical(re.split(r"[\[=]", requirement)[0])
        for requirement in project["dependencies"]
    }
    imported = imported_distributions()
    assert "openpyxl" in imported and "django" in imported
    undeclared = {
        name: sorted(paths)
        for name, paths in imported.items()
        if name not in declared and name not in FRAMEWORK_PARTS
    }
    assert undeclared == {}


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
