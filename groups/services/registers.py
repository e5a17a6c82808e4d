"""Saving a session's register from the tablet: all of it or nothing, once per
client id, never over a newer one.

As the interview mode's drafts (:mod:`surveys.interviews.drafts`): each save
carries the browser's client id and the revision it started from. The same id
with the same content answers what the first save produced; with other content
it is refused (409); a save from an older revision is a conflict (409, with the
server's register) that the coach settles.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from groups.absences import absences_check
from groups.models import Attendance, Enrolment, Presence, RegisterSave, Session
from groups.selectors.registers import expected_people, register_as_json
from groups.services.errors import Refused
from intake.parsing import parse_int, parse_uuid
from workflow import live
from workflow.models import Referral

MAX_NOTE = 500
#: Statuses in which minutes can be missed.
PART_TIME = (Presence.LATE, Presence.LEFT_EARLY)
ATTENDANCE_FIELDS = ("status", "minutes_missed", "minutes", "note", "recorded_by")


@dataclass(frozen=True)
class Mark:
    participant_id: int
    status: str
    minutes_missed: int
    note: str


@dataclass(frozen=True)
class RegisterContent:
    """What one save of the tablet carries, checked for shape."""

    marks: tuple[Mark, ...]

    def content_hash(self, session: Session) -> str:
        text = json.dumps(
            {
                "session": session.pk,
                "marks": [
                    [m.participant_id, m.status, m.minutes_missed, m.note]
                    for m in self.marks
                ],
            }
        )
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class RegisterSaved:
    revision: int
    saved_at: datetime.datetime
    #: False when the same save had already been stored.
    created: bool


def malformed(what: str) -> Refused:
    return Refused(
        "malformed",
        _("The register could not be read (%(what)s). Reload the page.")
        % {"what": what},
    )


def parse_client_uuid(value: Any) -> uuid.UUID:
    found = parse_uuid(value)
    if found is None:
        raise malformed("client_uuid")
    return found


def _whole(value: Any, what: str) -> int:
    """A whole number written as one (``12``, ``"12"``): not ``1.5``, not ``true``."""
    number = parse_int(value) if isinstance(value, int | str) else None
    if number is None:
        raise malformed(what)
    return number


def register_content(payload: Any) -> RegisterContent:
    """Read a save's JSON ``marks``: ``{participant id: {status, minutes_missed,
    note}}``."""
    marks = payload.get("marks") if isinstance(payload, dict) else None
    if not isinstance(marks, dict):
        raise malformed("marks")
    read = []
    for key, mark in marks.items():
        if not isinstance(mark, dict):
            raise malformed("marks")
        status = mark.get("status")
        if status not in Presence.values:
            raise malformed("status")
        note = mark.get("note") or ""
        if not isinstance(note, str):
            raise malformed("note")
        missed = _whole(mark.get("minutes_missed") or 0, "minutes_missed")
        read.append(
            Mark(
                participant_id=_whole(key, "participant"),
                status=status,
                minutes_missed=missed if status in PART_TIME else 0,
                note=note.strip(),
            )
        )
    return RegisterContent(marks=tuple(sorted(read, key=lambda m: m.participant_id)))


def register_save(
    *,
    session: Session,
    user,
    client_uuid: uuid.UUID,
    base_revision: int,
    content: RegisterContent,
) -> RegisterSaved:
    """Store one save of the register, once per ``client_uuid``.

    Raises :class:`Refused`: ``client_uuid_reused`` (409), ``conflict`` (409,
    with the server's register), ``cancelled`` (409), ``not_in_group`` and
    ``invalid`` (400, with ``errors`` by participant id); nothing is written then.
    """
    content_hash = content.content_hash(session)
    try:
        with transaction.atomic():
            return _register_save(
                session, user, client_uuid, base_revision, content, content_hash
            )
    except IntegrityError:
        # The same client id stored at the same moment by another request.
        replay = _replayed(session, client_uuid, content_hash)
        if replay is not None:
            return replay
        raise _conflict(session) from None


def _register_save(session, user, client_uuid, base_revision, content, content_hash):
    replay = _replayed(session, client_uuid, content_hash)
    if replay is not None:
        return replay
    session = Session.objects.select_for_update().get(pk=session.pk)
    if session.cancelled:
        raise Refused(
            "cancelled",
            _("This session was cancelled: no register can be taken for it."),
            status=409,
        )
    if base_revision != session.register_revision:
        raise _conflict(session)
    _check_marks(session, content)
    previous = {
        row.participant_id: row for row in Attendance.objects.filter(session=session)
    }
    newly_unexcused, marked = _write_marks(session, user, content, previous)
    session.register_revision += 1
    session.register_saved_at = timezone.now()
    session.register_saved_by = user
    Session.objects.filter(pk=session.pk).update(
        register_revision=session.register_revision,
        register_saved_at=session.register_saved_at,
        register_saved_by=user,
    )
    RegisterSave.objects.create(
        client_uuid=client_uuid,
        session=session,
        content_hash=content_hash,
        revision=session.register_revision,
    )
    absences_check(session=session, participant_ids=newly_unexcused, actor=user)
    live.referrals_changed(enrolled_referrals(session, marked), event=live.ATTENDANCE)
    return RegisterSaved(
        revision=session.register_revision,
        saved_at=session.register_saved_at,
        created=True,
    )


def _check_marks(session: Session, content: RegisterContent) -> None:
    expected = set(expected_people(session).values_list("pk", flat=True))
    strangers = [
        m.participant_id for m in content.marks if m.participant_id not in expected
    ]
    if strangers:
        raise Refused(
            "not_in_group",
            _(
                "Some people in this register are not in the group: nothing was "
                "saved. Reload the page to get the group's list."
            ),
            participants=strangers,
        )
    errors: dict[str, str] = {}
    for mark in content.marks:
        if mark.minutes_missed > session.minutes:
            errors[str(mark.participant_id)] = str(
                _("She cannot miss more than the session's %(n)d minutes.")
                % {"n": session.minutes}
            )
        elif len(mark.note) > MAX_NOTE:
            errors[str(mark.participant_id)] = str(
                _("The note is too long (at most %(n)d characters).") % {"n": MAX_NOTE}
            )
    if errors:
        raise Refused("invalid", _("Some rows need your attention."), errors=errors)


def minutes_attended(session: Session, status: str, minutes_missed: int) -> int:
    if status == Presence.PRESENT:
        return session.minutes
    if status in PART_TIME:
        return max(0, session.minutes - minutes_missed)
    return 0


def enrolled_referrals(session: Session, participant_ids: list[int]):
    """The referrals that led these participants to the session's group (their
    pages show the attendance live, workflow.live)."""
    return Referral.objects.filter(
        pk__in=Enrolment.objects.filter(
            group=session.group_id, participant__in=participant_ids
        ).values("referral")
    ).select_related("participant", "programme", "antenna")


def _write_marks(session, user, content, previous) -> tuple[list[int], list[int]]:
    """Create the new rows, update those that changed; the ids of those now
    absent without excuse who were not before (only they can start an alert),
    and of everyone whose mark was written."""
    newly_unexcused, created, updated = [], [], []
    now = timezone.now()
    for mark in content.marks:
        values = {
            "status": mark.status,
            "minutes_missed": mark.minutes_missed,
            "minutes": minutes_attended(session, mark.status, mark.minutes_missed),
            "note": mark.note,
        }
        row = previous.get(mark.participant_id)
        if mark.status == Presence.UNEXCUSED and (
            row is None or row.status != Presence.UNEXCUSED
        ):
            newly_unexcused.append(mark.participant_id)
        if row is None:
            row = Attendance(session=session, participant_id=mark.participant_id)
            created.append(row)
        elif all(getattr(row, name) == value for name, value in values.items()):
            # Unchanged: a register saved again updates few rows (bulk_update's
            # CASE over 15 rows cost most of a save: ``python -m bench
            # attendance_register``, save p95 185 ms → 46 ms).
            continue
        else:
            updated.append(row)
        for name, value in values.items():
            setattr(row, name, value)
        row.recorded_by = user
        row.recorded_at = now
    Attendance.objects.bulk_create(created)
    if updated:
        Attendance.objects.bulk_update(updated, [*ATTENDANCE_FIELDS, "recorded_at"])
    return newly_unexcused, [row.participant_id for row in created + updated]


def _replayed(session, client_uuid, content_hash) -> RegisterSaved | None:
    earlier = RegisterSave.objects.filter(client_uuid=client_uuid).first()
    if earlier is None:
        return None
    if earlier.content_hash != content_hash:
        raise Refused(
            "client_uuid_reused",
            _("This register was already received with other marks. Nothing changed."),
            status=409,
        )
    return RegisterSaved(
        revision=earlier.revision, saved_at=earlier.saved_at, created=False
    )


def _conflict(session: Session) -> Refused:
    session.refresh_from_db()
    return Refused(
        "conflict",
        _(
            "This register was changed on another device. Compare both and "
            "choose which marks to keep."
        ),
        status=409,
        server=register_as_json(session),
    )
