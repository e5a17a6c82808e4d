"""``python -m bench.live.prepare WORKERS SMALL REFERRALS``: the tables, and a
CPAS whose big antenna has WORKERS social workers and whose small one SMALL, a
programme and its coach, REFERRALS submitted referrals in each antenna, and a
session for everyone; prints them as JSON (the last line)."""

from __future__ import annotations

import json
import sys

import django


def session_for(user) -> str:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def antenna_with(cpas, name: str, workers: int):
    from intake.models import Antenna
    from intake.roles import Role
    from intake.services import team_member_save

    antenna = Antenna.objects.create(cpas=cpas, name=name, slug=name.lower())
    people = [
        team_member_save(
            membership=None,
            cpas=cpas,
            email=f"sw{n}@{antenna.slug}.bench",
            first_name="Bench",
            last_name=f"Worker {n}",
            role=Role.SOCIAL_WORKER,
            antenna=antenna,
        ).user
        for n in range(workers)
    ]
    return antenna, people


def referrals(cpas, antenna, programme, author, count: int) -> list[int]:
    from intake.models import Participant
    from workflow.models import Referral, ReferralState

    made = []
    for n in range(count):
        person = Participant.objects.create(
            cpas=cpas,
            antenna=antenna,
            first_name=f"Prénom{n}",
            last_name=antenna.name,
            date_of_birth="1990-01-01",
        )
        referral = Referral.objects.create(
            cpas=cpas,
            programme=programme,
            antenna=antenna,
            referred_by=author,
            participant=person,
        )
        made.append(referral.pk)
    Referral.objects.filter(pk__in=made).update(state=ReferralState.SUBMITTED)
    return made


def main(workers: int, small: int, count: int) -> dict:
    from django.core.management import call_command
    from wagtail.models import Locale, Page

    from intake.models import Cpas, Programme
    from intake.roles import Role
    from intake.services import team_member_save

    call_command("migrate", run_syncdb=True, interactive=False, verbosity=0)
    locale, _created = Locale.objects.get_or_create(language_code="fr")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    cpas = Cpas.objects.create(
        name="CPAS (bench live)", slug="bench-live", city="Liège", default_language="fr"
    )
    programme = Programme.objects.create(
        cpas=cpas, name="Mod'Actions", slug="bench-live", working_languages=["fr"]
    )
    coach = team_member_save(
        membership=None,
        cpas=cpas,
        email="coach@live.bench",
        first_name="Bench",
        last_name="Coach",
        role=Role.COACH,
        programmes=[programme],
    ).user
    big, big_workers = antenna_with(cpas, "Grande", workers)
    little, little_workers = antenna_with(cpas, "Petite", small)
    return {
        "coach": session_for(coach),
        "big": [session_for(user) for user in big_workers],
        "small": [session_for(user) for user in little_workers],
        "big_referrals": referrals(cpas, big, programme, big_workers[0], count),
        "small_referrals": referrals(cpas, little, programme, little_workers[0], count),
    }


if __name__ == "__main__":
    django.setup()
    numbers = [int(value) for value in sys.argv[1:4]]
    print(json.dumps(main(*numbers)), flush=True)
