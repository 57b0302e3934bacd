"""Builds the appliance's heavy objects once (database engine, embedder, vector store, reranker, generator,
sensitive-data gate, fetcher, ingestion worker, answer pipeline) for the web app's lifespan and for the CLI.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine

from appliance.answering.pipeline import AnswerPipeline
from appliance.db import create_db_engine, migrate
from appliance.inference.contracts import Generator
from appliance.retrieval.contracts import Embedder, Reranker, VectorStore
from appliance.ingestion.jobs import IngestionWorker
from appliance.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Container:
    settings: Settings
    engine: Engine
    embedder: Embedder
    store: VectorStore
    reranker: Reranker | None
    generator: Generator | None
    gate: Any
    fetcher: Any
    worker: IngestionWorker
    pipeline: AnswerPipeline
    broker: Any = None  # live updates (appliance.live.contracts.Broker)
    conversations: Any = None  # the conversation service (appliance.domain.inbox.ConversationService)
    outbox: Any = None  # the email outbox sender (appliance.notify.outbox.OutboxSender)
    multilingual: Embedder | None = None  # USE multilingual (intent classifier; content-gap grouping)

    async def aclose(self) -> None:
        if self.generator is not None:
            await self.generator.aclose()
        close = getattr(self.store, "close", None)
        if close is not None:
            close()
        close_broker = getattr(self.broker, "close", None)
        if close_broker is not None:
            close_broker()
        self.engine.dispose()


async def build_container(settings: Settings, *, extra_allowed_hosts: tuple[str, ...] = (),
                          with_generator: bool | None = None) -> Container:
    """Everything the appliance needs, built once. ``with_generator`` defaults to the answering mode's need."""
    from appliance.retrieval.embedder import SentenceTransformerEmbedder, SharedEmbedder
    from appliance.ingestion.fetch import GuardedFetcher
    from appliance.ingestion.sensitive import SensitiveDataGate
    from appliance.retrieval.milvus_store import MilvusVectorStore

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(settings.database_url)
    migrate(engine)
    from appliance.retrieval.multilingual import UniversalSentenceEncoder

    multilingual = UniversalSentenceEncoder()  # intent classifier (and dense retrieval when chosen)
    if settings.retrieval.share_embedder:  # concurrent questions' intent embeddings micro-batched too
        multilingual = SharedEmbedder(multilingual)
    embedder: Embedder = multilingual if settings.retrieval.embedder == "use-multilingual" else \
        SentenceTransformerEmbedder(settings.retrieval.embedder_path or None,
                                    threads=settings.retrieval.embedder_threads or None)
    if settings.retrieval.share_embedder and embedder is not multilingual:  # questions micro-batched;
        # ingestion and warm-up give way (issue 12)
        embedder = SharedEmbedder(embedder)
    store = MilvusVectorStore(uri=settings.vector_uri, collection=settings.retrieval.collection,
                              dimension=embedder.dimension)
    reranker: Reranker | None = None
    if settings.retrieval.reranker_path:
        from appliance.retrieval.reranker import FlagEmbeddingReranker

        reranker = FlagEmbeddingReranker(settings.retrieval.reranker_path)
    if with_generator is None:
        with_generator = settings.answering.mode == "generative"
    generator: Generator | None = None
    if with_generator:
        from appliance.inference.factory import build_generator

        generator = build_generator(settings.inference, cache_dir=settings.data_dir / "models")
        load = getattr(generator, "load", None)
        if load is not None:
            await load()
    gate = SensitiveDataGate()
    fetcher = GuardedFetcher(settings.ingestion, extra_allowed=extra_allowed_hosts)
    worker = IngestionWorker(engine=engine, settings=settings.ingestion, embedder=embedder, store=store,
                             gate=gate, fetcher=fetcher)
    pipeline = AnswerPipeline(engine=engine, settings=settings, embedder=embedder, store=store, reranker=reranker,
                              generator=generator, intent_embedder=multilingual)
    worker.on_ready = pipeline.warm_source  # a newly ready source's sentences are embedded before any question
    broker, conversations, outbox = build_inbox(settings, engine)
    return Container(settings=settings, engine=engine, embedder=embedder, store=store, reranker=reranker,
                     generator=generator, gate=gate, fetcher=fetcher, worker=worker, pipeline=pipeline,
                     broker=broker, conversations=conversations, outbox=outbox, multilingual=multilingual)


def build_inbox(settings: Settings, engine: Engine):  # type: ignore[no-untyped-def]
    """The live-update broker, the conversation service and the email outbox sender."""
    from datetime import timedelta

    from appliance.domain.inbox import ConversationService
    from appliance.live.memory import InProcessBroker
    from appliance.notify.contracts import DisabledNotifier
    from appliance.notify.outbox import OutboxSender
    from appliance.notify.smtp import SmtpNotifier

    if engine.dialect.name == "postgresql":  # several workers may share it: events go through LISTEN/NOTIFY
        from appliance.live.postgres import PostgresBroker

        broker = PostgresBroker(settings.database_url)
    else:
        broker = InProcessBroker()
    notifier = SmtpNotifier(settings.smtp) if settings.smtp.host else DisabledNotifier()
    outbox = OutboxSender(engine=engine, notifier=notifier, max_attempts=settings.inbox.outbox_max_attempts,
                          retry_base_seconds=settings.inbox.outbox_retry_seconds,
                          poll_seconds=settings.inbox.outbox_poll_seconds)
    conversations = ConversationService(
        engine=engine, broker=broker, public_url=settings.public_url, notify_reps=settings.inbox.notify_reps,
        presence_timeout=timedelta(seconds=settings.inbox.presence_timeout_seconds), on_outbox=outbox.nudge)
    conversations.refresh_gauges()
    return broker, conversations, outbox
