from django.core.management.base import BaseCommand

from workflow.notifications import send_daily_digests


class Command(BaseCommand):
    help = (
        "E-mail each person who chose a daily digest the referral notifications she "
        "has neither read nor received yet. Run it once a day from cron."
    )

    def handle(self, *args, **options):
        sent = send_daily_digests()
        self.stdout.write(f"{sent} digest(s) sent.")
