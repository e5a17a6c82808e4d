"""Who reads a programme's fund report and who sets its split key."""

from __future__ import annotations

from django.db.models import QuerySet

from intake.models import Programme


def report_programmes(user) -> QuerySet[Programme]:
    """The programmes whose report ``user`` reads: her programmes as a coach or
    manager, every programme of her CPAS as its administrator."""
    return Programme.objects.for_team(user).select_related("cpas").order_by("name")


def settable_programmes(user) -> QuerySet[Programme]:
    """The programmes whose split key ``user`` sets (their managers, the CPAS's
    administrators)."""
    return Programme.objects.editable_by(user).order_by("name")
