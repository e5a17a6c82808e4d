"""What an export holds: the user's rows of a list (``for_user``), narrowed by
the list's own filters (the same query string), in the language she chose,
pseudonymised when asked. The screens and the background worker both ask
:func:`export_table`, so a file made later holds what the screen would have.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.http import Http404, QueryDict
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from exchange.resources.attendance import AttendanceResource
from exchange.resources.participants import ParticipantResource
from exchange.resources.referrals import ReferralResource
from exchange.resources.submissions import SubmissionResource
from groups.models import Attendance
from intake.models import Participant
from intake.roles import Role, roles_of
from intake.tenancy import TEAM_ROLES, scope_of
from intake.viewsets import ParticipantFilterSet
from surveys.participant_surveys.selectors import is_anonymous_survey
from surveys.selectors import FormCatalog, form_dataset, form_for_user, form_versions
from surveys.views.submissions import SubmissionFilterSet
from workflow.models import Referral
from workflow.views.lists import AntennaFilterSet, InboxFilterSet

KINDS = ("participants", "referrals", "attendance", "submissions")
#: Who keeps a group's attendance, and so may export it (besides the
#: operators): not the antennas' social workers.
ATTENDANCE_EXPORTERS = TEAM_ROLES | {Role.CPAS_ADMIN}


def may_export(user, kind: str) -> bool:
    """Whether ``user`` may export list ``kind`` at all (what she then gets is
    what she may see): someone with a place in a CPAS (or an operator); a
    group's attendance, its team and the CPAS's administrators."""
    scope = scope_of(user)
    if kind not in KINDS or scope.nothing:
        return False
    if kind == "attendance" and not scope.everything:
        return bool(roles_of(user) & ATTENDANCE_EXPORTERS)
    return True


@dataclass
class Table:
    """An export before it is written: headings, rows (a generator), size."""

    headings: list[str]
    rows: Iterator[list[Any]]
    count: int
    filename: str


def _filtered(filterset_class, params: QueryDict, queryset):
    filters = filterset_class(params, queryset=queryset)
    return filters.qs if filters.is_valid() else queryset


def _participants(user, params):
    queryset = _filtered(ParticipantFilterSet, params, Participant.objects)
    search = params.get("q", "").strip()
    if search:  # the list's search, as Wagtail runs it on the list
        queryset = queryset.filter(
            Q(first_name__icontains=search) | Q(last_name__icontains=search)
        )
    return ParticipantResource, queryset.for_user(user), _("participants")


def _referrals(user, params):
    filterset = InboxFilterSet if params.get("list") == "inbox" else AntennaFilterSet
    queryset = Referral.objects.for_user(user)
    return ReferralResource, _filtered(filterset, params, queryset), _("referrals")


def _attendance(user, params):
    queryset = Attendance.objects.for_user(user)
    for name, lookup in (("group", "session__group"), ("session", "session")):
        if params.get(name, "").isdigit():
            queryset = queryset.filter(**{lookup: int(params[name])})
    return AttendanceResource, queryset, _("attendance")


def _submissions_table(
    user, params, object_id, pseudonymised, spreadsheet: bool
) -> Table:
    page = form_for_user(user, object_id or 0)
    if page is None:
        raise Http404
    catalog = FormCatalog(form_versions(page), get_language() or "")
    resource = SubmissionResource(
        catalog, anonymous=is_anonymous_survey(page), pseudonymised=pseudonymised
    )
    dataset = form_dataset(user, page)
    filters = SubmissionFilterSet(params, queryset=dataset)
    queryset = filters.qs if filters.is_valid() else dataset
    return Table(
        resource.headings(),
        resource.rows(queryset, spreadsheet=spreadsheet),
        queryset.count(),
        page.slug,
    )


def export_table(
    user,
    kind: str,
    params: Mapping,
    object_id: int | None = None,
    export_format: str = "csv",
) -> Table:
    """The rows of list ``kind`` that ``user`` may see, as filtered by ``params``
    (the list's query string, and ``pseudonymised=1``), for a file of
    ``export_format`` (JSON's texts are not made formula-safe). Raises
    ``Http404`` for a list or a form she cannot see."""
    if not isinstance(params, QueryDict):
        query = QueryDict(mutable=True)
        query.update(params)
        params = query
    pseudonymised = params.get("pseudonymised") in ("1", "on", "true")
    if kind == "submissions":
        table = _submissions_table(
            user, params, object_id, pseudonymised, export_format != "json"
        )
    elif kind in KINDS:
        resource_class, queryset, name = {
            "participants": _participants,
            "referrals": _referrals,
            "attendance": _attendance,
        }[kind](user, params)
        resource = resource_class(pseudonymised=pseudonymised)
        table = Table(resource.headings(), resource.rows(queryset), 0, name)
        table.count = queryset.count()
    else:
        raise Http404
    table.filename = f"{table.filename}-{timezone.localdate():%Y-%m-%d}"
    return table
