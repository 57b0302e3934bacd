"""The in-process broker: one appliance process (SQLite). Each subscriber has a bounded queue on the event loop."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from appliance import metrics
from appliance.live.contracts import LiveEvent

QUEUE_SIZE = 256


class InProcessBroker:
    def __init__(self) -> None:
        self._subscribers: dict[str, set[tuple[asyncio.AbstractEventLoop, asyncio.Queue[LiveEvent]]]] = {}
        self._lock = threading.Lock()
        self._ids = itertools.count(1)

    def publish(self, channel: str, kind: str) -> None:
        with self._lock:
            event = LiveEvent(channel=channel, kind=kind, id=str(next(self._ids)))
            targets = list(self._subscribers.get(channel, ()))
        for loop, queue in targets:
            try:
                loop.call_soon_threadsafe(_offer, queue, event)
            except RuntimeError:  # that subscriber's loop is closed
                continue

    @asynccontextmanager
    async def subscribe(self, channels: list[str]) -> AsyncIterator[AsyncIterator[LiveEvent]]:
        entry = (asyncio.get_running_loop(), asyncio.Queue[LiveEvent](QUEUE_SIZE))
        with self._lock:
            for channel in channels:
                self._subscribers.setdefault(channel, set()).add(entry)
        metrics.LIVE_CONNECTIONS.inc()
        try:
            yield _drain(entry[1])
        finally:
            metrics.LIVE_CONNECTIONS.dec()
            with self._lock:
                for channel in channels:
                    self._subscribers.get(channel, set()).discard(entry)


def _offer(queue: asyncio.Queue[LiveEvent], event: LiveEvent) -> None:
    if queue.full():
        queue.get_nowait()  # a subscriber that falls behind loses the oldest event; its snapshot re-fetch heals it
    queue.put_nowait(event)


async def _drain(queue: asyncio.Queue[LiveEvent]) -> AsyncIterator[LiveEvent]:
    while True:
        yield await queue.get()
