"""Ingestion jobs with the real stack (SQLite file, Milvus-lite file, docling, MiniLM): restart after a crash,
atomic re-ingest, removal, bad input, a worker loop that survives a failing job.

Every test ends by checking the consistency invariant of jobs.py against the vector store itself (queried with its
own client): each source's vectors are exactly ``source-{id}-0 .. source-{id}-{passage_count-1}``, each one an
exact span of the source's canonical text, and no vector names a source that is not ready.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import pytest_asyncio
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from appliance.container import Container, build_container
from appliance.db import create_db_engine, session_scope
from appliance.domain.agents import AgentCreate, create_agent, ensure_inbox
from appliance.domain.knowledge import (
    REMOVAL_REASON,
    IngestionJob,
    JobState,
    KnowledgeArticle,
    KnowledgeArticleCreate,
    KnowledgeSource,
    SourceKind,
    SourceStatus,
    StoredFile,
    add_source,
    create_article,
    ready_source_ids,
    remove_source,
    requeue_source,
    store_file,
)
from appliance.retrieval.contracts import Passage, SearchScope
from appliance.ingestion.jobs import MAX_ATTEMPTS, IngestionWorker
from appliance.settings import Settings

pytestmark = pytest.mark.slow

CHILD = Path(__file__).with_name("_ingest_child.py")
HANG_GUARD_SECONDS = 600.0  # only a guard against a hung test: nothing below asserts on time

WARRANTY_V1 = """## Coverage

Every forklift carries a two-year warranty on parts and labour, starting on the delivery date.

## Batteries

Lithium batteries are covered for five years or 3,000 charge cycles, whichever comes first.

## Exclusions

Damage from overloading beyond the rated capacity is not covered by the warranty.

## Claims

Claims are filed through the service portal with the serial number and a photo of the damage.

## Transfer

The warranty transfers to a new owner when the forklift is resold within the coverage period.
"""

WARRANTY_V2 = """## Coverage

Every forklift now carries a three-year warranty on parts and labour, starting on the delivery date.

## Claims

Claims are filed by email to warranty desk with the serial number; a technician calls back within two days.
"""

RETURNS = """Returns policy

Unused accessories may be returned within 30 days for a full refund.

