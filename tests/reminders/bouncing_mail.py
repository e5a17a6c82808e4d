"""An SMTP server's answer to a refused recipient, without a server."""

import smtplib

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as Locmem


class EmailBackend(Locmem):
    def send_messages(self, messages):
        for message in messages:
            if any(to.startswith("bounce@") for to in message.to):
                raise smtplib.SMTPRecipientsRefused(
                    {message.to[0]: (550, b"5.1.1 mailbox unavailable")}
                )
        mail.outbox = getattr(mail, "outbox", [])
        return super().send_messages(messages)
