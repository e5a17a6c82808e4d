"""E-mail reminders through Django's mail (``EMAIL_BACKEND``: the console in
development, SMTP in production). A refused recipient is recorded as a bounce."""

from __future__ import annotations

import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

from reminders.backends import BaseBackend, SendFailed
from reminders.models import SkipReason


class EmailBackend(BaseBackend):
    def open(self) -> None:
        self.connection = get_connection()
        self.connection.open()

    def close(self) -> None:
        self.connection.close()

    def send(self, *, to: str, subject: str, body: str) -> None:
        message = EmailMessage(
            subject,
            body,
            settings.DEFAULT_FROM_EMAIL,
            [to],
            connection=self.connection,
        )
        try:
            message.send()
        except (smtplib.SMTPException, OSError) as error:
            raise SendFailed(SkipReason.BOUNCED, str(error)) from error