Forklifts are not returnable once delivered, but can be exchanged within 14 days.
"""

CARD = "Billing contact: pay with card 4111 1111 1111 1111, expiry 12/29.\n"


# --------------------------------------------------------------------------------------------- helpers


def _agent(session: Session, name: str) -> int:
    inbox = ensure_inbox(session=session, name=f"{name} handoffs")
    return int(create_agent(session=session, data=AgentCreate(name=name, inbox_id=int(inbox.id or 0))).id or 0)


def _add_article(session: Session, agent_id: int, title: str, body: str) -> int:
    article = create_article(session=session, data=KnowledgeArticleCreate(title=title, body=body))
    source = add_source(session=session, agent_id=agent_id, kind=SourceKind.KB_ARTICLE, title=title,
                        article_id=article.id)
    return int(source.id or 0)


def _add_file(session: Session, settings: Settings, agent_id: int, filename: str, content: bytes) -> int:
    stored = store_file(session=session, files_dir=settings.files_dir, filename=filename, content=content)
    source = add_source(session=session, agent_id=agent_id, kind=SourceKind.FILE, title=filename, file_id=stored.id)
    return int(source.id or 0)


def _edit_article(engine: Engine, source_id: int, body: str) -> int:
    """Edit the article behind a source and re-queue it, as the admin's article editor does; the new job's id."""
    with session_scope(engine) as session:
        source = session.get(KnowledgeSource, source_id)
        article = session.get(KnowledgeArticle, source.article_id)
        article.body = body
        session.add(article)
        return int(requeue_source(session=session, source=source).id or 0)


def _source(engine: Engine, source_id: int) -> KnowledgeSource | None:
    with Session(engine) as session:
        return session.get(KnowledgeSource, source_id)


def _jobs(engine: Engine, source_id: int) -> list[IngestionJob]:
    with Session(engine) as session:
        return list(session.exec(select(IngestionJob).where(IngestionJob.source_id == source_id)
                                 .order_by(IngestionJob.id)))


def vector_rows(settings: Settings) -> dict[int, list[dict]]:
    """Every source passage in the vector store, by source id, read with a client of our own."""
    from pymilvus import MilvusClient

    client = MilvusClient(uri=settings.vector_uri)
    try:
        rows = client.query(settings.retrieval.collection, filter='doc_kind == "source"',
                            output_fields=["id", "doc_id", "agent_id", "text", "start", "end"])
    finally:
        client.close()
    grouped: dict[int, list[dict]] = {}
    for row in rows:
        grouped.setdefault(int(row["doc_id"]), []).append(row)
    return grouped


def assert_consistent(container: Container) -> dict[int, int]:
    """SQL and vectors agree (no job or removal may be unfinished); returns {source id: passage count}."""
    with Session(container.engine) as session:
        unfinished = session.exec(select(IngestionJob).where(
            IngestionJob.state.not_in([JobState.READY, JobState.FAILED, JobState.REJECTED]))).all()
        assert unfinished == []
        sources = {source.id: source for source in session.exec(select(KnowledgeSource))}
    rows = vector_rows(container.settings)
    assert set(rows) <= set(sources), f"vectors of sources that do not exist: {set(rows) - set(sources)}"
    counts = {}
    for source_id, source in sources.items():
        stored = rows.get(source_id, [])
        if source.status != SourceStatus.READY:
            assert stored == [] and source.passage_count == 0 and source.canonical_text == "", source
            continue
        ids = sorted(row["id"] for row in stored)
        assert ids == sorted(f"source-{source_id}-{n}" for n in range(source.passage_count)), source_id
        for row in stored:
            assert row["text"] == source.canonical_text[row["start"]:row["end"]]
            assert row["agent_id"] == source.agent_id
        counts[source_id] = source.passage_count
    return counts


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _texts(settings: Settings, source_id: int) -> str:
    return "\n".join(row["text"] for row in vector_rows(settings).get(source_id, []))


async def _until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + HANG_GUARD_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting: {what}"
        await asyncio.sleep(0.05)


# --------------------------------------------------------------------------------------------- crash and restart


def _descendants(pid: int) -> list[int]:
    found = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in children.read_text().split():
            found += [int(child), *_descendants(int(child))]
    return found


def _spawn_child(data_dir: Path, log: Path, *extra: str) -> subprocess.Popen[bytes]:
    """Start the ingesting child; its output goes to ``log`` (a pipe nobody reads could fill and block it)."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    with log.open("wb") as output:
        return subprocess.Popen([sys.executable, str(CHILD), str(data_dir), *extra], env=env,
                                stdout=output, stderr=subprocess.STDOUT)


def _running(child: subprocess.Popen[bytes], log: Path) -> bool:
    assert child.poll() is None, f"the child exited ({child.returncode}) before it was killed:\n{log.read_text()}"
    return True


def _kill(child: subprocess.Popen[bytes]) -> list[int]:
    """SIGKILL the child and the processes it started (its docling conversion runs in a session of its own)."""
    descendants = _descendants(child.pid) if child.poll() is None else []
    child.kill()
    child.wait()
    for pid in descendants:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return descendants


def _job_state(engine: Engine, job_id: int) -> JobState | None:
    with Session(engine) as session:
        job = session.get(IngestionJob, job_id)
        return job.state if job else None


