"""Logging in as people do: the password goes through django-axes (which needs
the request), and those who must use two factors verify their authenticator."""

from __future__ import annotations

from django.test import Client, RequestFactory
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.two_factor import AUTHENTICATOR_NAME, two_factor_required
from tests.factories import PASSWORD, SuperuserFactory

#: The key of the test users' authenticator app (hex, 20 bytes).
TEST_TOTP_KEY = "3132333435363738393031323334353637383930"


def authenticator(user) -> TOTPDevice:
    """The user's confirmed authenticator app, with the tests' key."""
    device, _created = TOTPDevice.objects.get_or_create(
        user=user,
        name=AUTHENTICATOR_NAME,
        defaults={"key": TEST_TOTP_KEY, "confirmed": True},
    )
    return device


def current_code(device: TOTPDevice) -> str:
    """The code the user's app shows now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def password_login(client: Client, user, password: str = PASSWORD) -> bool:
    """The first factor only, as the log-in form sends it."""
    request = RequestFactory().post("/admin/login/")
    return client.login(request=request, username=user.username, password=password)


def mark_verified(client: Client, user) -> None:
    """The session has passed the second factor (with the user's authenticator)."""
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = authenticator(user).persistent_id
    session.save()


def log_in(client: Client, user, password: str = PASSWORD) -> Client:
    """``client`` logged in as ``user``, both factors when she needs two."""
    assert password_login(client, user, password)
    if two_factor_required(user):
        mark_verified(client, user)
    return client


def operator():
    """A platform operator (superuser) whose password is saved."""
    user = SuperuserFactory()
    user.save()
    return user
