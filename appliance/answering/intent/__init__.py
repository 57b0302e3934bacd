"""Intent of a buyer message, classified (not matched): multinomial logistic regression over multilingual sentence
embeddings (USE multilingual v3, `retrieval/multilingual.py`), trained on `messages.tsv` beside this file by
`scripts/fit_policy.py`, which writes the coefficients to `model.npz` (plain arrays, read without pickle) and the
cross-validated scores to `report.json`.

Classes (`INTENTS`): the six that need a person whatever the knowledge says (`HANDOFF_INTENTS`), a question about a
commercial figure (answered only under the commercial-statement guard), an information question, and a message too
vague to answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

INTENT_DIR = Path(__file__).parent
MODEL_FILE = INTENT_DIR / "model.npz"
MESSAGES_FILE = INTENT_DIR / "messages.tsv"

INTENTS = ("negotiation", "change", "competitor", "complaint", "person", "legal", "commercial", "information",
           "vague")
HANDOFF_INTENTS = frozenset({"negotiation", "change", "competitor", "complaint", "person", "legal"})


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


class IntentClassifier:
    """Softmax over the fitted linear model: ``probabilities(vector)`` -> {intent: probability}, summing to 1."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray, classes: tuple[str, ...]) -> None:
        if coef.shape[0] != len(classes) or intercept.shape != (len(classes),):
            raise ValueError("intent model: coefficient rows, intercepts and classes disagree")
        self.coef = coef.astype("float64")
        self.intercept = intercept.astype("float64")
        self.classes = classes
        self.dimension = int(coef.shape[1])

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> IntentClassifier:
        with np.load(path, allow_pickle=False) as data:
            return cls(data["coef"], data["intercept"], tuple(str(c) for c in data["classes"]))

    def probabilities(self, vector: list[float] | np.ndarray) -> dict[str, float]:
        x = np.asarray(vector, dtype="float64")
        if x.shape != (self.dimension,):
            raise ValueError(f"intent model expects a {self.dimension}-dimensional vector, got {x.shape}")
        logits = self.coef @ x + self.intercept
        logits -= logits.max()
        exp = np.exp(logits)
        probs = exp / exp.sum()
        return {label: round(float(p), 4) for label, p in zip(self.classes, probs, strict=True)}


@cache
def packaged_classifier() -> IntentClassifier:
    """The classifier shipped with the package (fitted by scripts/fit_policy.py)."""
    return IntentClassifier.load()
