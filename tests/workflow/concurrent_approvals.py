"""Run by tests/workflow/test_concurrency.py in a fresh process against the database
named by DATABASE_URL: N managers approve one referral at the same moment."""

import json
import sys
import threading

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402

from intake.models import Antenna, Cpas, Programme  # noqa: E402
from intake.roles import Role  # noqa: E402
from intake.services import team_member_save  # noqa: E402
from workflow.models import Referral, ReferralState  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20

call_command("migrate", verbosity=0)
cpas = Cpas.objects.create(name="CPAS", slug="cpas", city="Gent", default_language="nl")
antenna = Antenna.objects.create(cpas=cpas, name="Noord", slug="noord")
programme = Programme.objects.create(cpas=cpas, name="Interactief!", slug="interactief")
referrer = team_member_save(
    membership=None,
    cpas=cpas,
    email="sw@x.test",
    first_name="S",
    last_name="W",
    role=Role.SOCIAL_WORKER,
    antenna=antenna,
).user
managers = [
    team_member_save(
        membership=None,
        cpas=cpas,
        email=f"m{i}@x.test",
        first_name="M",
        last_name=str(i),
        role=Role.PROGRAMME_MANAGER,
        programmes=[programme],
    ).user
    for i in range(N)
]
referral = Referral.objects.create(
    cpas=cpas, programme=programme, antenna=antenna, referred_by=referrer
)
Referral.objects.filter(pk=referral.pk).update(state=ReferralState.ORIENTATION_DONE)
connection.close()

from workflow.services import TransitionRefused, transition  # noqa: E402

barrier = threading.Barrier(N)
results = []
lock = threading.Lock()


def approve(user):
    close_old_connections()
    try:
        mine = Referral.objects.get(pk=referral.pk)
        barrier.wait(timeout=60)
        transition(mine, "accept", user)
        outcome = "accepted"
    except TransitionRefused as refused:
        outcome = f"{refused.code}: {refused.message}"
    except Exception as error:  # noqa: BLE001 - reported to the test
        outcome = f"error: {type(error).__name__}: {error}"
    finally:
        connection.close()
    with lock:
        results.append(outcome)


threads = [threading.Thread(target=approve, args=(user,)) for user in managers]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

final = Referral.objects.get(pk=referral.pk)
print(
    json.dumps(
        {
            "results": results,
            "state": final.state,
            "logs": final.transitions.count(),
            "vendor": connection.vendor,
        }
    )
)
