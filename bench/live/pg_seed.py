"""The referral inbox's history on PostgreSQL, written by the database itself.

bench/referral_inbox.py builds its rows in Python and sends them in batches (on
PostgreSQL, 100,000 referrals and 100,000 log rows took minutes of a shared
machine). Here one row of each table is made through the ORM — every column gets
the value Django gives it — and PostgreSQL copies it with ``INSERT … SELECT …
FROM generate_series``, changing only the columns that vary: 100,000 participants,
100,000 referrals and 1,000,000 log rows in a few statements, seconds not minutes.
"""

from __future__ import annotations

import datetime
import time

from django.db import connection, transaction

from bench.referral_inbox import ANTENNAS, LOG_STEPS, PROGRAMMES, STATE_WEIGHTS

#: A prime to spread the states and the ages over the rows (no random module:
#: every run builds the same history).
SPREAD = 7919
MINUTES_IN_A_YEAR = 365 * 24 * 60


def columns(table: str) -> list[str]:
    with connection.cursor() as cursor:
        description = connection.introspection.get_table_description(cursor, table)
    return [column.name for column in description if column.name != "id"]


def copy_rows(table: str, template: int, source: str, varying: dict[str, str]) -> int:
    """Insert a copy of row ``template`` of ``table`` for each row of ``source``
    (a FROM clause giving ``n``, the copy's number), with the ``varying`` columns
    computed; the number of rows inserted."""
    names = columns(table)
    values = ", ".join(varying.get(name, f't."{name}"') for name in names)
    quoted = ", ".join(f'"{name}"' for name in names)
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{table}" ({quoted}) SELECT {values} '  # noqa: S608
            # No parameters: the expressions' ``%`` stays PostgreSQL's modulo.
            f'FROM "{table}" t, {source} WHERE t.id = {int(template)}'
        )
        return cursor.rowcount


def sql_array(values) -> str:
    return "ARRAY[" + ", ".join(repr(value) for value in values) + "]"


def states_array() -> str:
    """The states, each repeated by its weight: index it by a number modulo
    the array's length to spread the rows as bench/referral_inbox.py does."""
    return sql_array(
        [state for state, weight in STATE_WEIGHTS.items() for _n in range(weight)]
    )


def history(referrals: int, logs: int) -> tuple[dict, float, float]:
    """The same CPAS, people and spread of states as bench/referral_inbox.py's
    ``history``; the people, the seconds it took, this process's CPU seconds."""
    from bench.referral_inbox import organisation

    started, cpu = time.perf_counter(), time.process_time()
    with transaction.atomic():
        cpas, antennas, programmes, coach, manager, referrer = organisation()
        person, referral, log = templates(
            cpas, antennas[0], programmes[0], referrer, coach
        )
        antenna_ids = sql_array(antenna.pk for antenna in antennas)
        copy_participants(person, referrals - 1, antenna_ids)
        copy_referrals(
            referral, antenna_ids, sql_array(programme.pk for programme in programmes)
        )
        copy_logs(log, logs - 1)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    people = {"coach": coach, "manager": manager}
    return people, time.perf_counter() - started, time.process_time() - cpu


def templates(cpas, antenna, programme, referrer, coach) -> tuple:
    """One participant, her referral and a move of it, through the ORM: the
    rows the database copies."""
    from intake.models import Participant
    from workflow.models import Referral, TransitionLog

    person = Participant.objects.create(
        cpas=cpas,
        antenna=antenna,
        first_name="Prénom",
        last_name="Nom",
        date_of_birth=datetime.date(1970, 1, 1),
        nationality="SY",
    )
    referral = Referral.objects.create(
        cpas=cpas,
        participant=person,
        programme=programme,
        antenna=antenna,
        referred_by=referrer,
    )
    log = TransitionLog.objects.create(
        referral=referral,
        action="submit",
        source="draft",
        target="submitted",
        actor=coach,
    )
    return person, referral, log


def copy_participants(person, count: int, antenna_ids: str) -> None:
    copy_rows(
        person._meta.db_table,
        person.pk,
        f"generate_series(1, {count}) AS n",
        {
            "first_name": "'Prénom' || n",
            "last_name": "'Nom' || (n % 997)",
            "normalised_name": "'prenom' || n || ' nom' || (n % 997)",
            "antenna_id": f"({antenna_ids})[n % {ANTENNAS} + 1]",
            "date_of_birth": "date '1970-01-01' + (n % 12775)",
        },
    )


def copy_referrals(referral, antenna_ids: str, programme_ids: str) -> None:
    """One referral for each other participant of the CPAS."""
    people = referral.participant._meta.db_table
    weights = sum(STATE_WEIGHTS.values())
    copy_rows(
        referral._meta.db_table,
        referral.pk,
        f"(SELECT id AS person, row_number() OVER (ORDER BY id) AS n "
        f"FROM {people} WHERE cpas_id = {referral.cpas_id} "
        f"AND id <> {referral.participant_id}) AS people",
        {
            "participant_id": "person",
            "programme_id": f"({programme_ids})[n % {PROGRAMMES} + 1]",
            "antenna_id": f"({antenna_ids})[n % {ANTENNAS} + 1]",
            "state": f"({states_array()})[(n * {SPREAD}) % {weights} + 1]",
            "state_changed_at": f"now() - ((n * {SPREAD}) % "
            f"{MINUTES_IN_A_YEAR}) * interval '1 minute'",
        },
    )


def copy_logs(log, count: int) -> None:
    """``count`` moves spread over the CPAS's referrals, each referral's
    together."""
    referrals = log.referral._meta.db_table
    steps = len(LOG_STEPS)
    total = count + 1
    copy_rows(
        log._meta.db_table,
        log.pk,
        f"(SELECT array_agg(id ORDER BY id) AS ids FROM {referrals} "
        f"WHERE cpas_id = {log.referral.cpas_id}) AS referrals, "
        f"generate_series(0, {count - 1}) AS n",
        {
            "referral_id": f"ids[(n::bigint * cardinality(ids) / {total})::int + 1]",
            "action": f"({sql_array(s[0] for s in LOG_STEPS)})[n % {steps} + 1]",
            "source": f"({sql_array(s[1] for s in LOG_STEPS)})[n % {steps} + 1]",
            "target": f"({sql_array(s[2] for s in LOG_STEPS)})[n % {steps} + 1]",
        },
    )