@pytest.mark.parametrize("kill_at", ["converting", "after-vectors"])
@pytest.mark.asyncio
async def test_a_job_killed_mid_way_resumes_after_restart(tmp_path, kill_at, database_url):
    """Re-ingest an edited article in a child process, SIGKILL it mid-job, restart: exactly the new passages."""
    started = time.monotonic()
    settings = Settings(data_dir=tmp_path / "data")
    container = await build_container(settings, with_generator=False)
    with session_scope(container.engine) as session:
        agent_id = _agent(session, "Max")
        warranty = _add_article(session, agent_id, "Warranty", WARRANTY_V1)
    await container.worker.run_pending()
    assert assert_consistent(container) == {warranty: 5}
    job_id = _edit_article(container.engine, warranty, WARRANTY_V2)
    with session_scope(container.engine) as session:
        returns = _add_file(session, settings, agent_id, "returns.txt", RETURNS.encode())
    await container.aclose()  # the child needs the Milvus-lite folder: one process at a time
    prepared = time.monotonic()

    engine = create_db_engine(settings.database_url)
    marker, log = tmp_path / "vectors-written", tmp_path / "child.log"
    hang = ["--hang-after-vectors", str(marker)] if kill_at == "after-vectors" else []
    child = _spawn_child(settings.data_dir, log, *hang)
    try:
        if kill_at == "converting":  # the docling conversion subprocess is running
            await _until(lambda: _running(child, log) and _job_state(engine, job_id) == JobState.CONVERTING
                         and _descendants(child.pid) != [],
                         "the child to start converting")
        else:  # the new passages are flushed to Milvus, SQL has not recorded the outcome
            await _until(lambda: _running(child, log) and marker.exists(), "the child to write the vectors")
            assert json.loads(marker.read_text()) == {"doc_id": warranty, "passages": 2}
    finally:
        descendants = _kill(child)
    assert child.returncode == -signal.SIGKILL
    if kill_at == "converting":
        assert descendants != []
    killed = time.monotonic()

    # What the crash left: an unfinished job; the source, ready before the edit, stays ready (it keeps answering from
    # its passages until the new ones replace them; a citation re-checks its text against the source when opened).
    [first_job, interrupted] = _jobs(engine, warranty)
    assert first_job.state == JobState.READY
    assert interrupted.id == job_id and interrupted.attempts == 1
    assert interrupted.state == (JobState.CONVERTING if kill_at == "converting" else JobState.EMBEDDING)
    assert _source(engine, warranty).status == SourceStatus.READY
    with Session(engine) as session:
        assert ready_source_ids(session=session, agent_id=agent_id) == [warranty]
    engine.dispose()

    container = await build_container(settings, with_generator=False)
    try:
        rows = vector_rows(settings)[warranty]
        assert len(rows) == (5 if kill_at == "converting" else 2)  # old passages, or the new ones not yet recorded
        outcomes = await container.worker.run_pending()
        assert [(o.source_id, o.state, o.passages) for o in outcomes] == [
            (warranty, JobState.READY, 2), (returns, JobState.READY, 1)]
        [_, resumed] = _jobs(container.engine, warranty)
        assert resumed.state == JobState.READY and resumed.attempts == 2
        assert assert_consistent(container) == {warranty: 2, returns: 1}
        text = _texts(settings, warranty)
        assert "three-year warranty" in text and "technician calls back" in text
        assert "two-year" not in text and "Lithium" not in text and "resold" not in text
        source = _source(container.engine, warranty)
        assert source.status == SourceStatus.READY and "three-year" in source.canonical_text
    finally:
        await container.aclose()
    print(f"\n[{kill_at}] first ingest {prepared - started:.1f} s, child start to kill {killed - prepared:.1f} s, "
          f"restart and resume {time.monotonic() - killed:.1f} s")


# --------------------------------------------------------------------------------------------- one shared install


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared(tmp_path_factory, module_database_url):
    container = await build_container(Settings(data_dir=tmp_path_factory.mktemp("data")), with_generator=False)
    yield container
    await container.aclose()


