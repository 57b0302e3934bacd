"""The live-update broker contract.

An event says *that* something changed on a channel, never the content: a page that receives one re-fetches what it
shows through its normal, access-checked route. So an event leaks nothing, and a lost event costs only freshness:
every page also re-fetches a snapshot when its stream (re)opens.

Channels (strings, at most 63 characters, `[a-z0-9:_-]`):
- ``conversation:<id>``: the buyer's page and the reps' view of that conversation;
- ``inbox``: every open inbox page (lists, counts, the unread badge).

Invariants every backend keeps:
- `publish` is synchronous, thread-safe and never blocks on subscribers (routes run in worker threads; a slow
  page must not slow a rep's reply). Delivery is at most once per subscriber, in publish order per channel.
- `subscribe` yields the events published on the given channels *after* it was entered, to this process's
  subscribers and (for a multi-worker backend) to every other worker's.
- A subscriber that falls behind loses the oldest events, never blocks the publisher.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class LiveEvent:
    channel: str
    kind: str  # short word: message, note, status, handoff, ...
    id: str = ""  # set by the broker: unique per process and increasing, used as the SSE event id


class Broker(Protocol):
    def publish(self, channel: str, kind: str) -> None:
        """Announce a change on ``channel`` (see the module docstring for the guarantees)."""
        ...

    def subscribe(self, channels: list[str]) -> AbstractAsyncContextManager[AsyncIterator[LiveEvent]]:
        """``async with broker.subscribe([...]) as events: async for event in events: ...``"""
        ...


def conversation_channel(conversation_id: int) -> str:
    return f"conversation:{conversation_id}"


INBOX_CHANNEL = "inbox"
