"""Choose ``answerability_min`` (`answering/policy_config.json`) on the calibration scenarios' reports.

    .venv/bin/python -m benchmarks.scenarios_eval --calibration --only NAME ... --out DIR   # every calibration one
    .venv/bin/python scripts/fit_answerability_min.py DIR [--write]

`scripts/fit_answerability.py` fits the answerability model on invented question-passage pairs and sets the
threshold that keeps 90% of their answerable pairs; that says nothing of what a handoff costs on a real buying
committee's questions, where the agent's quoted answers are right most of the time. The reports record the model's
score (signal ``answerability``) for every English answer the rules reached, handed off or not, so the threshold can
be swept offline: a question decided by the rules as an answer ("covered") or handed off by the answerability model
alone (cause "not_answered" without the quote-line checks' signals) is an answer at or above the threshold and a
handoff below it; every other question keeps its decision. The threshold with the most right decisions over the
calibration questions wins, ties to the one nearest the shipped value (it changes fewer decisions), and the shipped
value stays unless the best beats it by ``MARGIN`` right decisions (one or two questions either way are noise: on
run c1's reports 0.1 beat the 0.2 chosen on the runs before by one question, with three handoffs fewer). An answer
let through may still be asked back by the ask-back model's second opinion (`decision.py` rule 11), which the
sweep cannot replay: the figures are an upper bound to be confirmed by a run of every scenario. Reports of any
scenario not under `benchmarks/calibration/` are refused: a threshold chosen on the scenarios that measure it would
measure nothing. ``--write`` saves it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appliance.answering.policy_config import CONFIG_FILE, load_policy_config  # noqa: E402
from scripts.fit_language_intent import read_questions  # noqa: E402

GRID = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35)  # 0: the answerability check is off
MARGIN = 3  # right decisions over the shipped value a new threshold must gain


def swept(question: dict) -> bool:
    """The threshold alone decides between answering and handing off ``question``."""
    signals = question["signals"]
    if signals.get("answerability") is None:
        return False
    return question.get("cause") == "covered" or question.get("cause") == "not_answered" and not (
        signals.get("restates_figure") or signals.get("line_without_value"))


def decision_at(question: dict, threshold: float) -> str:
    """The decision with ``threshold`` (the recorded one for a question the threshold does not decide)."""
    if not swept(question):
        return question["decision"]
    return "handoff" if question["signals"]["answerability"] < threshold else "answer"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    config = load_policy_config()
    questions = read_questions(args.reports)
    shipped = config.answerability_min
    grid = sorted({*GRID, shipped})
    right = {t: sum(decision_at(q, t) == q["expect"] for q in questions) for t in grid}
    caught = {t: sum(decision_at(q, t) == "handoff" for q in questions if q["expect"] == "handoff") for t in grid}
    best = max(grid, key=lambda t: (right[t], -abs(t - shipped)))
    if right[best] < right[shipped] + MARGIN:
        best = shipped
    handoffs = sum(q["expect"] == "handoff" for q in questions)
    print(f"{sum(swept(q) for q in questions)} of {len(questions)} calibration questions decided by the threshold; "
          f"right decisions (handoffs caught of {handoffs}):")
    for threshold in grid:
        marks = ("  <- chosen" if threshold == best else "") + ("  (shipped)" if threshold == shipped else "")
        print(f"  {'off' if not threshold else threshold:>5}: {right[threshold]} ({caught[threshold]}){marks}")
    if args.write:
        replace(config, answerability_min=best).save(CONFIG_FILE)
        print(f"answerability_min = {best} written to {CONFIG_FILE}")


if __name__ == "__main__":
    main()
