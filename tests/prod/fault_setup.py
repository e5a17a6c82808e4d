"""Run by the fault tests: a database with ``n`` submitted referrals of one social
worker, and the sessions of that social worker and of the programme's coach.
Prints them as JSON (the act URLs of each referral's ``start_review``)."""

import json
import sys

import django

django.setup()

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.urls import reverse  # noqa: E402

from intake.models import Antenna, Cpas, Participant, Programme  # noqa: E402
from intake.roles import Role  # noqa: E402
from intake.services import team_member_save  # noqa: E402
from workflow.models import Referral, ReferralState  # noqa: E402

n = int(sys.argv[1])
call_command("migrate", verbosity=0)
cpas = Cpas.objects.create(name="CPAS de Liège", slug="liege", city="Liège")
antenna = Antenna.objects.create(cpas=cpas, name="Outremeuse", slug="outremeuse")
programme = Programme.objects.create(cpas=cpas, name="Tremplin", slug="tremplin")
worker = team_member_save(
    membership=None,
    cpas=cpas,
    email="sw@liege.test",
    first_name="Sara",
    last_name="W",
    role=Role.SOCIAL_WORKER,
    antenna=antenna,
).user
coach = team_member_save(
    membership=None,
    cpas=cpas,
    email="coach@liege.test",
    first_name="Chris",
    last_name="C",
    role=Role.COACH,
    programmes=[programme],
).user
referrals = [
    Referral.objects.create(
        cpas=cpas,
        programme=programme,
        antenna=antenna,
        referred_by=worker,
        participant=Participant.objects.create(
            cpas=cpas,
            antenna=antenna,
            first_name=f"Amina {index}",
            last_name="K",
            date_of_birth="1990-05-01",
        ),
    )
    for index in range(n)
]
Referral.objects.update(state=ReferralState.SUBMITTED)


def session_for(user) -> str:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


print(
    json.dumps(
        {
            "worker_session": session_for(worker),
            "coach_session": session_for(coach),
            "act_urls": [
                reverse("referrals:act", args=[r.pk, "start_review"]) for r in referrals
            ],
        }
    )
)
