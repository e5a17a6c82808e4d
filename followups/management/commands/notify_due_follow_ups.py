"""For cron, once a day: tell the referring social workers of the follow-ups
after exit that became due (each once, even when two runs overlap)."""

from django.core.management.base import BaseCommand

from followups.services import due_follow_ups_notify


class Command(BaseCommand):
    help = "Notify the referring social workers of follow-ups after exit now due."

    def handle(self, *args, **options) -> None:
        announced = due_follow_ups_notify()
        self.stdout.write(f"{announced} follow-up(s) announced")
