"""Reciprocal-rank fusion: the arithmetic, the merge of both lists, and a deterministic order."""

from __future__ import annotations

import pytest

from appliance.retrieval.contracts import Passage, ScoredPassage
from appliance.retrieval.fusion import reciprocal_rank_fusion


def passage(pid: str) -> Passage:
    return Passage(
        id=pid, agent_id=1, doc_kind="source", doc_id=1, text=pid, heading_path=(), start=0, end=len(pid), title="t"
    )


def scored(pid: str, *, dense: int | None = None, sparse: int | None = None) -> ScoredPassage:
    return ScoredPassage(
        passage=passage(pid),
        dense_rank=dense,
        dense_score=None if dense is None else 1.0 / dense,
        sparse_rank=sparse,
        sparse_score=None if sparse is None else 10.0 / sparse,
    )


def test_scores_are_the_sum_of_reciprocal_ranks() -> None:
    fused = reciprocal_rank_fusion([scored("a", dense=1, sparse=3), scored("b", dense=2)], k=60, limit=10)

    assert [c.passage.id for c in fused] == ["a", "b"]
    assert fused[0].fused_score == pytest.approx(1 / 61 + 1 / 63)
    assert fused[1].fused_score == pytest.approx(1 / 62)


def test_found_by_both_lists_beats_first_in_one() -> None:
    fused = reciprocal_rank_fusion(
        [scored("top-dense", dense=1), scored("both", dense=2, sparse=2), scored("top-sparse", sparse=1)],
        k=60,
        limit=10,
    )
    assert fused[0].passage.id == "both"


def test_limit_keeps_the_best() -> None:
    candidates = [scored(f"p{rank:02d}", dense=rank) for rank in range(1, 21)]
    fused = reciprocal_rank_fusion(candidates, k=60, limit=5)
    assert [c.passage.id for c in fused] == ["p01", "p02", "p03", "p04", "p05"]


def test_ties_are_broken_by_best_rank_then_id_whatever_the_input_order() -> None:
    tied = [scored("b", dense=3), scored("a", sparse=3), scored("c", dense=1, sparse=9), scored("d", dense=9, sparse=1)]
    first = reciprocal_rank_fusion(tied, k=60, limit=10)
    second = reciprocal_rank_fusion(list(reversed(tied)), k=60, limit=10)

    assert [c.passage.id for c in first] == [c.passage.id for c in second]
    # c and d tie on score and on best rank (1): id decides; a and b tie likewise (best rank 3).
    assert [c.passage.id for c in first] == ["c", "d", "a", "b"]


def test_duplicate_entries_of_one_passage_are_merged() -> None:
    fused = reciprocal_rank_fusion([scored("a", dense=2), scored("a", sparse=1), scored("a", dense=5)], k=10, limit=10)

    assert len(fused) == 1
    only = fused[0]
    assert (only.dense_rank, only.sparse_rank) == (2, 1)
    assert only.dense_score == pytest.approx(0.5)
    assert only.fused_score == pytest.approx(1 / 12 + 1 / 11)


def test_candidate_without_any_rank_scores_zero_and_sorts_last() -> None:
    fused = reciprocal_rank_fusion([ScoredPassage(passage=passage("none")), scored("x", sparse=50)], k=60, limit=10)
    assert [c.passage.id for c in fused] == ["x", "none"]
    assert fused[1].fused_score == 0.0


def test_empty_input_and_zero_limit() -> None:
    assert reciprocal_rank_fusion([], k=60, limit=10) == []
    assert reciprocal_rank_fusion([scored("a", dense=1)], k=60, limit=0) == []


@pytest.mark.parametrize("k, limit", [(0, 5), (60, -1)])
def test_invalid_parameters_are_refused(k: int, limit: int) -> None:
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([scored("a", dense=1)], k=k, limit=limit)


def test_weights_scale_each_list_and_a_zero_weight_ignores_it() -> None:
    """A question not in English: the dense (English) list weighs nothing, the meaning list double."""
    by_words = ScoredPassage(passage=passage("words"), dense_rank=1, dense_score=0.9)
    by_meaning = ScoredPassage(passage=passage("meaning"), meaning_rank=2, meaning_score=0.6)
    also_sparse = ScoredPassage(passage=passage("words"), meaning_rank=5, meaning_score=0.3)

    fused = reciprocal_rank_fusion([by_words, by_meaning, also_sparse], k=10, limit=10, weights=(0.0, 1.0, 2.0))

    assert [c.passage.id for c in fused] == ["meaning", "words"]
    assert fused[0].fused_score == pytest.approx(2.0 / 12)
    assert fused[1].fused_score == pytest.approx(2.0 / 15)
    assert fused[1].meaning_rank == 5 and fused[1].dense_rank == 1  # merged, the dense rank kept for the record
