"""OpenAICompatibleGenerator against a real HTTP server (FakeModelServer) scripted for each behaviour."""

from __future__ import annotations

import asyncio
import pathlib
import socket
from collections.abc import Iterator

import pytest

from appliance.inference.contracts import ChatMessage, GenerationError
from appliance.inference.openai_client import OpenAICompatibleGenerator
from appliance.settings import InferenceSettings
from tests.fakes.model_server import MODEL_ID, FakeModelServer, Reply

QUESTION = [ChatMessage("system", "You answer questions about quotes."), ChatMessage("user", "What is the total?")]


@pytest.fixture
def server() -> Iterator[FakeModelServer]:
    with FakeModelServer() as running:
        yield running


def settings_for(server: FakeModelServer, **overrides: object) -> InferenceSettings:
    values: dict[str, object] = {
        "backend": "openai",
        "base_url": server.base_url,
        "model": "served-model",
        "first_token_timeout_seconds": 10.0,
        "total_timeout_seconds": 30.0,
    }
    values.update(overrides)
    return InferenceSettings(**values)


async def collect(generator: OpenAICompatibleGenerator, max_tokens: int = 32) -> list[str]:
    return [delta async for delta in generator.stream(QUESTION, max_tokens=max_tokens)]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- streaming --------------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_streams_deltas_in_order_and_sends_the_request(server: FakeModelServer) -> None:
    server.script(Reply(deltas=["The ", "total ", "is ", "", "1 200 EUR."]))
    generator = OpenAICompatibleGenerator(settings_for(server, api_key="s3cret-token", temperature=0.0))
    try:
        deltas = [d async for d in generator.stream(QUESTION, max_tokens=24, temperature=0.2)]
    finally:
        await generator.aclose()

    assert deltas == ["The ", "total ", "is ", "1 200 EUR."]  # empty deltas are never yielded
    (request,) = server.chat_requests
    assert request.body == {
        "model": "served-model",
        "messages": [
            {"role": "system", "content": "You answer questions about quotes."},
            {"role": "user", "content": "What is the total?"},
        ],
        "max_tokens": 24,
        "temperature": 0.2,
        "stream": True,
    }
    assert request.headers["authorization"] == "Bearer s3cret-token"
    assert request.completed and not request.client_disconnected
    assert generator.health()["state"] == "closed"


@pytest.mark.asyncio
async def test_without_a_model_name_asks_the_server_once(server: FakeModelServer) -> None:
    generator = OpenAICompatibleGenerator(settings_for(server, model=""))
    try:
        assert "".join(await collect(generator)) == "Hello, world."
        assert "".join(await collect(generator)) == "Hello, world."
    finally:
        await generator.aclose()
    assert [r.path for r in server.requests].count("/v1/models") == 1
    assert {r.body["model"] for r in server.chat_requests} == {MODEL_ID}
    assert "authorization" not in server.requests[0].headers


@pytest.mark.asyncio
async def test_a_slow_first_token_within_the_limit_is_fine(server: FakeModelServer) -> None:
    server.script(Reply(deltas=["late", " but fine"], first_token_delay=0.2))
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        assert await collect(generator) == ["late", " but fine"]
    finally:
        await generator.aclose()


# -- timeouts ---------------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_no_first_token_in_time_is_a_timeout_and_the_request_is_dropped(server: FakeModelServer) -> None:
    server.script(Reply(hang_after=0))
    generator = OpenAICompatibleGenerator(settings_for(server, first_token_timeout_seconds=0.3))
    try:
        with pytest.raises(GenerationError) as caught:
            await collect(generator)
    finally:
        await generator.aclose()
    assert caught.value.reason == "timeout"
    assert "first token" in str(caught.value)
    assert await asyncio.to_thread(server.wait_for_disconnect)


