"""The two imports a manager can run: participants and referrals.

Each reads its rows a chunk at a time (:mod:`exchange.imports`): the antennas
and programmes the user may import into are read once (:class:`~exchange.people.
Team`), the people a chunk may match in one query, and the chunk is written in
bulk (:class:`~exchange.people.People`, :mod:`exchange.referral_writes`).
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exchange import cells
from exchange.imports import Importer, Row, RowError, RowResult
from exchange.people import (
    IDENTITY,
    People,
    Team,
    choice_reader,
    describe,
    participant_labels,
    participant_readers,
)
from exchange.referral_writes import ImportedReferrals, ReferralRow
from intake.consents import contact_consents_record
from intake.models import ConsentSource, Participant
from intake.roles import Role, roles_of
from intake.tenancy import scope_of
from workflow.matching import Match
from workflow.models import Referral, ReferralState

IMPORTERS_ROLES = frozenset({Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN})


def may_import(user) -> bool:
    """Programme managers and CPAS administrators of one CPAS import."""
    return scope_of(user).cpas_id is not None and bool(roles_of(user) & IMPORTERS_ROLES)


def contact_consents_import(user, rows: list[tuple[dict, Participant]]) -> None:
    """A row that says she agrees to be contacted records her consent once, as
    imported (the file does not say what she was read), by whoever confirmed
    the import; the chunk's consents in bulk (none in the dry run: it is rolled
    back)."""
    contact_consents_record(
        [participant for values, participant in rows if values.get("contact_consent")],
        source=ConsentSource.IMPORT,
        by=user,
    )


def participant_importer(user, *, file_name: str = "") -> Importer:
    team = Team(user)
    people = People(team.cpas_id)
    importer: Importer

    def write(rows: list[Row]) -> None:
        found = []
        for values, result in rows:
            antenna_id = team.antenna_id(values, result, importer.headings["antenna"])
            if antenna_id is not None:
                found.append((values, result, antenna_id))
        people.read([values for values, _result, _antenna in found])
        agreeing = []
        for values, result, antenna_id in found:
            participant, match, near = people.find(values, antenna_id)
            result.action = "update" if match == Match.SAME_PERSON else "create"
            describe(result, participant, match, near)
            agreeing.append((values, participant))
        people.save()
        contact_consents_import(team.user, agreeing)

    importer = Importer(
        labels=participant_labels(),
        required=IDENTITY,
        readers=participant_readers(),
        write=write,
    )
    return importer


def _submitted_since() -> str:
    return _("%(state)s: since") % {"state": ReferralState.SUBMITTED.label}


def referral_labels() -> dict[str, Any]:
    get = Referral._meta.get_field
    return {
        **participant_labels(),
        "antenna": get("antenna").verbose_name,
        "programme": get("programme").verbose_name,
        "state": get("state").verbose_name,
        "since": get("state_changed_at").verbose_name,
        # The export's "Submitted: since" (the date it was sent).
        "submitted": lazy(_submitted_since, str)(),
    }


#: Other headings a column may have.
REFERRAL_ALIASES = {"submitted": gettext_lazy("submission date")}


def moments(
    values: dict, result: RowResult, headings: dict, now
) -> tuple[str, Any, Any]:
    """The row's state, when it was sent and when it entered its state (the
    import's time when the file does not say; sent when it entered its state
    at the latest)."""
    state = values.get("state") or ReferralState.SUBMITTED
    submitted, since = values.get("submitted"), values.get("since")
    if submitted and since and submitted > since:
        result.errors.append(
            RowError(
                headings["submitted"],
                _("The referral was sent after it entered its state (%(since)s).")
                % {"since": f"{since:%d/%m/%Y}"},
            )
        )
    if state == ReferralState.SUBMITTED:
        submitted = submitted or since
        since = since or submitted
    state_at = since or now
    return state, submitted or min(state_at, now), state_at


def referral_importer(user, *, file_name: str = "") -> Importer:
    """A referral per row, to a programme of the user's; the state is the
    referral's state today (submitted when the cell is empty), its history the
    dates the file gives."""
    team = Team(user)
    people = People(team.cpas_id)
    referrals = ImportedReferrals(user, name=file_name)
    # The import's time, to the minute (as an export writes it).
    now = timezone.now().replace(second=0, microsecond=0)
    importer: Importer

    def write(rows: list[Row]) -> None:
        headings = importer.headings
        checked = []
        for values, result in rows:
            programme = team.programme(values, result, headings["programme"])
            antenna_id = team.antenna_id(values, result, headings["antenna"])
            dates = moments(values, result, headings, now)
            if not result.bad:
                checked.append((values, result, programme, antenna_id, dates))
        people.read([values for values, *_rest in checked])
        found, agreeing = [], []
        for values, result, programme, antenna_id, dates in checked:
            participant, match, near = people.find(values, antenna_id)
            describe(result, participant, match, near)
            result.summary += f" → {programme.name}: {ReferralState(dates[0]).label}"
            found.append(
                ReferralRow(result, participant, match, programme, antenna_id, *dates)
            )
            agreeing.append((values, participant))
        people.save()
        contact_consents_import(team.user, agreeing)
        referrals.write(found, team.cpas_id)

    states = [(s.value, s.label) for s in ReferralState if s != ReferralState.DRAFT]
    importer = Importer(
        labels=referral_labels(),
        aliases=REFERRAL_ALIASES,
        required=(*IDENTITY, "programme"),
        readers={
            **participant_readers(),
            "programme": cells.text,
            "state": choice_reader(states),
            "since": cells.read_moment,
            "submitted": cells.read_moment,
        },
        write=write,
    )
    return importer


IMPORTERS = {"participants": participant_importer, "referrals": referral_importer}
