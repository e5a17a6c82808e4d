"""Run by tests/reminders/test_concurrency.py in a fresh process against the
database named by DATABASE_URL: two runs of the reminders job start together,
each in its own thread with its own connection."""

import json

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from bench.reminders_run import duplicates_of, two_runs, world  # noqa: E402
from reminders.backends import sms  # noqa: E402
from reminders.models import Reminder, ReminderState  # noqa: E402

call_command("migrate", verbosity=0)
settings.REMINDER_BACKENDS = {
    "email": "reminders.backends.mail.EmailBackend",
    "sms": "reminders.backends.sms.LocmemSmsBackend",
}
now = world(groups=5, people=20, sessions=10)
connection.close()
reports = two_runs(now)
print(
    json.dumps(
        {
            "vendor": connection.vendor,
            "errors": [repr(r) for r in reports if isinstance(r, Exception)],
            "reported_sent": [r.sent for r in reports if not isinstance(r, Exception)],
            "received": len(sms.outbox),
            "duplicates": duplicates_of(sms.outbox),
            "rows_sent": Reminder.objects.filter(state=ReminderState.SENT).count(),
            "rows": Reminder.objects.count(),
        }
    )
)
