"""Anonymise the records kept past their programme's retention period.

``--dry-run`` lists who would be anonymised and changes nothing."""

from django.core.management.base import BaseCommand

from intake.models import AccessAction
from intake.pseudonyms import pseudonym
from intake.rights import participant_erase
from workflow.retention import due_for_anonymisation


class Command(BaseCommand):
    help = "Anonymise participants kept past their programme's retention period."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, dry_run: bool = False, **options):
        due = due_for_anonymisation()
        for participant in due:
            # A pseudonym, not the name: the command's output is kept in logs.
            self.stdout.write(f"{pseudonym(participant.pk)} (#{participant.pk})")
            if not dry_run:
                participant_erase(participant, action=AccessAction.RETENTION)
        verb = "would be anonymised" if dry_run else "anonymised"
        self.stdout.write(f"{len(due)} {verb}.")
