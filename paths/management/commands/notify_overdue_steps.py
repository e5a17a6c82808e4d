"""``python manage.py notify_overdue_steps``: for cron, once a day or more."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from paths.overdue import overdue_steps_notify


class Command(BaseCommand):
    help = (
        "Tell everyone on each referral about each step of its path that became "
        "overdue (once per step, even when two runs overlap)."
    )

    def handle(self, *args, **options):
        run = overdue_steps_notify()
        self.stdout.write(
            f"{run.referrals} referrals, {run.overdue} overdue steps: "
            f"{run.notified} notified now, {run.already} already notified."
        )
