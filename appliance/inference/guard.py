"""Admission control shared by the generation backends: a bounded queue and a circuit breaker.

`ConcurrencyLimiter` lets at most ``max_concurrency`` generations run at once; a further caller waits for a slot at
most ``queue_timeout_seconds`` and then gets ``GenerationError("busy")``.

`CircuitBreaker` counts consecutive failures (``unavailable``, ``timeout``, ``invalid``). After ``failure_threshold``
of them, or ``timeout_threshold`` consecutive time-outs (a server that accepts and hangs costs each buyer the whole
first-token limit, so it is cut off sooner than one that refuses at once), it opens: calls fail fast with ``GenerationError("unavailable")`` for ``cooldown_seconds``. Then it is
half-open: exactly one trial call goes through; its success closes the breaker, its failure opens it again. A call
that ends for a reason that says nothing about the backend (the buyer left, the queue was full) neither counts as a
failure nor as a success.

`GenerationGuard` puts both in front of one backend: ``async with guard.admit(deadline=...): ...``; the wait for a
slot ends at the caller's deadline, so the queue counts against the same first-token limit as the server.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Literal

from appliance.inference.contracts import GenerationError

BreakerState = Literal["closed", "open", "half_open"]

#: Reasons that say the backend is unwell; they open the breaker when they repeat.
FAILURE_REASONS = frozenset({"unavailable", "timeout", "invalid"})


class CircuitBreaker:
    """Fails fast while a backend keeps failing. Not thread-safe: use it from one event loop."""

    def __init__(
        self,
        *,
        failure_threshold: int = 5,
        cooldown_seconds: float = 30.0,
        timeout_threshold: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_open: Callable[[], None] | None = None,
    ) -> None:
        """``timeout_threshold``: consecutive time-outs that open the breaker (None: as ``failure_threshold``);
        ``on_open``: called each time the breaker opens (a metric)."""
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        if cooldown_seconds <= 0:
            raise ValueError("cooldown_seconds must be positive")
        self.failure_threshold = failure_threshold
        self.timeout_threshold = min(timeout_threshold or failure_threshold, failure_threshold)
        self.cooldown_seconds = cooldown_seconds
        self._clock = clock
        self._on_open = on_open
        self._consecutive_failures = 0
        self._consecutive_timeouts = 0
        self._opened_at: float | None = None
        self._trial_in_flight = False

    @property
    def state(self) -> BreakerState:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self.cooldown_seconds:
            return "half_open"
        return "open"

    def before_call(self) -> None:
        """Admit a call, or raise ``GenerationError("unavailable")`` while the breaker is open.

        In the half-open state only one trial call is admitted until it reports back.
        """
        state = self.state
        if state == "closed":
            return
        if state == "half_open" and not self._trial_in_flight:
            self._trial_in_flight = True
            return
        if state == "half_open":
            raise GenerationError(
                "unavailable", "the model server is being probed after repeated failures; try again shortly"
            )
        remaining = self.cooldown_seconds - (self._clock() - (self._opened_at or 0.0))
        raise GenerationError(
            "unavailable",
            f"the model server failed {self._consecutive_failures} times in a row; "
            f"not trying it again for {max(0.0, remaining):.0f} s",
        )

    def record_success(self) -> None:
        self._consecutive_failures = 0
        self._consecutive_timeouts = 0
        self._opened_at = None
        self._trial_in_flight = False

    def record_failure(self, reason: str = "unavailable") -> None:
        self._consecutive_failures += 1
        self._consecutive_timeouts = self._consecutive_timeouts + 1 if reason == "timeout" else 0
        was_trial = self._trial_in_flight
        self._trial_in_flight = False
        if (was_trial or self._consecutive_failures >= self.failure_threshold
                or self._consecutive_timeouts >= self.timeout_threshold):
            self._opened_at = self._clock()
            if self._on_open is not None:
                self._on_open()

    def record_neutral(self) -> None:
        """The call ended without telling anything about the backend (cancelled, rejected as busy)."""
        self._trial_in_flight = False

    def health(self) -> dict[str, object]:
        return {"state": self.state, "consecutive_failures": self._consecutive_failures}


class ConcurrencyLimiter:
    """At most ``max_concurrency`` holders at once; others wait in FIFO order for a bounded time."""

    def __init__(self, *, max_concurrency: int, queue_timeout_seconds: float) -> None:
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self.max_concurrency = max_concurrency
        self.queue_timeout_seconds = queue_timeout_seconds
        self._semaphore = asyncio.Semaphore(max_concurrency)
        self.in_flight = 0
        self.waiting = 0

    @asynccontextmanager
    async def slot(self, timeout_seconds: float | None = None) -> AsyncIterator[None]:
        """Hold a slot; wait for one at most ``timeout_seconds`` (None: ``queue_timeout_seconds``)."""
        wait = self.queue_timeout_seconds if timeout_seconds is None else max(0.0, timeout_seconds)
        self.waiting += 1
        try:
            async with asyncio.timeout(wait):
                await self._semaphore.acquire()
        except TimeoutError:
            raise GenerationError(
                "busy",
                f"all {self.max_concurrency} generation slots stayed busy for "
                f"{wait:g} s; try again shortly",
            ) from None
        finally:
            self.waiting -= 1
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1
            self._semaphore.release()


class GenerationGuard:
    """Circuit breaker first (fail fast), then a bounded wait for a slot, then the call."""

    def __init__(self, limiter: ConcurrencyLimiter, breaker: CircuitBreaker | None = None) -> None:
        self.limiter = limiter
        self.breaker = breaker

    @asynccontextmanager
    async def admit(self, *, deadline: float | None = None) -> AsyncIterator[None]:
        """Run the body as one admitted call and report its outcome to the breaker.

        ``deadline`` (event-loop time): the wait for a slot ends there at the latest (``busy``).

        Only ``GenerationError`` with a reason in ``FAILURE_REASONS`` counts as a failure; a body that completes
        counts as a success; anything else (cancellation, the consumer closing the stream, ``busy``) is neutral.
        """
        breaker = self.breaker
        if breaker is not None:
            breaker.before_call()
        timeout = None if deadline is None else deadline - asyncio.get_running_loop().time()
        try:
            async with self.limiter.slot(timeout):
                yield
        except GenerationError as error:
            if breaker is not None:
                if error.reason in FAILURE_REASONS:
                    breaker.record_failure(error.reason)
                else:
                    breaker.record_neutral()
            raise
        except BaseException:
            if breaker is not None:
                breaker.record_neutral()
            raise
        else:
            if breaker is not None:
                breaker.record_success()

    def health(self) -> dict[str, object]:
        breaker = self.breaker.health() if self.breaker is not None else {"state": "closed", "consecutive_failures": 0}
        return {**breaker, "in_flight": self.limiter.in_flight, "waiting": self.limiter.waiting}
