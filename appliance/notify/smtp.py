"""The SMTP backend of the Notifier contract (the company's own mail server; smtplib, STARTTLS or TLS, optional
login)."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

from appliance.notify.contracts import Email, NotificationError
from appliance.settings import SmtpSettings


class SmtpNotifier:
    def __init__(self, settings: SmtpSettings) -> None:
        self._settings = settings

    def send(self, email: Email) -> None:
        settings = self._settings
        message = EmailMessage()
        message["From"] = settings.from_address
        message["To"] = email.to
        message["Subject"] = email.subject
        message["Message-ID"] = make_msgid(domain=settings.from_address.rsplit("@", 1)[-1])
        message.set_content(email.body)
        try:
            if settings.security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout_seconds,
                                                        context=ssl.create_default_context())
            else:
                client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
            with client:
                if settings.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if settings.username:
                    client.login(settings.username, settings.password.get_secret_value())
                client.send_message(message)
        except (OSError, smtplib.SMTPException) as error:
            raise NotificationError(f"{type(error).__name__}: {error}"[:500]) from error
