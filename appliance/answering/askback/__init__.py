"""The ask-back check: a learned second opinion on the rules that ask the buyer which thing they mean.

Four rules of `decision.decide` ask back (several passages only partly match, the best passage does not name the
subject, a table row is not chosen, several things have different values). On companies the team had not seen they
were right about half the time: most wrong ones asked back a question that the passage they had found answered.
This model reads the evidence the rules read (the intents, the retrieval confidence, the answer checks, which rule
asked and where its options came from, the question's shape) and gives the probability that the buyer expected an
answer; above `PolicyConfig.askback_answer_min` the decision goes on as if those four rules had not fired (the
commercial-statement guard, the measure checks and the answerability model still apply). The same model reads the
answers the rules give ("covered"): when it gives a follow-up question at least `PolicyConfig.askback_clarify_min`
probability and the best passages hold two or more values of the kind asked, the buyer is asked which thing they mean
(cause "several_readings"); the rules find several readings only where the passages line them up (parallel rows or
sentences), and four in ten follow-ups the buyers expected on unseen companies were answered from one reading.

A multinomial logistic regression (answer / clarify / handoff), fitted by `scripts/fit_askback.py` on the
calibration scenarios' evaluation reports (never an evaluation scenario), stored as JSON beside this file
(`model.json`: coefficients, no pickle) with its leave-one-scenario-out figures (`report.json`).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from appliance.answering.text import detect_language

ASKBACK_DIR = Path(__file__).parent
MODEL_FILE = ASKBACK_DIR / "model.json"
REPORT_FILE = ASKBACK_DIR / "report.json"

# The decision causes of the four rules that ask back (decision.CAUSES).
ASKBACK_CAUSES = ("partial_match", "subject_not_named", "row_not_chosen", "competing_values")
# Where a wording's options came from (`evidence.EvidenceGatherer.gather`), recorded as the signal
# "options_source" (1-based position here, 0 for none).
OPTION_SOURCES = ("readings", "listed", "quote_items", "models", "columns", "section_rows", "measures",
                  "quote_kinds", "quoted_items")
# Signals read as values (-1 when the decision did not get as far as computing one) and as present / absent.
SIGNALS = ("intent_change", "intent_commercial", "intent_competitor", "intent_complaint", "intent_information",
           "intent_legal", "intent_negotiation", "intent_person", "intent_vague", "handoff_intent_mass", "dense",
           "dense_norm", "coverage", "unknown_terms", "multilingual_dense", "crosslingual", "quoted_meaning",
           "subject_named", "value_kind_held", "concept_named", "answerability", "competing_values",
           "unknown_extras", "unknown_names", "row_chosen", "quote_figure")
# Every cause a decision can have: the model is fitted on all decisions, applied to the four above.
CAUSES = ("intent", "quote_figure", "quote_terms", "vague", "unknown_name", "unknown_extra", "no_knowledge",
          "partial_match", "no_support", "commercial_guard", "subject_not_named", "row_not_chosen",
          "competing_values", "measure_not_stated", "not_answered", "covered", "several_readings", "askback_handoff")
# An answer is asked back (rule 11 of `decision.decide`) only when the best passages hold at least this many
# different values of the kind asked (the signal "asked_values"): one value is one reading, however short the question.
READINGS_MIN = 2
QUESTION_WORDS_MAX = 40  # a longer question reads as this long (a story before the question)
FEATURES = (*SIGNALS, *(f"has_{name}" for name in SIGNALS), *(f"options_{name}" for name in OPTION_SOURCES),
            *(f"cause_{name}" for name in CAUSES), "not_english", "question_words", "question_marks", "has_digit")
_DIGIT = re.compile(r"\d")


def askback_features(signals: dict[str, float], cause: str, question: str) -> tuple[float, ...]:
    """The model's inputs, in FEATURES order: a pure function of what the decision recorded (its signals and cause)
    and the question as asked, so that the fit reads them from evaluation reports exactly as `decide` computes
    them."""
    source = int(signals.get("options_source", 0.0))
    return (
        *(float(signals.get(name, -1.0)) for name in SIGNALS),
        *(1.0 if name in signals else 0.0 for name in SIGNALS),
        *(1.0 if source == index else 0.0 for index in range(1, len(OPTION_SOURCES) + 1)),
        *(1.0 if cause == name else 0.0 for name in CAUSES),
        0.0 if detect_language(question) == "en" else 1.0,
        min(len(question.split()), QUESTION_WORDS_MAX) / 10,
        float(question.count("?")),
        1.0 if _DIGIT.search(question) else 0.0,
    )


@dataclass(frozen=True)
class AskbackModel:
    """Standardised inputs, then one linear score per class and a softmax."""

    features: tuple[str, ...]
    classes: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]

    def probabilities(self, inputs: tuple[float, ...]) -> dict[str, float]:
        scaled = [(x - m) / s for x, m, s in zip(inputs, self.mean, self.scale, strict=True)]
        scores = [b + sum(w * x for w, x in zip(row, scaled, strict=True))
                  for row, b in zip(self.coef, self.intercept, strict=True)]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {name: e / total for name, e in zip(self.classes, exps, strict=True)}

    def to_json(self) -> dict[str, Any]:
        return {"features": list(self.features), "classes": list(self.classes), "mean": list(self.mean),
                "scale": list(self.scale), "coef": [list(row) for row in self.coef],
                "intercept": list(self.intercept)}


@lru_cache(maxsize=4)
def load_askback_model(path: Path = MODEL_FILE) -> AskbackModel | None:
    """The fitted model, read once; None when none is fitted or it was fitted on other features (re-run
    `scripts/fit_askback.py`)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        return None
    return AskbackModel(features=tuple(data["features"]), classes=tuple(data["classes"]), mean=tuple(data["mean"]),
                        scale=tuple(data["scale"]), coef=tuple(tuple(row) for row in data["coef"]),
                        intercept=tuple(data["intercept"]))
