"""Small files and short functions (issue 11, STYLE.md point 7).

No Python file of the project over 400 lines, outside migrations and the demo
content (the programmes' and forms' texts, which are data). No function over 60
lines unless the line above it (a comment) says why it is long.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("site", "intake", "surveys", "workflow", "home", "groups", "bench", "tests")
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
#: Demo content is data written as code: the programmes' texts and the demo forms.
DEMO_CONTENT = ("intake/demo/programmes.py",)


def python_files() -> list[Path]:
    files = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative or relative in DEMO_CONTENT:
                continue
            files.append(path)
    return files


def is_demo_content(relative: str) -> bool:
    return "/demo/" in relative


def test_no_file_over_the_limit():
    too_long = {
        path.relative_to(ROOT).as_posix(): count
        for path in python_files()
        if (count := len(path.read_text().splitlines())) > MAX_FILE_LINES
    }
    assert too_long == {}, f"split these files (lines): {too_long}"


def long_functions_without_a_reason(path: Path) -> list[str]:
    lines = path.read_text().splitlines()
    tree = ast.parse("\n".join(lines))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        first = min([node.lineno] + [d.lineno for d in node.decorator_list])
        length = node.end_lineno - node.lineno + 1
        if length <= MAX_FUNCTION_LINES:
            continue
        above = lines[first - 2].strip() if first >= 2 else ""
        if not above.startswith("#"):
            found.append(f"{node.name} ({length} lines)")
    return found


def test_no_long_function_without_a_reason_written_above_it():
    offenders = {}
    for path in python_files():
        relative = path.relative_to(ROOT).as_posix()
        if is_demo_content(relative):
            continue
        if found := long_functions_without_a_reason(path):
            offenders[relative] = found
    assert offenders == {}, f"shorten these or say why above them: {offenders}"


def test_the_check_finds_a_long_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES + 1))
    source = tmp_path / "long.py"
    source.write_text(f"def too_long():\n{body}\n")
    assert long_functions_without_a_reason(source) == [
        f"too_long ({MAX_FUNCTION_LINES + 2} lines)"
    ]
    source.write_text(f"# One recipe, read top to bottom.\ndef too_long():\n{body}\n")
    assert long_functions_without_a_reason(source) == []
