"""Importing 20,000 referrals from a spreadsheet, every row checked.

A CSV of 20,000 rows (name, birth date, phone, antenna, programme, state,
date; one row in a thousand with a wrong date or phone) goes through the
import a manager confirms (``exchange.imports.import_run`` with the referral
importer, ``skip_bad_rows``): each cell read and checked, each person matched
with the referral form's rule (``workflow.matching``), each referral created
with its history, in one transaction, a chunk of rows at a time.

Prints ``BENCH import_20k seconds=… errors=… cpu_seconds=…`` (``errors``: rows
reported bad; ``cpu_seconds``: the process's CPU time, steadier than the wall
clock on a shared machine). Goal: ≤ 15 s. Run alone: ``python -m bench
import_20k`` (``--n`` rows).

Measured on the shared 2-core machine (load about 8): row by row, three
queries a row to match the person, ``seconds=985.9 cpu_seconds=169.7``; a chunk
at a time, ``seconds=36.8 cpu_seconds=11.7`` (most of it Django building the
bulk inserts; SQLite takes 999 values a statement).
"""

from __future__ import annotations

import csv
import io
import time

from bench.referral_inbox import PASSWORD, line

ROWS = 20_000
BAD_EVERY = 1000
STATES = ("Submitted", "In review", "Accepted", "In progress", "Completed")


def world():
    from intake.models import Antenna, Cpas, Programme
    from intake.roles import Role
    from intake.services import team_member_save

    cpas = Cpas.objects.create(name="CPAS (bench import)", slug="bench-import")
    Antenna.objects.create(cpas=cpas, name="Nord", slug="bench-import-nord")
    Antenna.objects.create(cpas=cpas, name="Sud", slug="bench-import-sud")
    programme = Programme.objects.create(
        cpas=cpas, name="Interactief", slug="bench-import", working_languages=["nl"]
    )
    return team_member_save(
        membership=None,
        cpas=cpas,
        email="manager@import.bench",
        first_name="Bench",
        last_name="Manager",
        role=Role.PROGRAMME_MANAGER,
        programmes=[programme],
        password=PASSWORD,
    ).user


def spreadsheet(rows: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["prénom", "nom", "date de naissance", "téléphone", "antenne qui oriente"]
        + ["programme", "état", "état depuis"]
    )
    for n in range(rows):
        bad = n % BAD_EVERY == BAD_EVERY - 1
        writer.writerow(
            [
                f"Prénom{n}",
                f"Nom{n % 5000}",
                "31/02/1990" if bad else f"{1 + n % 28:02d}/{1 + n % 12:02d}/1985",
                f"0470 {n % 100:02d} {n // 100 % 100:02d} 56",
                ("Nord", "Sud")[n % 2],
                "Interactief",
                STATES[n % len(STATES)],
                "2026-03-02",
            ]
        )
    return out.getvalue()


def run(n: int = ROWS) -> list[str]:
    import tablib

    from exchange.importers import referral_importer
    from exchange.imports import import_run
    from workflow.models import Referral, TransitionLog

    user = world()
    dataset = tablib.Dataset().load(spreadsheet(n), format="csv")
    started, cpu = time.perf_counter(), time.process_time()
    report = import_run(
        referral_importer(user, file_name="referrals.csv"),
        dataset,
        write=True,
        skip_bad_rows=True,
    )
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu
    errors = len(report.bad_rows)
    referrals = Referral.objects.filter(referred_by=user)
    assert referrals.count() == n - errors
    assert TransitionLog.objects.filter(referral__in=referrals).count() > n - errors
    metrics = {"seconds": seconds, "errors": errors, "cpu_seconds": cpu_seconds}
    return [line("import_20k", metrics)]