@pytest.mark.asyncio
async def test_no_response_headers_in_time_is_a_timeout(server: FakeModelServer) -> None:
    server.script(Reply(hang_before_headers=True))
    generator = OpenAICompatibleGenerator(settings_for(server, first_token_timeout_seconds=0.3))
    try:
        with pytest.raises(GenerationError) as caught:
            await collect(generator)
    finally:
        await generator.aclose()
    assert caught.value.reason == "timeout"


@pytest.mark.asyncio
async def test_an_answer_that_stalls_after_starting_hits_the_total_timeout(server: FakeModelServer) -> None:
    server.script(Reply(deltas=["one", "two", "three"], hang_after=2))
    generator = OpenAICompatibleGenerator(
        settings_for(server, first_token_timeout_seconds=10.0, total_timeout_seconds=0.5)
    )
    received: list[str] = []
    try:
        with pytest.raises(GenerationError) as caught:
            async for delta in generator.stream(QUESTION, max_tokens=16):
                received.append(delta)
    finally:
        await generator.aclose()
    assert received == ["one", "two"]
    assert caught.value.reason == "timeout"
    assert "whole answer" in str(caught.value)


@pytest.mark.asyncio
async def test_a_server_that_never_accepts_the_connection_is_a_connect_timeout() -> None:
    # A listening socket whose accept backlog is full: the kernel drops further SYNs, so connect() hangs.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        settings = InferenceSettings(
            backend="openai", base_url=f"http://127.0.0.1:{port}/v1", model="m", connect_timeout_seconds=0.3
        )
        generator = OpenAICompatibleGenerator(settings)
        try:
            with pytest.raises(GenerationError) as caught:
                await collect(generator)
        finally:
            await generator.aclose()
        assert caught.value.reason == "timeout"
        assert "connect" in str(caught.value)
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


# -- unavailable and invalid ------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_connection_refused_is_unavailable() -> None:
    settings = InferenceSettings(backend="openai", base_url=f"http://127.0.0.1:{free_port()}/v1", model="m")
    generator = OpenAICompatibleGenerator(settings)
    try:
        with pytest.raises(GenerationError) as caught:
            await collect(generator)
    finally:
        await generator.aclose()
    assert caught.value.reason == "unavailable"
    assert "cannot connect" in str(caught.value)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "reason"), [(500, "unavailable"), (503, "unavailable"), (400, "invalid"), (429, "busy")]
)
async def test_error_statuses_map_to_reasons(server: FakeModelServer, status: int, reason: str) -> None:
    server.script(Reply(status=status, body='{"error": {"message": "scripted"}}'))
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        with pytest.raises(GenerationError) as caught:
            await collect(generator)
    finally:
        await generator.aclose()
    assert caught.value.reason == reason
    assert str(status) in str(caught.value) and "scripted" in str(caught.value)


@pytest.mark.asyncio
async def test_a_connection_dropped_mid_stream_is_unavailable(server: FakeModelServer) -> None:
    server.script(Reply(deltas=["a", "b", "c"], break_after=2))
    generator = OpenAICompatibleGenerator(settings_for(server))
    received: list[str] = []
    try:
        with pytest.raises(GenerationError) as caught:
            async for delta in generator.stream(QUESTION, max_tokens=16):
                received.append(delta)
    finally:
        await generator.aclose()
    assert received == ["a", "b"]
    assert caught.value.reason == "unavailable"


@pytest.mark.asyncio
async def test_a_stream_without_done_is_unavailable(server: FakeModelServer) -> None:
    server.script(Reply(raw_events=['{"choices": [{"index": 0, "delta": {"content": "cut"}}]}'], done=False))
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        with pytest.raises(GenerationError) as caught:
            await collect(generator)
    finally:
        await generator.aclose()
    assert caught.value.reason == "unavailable"
    assert "[DONE]" in str(caught.value)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "garbage",
    [
        "{not json",
        '["a list"]',
        '{"no": "choices"}',
        '{"choices": [{"index": 0, "delta": "text"}]}',
        '{"choices": [{"index": 0, "delta": {"content": 42}}]}',
    ],
)
async def test_malformed_chunks_are_invalid(server: FakeModelServer, garbage: str) -> None:
    server.script(Reply(raw_events=[garbage]))
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        with pytest.raises(GenerationError) as caught:
            await collect(generator)
    finally:
        await generator.aclose()
    assert caught.value.reason == "invalid"


