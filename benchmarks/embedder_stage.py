"""The question-embedding stage alone: N threads embedding one question each, in a loop, with the single-lock
embedder (before issue 12) and with ``SharedEmbedder`` (concurrent questions micro-batched), in one process,
alternating, on the same MiniLM model.

Run: ``python -m benchmarks.embedder_stage [--threads 1,4,16] [--seconds 6] [--json-out F] [--md-out F]``

Reported per configuration and thread count: questions embedded per second, p50/p95 latency of one call, model
calls made. It isolates the stage the load benchmark's HTTP figures mix with everything else the machine does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "How long is the warranty on the sensors?", "What availability do you guarantee for the cloud platform?",
    "How many days do we have to pay your invoices?", "Can we export the temperature records?",
    "Which gateways support LTE-M?", "How often does the T20 log the temperature?",
]


def run(embedder, threads: int, seconds: float) -> dict:  # type: ignore[no-untyped-def]
    latencies: list[float] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def loop(offset: int) -> None:
        turn = offset
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            embedder.embed([QUESTIONS[turn % len(QUESTIONS)] + f" ({turn})"])
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)
            turn += 1

    workers = [threading.Thread(target=loop, args=(n,)) for n in range(threads)]
    started = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    ordered = sorted(latencies)
    return {"threads": threads, "questions_per_second": round(len(ordered) / elapsed, 1),
            "p50_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1)}


def main(argv: list[str] | None = None) -> None:
    from appliance.retrieval.embedder import SentenceTransformerEmbedder, SharedEmbedder

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", default="1,4,16")
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--json-out", default=str(REPO / "benchmarks" / "results" / "embedder-stage.json"))
    parser.add_argument("--md-out", default=str(REPO / "benchmarks" / "results" / "embedder-stage.md"))
    args = parser.parse_args(argv)
    plain = SentenceTransformerEmbedder()
    shared = SharedEmbedder(plain)
    plain.embed(QUESTIONS)  # warm-up
    rows: dict[str, list[dict]] = {"single lock": [], "shared": []}  # type: ignore[type-arg]
    for threads in [int(n) for n in args.threads.split(",")]:
        for name, embedder in (("single lock", plain), ("shared", shared)):
            calls_before = shared.model_calls
            row = run(embedder, threads, min(30.0, args.seconds))
            if embedder is shared:
                row["model_calls"] = shared.model_calls - calls_before
            rows[name].append(row)
            print(name, json.dumps(row), flush=True)
    report = {"machine": {"cpus": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()]},
              "seconds": args.seconds, "model": plain.name, "configurations": rows}
    Path(args.json_out).write_text(json.dumps(report, indent=2) + "\n")
    lines = ["# Question-embedding stage: single lock vs SharedEmbedder (benchmarks/embedder_stage.py)", "",
             f"{report['machine']['cpus']} CPUs, load average {report['machine']['load_average']} at the end (the "
             "machine was shared with other work); MiniLM; one process, configurations alternating.", "",
             "| configuration | threads | questions/s | p50 (ms) | p95 (ms) | model calls |", "|---|---:|---:|---:|---:|---:|"]
    for name, levels in rows.items():
        for row in levels:
            lines.append(f"| {name} | {row['threads']} | {row['questions_per_second']} | {row['p50_ms']} | "
                         f"{row['p95_ms']} | {row.get('model_calls', '')} |")
    Path(args.md_out).write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
