"""Choose ``line_answerability_min`` (`answering/policy_config.json`) on the calibration scenarios' reports.

    .venv/bin/python -m benchmarks.scenarios_eval --calibration --out DIR   # every calibration scenario
    .venv/bin/python scripts/fit_line_answerability_min.py DIR [--write]

Below the threshold, a quote line quoted for an English question may be replaced by the knowledge's best answer
(`quote_pool.replaces_line`; the answer must still pass every check). The reports record each answer's quoted text,
so the answerability model (`answering/answerability/`) is read again on every English answer that quoted a quote
line. A line below a threshold is either one the buyer expected (the question's expected sources include the quote:
replacing it loses a right answer) or one quoted where another source was expected, or no answer at all (replacing it
may cite the right source). The chosen threshold is the highest of the grid below which no expected line falls
(ties in what it would gain: the lower one, which reads fewer lines as weak); 0 (off) when no threshold gains any.
Refuses a report of a scenario that is not under `benchmarks/calibration/`.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appliance.answering.answerability import packaged_model, pair_features  # noqa: E402
from appliance.answering.policy_config import CONFIG_FILE, load_policy_config  # noqa: E402
from appliance.retrieval.embedder import SentenceTransformerEmbedder  # noqa: E402

CALIBRATION_DIR = ROOT / "benchmarks" / "calibration"
GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
LINE_PREFIX = "Line item "  # how a quote line's passage starts (`quote_passages.py`)


def quoted_line(question: dict) -> str | None:
    """The quote line an English answer of a report quoted, None for any other answer or decision."""
    answer = question.get("answer") or ""
    quoted = answer[answer.find("“") + 1:answer.rfind("”")]
    if question["decision"] != "answer" or question.get("language") != "en" \
            or question.get("cited_sources") != ["quote"] or not quoted.startswith(LINE_PREFIX):
        return None
    return quoted


def expected_line(question: dict) -> bool:
    """The buyer expected an answer from the quote."""
    return question["expect"] == "answer" and "quote" in (question.get("expected_sources") or [])


def choose(lines: list[tuple[float, bool]]) -> tuple[float, int]:
    """The highest threshold of GRID below which no expected line falls, and how many other lines fall below it
    (ties: the lower threshold); (0.0, 0) when none gains a line."""
    chosen, gained = 0.0, 0
    for threshold in GRID:
        if any(p < threshold and expected for p, expected in lines):
            break
        other = sum(1 for p, expected in lines if p < threshold and not expected)
        if other > gained:
            chosen, gained = threshold, other
    return chosen, gained


def quoted_lines(folder: Path) -> list[tuple[float, bool]]:
    """Per English answer quoting a quote line: the answerability model's probability, and whether the buyer expected
    an answer from the quote."""
    calibration = {p.name for p in CALIBRATION_DIR.iterdir() if (p / "questions.jsonl").exists()}
    model = packaged_model()
    if model is None:
        raise SystemExit("no answerability model fitted (scripts/fit_answerability.py)")
    embedder = SentenceTransformerEmbedder()
    found: list[tuple[float, bool]] = []
    for path in sorted(folder.glob("*.json")):
        report = json.loads(path.read_text(encoding="utf-8"))
        if "per_question" not in report:
            continue
        if path.stem not in calibration:
            raise SystemExit(f"{path}: {path.stem} is not a calibration scenario (benchmarks/calibration/); refusing")
        for question in report["per_question"]:
            quoted = quoted_line(question)
            if quoted is None:
                continue
            words_q, words_p = embedder.word_vectors([question["question"], quoted])
            features = pair_features(words_q, words_p)
            if features is not None:
                found.append((model.probability(features), expected_line(question)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", type=Path, help="a folder of calibration scenarios' evaluation reports")
    parser.add_argument("--write", action="store_true", help="store the threshold in policy_config.json")
    args = parser.parse_args()
    lines = quoted_lines(args.reports)
    print(f"{len(lines)} English answers quoting a quote line; {sum(e for _, e in lines)} from the expected quote")
    print("threshold  expected lines below  other lines below")
    for threshold in GRID:
        expected = sum(1 for p, e in lines if p < threshold and e)
        other = sum(1 for p, e in lines if p < threshold and not e)
        print(f"  {threshold:<9} {expected:>20}  {other:>17}")
    chosen, gained = choose(lines)
    print(f"line_answerability_min = {chosen} ({gained} lines the knowledge may replace, none expected)")
    if args.write:
        replace(load_policy_config(CONFIG_FILE), line_answerability_min=chosen).save(CONFIG_FILE)
        print(f"written to {CONFIG_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
