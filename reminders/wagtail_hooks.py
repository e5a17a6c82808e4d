"""The Reminders menu (what was sent, the policies), the WhatsApp block on a
session's page and the demo's step."""

from __future__ import annotations

from wagtail import hooks

from reminders.demo import seed_reminders_step
from reminders.viewsets import RemindersViewSetGroup
from reminders.whatsapp import session_share_panel


@hooks.register("register_admin_viewset")
def register_reminder_viewsets():
    return RemindersViewSetGroup()


hooks.register("register_session_panel", session_share_panel)
hooks.register("register_demo_step", seed_reminders_step)
