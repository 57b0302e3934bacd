"""Does the quoted passage answer the question, or only talk about the same thing?

The agent's worst mistake on companies it has not seen: a buyer asks about something the knowledge does not cover
("Does your dashcam also detect driver fatigue?") and the nearest passage (the dashcam's video upload) is quoted as
if it answered. Retrieval scores, shared words and sentence similarity do not separate the two (DESIGN-NOTES,
sessions 4-6): the question matches the passage well except for the one thing it asks about.

This model reads that one thing. Every word of the question and the passage gets a contextual vector (the English
embedder's token vectors averaged per word, `Embedder.word_vectors`); each content word of the question is aligned
with its best match in the passage (cosine). A learned importance per question word (a softmax over a linear score
of the word's contextual vector: the thing asked about weighs more than the story around it) pools the alignments
into the share of the question the passage covers and the share it misses (alignment below a learned level); with
the weakest alignment and the sentence similarity, a logistic regression gives the probability that the passage
answers. Fitted by `scripts/fit_answerability.py` on question-passage pairs of our own (`data/`, written blind to the
evaluation scenarios; grouped cross-validation by company in `report.json`). Run time is numpy over the vectors:
a few milliseconds, one embedder call for the question and the quoted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from appliance.answering.text import STOPWORDS, stem, term_matches

MODEL_FILE = Path(__file__).with_name("model.npz")
DATA_DIR = Path(__file__).with_name("data")
_CONTENT = re.compile(r"^[^\W_][\w'’-]*$", re.UNICODE)
SHARPNESS = 12.0  # how sharply "missing" turns on below the learned alignment level (fixed: it trades with the level)


def content_words(words: list[str]) -> np.ndarray:
    """A mask of the words that carry content: not punctuation, not a stop word, not a single letter."""
    return np.array([bool(_CONTENT.match(w)) and w.lower() not in STOPWORDS and (len(w) > 1 or w.isdigit())
                     for w in words], dtype=bool)


@dataclass(frozen=True)
class PairFeatures:
    """What the model reads of one (question, passage) pair."""

    question_vectors: np.ndarray  # (n, dim): the question's content words
    alignment: np.ndarray  # (n,): each one's best cosine with a passage word
    sentence: float  # cosine of the two texts' mean word vectors
    lexical: np.ndarray  # (n,): 1.0 where the passage has the word itself (stemmed, one typing slip forgiven)


def pair_features(question: tuple[list[str], np.ndarray], passage: tuple[list[str], np.ndarray]) -> PairFeatures | None:
    """None when the question has no content word or the passage none at all."""
    q_words, q_vectors = question
    p_words, p_vectors = passage
    q_mask, p_mask = content_words(q_words), content_words(p_words)
    if not q_mask.any() or not p_mask.any():
        return None
    chosen = q_vectors[q_mask]
    alignment = (chosen @ p_vectors[p_mask].T).max(axis=1)
    q_mean, p_mean = q_vectors.mean(axis=0), p_vectors.mean(axis=0)
    sentence = float(q_mean @ p_mean / max(1e-12, float(np.linalg.norm(q_mean) * np.linalg.norm(p_mean))))
    vocabulary = {stem(w.lower()) for w, keep in zip(p_words, p_mask, strict=True) if keep}
    lexical = np.array([float(term_matches(stem(w.lower()), vocabulary))
                        for w, keep in zip(q_words, q_mask, strict=True) if keep], dtype="float32")
    return PairFeatures(chosen.astype("float32"), alignment.astype("float32"), sentence, lexical)


def summary(features: PairFeatures, importance: np.ndarray, level: float) -> np.ndarray:
    """The inputs of the logistic regression (FEATURES)."""
    scores = features.question_vectors @ importance
    weights = np.exp(scores - scores.max())
    weights /= weights.sum()
    covered = float(weights @ features.alignment)
    below = 1.0 / (1.0 + np.exp(-SHARPNESS * (level - features.alignment)))
    missing = float(weights @ below)
    absent = float(weights @ (1.0 - features.lexical))
    return np.array([covered, missing, float(features.alignment.min()), features.sentence, absent,
                     float(weights @ ((1.0 - features.lexical) * below))], dtype="float64")


FEATURES = ("covered", "missing", "weakest", "sentence", "absent", "absent_and_missing")


@dataclass(frozen=True)
class AnswerabilityModel:
    importance: np.ndarray  # (dim,)
    level: float
    coefficients: np.ndarray  # (4,)
    intercept: float
    threshold: float  # below it the passage is taken not to answer (chosen on the folds, see report.json)
    embedder: str = ""  # the embedder whose word vectors it was fitted on (another one's vectors mean nothing to it)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> AnswerabilityModel:
        with np.load(path, allow_pickle=False) as data:
            return cls(importance=data["importance"].astype("float64"), level=float(data["level"]),
                       coefficients=data["coefficients"].astype("float64"), intercept=float(data["intercept"]),
                       threshold=float(data["threshold"]), embedder=str(data["embedder"]))

    def probability(self, features: PairFeatures) -> float:
        z = float(summary(features, self.importance, self.level) @ self.coefficients + self.intercept)
        return 1.0 / (1.0 + np.exp(-z))


_packaged: AnswerabilityModel | None = None


def packaged_model() -> AnswerabilityModel | None:
    """The shipped model, loaded once; None when it has not been fitted (the decision then skips the check)."""
    global _packaged
    if _packaged is None and MODEL_FILE.is_file():
        _packaged = AnswerabilityModel.load()
    return _packaged
