"""Ingestion never starves buyers (issue 12): passages per source bounded with a clear reason; embedding in batches
that give way to questions; a removal stops a running job at the next batch; a graceful stop gives its attempt back.

The embedder tests use `FakeTimedEmbedder` (in-memory, records the order of calls); the job tests run the real
stack (SQLite, Milvus-lite, MiniLM) with the real embedder wrapped by small recording classes named for what they do.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence

import pytest
import pytest_asyncio
from sqlmodel import Session, select

from appliance.container import build_container
from appliance.db import session_scope
from appliance.domain.agents import AgentCreate, create_agent, ensure_inbox
from appliance.domain.knowledge import (
    IngestionJob,
    KnowledgeArticleCreate,
    KnowledgeSource,
    SourceKind,
    SourceStatus,
    add_source,
    create_article,
    remove_source,
)
from appliance.ingestion import jobs
from appliance.ingestion.document import IngestionError
from appliance.ingestion.jobs import IngestionWorker, check_passage_bound
from appliance.retrieval.embedder import SharedEmbedder
from appliance.settings import IngestionSettings, Settings

# --- the shared embedder (unit, with a fake) ------------------------------------------------------------------------


class FakeTimedEmbedder:
    """Takes ``seconds_per_call`` per call whatever the size; records each call's texts."""

    name, dimension = "fake-timed", 2

    def __init__(self, seconds_per_call: float = 0.05) -> None:
        self.seconds = seconds_per_call
        self.calls: list[list[str]] = []

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        time.sleep(self.seconds)
        self.calls.append(list(texts))
        return [[float(len(text)), 1.0] for text in texts]


