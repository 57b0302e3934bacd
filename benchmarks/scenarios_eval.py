"""Run every development scenario through `appliance eval`, print one table, and diff two runs question by question.

    python -m benchmarks.scenarios_eval --out /tmp/ev/after            # all scenarios, 4 side by side
    python -m benchmarks.scenarios_eval --out /tmp/ev/base --root /tmp/base   # a baseline from another checkout
    python -m benchmarks.scenarios_eval --table /tmp/ev/base /tmp/ev/after    # figures side by side
    python -m benchmarks.scenarios_eval --diff /tmp/ev/base /tmp/ev/after     # the questions whose outcome changed
    python -m benchmarks.scenarios_eval --out /tmp/ev/x --calibration --held-out   # also those two groups
    python -m benchmarks.scenarios_eval --totals /tmp/ev/base /tmp/ev/after   # right answers per group

Held-out scenarios (HELD_OUT) were written blind and are kept unread so that they go on measuring what an unseen
company would see (`benchmarks/scenarios/BLIND-BRIEF.md`): `--diff` prints only how many of their questions changed
and how (expected kind, decision before and after, language), never a question or an answer.

Scenarios are evaluated in batches (``--batch``, 6 by default), each batch in its own process of the checkout
evaluated (`appliance eval DIR... --json-dir OUT`): the models are loaded once a batch (about 17 of a scenario's 60
seconds on two cores), each scenario gets its own database, vector store and data directory, and runs from two
checkouts cannot share a module cache. ``--root`` runs another checkout's code with this interpreter; a checkout
whose `appliance eval` takes one scenario is run one process a scenario. Several evaluations side by side inflate
the latencies in the reports, and a batch's first scenario also pays the models' warm-up: measure latency one
scenario at a time (``--batch 1 --parallel 1``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = (
    "../shared/scenarios/helios-solar",
    "../shared/scenarios/orbit-freight",
    "appliance/demo_data/coldtrace-monitoring",
    "benchmarks/scenarios/brewline-office-coffee",
    "benchmarks/scenarios/kestrel-packaging-machines",
    "benchmarks/scenarios/ledgerly-expense-saas",
    "benchmarks/scenarios/medora-clinic-software",
    "benchmarks/scenarios/lindenhof-linen-rental",
    "benchmarks/scenarios/tidewater-marina-pontoons",
    "benchmarks/scenarios/fornalux-kitchens",
    "benchmarks/scenarios/shelfwise-library-rfid",
    "benchmarks/scenarios/stackline-racking",
    "benchmarks/scenarios/kestrel-vet-equipment",
    "benchmarks/scenarios/polarcrest-biostorage",
    "benchmarks/scenarios/bayline-dock-systems",
    "benchmarks/scenarios/cardale-laundry",
    "benchmarks/scenarios/kelvane-lifts",
    "benchmarks/scenarios/labelora-esl",
    "benchmarks/scenarios/verdamo-greenhouse",
    "benchmarks/scenarios/tredmark-tyres",
    "benchmarks/scenarios/vistellar-signage",
    "benchmarks/scenarios/quietbay-acoustic-pods",
    "benchmarks/scenarios/liftwell-patient-hoists",
    "benchmarks/scenarios/kestrel-weighbridges",
    "benchmarks/scenarios/stagewell-event-rental",
)
# Written blind and never opened (BLIND-BRIEF.md): run with --held-out; --diff shows counts only. A scenario leaves
# this list when a session decides to work on it (then it joins SCENARIOS).
HELD_OUT = (
    "benchmarks/scenarios/scrubtek-floor-cleaning",
    "benchmarks/scenarios/aquavent-water-treatment",
    "benchmarks/scenarios/fumeguard-lab-fume-cupboards",
    "benchmarks/scenarios/liftara-forklift-leasing",
    "benchmarks/scenarios/kinetra-hotel-gym-fitout",
    "benchmarks/scenarios/maravel-hotel-tableware",
    "benchmarks/scenarios/corvane-workwear",
    "benchmarks/scenarios/arctura-rooftop-hvac",
    "benchmarks/scenarios/carrowell-bedhead-nursecall",
    "benchmarks/scenarios/lumenvale-street-lighting",
    "benchmarks/scenarios/parcora-parking-systems",
    "benchmarks/scenarios/ergonomo-office-furniture",
    "benchmarks/scenarios/tessaro-auditorium-seating",
    "benchmarks/scenarios/brightkey-hotel-locks",
    "benchmarks/scenarios/portavia-industrial-doors",
    "benchmarks/scenarios/oakhurst-classroom-furniture",
    "benchmarks/scenarios/glacivo-winter-service",
    "benchmarks/scenarios/altivo-facade-gondolas",
    "benchmarks/scenarios/vitrinor-museum-showcases",
    "benchmarks/scenarios/aseptra-washer-disinfectors",
    "benchmarks/scenarios/aerovance-pneumatic-tubes",
    "benchmarks/scenarios/flyloft-stage-rigging",
    "benchmarks/scenarios/rotorvale-lab-centrifuges",
    "benchmarks/scenarios/rollstack-archive-shelving",
    "benchmarks/scenarios/pyravale-cremators",
    "benchmarks/scenarios/balnevo-hydrotherapy-pools",
    "benchmarks/scenarios/frostelle-frost-fans",
    "benchmarks/scenarios/kinoptra-cinema-projection",
    "benchmarks/scenarios/tallyra-queue-kiosks",
    "benchmarks/scenarios/pistagate-ski-ticketing",
    "benchmarks/scenarios/aquachron-swim-timing",
    "benchmarks/scenarios/sentrane-fire-alarm",
    "benchmarks/scenarios/aquaroll-carwash-tunnels",
    "benchmarks/scenarios/halyard-boat-lifts",
    "benchmarks/scenarios/mulchwell-bakery-composters",
    "benchmarks/scenarios/cyclonar-dust-extraction",
    "benchmarks/scenarios/voltaris-ground-power",
    "benchmarks/scenarios/trayquill-sterile-tracking",
    "benchmarks/scenarios/serenvale-mortuary-refrigeration",
    "benchmarks/scenarios/clavimont-organ-restoration",
    "benchmarks/scenarios/stratagrow-vertical-farms",
    "benchmarks/scenarios/sentivox-motorway-sos",
    "benchmarks/scenarios/ferrotrue-wheel-lathes",
    "benchmarks/scenarios/skylanza-helipad-lighting",
    "benchmarks/scenarios/dockvelo-bikeshare-docks",
    "benchmarks/scenarios/tarmacor-baggage-tugs",
    "benchmarks/scenarios/kegvanta-keg-washers",
    "benchmarks/scenarios/resonata-acoustic-canopies",
    "benchmarks/scenarios/gannetmark-buoy-maintenance",
    "benchmarks/scenarios/quaybridge-ferry-gangways",
    "benchmarks/scenarios/lynxpane-enclosure-glazing",
    "benchmarks/scenarios/flumora-slide-maintenance",
    "benchmarks/scenarios/hydrevia-sterile-water-dispensers",
    "benchmarks/scenarios/pyroveil-fire-curtains",
    "benchmarks/scenarios/halotrack-studio-grids",
    "benchmarks/scenarios/parrowden-starting-stalls",
    "benchmarks/scenarios/zenithra-dome-drives",
    "benchmarks/scenarios/carillard-bell-restoration",
    "benchmarks/scenarios/stilora-turnstile-retrofits",
    # session 40: written blind; the first two run once on the start code, the other two on the final code
    "benchmarks/scenarios/sluicewright-lock-gates",
    "benchmarks/scenarios/orionvale-planetarium-projectors",
    "benchmarks/scenarios/carouvera-ride-inspections",
    "benchmarks/scenarios/ovalwright-velodrome-resurfacing",
    "benchmarks/scenarios/pebblefrost-curling-ice-plants",
    "benchmarks/scenarios/podiavel-orchestra-pit-lifts",
    "benchmarks/scenarios/tempravel-clock-restoration",
    "benchmarks/scenarios/catenova-tram-overhead-lines",
    "benchmarks/scenarios/gondelia-cabin-refurbishment",
    "benchmarks/scenarios/keelhaven-crane-inspections",
    "benchmarks/scenarios/pelorus-fuel-docks",
    "benchmarks/scenarios/gyrovane-revolving-stages",
    "benchmarks/scenarios/aluvire-mirror-recoating",
    "benchmarks/scenarios/dilaron-expansion-joints",
    "benchmarks/scenarios/salmaren-feed-barges",
    "benchmarks/scenarios/ventraxis-tunnel-fans",
    "benchmarks/scenarios/hygrelis-museum-humidity",
    "benchmarks/scenarios/hillvaro-skijump-maintenance",
    "benchmarks/scenarios/surgivane-theatre-pendants",
    "benchmarks/scenarios/luffwright-racing-sails",
    "benchmarks/scenarios/stellarquay-dome-projection",
    "benchmarks/scenarios/brannoch-tower-bells",
    "benchmarks/scenarios/marisbay-aquarium-lss",
    "benchmarks/scenarios/candelora-floodlight-retrofits",
    "benchmarks/scenarios/caillor-curd-vats",
    "benchmarks/scenarios/faradine-mri-rf-shielding",
    "benchmarks/scenarios/silvento-silo-aeration",
    "benchmarks/scenarios/aerogate-jetbridge-service",
    "benchmarks/scenarios/veridicta-courtroom-recording",
    "benchmarks/scenarios/cryvanta-blast-freezers",
    "benchmarks/scenarios/rampavel-funicular-maintenance",
    "benchmarks/scenarios/lokkara-parcel-lockers",
    "benchmarks/scenarios/kaltrow-carcass-chillers",
    "benchmarks/scenarios/nipwell-press-felts",
    "benchmarks/scenarios/quarrelmere-stained-glass",
    "benchmarks/scenarios/haemavault-bloodbank-fridges",
    "benchmarks/scenarios/cradlemere-shiplift-cradles",
    "benchmarks/scenarios/inkvelde-press-blankets",
    "benchmarks/scenarios/glidemere-escalator-handrails",
    "benchmarks/scenarios/frictora-runway-rubber-removal",
    "benchmarks/scenarios/scullmark-rowing-fleet",
    "benchmarks/scenarios/stayvane-mast-maintenance",
    "benchmarks/scenarios/draughtmere-windtunnel-fans",
    "benchmarks/scenarios/tanvessa-tannery-drums",
    "benchmarks/scenarios/kerfholt-sawmill-blades",
    "benchmarks/scenarios/emberlith-kiln-relining",
    "benchmarks/scenarios/copperglen-still-refurbishment",
    "benchmarks/scenarios/hatchmere-incubator-servicing",
    "benchmarks/scenarios/zephyrine-envelope-inspection",
    "benchmarks/scenarios/cocovire-tempering-machines",
    "benchmarks/scenarios/weftmere-loom-retrofits",
    "benchmarks/scenarios/melliflow-honey-extraction",
    "benchmarks/scenarios/brixwell-centrifuge-servicing",
    "benchmarks/scenarios/vitrenne-annealing-lehrs",
    "benchmarks/scenarios/mycelvane-climate-rooms",
    "benchmarks/scenarios/aeolwind-organ-blowers",
    "benchmarks/scenarios/plumaweave-aviary-netting",
    "benchmarks/scenarios/orchwright-cider-press-servicing",
    "benchmarks/scenarios/rondelmar-wheel-gondolas",
    "benchmarks/scenarios/oastwell-kiln-floors",
    "benchmarks/scenarios/partivo-divider-curtains",
    "benchmarks/scenarios/pivotrail-turntable-refurbishment",
    "benchmarks/scenarios/cineralis-columbarium-niches",
    "benchmarks/scenarios/rakestow-retractable-seating",
    "benchmarks/scenarios/loylora-sauna-heater-servicing",
    "benchmarks/scenarios/brinholm-seagate-maintenance",
    "benchmarks/scenarios/merrowind-carousel-restoration",
    "benchmarks/scenarios/pavilmoor-bandstand-ironwork",
    "benchmarks/scenarios/aquimetra-hydrant-flow-testing",
    "benchmarks/scenarios/pulleymere-sash-restoration",
    "benchmarks/scenarios/fulgaris-lightning-testing",
    "benchmarks/scenarios/clausora-lab-gas-valves",
)
CALIBRATION_DIR = "benchmarks/calibration"  # the threshold fit's scenarios (scripts/fit_thresholds.py)
FIGURES = ("decision_accuracy", "answer_source_hit_rate", "citation_precision", "fact_recall", "handoff_recall",
           "handoff_precision", "must_not_violations")


def _run_batch(batch: list[Path], out: Path, root: Path) -> list[tuple[str, int]]:
    """Evaluate ``batch`` in one process of ``root``'s code (the models loaded once for all of them, each scenario
    with its own stores), its log in ``out/batch-FIRST.log``; a checkout whose `appliance eval` takes one scenario
    (before session 45) runs each in its own process, its log in ``out/NAME.log``."""
    env = os.environ | {"PYTHONPATH": str(root)}
    command = [sys.executable, "-m", "appliance.cli", "eval"]
    if len(batch) == 1 or not _evaluates_batches(root):
        results = []
        for scenario in batch:
            report = out / f"{scenario.name}.json"
            with open(out / f"{scenario.name}.log", "w") as log:
                code = subprocess.call([*command, str(scenario), "--json-out", str(report)], cwd=root, env=env,
                                       stdout=log, stderr=subprocess.STDOUT)
            results.append((scenario.name, code))
        return results
    with open(out / f"batch-{batch[0].name}.log", "w") as log:
        subprocess.call([*command, *map(str, batch), "--json-dir", str(out)], cwd=root, env=env, stdout=log,
                        stderr=subprocess.STDOUT)
    # a scenario that failed wrote no report (the batch's log names it)
    return [(scenario.name, 0 if (out / f"{scenario.name}.json").exists() else 1) for scenario in batch]


def _evaluates_batches(root: Path) -> bool:
    cli = root / "appliance" / "cli.py"
    return cli.is_file() and "--json-dir" in cli.read_text()


def run(out: Path, root: Path, scenarios: list[Path], parallel: int, batch: int = 1) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for scenario in scenarios:  # a report left from an earlier run must not pass for this one's
        (out / f"{scenario.name}.json").unlink(missing_ok=True)
    size = max(1, min(batch, -(-len(scenarios) // max(1, parallel))))  # every worker gets a batch
    batches = [scenarios[i:i + size] for i in range(0, len(scenarios), size)]
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        results = [result for done in pool.map(lambda b: _run_batch(b, out, root), batches) for result in done]
    failed = [name for name, code in results if code != 0]
    for name in failed:
        print(f"{name}: eval failed, see its log in {out}", file=sys.stderr)
    return 1 if failed else 0


def _reports(run_dir: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in sorted(run_dir.glob("*.json"))}


def table(run_dirs: list[Path]) -> None:
    runs = [_reports(d) for d in run_dirs]
    names = sorted(set().union(*runs))
    print("scenario".ljust(30) + " | ".join(f"{d.name:>34}" for d in run_dirs))
    for name in names:
        cells = []
        for reports in runs:
            r = reports.get(name)
            if r is None:
                cells.append(f"{'-':>34}")
                continue
            handoffs = f"{round(r['handoff_recall'] * _expected_handoffs(r))}/{_expected_handoffs(r)}"
            cells.append(f"{r['decision_accuracy']:.3f} {r['answer_source_hit_rate']:.3f} "
                         f"{r['citation_precision']:.3f} {handoffs:>5} mn{r['must_not_violations']}")
        print(name[:29].ljust(30) + " | ".join(f"{c:>34}" for c in cells))
    print("(decision accuracy, source hit, citation precision, handoffs caught, must-not violations)")


def _expected_handoffs(report: dict) -> int:
    return sum(1 for q in report["per_question"] if q["expect"] == "handoff")


def _outcome(q: dict) -> str:
    hit = set(q.get("cited_sources") or []) & set(q.get("expected_sources") or [])
    facts = f"{len(q.get('facts_found') or [])}/{len(q.get('facts') or [])}"
    return f"{q['decision']}{'+' if q['correct'] else '-'} hit={int(bool(hit))} facts={facts}"


def held_out_names() -> set[str]:
    return {Path(s).name for s in HELD_OUT}


def calibration_scenarios() -> list[Path]:
    return sorted(p.parent for p in (ROOT / CALIBRATION_DIR).glob("*/questions.jsonl"))


def group_of(name: str) -> str:
    """Where a report's scenario belongs: "held out: NAME", "calibration" or "development"."""
    if name in held_out_names():
        return f"held out: {name}"
    if name in {p.name for p in calibration_scenarios()}:
        return "calibration"
    return "development"


