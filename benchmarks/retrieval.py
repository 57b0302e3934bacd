"""Retrieval quality on a BEIR dataset: BM25 only, dense only, and the appliance's own hybrid path, in one process.

Run: ``python -m benchmarks.retrieval --dataset ../shared/datasets/scifact-subset --json-out results/x.json``

What it does, and the invariants a reader of the figures can rely on:

* The corpus is indexed once, through the product's own components: plain-text conversion
  (``convert_plain_text``), heading-aware chunking at ``IngestionSettings.chunk_max_chars`` (``chunk_document``),
  ``embedding_text`` for what is embedded, ``SentenceTransformerEmbedder`` (default: the packaged all-MiniLM-L6-v2)
  and ``MilvusVectorStore`` on a Milvus-lite file in a temporary folder (BM25 is Milvus' own function over the
  product's analyser). Each BEIR document becomes one knowledge source (``doc_id`` = its 1-based position in
  ``corpus.jsonl``) of agent 1, split into one or more passages exactly as an uploaded ``.txt`` file would be.
* Every query is embedded once and searched once with wide limits (``--baseline-limit``, 100 by default) for the
  baselines: ``bm25`` ranks by the BM25 rank alone, ``dense`` by the dense rank alone. ``appliance`` is the answer
  path's ``_retrieve``: ``store.search`` with ``RetrievalSettings``' default candidate counts, then
  ``reciprocal_rank_fusion`` with its ``rrf_k`` and ``fused_candidates``, then the reranker when ``--reranker`` is
  given (none by default, like the settings).
* Passages are mapped back to documents by their best position (max score): a document's rank is the rank of its
  first passage in the system's order. The appliance keeps ``fused_candidates`` passages, so it may rank fewer than
  ten documents; that is what the answer path sees, and it counts against it.
* Metrics are BEIR's (pytrec_eval / trec_eval): nDCG@10 with linear graded gain ``rel / log2(rank + 1)`` against
  the ideal ordering of all judged-relevant documents, and recall@10 = relevant documents in the top ten / all
  relevant documents (relevance > 0), each averaged over the queries that have judgements.
* The JSON report holds figures, settings and ids only, never text of the dataset (SciFact is CC BY-NC).

Importing this module has no side effects; heavy imports happen inside the functions that need them.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from appliance.retrieval.contracts import Embedder, Passage, Reranker, ScoredPassage, SearchScope, VectorStore
    from appliance.settings import RetrievalSettings

CUTOFF = 10
AGENT_ID = 1
COLLECTION = "beir_benchmark"
EMBED_BATCH = 256  # texts per embedder call (the embedder batches further inside); only sets progress granularity
BOOTSTRAP_SAMPLES = 2000
SYSTEMS = ("bm25", "dense", "appliance")

Qrels = dict[str, dict[str, int]]


# ------------------------------------------------------------------------------------------------ the dataset


class DatasetError(ValueError):
    """The folder is not a usable BEIR dataset; the message names the file (and line) and what is wrong."""


@dataclass(frozen=True)
class BeirDocument:
    beir_id: str
    title: str
    text: str


@dataclass
class BeirDataset:
    """A BEIR split: every judged query exists, every judged document exists, every query has a relevant document."""

    name: str
    corpus: dict[str, BeirDocument]
    queries: dict[str, str]  # only the queries judged in the split, in queries.jsonl order
    qrels: Qrels


def load_beir(folder: Path, *, split: str = "test") -> BeirDataset:
    """Read ``corpus.jsonl``, ``queries.jsonl`` and ``qrels/<split>.tsv`` from ``folder``.

    Raises :class:`DatasetError` naming the file, the line and the fault for a missing file, a malformed line, a
    duplicate id, a non-integer score, or a judgement that names an unknown query or document.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetError(f"Dataset folder {folder} does not exist (expected a BEIR folder with corpus.jsonl, "
                           f"queries.jsonl and qrels/{split}.tsv)")
    corpus_path, queries_path, qrels_path = (
        folder / "corpus.jsonl", folder / "queries.jsonl", folder / "qrels" / f"{split}.tsv"
    )
    for path in (corpus_path, queries_path, qrels_path):
        if not path.is_file():
            raise DatasetError(f"{path} is missing: a BEIR dataset folder holds corpus.jsonl, queries.jsonl and "
                               f"qrels/{split}.tsv")

    corpus: dict[str, BeirDocument] = {}
    for number, record in _jsonl(corpus_path):
        beir_id = _field(record, "_id", corpus_path, number)
        text = _field(record, "text", corpus_path, number, allow_empty=True)
        title = record.get("title") or ""
        if not isinstance(title, str):
            raise DatasetError(f"{corpus_path}:{number}: \"title\" must be a string")
        if not (title.strip() or text.strip()):
            raise DatasetError(f"{corpus_path}:{number}: document {beir_id!r} has neither title nor text")
        if beir_id in corpus:
            raise DatasetError(f"{corpus_path}:{number}: duplicate document id {beir_id!r}")
        corpus[beir_id] = BeirDocument(beir_id, title, text)
    if not corpus:
        raise DatasetError(f"{corpus_path} holds no documents")

    all_queries: dict[str, str] = {}
    for number, record in _jsonl(queries_path):
        query_id = _field(record, "_id", queries_path, number)
        if query_id in all_queries:
            raise DatasetError(f"{queries_path}:{number}: duplicate query id {query_id!r}")
        all_queries[query_id] = _field(record, "text", queries_path, number)

    qrels = _read_qrels(qrels_path)
    for query_id, judged in qrels.items():
        if query_id not in all_queries:
            raise DatasetError(f"{qrels_path}: query {query_id!r} is judged but not in {queries_path.name}")
        for doc_id in judged:
            if doc_id not in corpus:
                raise DatasetError(f"{qrels_path}: document {doc_id!r} is judged but not in {corpus_path.name}")
    qrels = {query_id: judged for query_id, judged in qrels.items() if any(score > 0 for score in judged.values())}
    if not qrels:
        raise DatasetError(f"{qrels_path} judges no document relevant (score > 0) for any query")
    queries = {query_id: text for query_id, text in all_queries.items() if query_id in qrels}
    return BeirDataset(name=folder.resolve().name, corpus=corpus, queries=queries, qrels=qrels)


