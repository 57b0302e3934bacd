"""The retrieval benchmark's arithmetic and its BEIR loader, on hand-made rankings and folders.

Expected values are worked out by hand from trec_eval's definitions (the ones BEIR reports): nDCG@10 with linear
graded gain ``rel / log2(rank + 1)``, recall@10 over the documents judged relevant (score > 0).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from benchmarks.retrieval import (
    Candidate,
    DatasetError,
    document_ranking,
    load_beir,
    ndcg_at_k,
    paired_margin,
    recall_at_k,
    single_list_ranking,
    weighted_rrf,
)


def log2(x: float) -> float:
    return math.log2(x)


# ------------------------------------------------------------------------------------------------ nDCG@10


def test_ndcg_is_one_for_the_ideal_ranking() -> None:
    assert ndcg_at_k(["a", "b", "x"], {"a": 2, "b": 1}) == pytest.approx(1.0)


def test_ndcg_with_graded_judgements_uses_linear_gain() -> None:
    judged = {"a": 2, "b": 1}
    # relevant documents at ranks 2 (b, gain 1) and 3 (a, gain 2); ideal: a then b at ranks 1 and 2
    dcg = 1 / log2(3) + 2 / log2(4)
    ideal = 2 / log2(2) + 1 / log2(3)

    assert ndcg_at_k(["x", "b", "a"], judged) == pytest.approx(dcg / ideal)


def test_ndcg_ignores_what_lies_beyond_the_cutoff() -> None:
    ranking = [f"x{i}" for i in range(10)] + ["a"]

    assert ndcg_at_k(ranking, {"a": 1}) == 0.0
    assert ndcg_at_k(ranking, {"a": 1}, k=11) == pytest.approx(1 / log2(12))


def test_ndcg_ideal_counts_every_relevant_document_even_unretrieved_ones() -> None:
    # three relevant, one retrieved at rank 1: DCG 1, ideal 1 + 1/log2(3) + 1/log2(4)
    expected = 1 / (1 + 1 / log2(3) + 1 / log2(4))

    assert ndcg_at_k(["a"], {"a": 1, "b": 1, "c": 1}) == pytest.approx(expected)


def test_ndcg_ideal_is_cut_at_k_when_more_documents_are_relevant() -> None:
    judged = {f"d{i}": 1 for i in range(15)}
    ranking = [f"d{i}" for i in range(10)]

    assert ndcg_at_k(ranking, judged) == pytest.approx(1.0)


def test_ndcg_gives_no_gain_to_zero_or_negative_judgements_and_counts_duplicates_once() -> None:
    judged = {"a": 1, "z": 0, "n": -1}

    assert ndcg_at_k(["z", "n", "a"], judged) == pytest.approx(1 / log2(4))
    assert ndcg_at_k(["z", "z", "a"], judged) == pytest.approx(1 / log2(3))  # the second "z" is dropped
    assert ndcg_at_k(["a"], {"z": 0}) == 0.0  # nothing relevant: 0, not a division by zero


# ------------------------------------------------------------------------------------------------ recall@10


def test_recall_is_the_share_of_relevant_documents_in_the_top_ten() -> None:
    judged = {"a": 1, "b": 2, "c": 1, "z": 0}
    ranking = ["a", "z", "x"] + [f"x{i}" for i in range(7)] + ["b"]  # b sits at rank 11

    assert recall_at_k(ranking, judged) == pytest.approx(1 / 3)
    assert recall_at_k(ranking, judged, k=11) == pytest.approx(2 / 3)


def test_recall_counts_a_duplicate_once_and_an_empty_ranking_as_zero() -> None:
    assert recall_at_k(["a", "a"], {"a": 1, "b": 1}) == pytest.approx(0.5)
    assert recall_at_k([], {"a": 1}) == 0.0


# ------------------------------------------------------------------------------------------------ rankings


def test_a_document_ranks_where_its_best_passage_ranks() -> None:
    candidates = [
        Candidate("p1", doc_id=1, dense_rank=3, sparse_rank=None),
        Candidate("p2", doc_id=2, dense_rank=1, sparse_rank=2),
        Candidate("p3", doc_id=1, dense_rank=2, sparse_rank=1),
    ]
    names = {1: "one", 2: "two"}

    assert document_ranking(single_list_ranking(candidates, lambda c: c.dense_rank), names) == ["two", "one"]
    assert document_ranking(single_list_ranking(candidates, lambda c: c.sparse_rank), names) == ["one", "two"]


def test_weighted_rrf_with_unit_weights_orders_like_the_product_fusion() -> None:
    from appliance.retrieval.contracts import Passage, ScoredPassage
    from appliance.retrieval.fusion import reciprocal_rank_fusion

    ranks = {"a": (1, 5), "b": (2, None), "c": (None, 1), "d": (4, 2), "e": (30, 3), "f": (3, 25)}
    candidates = [Candidate(pid, doc_id=i, dense_rank=d, sparse_rank=s) for i, (pid, (d, s)) in enumerate(ranks.items())]
    product_input = [
        ScoredPassage(
            passage=Passage(id=c.passage_id, agent_id=1, doc_kind="source", doc_id=c.doc_id, text="t",
                            heading_path=(), start=0, end=1, title=""),
            dense_rank=c.dense_rank if c.dense_rank is not None and c.dense_rank <= 20 else None,
            sparse_rank=c.sparse_rank if c.sparse_rank is not None and c.sparse_rank <= 20 else None,
        )
        for c in candidates
    ]
    product = [c.passage.doc_id for c in reciprocal_rank_fusion(product_input, k=60, limit=4)]

    ours = weighted_rrf(candidates, k=60, dense_limit=20, sparse_limit=20, dense_weight=1.0, sparse_weight=1.0,
                        limit=4)

    assert ours == product


def test_weighted_rrf_weight_moves_a_dense_hit_above_a_sparse_hit() -> None:
    candidates = [Candidate("d", doc_id=1, dense_rank=1, sparse_rank=None),
                  Candidate("s", doc_id=2, dense_rank=None, sparse_rank=1)]

    assert weighted_rrf(candidates, k=60, dense_limit=10, sparse_limit=10, dense_weight=2.0, sparse_weight=1.0,
                        limit=2) == [1, 2]
    assert weighted_rrf(candidates, k=60, dense_limit=10, sparse_limit=10, dense_weight=0.5, sparse_weight=1.0,
                        limit=2) == [2, 1]


def test_paired_margin_is_the_mean_difference_with_an_interval_around_it() -> None:
    system = {str(q): {"m": 1.0 if q % 2 else 0.5} for q in range(20)}
    baseline = {str(q): {"m": 0.5} for q in range(20)}

    margin = paired_margin(system, baseline, "m")

    assert margin["margin"] == pytest.approx(0.25)
    assert margin["ci95_low"] <= 0.25 <= margin["ci95_high"]
    assert (margin["queries_better"], margin["queries_worse"]) == (10, 0)


# ------------------------------------------------------------------------------------------------ the loader


def write_beir(folder: Path, *, corpus: list[object] | None = None, queries: list[object] | None = None,
               qrels: str | None = None) -> Path:
    corpus = corpus if corpus is not None else [{"_id": "d1", "title": "T", "text": "one"}, {"_id": "d2", "text": "two"}]
    queries = queries if queries is not None else [{"_id": "q1", "text": "first?"}, {"_id": "q2", "text": "unjudged?"}]
    qrels = qrels if qrels is not None else "query-id\tcorpus-id\tscore\nq1\td2\t1\nq1\td1\t0\n"
    (folder / "qrels").mkdir(parents=True, exist_ok=True)
    (folder / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in corpus), encoding="utf-8")
    (folder / "queries.jsonl").write_text("".join(json.dumps(r) + "\n" for r in queries), encoding="utf-8")
    (folder / "qrels" / "test.tsv").write_text(qrels, encoding="utf-8")
    return folder


def test_loader_reads_a_well_formed_folder(tmp_path: Path) -> None:
    dataset = load_beir(write_beir(tmp_path / "tiny"))

    assert dataset.name == "tiny"
    assert list(dataset.corpus) == ["d1", "d2"]
    assert dataset.corpus["d1"].title == "T" and dataset.corpus["d2"].title == ""
    assert dataset.queries == {"q1": "first?"}  # only judged queries are evaluated
    assert dataset.qrels == {"q1": {"d2": 1, "d1": 0}}


def test_loader_names_a_missing_folder_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="does not exist"):
        load_beir(tmp_path / "nowhere")
    folder = write_beir(tmp_path / "partial")
    (folder / "qrels" / "test.tsv").unlink()
    with pytest.raises(DatasetError, match=r"test\.tsv is missing"):
        load_beir(folder)


@pytest.mark.parametrize(
    ("corpus_line", "message"),
    [
        ("{not json", r"corpus\.jsonl:2: not valid JSON"),
        ("[1, 2]", r"corpus\.jsonl:2: expected a JSON object"),
        ('{"text": "no id"}', r"corpus\.jsonl:2: missing or empty string field '_id'"),
        ('{"_id": "d1", "text": "again"}', r"corpus\.jsonl:2: duplicate document id 'd1'"),
        ('{"_id": "d9", "title": "", "text": "  "}', r"corpus\.jsonl:2: document 'd9' has neither title nor text"),
    ],
)
def test_loader_points_at_the_malformed_corpus_line(tmp_path: Path, corpus_line: str, message: str) -> None:
    folder = write_beir(tmp_path / "bad")
    (folder / "corpus.jsonl").write_text('{"_id": "d1", "text": "one"}\n' + corpus_line + "\n", encoding="utf-8")

    with pytest.raises(DatasetError, match=message):
        load_beir(folder)


@pytest.mark.parametrize(
    ("qrels", "message"),
    [
        ("query-id\tcorpus-id\tscore\nq1 d1 1\n", r"test\.tsv:2: expected 3 tab-separated columns"),
        ("query-id\tcorpus-id\tscore\nq1\td1\thigh\n", r"test\.tsv:2: score 'high' is not an integer"),
        ("query-id\tcorpus-id\tscore\nq7\td1\t1\n", r"query 'q7' is judged but not in queries\.jsonl"),
        ("query-id\tcorpus-id\tscore\nq1\td7\t1\n", r"document 'd7' is judged but not in corpus\.jsonl"),
        ("query-id\tcorpus-id\tscore\n", r"holds no judgements"),
        ("query-id\tcorpus-id\tscore\nq1\td1\t0\n", r"judges no document relevant"),
    ],
)
def test_loader_explains_bad_judgements(tmp_path: Path, qrels: str, message: str) -> None:
    with pytest.raises(DatasetError, match=message):
        load_beir(write_beir(tmp_path / "bad", qrels=qrels))


def test_loader_refuses_an_empty_query_text(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match=r"queries\.jsonl:1: missing or empty string field 'text'"):
        load_beir(write_beir(tmp_path / "bad", queries=[{"_id": "q1", "text": ""}]))


def test_the_command_reports_a_malformed_folder_without_a_traceback(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from benchmarks.retrieval import main

    code = main(["--dataset", str(tmp_path / "missing"), "--json-out", str(tmp_path / "out.json")])

    assert code == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()
