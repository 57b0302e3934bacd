"""scripts/fit_thresholds.py: the offline sweep over recorded evidence (the real answer path runs in the script;
here the evidence is hand-built, as in test_decision.py)."""

import importlib.util
from pathlib import Path

import pytest

from appliance.answering.policy_config import PolicyConfig
from tests.unit.test_decision import _evidence, _wording

_SPEC = importlib.util.spec_from_file_location(
    "fit_thresholds", Path(__file__).resolve().parents[2] / "scripts" / "fit_thresholds.py")
fit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fit)

BASE = PolicyConfig(handoff_intent_min=0.6, vague_min=0.5, answer_threshold=0.42, clarify_threshold=0.28)


def test_the_sweep_moves_a_threshold_only_when_the_evidence_asks_for_it():
    rows = [("answer", _evidence(_wording(0.70))), ("clarify", _evidence(_wording(0.35))),
            ("handoff", _evidence(_wording(0.20)))]
    assert fit._accuracy(rows, BASE) == 1.0
    fitted, accuracy = fit._best(rows, BASE)
    assert fitted == BASE and accuracy == 1.0  # already right: the nearest thresholds win the tie
    rows.append(("answer", _evidence(_wording(0.39))))  # an answerable question the shipped thresholds ask back
    fitted, accuracy = fit._best(rows, BASE)
    assert accuracy == 1.0 and 0.35 < fitted.answer_threshold <= 0.39 and fitted.clarify_threshold <= 0.35
    assert fitted.handoff_intent_min == BASE.handoff_intent_min


def test_the_handoff_intent_threshold_is_swept_too():
    soft_ask = {"negotiation": 0.25, "change": 0.2, "information": 0.55}  # mass 0.45
    rows = [("handoff", _evidence(_wording(0.9), intents={"negotiation": 0.35, "change": 0.2, "information": 0.45})),
            ("answer", _evidence(_wording(0.9), intents=soft_ask))]
    fitted, accuracy = fit._best(rows, BASE)  # the first needs a mass threshold <= 0.55, the second one above 0.45
    assert accuracy == 1.0 and 0.45 < fitted.handoff_intent_min <= 0.55


def test_the_calibration_table_counts_every_decision():
    rows = [("answer", _evidence(_wording(0.9))), ("handoff", _evidence(_wording(0.85)))]
    table = fit._calibration(rows, BASE)
    assert table == [{"bin": "0.8-1.0", "n": 2, "stated": 0.875, "observed": 0.5}]


def test_evaluation_scenarios_are_refused(monkeypatch, capsys):
    scenarios = [fit.ROOT / "benchmarks/scenarios/kestrel-packaging-machines",
                 fit.ROOT / "appliance/demo_data/coldtrace-monitoring"]
    monkeypatch.setattr("sys.argv", ["fit_thresholds.py", *map(str, scenarios)])
    with pytest.raises(SystemExit):
        fit.main()
    assert "evaluation scenario" in capsys.readouterr().err


def test_the_answerability_threshold_is_swept_on_its_own_and_stays_off_without_evidence():
    from dataclasses import replace

    def scored(probability):
        wording = _wording(0.8)
        return _evidence(replace(wording, signals=wording.signals | {"answerability": probability}))

    rows = [("answer", scored(0.6)), ("answer", scored(0.3))]
    value, by_value = fit._best_answerability(rows, BASE)
    assert value == 0.0 and by_value["0.0"] == 1.0  # nothing to catch: the check stays off
    rows.append(("handoff", scored(0.12)))  # a passage about the subject that does not answer
    value, by_value = fit._best_answerability(rows, BASE)
    assert 0.12 < value <= 0.3 and by_value[str(value)] == 1.0