def _jsonl(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise DatasetError(f"{path}:{number}: expected a JSON object, got {type(record).__name__}")
            yield number, record


def _field(record: Mapping[str, Any], name: str, path: Path, number: int, *, allow_empty: bool = False) -> str:
    value = record.get(name)
    if isinstance(value, int) and not isinstance(value, bool) and name == "_id":
        value = str(value)
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise DatasetError(f"{path}:{number}: missing or empty string field {name!r}")
    return value


def _read_qrels(path: Path) -> Qrels:
    qrels: Qrels = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t")
        for number, row in enumerate(rows, start=1):
            if not row or not "".join(row).strip():
                continue
            if number == 1 and row[0].strip().lower() in {"query-id", "query_id", "qid"}:
                continue  # the header BEIR writes
            if len(row) != 3:
                raise DatasetError(f"{path}:{number}: expected 3 tab-separated columns (query-id, corpus-id, score), "
                                   f"got {len(row)}")
            query_id, doc_id, score = (cell.strip() for cell in row)
            try:
                relevance = int(score)
            except ValueError:
                raise DatasetError(f"{path}:{number}: score {score!r} is not an integer") from None
            qrels.setdefault(query_id, {})[doc_id] = relevance
    if not qrels:
        raise DatasetError(f"{path} holds no judgements")
    return qrels


# ------------------------------------------------------------------------------------------------ the metrics


def ndcg_at_k(ranking: Sequence[str], judged: Mapping[str, int], k: int = CUTOFF) -> float:
    """nDCG@k as trec_eval's ``ndcg_cut`` (BEIR): gain ``rel`` at rank r discounted by ``log2(r + 1)``.

    ``ranking``: document ids, best first (duplicates after the first are ignored). Unjudged documents and
    non-positive judgements gain nothing. The ideal DCG orders all judged-relevant documents by relevance.
    """
    ideal = sorted((rel for rel in judged.values() if rel > 0), reverse=True)[:k]
    ideal_dcg = sum(rel / math.log2(rank + 1) for rank, rel in enumerate(ideal, start=1))
    if ideal_dcg == 0:
        return 0.0
    dcg = sum(max(judged.get(doc_id, 0), 0) / math.log2(rank + 1)
              for rank, doc_id in enumerate(_unique(ranking)[:k], start=1))
    return dcg / ideal_dcg


def recall_at_k(ranking: Sequence[str], judged: Mapping[str, int], k: int = CUTOFF) -> float:
    """Relevant documents (relevance > 0) among the first ``k`` of ``ranking``, over all relevant documents."""
    relevant = {doc_id for doc_id, rel in judged.items() if rel > 0}
    if not relevant:
        return 0.0
    return len(relevant.intersection(_unique(ranking)[:k])) / len(relevant)


def per_query_scores(rankings: Mapping[str, Sequence[str]], qrels: Qrels) -> dict[str, dict[str, float]]:
    """``{query_id: {"ndcg@10": ..., "recall@10": ...}}`` for every judged query (a missing ranking scores 0)."""
    return {
        query_id: {
            f"ndcg@{CUTOFF}": ndcg_at_k(rankings.get(query_id, ()), judged),
            f"recall@{CUTOFF}": recall_at_k(rankings.get(query_id, ()), judged),
        }
        for query_id, judged in qrels.items()
    }


def mean_scores(per_query: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    metrics = (f"ndcg@{CUTOFF}", f"recall@{CUTOFF}")
    return {metric: statistics.fmean(scores[metric] for scores in per_query.values()) for metric in metrics}


def paired_margin(
    system: Mapping[str, Mapping[str, float]], baseline: Mapping[str, Mapping[str, float]], metric: str, *, seed: int = 0
) -> dict[str, float]:
    """Mean of the per-query differences, with a 95% paired-bootstrap interval (fixed seed: reproducible)."""
    differences = [system[q][metric] - baseline[q][metric] for q in system]
    rng = random.Random(seed)
    means = sorted(
        statistics.fmean(rng.choices(differences, k=len(differences))) for _ in range(BOOTSTRAP_SAMPLES)
    )
    return {
        "margin": statistics.fmean(differences),
        "ci95_low": means[int(0.025 * BOOTSTRAP_SAMPLES)],
        "ci95_high": means[int(0.975 * BOOTSTRAP_SAMPLES) - 1],
        "queries_better": sum(d > 0 for d in differences),
        "queries_worse": sum(d < 0 for d in differences),
    }


def _unique(ranking: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ranking))


# ------------------------------------------------------------------------------------------------ indexing


@dataclass
class Index:
    """The corpus as the appliance stores it: ``doc_ids[n]`` is the BEIR id of knowledge source ``n``."""

    doc_ids: dict[int, str]
    passages: list[Passage]
    embed_seconds: float
    write_seconds: float


def document_passages(document: BeirDocument, number: int, *, max_chars: int) -> tuple[list[Passage], list[str]]:
    """The passages of one BEIR document and the texts to embed, exactly as ingestion makes them for a ``.txt``
    upload titled with the document's title (``jobs.IngestionWorker._ingest``)."""
    from appliance.retrieval.contracts import Passage
    from appliance.ingestion.chunking import chunk_document, embedding_text
    from appliance.ingestion.convert import convert_plain_text

    body = document.text if document.text.strip() else document.title
    converted = convert_plain_text(body, base_name=f"{number}.txt")
    chunks = chunk_document(converted, max_chars=max_chars)
    passages = [
        Passage(id=f"source-{number}-{ordinal}", agent_id=AGENT_ID, doc_kind="source", doc_id=number,
                text=chunk.text, heading_path=chunk.heading_path, start=chunk.start, end=chunk.end,
                title=document.title)
        for ordinal, chunk in enumerate(chunks)
    ]
    return passages, [embedding_text(chunk, document.title) for chunk in chunks]


def build_index(dataset: BeirDataset, embedder: Embedder, store: VectorStore, *, max_chars: int) -> Index:
    """Chunk and embed every document, then write each one with ``replace_document`` (one source at a time)."""
    per_document: list[tuple[int, list[Passage]]] = []
    texts: list[str] = []
    doc_ids: dict[int, str] = {}
    for number, document in enumerate(dataset.corpus.values(), start=1):
        passages, embed_texts = document_passages(document, number, max_chars=max_chars)
        per_document.append((number, passages))
        texts.extend(embed_texts)
        doc_ids[number] = document.beir_id
    _progress(f"{len(dataset.corpus)} documents -> {len(texts)} passages (chunks of at most {max_chars} chars)")

    started = time.perf_counter()
    vectors: list[list[float]] = []
    for first in range(0, len(texts), EMBED_BATCH):
        vectors.extend(embedder.embed(texts[first:first + EMBED_BATCH]))
        elapsed = time.perf_counter() - started
        rate = len(vectors) / elapsed
        _progress(f"embedded {len(vectors)}/{len(texts)} passages, {rate:.1f}/s, "
                  f"about {(len(texts) - len(vectors)) / rate:.0f} s left")
    embed_seconds = time.perf_counter() - started

    started = time.perf_counter()
    position = 0
    for count, (number, passages) in enumerate(per_document, start=1):
        store.replace_document(doc_kind="source", doc_id=number, passages=passages,
                               vectors=vectors[position:position + len(passages)])
        position += len(passages)
        if count % 250 == 0 or count == len(per_document):
            _progress(f"stored {count}/{len(per_document)} documents ({time.perf_counter() - started:.0f} s)")
    return Index(doc_ids=doc_ids, passages=[p for _, passages in per_document for p in passages],
                 embed_seconds=embed_seconds,
                 write_seconds=time.perf_counter() - started)


# ------------------------------------------------------------------------------------------------ rankings


@dataclass(frozen=True)
class Candidate:
    """One passage of a wide search, reduced to what ranking needs (no text kept)."""

    passage_id: str
    doc_id: int
    dense_rank: int | None
    sparse_rank: int | None


def document_ranking(passage_doc_ids: Iterable[int], doc_ids: Mapping[int, str]) -> list[str]:
    """BEIR ids in order of each document's best passage (the first one met)."""
    return _unique(doc_ids[number] for number in passage_doc_ids)


def single_list_ranking(candidates: Sequence[Candidate], rank_of: Callable[[Candidate], int | None]) -> list[int]:
    """Source numbers of the passages that have a rank in that list, best rank first."""
    ranked = [(rank, c.doc_id) for c in candidates if (rank := rank_of(c)) is not None]
    return [doc_id for _, doc_id in sorted(ranked)]


def weighted_rrf(
    candidates: Sequence[Candidate], *, k: int, dense_limit: int, sparse_limit: int, dense_weight: float,
    sparse_weight: float, limit: int
) -> list[int]:
    """Source numbers in weighted-RRF order: ``w_d / (k + dense_rank) + w_s / (k + sparse_rank)``, each list cut at
    its limit. With weights 1 and the product's limits it orders like ``reciprocal_rank_fusion`` (same tie-break).
    A benchmark-side variant for the investigation only; the product is not changed."""
    scored = []
    for c in candidates:
        dense = c.dense_rank if c.dense_rank is not None and c.dense_rank <= dense_limit else None
        sparse = c.sparse_rank if c.sparse_rank is not None and c.sparse_rank <= sparse_limit else None
        if dense is None and sparse is None:
            continue
        score = (dense_weight / (k + dense) if dense else 0.0) + (sparse_weight / (k + sparse) if sparse else 0.0)
        scored.append((-score, min(r for r in (dense, sparse) if r is not None), c.passage_id, c.doc_id))
    return [doc_id for *_, doc_id in sorted(scored)[:limit]]


class ExactBM25:
    """BM25 with corpus-wide statistics, in Python, over exactly the text the vector store indexes.

    A diagnostic for the store's BM25: Milvus-lite computes IDF and average length per segment, and the store
    flushes after every document, so its statistics may differ from the whole corpus'. Same formula and defaults
    as Milvus (k1 = 1.2, b = 0.75, idf = ln(1 + (N - n + 0.5) / (n + 0.5))); tokens are the analysed words split on
    spaces (Milvus' standard tokenizer may split some of them further, e.g. at digits and hyphens).
    """

    def __init__(self, passages: Sequence[Passage], *, k1: float = 1.2, b: float = 0.75) -> None:
        from appliance.retrieval.milvus_store import _search_text  # what the store indexes, by construction

        self._doc_ids = [p.doc_id for p in passages]
        lengths = []
        self._postings: dict[str, list[tuple[int, int]]] = {}
        for position, passage in enumerate(passages):
            tokens = _search_text(passage).split()
            lengths.append(len(tokens))
            for token, count in Counter(tokens).items():
                self._postings.setdefault(token, []).append((position, count))
        average = statistics.fmean(lengths) if lengths else 1.0
        self._norms = [k1 * (1 - b + b * length / average) for length in lengths]
        self._k1 = k1
        self._count = len(passages)

    def rank(self, query: str, *, limit: int) -> list[int]:
        """Source numbers of the best ``limit`` passages, best first (ties: earlier passage first)."""
        from appliance.retrieval.lexical import analyze

        scores: Counter[int] = Counter()
        for token in analyze(query).split():
            postings = self._postings.get(token, [])
            if not postings:
                continue
            idf = math.log(1 + (self._count - len(postings) + 0.5) / (len(postings) + 0.5))
            for position, count in postings:
                scores[position] += idf * count * (self._k1 + 1) / (count + self._norms[position])
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [self._doc_ids[position] for position, _ in best]


# ------------------------------------------------------------------------------------------------ the run


@dataclass
class QueryRun:
    candidates: list[Candidate]
    appliance: list[int]  # source numbers of the appliance's passages, in its order
    timings_ms: dict[str, float] = field(default_factory=dict)


def run_query(
    text: str, *, embedder: Embedder, store: VectorStore, scope: SearchScope, settings: RetrievalSettings,
    baseline_limit: int, reranker: Reranker | None
) -> QueryRun:
    """One query: the wide search for the baselines, then the appliance's ``_retrieve`` (same embedding)."""
    from appliance.retrieval.fusion import reciprocal_rank_fusion

    timings: dict[str, float] = {}
    started = time.perf_counter()
    vector = embedder.embed([text])[0]
    timings["embed"] = _ms_since(started)

    started = time.perf_counter()
    wide = store.search(text=text, vector=vector, scope=scope, dense_limit=baseline_limit, sparse_limit=baseline_limit)
    timings["baseline_search"] = _ms_since(started)
    candidates = [Candidate(c.passage.id, c.passage.doc_id, c.dense_rank, c.sparse_rank) for c in wide]

    started = time.perf_counter()
    raw = store.search(text=text, vector=vector, scope=scope, dense_limit=settings.dense_candidates,
                       sparse_limit=settings.sparse_candidates)
    fused = reciprocal_rank_fusion(raw, k=settings.rrf_k, limit=settings.fused_candidates)
    timings["appliance_search_and_fusion"] = _ms_since(started)
    if reranker is not None and fused:
        started = time.perf_counter()
        _rerank(reranker, text, fused)
        timings["rerank"] = _ms_since(started)
    return QueryRun(candidates=candidates, appliance=[c.passage.doc_id for c in fused], timings_ms=timings)


def _rerank(reranker: Reranker, query: str, fused: list[ScoredPassage]) -> None:
    """As the answer path does: score each fused passage's text, then sort by that score (stable)."""
    for candidate, score in zip(fused, reranker.rerank(query, [c.passage.text for c in fused]), strict=True):
        candidate.rerank_score = float(score)
    fused.sort(key=lambda c: -(c.rerank_score or 0.0))


def run(
    dataset: BeirDataset, *, baseline_limit: int = 100, reranker_path: str = "", embedder_path: str = ""
) -> dict[str, Any]:
    """Index ``dataset`` and evaluate the three systems; returns the JSON report (figures and ids only)."""
    from appliance.retrieval.contracts import SearchScope
    from appliance.retrieval.embedder import SentenceTransformerEmbedder
    from appliance.retrieval.milvus_store import MilvusVectorStore
    from appliance.settings import IngestionSettings, RetrievalSettings

    settings = RetrievalSettings(reranker_path=reranker_path, embedder_path=embedder_path)
    max_chars = IngestionSettings().chunk_max_chars
    if baseline_limit < max(settings.dense_candidates, settings.sparse_candidates):
        raise ValueError("--baseline-limit must be at least the appliance's candidate counts")

    started = time.perf_counter()
    embedder = SentenceTransformerEmbedder(settings.embedder_path or None)
    reranker: Reranker | None = None
    if settings.reranker_path:
        from appliance.retrieval.reranker import FlagEmbeddingReranker

        reranker = FlagEmbeddingReranker(settings.reranker_path)
    load_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as folder:
        store = MilvusVectorStore(str(Path(folder) / "vectors.db"), COLLECTION, embedder.dimension)
        try:
            started = time.perf_counter()
            index = build_index(dataset, embedder, store, max_chars=max_chars)
            index_seconds = time.perf_counter() - started
            scope = SearchScope(agent_id=AGENT_ID, source_ids=tuple(sorted(index.doc_ids)))  # all sources ready
            runs: dict[str, QueryRun] = {}
            for count, (query_id, text) in enumerate(dataset.queries.items(), start=1):
                runs[query_id] = run_query(text, embedder=embedder, store=store, scope=scope, settings=settings,
                                           baseline_limit=baseline_limit, reranker=reranker)
                if count % 50 == 0 or count == len(dataset.queries):
                    _progress(f"searched {count}/{len(dataset.queries)} queries")
        finally:
            store.close()

    rankings = {
        "bm25": {q: document_ranking(single_list_ranking(r.candidates, lambda c: c.sparse_rank), index.doc_ids)
                 for q, r in runs.items()},
        "dense": {q: document_ranking(single_list_ranking(r.candidates, lambda c: c.dense_rank), index.doc_ids)
                  for q, r in runs.items()},
        "appliance": {q: document_ranking(r.appliance, index.doc_ids) for q, r in runs.items()},
    }
    exact = ExactBM25(index.passages)
    exact_bm25 = {q: document_ranking(exact.rank(text, limit=baseline_limit), index.doc_ids)
                  for q, text in dataset.queries.items()}
    per_query = {name: per_query_scores(rankings[name], dataset.qrels) for name in SYSTEMS}
    systems = {name: mean_scores(per_query[name]) for name in SYSTEMS}
    margins = {
        f"appliance_vs_{baseline}": {
            metric: paired_margin(per_query["appliance"], per_query[baseline], metric) for metric in systems[baseline]
        }
        for baseline in ("bm25", "dense")
    }
    beats = all(
        systems["appliance"][metric] > systems[baseline][metric]
        for baseline in ("bm25", "dense") for metric in systems[baseline]
    )
    stage = {name: statistics.median(r.timings_ms[name] for r in runs.values())
             for name in next(iter(runs.values())).timings_ms}
    reproduced = sum(
        weighted_rrf(r.candidates, k=settings.rrf_k, dense_limit=settings.dense_candidates,
                     sparse_limit=settings.sparse_candidates, dense_weight=1.0, sparse_weight=1.0,
                     limit=settings.fused_candidates) == r.appliance
        for r in runs.values()
    ) if reranker is None else None
    return {
        "benchmark": "retrieval",
        "dataset": dataset.name,
        "queries": len(dataset.queries),
        "documents": len(dataset.corpus),
        "passages": len(index.passages),
        "relevant_judgements": sum(sum(rel > 0 for rel in j.values()) for j in dataset.qrels.values()),
        "systems": {name: _rounded(values) for name, values in systems.items()},
        "margins": {name: {m: _rounded(v) for m, v in by_metric.items()} for name, by_metric in margins.items()},
        "appliance_beats_both_baselines": beats,
        "appliance_documents_in_top10_mean": round(
            statistics.fmean(min(len(ranking), CUTOFF) for ranking in rankings["appliance"].values()), 2),
        "settings": {
            "embedder": embedder.name,
            "embedder_dimension": embedder.dimension,
            "chunk_max_chars": max_chars,
            "baselines": {"dense_limit": baseline_limit, "sparse_limit": baseline_limit},
            "appliance": {
                "dense_candidates": settings.dense_candidates,
                "sparse_candidates": settings.sparse_candidates,
                "fused_candidates": settings.fused_candidates,
                "rrf_k": settings.rrf_k,
                "reranker": settings.reranker_path or None,
            },
            "passage_to_document": "best passage (first in the system's order)",
            "metrics": "BEIR/trec_eval: nDCG@10 with linear graded gain, recall@10 over relevance > 0",
            "bootstrap": {"samples": BOOTSTRAP_SAMPLES, "seed": 0, "interval": "95% paired percentile"},
        },
        "timing": {
            "model_load_seconds": round(load_seconds, 2),
            "index_seconds": round(index_seconds, 2),
            "index_embed_seconds": round(index.embed_seconds, 2),
            "index_write_seconds": round(index.write_seconds, 2),
            "query_ms_median": {
                "bm25": round(stage["baseline_search"], 2),
                "dense": round(stage["embed"] + stage["baseline_search"], 2),
                "appliance": round(stage["embed"] + stage["appliance_search_and_fusion"] + stage.get("rerank", 0), 2),
            },
            "stage_ms_median": {name: round(value, 2) for name, value in stage.items()},
            "notes": "bm25 and dense share one store.search call (dense and BM25 together, limits "
                     f"{baseline_limit}); bm25's time is that call without the query embedding, dense's adds it. "
                     "The store has no BM25-only entry point, so bm25's figure includes the dense half of the call.",
        },
        "appliance_reproduced_by_benchmark_rrf": reproduced,
        "diagnostics": {
            "bm25_exact_corpus_statistics": _rounded(mean_scores(per_query_scores(exact_bm25, dataset.qrels))),
            "note": "BM25 recomputed in Python with whole-corpus statistics over the same indexed text, limit "
                    f"{baseline_limit}: compare with systems.bm25 (Milvus-lite, per-segment statistics).",
        },
        "investigation": investigate(runs, index.doc_ids, dataset.qrels, settings) if reranker is None else None,
        "machine": machine(),
        "per_query": {
            query_id: {name: _rounded(per_query[name][query_id]) for name in SYSTEMS} for query_id in dataset.qrels
        },
    }


def investigate(
    runs: Mapping[str, QueryRun], doc_ids: Mapping[int, str], qrels: Qrels, settings: RetrievalSettings
) -> dict[str, Any]:
    """How the fusion's knobs move the figures, computed from the wide search (no new search, no product change).

    Every configuration is scored on all queries (no held-out set: read it as sensitivity, not tuning), and,
    to show whether a choice generalises, a two-fold check picks the best configuration by nDCG@10 on the
    even-numbered queries and reports it on the odd-numbered ones, and the reverse.
    """
    configurations = []
    for k in (10, 30, 60, 100):
        for limit in sorted({settings.dense_candidates, 50, 100}):
            for fused in sorted({settings.fused_candidates, 30}):
                for dense_weight in (1.0, 1.5, 2.0, 3.0, 0.5):
                    configurations.append({"rrf_k": k, "candidates": limit, "fused_candidates": fused,
                                           "dense_weight": dense_weight, "sparse_weight": 1.0})
    limit_max = max(len(r.candidates) for r in runs.values())
    scored = []
    for config in configurations:
        if config["candidates"] > limit_max:
            continue
        rankings = {
            q: document_ranking(weighted_rrf(r.candidates, k=config["rrf_k"], dense_limit=config["candidates"],
                                             sparse_limit=config["candidates"], dense_weight=config["dense_weight"],
                                             sparse_weight=config["sparse_weight"], limit=config["fused_candidates"]),
                                doc_ids)
            for q, r in runs.items()
        }
        per_query = per_query_scores(rankings, qrels)
        scored.append((config, per_query))
    metric = f"ndcg@{CUTOFF}"
    ordered_ids = list(qrels)
    folds = [set(ordered_ids[0::2]), set(ordered_ids[1::2])]
    cross = []
    for pick, report in ((0, 1), (1, 0)):
        best, best_scores = max(scored, key=lambda item: statistics.fmean(item[1][q][metric] for q in folds[pick]))
        cross.append({"picked_on": "even" if pick == 0 else "odd", "configuration": best,
                      "ndcg@10_on_other_half": round(statistics.fmean(best_scores[q][metric] for q in folds[report]), 4)})
    table = [{**config, **_rounded(mean_scores(per_query))} for config, per_query in scored]
    table.sort(key=lambda row: -row[metric])
    return {"configurations": table, "two_fold": cross}


def machine() -> dict[str, Any]:
    import torch

    from appliance.retrieval.embedder import cpu_threads

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cpus_allowed": cpu_threads(), "torch_threads": torch.get_num_threads(),
            "python": platform.python_version(), "torch": torch.__version__, "platform": platform.platform()}


