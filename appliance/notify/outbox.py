"""The outbox: emails are written in the same transaction as the change that causes them, then a sender delivers
them with exponential back-off. Nothing is lost while the mail server is down; after `max_attempts` an email is
marked dropped (and counted) rather than retried forever."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Column, Text, update
from sqlalchemy.engine import Engine
from sqlmodel import Field, Session, SQLModel, select

from appliance import metrics
from appliance.domain.types import utcnow
from appliance.notify.contracts import Email, NotificationError, Notifier

log = logging.getLogger(__name__)
BATCH = 20
LEASE = timedelta(minutes=2)


class OutboxState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    DROPPED = "dropped"


class OutboxEmail(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    to_address: str = Field(max_length=320)
    subject: str = Field(max_length=300)
    body: str = Field(sa_column=Column(Text, nullable=False))
    state: OutboxState = Field(default=OutboxState.PENDING, index=True)
    attempts: int = Field(default=0)
    next_attempt_at: datetime = Field(default_factory=utcnow, index=True)
    last_error: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = Field(default=None)


def enqueue(*, session: Session, to: str, subject: str, body: str) -> OutboxEmail:
    """Queue an email in the caller's transaction (it leaves only if that transaction commits)."""
    row = OutboxEmail(to_address=to, subject=subject[:300], body=body)
    session.add(row)
    session.flush()
    return row


class OutboxSender:
    def __init__(self, *, engine: Engine, notifier: Notifier, max_attempts: int = 8,
                 retry_base_seconds: float = 30.0, poll_seconds: float = 2.0) -> None:
        self._engine = engine
        self._notifier = notifier
        self._max_attempts = max_attempts
        self._retry_base = retry_base_seconds
        self._poll = poll_seconds
        self.wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def nudge(self) -> None:
        """Look for due emails now (thread-safe; from a route after its commit)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self.wake.set)

    async def run_forever(self) -> None:
        self._loop = asyncio.get_running_loop()
        while True:
            try:
                await asyncio.to_thread(self.send_due)
            except Exception:  # noqa: BLE001 - the sender must survive a database hiccup; it retries next poll
                log.exception("outbox sender pass failed")
            try:
                await asyncio.wait_for(self.wake.wait(), timeout=self._poll)
            except TimeoutError:
                pass
            self.wake.clear()

    def send_due(self, now: datetime | None = None) -> int:
        """Deliver what is due; returns how many were sent. Each email is leased by a conditional UPDATE first, so
        two senders (two workers) never send one email twice at the same time."""
        now = now or utcnow()
        with Session(self._engine) as session:
            due = session.exec(select(OutboxEmail).where(OutboxEmail.state == OutboxState.PENDING,
                                                         OutboxEmail.next_attempt_at <= now)
                               .order_by(OutboxEmail.id).limit(BATCH)).all()  # type: ignore[arg-type]
        sent = 0
        for row in due:
            if not self._lease(row, now):
                continue
            try:
                self._notifier.send(Email(to=row.to_address, subject=row.subject, body=row.body))
            except NotificationError as error:
                self._failed(row, str(error), now)
                continue
            self._update(row.id, state=OutboxState.SENT, sent_at=utcnow(), attempts=row.attempts + 1, last_error="")
            metrics.NOTIFICATIONS.labels(outcome="sent").inc()
            sent += 1
        return sent

    def _lease(self, row: OutboxEmail, now: datetime) -> bool:
        with Session(self._engine) as session:
            result = session.execute(
                update(OutboxEmail).where(OutboxEmail.id == row.id, OutboxEmail.state == OutboxState.PENDING,
                                          OutboxEmail.next_attempt_at == row.next_attempt_at)
                .values(next_attempt_at=now + LEASE))
            session.commit()
            return result.rowcount == 1  # type: ignore[attr-defined]

    def _failed(self, row: OutboxEmail, error: str, now: datetime) -> None:
        attempts = row.attempts + 1
        metrics.NOTIFICATIONS.labels(outcome="failed").inc()
        if attempts >= self._max_attempts:
            metrics.NOTIFICATIONS.labels(outcome="dropped").inc()
            log.error("email %s to %s dropped after %d attempts: %s", row.id, row.to_address, attempts, error)
            self._update(row.id, state=OutboxState.DROPPED, attempts=attempts, last_error=error)
            return
        delay = min(self._retry_base * 2 ** (attempts - 1), 3600.0)
        self._update(row.id, attempts=attempts, last_error=error, next_attempt_at=now + timedelta(seconds=delay))

    def _update(self, row_id: int | None, **values) -> None:  # type: ignore[no-untyped-def]
        with Session(self._engine) as session:
            session.execute(update(OutboxEmail).where(OutboxEmail.id == row_id).values(**values))
            session.commit()
