"""Answer-unit vectors persist in the vector store's second collection (real Milvus-lite, MiniLM, docling): a
restarted appliance reads them back instead of embedding every ready source again."""

from __future__ import annotations

import hashlib

import pytest

from appliance.answering.evidence import unit_key
from appliance.container import build_container
from appliance.db import session_scope
from appliance.retrieval.milvus_store import MilvusVectorStore
from appliance.settings import Settings
from tests.integration.test_ingestion_jobs import WARRANTY_V1, _add_article, _agent


class CountingEmbedder:
    """Delegates to the real embedder and counts the texts it was asked to embed (a wrapper, not a fake)."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self._inner, self.name, self.dimension, self.texts = inner, inner.name, inner.dimension, 0

    def embed(self, texts):  # type: ignore[no-untyped-def]
        self.texts += len(texts)
        return self._inner.embed(texts)


def test_unit_vectors_are_stored_by_key_and_survive_a_reopen(tmp_path):
    path = str(tmp_path / "vectors.db")
    store = MilvusVectorStore(path, "passages", 4)
    key, other = hashlib.sha256(b"a").hexdigest(), hashlib.sha256(b"b").hexdigest()
    assert store.unit_vectors([key]) == {}
    store.put_unit_vectors({key: [0.5, 0.5, 0.5, 0.5], "not-a-key": [1, 1, 1, 1], other: [1.0, 2.0]})  # bad: skipped
    assert store.unit_vectors([key, other, "x' or 1=1"]) == {key: [0.5, 0.5, 0.5, 0.5]}
    store.close()
    reopened = MilvusVectorStore(path, "passages", 4)
    try:
        assert reopened.unit_vectors([key]) == {key: [0.5, 0.5, 0.5, 0.5]}
    finally:
        reopened.close()


@pytest.mark.asyncio
async def test_a_restart_reads_the_sentence_vectors_instead_of_embedding_them(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    container = await build_container(settings, with_generator=False)
    try:
        with session_scope(container.engine) as session:
            _add_article(session, _agent(session, "Units"), "Warranty", WARRANTY_V1)
        await container.worker.run_pending()  # ready, then warmed: the units are embedded and stored
        before = dict(container.pipeline.evidence._unit_vectors)
        assert before
        name = container.embedder.name
        stored = container.store.unit_vectors([unit_key(name, text) for text in before])
        assert len(stored) == len(before)
    finally:
        await container.aclose()

    restarted = await build_container(settings, with_generator=False)
    try:
        counting = CountingEmbedder(restarted.pipeline.evidence._embedder)
        restarted.pipeline.evidence._embedder = counting
        assert await restarted.pipeline.warm_all() == len(before)
        assert counting.texts == 0  # read back, not embedded again
        assert restarted.pipeline.evidence._unit_vectors == before  # the same float32 values the embedder gave
    finally:
        await restarted.aclose()
