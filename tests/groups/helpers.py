"""Taking a register in tests, as the tablet does."""

from __future__ import annotations

import uuid

from groups.services.registers import register_content, register_save


def take_register(setting, session, statuses: dict, *, user=None, missed=None):
    """``statuses``: participant → status; ``missed``: participant → minutes."""
    session.refresh_from_db()
    payload = {
        "marks": {
            str(person.pk): {
                "status": status,
                "minutes_missed": (missed or {}).get(person, 0),
                "note": "",
            }
            for person, status in statuses.items()
        }
    }
    return register_save(
        session=session,
        user=user or setting.coach,
        client_uuid=uuid.uuid4(),
        base_revision=session.register_revision,
        content=register_content(payload),
    )
