"""The notification contract: deliver one plain-text email, or raise `NotificationError`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    body: str


class NotificationError(RuntimeError):
    """Delivery failed; the outbox retries later. The message says why (for the outbox's last_error)."""


class Notifier(Protocol):
    def send(self, email: Email) -> None:
        """Deliver ``email`` (blocking; callers run it in a worker thread). Raises NotificationError on failure;
        returning means the server accepted it."""
        ...


class DisabledNotifier:
    """No mail server configured: nothing is sent and the outbox keeps every email until one is."""

    def send(self, email: Email) -> None:
        raise NotificationError("no SMTP server configured (smtp.host)")
