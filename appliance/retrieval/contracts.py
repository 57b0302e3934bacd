"""Retrieval contracts: what the answer path and ingestion need from an embedder, a vector store and a reranker.

Backends live one per module (`embedder.py`, `milvus_store.py`, `reranker.py`); tests may use fakes that satisfy
the same protocols.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

DocKind = Literal["source", "quote"]


@dataclass(frozen=True)
class Passage:
    """A citable span of a knowledge source or a quote.

    Invariant: ``text`` is exactly ``canonical_text[start:end]`` of the document it comes from, so a citation can
    open the exact passage; ``heading_path`` is the chain of headings above it (outermost first).
    """

    id: str
    agent_id: int
    doc_kind: DocKind
    doc_id: int
    text: str
    heading_path: tuple[str, ...]
    start: int
    end: int
    title: str

    @property
    def heading_label(self) -> str:
        return " › ".join(self.heading_path)


@dataclass
class ScoredPassage:
    """A passage with the scores it earned on the way through retrieval (None: the stage did not run or miss)."""

    passage: Passage
    dense_score: float | None = None
    sparse_score: float | None = None
    dense_rank: int | None = None
    sparse_rank: int | None = None
    fused_score: float = 0.0
    meaning_rank: int | None = None  # rank by multilingual meaning (questions not in English; answering/meaning_index)
    meaning_score: float | None = None
    rerank_score: float | None = None


@dataclass(frozen=True)
class SearchScope:
    """Which passages a search may return: this agent's ready sources, plus one quote's own passages."""

    agent_id: int
    source_ids: Sequence[int] = field(default_factory=tuple)
    quote_id: int | None = None
    languages: Sequence[str] = field(default_factory=tuple)  # BM25: also analyse the query in these (lexical.py)


class Embedder(Protocol):
    """Turns texts into dense vectors of a fixed dimension (L2-normalised, so inner product = cosine)."""

    name: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One vector per text, in order. Blocking and CPU-bound: call it from a worker thread."""
        ...


class VectorStore(Protocol):
    """Holds passages with their dense vectors and a BM25 index over their text."""

    def replace_document(
        self, *, doc_kind: DocKind, doc_id: int, passages: Sequence[Passage], vectors: Sequence[Sequence[float]]
    ) -> None:
        """Make ``passages`` the only passages of that document (the old ones disappear). Durable on return."""
        ...

    def delete_document(self, *, doc_kind: DocKind, doc_id: int) -> None:
        """Remove every passage of that document; removing a missing document is not an error."""
        ...

    def search(
        self, *, text: str, vector: Sequence[float], scope: SearchScope, dense_limit: int, sparse_limit: int
    ) -> list[ScoredPassage]:
        """Dense and BM25 candidates inside ``scope``, each with its per-list rank and score (not yet fused)."""
        ...

    def document_passages(self, *, doc_kind: DocKind, doc_id: int) -> list[Passage]:
        """Every passage of that document, in document order (none for a missing document)."""
        ...


class Reranker(Protocol):
    """Scores (query, passage) pairs with a cross-encoder; higher is more relevant, in [0, 1]."""

    name: str

    def rerank(self, query: str, texts: Sequence[str]) -> list[float]:
        """One score per text, in order. Blocking and CPU-bound: call it from a worker thread."""
        ...
