"""Model server faults (issue 12): a server that accepts and hangs costs a buyer at most the first-token limit once,
queue wait included; the rewrite's structured call has its own short budget; the breaker opens after two
time-outs and its state is a metric. Against a real HTTP server on loopback (tests/fakes/model_server.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from prometheus_client import REGISTRY

from appliance import metrics
from appliance.inference.contracts import ChatMessage, GenerationError
from appliance.inference.guard import CircuitBreaker
from appliance.inference.openai_client import OpenAICompatibleGenerator
from appliance.settings import InferenceSettings
from tests.fakes.model_server import FakeModelServer, Reply

QUESTION = [ChatMessage("user", "What is the total?")]
FIRST_TOKEN = 0.6


@pytest.fixture
def hanging() -> Iterator[FakeModelServer]:
    with FakeModelServer() as server:
        server.script(Reply(hang_before_headers=True))
        yield server


def settings_for(server: FakeModelServer, **overrides: object) -> InferenceSettings:
    values: dict[str, object] = {"backend": "openai", "base_url": server.base_url, "model": "m",
                                 "first_token_timeout_seconds": FIRST_TOKEN, "total_timeout_seconds": 30.0,
                                 "structured_timeout_seconds": 0.4, "max_concurrency": 1,
                                 "breaker_failure_threshold": 5}
    values.update(overrides)
    return InferenceSettings(**values)


async def timed_failure(operation) -> tuple[str, float]:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(GenerationError) as caught:
        await operation
    return caught.value.reason, loop.time() - started


async def drain(generator: OpenAICompatibleGenerator) -> list[str]:
    return [delta async for delta in generator.stream(QUESTION, max_tokens=8)]


@pytest.mark.asyncio
async def test_queue_wait_counts_against_the_first_token_limit(hanging: FakeModelServer) -> None:
    generator = OpenAICompatibleGenerator(settings_for(hanging, breaker_timeout_threshold=10))
    try:
        first = asyncio.create_task(drain(generator))
        await asyncio.sleep(0.2)  # the first question holds the only slot, its server hangs
        reason, waited = await timed_failure(drain(generator))
        assert reason in ("busy", "timeout")
        # the second buyer waited for the slot and gave up at its own first-token deadline, not deadline + queue
        assert waited < FIRST_TOKEN + 0.3, waited
        assert (await timed_failure(first))[0] == "timeout"
    finally:
        await generator.aclose()


@pytest.mark.asyncio
async def test_the_rewrite_call_has_its_own_short_budget(hanging: FakeModelServer) -> None:
    generator = OpenAICompatibleGenerator(settings_for(hanging, breaker_timeout_threshold=10))
    try:
        reason, waited = await timed_failure(
            generator.complete_json(QUESTION, schema={"type": "object"}, max_tokens=16, name="rewrite"))
        assert reason == "timeout"
        assert waited < 0.4 + 0.3, waited  # structured_timeout_seconds, far below total_timeout_seconds (30 s)
    finally:
        await generator.aclose()


@pytest.mark.asyncio
async def test_the_breaker_opens_after_two_timeouts_and_then_fails_fast(hanging: FakeModelServer) -> None:
    opened_before = REGISTRY.get_sample_value("appliance_model_breaker_opened_total") or 0.0
    generator = OpenAICompatibleGenerator(settings_for(hanging))  # default breaker_timeout_threshold = 2
    try:
        for _ in range(2):
            assert (await timed_failure(drain(generator)))[0] == "timeout"
        assert generator.health()["state"] == "open"
        reason, waited = await timed_failure(drain(generator))
        assert reason == "unavailable" and waited < 0.1
    finally:
        await generator.aclose()
    assert REGISTRY.get_sample_value("appliance_model_breaker_opened_total") == opened_before + 1


def test_a_refusing_server_still_needs_the_failure_threshold() -> None:
    breaker = CircuitBreaker(failure_threshold=5, timeout_threshold=2)
    for _ in range(4):
        breaker.record_failure("unavailable")
    assert breaker.state == "closed"
    breaker.record_failure("unavailable")
    assert breaker.state == "open"


def test_a_success_between_timeouts_keeps_the_breaker_closed() -> None:
    breaker = CircuitBreaker(failure_threshold=5, timeout_threshold=2)
    breaker.record_failure("timeout")
    breaker.record_success()
    breaker.record_failure("timeout")
    assert breaker.state == "closed"


def test_breaker_state_metric_is_defined() -> None:
    metrics.MODEL_BREAKER_STATE.labels(state="open").set(1)
    assert REGISTRY.get_sample_value("appliance_model_breaker_state", {"state": "open"}) == 1
    metrics.MODEL_BREAKER_STATE.labels(state="open").set(0)
