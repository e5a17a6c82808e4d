"""``python -m bench [name ...] [--n N]``: run the benchmarks, print BENCH lines.

Every module of this package but ``settings`` is a benchmark with a
``run(n) -> list[str]`` function (adding one is adding a module); they run in name
order on one throw-away SQLite database (``bench.settings``), migrated once here.
Without ``--n``, each uses its own number of rounds.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Modules of the package that are not benchmarks.
NOT_BENCHMARKS = frozenset({"settings", "stock"})


def benchmark_names() -> list[str]:
    return sorted(
        module.name
        for module in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not module.ispkg
        and not module.name.startswith("_")
        and module.name not in NOT_BENCHMARKS
    )


def main(argv: list[str] | None = None) -> int:
    available = benchmark_names()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"default: all of {available}")
    parser.add_argument("--n", type=int, default=None, help="rounds per benchmark")
    args = parser.parse_args(argv)
    unknown = set(args.names) - set(available)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")

    # site/ holds the `config` package (see README: it is not a package itself).
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django
    from django.core.management import call_command

    django.setup()
    started = time.perf_counter()
    call_command("migrate", run_syncdb=True, interactive=False, verbosity=0)
    print(f"# database ready in {time.perf_counter() - started:.1f} s", flush=True)

    failed = [name for name in args.names or available if not run_one(name, args.n)]
    if failed:
        print(f"# failed: {' '.join(failed)}", flush=True)
    return 1 if failed else 0


def run_one(name: str, n: int | None) -> bool:
    """Run one benchmark and print its lines; a benchmark that raises is reported
    and the others still run (one broken bench does not hide the rest's figures)."""
    started = time.perf_counter()
    try:
        module = importlib.import_module(f"bench.{name}")
        lines = module.run() if n is None else module.run(n=n)
    except Exception:
        traceback.print_exc()
        print(
            f"# {name} FAILED after {time.perf_counter() - started:.1f} s", flush=True
        )
        return False
    for line in lines:
        print(line, flush=True)
    print(f"# {name} took {time.perf_counter() - started:.1f} s", flush=True)
    return True


if __name__ == "__main__":
    sys.exit(main())
