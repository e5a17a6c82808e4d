from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from intake.demo.seed import accounts_allowed, seed_demo


class Command(BaseCommand):
    help = (
        "Seed the five CPAS, their antennas and programmes, their public pages in "
        "fr/nl/en and one demo account per role per CPAS. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-accounts",
            action="store_true",
            help="Seed organisations and pages only (allowed with DEBUG off).",
        )

    def handle(self, *args, no_accounts: bool = False, **options):
        if not no_accounts and not accounts_allowed():
            raise CommandError(
                _(
                    "Refusing to create demo accounts with DEBUG off: they have a "
                    "published password. Use --no-accounts to seed the rest."
                )
            )
        accounts = seed_demo(with_accounts=not no_accounts)
        if accounts:  # groups, sessions and registers need the demo's people
            call_command("seed_groups", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(_("Demo data is in place.")))
        if accounts:
            self.stdout.write(_("Demo accounts (log in at /admin/):"))
            for account in accounts:
                self.stdout.write(
                    f"  {account.cpas:<24} {account.role:<24} "
                    f"{account.username:<32} {account.password}"
                )
