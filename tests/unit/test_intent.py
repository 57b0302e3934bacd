"""The intent classifier shipped with the package, over the packaged multilingual embedder (no network, no hub).

Messages here are written for the test: none is in the training set or an evaluation scenario."""

import numpy as np
import pytest

from appliance.answering.intent import (
    HANDOFF_INTENTS,
    INTENTS,
    IntentClassifier,
    NgramModel,
    packaged_classifier,
    read_messages,
)
from appliance.answering.intent.ngrams import DIMENSION, message_features
from appliance.retrieval.multilingual import UniversalSentenceEncoder


@pytest.fixture(scope="module")
def classify():
    encoder = UniversalSentenceEncoder()
    model = packaged_classifier()

    def run(text: str) -> dict[str, float]:
        return model.probabilities(encoder.embed([text])[0], text)
    return run


def test_embedder_contract():
    encoder = UniversalSentenceEncoder()
    vectors = encoder.embed(["Where is the data centre?", "¿Dónde está el centro de datos?", "The cat sleeps."])
    assert len(vectors) == 3 and all(len(v) == encoder.dimension == 512 for v in vectors)
    a, b, c = (np.asarray(v) for v in vectors)
    assert abs(np.linalg.norm(a) - 1) < 1e-4
    assert a @ b > a @ c + 0.2  # the same question across languages is nearer than an unrelated sentence
    assert encoder.embed([]) == []


@pytest.mark.parametrize("text,expected", [
    ("Could you shave a few percent off the consulting fees?", "negotiation"),
    ("Please move the go-live into the contract as a binding date.", "change"),
    ("I want to speak to somebody in sales today.", "person"),
    ("We have been waiting a month for the replacement part and nobody answers.", "complaint"),
    ("Können Sie uns beim Preis noch entgegenkommen?", "negotiation"),
    ("Je souhaite parler à votre responsable commercial.", "person"),
])
def test_messages_that_need_a_person(classify, text, expected):
    probabilities = classify(text)
    assert max(probabilities, key=probabilities.get) == expected
    assert sum(p for k, p in probabilities.items() if k in HANDOFF_INTENTS) > 0.5


@pytest.mark.parametrize("text", [
    "Which operating systems does the desktop client run on?",
    "¿Cuántos idiomas admite la aplicación?",
])
def test_information_questions_do_not_hand_off(classify, text):
    probabilities = classify(text)
    assert sum(p for k, p in probabilities.items() if k in HANDOFF_INTENTS) < 0.5


def test_probabilities_cover_every_intent_and_sum_to_one(classify):
    probabilities = classify("Hello")
    assert set(probabilities) == set(INTENTS) and abs(sum(probabilities.values()) - 1) < 1e-3


def test_training_data_covers_every_class_in_every_language():
    messages = read_messages()
    assert len(messages) >= 400
    for label in INTENTS:
        languages = {m.language for m in messages if m.label == label}
        assert languages == {"en", "es", "fr", "de", "it", "pt", "nl"}, label


def test_a_model_of_the_wrong_shape_is_refused():
    with pytest.raises(ValueError):
        IntentClassifier(np.zeros((2, 4)), np.zeros(3), ("a", "b"))
    with pytest.raises(ValueError):
        IntentClassifier(np.zeros((2, 4)), np.zeros(2), ("a", "b")).probabilities([0.0] * 5)


def test_the_packaged_model_averages_both_feature_sets():
    model = packaged_classifier()
    assert model.ngrams is not None and 0 < model.ngrams.weight < 1
    vector = UniversalSentenceEncoder().embed(["Could you take a little off the price?"])[0]
    alone = model.probabilities(vector)
    both = model.probabilities(vector, "Could you take a little off the price?")
    assert alone != both and abs(sum(both.values()) - 1) < 1e-3


def test_ngram_features_are_stable_normalised_and_case_and_space_blind():
    indices, weights = message_features("Könnten Sie   uns beim Preis entgegenkommen?")
    again, _ = message_features("könnten sie uns beim preis entgegenkommen?")
    assert list(indices) == list(again) == sorted(indices)
    assert abs(np.linalg.norm(weights) - 1) < 1e-9 and indices.max() < DIMENSION
    assert len(message_features("")[0]) <= 1  # nothing but the padding


def test_ngram_model_reads_only_known_buckets():
    indices, weights = message_features("free training")
    columns = np.array(sorted(set(indices[:3].tolist()) | {DIMENSION - 1}))
    coef = np.zeros((2, len(columns)))
    coef[0, : len(columns) - 1] = 1.0  # only the first three buckets of the message push towards class 0
    ngrams = NgramModel(columns=columns, coef=coef, intercept=np.zeros(2), weight=1.0)
    assert np.allclose(ngrams.logits("free training"), [weights[:3].sum(), 0.0])
    classifier = IntentClassifier(np.zeros((2, 4)), np.zeros(2), ("a", "b"), ngrams)
    probs = classifier.probabilities([0.0] * 4, "free training")
    assert probs["a"] > probs["b"]
    assert classifier.probabilities([0.0] * 4) == {"a": 0.5, "b": 0.5}  # without the text: the embedding model only
    empty = NgramModel(columns=np.zeros(0, dtype=np.int64), coef=np.zeros((2, 0)), intercept=np.array([1.0, 0.0]),
                       weight=0.5)
    assert list(empty.logits("free training")) == [1.0, 0.0]  # no bucket known: the intercepts alone
    with pytest.raises(ValueError):
        IntentClassifier(np.zeros((2, 4)), np.zeros(2), ("a", "b"),
                         NgramModel(columns=columns[::-1], coef=coef, intercept=np.zeros(2), weight=0.5))
    with pytest.raises(ValueError):
        IntentClassifier(np.zeros((2, 4)), np.zeros(2), ("a", "b"),
                         NgramModel(columns=columns, coef=np.zeros((3, len(columns))), intercept=np.zeros(2),
                                    weight=0.5))
