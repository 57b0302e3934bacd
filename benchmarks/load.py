"""Load: N concurrent buyers chatting with the demo appliance over real HTTP + SSE on loopback.

Run: ``python -m benchmarks.load [--buyers 1,10,20,40] [--seconds 10] [--json-out F] [--md-out F]``

What it does, in one run, and what a reader of the figures can rely on:

* The demo company is loaded once into a temporary data directory (``appliance demo``'s own code path), then the
  appliance is started twice from it with ``python -m appliance.cli serve``, one configuration after the other:
  ``baseline`` (``retrieval.share_embedder=false``: every question's embedding queues behind one lock, the path
  before issue 12) and ``shared`` (the default: concurrent questions embedded together, ingestion giving way).
  Rate limits are raised for the run (all buyers come from one loopback address); everything else is the default
  extractive CPU profile.
* Each simulated buyer is its own browser: it opens the quote page (cookie + CSRF token), then loops: posts a
  question (chosen round-robin from the demo's answerable questions), opens the reply's SSE stream and reads it to
  ``done``. Time to first token = from sending the POST to the first ``token`` event. A buyer's loop continues for
  ``--seconds``; answers/s counts replies read to ``done`` in that window; errors count HTTP failures, streams that
  ended without ``done`` and replies that never started.
* RSS is the server process's resident memory (VmRSS) sampled every 0.5 s; peak reported.
* Figures are per level of concurrency: p50/p95 first token (ms), answers/s, errors, peak RSS (MiB). The machine's
  CPU count and load average at the start are recorded: on a shared machine the absolute figures move with the
  neighbours, the ratio between the two configurations measured minutes apart much less.

Importing this module has no side effects.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO_QUESTIONS = REPO / "appliance" / "demo_data" / "coldtrace-monitoring" / "questions.jsonl"
STARTUP_TIMEOUT = 600.0
REPLY_TIMEOUT = 60.0
LIMITS = {  # one loopback address for every simulated buyer: lift the per-address limits for the run
    "APPLIANCE_SECURITY__BUYER_MESSAGES_PER_MINUTE": "1000",
    "APPLIANCE_SECURITY__BUYER_MESSAGES_PER_MINUTE_PER_ADDRESS": "100000",
    "APPLIANCE_SECURITY__BUYER_CONVERSATIONS_PER_HOUR": "1000",
    "APPLIANCE_SECURITY__BUYER_CONVERSATIONS_PER_HOUR_PER_ADDRESS": "100000",
}
CONFIGURATIONS = {"baseline": {"APPLIANCE_RETRIEVAL__SHARE_EMBEDDER": "false"},
                  "shared": {"APPLIANCE_RETRIEVAL__SHARE_EMBEDDER": "true"}}


@dataclass
class Level:
    buyers: int
    seconds: float
    answers: int = 0
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    handed_off: int = 0  # questions the agent handed to a person (no streamed reply): counted apart from errors
    first_token_ms: list[float] = field(default_factory=list)
    peak_rss_mib: float = 0.0

    def error(self, kind: str) -> None:
        self.errors += 1
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1

    def summary(self) -> dict:  # type: ignore[type-arg]
        ordered = sorted(self.first_token_ms)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else None
        return {"buyers": self.buyers, "seconds": self.seconds, "answers": self.answers,
                "answers_per_second": round(self.answers / self.seconds, 2), "errors": self.errors,
                "error_kinds": dict(self.error_kinds), "handed_off": self.handed_off,
                "first_token_p50_ms": round(statistics.median(ordered), 1) if ordered else None,
                "first_token_p95_ms": round(p95, 1) if p95 is not None else None,
                "peak_rss_mib": round(self.peak_rss_mib, 1)}


def answerable_questions() -> list[str]:
    rows = [json.loads(line) for line in DEMO_QUESTIONS.read_text().splitlines() if line.strip()]
    return [row["question"] for row in rows if row.get("expect") == "answer"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def load_demo(data_dir: Path) -> str:
    """Load the demo company once (``appliance demo``'s code) and return the buyer's quote path."""
    code = (
        "import sys, asyncio, json\n"
        "from appliance import cli\n"
        "args = cli.build_parser().parse_args(['demo', '--data-dir', sys.argv[1]])\n"
        "cli._serve = lambda settings, banner='': print(banner, flush=True)\n"
        "cli.cmd_demo(args)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(data_dir)], cwd=REPO, capture_output=True, text=True,
                         env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}, check=True,
                         timeout=STARTUP_TIMEOUT)
    link = re.search(r"Buyer quote page : \S+?(/q/\S+)", out.stdout)
    if link is None:
        raise RuntimeError(f"the demo did not print a quote link:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    return link.group(1)


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def settle(pid: int, limit_seconds: float = 180.0) -> float:
    """Wait until the server is idle (under 20% of a core over 2 s: start-up warm-up of sentence vectors done)."""
    started = time.monotonic()
    while time.monotonic() - started < limit_seconds:
        before = cpu_seconds(pid)
        time.sleep(2)
        if cpu_seconds(pid) - before < 0.4:
            break
    return time.monotonic() - started


def start_server(data_dir: Path, port: int, extra_env: dict[str, str], log_path: Path) -> subprocess.Popen:  # type: ignore[type-arg]
    import httpx

    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "APPLIANCE_WEB__PORT": str(port),
           **LIMITS, **extra_env}
    with open(log_path, "w") as log:
        process = subprocess.Popen([sys.executable, "-m", "appliance.cli", "serve", "--data-dir", str(data_dir)],
                                   cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the appliance exited:\n{log_path.read_text()[-3000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(1)
    process.kill()
    raise RuntimeError("the appliance did not start in time")


async def buyer(base: str, quote_path: str, questions: list[str], offset: int, stop_at: float, level: Level) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=REPLY_TIMEOUT) as client:
        try:
            page = await client.get(quote_path)
            csrf = re.search(r'"X-CSRF-Token": "([^"]+)"', page.text)
            if page.status_code != 200 or csrf is None:
                level.error(f"page {page.status_code}")
                return
            headers = {"X-CSRF-Token": csrf.group(1), "HX-Request": "true"}
        except httpx.HTTPError as failure:
            level.error(f"page {type(failure).__name__}")
            return
        turn = offset
        while time.monotonic() < stop_at:
            question = questions[turn % len(questions)]
            turn += 1
            started = time.perf_counter()
            try:
                posted = await client.post(f"{quote_path}/messages", data={"text": question}, headers=headers)
                reply = re.search(r'sse-connect="(/q/[^"]+/replies/\d+)"', posted.text)
                if posted.status_code == 200 and reply is None:
                    # The agent handed this conversation to a person and stays silent: not an error of the
                    # appliance; the buyer starts over in a fresh browser (a new conversation).
                    level.handed_off += 1
                    client.cookies.clear()
                    page = await client.get(quote_path)
                    csrf = re.search(r'"X-CSRF-Token": "([^"]+)"', page.text)
                    if csrf is None:
                        level.error(f"page {page.status_code}")
                        return
                    headers = {"X-CSRF-Token": csrf.group(1), "HX-Request": "true"}
                    continue
                if posted.status_code != 200:
                    level.error(f"post {posted.status_code}")
                    await asyncio.sleep(0.2)
                    continue
                first, done = None, False
                async with client.stream("GET", reply.group(1), headers={"Accept": "text/event-stream"}) as stream:
                    async for line in stream.aiter_lines():
                        if line.startswith("event:"):
                            event = line[6:].strip()
                            if event == "token" and first is None:
                                first = time.perf_counter()
                            if event == "done":
                                done = True
                                first = first or time.perf_counter()
                                break
                if not done or first is None:
                    level.error("stream ended before done")
                    continue
                level.first_token_ms.append((first - started) * 1000)
                if time.monotonic() <= stop_at + REPLY_TIMEOUT:
                    level.answers += 1
            except httpx.HTTPError as failure:
                level.error(type(failure).__name__)


async def run_level(base: str, quote_path: str, questions: list[str], buyers: int, seconds: float,
                    pid: int) -> Level:
    level = Level(buyers=buyers, seconds=seconds)
    stop_at = time.monotonic() + seconds

    async def sample() -> None:
        while time.monotonic() < stop_at + 1:
            level.peak_rss_mib = max(level.peak_rss_mib, rss_mib(pid))
            await asyncio.sleep(0.5)

    sampler = asyncio.create_task(sample())
    started = time.monotonic()
    await asyncio.gather(*(buyer(base, quote_path, questions, index, stop_at, level) for index in range(buyers)))
    level.seconds = round(max(seconds, time.monotonic() - started), 2)  # the last replies finish after the window
    sampler.cancel()
    return level


INGEST_PASSAGES = 500
INGEST_BUYERS = 5


def big_document(label: str, passages: int = INGEST_PASSAGES) -> bytes:
    """A Markdown document that chunks into about ``passages`` passages (one section each); ``label`` makes its
    bytes unique (the Files library stores identical bytes once, under the first upload's name)."""
    sections = [f"## Maintenance step {n}\n\nStep {n} of the cold-room maintenance ({label}): check seal {n}, log the "
                f"reading of probe {n} and replace filter {n % 7} when its pressure drop passes {n % 50} Pa."
                for n in range(passages)]
    return ("# Cold-room maintenance manual\n\n" + "\n\n".join(sections) + "\n").encode()


async def sign_in(client, data_dir: Path) -> str:  # type: ignore[no-untyped-def]
    """Sign the client in as the demo's super admin; returns the console's CSRF token."""
    logins = json.loads((data_dir / "demo-logins.json").read_text())["logins"]
    email, password, _ = next(login for login in logins if login[2] == "super_admin")
    page = await client.get("/login")
    token = re.search(r'name="form_token" value="([^"]+)"', page.text).group(1)
    await client.post("/login", data={"email": email, "password": password, "form_token": token})
    console = await client.get("/admin")
    return re.search(r'name="csrf" value="([^"]+)"', console.text).group(1)


async def during_ingestion(base: str, quote_path: str, questions: list[str], data_dir: Path, pid: int,
                           seconds: float) -> dict:  # type: ignore[type-arg]
    """First-token figures of ``INGEST_BUYERS`` buyers while idle, then while a 500-passage upload is ingested."""
    import httpx

    idle = await run_level(base, quote_path, questions, INGEST_BUYERS, seconds, pid)
    async with httpx.AsyncClient(base_url=base, timeout=60) as admin:
        csrf = await sign_in(admin, data_dir)
        name = f"maintenance-{int(time.time())}.md"
        await admin.post("/admin/sources/upload", data={"csrf": csrf}, files={"file": (name, big_document(name))})
        started = time.monotonic()
        busy = Level(buyers=INGEST_BUYERS, seconds=0)
        status, made = "queued", 0
        while time.monotonic() - started < 300 and status not in ("ready", "failed", "rejected"):
            level = await run_level(base, quote_path, questions, INGEST_BUYERS, 5.0, pid)
            busy.answers += level.answers
            busy.errors += level.errors
            busy.first_token_ms += level.first_token_ms
            busy.peak_rss_mib = max(busy.peak_rss_mib, level.peak_rss_mib)
            busy.seconds += level.seconds
            rows = (await admin.get("/api/sources")).json()["sources"]
            mine = next((row for row in rows if row["title"] == name), None)
            status, made = (mine["status"], mine["passages"]) if mine else ("missing", 0)
        ingest_seconds = time.monotonic() - started
    return {"idle": idle.summary(), "during_ingestion": busy.summary(), "ingestion_seconds": round(ingest_seconds, 1),
            "ingested_status": status, "passages": made}


def markdown(report: dict) -> str:  # type: ignore[type-arg]
    lines = [
        "# Load: concurrent buyers over HTTP + SSE (benchmarks/load.py)",
        "",
        f"Machine: {report['machine']['cpus']} CPUs, load average {report['machine']['load_average']} at the start"
        f"{' — shared with other work while it ran (figures are noisy; compare the two rows of a level)' if report['machine']['busy'] else ''}.",
        f"Profile: extractive CPU profile (MiniLM, Milvus-lite), demo company, {report['seconds']} s per level.",
        "",
        "| configuration | buyers | answers/s | p50 first token (ms) | p95 first token (ms) | errors | peak RSS (MiB) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, levels in report["configurations"].items():
        for row in levels:
            lines.append(f"| {name} | {row['buyers']} | {row['answers_per_second']} | {row['first_token_p50_ms']} | "
                         f"{row['first_token_p95_ms']} | {row['errors']} | {row['peak_rss_mib']} |")
    lines += ["", "Ratios (shared / baseline, same level):", ""]
    base = {row["buyers"]: row for row in report["configurations"].get("baseline", [])}
    for row in report["configurations"].get("shared", []):
        other = base.get(row["buyers"])
        if other and other["answers_per_second"]:
            p95 = (f"{row['first_token_p95_ms'] / other['first_token_p95_ms']:.2f}"
                   if row["first_token_p95_ms"] and other["first_token_p95_ms"] else "n/a")
            lines.append(f"- {row['buyers']} buyers: answers/s ×{row['answers_per_second'] / other['answers_per_second']:.2f}, "
                         f"p95 first token ×{p95}")
    if report.get("ingestion"):
        lines += ["", f"Buyers' first token while a {INGEST_PASSAGES}-passage upload is ingested "
                  f"({INGEST_BUYERS} buyers; idle first, then until the source is ready):", "",
                  "| configuration | phase | answers/s | p50 first token (ms) | p95 first token (ms) | errors |",
                  "|---|---|---:|---:|---:|---:|"]
        for name, phases in report["ingestion"].items():
            for phase in ("idle", "during_ingestion"):
                row = phases[phase]
                lines.append(f"| {name} | {phase.replace('_', ' ')} | {row['answers_per_second']} | "
                             f"{row['first_token_p50_ms']} | {row['first_token_p95_ms']} | {row['errors']} |")
            lines.append(f"| {name} | ingestion took | {phases['ingestion_seconds']} s ({phases['ingested_status']}, "
                         f"{phases['passages']} passages) | | | |")
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--buyers", default="1,10,20,40", help="comma-separated concurrency levels (at most 160)")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of each level (at most 120)")
    parser.add_argument("--configurations", default="baseline,shared")
    parser.add_argument("--no-ingestion", dest="ingestion", action="store_false",
                        help="skip the phase measuring buyers while a 500-passage upload is ingested")
    parser.add_argument("--json-out", default=str(REPO / "benchmarks" / "results" / "load.json"))
    parser.add_argument("--md-out", default=str(REPO / "benchmarks" / "results" / "load.md"))
    args = parser.parse_args(argv)
    levels = [min(160, max(1, int(n))) for n in args.buyers.split(",")]
    seconds = min(120.0, max(1.0, args.seconds))
    questions = answerable_questions()
    report: dict = {"seconds": seconds, "levels": levels, "configurations": {},  # type: ignore[type-arg]
                    "machine": {"cpus": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()],
                                "busy": os.getloadavg()[0] > 1.0}}
    with tempfile.TemporaryDirectory(prefix="load-") as folder:
        data_dir = Path(folder) / "data"
        print("loading the demo company…", flush=True)
        quote_path = load_demo(data_dir)
        for name in args.configurations.split(","):
            port = free_port()
            process = start_server(data_dir, port, CONFIGURATIONS[name], Path(folder) / f"{name}.log")
            try:
                base = f"http://127.0.0.1:{port}"
                print(name, f"settled after {settle(process.pid):.0f} s", flush=True)
                asyncio.run(run_level(base, quote_path, questions, 2, 3.0, process.pid))  # warm-up, discarded
                rows = []
                for buyers in levels:
                    level = asyncio.run(run_level(base, quote_path, questions, buyers, seconds, process.pid))
                    rows.append(level.summary())
                    print(name, json.dumps(rows[-1]), flush=True)
                report["configurations"][name] = rows
                if args.ingestion:
                    report.setdefault("ingestion", {})[name] = asyncio.run(
                        during_ingestion(base, quote_path, questions, data_dir, process.pid, seconds))
                    print(name, json.dumps(report["ingestion"][name]), flush=True)
            finally:
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
    Path(args.json_out).write_text(json.dumps(report, indent=2) + "\n")
    Path(args.md_out).write_text(markdown(report))
    print(markdown(report))


if __name__ == "__main__":
    main()