def totals(run_dirs: list[Path]) -> None:
    """Right decisions / questions per group and run (development, calibration, each held-out scenario)."""
    runs = [_reports(d) for d in run_dirs]
    counts: list[dict[str, list[int]]] = []
    for reports in runs:
        groups: dict[str, list[int]] = {}
        for name, report in reports.items():
            right, asked = groups.setdefault(group_of(name), [0, 0])
            questions = report["per_question"]
            groups[group_of(name)] = [right + sum(q["correct"] for q in questions), asked + len(questions)]
        counts.append(groups)
    print("group".ljust(46) + " | ".join(f"{d.name:>12}" for d in run_dirs))
    for group in sorted(set().union(*counts)):
        cells = [f"{c[group][0]}/{c[group][1]}" if group in c else "-" for c in counts]
        print(group[:45].ljust(46) + " | ".join(f"{cell:>12}" for cell in cells))


def diff(before_dir: Path, after_dir: Path) -> None:
    before, after = _reports(before_dir), _reports(after_dir)
    for name in sorted(set(before) & set(after)):
        old = {q["id"]: q for q in before[name]["per_question"]}
        if name in held_out_names():
            changed = [(q["expect"], old[q["id"]]["decision"], q["decision"], q["language"])
                       for q in after[name]["per_question"] if q["id"] in old
                       and (_outcome(old[q["id"]]) != _outcome(q) or old[q["id"]].get("answer") != q.get("answer"))]
            if changed:  # counts only: the held-out questions stay unread
                kinds = ", ".join(f"expect={e} {a}->{b} [{lang}]" for e, a, b, lang in sorted(changed))
                print(f"held out {name}: {len(changed)} changed ({kinds})")
            continue
        for q in after[name]["per_question"]:
            previous = old.get(q["id"])
            if previous is None or _outcome(previous) == _outcome(q) and previous.get("answer") == q.get("answer"):
                continue
            print(f"{name} {q['id']} [{q['language']}] expect={q['expect']}: {_outcome(previous)} -> {_outcome(q)}")
            print(f"    {q['question'][:110]}")
            if previous.get("answer") != q.get("answer"):
                print(f"    was: {(previous.get('answer') or '')[:150]}")
                print(f"    now: {(q.get('answer') or '')[:150]}  ({q.get('reason')})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="run every scenario and write the reports here")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code is evaluated")
    parser.add_argument("--only", nargs="*", default=None, help="scenario directory names to run (default: all)")
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--batch", type=int, default=6,
                        help="scenarios evaluated one after the other in one process (the models loaded once)")
    parser.add_argument("--table", nargs="+", type=Path, help="print the figures of these run directories")
    parser.add_argument("--diff", nargs=2, type=Path, help="print the questions whose outcome changed")
    parser.add_argument("--calibration", action="store_true", help="with --out: the calibration scenarios too")
    parser.add_argument("--held-out", action="store_true", help="with --out: the held-out scenarios too")
    parser.add_argument("--totals", nargs="+", type=Path, help="right decisions per group of these run directories")
    args = parser.parse_args(argv)
    code = 0
    if args.out:
        scenarios = [(ROOT / s).resolve() for s in SCENARIOS]
        if args.calibration:
            scenarios += calibration_scenarios()
        if args.held_out:
            scenarios += [(ROOT / s).resolve() for s in HELD_OUT]
        if args.only:
            scenarios = [s for s in scenarios if s.name in args.only]
        code = run(args.out, args.root.resolve(), scenarios, args.parallel, args.batch)
        table([args.out])
    if args.table:
        table(args.table)
    if args.totals:
        totals(args.totals)
    if args.diff:
        diff(*args.diff)
    return code


if __name__ == "__main__":
    sys.exit(main())
