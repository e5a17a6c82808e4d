"""``python manage.py seed_demo``: every app's demo data, in one transaction.

The demo spans the apps, so it is seeded from here, where all of them may be
imported. Each app has one step, ``seed_<what>(demo: Demo) -> None``, that is
idempotent and adds to the shared :class:`~intake.demo.seed.Demo` what later
steps need. A new app adds its demo data with one more call below, after the
apps it builds on; an app that nothing may import (``groups``) registers its
step under the ``register_demo_step`` Wagtail hook instead, and it runs after
the steps below, in the same transaction. The consents to be contacted of the
demo's people are recorded last, once every step has made its people.
"""

from __future__ import annotations

from django.db import transaction
from wagtail import hooks

from home.demo import seed_public_pages
from intake.demo.consents import seed_consents
from intake.demo.seed import Demo, DemoAccount, seed_organisation
from surveys.demo import seed_forms

#: ``hooks.register("register_demo_step", fn)``: ``fn(demo: Demo) -> None``,
#: idempotent, run after the apps' own steps in :func:`seed_demo`.
DEMO_STEP_HOOK = "register_demo_step"


@transaction.atomic
def seed_demo(*, with_accounts: bool) -> list[DemoAccount]:
    """Create or update the demo data of every app; return the demo accounts."""
    demo = Demo(with_accounts=with_accounts)
    seed_organisation(demo)  # intake: CPAS, antennas, programmes, accounts
    seed_public_pages(demo)  # home: the public pages, who edits them
    seed_forms(demo)  # surveys: each programme's forms
    for step in hooks.get_hooks(DEMO_STEP_HOOK):  # groups: a term of activities
        step(demo)
    seed_consents(demo)  # intake: the consents to be contacted her record says
    return demo.accounts
