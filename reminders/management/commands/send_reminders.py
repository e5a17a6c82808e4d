"""``python manage.py send_reminders``: for cron, every five minutes or so.

Two runs that overlap never send one reminder twice (see
:mod:`reminders.services.sending`)."""

from django.core.management.base import BaseCommand

from reminders.services.sending import reminders_run


class Command(BaseCommand):
    help = "Send the reminders that are due (before sessions, moves, cancellations)."

    def handle(self, *args, **options):
        report = reminders_run()
        self.stdout.write(
            f"sent={report.sent} skipped={report.skipped} failed={report.failed}"
        )
