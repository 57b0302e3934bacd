"""scripts/fit_language_intent.py: a question not in English read as handed off from the threshold, English and
the quote's computed sums left as decided, evaluation scenarios refused (reports hand-written here; the script reads
real ones)."""

import importlib.util
import json
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "fit_language_intent", Path(__file__).resolve().parents[2] / "scripts" / "fit_language_intent.py")
fit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fit)


def _question(language, mass, decision="answer", cause="covered", expect="handoff"):
    return {"question": "…", "language": language, "decision": decision, "cause": cause, "expect": expect,
            "signals": {"handoff_intent_mass": mass}}


def test_only_a_message_in_another_language_below_the_intent_threshold_is_read_again():
    assert fit.decision_at(_question("es", 0.55), 0.5) == "handoff"
    assert fit.decision_at(_question("es", 0.45), 0.5) == "answer"  # under it
    assert fit.decision_at(_question("es", 0.55), 0.0) == "answer"  # off
    assert fit.decision_at(_question("en", 0.55), 0.5) == "answer"  # English keeps handoff_intent_min
    assert fit.decision_at(_question("de", 0.55, cause="quote_figure"), 0.5) == "answer"  # rule 0 first


def test_the_reports_are_read_with_their_scenario_and_an_evaluation_scenario_is_refused(tmp_path):
    (tmp_path / "agrivia-irrigation.json").write_text(json.dumps({"per_question": [_question("es", 0.5)]}))
    [question] = fit.read_questions(tmp_path)
    assert question["scenario"] == "agrivia-irrigation" and question["language"] == "es"
    (tmp_path / "helios-solar.json").write_text(json.dumps({"per_question": [_question("es", 0.5)]}))
    with pytest.raises(SystemExit, match="not a calibration scenario"):
        fit.read_questions(tmp_path)