@pytest.mark.asyncio(loop_scope="module")
async def test_reingesting_replaces_the_passages(shared):
    engine, settings = shared.engine, shared.settings
    with session_scope(engine) as session:
        agent_id = _agent(session, "Reingest")
        warranty = _add_article(session, agent_id, "Warranty", WARRANTY_V1)
    [outcome] = await shared.worker.run_pending()
    assert (outcome.state, outcome.passages) == (JobState.READY, 5)
    assert len(vector_rows(settings)[warranty]) == 5

    _edit_article(engine, warranty, WARRANTY_V2)
    [outcome] = await shared.worker.run_pending()
    assert (outcome.state, outcome.passages) == (JobState.READY, 2)
    assert assert_consistent(shared)[warranty] == 2
    text = _texts(settings, warranty)
    assert "three-year" in text and "two-year" not in text and "Lithium" not in text

    # A search for the removed content finds only new passages; the new content is found.
    query = "How long are lithium batteries covered?"
    [vector] = shared.embedder.embed([query])
    hits = shared.store.search(text=query, vector=vector, scope=SearchScope(agent_id, source_ids=[warranty]),
                               dense_limit=10, sparse_limit=10)
    assert sorted(hit.passage.id for hit in hits) == [f"source-{warranty}-0", f"source-{warranty}-1"]

    # Re-ingesting content that now holds a card number refuses it and drops its passages.
    _edit_article(engine, warranty, WARRANTY_V2 + "\n" + CARD)
    [outcome] = await shared.worker.run_pending()
    assert outcome.state == JobState.REJECTED
    source = _source(engine, warranty)
    assert source.status == SourceStatus.REJECTED
    assert source.status_reason == "refused: contains sensitive data (payment card number ×1)"
    assert source.canonical_text == "" and source.passage_count == 0
    assert warranty not in vector_rows(settings)
    assert_consistent(shared)


@pytest.mark.asyncio(loop_scope="module")
async def test_removing_a_source_deletes_its_vectors_and_keeps_the_shared_file(shared):
    engine, settings = shared.engine, shared.settings
    content = RETURNS.encode()
    with session_scope(engine) as session:
        first_agent, second_agent = _agent(session, "First"), _agent(session, "Second")
        first = _add_file(session, settings, first_agent, "returns.txt", content)
        second = _add_file(session, settings, second_agent, "returns-policy.txt", content)
        [stored] = session.exec(select(StoredFile).where(StoredFile.sha256 == _sha256(content))).all()
        file_id = stored.id
    assert {_source(engine, first).file_id, _source(engine, second).file_id} == {file_id}
    assert [p.name for p in settings.files_dir.iterdir() if p.name == _sha256(content)] == [_sha256(content)]
    outcomes = await shared.worker.run_pending()
    assert [(o.source_id, o.state, o.passages) for o in outcomes] == [(first, JobState.READY, 1),
                                                                     (second, JobState.READY, 1)]

    assert await shared.worker.remove_source(first) is True
    assert _source(engine, first) is None and _jobs(engine, first) == []
    rows = vector_rows(settings)
    assert first not in rows and len(rows[second]) == 1
    with Session(engine) as session:
        stored = session.get(StoredFile, file_id)
    assert stored is not None and Path(stored.storage_path).read_bytes() == content
    assert await shared.worker.remove_source(first) is False
    assert_consistent(shared)


@pytest.mark.asyncio(loop_scope="module")
async def test_an_interrupted_removal_is_finished_by_the_worker(shared):
    """A crash between recording a removal and deleting the vectors: the next run finishes the removal."""
    engine, settings = shared.engine, shared.settings
    with session_scope(engine) as session:
        agent_id = _agent(session, "Interrupted")
        source_id = _add_file(session, settings, agent_id, "returns-v2.txt", (RETURNS + "\nEdited.\n").encode())
    await shared.worker.run_pending()
    with session_scope(engine) as session:
        remove_source(session=session, source=session.get(KnowledgeSource, source_id))
    source = _source(engine, source_id)
    assert (source.status, source.status_reason, source.passage_count) == (SourceStatus.FAILED, REMOVAL_REASON, 0)
    with Session(engine) as session:
        assert ready_source_ids(session=session, agent_id=agent_id) == []
    assert len(vector_rows(settings)[source_id]) == 1  # the removal's intent is recorded, the vectors not yet gone

    assert await shared.worker.run_pending() == []
    assert _source(engine, source_id) is None and source_id not in vector_rows(settings)
    assert_consistent(shared)


