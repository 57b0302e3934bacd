"""The in-process live broker (thread-safe publish, only later events, bounded queues, the connections gauge) and the
email outbox's retry rules (back-off, drop after the last attempt), the latter against a real SQLite file with a
named fake notifier."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta

from prometheus_client import REGISTRY
from sqlmodel import Session, select

from appliance.db import create_db_engine, migrate
from appliance.domain.types import utcnow
from appliance.live.memory import QUEUE_SIZE, InProcessBroker
from appliance.notify.contracts import Email, NotificationError
from appliance.notify.outbox import OutboxEmail, OutboxSender, OutboxState, enqueue


def test_events_published_from_other_threads_reach_subscribers_in_order_with_increasing_ids():
    broker = InProcessBroker()

    async def scenario() -> list:  # type: ignore[type-arg]
        broker.publish("conversation:1", "message")  # before subscribing: not delivered
        async with broker.subscribe(["conversation:1", "inbox"]) as events:
            assert REGISTRY.get_sample_value("appliance_live_connections") >= 1
            threads = [threading.Thread(target=broker.publish, args=(channel, kind))
                       for channel, kind in (("conversation:1", "message"), ("conversation:2", "status"),
                                             ("inbox", "note"))]
            for thread in threads:
                thread.start()
                thread.join()
            iterator = events.__aiter__()
            return [await asyncio.wait_for(iterator.__anext__(), 2) for _ in range(2)]

    received = asyncio.run(scenario())
    assert [(e.channel, e.kind) for e in received] == [("conversation:1", "message"), ("inbox", "note")]
    assert int(received[0].id) < int(received[1].id)


def test_a_subscriber_that_falls_behind_loses_the_oldest_events_and_never_blocks_the_publisher():
    broker = InProcessBroker()

    async def scenario() -> list:  # type: ignore[type-arg]
        async with broker.subscribe(["inbox"]) as events:
            for _ in range(QUEUE_SIZE + 10):
                broker.publish("inbox", "message")
            await asyncio.sleep(0.05)  # the loop runs the deliveries
            iterator = events.__aiter__()
            return [await asyncio.wait_for(iterator.__anext__(), 2) for _ in range(QUEUE_SIZE)]

    kept = asyncio.run(scenario())
    assert int(kept[0].id) == 11 and int(kept[-1].id) == QUEUE_SIZE + 10


class FlakyNotifier:
    """A named fake of the Notifier contract: fails the first ``failures`` sends, then accepts."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.sent: list[Email] = []

    def send(self, email: Email) -> None:
        if self.failures > 0:
            self.failures -= 1
            raise NotificationError("connection refused")
        self.sent.append(email)


def test_outbox_retries_with_back_off_and_drops_after_the_last_attempt(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'outbox.db'}")
    migrate(engine)
    with Session(engine) as session:
        kept = enqueue(session=session, to="rep@example.com", subject="Handoff", body="A buyer needs you").id
        second = enqueue(session=session, to="other@example.com", subject="Handoff", body="Another").id
        session.commit()
    notifier = FlakyNotifier(failures=1)
    sender = OutboxSender(engine=engine, notifier=notifier, max_attempts=2, retry_base_seconds=60)
    now = utcnow()
    assert sender.send_due(now) == 1  # the first email fails, the second goes
    with Session(engine) as session:
        first = session.get(OutboxEmail, kept)
        assert first.state == OutboxState.PENDING and first.attempts == 1 and "refused" in first.last_error
        assert first.next_attempt_at.replace(tzinfo=now.tzinfo) >= now + timedelta(seconds=59)
    assert sender.send_due(now) == 0  # not due yet: nothing is sent twice or early
    notifier.failures = 1
    assert sender.send_due(now + timedelta(seconds=61)) == 0  # the second and last attempt fails: dropped
    with Session(engine) as session:
        states = {row.id: row.state for row in session.exec(select(OutboxEmail))}
    assert states == {kept: OutboxState.DROPPED, second: OutboxState.SENT}
    assert [e.to for e in notifier.sent] == ["other@example.com"]
    engine.dispose()
