"""Move Up!'s language placement test proposes a level; the groups of that level
with a free place are suggested first."""

from __future__ import annotations

from django.db.models import Count, Q
from django.utils import timezone

from groups.models import EnrolmentStatus, Group
from intake.models import Participant, Programme
from surveys.models import FormKind, Submission

#: The placement test's question whose answer is a group's level.
PLACEMENT_KEY = "proposed_group"


def placed_level(participant: Participant, programme: Programme) -> str:
    """The level her latest placement test proposed ("" without a test)."""
    submission = (
        Submission.objects.filter(
            participant=participant,
            programme=programme,
            version__page__kind=FormKind.LANGUAGE_PLACEMENT,
        )
        .order_by("-submitted_at", "-pk")
        .first()
    )
    if submission is None:
        return ""
    answer = submission.answers.get(PLACEMENT_KEY) or ""
    return answer if isinstance(answer, str) else ""


def suggested_groups(participant: Participant, programme: Programme) -> list[Group]:
    """The programme's running groups of her placed level, most free places first
    (each with ``taken``: the places taken)."""
    level = placed_level(participant, programme)
    if not level:
        return []
    today = timezone.localdate()
    groups = (
        Group.objects.filter(programme=programme, level__iexact=level)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
        .annotate(
            taken=Count(
                "enrolments", filter=Q(enrolments__status=EnrolmentStatus.ENROLLED)
            )
        )
    )
    return sorted(
        groups,
        key=lambda g: (-(g.capacity - g.taken) if g.capacity else 0, g.name),
    )
