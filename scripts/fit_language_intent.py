"""Choose ``other_language_intent_min`` (`answering/policy_config.json`) on the calibration scenarios' reports.

    .venv/bin/python -m benchmarks.scenarios_eval --calibration --only NAME ... --out DIR   # every calibration one
    .venv/bin/python scripts/fit_language_intent.py DIR [--write]

The intent model's handoff probabilities are less extreme in the languages it has fewer messages of: a negotiation
asked in Spanish ("¿Nos pueden hacer un descuento adicional si pagamos por adelantado?") reaches 0.58 where its
English wording passes 0.9. For each threshold of the grid, a question not in English whose handoff mass reaches it
(and stays below ``handoff_intent_min``) is read as handed off for its intent, as `decision.decide` would hand it
off (a sum the quote computes is still answered below ``quote_figure_intent_max``, rule 0); the threshold with the
most right decisions over the calibration questions wins, ties to the higher one (it changes fewer decisions), and
0 (off) unless it beats ``handoff_intent_min`` alone. Reports of any scenario not under `benchmarks/calibration/`
are refused: a threshold chosen on the scenarios that measure it would measure nothing. ``--write`` saves it.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appliance.answering.policy_config import CONFIG_FILE, load_policy_config  # noqa: E402

CALIBRATION_DIR = ROOT / "benchmarks" / "calibration"
GRID = (0.4, 0.45, 0.5, 0.55)


def read_questions(folder: Path) -> list[dict]:
    """Every question of every calibration report in ``folder`` (refusing any other scenario's report)."""
    calibration = {p.name for p in CALIBRATION_DIR.iterdir() if (p / "questions.jsonl").exists()}
    questions: list[dict] = []
    for path in sorted(folder.glob("*.json")):
        report = json.loads(path.read_text(encoding="utf-8"))
        if "per_question" not in report:
            continue
        if path.stem not in calibration:
            raise SystemExit(f"{path}: {path.stem} is not a calibration scenario (benchmarks/calibration/); refusing")
        questions += [q | {"scenario": path.stem} for q in report["per_question"]]
    if not questions:
        raise SystemExit(f"{folder}: no calibration reports")
    return questions


def decision_at(question: dict, threshold: float) -> str:
    """The decision with ``threshold`` for messages not in English (the recorded one otherwise)."""
    mass = question["signals"].get("handoff_intent_mass")
    if question.get("language", "en") == "en" or mass is None or question.get("cause") == "quote_figure":
        return question["decision"]
    return "handoff" if threshold and mass >= threshold else question["decision"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    config = load_policy_config()
    if config.other_language_intent_min:
        raise SystemExit("the reports must be made with other_language_intent_min 0 (the threshold off)")
    questions = read_questions(args.reports)
    others = [q for q in questions if q.get("language", "en") != "en"]
    right = {0.0: sum(q["decision"] == q["expect"] for q in others)}
    for threshold in GRID:
        if threshold < config.handoff_intent_min:
            right[threshold] = sum(decision_at(q, threshold) == q["expect"] for q in others)
    best = max(right, key=lambda t: (right[t], t == 0.0, t))  # ties: off, then the higher threshold
    print(f"{len(others)} calibration questions not in English (of {len(questions)}); right decisions:")
    for threshold, count in sorted(right.items()):
        print(f"  {'off' if not threshold else threshold:>4}: {count}{'  <- chosen' if threshold == best else ''}")
    for language in sorted({q["language"] for q in others}):
        of = [q for q in others if q["language"] == language]
        print(f"  {language}: {sum(q['decision'] == q['expect'] for q in of)} -> "
              f"{sum(decision_at(q, best) == q['expect'] for q in of)} of {len(of)}")
    if args.write:
        replace(config, other_language_intent_min=best).save(CONFIG_FILE)
        print(f"other_language_intent_min = {best} written to {CONFIG_FILE}")


if __name__ == "__main__":
    main()
