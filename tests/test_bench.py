"""``make bench`` runs: the form-submission benchmark prints its BENCH lines.

Only that it runs and what it prints are checked here, not the speed it reaches:
machines differ too much for a threshold to mean anything in CI.
"""

import os
import re
import subprocess
import sys
import types
from pathlib import Path

from bench import __main__ as runner

ROOT = Path(__file__).resolve().parent.parent
NUMBER = r"\d+(?:\.\d{3})?"


def metrics_of(output: str, name: str) -> dict[str, str]:
    line = next(
        (line for line in output.splitlines() if line.startswith(f"BENCH {name} ")),
        None,
    )
    assert line is not None, f"no BENCH {name} line in:\n{output}"
    pairs = line.split()[2:]
    return dict(pair.split("=", 1) for pair in pairs)


def test_the_form_submission_benchmark_prints_its_measures():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(
        [sys.executable, "-m", "bench", "form_submit", "--n", "5"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]

    timing = metrics_of(result.stdout, "form_submit")
    assert list(timing) == [
        "ratio_vs_stock",
        "ours_p50_ms",
        "ours_p95_ms",
        "stock_p50_ms",
        "stock_p95_ms",
        "ours_rps",
        "stock_rps",
        "n",
    ]
    assert all(re.fullmatch(NUMBER, value) for value in timing.values()), timing
    assert timing["n"] == "5"
    assert float(timing["ours_rps"]) > 0 and float(timing["stock_rps"]) > 0

    queries = metrics_of(result.stdout, "form_submit_queries")
    assert list(queries) == ["ours_10_fields", "ours_40_fields", "stock_40_fields"]
    assert all(re.fullmatch(r"\d+", value) for value in queries.values()), queries
    # Our queries do not grow with the number of questions.
    assert queries["ours_10_fields"] == queries["ours_40_fields"]


def test_the_survey_burst_stores_every_participants_answers_once():
    """A small burst against a real daphne: every answer stored, none twice
    (one participant in ten sends hers again with the same client id)."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(
        [sys.executable, "-m", "bench", "survey_burst", "--n", "10"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]

    burst = metrics_of(result.stdout, "survey_burst")
    assert list(burst) == [
        "stored",
        "expected",
        "errors_5xx",
        "duplicates",
        "p95_ms",
        "p50_ms",
        "duration_s",
        "servers",
    ]
    for name, servers in (("survey_burst", "1"), ("survey_burst_two_servers", "2")):
        burst = metrics_of(result.stdout, name)
        assert all(re.fullmatch(NUMBER, value) for value in burst.values()), burst
        assert burst["servers"] == servers
        assert burst["expected"] == "10"
        assert burst["stored"] == "10", result.stdout
        assert burst["errors_5xx"] == "0", result.stdout
        assert burst["duplicates"] == "0", result.stdout


def run_bench(name: str, n: int = 5, timeout: int = 240) -> str:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(
        [sys.executable, "-m", "bench", name, "--n", str(n)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_the_attendance_register_benchmark_opens_and_saves_15_people():
    measures = metrics_of(run_bench("attendance_register"), "attendance_register")
    assert list(measures) == [
        "p95_ms",
        "queries",
        "open_p95_ms",
        "open_queries",
        "save_p95_ms",
        "save_queries",
        "people",
        "n",
    ]
    assert all(re.fullmatch(NUMBER, value) for value in measures.values()), measures
    assert measures["people"] == "15" and measures["n"] == "5"
    assert int(measures["queries"]) == int(measures["open_queries"]) + int(
        measures["save_queries"]
    )


def test_the_calendar_month_benchmark_reads_as_much_for_five_years_as_for_one():
    measures = metrics_of(run_bench("calendar_month"), "calendar_month")
    assert list(measures) == [
        "p95_ms",
        "queries",
        "p95_ms_one_year",
        "queries_one_year",
        "sessions_five_years",
        "sessions_one_year",
        "n",
    ]
    assert all(re.fullmatch(NUMBER, value) for value in measures.values()), measures
    assert int(measures["sessions_five_years"]) > 4 * int(measures["sessions_one_year"])
    # Flat in the history: only the month is read.
    assert measures["queries"] == measures["queries_one_year"]


def test_the_export_benchmark_measures_both_paths_and_memory():
    measures = metrics_of(run_bench("export_100k", n=300, timeout=300), "export_100k")
    assert list(measures) == [
        "csv_s",
        "xlsx_s",
        "peak_rss_mb",
        "default_s",
        "speedup",
        "cpu_seconds_csv",
        "cpu_seconds_xlsx",
    ]
    assert all(re.fullmatch(NUMBER, value) for value in measures.values()), measures
    assert float(measures["peak_rss_mb"]) > 0


def test_the_import_benchmark_reports_its_bad_rows():
    measures = metrics_of(run_bench("import_20k", n=2000), "import_20k")
    assert list(measures) == ["seconds", "errors", "cpu_seconds"]
    # One row in a thousand has a wrong date.
    assert measures["errors"] == "2"


def test_a_benchmark_that_fails_is_reported_and_the_others_still_run(
    monkeypatch, capsys
):

    def broken(n=None):
        raise RuntimeError("collectstatic failed")

    modules = {
        "bench.broken": types.SimpleNamespace(run=broken),
        "bench.fine": types.SimpleNamespace(run=lambda n=None: [f"BENCH fine n={n}"]),
    }
    monkeypatch.setattr(runner.importlib, "import_module", modules.__getitem__)

    assert runner.run_one("broken", 3) is False
    assert runner.run_one("fine", 3) is True
    output = capsys.readouterr()
    assert "RuntimeError: collectstatic failed" in output.err
    assert "# broken FAILED" in output.out
    assert "BENCH fine n=3" in output.out