@pytest.mark.asyncio(loop_scope="module")
async def test_removing_a_source_while_its_job_runs(shared):
    engine, settings = shared.engine, shared.settings
    with session_scope(engine) as session:
        agent_id = _agent(session, "Racing")
        # long enough that the job is still running when it is seen started (a warm conversion takes milliseconds)
        source_id = _add_article(session, agent_id, "Warranty", WARRANTY_V1 + "\n".join(
            f"\n## Clause {n}\n\nClause {n} of the warranty covers part number {n} for {n} months." for n in range(300)))
    [job] = _jobs(engine, source_id)
    running = asyncio.create_task(shared.worker.run_pending())
    await _until(lambda: _job_state(engine, job.id) in (JobState.CONVERTING, JobState.CHUNKING, JobState.EMBEDDING),
                 "the job to start")
    assert await shared.worker.remove_source(source_id) is True
    [outcome] = await running
    assert (outcome.source_id, outcome.state, outcome.reason) == (source_id, JobState.FAILED, "the source was removed")
    assert _source(engine, source_id) is None and source_id not in vector_rows(settings)
    assert_consistent(shared)


# --------------------------------------------------------------------------------------------- bad input


@pytest.mark.asyncio(loop_scope="module")
async def test_bad_files_fail_with_a_reason_and_the_rest_is_ingested(shared):
    engine, settings = shared.engine, shared.settings
    files = {
        "contract.docx": b"PK\x03\x04" + bytes(range(256)) * 4,  # a damaged zip
        "prices.pdf": b"Price list\n\nModel X2: 31,500 EUR\n",  # text named as a PDF
        "empty.md": b"",
        "blank.txt": b"\n   \n\t\n",
        "installer.exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(200),
        "billing.txt": CARD.encode(),
        "returns.txt": RETURNS.encode() + b"\nBad-input test.\n",
    }
    with session_scope(engine) as session:
        agent_id = _agent(session, "Bad input")
        ids = {name: _add_file(session, settings, agent_id, name, content) for name, content in files.items()}
    outcomes = {o.source_id: o for o in await shared.worker.run_pending()}
    assert len(outcomes) == len(files)
    expected = {
        "contract.docx": (SourceStatus.FAILED, "the file name says Word (.docx) but the content is a damaged zip "
                          "archive; rename the file with its real extension or export it again"),
        "prices.pdf": (SourceStatus.FAILED, "the file name says PDF but the content is plain text; rename the file "
                       "with its real extension or export it again"),
        "empty.md": (SourceStatus.FAILED, "the document contains no text"),
        "blank.txt": (SourceStatus.FAILED, "the document contains no text"),
        "installer.exe": (SourceStatus.FAILED, "unsupported file type '.exe'; supported: .docx, .htm, .html, "
                          ".markdown, .md, .pdf, .pptx, .txt, .xlsx"),
        "billing.txt": (SourceStatus.REJECTED, "refused: contains sensitive data (payment card number ×1)"),
        "returns.txt": (SourceStatus.READY, ""),
    }
    for name, (status, reason) in expected.items():
        source = _source(engine, ids[name])
        assert (name, source.status, source.status_reason) == (name, status, reason)
        [job] = _jobs(engine, ids[name])
        assert (job.state.value, job.error) == (status.value, reason)
    assert _source(engine, ids["billing.txt"]).canonical_text == ""
    assert "4111" not in json.dumps([o.reason for o in outcomes.values()])
    counts = assert_consistent(shared)
    assert counts[ids["returns.txt"]] == 1
    assert not {ids[name] for name in files if name != "returns.txt"} & set(vector_rows(settings))


# --------------------------------------------------------------------------------------------- the worker loop


