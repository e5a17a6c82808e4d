from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django_otp.oath import TOTP

from intake.demo.seed import accounts_allowed
from security.demo import DEMO_TOTP_KEY, demo_totp_hex_key


class Command(BaseCommand):
    help = (
        "Print the current two-factor code of the demo accounts (managers, CPAS "
        "administrators, the operator), for testers without an authenticator app."
    )

    def handle(self, *args, **options):
        if not accounts_allowed():
            raise CommandError(_("Demo accounts exist only with DEBUG on."))
        totp = TOTP(bytes.fromhex(demo_totp_hex_key()))
        self.stdout.write(
            _("Current code: %(code)06d (key for an authenticator app: %(key)s)")
            % {"code": totp.token(), "key": DEMO_TOTP_KEY}
        )
