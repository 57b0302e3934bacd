"""Record every question's evidence once, then replay `decision.decide` on it offline.

    .venv/bin/python -m benchmarks.decision_offline record OUT_DIR SCENARIO_DIR...   # one scenario at a time
    .venv/bin/python -m benchmarks.decision_offline replay OUT_DIR [key=value ...]   # PolicyConfig overrides

`decide` is a pure function of (evidence, config), so a change of thresholds or of a rule that reads only the
recorded evidence is measured on every recorded question in seconds instead of a twenty-minute evaluation (session
24 measured a learned answer check and refitted thresholds this way). ``record`` asks each scenario's questions
through the real answer path (`appliance eval`'s harness) and pickles, per scenario, (id, expected, language,
question, Evidence, report row) into OUT_DIR/NAME.pkl: written and read by this tool only, on the machine that
recorded it. ``replay`` prints the questions whose decision changes under the overrides and the right decisions per
scenario group before and after. Held-out scenarios are refused: their questions stay unread. Evidence recorded
by one version of the code is only valid for that version's evidence gathering; re-record after changing it.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from appliance.answering.decision import decide  # noqa: E402
from appliance.answering.policy_config import PolicyConfig, load_policy_config  # noqa: E402
from benchmarks.scenarios_eval import group_of, held_out_names  # noqa: E402
from fit_thresholds import record_evidence  # noqa: E402  (scripts/ is on the path)


def record(folder: Path, out: Path) -> Path:
    if folder.resolve().name in held_out_names():
        raise SystemExit(f"{folder.name} is held out: its questions are not to be read")
    report, seen = record_evidence(folder)
    rows = [(q["id"], q["expect"], q["language"], q["question"], seen.get(q["question"]), q)
            for q in report["per_question"]]
    target = out / f"{folder.resolve().name}.pkl"
    with open(target, "wb") as handle:
        pickle.dump(rows, handle)
    return target


def _overrides(pairs: list[str]) -> dict[str, float]:
    names = {f.name for f in fields(PolicyConfig)}
    parsed = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        if key not in names or not value:
            raise SystemExit(f"expected key=value with a PolicyConfig field, got {pair!r}")
        parsed[key] = float(value)
    return parsed


def replay(out: Path, pairs: list[str]) -> None:
    base = load_policy_config()
    changed = replace(base, **_overrides(pairs))
    totals: dict[str, list[int]] = {}
    recorded = sorted(out.glob("*.pkl"))
    if not recorded:
        raise SystemExit(f"{out} holds no recorded evidence: run `record` first")
    for path in recorded:
        group = group_of(path.stem)
        with open(path, "rb") as handle:
            rows = pickle.load(handle)  # noqa: S301 (written by `record` above, on this machine)
        for qid, expect, language, question, found, _ in rows:
            if found is None:
                continue
            before, after = decide(found, base).kind, decide(found, changed).kind
            counts = totals.setdefault(group, [0, 0, 0])
            counts[0] += before == expect
            counts[1] += after == expect
            counts[2] += 1
            if before != after:
                verdict = "GAIN" if after == expect else "LOSS" if before == expect else "same"
                print(f"{verdict} {path.stem} {qid} [{language}] expect={expect} {before}->{after}: {question[:80]}")
    for group, (before, after, asked) in sorted(totals.items()):
        print(f"{group}: {before} -> {after} of {asked}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("record", "replay"))
    parser.add_argument("out", type=Path)
    parser.add_argument("rest", nargs="*")
    args = parser.parse_args(argv)
    if args.command == "record":
        if not args.rest:
            parser.error("record needs at least one SCENARIO_DIR")
        missing = [folder for folder in args.rest if not (Path(folder) / "scenario.json").is_file()]
        if missing:
            parser.error(f"not a scenario folder (no scenario.json): {', '.join(missing)}")
        args.out.mkdir(parents=True, exist_ok=True)
        for folder in args.rest:
            print(record(Path(folder), args.out))
    else:
        replay(args.out, args.rest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
