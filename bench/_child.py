"""``python -m bench._child MODULE FUNCTION ARG...``: run one measured step of a
benchmark in a fresh process on the parent's database (``CPAS_BENCH_DIR``), and
print ``seconds cpu_seconds peak_rss_mb`` (wall and CPU time of the step; the
process's ``ru_maxrss``: Python, Django and
Wagtail loaded, plus what the step itself held at its peak)."""

from __future__ import annotations

import importlib
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()
    module_name, function_name, *args = sys.argv[1:]
    function = getattr(importlib.import_module(module_name), function_name)
    started, cpu_started = time.perf_counter(), time.process_time()
    function(*args)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{seconds:.3f} {cpu_seconds:.3f} {peak_kb / 1024:.1f}")


if __name__ == "__main__":
    main()