class ExplodingEmbedder:
    """Test fake around the real embedder: raises RuntimeError (an unexpected bug) on any text holding 'BOOM'."""

    def __init__(self, embedder) -> None:  # type: ignore[no-untyped-def]
        self._embedder = embedder
        self.name, self.dimension = embedder.name, embedder.dimension

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if any("BOOM" in text for text in texts):
            raise RuntimeError("embedder bug")
        return self._embedder.embed(texts)


class StoreFailingOnce:
    """Test fake around the real store: the first delete_document raises (recording a failure fails once)."""

    def __init__(self, store) -> None:  # type: ignore[no-untyped-def]
        self._store = store
        self.failures = 0

    def replace_document(self, *, doc_kind, doc_id, passages: Sequence[Passage],  # type: ignore[no-untyped-def]
                         vectors) -> None:
        self._store.replace_document(doc_kind=doc_kind, doc_id=doc_id, passages=passages, vectors=vectors)

    def delete_document(self, *, doc_kind, doc_id) -> None:  # type: ignore[no-untyped-def]
        if self.failures == 0:
            self.failures += 1
            raise ConnectionError("vector store unavailable")
        self._store.delete_document(doc_kind=doc_kind, doc_id=doc_id)


@pytest.mark.asyncio(loop_scope="module")
async def test_the_worker_loop_survives_a_failing_job(shared):
    engine, settings = shared.engine, shared.settings
    store = StoreFailingOnce(shared.store)
    worker = IngestionWorker(engine=engine, settings=settings.ingestion, embedder=ExplodingEmbedder(shared.embedder),
                             store=store, gate=shared.gate, fetcher=shared.fetcher)
    with session_scope(engine) as session:
        agent_id = _agent(session, "Loop")
        poison = _add_file(session, settings, agent_id, "boom.txt", b"BOOM goes the embedder.\n")
        good = _add_file(session, settings, agent_id, "hours.txt", b"Support is open 08:00 to 18:00 CET.\n")
    loop = asyncio.create_task(worker.run_forever(poll_seconds=0.05))
    try:
        await _until(lambda: all(_source(engine, s).status in (SourceStatus.READY, SourceStatus.FAILED)
                                 for s in (poison, good)), "both jobs to end")
        reason = "internal error while ingesting (RuntimeError)"
        assert (_source(engine, poison).status, _source(engine, poison).status_reason) == (SourceStatus.FAILED, reason)
        [poison_job] = _jobs(engine, poison)
        # the first attempt's failure could not be recorded (the store raised): the loop went on and retried it
        assert (poison_job.state, poison_job.attempts, store.failures) == (JobState.FAILED, 2, 1)
        assert _source(engine, good).status == SourceStatus.READY
        assert not loop.done()

        with session_scope(engine) as session:
            later = _add_file(session, settings, agent_id, "later.txt", b"Delivery takes three weeks.\n")
        worker.notify()
        await _until(lambda: _source(engine, later).status == SourceStatus.READY, "a job queued later to run")
        assert not loop.done()
    finally:
        loop.cancel()
        with pytest.raises(asyncio.CancelledError):
            await loop
    assert_consistent(shared)


@pytest.mark.asyncio(loop_scope="module")
async def test_a_job_interrupted_too_often_ends_failed(shared):
    """A job that kept killing the process (attempts used up) fails instead of crash-looping, and keeps nothing."""
    engine, settings = shared.engine, shared.settings
    with session_scope(engine) as session:
        agent_id = _agent(session, "Crash loop")
        source_id = _add_file(session, settings, agent_id, "loop.txt", b"Crates ship on pallets.\n")
        [job] = session.exec(select(IngestionJob).where(IngestionJob.source_id == source_id)).all()
        job.state, job.attempts = JobState.EMBEDDING, MAX_ATTEMPTS  # as three killed runs leave it
        session.add(job)
    [outcome] = await shared.worker.run_pending()
    assert outcome.state == JobState.FAILED
    assert outcome.reason.startswith(f"ingestion was interrupted {MAX_ATTEMPTS} times")
    assert _source(engine, source_id).status_reason == outcome.reason
    assert_consistent(shared)
