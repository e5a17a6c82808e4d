"""Run by test_multiprocess.py: a database with one submitted referral, and the
sessions of its social worker and of the programme's coach."""

import json

import django

django.setup()

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.urls import reverse  # noqa: E402
from django_otp import DEVICE_ID_SESSION_KEY  # noqa: E402

from intake.models import Antenna, Cpas, Participant, Programme  # noqa: E402
from intake.roles import Role  # noqa: E402
from intake.services import team_member_save  # noqa: E402
from security.two_factor import two_factor_required  # noqa: E402
from tests.logins import authenticator  # noqa: E402
from workflow.models import Referral, ReferralState  # noqa: E402

call_command("migrate", verbosity=0)
cpas = Cpas.objects.create(
    name="OCMW Gent", slug="gent", city="Gent", default_language="nl"
)
antenna = Antenna.objects.create(cpas=cpas, name="Ledeberg", slug="ledeberg")
programme = Programme.objects.create(cpas=cpas, name="Interactief!", slug="interactief")
worker = team_member_save(
    membership=None,
    cpas=cpas,
    email="sw@gent.test",
    first_name="Sara",
    last_name="W",
    role=Role.SOCIAL_WORKER,
    antenna=antenna,
).user
coach = team_member_save(
    membership=None,
    cpas=cpas,
    email="coach@gent.test",
    first_name="Chris",
    last_name="C",
    role=Role.COACH,
    programmes=[programme],
).user
participant = Participant.objects.create(
    cpas=cpas,
    antenna=antenna,
    first_name="Yonas",
    last_name="T",
    date_of_birth="1992-03-01",
)
referral = Referral.objects.create(
    cpas=cpas,
    programme=programme,
    antenna=antenna,
    referred_by=worker,
    participant=participant,
)
Referral.objects.filter(pk=referral.pk).update(state=ReferralState.SUBMITTED)


def session_for(user) -> str:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    if two_factor_required(user):  # a manager: her second factor passed too
        session[DEVICE_ID_SESSION_KEY] = authenticator(user).persistent_id
    session.create()
    return session.session_key


print(
    json.dumps(
        {
            "worker_session": session_for(worker),
            "coach_session": session_for(coach),
            "act_url": reverse("referrals:act", args=[referral.pk, "start_review"]),
            "detail_url": reverse("referrals:detail", args=[referral.pk]),
        }
    )
)
