"""Imports point one way: ``intake`` is the core, ``surveys`` and ``home`` build on
it, ``workflow`` on all three, ``groups`` on all four; nothing imports back up.

Every module of the apps and of ``site/`` (settings, URLs, scripts) is read with
``ast``: top-level imports, imports inside functions and ``TYPE_CHECKING`` imports
alike (a type names a dependency too). ``bench/`` and ``tests/`` are left out: they
drive the whole project from outside. The apps' migrations are read the same way,
and so are their dependencies on other apps' migrations (see
:data:`MIGRATION_EXCEPTIONS` for the only ones against the direction), and the
templates an app includes or extends.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: What each app may import. ``groups`` may not exist yet in every checkout.
ALLOWED: dict[str, frozenset[str]] = {
    "intake": frozenset(),
    "surveys": frozenset({"intake"}),
    "home": frozenset({"intake"}),
    "workflow": frozenset({"intake", "surveys", "home"}),
    "groups": frozenset({"intake", "surveys", "home", "workflow"}),
    "followups": frozenset({"intake", "surveys", "home", "workflow", "groups"}),
    "reminders": frozenset({"intake", "surveys", "home", "workflow", "groups"}),
    "paths": frozenset({"intake", "surveys", "home", "workflow", "groups"}),
    "exchange": frozenset({"intake", "surveys", "home", "workflow", "groups"}),
    "reports": frozenset({"intake", "surveys", "home", "workflow", "groups"}),
    "security": frozenset({"intake"}),
}
APPS = frozenset(ALLOWED)
#: ``site/``: settings, URLs and scripts assemble the apps; no app imports them.
SITE = "site"
SITE_MODULES = frozenset({"config", "compile_translations", "participant_messages"})
#: Plain data every app may read, like the settings: the one list of languages.
#: It imports nothing but the standard library (tested below).
SHARED_DATA = frozenset({"config.languages"})

#: Migration dependencies against the direction, each with why it must stay.
MIGRATION_EXCEPTIONS: dict[tuple[str, str, str], str] = {
    (
        "intake",
        "0002_participant_referral_and_more",
        "surveys",
    ): "Referral lived in intake then, and its referral form is a foreign key to "
    "surveys.Submission; the history of existing databases cannot change "
    "(workflow/0003 moved the model out).",
    (
        "intake",
        "0003_referral_cpas_programme_state_index",
        "surveys",
    ): "An index on that same Referral, generated while it lived in intake.",
}


def app_of_path(path: Path) -> str | None:
    parts = path.relative_to(ROOT).parts
    if parts[0] == "site":
        return SITE
    return parts[0] if parts[0] in APPS else None


def app_of_module(name: str) -> str | None:
    if name in SHARED_DATA:
        return None
    top = name.split(".")[0]
    if top in SITE_MODULES:
        return SITE
    return top if top in APPS else None


def project_files() -> Iterator[Path]:
    for folder in sorted({*APPS, "site"}):
        base = ROOT / folder
        if base.is_dir():
            yield from sorted(base.rglob("*.py"))


def imported_modules(path: Path) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports (absolute name), wherever the import is."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: inside the importing package
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                yield node.lineno, ".".join([*base, node.module or ""])
            else:
                yield node.lineno, node.module or ""


def import_edges() -> list[tuple[str, str, str]]:
    """(importing app, imported app, where) for every import between apps."""
    edges = []
    for path in project_files():
        importer = app_of_path(path)
        for line, module in imported_modules(path):
            imported = app_of_module(module)
            if imported is not None and imported != importer:
                where = f"{path.relative_to(ROOT)}:{line} imports {module}"
                edges.append((importer, imported, where))
    return edges


def allowed(importer: str, imported: str) -> bool:
    if importer == SITE:
        return True
    return imported in ALLOWED[importer]


def test_the_walk_sees_the_apps_and_site():
    files = {app_of_path(path) for path in project_files()}
    assert {"intake", "surveys", "home", "workflow", SITE} <= files
    assert any(
        where.startswith("site/config/urls.py") for _a, _b, where in import_edges()
    )


def test_the_shared_data_imports_only_the_standard_library():
    import sys

    for name in SHARED_DATA:
        path = ROOT / SITE / (name.replace(".", "/") + ".py")
        imported = {module.split(".")[0] for _line, module in imported_modules(path)}
        assert imported <= set(sys.stdlib_module_names), (name, imported)


def test_no_import_points_against_the_direction():
    wrong = [where for a, b, where in import_edges() if not allowed(a, b)]
    assert wrong == []


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of ``graph`` (its nodes in order), or ``[]``."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str]:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return []
        for successor in sorted(graph.get(node, ())):
            cycle = visit(successor, [*path, node])
            if cycle:
                return cycle
        done.add(node)
        return []

    for start in sorted(graph):
        cycle = visit(start, [])
        if cycle:
            return cycle
    return []


def test_find_cycle_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_apps():
    graph: dict[str, set[str]] = {}
    for importer, imported, _where in import_edges():
        graph.setdefault(importer, set()).add(imported)
    assert find_cycle(graph) == []


def migration_edges() -> Iterator[tuple[str, str, str]]:
    """(app, migration, other app) for each dependency between project apps,
    ``run_before`` counted as the other app's dependency on this one."""
    for path in sorted(ROOT.glob("*/migrations/0*.py")):
        app, name = path.parts[-3], path.stem
        if app not in APPS:
            continue
        migration = import_module(f"{app}.migrations.{name}").Migration
        for other, _name in migration.dependencies:
            if other in APPS and other != app:
                yield app, name, other
        for other, _name in migration.run_before:
            if other in APPS and other != app:
                # "run me before theirs": a fact this app states about another.
                yield app, name, other


def test_migrations_depend_the_same_way_except_where_history_says_why():
    wrong = [
        (app, name, other)
        for app, name, other in migration_edges()
        if other not in ALLOWED[app] and (app, name, other) not in MIGRATION_EXCEPTIONS
    ]
    assert wrong == []
    used = {edge for edge in migration_edges() if edge in MIGRATION_EXCEPTIONS}
    assert used == set(MIGRATION_EXCEPTIONS), "an exception no longer needed"


TEMPLATE_TAG = re.compile(r"{%\s*(?:include|extends)\s+[\"'](\w+)/")


@pytest.mark.parametrize("app", sorted(APPS))
def test_templates_include_only_what_their_app_may_import(app):
    wrong = []
    for path in sorted((ROOT / app / "templates").rglob("*.html")):
        for other in TEMPLATE_TAG.findall(path.read_text()):
            if other in APPS and other != app and other not in ALLOWED[app]:
                wrong.append(f"{path.relative_to(ROOT)} uses {other}/")
    assert wrong == []