@pytest.mark.asyncio
async def test_an_error_object_mid_stream_is_unavailable(server: FakeModelServer) -> None:
    server.script(Reply(raw_events=['{"error": {"message": "engine died", "code": 500}}']))
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        with pytest.raises(GenerationError) as caught:
            await collect(generator)
    finally:
        await generator.aclose()
    assert caught.value.reason == "unavailable"
    assert "engine died" in str(caught.value)


@pytest.mark.asyncio
async def test_a_usage_chunk_without_choices_is_skipped(server: FakeModelServer) -> None:
    server.script(
        Reply(
            raw_events=[
                '{"choices": [{"index": 0, "delta": {"content": "ok"}, "finish_reason": "stop"}]}',
                '{"choices": [], "usage": {"completion_tokens": 1}}',
            ]
        )
    )
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        assert await collect(generator) == ["ok"]
    finally:
        await generator.aclose()


# -- cancellation -----------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_closing_the_stream_early_disconnects_from_the_server(server: FakeModelServer) -> None:
    server.script(Reply(deltas=["first", "second"], hang_after=1))
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        stream = generator.stream(QUESTION, max_tokens=64)
        assert await anext(stream) == "first"
        await stream.aclose()
        assert await asyncio.to_thread(server.wait_for_disconnect)
        (request,) = server.chat_requests
        assert request.client_disconnected and not request.completed
        assert generator.health() == {"state": "closed", "consecutive_failures": 0, "in_flight": 0, "waiting": 0}
    finally:
        await generator.aclose()


@pytest.mark.asyncio
async def test_cancelling_the_consumer_task_disconnects_from_the_server(server: FakeModelServer) -> None:
    server.script(Reply(deltas=["first", "second"], hang_after=1))
    generator = OpenAICompatibleGenerator(settings_for(server))
    got_first = asyncio.Event()

    async def buyer() -> None:
        async for _ in generator.stream(QUESTION, max_tokens=64):
            got_first.set()

    try:
        task = asyncio.create_task(buyer())
        await got_first.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await asyncio.to_thread(server.wait_for_disconnect)
        assert server.chat_requests[0].client_disconnected
        assert generator.health()["in_flight"] == 0
        assert generator.health()["consecutive_failures"] == 0  # the buyer leaving is not the server's fault
    finally:
        await generator.aclose()


# -- bounded concurrency ----------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_callers_beyond_max_concurrency_wait_then_get_busy(server: FakeModelServer) -> None:
    server.script(Reply(deltas=["held", "forever"], hang_after=1), Reply(deltas=["next"]))
    generator = OpenAICompatibleGenerator(
        settings_for(server, max_concurrency=1, first_token_timeout_seconds=0.3, total_timeout_seconds=60.0)
    )
    try:
        holder = generator.stream(QUESTION, max_tokens=64)
        assert await anext(holder) == "held"
        assert generator.health()["in_flight"] == 1

        with pytest.raises(GenerationError) as caught:
            await collect(generator)
        assert caught.value.reason == "busy"
        assert len(server.chat_requests) == 1  # the waiting caller never reached the server

        await holder.aclose()
        assert await collect(generator) == ["next"]
        assert generator.health()["consecutive_failures"] == 0
    finally:
        await generator.aclose()


@pytest.mark.asyncio
async def test_a_waiting_caller_gets_the_slot_when_it_frees(server: FakeModelServer) -> None:
    server.script(Reply(deltas=["held", "forever"], hang_after=1), Reply(deltas=["queued"]))
    generator = OpenAICompatibleGenerator(settings_for(server, max_concurrency=1, first_token_timeout_seconds=30.0))
    try:
        holder = generator.stream(QUESTION, max_tokens=64)
        assert await anext(holder) == "held"
        waiter = asyncio.create_task(collect(generator))
        while generator.health()["waiting"] != 1:
            await asyncio.sleep(0.01)
        await holder.aclose()
        assert await waiter == ["queued"]
    finally:
        await generator.aclose()


