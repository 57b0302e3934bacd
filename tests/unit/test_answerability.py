"""The answerability model's arithmetic (on hand-made word vectors and a hand-set model, named as such) and the
decision rule that reads it. The fitted model's figures are in answerability/report.json; the real embedder's word
vectors are tested in tests/integration/test_embedder_reranker.py."""

import numpy as np
import pytest

from appliance.answering.answerability import (
    AnswerabilityModel,
    content_words,
    packaged_model,
    pair_features,
    summary,
)
from appliance.answering.compose import extractive_answer
from appliance.answering.decision import Evidence, Wording, decide
from appliance.answering.policy_config import PolicyConfig
from appliance.retrieval.contracts import Passage, ScoredPassage

AXES = {"dashcam": 0, "fatigue": 1, "video": 2, "upload": 3, "detect": 4}


def _words(text: str) -> tuple[list[str], np.ndarray]:
    """Hand-made word vectors: one axis per content word of AXES, stop words on a shared axis."""
    words = text.split()
    vectors = np.zeros((len(words), 6), dtype="float32")
    for i, word in enumerate(words):
        vectors[i, AXES.get(word.lower(), 5)] = 1.0
    return words, vectors


HAND_SET = AnswerabilityModel(importance=np.zeros(6), level=0.5, coefficients=np.array([4.0, -4.0, 2.0, 0.0, -2.0, 0.0]),
                              intercept=-1.0, threshold=0.5)


def test_content_words_leave_out_stop_words_and_punctuation():
    assert content_words(["Does", "the", "dashcam", "?", "x", "5"]).tolist() == [False, False, True, False, False,
                                                                                  True]


def test_each_question_word_is_aligned_with_its_best_passage_word():
    features = pair_features(_words("does the dashcam detect fatigue"), _words("the dashcam can upload video"))
    assert features.alignment.tolist() == [1.0, 0.0, 0.0]  # dashcam found; detect and fatigue not
    assert features.lexical.tolist() == [1.0, 0.0, 0.0]
    assert pair_features(_words("does the"), _words("the dashcam")) is None


def test_the_missing_share_counts_question_words_the_passage_does_not_have():
    covered, missing, weakest, _, absent, absent_and_missing = summary(
        pair_features(_words("dashcam fatigue"), _words("dashcam video")), np.zeros(6), 0.5)
    assert covered == pytest.approx(0.5) and missing == pytest.approx(0.5, abs=0.01) and weakest == 0.0
    assert absent == pytest.approx(0.5) and absent_and_missing == pytest.approx(0.5, abs=0.01)


def test_a_passage_with_every_asked_word_answers_more_likely_than_one_missing_the_thing_asked():
    answering = pair_features(_words("does the dashcam detect fatigue"), _words("the dashcam can detect fatigue"))
    nearby = pair_features(_words("does the dashcam detect fatigue"), _words("the dashcam can upload video"))
    assert HAND_SET.probability(answering) > 0.9 > 0.1 > HAND_SET.probability(nearby)


def test_the_packaged_model_loads_with_a_threshold_between_zero_and_one():
    model = packaged_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert model.embedder == "all-MiniLM-L6-v2" and model.importance.shape == (384,)
    assert model.importance.shape == (384,)


def _evidence(answerability: float | None) -> Evidence:
    passage = Passage(id="p", agent_id=1, doc_kind="source", doc_id=1, text="The dashcam uploads video.",
                      heading_path=("Dashcam",), start=0, end=26, title="Datasheet")
    answer = extractive_answer("Does the dashcam detect fatigue?", [ScoredPassage(passage, dense_score=0.6)])
    signals = {} if answerability is None else {"answerability": answerability}
    wording = Wording(text="q", confidence=0.8, signals=signals, answer=answer, subject_named=True,
                      value_kind_held=True, concept_named=True)
    return Evidence(intents={"information": 0.95}, language="en", has_context=False, pronoun_without_subject=False,
                    asked_kinds=(), commercial_concepts=(), wordings=(wording,))


def test_a_passage_that_does_not_answer_is_handed_off():
    decision = decide(_evidence(0.2), PolicyConfig(answerability_min=0.4))
    assert decision.kind == "handoff" and decision.cause == "not_answered"
    assert decision.signals["answerability"] == 0.2


def test_a_passage_that_answers_or_an_unmeasured_one_is_quoted():
    assert decide(_evidence(0.7), PolicyConfig(answerability_min=0.4)).kind == "answer"
    assert decide(_evidence(None), PolicyConfig(answerability_min=0.4)).kind == "answer"  # not English, no model
    assert decide(_evidence(0.2), PolicyConfig(answerability_min=0.0)).kind == "answer"  # the check is off


class _CountingWordVectors:
    """A fake embedder named as the packaged model's one: fixed 384-dimensional vectors per word (seeded by the word),
    and a record of every text it was asked to read."""

    name = "all-MiniLM-L6-v2"

    def __init__(self) -> None:
        self.read: list[str] = []

    def word_vectors(self, texts: list[str]) -> list[tuple[list[str], np.ndarray]]:
        self.read.extend(texts)
        result = []
        for text in texts:
            words = text.split()
            vectors = np.stack([np.random.default_rng(sum(map(ord, w))).standard_normal(384) for w in words])
            result.append((words, (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype("float32")))
        return result


def test_a_passage_quoted_again_is_not_read_again():
    import asyncio

    from sqlalchemy import create_engine

    from appliance.answering.evidence import EvidenceGatherer
    from appliance.settings import Settings

    fake = _CountingWordVectors()
    gatherer = EvidenceGatherer(engine=create_engine("sqlite://"), settings=Settings(), embedder=fake, store=None,
                                reranker=None, generator=None, multilingual_embedder=fake, policy=PolicyConfig())
    answer = _evidence(None).wordings[0].answer
    first = asyncio.run(gatherer._answerability("Does the dashcam detect fatigue?", answer))
    again = asyncio.run(gatherer._answerability("Can the dashcam detect fatigue?", answer))
    assert fake.read == ["Does the dashcam detect fatigue?", answer.quoted, "Can the dashcam detect fatigue?"]
    # the same probability as reading both again
    question, passage = fake.word_vectors(["Can the dashcam detect fatigue?", answer.quoted])
    assert first is not None and again == round(packaged_model().probability(pair_features(question, passage)), 4)
