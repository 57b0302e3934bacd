"""Reciprocal-rank fusion of the dense and BM25 candidate lists (and, for a question not in English, the list ranked
by multilingual meaning).

RRF (Cormack, Clarke & Büttcher, 2009): ``fused = Σ 1 / (k + rank)`` over the lists a passage appears in, ranks
starting at 1. It uses ranks only, so it needs no calibration between cosine similarities and BM25 scores.
"""

from __future__ import annotations

from collections.abc import Iterable

from appliance.retrieval.contracts import ScoredPassage


def reciprocal_rank_fusion(candidates: Iterable[ScoredPassage], *, k: int, limit: int,
                           weights: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> list[ScoredPassage]:
    """Set ``fused_score`` on each candidate and return the best ``limit``, best first.

    Candidates are the vector store's output: one entry per passage, with ``dense_rank``, ``sparse_rank`` and/or ``meaning_rank``
    (1-based). If a passage id appears more than once, its entries are merged (best rank and score per list).
    ``weights`` multiply the dense, BM25 and meaning lists' terms (a question not in English shares few words with
    the documents, so the list ranked by multilingual meaning is the one to trust there). A candidate with no rank
    scores 0 and sorts last. Ties are broken by the best single rank, then by
    passage id, so the order never depends on the input order.
    """
    if k < 1:
        raise ValueError(f"RRF constant k must be at least 1, got {k}")
    if limit < 0:
        raise ValueError(f"limit must not be negative, got {limit}")

    merged: dict[str, ScoredPassage] = {}
    for candidate in candidates:
        existing = merged.get(candidate.passage.id)
        merged[candidate.passage.id] = candidate if existing is None else _merge(existing, candidate)

    for candidate in merged.values():
        ranks = (candidate.dense_rank, candidate.sparse_rank, candidate.meaning_rank)
        candidate.fused_score = sum(weight / (k + rank) for weight, rank in zip(weights, ranks, strict=True)
                                    if rank is not None)

    ordered = sorted(merged.values(), key=_order_key)
    return ordered[:limit]


def _ranks(candidate: ScoredPassage) -> list[int]:
    return [rank for rank in (candidate.dense_rank, candidate.sparse_rank, candidate.meaning_rank) if rank is not None]


def _order_key(candidate: ScoredPassage) -> tuple[float, int, str]:
    best_rank = min(_ranks(candidate), default=2**31)
    return (-candidate.fused_score, best_rank, candidate.passage.id)


def _better(
    rank_a: int | None, score_a: float | None, rank_b: int | None, score_b: float | None
) -> tuple[int | None, float | None]:
    if rank_b is not None and (rank_a is None or rank_b < rank_a):
        return rank_b, score_b
    return rank_a, score_a


def _merge(a: ScoredPassage, b: ScoredPassage) -> ScoredPassage:
    dense_rank, dense_score = _better(a.dense_rank, a.dense_score, b.dense_rank, b.dense_score)
    sparse_rank, sparse_score = _better(a.sparse_rank, a.sparse_score, b.sparse_rank, b.sparse_score)
    meaning_rank, meaning_score = _better(a.meaning_rank, a.meaning_score, b.meaning_rank, b.meaning_score)
    return ScoredPassage(
        passage=a.passage,
        dense_score=dense_score,
        sparse_score=sparse_score,
        dense_rank=dense_rank,
        sparse_rank=sparse_rank,
        meaning_rank=meaning_rank,
        meaning_score=meaning_score,
        rerank_score=a.rerank_score if a.rerank_score is not None else b.rerank_score,
    )