# -- circuit breaker --------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_breaker_opens_after_consecutive_failures_then_half_opens_and_closes(
    server: FakeModelServer,
) -> None:
    clock = FakeClock()
    server.script(Reply(status=500), Reply(status=500), Reply(deltas=["back"]))
    generator = OpenAICompatibleGenerator(
        settings_for(server, breaker_failure_threshold=2, breaker_cooldown_seconds=30.0), clock=clock
    )
    try:
        for expected_failures in (1, 2):
            with pytest.raises(GenerationError):
                await collect(generator)
            assert generator.health()["consecutive_failures"] == expected_failures
        assert generator.health()["state"] == "open"

        with pytest.raises(GenerationError) as caught:
            await collect(generator)
        assert caught.value.reason == "unavailable"
        assert len(server.chat_requests) == 2  # failed fast, the server saw nothing

        clock.now += 31
        assert generator.health()["state"] == "half_open"
        assert await collect(generator) == ["back"]
        assert generator.health()["state"] == "closed"
        assert generator.health()["consecutive_failures"] == 0
    finally:
        await generator.aclose()


@pytest.mark.asyncio
async def test_a_failed_trial_reopens_the_breaker(server: FakeModelServer) -> None:
    clock = FakeClock()
    server.script(Reply(status=500))
    generator = OpenAICompatibleGenerator(
        settings_for(server, breaker_failure_threshold=2, breaker_cooldown_seconds=30.0), clock=clock
    )
    try:
        for _ in range(2):
            with pytest.raises(GenerationError):
                await collect(generator)
        clock.now += 31
        with pytest.raises(GenerationError) as caught:
            await collect(generator)  # the trial reaches the server and fails
        assert "500" in str(caught.value)
        assert len(server.chat_requests) == 3
        assert generator.health()["state"] == "open"
        with pytest.raises(GenerationError):
            await collect(generator)
        assert len(server.chat_requests) == 3
    finally:
        await generator.aclose()


@pytest.mark.asyncio
async def test_half_open_lets_only_one_trial_through(server: FakeModelServer) -> None:
    clock = FakeClock()
    server.script(Reply(status=500), Reply(deltas=["trial", "held"], hang_after=1), Reply(deltas=["after"]))
    generator = OpenAICompatibleGenerator(
        settings_for(server, breaker_failure_threshold=1, breaker_cooldown_seconds=30.0), clock=clock
    )
    try:
        with pytest.raises(GenerationError):
            await collect(generator)
        assert generator.health()["state"] == "open"
        clock.now += 31
        trial = generator.stream(QUESTION, max_tokens=16)
        assert await anext(trial) == "trial"
        with pytest.raises(GenerationError) as caught:
            await collect(generator)
        assert caught.value.reason == "unavailable"
        assert len(server.chat_requests) == 2
        await trial.aclose()  # the trial ended without a verdict: the next caller becomes the trial
        assert await collect(generator) == ["after"]
        assert generator.health()["state"] == "closed"
    finally:
        await generator.aclose()


@pytest.mark.asyncio
async def test_a_success_resets_the_failure_count(server: FakeModelServer) -> None:
    server.script(Reply(status=500), Reply(deltas=["ok"]), Reply(status=500))
    generator = OpenAICompatibleGenerator(settings_for(server, breaker_failure_threshold=2))
    try:
        with pytest.raises(GenerationError):
            await collect(generator)
        assert await collect(generator) == ["ok"]
        with pytest.raises(GenerationError):
            await collect(generator)
        assert generator.health()["state"] == "closed"
        assert generator.health()["consecutive_failures"] == 1
    finally:
        await generator.aclose()


