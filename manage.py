#!/usr/bin/env python
"""Django's command-line utility for this project.

The configuration lives in ``site/config``. The folder ``site/`` cannot be a Python
package (the standard library's ``site`` module is imported at start-up), so it is put
on ``sys.path`` here and ``config`` is imported from it.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "site"))


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
