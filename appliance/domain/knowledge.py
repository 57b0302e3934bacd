"""Knowledge: the Files library, knowledge-base articles, an agent's knowledge sources and their ingestion jobs."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from pydantic import field_validator
from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, select

from appliance.domain.types import utcnow


class SourceKind(StrEnum):
    FILE = "file"
    URL = "url"
    KB_ARTICLE = "kb_article"


class SourceStatus(StrEnum):
    QUEUED = "queued"
    PROCESSING = "processing"
    READY = "ready"
    FAILED = "failed"
    REJECTED = "rejected"


class JobState(StrEnum):
    QUEUED = "queued"
    CONVERTING = "converting"
    CHUNKING = "chunking"
    EMBEDDING = "embedding"
    READY = "ready"
    FAILED = "failed"
    REJECTED = "rejected"


FINAL_JOB_STATES = {JobState.READY, JobState.FAILED, JobState.REJECTED}


class StoredFile(SQLModel, table=True):
    """A file of the install's shared Files library, stored once by content hash."""

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, unique=True, index=True)
    filename: str = Field(max_length=255)
    size_bytes: int
    storage_path: str = Field(max_length=512)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class KnowledgeArticleBase(SQLModel):
    title: str = Field(max_length=200)
    body: str = Field(sa_column=Column(Text, nullable=False))


class KnowledgeArticleCreate(KnowledgeArticleBase):
    @field_validator("title", "body")
    @classmethod
    def _required(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("this field is required")
        return value.strip()


class KnowledgeArticle(KnowledgeArticleBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class KnowledgeSource(SQLModel, table=True):
    """One piece of content used by an agent. Its passages live in the vector store under doc_kind='source'."""

    __table_args__ = (
        UniqueConstraint("agent_id", "file_id"),
        UniqueConstraint("agent_id", "article_id"),
        UniqueConstraint("agent_id", "url"),
    )
    id: int | None = Field(default=None, primary_key=True)
    agent_id: int = Field(foreign_key="agent.id", index=True, ondelete="CASCADE")
    kind: SourceKind
    title: str = Field(max_length=255)
    file_id: int | None = Field(default=None, foreign_key="storedfile.id")
    article_id: int | None = Field(default=None, foreign_key="knowledgearticle.id")
    url: str | None = Field(default=None, max_length=2048)
    status: SourceStatus = Field(default=SourceStatus.QUEUED)
    status_reason: str = Field(default="", max_length=1000)
    content_sha256: str = Field(default="", max_length=64)
    canonical_text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    passage_count: int = Field(default=0)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class IngestionJob(SQLModel, table=True):
    """A persisted ingestion run of one source: it survives a restart, and unfinished jobs are resumed."""

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="knowledgesource.id", index=True, ondelete="CASCADE")
    state: JobState = Field(default=JobState.QUEUED, index=True)
    attempts: int = Field(default=0)
    error: str = Field(default="", max_length=1000)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


def store_file(*, session: Session, files_dir: Path, filename: str, content: bytes) -> StoredFile:
    """Put a file in the library, once per content: the same bytes uploaded twice are one StoredFile."""
    digest = hashlib.sha256(content).hexdigest()
    existing = session.exec(select(StoredFile).where(StoredFile.sha256 == digest)).first()
    if existing is not None:
        existing.filename = safe_filename(filename)
        existing.updated_at = utcnow()
        session.add(existing)
        session.flush()
        return existing
    files_dir.mkdir(parents=True, exist_ok=True)
    target = files_dir / digest
    temporary = files_dir / f".{digest}.partial"
    with open(temporary, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    stored = StoredFile(sha256=digest, filename=safe_filename(filename), size_bytes=len(content),
                        storage_path=str(target))
    session.add(stored)
    session.flush()
    return stored


def safe_filename(filename: str) -> str:
    """The last path component, without control characters, at most 255 characters."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip() or "upload"
    return name[-255:]


def create_article(*, session: Session, data: KnowledgeArticleCreate) -> KnowledgeArticle:
    article = KnowledgeArticle.model_validate(data.model_dump())
    session.add(article)
    session.flush()
    return article


def add_source(
    *, session: Session, agent_id: int, kind: SourceKind, title: str, file_id: int | None = None,
    article_id: int | None = None, url: str | None = None,
) -> KnowledgeSource:
    """Attach content to the agent and queue its ingestion job (both in the caller's transaction)."""
    source = KnowledgeSource(agent_id=agent_id, kind=kind, title=title[:255], file_id=file_id,
                             article_id=article_id, url=url)
    session.add(source)
    session.flush()
    session.add(IngestionJob(source_id=source.id))
    session.flush()
    return source


def requeue_source(*, session: Session, source: KnowledgeSource) -> IngestionJob:
    """Re-ingest a source (re-fetch a URL, an edited article). A ready source stays ready and keeps answering from its
    current passages until the new ones replace them in one step; its latest job shows the re-indexing progress."""
    if source.status != SourceStatus.READY:
        source.status = SourceStatus.QUEUED
        source.status_reason = ""
    source.updated_at = utcnow()
    session.add(source)
    job = IngestionJob(source_id=source.id)
    session.add(job)
    session.flush()
    return job


REMOVAL_REASON = "being removed"


def remove_source(*, session: Session, source: KnowledgeSource) -> None:
    """Start removing a source, in the caller's transaction: it leaves search at once and its unfinished jobs end.

    This records the intent only: the source stays as a row with status ``failed`` and reason ``REMOVAL_REASON``
    until the ingestion worker has deleted its vectors and then the row (with its jobs). Because the intent is
    committed before any vector is touched, a crash part-way leaves a row the worker finishes removing at start,
    never vectors that no row names. Its StoredFile stays in the Files library (other sources may use it).
    """
    source.status = SourceStatus.FAILED
    source.status_reason = REMOVAL_REASON
    source.passage_count = 0
    source.canonical_text = ""
    source.updated_at = utcnow()
    session.add(source)
    unfinished = select(IngestionJob).where(
        IngestionJob.source_id == source.id,
        IngestionJob.state.not_in(list(FINAL_JOB_STATES)),  # type: ignore[attr-defined]
    )
    for job in session.exec(unfinished):
        job.state = JobState.FAILED
        job.error = "the source was removed"
        job.finished_at = job.updated_at = utcnow()
        session.add(job)
    session.flush()


def is_being_removed(source: KnowledgeSource) -> bool:
    return source.status == SourceStatus.FAILED and source.status_reason == REMOVAL_REASON


def ready_source_ids(*, session: Session, agent_id: int) -> list[int]:
    statement = select(KnowledgeSource.id).where(
        KnowledgeSource.agent_id == agent_id, KnowledgeSource.status == SourceStatus.READY
    )
    return [source_id for source_id in session.exec(statement) if source_id is not None]
