import pytest
from django.utils import translation

from reminders.backends import sms


@pytest.fixture(autouse=True)
def quiet_backends(settings):
    """E-mail in Django's outbox, SMS in the in-memory one, in English."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.REMINDER_BACKENDS = {
        "email": "reminders.backends.mail.EmailBackend",
        "sms": "reminders.backends.sms.LocmemSmsBackend",
    }
    sms.outbox.clear()
    with translation.override("en"):
        yield
    sms.outbox.clear()