def test_concurrent_questions_share_model_calls_and_get_their_own_vectors() -> None:
    inner = FakeTimedEmbedder(0.05)
    shared = SharedEmbedder(inner)
    questions = [f"question {'x' * n}" for n in range(16)]
    results: dict[str, list[list[float]]] = {}

    def ask(text: str) -> None:
        results[text] = shared.embed([text])

    threads = [threading.Thread(target=ask, args=(q,)) for q in questions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(results[q] == [[float(len(q)), 1.0]] for q in questions)
    assert len(inner.calls) < len(questions) / 2, [len(c) for c in inner.calls]  # micro-batched


def test_bulk_work_gives_way_to_a_question_within_one_batch() -> None:
    inner = FakeTimedEmbedder(0.02)
    shared = SharedEmbedder(inner, bulk_batch_texts=4)
    bulk = [f"passage {n}" for n in range(200)]  # 50 batches, ~1 s
    done: list[str] = []
    worker = threading.Thread(target=lambda: (shared.embed(bulk), done.append("bulk")))
    worker.start()
    time.sleep(0.1)
    assert shared.embed(["how long is the warranty?"]) == [[25.0, 1.0]]
    done.append("question")
    worker.join()
    assert done == ["question", "bulk"]
    question_call = next(i for i, call in enumerate(inner.calls) if call == ["how long is the warranty?"])
    assert question_call < 10  # served after at most the batch that was running, not after the 50 batches


def test_a_steady_stream_of_questions_slows_bulk_work_but_never_stops_it() -> None:
    inner = FakeTimedEmbedder(0.01)
    shared = SharedEmbedder(inner, bulk_batch_texts=2, bulk_max_wait_seconds=0.05)
    stop = threading.Event()

    def keep_asking() -> None:
        while not stop.is_set():
            shared.embed(["a question"])

    askers = [threading.Thread(target=keep_asking) for _ in range(4)]
    for asker in askers:
        asker.start()
    try:
        started = time.monotonic()
        assert len(shared.embed([f"passage {n}" for n in range(20)])) == 20  # 10 batches
        assert time.monotonic() - started < 10 * (0.05 + 0.01) + 2.0
    finally:
        stop.set()
        for asker in askers:
            asker.join()


def test_an_embedder_failure_reaches_every_waiting_question() -> None:
    class FakeFailingEmbedder(FakeTimedEmbedder):
        def embed(self, texts: Sequence[str]) -> list[list[float]]:
            raise RuntimeError("model gone")

    shared = SharedEmbedder(FakeFailingEmbedder())
    with pytest.raises(RuntimeError, match="model gone"):
        shared.embed(["a question"])


def test_the_passage_bound_is_checked_before_and_after_chunking() -> None:
    settings = IngestionSettings(max_passages_per_source=100, chunk_max_chars=1000)
    check_passage_bound(100_000, settings)  # could still fit
    with pytest.raises(IngestionError, match="max_passages_per_source"):
        check_passage_bound(100_001, settings)  # cannot fit even at the largest passages
    with pytest.raises(IngestionError, match="makes 101 passages; at most 100"):
        check_passage_bound(10_000, settings, passages=101)


# --- jobs on the real stack -----------------------------------------------------------------------------------------

SECTIONS = "\n\n".join(f"## Topic {n}\n\nParagraph {n} explains the {n}th rule of the warranty in full."
                       for n in range(8))


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def stack(tmp_path_factory):
    container = await build_container(Settings(data_dir=tmp_path_factory.mktemp("bounds")), with_generator=False)
    yield container
    await container.aclose()


def _article_source(engine, title: str) -> int:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        inbox = ensure_inbox(session=session, name=f"{title} inbox")
        agent = create_agent(session=session, data=AgentCreate(name=title, inbox_id=int(inbox.id or 0)))
        article = create_article(session=session, data=KnowledgeArticleCreate(title=title, body=SECTIONS))
        source = add_source(session=session, agent_id=int(agent.id or 0), kind=SourceKind.KB_ARTICLE, title=title,
                            article_id=article.id)
        return int(source.id or 0)


def _worker(stack, embedder, **ingestion) -> IngestionWorker:  # type: ignore[no-untyped-def]
    settings = stack.settings.ingestion.model_copy(update=ingestion)
    return IngestionWorker(engine=stack.engine, settings=settings, embedder=embedder, store=stack.store,
                           gate=stack.gate, fetcher=stack.fetcher)


@pytest.mark.slow
@pytest.mark.asyncio(loop_scope="module")
async def test_a_source_over_the_passage_bound_is_refused_with_the_reason(stack) -> None:
    source_id = _article_source(stack.engine, "Too long")
    worker = _worker(stack, stack.embedder, max_passages_per_source=3)
    outcomes = await worker.run_pending()
    assert [o.source_id for o in outcomes] == [source_id]
    with Session(stack.engine) as session:
        source = session.get(KnowledgeSource, source_id)
    assert source.status == SourceStatus.FAILED
    assert "at most 3 are accepted per source" in source.status_reason and "split it" in source.status_reason


class RemovesItsSourceOnFirstBatch:
    """The real embedder; on its first call the admin removes the source being ingested."""

    def __init__(self, inner, engine, source_id: int) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.engine, self.source_id = inner, engine, source_id
        self.name, self.dimension, self.calls = inner.name, inner.dimension, 0

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls += 1
        if self.calls == 1:
            with session_scope(self.engine) as session:
                remove_source(session=session, source=session.get(KnowledgeSource, self.source_id))
        return self.inner.embed(texts)


@pytest.mark.slow
@pytest.mark.asyncio(loop_scope="module")
async def test_removal_stops_a_running_job_at_the_next_batch(stack, monkeypatch) -> None:
    monkeypatch.setattr(jobs, "EMBED_BATCH", 2)
    source_id = _article_source(stack.engine, "Removed mid-way")
    embedder = RemovesItsSourceOnFirstBatch(stack.embedder, stack.engine, source_id)
    worker = _worker(stack, embedder)
    await worker.run_pending()
    assert embedder.calls == 1  # 8+ passages in batches of 2: the job stopped after the first batch
    await worker.finish_removals()
    with Session(stack.engine) as session:
        assert session.get(KnowledgeSource, source_id) is None


class BlocksUntilReleased:
    """The real embedder, held on its first call until the test releases it (to stop the app mid-embedding)."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.name, self.dimension = inner, inner.name, inner.dimension
        self.entered, self.release = threading.Event(), threading.Event()

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.entered.set()
        self.release.wait(60)
        return self.inner.embed(texts)


@pytest.mark.slow
@pytest.mark.asyncio(loop_scope="module")
async def test_a_graceful_stop_does_not_count_as_a_failed_attempt(stack) -> None:
    source_id = _article_source(stack.engine, "Restarted")
    embedder = BlocksUntilReleased(stack.embedder)
    worker = _worker(stack, embedder)
    with Session(stack.engine) as session:
        job_id = session.exec(select(IngestionJob.id).where(IngestionJob.source_id == source_id)).one()
    task = asyncio.create_task(worker.run_job(job_id))
    while not embedder.entered.is_set():
        await asyncio.sleep(0.02)
    task.cancel()  # what the app's lifespan does on a graceful shutdown
    with pytest.raises(asyncio.CancelledError):
        await task
    embedder.release.set()
    with Session(stack.engine) as session:
        job = session.get(IngestionJob, job_id)
    assert job.attempts == 0 and job.finished_at is None  # unfinished, runs again at start, nothing counted
    outcome = await _worker(stack, stack.embedder).run_job(job_id)
    assert outcome.state.value == "ready"
