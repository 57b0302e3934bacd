"""scripts/fit_askback.py: reading evaluation reports as the rules decided, refusing evaluation scenarios, and
leaving each scenario out (the reports are hand-written here; the script reads real ones)."""

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from appliance.answering.askback import CAUSES, FEATURES

_SPEC = importlib.util.spec_from_file_location(
    "fit_askback", Path(__file__).resolve().parents[2] / "scripts" / "fit_askback.py")
fit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fit)


def _question(decision, cause, expect, signals=None, text="How long is the warranty?"):
    return {"question": text, "expect": expect, "decision": decision, "cause": cause, "language": "en",
            "signals": {"intent_information": 0.9, **(signals or {})}}


def _write(folder: Path, name: str, questions: list[dict]) -> None:
    (folder / f"{name}.json").write_text(json.dumps({"scenario": "Shown name", "per_question": questions}))


def test_a_decision_the_model_overruled_is_read_as_the_rule_decided(tmp_path):
    overruled = _question("answer", "covered", "answer", {"askback_answer": 0.8,
                                                          "askback_rule": float(CAUSES.index("row_not_chosen"))})
    _write(tmp_path, "agrivia-irrigation", [overruled, _question("handoff", "intent", "handoff")])
    rows = fit.read_reports(tmp_path)
    assert [(r["rules"], r["cause"]) for r in rows] == [("clarify", "row_not_chosen"), ("handoff", "intent")]
    assert all(r["scenario"] == "agrivia-irrigation" for r in rows)  # the file's name, not the shown one
    features = dict(zip(FEATURES, rows[0]["x"], strict=True))
    assert features["cause_row_not_chosen"] == 1.0 and features["cause_covered"] == 0.0


def test_an_answer_the_model_asked_back_is_read_as_the_rules_answered(tmp_path):
    asked = _question("clarify", "several_readings", "clarify", {"askback_clarify": 0.7, "dense": 0.6,
                                                                 "asked_values": 3.0})
    _write(tmp_path, "agrivia-irrigation", [asked])
    [row] = fit.read_reports(tmp_path)
    assert (row["rules"], row["cause"]) == ("answer", "covered")
    features = dict(zip(FEATURES, row["x"], strict=True))
    assert features["cause_covered"] == 1.0 and features["cause_several_readings"] == 0.0
    assert features["dense"] == 0.6 and row["readings"] == 3.0


def test_an_evaluation_scenario_is_refused(tmp_path):
    _write(tmp_path, "helios-solar", [_question("answer", "covered", "answer")])
    with pytest.raises(SystemExit, match="not a calibration scenario"):
        fit.read_reports(tmp_path)


def test_the_check_turns_only_an_ask_back_follow_up_into_an_answer():
    follow_up = {"rules": "clarify", "cause": "competing_values"}
    assert fit._decided(follow_up, 0.7, 0.6) == "answer"
    assert fit._decided(follow_up, 0.5, 0.6) == "clarify"
    assert fit._decided({"rules": "clarify", "cause": "vague"}, 0.9, 0.6) == "clarify"
    assert fit._decided({"rules": "handoff", "cause": "intent"}, 0.9, 0.6) == "handoff"


def test_a_follow_up_the_model_reads_as_a_handoff_is_handed_off_only_when_on():
    follow_up = {"rules": "clarify", "cause": "partial_match"}
    assert fit._decided(follow_up, 0.1, 0.6, 0.0, 0.0, 0.8, 0.7) == "handoff"
    assert fit._decided(follow_up, 0.1, 0.6, 0.0, 0.0, 0.6, 0.7) == "clarify"
    assert fit._decided(follow_up, 0.1, 0.6, 0.0, 0.0, 0.8, 0.0) == "clarify"  # threshold 0: off
    assert fit._decided(follow_up, 0.7, 0.6, 0.0, 0.0, 0.8, 0.7) == "answer"  # an answer is read first
    assert fit._decided({"rules": "clarify", "cause": "vague"}, 0.1, 0.6, 0.0, 0.0, 0.9, 0.7) == "clarify"


def test_the_check_turns_only_a_covered_answer_into_a_follow_up_and_only_when_on():
    answer = {"rules": "answer", "cause": "covered", "readings": 2.0}
    assert fit._decided(answer, 0.2, 0.6, 0.7, 0.5) == "clarify"
    assert fit._decided(answer | {"readings": 1.0}, 0.2, 0.6, 0.9, 0.5) == "answer"  # one value: one reading
    assert fit._decided(answer, 0.2, 0.6, 0.4, 0.5) == "answer"
    assert fit._decided(answer, 0.2, 0.6, 0.9, 0.0) == "answer"  # threshold 0: off
    assert fit._decided({"rules": "answer", "cause": "quote_figure", "readings": 3.0}, 0.2, 0.6, 0.9, 0.5) == "answer"


def test_left_out_probabilities_come_from_models_that_never_saw_the_scenario(tmp_path):
    # two scenarios whose follow-ups were right in one and wrong in the other: each left-out model learned the other
    right = [_question("clarify", "competing_values", "clarify", {"dense": 0.9}) for _ in range(6)]
    wrong = [_question("clarify", "competing_values", "answer", {"dense": 0.2}) for _ in range(6)]
    for index, name in enumerate(("agrivia-irrigation", "aircomp-compressors")):
        _write(tmp_path, name, (right if index == 0 else wrong) + [_question("answer", "covered", "answer")] * 3
               + [_question("handoff", "intent", "handoff")])
    rows = fit.read_reports(tmp_path)
    probabilities = fit.left_out(rows)
    assert set(probabilities) == set(fit.C_GRID)
    assert all(len(p) == 10 for p in probabilities[fit.C_GRID[0]].values())
    # the model fitted on the scenario whose follow-ups were wrong finds the right scenario's follow-ups answerable
    assert min(p["answer"] for p in probabilities[1.0]["agrivia-irrigation"][:6]) > 0.5
    every = [q for p in probabilities[fit.C_GRID[0]].values() for q in p]
    assert all(np.isfinite(v) for q in every for v in q.values())
    assert all(abs(sum(q.values()) - 1.0) < 1e-9 for q in every)  # answer, follow-up and handoff, all three
