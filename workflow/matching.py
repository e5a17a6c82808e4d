"""Who a referral's person is: the duplicate detection of the referral form.

One rule, written once (:class:`Identity`), for one person at a time (the
referral form, :func:`workflow.referrals.participant_match`) and for thousands
(a spreadsheet import, chunk by chunk): same CPAS, same name (ignoring case,
accents, hyphens) and same birth date is the same person; the same name with
another birth date, or the same birth date with one of the names, is possibly
the same person; anyone else is someone new. Among several records that fit,
the oldest one (lowest id) is chosen.

:class:`ParticipantIndex` reads, in one query per batch of people, every record
of the CPAS the rule could pick for them (those with one of their names or one of
their birth dates), and keeps the people added meanwhile, so a person on two rows
of a file is matched on the second.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from django.db.models import Q

from intake.models import Participant
from intake.models.participant import normalise_name


class Match(StrEnum):
    NEW = "new"
    SAME_PERSON = "same_person"
    POSSIBLE_DUPLICATE = "possible_duplicate"


@dataclass(frozen=True)
class Identity:
    """A person as the rule compares people: normalised names, birth date."""

    name: str
    first: str
    last: str
    date_of_birth: datetime.date

    @classmethod
    def of(
        cls, first_name: str, last_name: str, date_of_birth: datetime.date
    ) -> Identity:
        return cls(
            name=normalise_name(f"{first_name} {last_name}"),
            first=normalise_name(first_name),
            last=normalise_name(last_name),
            date_of_birth=date_of_birth,
        )

    def is_same(self, record: Participant) -> bool:
        return (
            record.normalised_name == self.name
            and record.date_of_birth == self.date_of_birth
        )

    def is_near(self, record: Participant) -> bool:
        """The same name (another birth date), or the same birth date and one
        of the names."""
        if record.normalised_name == self.name:
            return True
        return record.date_of_birth == self.date_of_birth and (
            record.normalised_name.startswith(f"{self.first} ")
            or record.normalised_name.endswith(f" {self.last}")
        )


def complete(participant: Participant, details: dict) -> list[str]:
    """Fill the record's empty fields from ``details``; the fields changed."""
    changed = []
    for field, value in details.items():
        if value and not getattr(participant, field):
            setattr(participant, field, value)
            changed.append(field)
    return changed


def _oldest_first(record: Participant) -> tuple[bool, int]:
    # Records not saved yet (added by an import) come after every saved one.
    return (record.pk is None, record.pk or 0)


class ParticipantIndex:
    """A CPAS's records that the rule may pick for the identities given to
    :meth:`load`, and those :meth:`add`-ed since."""

    def __init__(self, cpas_id: int) -> None:
        self.cpas_id = cpas_id
        self.by_name: dict[str, list[Participant]] = defaultdict(list)
        self.by_birth: dict[tuple[datetime.date, str, str], list[Participant]] = (
            defaultdict(list)
        )
        self.names_read: set[str] = set()
        self.births_read: set[datetime.date] = set()

    def load(self, identities: Iterable[Identity]) -> None:
        """Read, in one query, the records with one of these names or birth
        dates (those not read already)."""
        identities = list(identities)
        names = {each.name for each in identities} - self.names_read
        births = {each.date_of_birth for each in identities} - self.births_read
        if not names and not births:
            return
        held = {
            record.pk
            for records in self.by_name.values()
            for record in records
            if record.pk is not None
        }
        found = Participant.objects.filter(cpas_id=self.cpas_id).filter(
            Q(normalised_name__in=names) | Q(date_of_birth__in=births)
        )
        for record in found.order_by("pk"):
            if record.pk not in held:
                self.add(record)
        self.names_read |= names
        self.births_read |= births

    def add(self, record: Participant) -> None:
        self.by_name[record.normalised_name].append(record)
        # By birth date and each run of the name's first and last words, so
        # that :meth:`match` asks :meth:`Identity.is_near` of a few records.
        words = record.normalised_name.split(" ")
        for end in range(1, len(words)):
            self.by_birth[record.date_of_birth, " ".join(words[:end]), ""].append(
                record
            )
            self.by_birth[record.date_of_birth, "", " ".join(words[end:])].append(
                record
            )

    def match(self, identity: Identity) -> tuple[Participant | None, Match]:
        """The same person's record, else the record she may be, else none."""
        named = self.by_name.get(identity.name, [])
        same = [record for record in named if identity.is_same(record)]
        if same:
            return min(same, key=_oldest_first), Match.SAME_PERSON
        born = identity.date_of_birth
        candidates = [
            *named,
            *self.by_birth.get((born, identity.first, ""), []),
            *self.by_birth.get((born, "", identity.last), []),
        ]
        near = [record for record in candidates if identity.is_near(record)]
        if near:
            return min(near, key=_oldest_first), Match.POSSIBLE_DUPLICATE
        return None, Match.NEW
