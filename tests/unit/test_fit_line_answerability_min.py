"""scripts/fit_line_answerability_min.py: which answers of a report quoted a quote line, whether the buyer expected it,
and the threshold chosen from the model's scores (reports hand-written here; the script reads real ones)."""

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "fit_line_answerability_min", Path(__file__).resolve().parents[2] / "scripts" / "fit_line_answerability_min.py")
fit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fit)

LINE = "Line item 1: ULT-700 upright freezer (SKU PC-U700). Quantity: 4. Unit price: €14,800.00."


def _question(answer=f"According to Quote PC-12: “{LINE}” [1]", *, language="en", decision="answer",
              cited=("quote",), expect="answer", expected=("quote",)):
    return {"question": "…", "answer": answer, "language": language, "decision": decision,
            "cited_sources": list(cited), "expect": expect, "expected_sources": list(expected)}


def test_only_english_answers_quoting_a_quote_line_are_read():
    assert fit.quoted_line(_question()) == LINE
    assert fit.quoted_line(_question(language="de")) is None
    assert fit.quoted_line(_question(decision="handoff")) is None
    assert fit.quoted_line(_question("According to terms.md: “Collected at EUR 250 per unit.” [1]",
                                     cited=("terms.md",))) is None
    assert fit.quoted_line(_question("According to Quote PC-12: “Terms of the quote: 30 days net.” [1]")) is None
    assert fit.expected_line(_question())
    assert not fit.expected_line(_question(expected=("terms.md",)))
    assert not fit.expected_line(_question(expect="handoff", expected=()))


def test_the_highest_threshold_below_which_no_expected_line_falls():
    lines = [(0.15, False), (0.33, False), (0.52, False), (0.58, True), (0.7, True)]
    assert fit.choose(lines) == (0.55, 3)
    # an expected line low down stops the threshold below it; of thresholds gaining as much, the lowest
    assert fit.choose(lines + [(0.31, True)]) == (0.2, 1)
    # nothing to gain: off
    assert fit.choose([(0.1, True), (0.8, False)]) == (0.0, 0)
