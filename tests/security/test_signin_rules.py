"""The sign-in backoff as a pure rule (issue 12); the route-level throttle is in test_web.py."""

from __future__ import annotations

from datetime import timedelta

from appliance.domain.signins import ThrottlePolicy, backoff_seconds, wait_seconds
from appliance.domain.types import utcnow


def test_sign_in_backoff_doubles_after_the_free_failures_and_is_capped() -> None:
    policy = ThrottlePolicy(account_free=5, base_seconds=2, max_delay_seconds=900)
    assert [backoff_seconds(n, 5, policy) for n in range(4, 10)] == [0, 0, 2, 4, 8, 16]
    assert backoff_seconds(40, 5, policy) == 900
    now = utcnow()
    assert wait_seconds(failures=7, last_failure=now - timedelta(seconds=1), free=5, policy=policy, now=now) == 3
    assert wait_seconds(failures=7, last_failure=now - timedelta(seconds=9), free=5, policy=policy, now=now) == 0
