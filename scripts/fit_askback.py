"""Fit the ask-back model (`appliance/answering/askback/`) on the calibration scenarios' evaluation reports.

    .venv/bin/python -m benchmarks.scenarios_eval --calibration --only NAME ... --out DIR   # every calibration one
    .venv/bin/python scripts/fit_askback.py DIR [--write]

Reads each report's questions (the decision, its cause, the signals it recorded, the question, the expected
behaviour) and refuses a report of any scenario that is not under `benchmarks/calibration/`: a model fitted on the
scenarios that measure it would measure nothing. A report made with the check on is read as the rules decided (a
follow-up the model overruled records the rule's cause and the signals the model read; an answer it asked back
instead has the cause "several_readings" and the answer's signals).

1. Leave one scenario out: for each inverse regularisation C, each threshold on the answer probability and each on
   the follow-up probability, the model is fitted on the other scenarios and applied to the one left out; a
   follow-up question of the four ask-back rules becomes an answer when the answer probability reaches its
   threshold (an approximation: in the product the decision then goes on past those rules, and the commercial
   guard, the measure checks or the answerability model may still hand off), and an answer of the rules
   ("covered") whose best passages hold two or more values of the kind asked becomes a follow-up when the follow-up
   probability reaches its threshold (0: never); a follow-up of the four rules that does not become an answer is
   handed off when the handoff probability reaches its threshold (0: never). The choice
   with the best accuracy over all scenarios wins (ties: the higher thresholds, which change fewer decisions).
2. Report (`askback/report.json`): accuracy with the rules alone and with the check, left out, per scenario and per
   language; the changes it makes, right and wrong; a calibration table (stated answer probability against the share
   of those follow-up questions whose buyer expected an answer).
3. ``--write``: the final model, fitted on every scenario, to `askback/model.json`, and the thresholds as
   `askback_answer_min`, `askback_clarify_min` and `askback_handoff_min` in `answering/policy_config.json` (all 0,
   the check off, when it does not beat the rules left out).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appliance.answering.askback import (  # noqa: E402
    ASKBACK_CAUSES,
    CAUSES,
    FEATURES,
    MODEL_FILE,
    READINGS_MIN,
    REPORT_FILE,
    AskbackModel,
    askback_features,
)
from appliance.answering.policy_config import CONFIG_FILE, load_policy_config  # noqa: E402

CALIBRATION_DIR = ROOT / "benchmarks" / "calibration"
C_GRID = (0.03, 0.1, 0.3, 1.0)
THRESHOLD_GRID = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75)
CLARIFY_GRID = (0.0, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)  # 0: answers are never asked back
HANDOFF_GRID = (0.0, 0.4, 0.5, 0.6, 0.7)  # 0: the ask-back rules' follow-ups are never handed off
BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0001)


def read_reports(folder: Path) -> list[dict]:
    """One row per question of every calibration report in ``folder``: its features, label and the rules'
    decision."""
    calibration = {p.name for p in CALIBRATION_DIR.iterdir() if (p / "questions.jsonl").exists()}
    rows: list[dict] = []
    for path in sorted(folder.glob("*.json")):
        report = json.loads(path.read_text(encoding="utf-8"))
        if "per_question" not in report:
            continue
        name = path.stem  # benchmarks.scenarios_eval writes OUT/FOLDER.json
        if name not in calibration:
            raise SystemExit(f"{path}: {name} is not a calibration scenario (benchmarks/calibration/); refusing")
        for question in report["per_question"]:
            signals = dict(question["signals"])
            overruled = signals.pop("askback_rule", None)
            signals.pop("askback_answer", None)
            signals.pop("askback_handoff", None)
            signals.pop("askback_clarify", None)
            cause = CAUSES[int(overruled)] if overruled is not None else question["cause"]
            decision = "clarify" if overruled is not None else question["decision"]
            if cause == "several_readings":  # an answer the model asked back instead
                cause, decision = "covered", "answer"
            rows.append({"scenario": name, "x": askback_features(signals, cause, question["question"]),
                         "expect": question["expect"], "rules": decision, "cause": cause,
                         "readings": signals.get("asked_values", 0.0), "language": question.get("language", "en")})
    if not rows:
        raise SystemExit(f"{folder}: no evaluation reports")
    return rows


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> AskbackModel:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # one score, for the second class: as a softmax, the first one scores 0
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    return AskbackModel(features=FEATURES, classes=tuple(str(k) for k in model.classes_),
                        mean=tuple(float(v) for v in mean), scale=tuple(float(v) for v in scale),
                        coef=tuple(tuple(float(v) for v in row) for row in coef),
                        intercept=tuple(float(v) for v in intercept))


def _decided(row: dict, answer: float | None, threshold: float, clarify: float = 0.0,
             clarify_threshold: float = 0.0, handoff: float = 0.0, handoff_threshold: float = 0.0) -> str:
    if row["rules"] == "clarify" and row["cause"] in ASKBACK_CAUSES and answer is not None and answer >= threshold:
        return "answer"
    if row["rules"] == "clarify" and row["cause"] in ASKBACK_CAUSES and handoff_threshold \
            and handoff >= handoff_threshold:
        return "handoff"
    if row["rules"] == "answer" and row["cause"] == "covered" and row.get("readings", 0.0) >= READINGS_MIN \
            and clarify_threshold and clarify >= clarify_threshold:
        return "clarify"
    return row["rules"]


def left_out(rows: list[dict]) -> dict[float, dict[str, list[dict[str, float]]]]:
    """Per C, each question's probabilities from the model fitted without its scenario."""
    x = np.array([r["x"] for r in rows])
    y = np.array([r["expect"] for r in rows])
    scenarios = sorted({r["scenario"] for r in rows})
    found: dict[float, dict[str, list[dict[str, float]]]] = {}
    for c in C_GRID:
        probabilities: dict[str, list[dict[str, float]]] = {}
        for scenario in scenarios:
            train = np.array([r["scenario"] != scenario for r in rows])
            model = _fit(x[train], y[train], c)
            probabilities[scenario] = [model.probabilities(tuple(r["x"]))
                                       for r in rows if r["scenario"] == scenario]
        found[c] = probabilities
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", type=Path, help="a folder of calibration scenarios' evaluation reports")
    parser.add_argument("--write", action="store_true", help="store the model and its thresholds")
    args = parser.parse_args()
    rows = read_reports(args.reports)
    scenarios = sorted({r["scenario"] for r in rows})
    by_scenario = {s: [r for r in rows if r["scenario"] == s] for s in scenarios}
    probabilities = left_out(rows)

    def decided(row: dict, p: dict[str, float], threshold: float, clarify_threshold: float,
                handoff_threshold: float) -> str:
        return _decided(row, p.get("answer", 0.0), threshold, p.get("clarify", 0.0), clarify_threshold,
                        p.get("handoff", 0.0), handoff_threshold)

    def accuracy(c: float, threshold: float, clarify_threshold: float, handoff_threshold: float) -> int:
        return sum(decided(r, p, threshold, clarify_threshold, handoff_threshold) == r["expect"]
                   for s in scenarios for r, p in zip(by_scenario[s], probabilities[c][s], strict=True))

    rules = sum(r["rules"] == r["expect"] for r in rows)
    scores = {(c, t, t2, t3): accuracy(c, t, t2, t3) for c in C_GRID for t in THRESHOLD_GRID
              for t2 in CLARIFY_GRID for t3 in HANDOFF_GRID}
    # ties: the higher thresholds (0 for the follow-up and handoff ones counts as the highest: nothing changes)
    (c, threshold, clarify_threshold, handoff_threshold), best = max(
        scores.items(), key=lambda item: (item[1], item[0][1], item[0][2] or 1.0, item[0][3] or 1.0))
    changes: Counter[str] = Counter()
    per_scenario, per_language = {}, Counter()
    stated_answer: list[tuple[float, bool]] = []  # the ask-back rules' follow-ups: P(answer), an answer expected
    stated_clarify: list[tuple[float, bool]] = []  # the rules' answers: P(follow-up), a follow-up expected
    for s in scenarios:
        right = 0
        for r, p in zip(by_scenario[s], probabilities[c][s], strict=True):
            decision = decided(r, p, threshold, clarify_threshold, handoff_threshold)
            right += decision == r["expect"]
            per_language[(r["language"], "rules")] += r["rules"] == r["expect"]
            per_language[(r["language"], "check")] += decision == r["expect"]
            per_language[(r["language"], "n")] += 1
            if r["rules"] == "clarify" and r["cause"] in ASKBACK_CAUSES:
                stated_answer.append((p.get("answer", 0.0), r["expect"] == "answer"))
            if r["rules"] == "answer" and r["cause"] == "covered" and r["readings"] >= READINGS_MIN:
                stated_clarify.append((p.get("clarify", 0.0), r["expect"] == "clarify"))
            if decision != r["rules"]:
                changes[f"{r['rules']} -> {decision}, expected {r['expect']}"] += 1
        per_scenario[s] = {"n": len(by_scenario[s]), "rules": sum(r["rules"] == r["expect"] for r in by_scenario[s]),
                           "check": right}
    kept = best > rules
    report = {
        "questions": len(rows), "scenarios": scenarios, "features": len(FEATURES),
        "chosen": {"C": c, "askback_answer_min": threshold if kept else 0.0,
                   "askback_clarify_min": clarify_threshold if kept else 0.0,
                   "askback_handoff_min": handoff_threshold if kept else 0.0},
        "left_out_accuracy": {"rules": round(rules / len(rows), 4), "check": round(best / len(rows), 4),
                              "rules_right": rules, "check_right": best},
        "grid": {f"C={k[0]} t={k[1]} t_clarify={k[2]} t_handoff={k[3]}": v for k, v in sorted(scores.items())},
        "changes": dict(changes.most_common()),
        "per_scenario": per_scenario,
        "per_language": {lang: {"n": per_language[(lang, "n")], "rules": per_language[(lang, "rules")],
                                "check": per_language[(lang, "check")]}
                         for lang in sorted({r["language"] for r in rows})},
        "ask_back_decisions": len(stated_answer),
        "calibration": _calibration(stated_answer, "observed_answer"),
        "answers": len(stated_clarify),
        "calibration_of_answers": _calibration(stated_clarify, "observed_clarify"),
    }
    print(json.dumps({k: report[k] for k in ("questions", "chosen", "left_out_accuracy", "changes")}, indent=2))
    print(f"left out, right decisions per C (rows) and answer threshold (columns), follow-up threshold "
          f"{clarify_threshold}, handoff threshold {handoff_threshold}; rules alone: {rules}")
    for c_value in C_GRID:
        print(f"  C={c_value:<5}", " ".join(f"{scores[(c_value, t, clarify_threshold, handoff_threshold)]:4d}"
                                            for t in THRESHOLD_GRID))
    print(f"per follow-up threshold, C={c} and answer threshold {threshold}:",
          " ".join(f"{t2}: {scores[(c, threshold, t2, handoff_threshold)]}" for t2 in CLARIFY_GRID))
    print(f"per handoff threshold, C={c}, answer threshold {threshold}, follow-up threshold {clarify_threshold}:",
          " ".join(f"{t3}: {scores[(c, threshold, clarify_threshold, t3)]}" for t3 in HANDOFF_GRID))
    for s, figures in per_scenario.items():
        print(f"  {s:40s} {figures['rules']:3d} -> {figures['check']:3d} of {figures['n']}")
    if args.write:
        x = np.array([r["x"] for r in rows])
        y = np.array([r["expect"] for r in rows])
        MODEL_FILE.write_text(json.dumps(_fit(x, y, c).to_json()) + "\n", encoding="utf-8")
        REPORT_FILE.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        config = replace(load_policy_config(CONFIG_FILE), askback_answer_min=report["chosen"]["askback_answer_min"],
                         askback_clarify_min=report["chosen"]["askback_clarify_min"],
                         askback_handoff_min=report["chosen"]["askback_handoff_min"])
        config.save(CONFIG_FILE)
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}, {REPORT_FILE.relative_to(ROOT)} and askback_answer_min "
              f"{config.askback_answer_min}, askback_clarify_min {config.askback_clarify_min}, askback_handoff_min "
              f"{config.askback_handoff_min} in "
              f"{CONFIG_FILE.relative_to(ROOT)}")


def _calibration(stated: list[tuple[float, bool]], observed: str) -> list[dict[str, float | int | str]]:
    """Stated probability per bin against the share of those decisions whose buyer expected that behaviour."""
    table: list[dict[str, float | int | str]] = []
    for low, high in zip(BINS, BINS[1:], strict=False):
        inside = [(p, ok) for p, ok in stated if low <= p < high]
        if inside:
            table.append({"bin": f"{low:.1f}-{min(high, 1.0):.1f}", "n": len(inside),
                          "stated": round(sum(p for p, _ in inside) / len(inside), 3),
                          observed: round(sum(ok for _, ok in inside) / len(inside), 3)})
    return table


if __name__ == "__main__":
    main()
