"""The demo's consents to be contacted: each demo person whose record says she
agrees to be contacted has that consent recorded (:mod:`intake.consents`), so
her page shows it rather than "No consent recorded yet". Idempotent: a consent
that stands is not recorded again; a record seeded before consents were
recorded gets its consent on the next seeding."""

from __future__ import annotations

from intake.consents import contact_consents_record
from intake.demo.seed import Demo
from intake.models import ConsentSource, Participant


def seed_consents(demo: Demo) -> None:
    """``seed_demo``'s last step, once every app has made its demo people."""
    cpas_ids = {entry.programme.cpas_id for entry in demo.programmes}
    agreed = Participant.objects.filter(cpas_id__in=cpas_ids, contact_consent=True)
    contact_consents_record(agreed, source=ConsentSource.PARTICIPANT_PAGE)
