"""Ingestion jobs: take a queued knowledge source to `ready`, `failed` (with a reason) or `rejected` (sensitive).

Every step is recorded on the persisted job, so a restart resumes unfinished jobs from the start (each step is
idempotent: the vector store's `replace_document` makes re-running safe). The source's SQL row and its vectors agree
at the end of every job: a source is `ready` only after its passages are flushed, and a refused or failed re-ingest
deletes whatever passages an earlier run left.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from appliance.db import session_scope
from appliance.domain.knowledge import (
    FINAL_JOB_STATES,
    IngestionJob,
    JobState,
    KnowledgeArticle,
    KnowledgeSource,
    SourceKind,
    SourceStatus,
    StoredFile,
)
from appliance.domain.types import utcnow
from appliance.retrieval.contracts import Embedder, Passage, VectorStore
from appliance.retrieval.ingestion.document import IngestionError
from appliance.settings import IngestionSettings

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class JobOutcome:
    source_id: int
    state: JobState
    reason: str = ""
    passages: int = 0


class IngestionWorker:
    """Runs ingestion jobs one at a time. Heavy steps run in worker threads or a subprocess, never on the event loop."""

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

    def notify(self) -> None:
        """Tell the background loop that a job was queued."""
        self._wake.set()

    async def run_forever(self, poll_seconds: float = 5.0) -> None:
        while True:
            try:
                await self.run_pending()
            except Exception:  # the loop must survive anything a single job throws
                log.exception("ingestion loop error")
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=poll_seconds)
            except TimeoutError:
                pass

    async def run_pending(self) -> list[JobOutcome]:
        """Run every unfinished job (queued, or interrupted by a crash), oldest first."""
        outcomes = []
        while (job_id := self._next_job_id()) is not None:
            outcomes.append(await self.run_job(job_id))
        return outcomes

    def _next_job_id(self) -> int | None:
        with Session(self._engine) as session:
            statement = (
                select(IngestionJob.id)
                .where(IngestionJob.state.not_in(list(FINAL_JOB_STATES)))  # type: ignore[attr-defined]
                .order_by(IngestionJob.id)
            )
            return session.exec(statement).first()

    async def run_job(self, job_id: int) -> JobOutcome:
        with session_scope(self._engine) as session:
            job = session.get(IngestionJob, job_id)
            assert job is not None
            source = session.get(KnowledgeSource, job.source_id)
            superseded = session.exec(
                select(IngestionJob.id).where(IngestionJob.source_id == job.source_id, IngestionJob.id > job_id)
            ).first()
            if source is None or superseded is not None:
                job.state = JobState.FAILED
                job.error = "superseded by a newer job" if source else "the source was removed"
                job.finished_at = utcnow()
                session.add(job)
                return JobOutcome(job.source_id, JobState.FAILED, job.error)
            job.attempts += 1
            source.status = SourceStatus.PROCESSING
            session.add_all([job, source])
            source_id = source.id
        assert source_id is not None
        try:
            outcome = await self._ingest(job_id, source_id)
        except IngestionError as error:
            outcome = JobOutcome(source_id, JobState.FAILED, error.reason)
        except Exception as error:  # noqa: BLE001 - any failure ends as a reason on the source, not a crash
            log.exception("ingestion of source %s failed", source_id)
            outcome = JobOutcome(source_id, JobState.FAILED, f"internal error while ingesting ({type(error).__name__})")
        if outcome.state != JobState.READY:
            await asyncio.to_thread(self._store.delete_document, doc_kind="source", doc_id=source_id)
        self._finish(job_id, outcome)
        return outcome

    async def _ingest(self, job_id: int, source_id: int) -> JobOutcome:
        from appliance.retrieval.ingestion.chunking import chunk_document, embedding_text
        from appliance.retrieval.ingestion.convert import ConversionLimits, convert_file

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
        chunks = chunk_document(document, max_chars=self._settings.chunk_max_chars)
        if not chunks:
            raise IngestionError("the document contains no text")
        with Session(self._engine) as session:
            source = session.get(KnowledgeSource, source_id)
            assert source is not None
            title = source.title
            agent_id = source.agent_id
        passages = [
            Passage(
                id=f"source-{source_id}-{ordinal}", agent_id=agent_id, doc_kind="source", doc_id=source_id,
                text=chunk.text, heading_path=chunk.heading_path, start=chunk.start, end=chunk.end, title=title,
            )
            for ordinal, chunk in enumerate(chunks)
        ]

        self._set_state(job_id, JobState.EMBEDDING)
        texts = [embedding_text(chunk, title) for chunk in chunks]
        vectors = await asyncio.to_thread(self._embedder.embed, texts)
        await asyncio.to_thread(
            self._store.replace_document, doc_kind="source", doc_id=source_id, passages=passages, vectors=vectors
        )
        with session_scope(self._engine) as session:
            source = session.get(KnowledgeSource, source_id)
            assert source is not None
            source.canonical_text = document.text
            source.content_sha256 = hashlib.sha256(document.text.encode()).hexdigest()
            source.passage_count = len(passages)
            session.add(source)
        return JobOutcome(source_id, JobState.READY, passages=len(passages))

    async def _load_content(self, source_id: int) -> tuple[str, bytes]:
        with Session(self._engine) as session:
            source = session.get(KnowledgeSource, source_id)
            assert source is not None
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
        from appliance.retrieval.ingestion.fetch import FetchRefused

        try:
            resource = await self._fetcher.fetch(  # type: ignore[attr-defined]
                url, max_bytes=self._settings.max_file_bytes, accept=HTML_TYPES
            )
        except FetchRefused as refused:
            raise IngestionError(refused.reason) from refused
        return "page.html", resource.body

    def _set_state(self, job_id: int, state: JobState) -> None:
        with session_scope(self._engine) as session:
            job = session.get(IngestionJob, job_id)
            assert job is not None
            job.state = state
            job.updated_at = utcnow()
            session.add(job)

    def _finish(self, job_id: int, outcome: JobOutcome) -> None:
        status = {
            JobState.READY: SourceStatus.READY,
            JobState.REJECTED: SourceStatus.REJECTED,
        }.get(outcome.state, SourceStatus.FAILED)
        with session_scope(self._engine) as session:
            job = session.get(IngestionJob, job_id)
            source = session.get(KnowledgeSource, outcome.source_id)
            assert job is not None
            job.state = outcome.state
            job.error = outcome.reason[:1000]
            job.finished_at = job.updated_at = utcnow()
            session.add(job)
            if source is not None:
                source.status = status
                source.status_reason = outcome.reason[:1000]
                source.updated_at = utcnow()
                if status != SourceStatus.READY:
                    source.canonical_text = ""
                    source.passage_count = 0
                session.add(source)


def _temp_name(filename: str) -> str:
    suffix = Path(filename).suffix.lower()[:10]
    return f"document{suffix}"
