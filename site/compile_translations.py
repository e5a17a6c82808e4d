"""Compile the project's .po files to .mo with polib (no GNU gettext needed).

Run by ``make``: ``.venv/bin/python site/compile_translations.py``. Only the
project's own ``locale/`` is compiled, for the languages of config/languages.py;
installed packages ship their .mo files.
"""

from pathlib import Path

import polib

from config.languages import codes

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def catalogs() -> list[Path]:
    """The .po files of the platform's languages."""
    return [
        po_path
        for code in codes()
        for po_path in sorted((LOCALE / code / "LC_MESSAGES").glob("*.po"))
    ]


def main() -> None:
    for po_path in catalogs():
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))


if __name__ == "__main__":
    main()
