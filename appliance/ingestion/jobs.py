"""Ingestion jobs: take a queued knowledge source to `ready`, `failed` (with a reason) or `rejected` (sensitive),
and remove sources. The worker is the only writer of a source's vectors, so SQL and the vector store cannot drift.

Invariant (checked by tests/integration/test_ingestion_jobs.py): outside an unfinished job or an unfinished
removal, a source's vectors are exactly the passages ``source-{id}-0 .. source-{id}-{passage_count-1}``, cut from
its ``canonical_text``; a source that is not ``ready`` has none. How it holds across a crash:

* A job is its own intent log. Its row is committed before any vector is written and marked final only in the
  transaction that records the outcome, after the vector store has flushed. A crash in between leaves an
  unfinished job, which ``run_pending`` runs again from the start; every step is idempotent (``replace_document``
  upserts by passage id and deletes the document's other passages), so the re-run converges to exactly the new
  passages. Until then the source is not ``ready``, so no search sees the half-written state.
* A removal is recorded first (``knowledge.remove_source`` marks the row ``failed`` / ``being removed``), then the
  vectors are deleted, then the row and its jobs. ``run_pending`` finishes any removal a crash interrupted.
* A job that keeps dying (the process was killed ``MAX_ATTEMPTS`` times while running it) ends ``failed`` instead
  of crash-looping the appliance. A graceful stop (the task cancelled at shutdown) gives its attempt back.
* A source makes at most ``ingestion.max_passages_per_source`` passages (refused with the reason beyond it); its
  passages are embedded ``EMBED_BATCH`` at a time, and a removal stops a running job at the next batch.
* Outcomes are written with conditional UPDATEs (the job must still be unfinished, the source not being removed),
  so a removal or a newer job that raced a running job always wins; vector writes and removals are serialised by
  one lock, and a job checks again, under that lock, that its source still wants the vectors before writing them.

Heavy steps (conversion in a subprocess, embedding, vector writes) run off the event loop.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, delete, not_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from appliance.db import claim, session_scope
from appliance.domain.knowledge import (
    FINAL_JOB_STATES,
    REMOVAL_REASON,
    IngestionJob,
    JobState,
    KnowledgeArticle,
    KnowledgeSource,
    SourceKind,
    SourceStatus,
    StoredFile,
    is_being_removed,
    remove_source,
)
from appliance.domain.types import utcnow
from appliance.retrieval.contracts import Embedder, Passage, VectorStore
from appliance.ingestion.document import IngestionError
from appliance.settings import IngestionSettings

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_ATTEMPTS = 3
EMBED_BATCH = 256  # passages embedded between two checks that the source is still wanted (~1-2 s on 2 cores)
REMOVED = "the source was removed"
SUPERSEDED = "superseded by a newer job"
UNFINISHED = IngestionJob.state.not_in(list(FINAL_JOB_STATES))  # type: ignore[attr-defined]


@dataclass
class JobOutcome:
    source_id: int
    state: JobState
    reason: str = ""
    passages: int = 0


@dataclass
class _Prepared:
    """A converted, chunked and embedded source, ready to be written."""

    source_id: int
    text: str
    passages: list[Passage]
    vectors: list[list[float]]


class _JobCancelled(Exception):
    """The job was ended by someone else (its source removed) while it ran: leave everything to them."""


class IngestionWorker:
    """Runs ingestion jobs one at a time and removes sources. Heavy steps run in worker threads or a subprocess."""

    def __init__(
        self, *, engine: Engine, settings: IngestionSettings, embedder: Embedder, store: VectorStore,
        gate: object, fetcher: object,
    ) -> None:
        self._engine = engine
        self._settings = settings
        self._embedder = embedder
        self._store = store
        self._gate = gate
        self._fetcher = fetcher
        self._wake = asyncio.Event()
        self._vector_lock = asyncio.Lock()  # serialises every write of source vectors with its SQL outcome
        # Awaited after a source becomes ready (the container sets the answer pipeline's warm-up here).
        self.on_ready: Callable[[int], Awaitable[object]] | None = None

    def notify(self) -> None:
        """Tell the background loop that a job was queued (or a removal recorded)."""
        self._wake.set()

    async def run_forever(self, poll_seconds: float = 5.0) -> None:
        """Run pending work, then wait for ``notify()`` or ``poll_seconds``; survives anything a job throws."""
        while True:
            try:
                await self.run_pending()
            except Exception:  # noqa: BLE001 - e.g. the database briefly unavailable: try again next round
                log.exception("ingestion loop error")
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=poll_seconds)
            except TimeoutError:
                pass

    async def run_pending(self) -> list[JobOutcome]:
        """Finish interrupted removals, then run every unfinished job (queued, or interrupted by a crash), oldest
        first. A job that raises is logged and left unfinished (retried on the next call, at most MAX_ATTEMPTS
        times in all); the other jobs still run."""
        await self.finish_removals()
        outcomes: list[JobOutcome] = []
        tried: list[int] = []
        while (job_id := self._next_job_id(exclude=tried)) is not None:
            tried.append(job_id)
            with claim(self._engine, "ingestion-job", job_id) as mine:  # several workers on PostgreSQL: one runs it
                if not mine or self._next_job_id(exclude=[], only=job_id) is None:  # another worker has it / did it
                    continue
                try:
                    outcomes.append(await self.run_job(job_id))
                except Exception:  # noqa: BLE001 - one job must not stop the others
                    log.exception("ingestion job %s could not be recorded; it will be retried", job_id)
        return outcomes

    def _next_job_id(self, *, exclude: list[int], only: int | None = None) -> int | None:
        with Session(self._engine) as session:
            statement = select(IngestionJob.id).where(UNFINISHED).order_by(IngestionJob.id)
            if only is not None:
                statement = statement.where(IngestionJob.id == only)
            if exclude:
                statement = statement.where(IngestionJob.id.not_in(exclude))  # type: ignore[union-attr]
            return session.exec(statement).first()

    # -- removal ---------------------------------------------------------------------------------------------------

    async def remove_source(self, source_id: int) -> bool:
        """Remove a source: record the removal, delete its vectors, then its row and jobs (its StoredFile stays).

        Returns False when there is no such source. Safe to call while a job of that source runs: the job ends
        without writing anything.
        """
        with session_scope(self._engine) as session:
            source = session.get(KnowledgeSource, source_id)
            if source is None:
                return False
            remove_source(session=session, source=source)
        await self._complete_removal(source_id)
        return True

    async def finish_removals(self) -> int:
        """Complete every removal recorded but not finished (a crash, or ``knowledge.remove_source`` alone)."""
        with Session(self._engine) as session:
            pending = list(session.exec(select(KnowledgeSource.id).where(
                KnowledgeSource.status == SourceStatus.FAILED, KnowledgeSource.status_reason == REMOVAL_REASON)))
        for source_id in pending:
            assert source_id is not None
            await self._complete_removal(source_id)
        return len(pending)

    async def _complete_removal(self, source_id: int) -> None:
        async with self._vector_lock:
            await asyncio.to_thread(self._store.delete_document, doc_kind="source", doc_id=source_id)
            with session_scope(self._engine) as session:
                source = session.get(KnowledgeSource, source_id)
                if source is None or not is_being_removed(source):
                    return  # already gone, or re-queued since: its new job writes its vectors again
                jobs = delete(IngestionJob).where(IngestionJob.source_id == source_id)  # type: ignore[arg-type]
                session.exec(jobs)  # type: ignore[call-overload]
                session.delete(source)
        log.info("knowledge source %s removed", source_id)

    # -- one job ---------------------------------------------------------------------------------------------------

    async def run_job(self, job_id: int) -> JobOutcome:
        """Take one job to a final state. Raises only when even recording the outcome fails (the job stays
        unfinished and is retried)."""
        started = self._start(job_id)
        if isinstance(started, JobOutcome):
            return started
        source_id, attempt = started
        try:
            if attempt > MAX_ATTEMPTS:
                raise IngestionError(
                    f"ingestion was interrupted {MAX_ATTEMPTS} times (the appliance stopped or ran out of memory "
                    "while ingesting this source); re-ingest it to try again"
                )
            prepared = await self._prepare(job_id, source_id)
            if isinstance(prepared, JobOutcome):
                outcome = prepared
            else:
                outcome = await self._commit(job_id, prepared)
                if outcome.state == JobState.READY:
                    await self._after_ready(source_id)
                    return outcome
        except _JobCancelled:
            return JobOutcome(source_id, JobState.FAILED, REMOVED)
        except asyncio.CancelledError:
            # The appliance is stopping (a graceful restart): this attempt does not count towards MAX_ATTEMPTS,
            # which is there for runs the process died in. The job stays unfinished and runs again at start.
            self._give_back_attempt(job_id)
            raise
        except IngestionError as error:
            outcome = JobOutcome(source_id, JobState.FAILED, error.reason)
        except Exception as error:  # noqa: BLE001 - any failure ends as a reason on the source, not a crash
            log.exception("ingestion of source %s failed", source_id)
            outcome = JobOutcome(source_id, JobState.FAILED, f"internal error while ingesting ({type(error).__name__})")
        await self._discard(job_id, outcome)
        return outcome

    async def _after_ready(self, source_id: int) -> None:
        """Run the ``on_ready`` hook (the answer pipeline warms the source's sentence vectors); never fails the job."""
        if self.on_ready is None:
            return
        try:
            await self.on_ready(source_id)
        except Exception:  # noqa: BLE001 - the source is ready whatever the hook does
            log.exception("after-ingestion hook failed for source %s", source_id)

    def _start(self, job_id: int) -> tuple[int, int] | JobOutcome:
        """Count an attempt and mark the source processing; or end a job that must not run (as an outcome)."""
        with session_scope(self._engine) as session:
            job = session.get(IngestionJob, job_id)
            if job is None or job.state in FINAL_JOB_STATES:
                return JobOutcome(job.source_id if job else 0, JobState.FAILED, REMOVED)
            source = session.get(KnowledgeSource, job.source_id)
            newer = session.exec(
                select(IngestionJob.id).where(IngestionJob.source_id == job.source_id, IngestionJob.id > job_id)
            ).first()
            if source is None or is_being_removed(source) or newer is not None:
                reason = SUPERSEDED if source is not None and not is_being_removed(source) else REMOVED
                job.state, job.error = JobState.FAILED, reason
                job.finished_at = job.updated_at = utcnow()
                session.add(job)
                return JobOutcome(job.source_id, JobState.FAILED, reason)
            job.attempts += 1
            job.updated_at = utcnow()
            if source.status != SourceStatus.READY:  # a ready source keeps answering from its current passages
                source.status = SourceStatus.PROCESSING
                source.status_reason = ""
            session.add_all([job, source])
            return job.source_id, job.attempts

    async def _prepare(self, job_id: int, source_id: int) -> _Prepared | JobOutcome:
        """Convert, check, chunk and embed; nothing is written to the vector store here."""
        from appliance.ingestion.chunking import chunk_document, embedding_text
        from appliance.ingestion.convert import ConversionLimits, convert_file

        self._set_state(job_id, JobState.CONVERTING)
        filename, content = await self._load_content(source_id)
        limits = ConversionLimits.from_settings(self._settings)
        with tempfile.TemporaryDirectory(prefix="ingest-") as folder:
            path = Path(folder) / _temp_name(filename)
            path.write_bytes(content)
            document = await asyncio.to_thread(convert_file, path, filename=filename, limits=limits)

        findings = await asyncio.to_thread(self._gate.scan, document.text)  # type: ignore[attr-defined]
        if findings.refused:
            return JobOutcome(source_id, JobState.REJECTED, findings.reason)

        self._set_state(job_id, JobState.CHUNKING)
        check_passage_bound(len(document.text), self._settings)  # before chunking a huge text at all
        chunks = chunk_document(document, max_chars=self._settings.chunk_max_chars)
        if not chunks:
            raise IngestionError("the document contains no text")
        check_passage_bound(len(document.text), self._settings, passages=len(chunks))
        with Session(self._engine) as session:
            source = session.get(KnowledgeSource, source_id)
            if source is None:
                raise _JobCancelled
            title, agent_id = source.title, source.agent_id
        passages = [
            Passage(
                id=f"source-{source_id}-{ordinal}", agent_id=agent_id, doc_kind="source", doc_id=source_id,
                text=chunk.text, heading_path=chunk.heading_path, start=chunk.start, end=chunk.end, title=title,
            )
            for ordinal, chunk in enumerate(chunks)
        ]

        self._set_state(job_id, JobState.EMBEDDING)
        texts = [embedding_text(chunk, title) for chunk in chunks]
        vectors: list[list[float]] = []
        for start in range(0, len(texts), EMBED_BATCH):
            # Each batch gives way to buyers' questions inside the embedder; between batches a removal (or a newer
            # job) is noticed and the work stops there.
            if start and not self._still_wanted(job_id, source_id):
                raise _JobCancelled
            vectors.extend(await asyncio.to_thread(self._embedder.embed, texts[start : start + EMBED_BATCH]))
        return _Prepared(source_id=source_id, text=document.text, passages=passages, vectors=vectors)

    async def _commit(self, job_id: int, prepared: _Prepared) -> JobOutcome:
        """Write the passages, then record `ready` in one transaction, unless the source was removed meanwhile."""
        source_id = prepared.source_id
        async with self._vector_lock:
            if not self._still_wanted(job_id, source_id):
                raise _JobCancelled
            await asyncio.to_thread(
                self._store.replace_document, doc_kind="source", doc_id=source_id,
                passages=prepared.passages, vectors=prepared.vectors,
            )
            count = len(prepared.passages)
            with session_scope(self._engine) as session:
                now = utcnow()
                if not _claim_job(session, job_id, JobState.READY, "", now):
                    session.rollback()
                    raise _JobCancelled  # removed while writing: the removal deletes these vectors
                changed = session.exec(  # type: ignore[call-overload]
                    update(KnowledgeSource)
                    .where(KnowledgeSource.id == source_id, _not_being_removed())
                    .values(
                        # these passages are valid now; a newer job (the source was edited meanwhile) replaces them next
                        status=SourceStatus.READY,
                        status_reason="",
                        canonical_text=prepared.text,
                        content_sha256=hashlib.sha256(prepared.text.encode()).hexdigest(),
                        passage_count=count,
                        updated_at=now,
                    )
                ).rowcount
                if changed != 1:
                    session.rollback()
                    raise _JobCancelled
        return JobOutcome(source_id, JobState.READY, passages=count)

    async def _discard(self, job_id: int, outcome: JobOutcome) -> None:
        """Record a failed or rejected outcome: the source keeps no passages and no canonical text."""
        status = SourceStatus.REJECTED if outcome.state == JobState.REJECTED else SourceStatus.FAILED
        async with self._vector_lock:
            if not self._still_wanted(job_id, outcome.source_id):
                return
            await asyncio.to_thread(self._store.delete_document, doc_kind="source", doc_id=outcome.source_id)
            with session_scope(self._engine) as session:
                now = utcnow()
                if not _claim_job(session, job_id, outcome.state, outcome.reason[:1000], now):
                    return
                newer = _has_newer_job(session, job_id, outcome.source_id)
                values: dict[str, object] = {"canonical_text": "", "content_sha256": "", "passage_count": 0,
                                             "updated_at": now}
                if not newer:
                    values.update(status=status, status_reason=outcome.reason[:1000])
                session.exec(update(KnowledgeSource)  # type: ignore[call-overload]
                             .where(KnowledgeSource.id == outcome.source_id, _not_being_removed()).values(**values))
        log.info("ingestion of source %s ended %s: %s", outcome.source_id, outcome.state.value, outcome.reason)

    def _give_back_attempt(self, job_id: int) -> None:
        try:
            with session_scope(self._engine) as session:
                session.exec(update(IngestionJob).where(IngestionJob.id == job_id, IngestionJob.attempts > 0,
                                                        col(IngestionJob.state).not_in(list(FINAL_JOB_STATES)))
                             .values(attempts=IngestionJob.attempts - 1))  # type: ignore[call-overload]
        except Exception:  # noqa: BLE001 - stopping anyway; at worst the attempt counts
            log.exception("could not give back the interrupted attempt of job %s", job_id)

    def _still_wanted(self, job_id: int, source_id: int) -> bool:
        with Session(self._engine) as session:
            job = session.get(IngestionJob, job_id)
            source = session.get(KnowledgeSource, source_id)
            return (job is not None and job.state not in FINAL_JOB_STATES and source is not None
                    and not is_being_removed(source))

    async def _load_content(self, source_id: int) -> tuple[str, bytes]:
        with Session(self._engine) as session:
            source = session.get(KnowledgeSource, source_id)
            if source is None:
                raise _JobCancelled
            if source.kind == SourceKind.FILE:
                stored = session.get(StoredFile, source.file_id)
                if stored is None:
                    raise IngestionError("the file is no longer in the Files library")
                path = Path(stored.storage_path)
                if not path.exists():
                    raise IngestionError("the stored file is missing from disk")
                return stored.filename, path.read_bytes()
            if source.kind == SourceKind.KB_ARTICLE:
                article = session.get(KnowledgeArticle, source.article_id)
                if article is None:
                    raise IngestionError("the knowledge-base article was deleted")
                return "article.md", f"# {article.title}\n\n{article.body}\n".encode()
            url = source.url or ""
        from appliance.ingestion.fetch import FetchRefused

        try:
            resource = await self._fetcher.fetch(  # type: ignore[attr-defined]
                url, max_bytes=self._settings.max_file_bytes, accept=HTML_TYPES
            )
        except FetchRefused as refused:
            raise IngestionError(refused.reason) from refused
        return "page.html", resource.body

    def _set_state(self, job_id: int, state: JobState) -> None:
        """Record progress; a job ended meanwhile (its source removed) is not revived but cancelled."""
        with session_scope(self._engine) as session:
            changed = session.exec(  # type: ignore[call-overload]
                update(IngestionJob).where(IngestionJob.id == job_id, UNFINISHED)
                .values(state=state, updated_at=utcnow())
            ).rowcount
        if changed != 1:
            raise _JobCancelled


def check_passage_bound(text_chars: int, settings: IngestionSettings, *, passages: int | None = None) -> None:
    """Refuse a source that makes more passages than ``settings.max_passages_per_source`` (counted, or estimated
    from its length before chunking: a text longer than the bound's passages at their largest surely exceeds it)."""
    bound = settings.max_passages_per_source
    if passages is None and text_chars <= bound * settings.chunk_max_chars:
        return
    if passages is not None and passages <= bound:
        return
    made = f"makes {passages:,} passages" if passages is not None else \
        f"holds {text_chars / 1e6:.1f} million characters (more than {bound:,} passages)"
    raise IngestionError(
        f"the document {made}; at most {bound:,} are accepted per source (ingestion.max_passages_per_source): "
        "split it into smaller documents")


def _claim_job(session: Session, job_id: int, state: JobState, error: str, now: object) -> bool:
    """Mark the job final if it is still unfinished; the UPDATE also takes the write lock of the transaction."""
    return session.exec(  # type: ignore[call-overload]
        update(IngestionJob).where(IngestionJob.id == job_id, UNFINISHED)
        .values(state=state, error=error, finished_at=now, updated_at=now)
    ).rowcount == 1


def _has_newer_job(session: Session, job_id: int, source_id: int) -> bool:
    newer = session.exec(
        select(IngestionJob.id).where(IngestionJob.source_id == source_id, IngestionJob.id > job_id, UNFINISHED)
    ).first()
    return newer is not None


def _not_being_removed():  # type: ignore[no-untyped-def]
    return not_(and_(KnowledgeSource.status == SourceStatus.FAILED, KnowledgeSource.status_reason == REMOVAL_REASON))


def _temp_name(filename: str) -> str:
    suffix = Path(filename).suffix.lower()[:10]
    return f"document{suffix}"
