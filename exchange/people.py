"""What both imports share: the participant's columns, the importing user's
team, and the people of the file, matched a chunk at a time.

A participant is found or created with the referral form's duplicate detection
(:mod:`workflow.matching`: same CPAS, same name, same birth date is the same
person; a near match is a new record flagged as possibly the same person). The
records a chunk may match are read in one query; new people are created and
known people completed in bulk. Names are tidied as the Participant model's
``save`` tidies them (no hidden direction marks or zero-width spaces), phones
through :mod:`intake.phones`.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from django.utils.translation import gettext as _

from exchange import cells
from exchange.imports import RowError, RowResult
from exchange.resources.participants import PARTICIPANT_COLUMNS
from intake.eligibility import RESIDENCE_STATUS_CHOICES
from intake.models import Antenna, Participant, Programme
from intake.models.participant import ContactChannel, LanguageLevel, Sex
from intake.tenancy import scope_of
from workflow.matching import Identity, Match, ParticipantIndex, complete

IDENTITY = ("first_name", "last_name", "date_of_birth")
#: Columns that are not the participant's details.
NOT_DETAILS = frozenset(
    {*IDENTITY, "antenna", "programme", "state", "since", "submitted"}
)
BATCH = 1000


def choice_reader(choices) -> Any:
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
        sex=choice_reader(Sex.choices),
        nationality=lambda v: cells.read_text(v, 2).upper(),
        residence_status=choice_reader(RESIDENCE_STATUS_CHOICES),
        languages=cells.read_languages,
        french_level=choice_reader(LanguageLevel.choices),
        dutch_level=choice_reader(LanguageLevel.choices),
        phone=cells.read_phone,
        whatsapp=cells.read_bool,
        email=cells.read_email,
        preferred_language=cells.read_preferred_language,
        contact_consent=cells.read_bool,
        contact_channel=choice_reader(ContactChannel.choices),
        antenna=cells.text,
    )
    return readers


def participant_labels() -> dict[str, Any]:
    get = Participant._meta.get_field
    return {name: get(name).verbose_name for name in (*PARTICIPANT_COLUMNS, "antenna")}


class Team:
    """The importing user's CPAS, and the antennas and programmes she may
    import into (:mod:`intake.tenancy`), read once."""

    def __init__(self, user) -> None:
        self.user = user
        scope = scope_of(user)
        self.cpas_id, self.own_antenna = scope.cpas_id, scope.antenna_id
        antennas = Antenna.objects.for_user(user).filter(cpas_id=self.cpas_id)
        self.antennas = {cells.text(a.name).casefold(): a.pk for a in antennas}
        programmes = Programme.objects.for_user(user).filter(cpas_id=self.cpas_id)
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

    def programme(
        self, values: dict, result: RowResult, heading: str
    ) -> Programme | None:
        programme = self.programmes.get(values["programme"].casefold())
        if programme is None:
            result.errors.append(
                RowError(
                    heading,
                    _("“%(value)s” is not one of your programmes.")
                    % {"value": values["programme"]},
                )
            )
        return programme


def identity(values: dict) -> Identity:
    return Identity.of(
        values["first_name"], values["last_name"], values["date_of_birth"]
    )


class People:
    """The people of an import: :meth:`read` what a chunk may match, :meth:`find`
    each row's person, :meth:`save` the chunk's new and completed records."""

    def __init__(self, cpas_id: int) -> None:
        self.cpas_id = cpas_id
        self.index = ParticipantIndex(cpas_id)
        self._reset()

    def _reset(self) -> None:
        self.new: list[Participant] = []
        self.flagged: list[tuple[Participant, Participant]] = []
        self.completed: dict[int, Participant] = {}
        self.fields: set[str] = set()
        self.identities: dict[int, Identity] = {}

    def read(self, rows: list[dict]) -> None:
        self.identities = {id(values): identity(values) for values in rows}
        self.index.load(self.identities.values())

    def find(
        self, values: dict, antenna_id: int
    ) -> tuple[Participant, Match, Participant | None]:
        """The row's person, how she was found, and whom she may be."""
        details = {
            name: value for name, value in values.items() if name not in NOT_DETAILS
        }
        known = self.identities.get(id(values))
        found, match = self.index.match(known or identity(values))
        if match == Match.SAME_PERSON:
            changed = complete(found, details)
            if changed and found.pk is not None:
                self.completed[found.pk] = found
                self.fields.update(changed)
            return found, match, None
        participant = Participant(
            cpas_id=self.cpas_id,
            antenna_id=antenna_id,
            first_name=values["first_name"],
            last_name=values["last_name"],
            date_of_birth=values["date_of_birth"],
            **{name: value for name, value in details.items() if value},
        )
        participant.tidy()
        if found is not None and found.pk is not None:
            participant.possible_duplicate_of = found
        elif found is not None:  # someone new of this chunk: linked once saved
            self.flagged.append((participant, found))
        self.index.add(participant)
        self.new.append(participant)
        return participant, match, found

    def save(self) -> None:
        """Write the chunk's people: new ones, their flags, completed ones."""
        Participant.objects.bulk_create(self.new, batch_size=BATCH)
        for participant, near in self.flagged:
            participant.possible_duplicate_of = near
        if self.flagged:
            Participant.objects.bulk_update(
                [participant for participant, _near in self.flagged],
                ["possible_duplicate_of"],
                batch_size=BATCH,
            )
        if self.completed:
            for participant in self.completed.values():
                participant.tidy()
            Participant.objects.bulk_update(
                self.completed.values(), sorted(self.fields), batch_size=BATCH
            )
        self._reset()


def describe(
    result: RowResult,
    participant: Participant,
    match: Match,
    near: Participant | None,
) -> None:
    result.summary = f"{participant} ({participant.date_of_birth:%d/%m/%Y})"
    if match == Match.POSSIBLE_DUPLICATE:
        result.note = _("Possibly the same person as %(other)s.") % {
            "other": near or participant.possible_duplicate_of
        }
