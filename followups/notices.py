"""What the referring social worker hears about a follow-up after exit, through
the workflow's notifications (:mod:`workflow.notifications`)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from workflow.notifications import notice_kind_register

FOLLOW_UP_DUE = "follow_up_due"
FOLLOW_UP_DONE = "follow_up_done"


def register_notice_kinds() -> None:
    notice_kind_register(
        FOLLOW_UP_DUE,
        _(
            "%(person)s · %(programme)s: a follow-up after the end of the path is "
            "due; the programme's team contacts her."
        ),
    )
    notice_kind_register(
        FOLLOW_UP_DONE,
        _("%(person)s · %(programme)s: follow-up after exit held by %(actor)s."),
    )