# -- structured output ------------------------------------------------------------------------------------------

DECISION_SCHEMA = {
    "type": "object",
    "properties": {
        "decision": {"type": "string", "enum": ["answer", "clarify", "handoff"]},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    },
    "required": ["decision", "confidence"],
    "additionalProperties": False,
}


@pytest.mark.asyncio
async def test_complete_json_sends_the_schema_and_returns_the_object(server: FakeModelServer) -> None:
    server.script(Reply(content='{"decision": "clarify", "confidence": 0.4}'))
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        result = await generator.complete_json(QUESTION, schema=DECISION_SCHEMA, max_tokens=40, name="decision")
    finally:
        await generator.aclose()
    assert result == {"decision": "clarify", "confidence": 0.4}
    (request,) = server.chat_requests
    assert request.body["stream"] is False
    assert request.body["max_tokens"] == 40
    assert request.body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "decision", "schema": DECISION_SCHEMA, "strict": True},
    }


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "content",
    [
        '{"decision": "negotiate", "confidence": 0.4}',
        '{"decision": "answer"}',
        '{"decision": "answer", "confidence": 0.9, "extra": 1}',
        "not json at all",
    ],
)
async def test_complete_json_refuses_answers_that_do_not_validate(server: FakeModelServer, content: str) -> None:
    server.script(Reply(content=content))
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        with pytest.raises(GenerationError) as caught:
            await generator.complete_json(QUESTION, schema=DECISION_SCHEMA, max_tokens=40)
    finally:
        await generator.aclose()
    assert caught.value.reason == "invalid"


@pytest.mark.asyncio
async def test_complete_json_maps_server_errors(server: FakeModelServer) -> None:
    server.script(Reply(status=503))
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        with pytest.raises(GenerationError) as caught:
            await generator.complete_json(QUESTION, schema=DECISION_SCHEMA, max_tokens=40)
    finally:
        await generator.aclose()
    assert caught.value.reason == "unavailable"


@pytest.mark.asyncio
async def test_complete_json_rejects_a_broken_schema_before_calling(server: FakeModelServer) -> None:
    generator = OpenAICompatibleGenerator(settings_for(server))
    try:
        with pytest.raises(ValueError, match="invalid JSON Schema"):
            await generator.complete_json(QUESTION, schema={"type": "no-such-type"}, max_tokens=40)
    finally:
        await generator.aclose()
    assert server.requests == []


# -- factory ----------------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_the_factory_builds_the_configured_backend(tmp_path: pathlib.Path) -> None:
    from appliance.inference.embedded import EmbeddedGenerator
    from appliance.inference.factory import build_generator

    remote = build_generator(InferenceSettings(backend="openai"))
    local = build_generator(InferenceSettings(backend="embedded"), cache_dir=tmp_path)
    try:
        assert isinstance(remote, OpenAICompatibleGenerator) and remote.name == "openai"
        assert isinstance(local, EmbeddedGenerator) and local.name == "embedded"
        assert not local.loaded  # loading is the lifespan's (or the first answer's) job
    finally:
        await remote.aclose()
        await local.aclose()


@pytest.mark.asyncio
async def test_the_factory_sets_the_breaker_from_the_settings(server: FakeModelServer) -> None:
    from appliance.inference.factory import build_generator

    server.script(Reply(status=500), Reply(deltas=["never sent"]))
    generator = build_generator(settings_for(server, breaker_failure_threshold=1, breaker_cooldown_seconds=3600))
    try:
        with pytest.raises(GenerationError):
            await collect(generator)  # type: ignore[arg-type]
        assert generator.health()["state"] == "open"  # type: ignore[attr-defined]
        with pytest.raises(GenerationError, match=r"failed 1 times in a row; not trying it again for 3[56]\d\d s"):
            await collect(generator)  # type: ignore[arg-type]
        assert len(server.chat_requests) == 1
    finally:
        await generator.aclose()
