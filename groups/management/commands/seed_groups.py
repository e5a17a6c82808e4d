from django.core.management.base import BaseCommand

from groups.demo import seed_groups


class Command(BaseCommand):
    help = (
        "Seed each demo programme's groups, a term of sessions in its rhythm, the "
        "registers of the past weeks and participants at every referral state "
        "(after seed_demo's accounts). Idempotent."
    )

    def handle(self, *args, **options):
        seed_groups(stdout=self.stdout)
