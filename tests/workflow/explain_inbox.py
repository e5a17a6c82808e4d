"""Run by test_inbox_indexes.py on a fresh PostgreSQL: the migrated tables,
20,000 referrals of one CPAS, and the plans of the lists' pages (JSON)."""

import datetime
import json

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from intake.models import Antenna, Cpas, Participant, Programme  # noqa: E402
from intake.roles import Role  # noqa: E402
from intake.services import team_member_save  # noqa: E402
from workflow.models import Referral  # noqa: E402
from workflow.selectors import (  # noqa: E402
    antenna_referrals,
    inbox_referrals,
    waiting_longer_than,  # noqa: E402
)
from workflow.views.keyset import keyset_page  # noqa: E402

COUNT = 20_000
call_command("migrate", verbosity=0)
cpas = Cpas.objects.create(name="CPAS", slug="cpas", city="Gent", default_language="nl")
antennas = [
    Antenna.objects.create(cpas=cpas, name=f"A{n}", slug=f"a{n}") for n in range(4)
]
programmes = [
    Programme.objects.create(cpas=cpas, name=f"P{n}", slug=f"p{n}") for n in range(5)
]


def member(role, email, **where):
    return team_member_save(
        membership=None,
        cpas=cpas,
        email=email,
        first_name="T",
        last_name="T",
        role=role,
        **where,
    ).user


coach = member(Role.COACH, "coach@x.test", programmes=programmes[:1])
worker = member(Role.SOCIAL_WORKER, "sw@x.test", antenna=antennas[0])
now = timezone.now()
people = Participant.objects.bulk_create(
    Participant(
        cpas=cpas,
        antenna=antennas[n % 4],
        first_name=f"F{n}",
        last_name="L",
        date_of_birth=datetime.date(1990, 1, 1),
    )
    for n in range(COUNT)
)
states = ["submitted", "in_review", "in_progress", "completed", "draft"]
Referral.objects.bulk_create(
    Referral(
        cpas=cpas,
        participant=person,
        programme=programmes[n % 5],
        antenna=antennas[n % 4],
        referred_by=worker,
        state=states[n % 5],
        state_changed_at=now - datetime.timedelta(minutes=n * 7),
        created_at=now - datetime.timedelta(minutes=n * 11),
    )
    for n, person in enumerate(people)
)
with connection.cursor() as cursor:
    cursor.execute("ANALYZE")


def keys_query(queryset, field: str, descending: bool, **cursor) -> str:
    """The SQL of a page's keys, as the list views ask for it."""
    captured = []

    def record(execute, sql, params, many, context):
        captured.append(connection.ops.compose_sql(sql, params) if params else sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        keyset_page(queryset, field=field, descending=descending, size=50, **cursor)
    return captured[-1]


def plan(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


inbox = inbox_referrals(coach, states=None)
deep = keyset_page(inbox, field="state_changed_at", descending=False, size=2000)
cursor = f"{(now - datetime.timedelta(days=30)).isoformat()}~{deep.keys[-1]}"
waiting = waiting_longer_than(inbox_referrals(coach), 90)
plans = {
    "inbox": plan(keys_query(inbox, "state_changed_at", False)),
    "inbox_deep": plan(keys_query(inbox, "state_changed_at", False, after=cursor)),
    "waiting": plan(keys_query(waiting, "state_changed_at", False)),
    "antenna": plan(keys_query(antenna_referrals(worker), "created_at", True)),
}
print(json.dumps(plans))
