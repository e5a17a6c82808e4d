"""Two factors for the people who can see or change the most: programme
managers, CPAS administrators and the platform's operators (superusers).

The second factor is a TOTP authenticator app (django-otp's TOTP device) with
ten single-use recovery codes (its static device) for the day the phone is lost.
Coaches and social workers may enrol too; the platform then asks them as well.
"""

from __future__ import annotations

from base64 import b32encode
from typing import TYPE_CHECKING

import segno
from django.db import transaction
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from intake.roles import Role, roles_of

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

#: The roles that must use a second factor (superusers must too).
TWO_FACTOR_ROLES = frozenset({Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN})
RECOVERY_CODE_COUNT = 10
AUTHENTICATOR_NAME = "Authenticator app"
RECOVERY_CODES_NAME = "Recovery codes"


def two_factor_required(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether ``user`` must verify a second factor before anything else:
    her role says so, or she chose to enrol."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or roles_of(user) & TWO_FACTOR_ROLES:
        return True
    return user_has_device(user)


def enrolled(user: AbstractBaseUser) -> bool:
    """Whether ``user`` has a confirmed authenticator app."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


@transaction.atomic
def totp_device_start(*, user: AbstractBaseUser) -> TOTPDevice:
    """A new, unconfirmed authenticator for ``user`` (the enrolment page shows
    its QR code); an earlier unconfirmed one is dropped."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(
        user=user, name=AUTHENTICATOR_NAME, confirmed=False
    )


@transaction.atomic
def totp_device_confirm(*, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm ``device`` with a code read from the app; it replaces any earlier
    authenticator and new recovery codes are issued (returned, shown once).
    ``None`` when the code is wrong."""
    if not device.verify_token(token):
        return None
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return recovery_codes_issue(user=device.user)


@transaction.atomic
def recovery_codes_issue(*, user: AbstractBaseUser) -> list[str]:
    """Ten new single-use recovery codes for ``user``; earlier ones stop working.
    Only the codes' owner sees them, once."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_CODES_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    return codes


def qr_code_svg(device: TOTPDevice) -> str:
    """The device's ``otpauth://`` address as an inline SVG QR code, drawn on
    the server: the secret never goes to a QR-code service."""
    return segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=2, dark="#000", light="#fff"
    )


def readable_secret(device: TOTPDevice) -> str:
    """The secret in base32, in groups of four, for typing into an app."""
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))
