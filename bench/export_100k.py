"""Exporting a form's 100,000 submissions (40 questions) to CSV and XLSX.

The rows are seeded with ``bulk_create`` (one published 40-question form: text,
numbers, choices, smiley scales, yes/no, several choices, dates). Then, each in
a fresh process on the same database (``bench/_child.py``), so that its memory
is its own:

- ``csv_s``: the exchange's fast path (``SubmissionResource.rows``: plain values
  read 2,000 at a time, each answer's cell asked of its field type once per
  version and value) streamed through ``exchange.writers.csv_lines``;
- ``xlsx_s``: the same rows written a row at a time into the XLSX's zip archive
  (``exchange.xlsx``; openpyxl's write-only workbook spent ~15 µs a cell);
- ``default_s``: django-import-export's own path on the same Resource
  (``Resource.export(queryset)``, a tablib ``Dataset``, then ``.csv``).

``peak_rss_mb`` is the highest ``ru_maxrss`` of the CSV and XLSX processes
(Python, Django and Wagtail loaded included). ``speedup = default_s / csv_s``.
``cpu_seconds_csv`` and ``cpu_seconds_xlsx``: the CPU time of those processes'
steps (the machine may be shared: the wall clock then says less).
Goals: CSV ≤ 10 s, XLSX ≤ 40 s, peak RSS ≤ 250 MB, ≥ 5× the default path.
Run alone: ``python -m bench export_100k`` (``--n`` sets the number of rows).
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.referral_inbox import line

ROWS = 100_000
QUESTIONS = 40
TYPES = (
    "singleline",
    "number",
    "radio",
    "likert",
    "yes_no",
    "checkboxes",
    "date",
    "multiline",
)
CHOICES = (("alpha", "Alpha"), ("beta", "Bêta"), ("gamma", "Gamma"))
BATCH = 5000


def block(index: int) -> tuple[str, dict]:
    kind = TYPES[index % len(TYPES)]
    value = {"label": f"Question {index}", "key": f"q{index:02d}", "required": False}
    if kind in ("radio", "checkboxes"):
        value["choices"] = [{"value": v, "label": label} for v, label in CHOICES]
    if kind == "likert":
        value["points"] = "5"
    return kind, value


def answer(kind: str, row: int, index: int):
    return {
        "singleline": f"Réponse {row}-{index}",
        "number": row % 120,
        "radio": CHOICES[(row + index) % 3][0],
        "likert": str(1 + (row + index) % 5),
        "yes_no": "yes" if (row + index) % 2 else "no",
        "checkboxes": ["alpha", "gamma"] if row % 2 else ["beta"],
        "date": f"2026-{1 + row % 12:02d}-{1 + index % 28:02d}",
        "multiline": f"Première ligne {row}\nDeuxième ligne",
    }[kind]


def seed(rows: int) -> int:
    """The form and its submissions; the form page's id."""
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from home.models import HomePage, ProgrammePage
    from intake.models import Cpas, Programme
    from surveys.models import FormPage, Submission

    locale, _created = Locale.objects.get_or_create(language_code="fr")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = root.add_child(
        instance=HomePage(title="Export", slug="bench-export-home", locale=locale)
    )
    cpas = Cpas.objects.create(name="CPAS (bench export)", slug="bench-export")
    programme = Programme.objects.create(
        cpas=cpas, name="Export", slug="bench-export", working_languages=["fr"]
    )
    parent = home.add_child(
        instance=ProgrammePage(title="Export", slug="export", programme=programme)
    )
    blocks = [block(index) for index in range(QUESTIONS)]
    page = parent.add_child(
        instance=FormPage(
            title="Suivi",
            slug="suivi",
            kind="orientation_interview",
            form_fields=blocks,
        )
    )
    page.save_revision().publish()
    version = page.versions.get()
    start = timezone.now() - datetime.timedelta(days=365)
    kinds = [kind for kind, _value in blocks]
    for first in range(0, rows, BATCH):
        Submission.objects.bulk_create(
            Submission(
                version=version,
                translation_key=page.translation_key,
                programme=programme,
                locale=locale,
                submitted_at=start + datetime.timedelta(minutes=row * 5),
                answers={
                    f"q{index:02d}": answer(kind, row, index)
                    for index, kind in enumerate(kinds)
                },
            )
            for row in range(first, min(rows, first + BATCH))
        )
    return page.pk


def _resource_and_rows(page_id: int):
    from django.utils.translation import activate

    from exchange.resources.submissions import SubmissionResource
    from surveys.models import FormPage, Submission
    from surveys.selectors import FormCatalog, form_versions

    activate("fr")
    page = FormPage.objects.get(pk=page_id)
    catalog = FormCatalog(form_versions(page), "fr")
    queryset = Submission.objects.of_form(page.translation_key)
    return SubmissionResource(catalog), queryset


def export_csv(page_id: str) -> None:
    from exchange.writers import csv_lines

    resource, queryset = _resource_and_rows(int(page_id))
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for text in csv_lines(resource.headings(), resource.rows(queryset)):
            sink.write(text)


def export_xlsx(page_id: str) -> None:
    from exchange.writers import write_xlsx

    resource, queryset = _resource_and_rows(int(page_id))
    with tempfile.TemporaryFile() as target:
        write_xlsx(target, resource.headings(), resource.rows(queryset), "bench")


def export_default(page_id: str) -> None:
    resource, queryset = _resource_and_rows(int(page_id))
    dataset = resource.export(queryset.select_related("locale", "submitted_by"))
    with open(os.devnull, "w", encoding="utf-8") as sink:
        sink.write(dataset.csv)


def measured(function: str, page_id: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one step in its process."""
    from django.conf import settings

    env = {**os.environ, "CPAS_BENCH_DIR": str(settings.BENCH_DIR)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-m", "bench._child", __name__, function, str(page_id)],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, cpu_seconds, peak = result.stdout.split()[-3:]
    return float(seconds), float(cpu_seconds), float(peak)


def run(n: int = ROWS) -> list[str]:
    from django.db import connection

    page_id = seed(n)
    connection.close()  # the children read the committed rows
    csv_s, csv_cpu, csv_mb = measured("export_csv", page_id)
    print(f"# export_100k csv: {csv_s:.1f} s, {csv_mb:.0f} MB", flush=True)
    xlsx_s, xlsx_cpu, xlsx_mb = measured("export_xlsx", page_id)
    print(f"# export_100k xlsx: {xlsx_s:.1f} s, {xlsx_mb:.0f} MB", flush=True)
    default_s, default_cpu, _default_mb = measured("export_default", page_id)
    print(f"# export_100k default: {default_s:.1f} s, cpu {default_cpu:.1f} s")
    return [
        line(
            "export_100k",
            {
                "csv_s": csv_s,
                "xlsx_s": xlsx_s,
                "peak_rss_mb": max(csv_mb, xlsx_mb),
                "default_s": default_s,
                "speedup": default_s / csv_s,
                "cpu_seconds_csv": csv_cpu,
                "cpu_seconds_xlsx": xlsx_cpu,
            },
        )
    ]
