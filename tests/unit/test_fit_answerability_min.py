"""scripts/fit_answerability_min.py: an answer the rules reached, or one the answerability model alone handed off, is
decided again by the threshold; the quote-line checks' handoffs, other causes and questions without a score keep
their decision (reports hand-written here; the script reads real ones)."""

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "fit_answerability_min", Path(__file__).resolve().parents[2] / "scripts" / "fit_answerability_min.py")
fit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fit)


def _question(score, decision="answer", cause="covered", **signals):
    return {"question": "…", "language": "en", "decision": decision, "cause": cause, "expect": "answer",
            "signals": ({"answerability": score} if score is not None else {}) | signals}


def test_the_threshold_decides_between_answering_and_handing_off():
    assert fit.decision_at(_question(0.22), 0.25) == "handoff"  # under it
    assert fit.decision_at(_question(0.22), 0.2) == "answer"
    assert fit.decision_at(_question(0.22, "handoff", "not_answered"), 0.2) == "answer"  # the model alone handed off
    assert fit.decision_at(_question(0.1), 0.0) == "answer"  # off


def test_other_rules_keep_their_decision():
    assert fit.decision_at(_question(0.1, "handoff", "not_answered", line_without_value=1.0), 0.0) == "handoff"
    assert fit.decision_at(_question(0.1, "handoff", "not_answered", restates_figure=1.0), 0.0) == "handoff"
    assert fit.decision_at(_question(0.1, "clarify", "competing_values"), 0.5) == "clarify"
    assert fit.decision_at(_question(None), 0.5) == "answer"  # no score: not English, or no answer read
