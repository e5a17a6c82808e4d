"""The demo's programmes remind their people a day and two hours before."""

from __future__ import annotations

from intake.models import Programme
from reminders.models import ReminderPolicy


def seed_reminders_step(demo) -> None:
    """``seed_demo``'s step (idempotent): a policy, switched on, per programme."""
    for programme in Programme.objects.all():
        ReminderPolicy.objects.get_or_create(
            programme=programme, defaults={"enabled": True, "offsets": "24, 2"}
        )
