"""The evidence gatherer's multilingual unit scores: USE cosine mapped onto the dense scale, vectors cached by
text (a fake embedder stands in for USE here; the real one runs in the scenario evaluation)."""

import asyncio

from appliance.answering.evidence import EvidenceGatherer
from appliance.answering.wording_evidence import _best_of
from appliance.answering.policy_config import PolicyConfig


class FakeEmbedder:
    name = "fake"

    def __init__(self, vectors):
        self.vectors, self.calls = vectors, []

    def embed(self, texts):
        self.calls.append(list(texts))
        return [self.vectors[t] for t in texts]


def _pipeline(embedder):
    pipeline = EvidenceGatherer.__new__(EvidenceGatherer)  # only the state _multilingual_scores reads
    pipeline._intent_embedder = embedder
    pipeline._multilingual_vectors = {}
    pipeline._policy = PolicyConfig(multilingual_scale=0.5, multilingual_shift=0.1)
    return pipeline


def test_scores_are_mapped_and_each_text_is_embedded_once():
    embedder = FakeEmbedder({"a": [1.0, 0.0], "b": [0.0, 1.0]})
    pipeline = _pipeline(embedder)
    first = asyncio.run(pipeline._multilingual_scores(["a", "b", "a"], [1.0, 0.0]))
    assert first == {"a": 0.6, "b": 0.1}
    again = asyncio.run(pipeline._multilingual_scores(["b", "a"], [0.0, 1.0]))
    assert again == {"a": 0.1, "b": 0.6}
    assert embedder.calls == [["a", "b"]]  # the second question reused the cached vectors


def test_a_unit_keeps_the_better_of_the_two_similarities():
    similarity = _best_of(lambda text: {"x": 0.7, "y": 0.1}.get(text, 0.0), {"y": 0.5, "z": 0.2})
    assert (similarity("x"), similarity("y"), similarity("z"), similarity("w")) == (0.7, 0.5, 0.2, 0.0)