# ------------------------------------------------------------------------------------------------ the command


def print_summary(report: Mapping[str, Any], out: Any = sys.stdout) -> None:
    print(f"{report['dataset']}: {report['queries']} queries, {report['documents']} documents, "
          f"{report['passages']} passages", file=out)
    print(f"{'system':<10} {'nDCG@10':>8} {'recall@10':>10} {'median ms':>10}", file=out)
    for name in SYSTEMS:
        figures = report["systems"][name]
        print(f"{name:<10} {figures['ndcg@10']:>8.4f} {figures['recall@10']:>10.4f} "
              f"{report['timing']['query_ms_median'][name]:>10.1f}", file=out)
    for name, by_metric in report["margins"].items():
        for metric, margin in by_metric.items():
            print(f"{name} {metric}: {margin['margin']:+.4f} (95% CI {margin['ci95_low']:+.4f} .. "
                  f"{margin['ci95_high']:+.4f}; better on {margin['queries_better']}, worse on "
                  f"{margin['queries_worse']} queries)", file=out)
    print(f"appliance beats both baselines: {report['appliance_beats_both_baselines']}", file=out)
    exact = report["diagnostics"]["bm25_exact_corpus_statistics"]
    print(f"diagnostic: BM25 with whole-corpus statistics: nDCG@10 {exact['ndcg@10']:.4f}, "
          f"recall@10 {exact['recall@10']:.4f}", file=out)
    if report.get("investigation"):
        best = report["investigation"]["configurations"][0]
        print(f"best fusion configuration found (all queries, sensitivity only): {best}", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.retrieval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, required=True, help="BEIR folder (corpus.jsonl, queries.jsonl, qrels/)")
    parser.add_argument("--json-out", type=Path, required=True, help="where to write the JSON report")
    parser.add_argument("--split", default="test", help="qrels split to evaluate (default: test)")
    parser.add_argument("--baseline-limit", type=int, default=100,
                        help="candidates per list for the BM25 and dense baselines (default: 100)")
    parser.add_argument("--reranker", default="", help="local cross-encoder folder, as retrieval.reranker_path")
    parser.add_argument("--embedder", default="", help="local sentence-transformers folder (default: MiniLM)")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        dataset = load_beir(args.dataset, split=args.split)
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = run(dataset, baseline_limit=args.baseline_limit, reranker_path=args.reranker,
                 embedder_path=args.embedder)
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print_summary(report)
    print(f"report written to {args.json_out}")
    return 0


def _rounded(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: round(value, 4) if isinstance(value, float) else value for key, value in values.items()}


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _progress(message: str) -> None:
    print(f"[retrieval] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
