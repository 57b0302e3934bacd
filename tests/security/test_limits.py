"""The buyer rate limiter and the health assessment as pure rules (issue 12)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from appliance.health import HealthInputs, assess
from appliance.settings import SecuritySettings
from appliance.web.ratelimit import BuyerLimits, RateLimited, SlidingWindow


def test_sliding_window_counts_exactly_and_tells_when_to_retry() -> None:
    now = [100.0]
    window = SlidingWindow(3, 60, clock=lambda: now[0])
    assert [window.hit("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert window.hit("a") == pytest.approx(60.0)
    assert window.hit("b") == 0.0  # another key has its own budget
    now[0] += 30
    assert window.hit("a") == pytest.approx(30.0)
    now[0] += 30.01
    assert window.hit("a") == 0.0


def test_sliding_window_memory_is_bounded() -> None:
    window = SlidingWindow(5, 60, max_keys=100)
    for index in range(1_000):
        window.hit(f"buyer-{index}")
    assert len(window._hits) == 100  # noqa: SLF001 - the bound is the point of the test


def test_buyer_limits_per_cookie_per_address_and_new_conversations() -> None:
    limits = BuyerLimits.from_settings(SecuritySettings(
        buyer_messages_per_minute=3, buyer_messages_per_minute_per_address=5,
        buyer_conversations_per_hour=2, buyer_conversations_per_hour_per_address=3))
    for _ in range(3):
        limits.check_message(buyer="b1", address="10.0.0.1", quote="q1")
    with pytest.raises(RateLimited, match="faster than the assistant") as caught:
        limits.check_message(buyer="b1", address="10.0.0.1", quote="q1")
    assert caught.value.retry_after >= 1
    limits.check_message(buyer="b2", address="10.0.0.1", quote="q1")
    limits.check_message(buyer="b3", address="10.0.0.1", quote="q1")  # address: 5 messages now
    with pytest.raises(RateLimited):
        limits.check_message(buyer="b4", address="10.0.0.1", quote="q1")  # a fresh cookie does not help
    limits.check_message(buyer="b4", address="10.0.0.2", quote="q1")  # another address does
    # new conversations: b4 may start 2 per hour (q1 above was one), the third is refused with its own message
    limits.check_message(buyer="b4", address="10.0.0.2", quote="q2")
    with pytest.raises(RateLimited, match="new conversations"):
        limits.check_message(buyer="b4", address="10.0.0.2", quote="q3")


BASE = HealthInputs(database_ok=True, model_in_use=True, model_reachable=True, breaker_state="closed",
                    unfinished_jobs=0, oldest_unfinished_seconds=0, backlog_limit_seconds=1800)


@pytest.mark.parametrize(
    ("change", "status"),
    [({}, "ok"), ({"database_ok": False}, "down"), ({"model_reachable": False}, "degraded"),
     ({"breaker_state": "open"}, "degraded"), ({"breaker_state": "half_open"}, "degraded"),
     ({"unfinished_jobs": 4, "oldest_unfinished_seconds": 3600}, "degraded"),
     ({"unfinished_jobs": 4, "oldest_unfinished_seconds": 60}, "ok"),
     ({"model_in_use": False, "model_reachable": None, "breaker_state": "open"}, "ok")],
)
def test_health_assessment(change: dict, status: str) -> None:  # type: ignore[type-arg]
    assert assess(replace(BASE, **change))[0] == status
