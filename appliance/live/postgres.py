"""The PostgreSQL broker: live events reach every web worker that shares the database, through LISTEN/NOTIFY.

``publish`` sends ``pg_notify('appliance_live', '{"c": channel, "k": kind}')`` on a connection of its own (autocommit,
guarded by a lock, so it is thread-safe; it waits for one round trip to the database, never for a subscriber). One
listener thread per process LISTENs on another connection and hands each notification to an in-process broker,
which fans it out to this process's subscribers with their bounded queues (the contract's "a subscriber that falls
behind loses the oldest events"); event ids are that broker's, increasing per process. PostgreSQL delivers a
notification to every listening session, this process's included, in commit order: one path for local and remote
events.

Failures cost freshness, never a request: a publish that cannot reach the database is logged and dropped (the
contract promises at most once; pages re-fetch a snapshot when their stream reopens), and the listener reconnects
with a back-off; events published while it was away are not replayed.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from typing import Any

from appliance.live.contracts import LiveEvent
from appliance.live.memory import InProcessBroker

log = logging.getLogger(__name__)

PG_CHANNEL = "appliance_live"
RECONNECT_SECONDS = (0.5, 1.0, 2.0, 5.0)


def libpq_conninfo(url: str) -> str:
    """A SQLAlchemy URL (``postgresql+psycopg://…``) as the connection string psycopg takes."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class PostgresBroker:
    def __init__(self, url: str) -> None:
        self._conninfo = libpq_conninfo(url)
        self._local = InProcessBroker()
        self._publish_lock = threading.Lock()
        self._publisher: Any = None
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._listen_forever, name="live-pg-listener", daemon=True)
        self._thread.start()

    # -------------------------------------------------------------------------------------------- the contract

    def publish(self, channel: str, kind: str) -> None:
        payload = json.dumps({"c": channel, "k": kind}, separators=(",", ":"))
        with self._publish_lock:
            for attempt in (1, 2):  # a connection the server closed is replaced once
                try:
                    if self._publisher is None or self._publisher.closed:
                        self._publisher = self._connect()
                    self._publisher.execute("SELECT pg_notify(%s, %s)", (PG_CHANNEL, payload))
                    return
                except Exception as error:  # noqa: BLE001 - a lost event costs freshness only
                    self._close_publisher()
                    if attempt == 2:
                        log.warning("live event %s/%s not published: %s", channel, kind, error)

    def subscribe(self, channels: list[str]) -> AbstractAsyncContextManager[AsyncIterator[LiveEvent]]:
        return self._local.subscribe(channels)

    # -------------------------------------------------------------------------------------------- lifecycle

    def wait_listening(self, timeout: float) -> bool:
        """True once the listener is connected (tests and start-up checks)."""
        return self._listening.wait(timeout)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        with self._publish_lock:
            self._close_publisher()

    # -------------------------------------------------------------------------------------------- internals

    def _connect(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5,
                               application_name="appliance-live")

    def _close_publisher(self) -> None:
        if self._publisher is not None:
            try:
                self._publisher.close()
            except Exception:  # noqa: BLE001
                pass
            self._publisher = None

    def _listen_forever(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                with self._connect() as connection:
                    connection.execute(f"LISTEN {PG_CHANNEL}")
                    self._listening.set()
                    failures = 0
                    while not self._stop.is_set():
                        for notification in connection.notifies(timeout=0.5):
                            self._deliver(notification.payload)
            except Exception as error:  # noqa: BLE001 - reconnect; the pages re-fetch when their streams reopen
                self._listening.clear()
                if self._stop.is_set():
                    return
                delay = RECONNECT_SECONDS[min(failures, len(RECONNECT_SECONDS) - 1)]
                failures += 1
                log.warning("live listener lost the database (%s); reconnecting in %.1f s", error, delay)
                time.sleep(delay)

    def _deliver(self, payload: str) -> None:
        try:
            data = json.loads(payload)
            channel, kind = str(data["c"]), str(data["k"])
        except (ValueError, KeyError, TypeError):
            log.warning("ignored a malformed live notification: %r", payload[:100])
            return
        self._local.publish(channel, kind)
