"""Rate limits on buyers: messages and new conversations, per buyer cookie and per client address.

In-process sliding windows (:class:`SlidingWindow`): exact counts over the last ``window`` seconds, memory bounded
(at most ``limit`` timestamps per key and ``max_keys`` keys, least recently used evicted). One appliance process
serves the buyers (Milvus-lite is locked to one process); with several web workers each counts its own share, so
the effective limit is multiplied by the worker count (see DESIGN-NOTES "Hardening").

A refused request raises :class:`RateLimited`; the app turns it into a 429 with ``Retry-After`` and a sentence the
buyer reads in the chat (the ``chat_error`` slot) or on a page.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass

from fastapi import Request

from appliance.web.security import buyer_id

MAX_KEYS = 100_000


class RateLimited(Exception):
    """Too many requests; ``message`` is shown to the person, ``retry_after`` (whole seconds) is sent as a header."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = max(1, math.ceil(retry_after))


class SlidingWindow:
    """At most ``limit`` hits per key in any ``window_seconds``. Thread-safe; ``clock`` is injectable for tests."""

    def __init__(self, limit: int, window_seconds: float, *, max_keys: int = MAX_KEYS, clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        self.limit = limit
        self.window = window_seconds
        self._max_keys = max_keys
        self._clock = clock
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, key: str) -> float:
        """Record a hit for ``key`` and return 0, or return the seconds until one is allowed (nothing recorded)."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                hits = self._hits[key] = deque()
                if len(self._hits) > self._max_keys:
                    self._hits.popitem(last=False)
            else:
                self._hits.move_to_end(key)
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return hits[0] + self.window - now
            hits.append(now)
            return 0.0

    def wait(self, key: str) -> float:
        """Seconds until ``key`` may hit again (0: now), without recording anything."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            if not hits:
                return 0.0
            live = [t for t in hits if t > now - self.window]
            return live[0] + self.window - now if len(live) >= self.limit else 0.0

    def seen(self, key: str) -> bool:
        """Whether ``key`` has hits inside the window (without recording one)."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            return bool(hits) and hits[-1] > now - self.window  # type: ignore[index]


def client_address(request: Request) -> str:
    """The client's address: the socket peer, or the last X-Forwarded-For hop when the settings trust a proxy."""
    if request.app.state.settings.security.trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for", "")
        if forwarded.strip():
            return forwarded.split(",")[-1].strip()[:64]
    return (request.client.host if request.client else "unknown")[:64]


@dataclass
class BuyerLimits:
    messages_per_buyer: SlidingWindow
    messages_per_address: SlidingWindow
    conversations_per_buyer: SlidingWindow
    conversations_per_address: SlidingWindow
    conversations_seen: SlidingWindow  # (buyer, quote) pairs that already have a conversation in this window

    @classmethod
    def from_settings(cls, security) -> BuyerLimits:  # type: ignore[no-untyped-def]
        return cls(
            SlidingWindow(security.buyer_messages_per_minute, 60),
            SlidingWindow(security.buyer_messages_per_minute_per_address, 60),
            SlidingWindow(security.buyer_conversations_per_hour, 3600),
            SlidingWindow(security.buyer_conversations_per_hour_per_address, 3600),
            SlidingWindow(1_000_000, 3600),
        )

    def check_message(self, *, buyer: str, address: str, quote: str) -> None:
        """Count one buyer message (and, on a quote this buyer has not written on lately, one new conversation)."""
        new = not self.conversations_seen.seen(f"{buyer}|{quote}")
        if new:
            wait = max(self.conversations_per_buyer.wait(buyer), self.conversations_per_address.wait(address))
            if wait:
                raise RateLimited(
                    "Too many new conversations have been started from here recently. "
                    f"Please wait {_duration(wait)} before starting another one.", wait)
        wait = max(self.messages_per_buyer.wait(buyer), self.messages_per_address.wait(address))
        if wait:
            raise RateLimited(f"You are sending messages faster than the assistant can answer. "
                              f"Please wait {_duration(wait)} and send your message again.", wait)
        # Nothing is counted for a refused request: only what was let through uses up the budgets.
        if new:
            self.conversations_per_buyer.hit(buyer)
            self.conversations_per_address.hit(address)
        self.messages_per_buyer.hit(buyer)
        self.messages_per_address.hit(address)
        self.conversations_seen.hit(f"{buyer}|{quote}")


def _duration(seconds: float) -> str:
    seconds = max(1, math.ceil(seconds))
    if seconds < 90:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minutes"


def limit_buyer_messages(request: Request) -> None:
    """Route dependency for the buyer's message POST (``/q/{token}/messages``): raises :class:`RateLimited`."""
    buyer = buyer_id(request)
    if buyer is None:  # no cookie: the route refuses the message itself
        return
    request.app.state.buyer_limits.check_message(buyer=buyer, address=client_address(request),
                         quote=str(request.path_params.get("token", "")))
