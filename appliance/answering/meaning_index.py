"""Retrieval by meaning across languages: every answer unit (sentence, list item, table row) of the documents in
scope embedded with the multilingual embedder (USE), searched with the question's multilingual vector.

The English-only MiniLM and BM25 share few words with a question asked in German or Portuguese, so the passage that
answers it is often not among their candidates at all ("Com que frequência são entregues os grãos de café?" and
"Coffee beans are delivered every two weeks"). This index is the third list of the fusion for a question that is not
in English (DESIGN-NOTES "Retrieval by meaning for questions not in English").

Invariants: one matrix per document version (its content hash), built once and kept until the document changes or
the unit budget needs the room (oldest first); a passage scores by its best unit; vectors are L2-normalised, so the
inner product is the cosine.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from appliance.answering.compose import answer_unit_texts
from appliance.retrieval.contracts import Embedder, Passage, ScoredPassage

DocumentKey = tuple[str, int, str]  # (doc kind, doc id, content hash)
EMBED_BATCH = 64


@dataclass(frozen=True)
class _Document:
    passages: tuple[Passage, ...]
    units: tuple[str, ...]  # each unit's text as the passage holds it (without the heading prefix)
    owners: np.ndarray  # unit -> index into passages
    vectors: np.ndarray  # units x dimension, float32, normalised


def unit_texts(passage: Passage) -> list[tuple[str, str]]:
    """Each answer unit of a passage and what is embedded for it: the unit prefixed by its section's heading (the
    heading often names the subject a short sentence or a table row leaves implicit: "OT-T50 trailer tracker: |
    Protection class | IP67 |")."""
    heading = passage.heading_path[-1] if passage.heading_path else ""
    units = answer_unit_texts([ScoredPassage(passage)], max_passages=1) or [passage.text]
    return [(unit, f"{heading}: {unit}" if heading and not unit.startswith(heading) else unit) for unit in units]


class MeaningIndex:
    """Answer-unit vectors per document version, searched by meaning. Thread-safe; embedding is blocking (call from
    a worker thread)."""

    def __init__(self, embedder: Embedder, *, max_units: int = 60_000) -> None:
        self._embedder = embedder
        self._max_units = max_units
        self._documents: OrderedDict[DocumentKey, _Document] = OrderedDict()
        self._lock = threading.Lock()

    def has(self, key: DocumentKey) -> bool:
        with self._lock:
            return key in self._documents

    def add(self, key: DocumentKey, passages: Sequence[Passage]) -> int:
        """Embed a document version's units (no-op when it is indexed already); returns the units embedded. Older
        versions of the same document are dropped."""
        if self.has(key):
            return 0
        units: list[str] = []
        texts: list[str] = []
        owners: list[int] = []
        for number, passage in enumerate(passages):
            for unit, text in unit_texts(passage):
                units.append(unit)
                texts.append(text)
                owners.append(number)
        vectors = np.zeros((0, self._embedder.dimension), dtype=np.float32)
        if texts:
            parts = [np.asarray(self._embedder.embed(texts[i:i + EMBED_BATCH]), dtype=np.float32)
                     for i in range(0, len(texts), EMBED_BATCH)]
            vectors = np.vstack(parts)
        document = _Document(tuple(passages), tuple(units), np.asarray(owners, dtype=np.int64), vectors)
        with self._lock:
            for old in [k for k in self._documents if k[:2] == key[:2]]:
                del self._documents[old]
            self._documents[key] = document
            while sum(len(d.owners) for d in self._documents.values()) > self._max_units and len(self._documents) > 1:
                self._documents.popitem(last=False)
        return len(texts)

    def search(self, vector: Sequence[float], keys: Sequence[DocumentKey], *, limit: int) -> list[tuple[Passage, float]]:
        """The ``limit`` passages of those documents whose best unit is nearest ``vector``, best first (documents not
        indexed are skipped)."""
        query = np.asarray(vector, dtype=np.float32)
        best: dict[str, tuple[Passage, float]] = {}
        with self._lock:
            documents = [self._documents[k] for k in keys if k in self._documents]
        for document in documents:
            if not len(document.owners):
                continue
            scores = document.vectors @ query
            per_passage = np.full(len(document.passages), -1.0, dtype=np.float32)
            np.maximum.at(per_passage, document.owners, scores)
            for number in np.argsort(-per_passage)[:limit]:
                passage = document.passages[int(number)]
                best[passage.id] = (passage, float(per_passage[number]))
        return sorted(best.values(), key=lambda pair: (-pair[1], pair[0].id))[:limit]

    def unit_scores(self, vector: Sequence[float], passages: Sequence[Passage]) -> dict[str, float]:
        """Similarity to ``vector`` of every unit of those passages (by the unit's text; the best when a text occurs
        twice), read from the indexed documents; passages of documents not indexed are left out."""
        query = np.asarray(vector, dtype=np.float32)
        wanted = {passage.id for passage in passages}
        with self._lock:
            documents = list(self._documents.values())
        scores: dict[str, float] = {}
        for document in documents:
            numbers = [n for n, passage in enumerate(document.passages) if passage.id in wanted]
            if not numbers:
                continue
            chosen = np.flatnonzero(np.isin(document.owners, numbers))
            values = document.vectors[chosen] @ query
            for index, value in zip(chosen.tolist(), values.tolist(), strict=True):
                unit = document.units[index]
                scores[unit] = max(value, scores.get(unit, -1.0))
        return scores
