"""``python manage.py run_export_jobs``: make the exports still waiting (after a
restart, or from cron instead of the thread) and delete expired files."""

from django.core.management.base import BaseCommand

from exchange.jobs import expired_files_delete, pending_jobs_run


class Command(BaseCommand):
    help = "Make waiting exports and delete expired export and import files."

    def handle(self, *args, **options):
        made = pending_jobs_run()
        deleted = expired_files_delete()
        self.stdout.write(f"{made} exports made, {deleted} expired files deleted")
