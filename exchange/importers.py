"""The two imports a manager can run: participants and referrals.

A participant is found or created by :func:`workflow.referrals.participant_match`
(the referral form's duplicate detection: same CPAS, same name, same birth
date is the same person; a near match is a new record flagged as possibly the
same person). Names go through the Participant model's ``save`` (no hidden
direction marks or zero-width spaces), phones through :mod:`intake.phones`.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from exchange import cells
from exchange.imports import Importer, RowError, RowResult
from exchange.resources.participants import PARTICIPANT_COLUMNS
from intake.consents import consent_give, contact_consent_text
from intake.eligibility import RESIDENCE_STATUS_CHOICES
from intake.models import (
    Antenna,
    ConsentPurpose,
    ConsentSource,
    Participant,
    Programme,
)
from intake.models.participant import ContactChannel, LanguageLevel, Sex
from intake.roles import Role, roles_of
from intake.tenancy import scope_of
from workflow.models import Referral, ReferralState
from workflow.referrals import Match, participant_match

IMPORTERS_ROLES = frozenset({Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN})
IDENTITY = ("first_name", "last_name", "date_of_birth")


def may_import(user) -> bool:
    """Programme managers and CPAS administrators of one CPAS import."""
    return scope_of(user).cpas_id is not None and bool(roles_of(user) & IMPORTERS_ROLES)


def _choice(choices) -> Any:
    choices = list(choices)
    shown = [str(label) for _value, label in choices]
    return partial(
        cells.read_choice, known=cells.labels_in_every_language(choices), shown=shown
    )


def participant_readers() -> dict[str, Any]:
    get = Participant._meta.get_field
    readers: dict[str, Any] = {
        name: partial(cells.read_text, max_length=get(name).max_length)
        for name in ("first_name", "last_name", "municipality", "national_number")
    }
    readers.update(
        date_of_birth=cells.read_date,
        sex=_choice(Sex.choices),
        nationality=lambda v: cells.read_text(v, 2).upper(),
        residence_status=_choice(RESIDENCE_STATUS_CHOICES),
        languages=cells.read_languages,
        french_level=_choice(LanguageLevel.choices),
        dutch_level=_choice(LanguageLevel.choices),
        phone=cells.read_phone,
        whatsapp=cells.read_bool,
        email=cells.read_email,
        preferred_language=cells.read_preferred_language,
        contact_consent=cells.read_bool,
        contact_channel=_choice(ContactChannel.choices),
        antenna=cells.text,
    )
    return readers


def participant_labels() -> dict[str, Any]:
    get = Participant._meta.get_field
    return {name: get(name).verbose_name for name in (*PARTICIPANT_COLUMNS, "antenna")}


class _Team:
    """The importing user's CPAS, antennas and programmes, read once."""

    def __init__(self, user) -> None:
        self.user = user
        self.cpas_id = scope_of(user).cpas_id
        self.own_antenna = scope_of(user).antenna_id
        antennas = Antenna.objects.filter(cpas_id=self.cpas_id)
        self.antennas = {cells.text(a.name).casefold(): a.pk for a in antennas}
        programmes = Programme.objects.for_user(user)
        self.programmes = {cells.text(p.name).casefold(): p for p in programmes}

    def antenna_id(self, values: dict, result: RowResult, heading: str) -> int | None:
        name = values.get("antenna", "")
        if name:
            found = self.antennas.get(name.casefold())
            if found is None:
                result.errors.append(
                    RowError(
                        heading,
                        _("“%(value)s” is not an antenna of your CPAS.")
                        % {"value": name},
                    )
                )
            return found
        if self.own_antenna or len(self.antennas) == 1:
            return self.own_antenna or next(iter(self.antennas.values()))
        result.errors.append(
            RowError(heading, _("Which antenna follows this person? Write its name."))
        )
        return None

    def participant(self, values: dict, antenna_id: int) -> tuple[Participant, Match]:
        details = {
            name: value
            for name, value in values.items()
            if name not in (*IDENTITY, "antenna", "programme", "state", "since")
        }
        participant, match = participant_match(
            cpas_id=self.cpas_id,
            antenna_id=antenna_id,
            first_name=values["first_name"],
            last_name=values["last_name"],
            date_of_birth=values["date_of_birth"],
            **details,
        )
        self.contact_consent(participant, values)
        return participant, match

    def contact_consent(self, participant: Participant, values: dict) -> None:
        """A file that says she agrees to be contacted records the consent,
        once, as imported (the file does not say what she was read)."""
        if not values.get("contact_consent") or not participant.contact_consent:
            return
        standing = participant.consents.active().filter(purpose=ConsentPurpose.CONTACT)
        if participant.contact_channel == ContactChannel.NONE or standing.exists():
            return
        participant.contact_consent_changed_at = timezone.now()
        participant.save(update_fields=["contact_consent_changed_at"])
        consent_give(
            participant=participant,
            purpose=ConsentPurpose.CONTACT,
            text=contact_consent_text(participant.contact_channel),
            source=ConsentSource.IMPORT,
            by=self.user,
        )


