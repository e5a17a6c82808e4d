"""The demo's second factor: every demo account that must use two factors gets
an authenticator with one published key (``DEMO_TOTP_KEY``), so testers add it
once to an app, or ask ``python manage.py demo_totp_code`` for the current code.
Demo accounts exist only with DEBUG on (``seed_demo``)."""

from __future__ import annotations

from base64 import b32decode
from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.two_factor import AUTHENTICATOR_NAME, two_factor_required

if TYPE_CHECKING:
    from intake.demo.seed import Demo

#: The demo authenticator's key in base32, as an app asks for it. Public: it
#: protects demo accounts, whose password is public too.
DEMO_TOTP_KEY = "DEMOACTIVATIONSOCIALECPASDEMOKEY"


def demo_totp_hex_key() -> str:
    return b32decode(DEMO_TOTP_KEY).hex()


def seed_two_factor(demo: Demo) -> None:
    """Give each demo account that must use two factors the demo authenticator."""
    if not demo.with_accounts:
        return
    users = get_user_model().objects.filter(
        username__in=[account.username for account in demo.accounts]
    )
    for user in users:
        if two_factor_required(user):
            TOTPDevice.objects.update_or_create(
                user=user,
                name=AUTHENTICATOR_NAME,
                defaults={"key": demo_totp_hex_key(), "confirmed": True},
            )
