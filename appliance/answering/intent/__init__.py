"""Intent of a buyer message, classified (not matched): two multinomial logistic regressions, one over the message's
multilingual sentence embedding (USE multilingual v3, `retrieval/multilingual.py`: what it is about), one over its
hashed character and word n-grams (`ngrams.py`: how it asks), whose probabilities are averaged with a weight chosen
by cross-validation. Both are trained on `messages.tsv` beside this file by `scripts/fit_policy.py`, which writes
the coefficients to `model.npz` (plain arrays, read without pickle) and the cross-validated scores to
`report.json`.

Classes (`INTENTS`): the six that need a person whatever the knowledge says (`HANDOFF_INTENTS`), a question about a
commercial figure (answered only under the commercial-statement guard), an information question, and a message too
vague to answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from appliance.answering.intent.ngrams import DIMENSION as NGRAM_DIMENSION
from appliance.answering.intent.ngrams import message_features

INTENT_DIR = Path(__file__).parent
MODEL_FILE = INTENT_DIR / "model.npz"
MESSAGES_FILE = INTENT_DIR / "messages.tsv"

INTENTS = ("negotiation", "change", "competitor", "complaint", "person", "legal", "commercial", "information",
           "vague")
HANDOFF_INTENTS = frozenset({"negotiation", "change", "competitor", "complaint", "person", "legal"})


def handoff_mass(probabilities: dict[str, float]) -> float:
    """The probability mass of the intents that need a person (a message read as 0.3 a change, 0.3 a competitor
    comparison and 0.4 a question needs a person with probability 0.6)."""
    return sum(v for k, v in probabilities.items() if k in HANDOFF_INTENTS)


@dataclass(frozen=True)
class LabelledMessage:
    label: str
    language: str
    text: str


def read_messages(path: Path = MESSAGES_FILE) -> list[LabelledMessage]:
    """The labelled training messages; a malformed line is an error naming it."""
    messages = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in INTENTS or not parts[2].strip():
            raise ValueError(f"{path}:{number}: expected 'label<TAB>language<TAB>message' with a known label")
        messages.append(LabelledMessage(parts[0], parts[1], parts[2].strip()))
    return messages


@dataclass(frozen=True)
class NgramModel:
    """The n-gram model's coefficients, kept only for the buckets the training messages used (the others are 0)."""

    columns: np.ndarray  # sorted bucket indices, shape (k,)
    coef: np.ndarray  # shape (classes, k)
    intercept: np.ndarray  # shape (classes,)
    weight: float  # its share of the averaged probabilities

    def logits(self, text: str) -> np.ndarray:
        indices, values = message_features(text)
        if not len(self.columns):
            return self.intercept.copy()
        positions = np.searchsorted(self.columns, indices)
        positions = np.minimum(positions, len(self.columns) - 1)
        known = self.columns[positions] == indices
        return self.coef[:, positions[known]] @ values[known] + self.intercept


def _softmax(logits: np.ndarray) -> np.ndarray:
    exp = np.exp(logits - logits.max())
    return exp / exp.sum()


class IntentClassifier:
    """``probabilities(vector, text)`` -> {intent: probability}, summing to 1: the sentence-embedding model's softmax,
    averaged with the n-gram model's when the fitted file has one and the message's text is given."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray, classes: tuple[str, ...],
                 ngrams: NgramModel | None = None) -> None:
        if coef.shape[0] != len(classes) or intercept.shape != (len(classes),):
            raise ValueError("intent model: coefficient rows, intercepts and classes disagree")
        if ngrams is not None and (ngrams.coef.shape != (len(classes), len(ngrams.columns))
                                   or ngrams.intercept.shape != (len(classes),) or not 0.0 <= ngrams.weight <= 1.0
                                   or (len(ngrams.columns) and int(ngrams.columns.max()) >= NGRAM_DIMENSION)
                                   or bool(np.any(np.diff(ngrams.columns) <= 0))):
            raise ValueError("intent model: the n-gram coefficients do not fit the classes or the feature space "
                             "(or its bucket columns are not sorted and distinct)")
        self.coef = coef.astype("float64")
        self.intercept = intercept.astype("float64")
        self.classes = classes
        self.dimension = int(coef.shape[1])
        self.ngrams = ngrams

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> IntentClassifier:
        with np.load(path, allow_pickle=False) as data:
            ngrams = None
            if "ngram_coef" in data.files:
                ngrams = NgramModel(columns=data["ngram_columns"].astype("int64"),
                                    coef=data["ngram_coef"].astype("float64"),
                                    intercept=data["ngram_intercept"].astype("float64"),
                                    weight=float(data["ngram_weight"]))
            return cls(data["coef"], data["intercept"], tuple(str(c) for c in data["classes"]), ngrams)

    def probabilities(self, vector: list[float] | np.ndarray, text: str | None = None) -> dict[str, float]:
        x = np.asarray(vector, dtype="float64")
        if x.shape != (self.dimension,):
            raise ValueError(f"intent model expects a {self.dimension}-dimensional vector, got {x.shape}")
        probs = _softmax(self.coef @ x + self.intercept)
        if self.ngrams is not None and text is not None and self.ngrams.weight > 0:
            probs = (1 - self.ngrams.weight) * probs + self.ngrams.weight * _softmax(self.ngrams.logits(text))
        return {label: round(float(p), 4) for label, p in zip(self.classes, probs, strict=True)}


@cache
def packaged_classifier() -> IntentClassifier:
    """The classifier shipped with the package (fitted by scripts/fit_policy.py)."""
    return IntentClassifier.load()