def _describe(result: RowResult, participant: Participant, match: Match) -> None:
    result.summary = f"{participant} ({participant.date_of_birth:%d/%m/%Y})"
    if match == Match.POSSIBLE_DUPLICATE:
        result.note = _("Possibly the same person as %(other)s.") % {
            "other": participant.possible_duplicate_of
        }


def participant_importer(user) -> Importer:
    team = _Team(user)
    importer: Importer

    def write(values: dict, result: RowResult) -> None:
        antenna_id = team.antenna_id(values, result, importer.headings["antenna"])
        if antenna_id is None:
            return
        participant, match = team.participant(values, antenna_id)
        result.action = "update" if match == Match.SAME_PERSON else "create"
        _describe(result, participant, match)

    importer = Importer(
        labels=participant_labels(),
        required=IDENTITY,
        readers=participant_readers(),
        write=write,
    )
    return importer


def referral_labels() -> dict[str, Any]:
    get = Referral._meta.get_field
    return {
        **participant_labels(),
        "antenna": get("antenna").verbose_name,
        "programme": get("programme").verbose_name,
        "state": get("state").verbose_name,
        "since": get("state_changed_at").verbose_name,
    }


def referral_importer(user) -> Importer:
    """A referral per row, to a programme of the user's; the state is the
    referral's state today (submitted when the cell is empty)."""
    team = _Team(user)
    importer: Importer
    created: dict[tuple[int, int], Referral] = {}

    def write(values: dict, result: RowResult) -> None:
        headings = importer.headings
        programme = team.programmes.get(values["programme"].casefold())
        if programme is None:
            result.errors.append(
                RowError(
                    headings["programme"],
                    _("“%(value)s” is not one of your programmes.")
                    % {"value": values["programme"]},
                )
            )
        antenna_id = team.antenna_id(values, result, headings["antenna"])
        if result.bad:
            return
        participant, match = team.participant(values, antenna_id)
        _describe(result, participant, match)
        state = values.get("state") or ReferralState.SUBMITTED
        since = values.get("since") or timezone.localdate()
        moment = timezone.make_aware(
            timezone.datetime.combine(since, timezone.datetime.min.time())
        )
        result.summary += f" → {programme.name}: {ReferralState(state).label}"
        pending = created.get((participant.pk, programme.pk))
        if pending is not None:  # the same referral twice in the file
            result.action = "update"
            pending.state, pending.state_changed_at = state, moment
            return
        existing = None
        if match == Match.SAME_PERSON:
            existing = Referral.objects.filter(
                participant=participant, programme=programme
            ).first()
        if existing is not None:
            result.action = "update"
            Referral.objects.filter(pk=existing.pk).update(
                state=state, state_changed_at=moment
            )
            return
        result.action = "create"
        created[participant.pk, programme.pk] = Referral(
            cpas_id=team.cpas_id,
            participant=participant,
            programme=programme,
            antenna_id=antenna_id,
            referred_by=user,
            state=state,
            state_changed_at=moment,
        )

    def finish() -> None:
        # New referrals in one go: a person's other rows only need her record.
        Referral.objects.bulk_create(created.values(), batch_size=1000)

    states = [(s.value, s.label) for s in ReferralState if s != ReferralState.DRAFT]
    importer = Importer(
        labels=referral_labels(),
        required=(*IDENTITY, "programme"),
        readers={
            **participant_readers(),
            "programme": cells.text,
            "state": _choice(states),
            "since": cells.read_date,
        },
        write=write,
        finish=finish,
    )
    return importer


IMPORTERS = {"participants": participant_importer, "referrals": referral_importer}
