"""Ingestion throughput and peak memory per format, through the appliance's real ingestion path.

Run: ``python -m benchmarks.ingestion --json-out benchmarks/results/ingestion.json`` (writes ``ingestion.md`` next to
it). About ten minutes on a quiet 2-core machine.

What it does, and what a reader of the figures can rely on:

* The corpus: every knowledge file of ``--scenarios/*/knowledge`` and of the Coldtrace demo, plus documents this
  module generates from a seeded random generator (same seed, same text) so that every format (PDF, DOCX, PPTX,
  XLSX, HTML, Markdown, TXT) has several documents and a large one (a 40-page PDF, 40 slides, 12 sheets, ~120,000
  characters of DOCX, HTML, Markdown and text). PDFs are written by the tests' small PDF writer
  (``tests/fixtures/ingestion/make_fixtures.pdf_bytes``: Helvetica, headings in bold), office files by python-docx,
  python-pptx and openpyxl.
* Every document goes through ``IngestionWorker.run_job`` of the real container (``build_container``: SQLite,
  Milvus-lite, the packaged MiniLM embedder, the sensitive-data gate) on a temporary data folder, one knowledge
  source and one job at a time, exactly as an upload: conversion in the limited subprocess (``convert_file``),
  the gate, chunking, embedding, the vector write and the SQL outcome. The embedder and the gate are wrapped in
  delegating timers (no behaviour changed) so each job splits into stages:
  ``convert`` = job start until the gate is called (the conversion child's whole life, plus milliseconds of SQL);
  ``chunk_gate`` = the gate's scan, chunking and building passages; ``embed`` = the embedder call;
  ``index`` = ``replace_document`` plus the SQL transaction that records ``ready``; ``warm`` = the worker's
  ``on_ready`` hook when the container sets one (the answer pipeline embedding the new source's sentences), else 0.
* Pages: PDF pages, PPTX slides and XLSX sheets are counted in the input file. DOCX, HTML, Markdown and text have
  no pages: their ``pages`` are normalised, characters of canonical text / 3000, and the report says so.
  Throughput (pages/s, chunks/s) is over the documents that ended ``ready``, divided by their summed job time.
  A document the gate refuses (the scenario's payment-details file) is counted as rejected, not in throughput.
* Memory: the conversion child's peak RSS is its ``VmHWM``, polled from ``/proc`` every 20 ms while it lives (the
  last poll before it exits; samples taken before its ``exec`` are left out). ``getrusage(RUSAGE_CHILDREN)
  .ru_maxrss`` is not used: Linux folds the RSS a child had before ``exec`` (the parent's pages, shared after
  ``fork``) into it, so it reports the parent. The parent's peak RSS per format is its ``VmHWM`` after the format,
  reset before it through ``/proc/self/clear_refs`` (falls back to the 20 ms samples if the kernel refuses); it
  includes MiniLM and the Milvus-lite client loaded before the first document.
* Baselines, in the same process: the same ~3,000 characters (one normalised page) converted as ``.txt`` (in
  process, no child) and as ``.md`` (a conversion child); a child that only imports docling; a bare Python
  child. The ``.md`` child's time is the per-document fixed cost a warm conversion worker would save.

The JSON report holds figures and file names only. Linux only (``/proc``). Importing this module has no side
effects.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEMO_KNOWLEDGE = REPO / "appliance" / "demo_data" / "coldtrace-monitoring" / "knowledge"
DEFAULT_SCENARIOS = REPO.parent / "shared" / "scenarios"
FORMATS = ("pdf", "docx", "pptx", "xlsx", "html", "md", "txt")
PAGE_UNITS = {"pdf": "pages", "pptx": "slides", "xlsx": "sheets"}
NORMALISED_PAGE_CHARS = 3000
POLL_SECONDS = 0.02
SEED = 20261124
STAGES = ("convert", "chunk_gate", "embed", "index", "warm")
WORKER_MARK = "ingestion._convert_worker"  # in the conversion child's command line


# ------------------------------------------------------------------------------------------------ generated corpus

WORDS = {
    "product": ["T20 sensor", "GW8 gateway", "cold-room probe", "door contact", "cloud dashboard", "battery pack",
                "mounting kit", "alarm relay", "data logger", "calibration service"],
    "verb": ["reports", "stores", "forwards", "checks", "records", "signals", "measures", "uploads"],
    "object": ["the temperature", "each reading", "the door state", "an alarm", "the battery level", "the humidity",
               "a calibration record", "the audit trail"],
    "when": ["every five minutes", "once an hour", "when a threshold is crossed", "at the end of each shift",
             "after a power cut", "before the monthly report", "during installation", "on request"],
    "clause": ["so the quality team sees problems early", "which the auditor can export as a PDF",
               "and keeps two years of history", "without any extra licence", "as described in the service plan",
               "unless the site is offline", "while the gateway buffers up to 72 hours",
               "with an accuracy of half a degree"],
}
HEADINGS = ["Overview", "Installation", "Configuration", "Alarms", "Reports", "Maintenance", "Warranty",
            "Pricing", "Support", "Security", "Integrations", "Training", "Troubleshooting", "Data retention"]


def sentence(rng: random.Random) -> str:
    w = WORDS
    first = f"The {rng.choice(w['product'])} {rng.choice(w['verb'])} {rng.choice(w['object'])}"
    return f"{first} {rng.choice(w['when'])}, {rng.choice(w['clause'])}."


def paragraph(rng: random.Random, sentences: int = 5) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def section_title(rng: random.Random, index: int) -> str:
    return f"{index + 1}. {rng.choice(HEADINGS)} of the {rng.choice(WORDS['product'])}"


def table_rows(rng: random.Random, rows: int) -> list[list[str]]:
    header = ["Item", "Code", "Lead time", "Price EUR", "Notes"]
    body = [
        [rng.choice(WORDS["product"]), f"CT-{100 + i}", f"{rng.randint(2, 30)} days", f"{rng.randint(5, 900)}.00",
         rng.choice(WORDS["clause"])]
        for i in range(rows)
    ]
    return [header, *body]


@dataclass(frozen=True)
class Section:
    title: str
    paragraphs: list[str]
    bullets: list[str]
    table: list[list[str]]


def sections(rng: random.Random, count: int) -> list[Section]:
    """``count`` sections of about 2,500 characters: three paragraphs, a list, and a table in every third one."""
    return [
        Section(
            title=section_title(rng, i),
            paragraphs=[paragraph(rng) for _ in range(3)],
            bullets=[sentence(rng) for _ in range(3)],
            table=table_rows(rng, 4) if i % 3 == 2 else [],
        )
        for i in range(count)
    ]


def write_pdf(path: Path, rng: random.Random, pages: int, lines_per_page: int = 24) -> None:
    """A text PDF: a bold heading per page, ``lines_per_page`` lines of body text wrapped at 95 characters (about
    2,200 characters), a page number."""
    from tests.fixtures.ingestion.make_fixtures import pdf_bytes

    content = []
    for number in range(pages):
        runs = [("F2", 14, 72, 780, section_title(rng, number))]
        words = " ".join(paragraph(rng, 6) for _ in range(6)).split()
        line, top = "", 755.0
        for word in words:
            if len(line) + len(word) + 1 > 95:
                runs.append(("F1", 10, 72, top, line))
                line, top = "", top - 15
                if len(runs) > lines_per_page:
                    break
            line = f"{line} {word}".strip()
        runs.append(("F1", 10, 290, 40, str(number + 1)))
        content.append(runs)
    path.write_bytes(pdf_bytes(content))


def write_docx(path: Path, rng: random.Random, count: int) -> None:
    from datetime import datetime

    from docx import Document

    document = Document()
    document.core_properties.created = document.core_properties.modified = datetime(2026, 1, 1)
    document.add_heading(f"Coldtrace handbook ({count} sections)", level=0)
    for part in sections(rng, count):
        document.add_heading(part.title, level=1)
        for text in part.paragraphs:
            document.add_paragraph(text)
        for text in part.bullets:
            document.add_paragraph(text, style="List Bullet")
        if part.table:
            table = document.add_table(rows=len(part.table), cols=len(part.table[0]))
            for row, values in zip(table.rows, part.table):
                for cell, value in zip(row.cells, values):
                    cell.text = value
    document.save(str(path))


def write_pptx(path: Path, rng: random.Random, slides: int) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for number in range(slides):
        slide = deck.slides.add_slide(deck.slide_layouts[1] if number % 5 else deck.slide_layouts[5])
        slide.shapes.title.text = section_title(rng, number)
        if number % 5:
            frame = slide.placeholders[1].text_frame
            frame.text = sentence(rng)
            for _ in range(4):
                frame.add_paragraph().text = sentence(rng)
        else:
            rows = table_rows(rng, 5)
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(4))
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    shape.table.cell(r, c).text = value
    deck.save(str(path))


def write_xlsx(path: Path, rng: random.Random, sheets: int, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    for number in range(sheets):
        sheet = book.active if number == 0 else book.create_sheet()
        sheet.title = f"Price list {number + 1}"
        for values in table_rows(rng, rows):
            sheet.append(values)
    book.save(str(path))


def markdown_text(rng: random.Random, count: int) -> str:
    out = [f"# Coldtrace knowledge base ({count} sections)\n"]
    for part in sections(rng, count):
        out.append(f"## {part.title}\n")
        out.extend(f"{text}\n" for text in part.paragraphs)
        out.append("\n".join(f"- {text}" for text in part.bullets) + "\n")
        if part.table:
            rows = ["| " + " | ".join(row) + " |" for row in part.table]
            rows.insert(1, "|" + " --- |" * len(part.table[0]))
            out.append("\n".join(rows) + "\n")
    return "\n".join(out)


def html_text(rng: random.Random, count: int) -> str:
    out = [f"<!doctype html><html><head><title>Coldtrace pages</title></head><body><h1>Coldtrace ({count})</h1>"]
    for part in sections(rng, count):
        out.append(f"<h2>{part.title}</h2>")
        out.extend(f"<p>{text}</p>" for text in part.paragraphs)
        out.append("<ul>" + "".join(f"<li>{text}</li>" for text in part.bullets) + "</ul>")
        if part.table:
            head, *body = part.table
            out.append("<table><tr>" + "".join(f"<th>{v}</th>" for v in head) + "</tr>"
                       + "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in body)
                       + "</table>")
    return "".join(out) + "</body></html>\n"


def plain_text(rng: random.Random, paragraphs: int) -> str:
    return "\n\n".join(paragraph(rng, 6) for _ in range(paragraphs)) + "\n"


# (file name, writer): each format has small documents and a large one (40 pages, 40 slides, 12 sheets, about 20
# normalised pages of DOCX, HTML, Markdown and text). Embedding dominates the run time on a shared CPU, so the large
# documents stay near 60,000 characters each.
GENERATED: list[tuple[str, Callable[[Path, random.Random], None]]] = [
    ("brochure-3p.pdf", lambda p, r: write_pdf(p, r, 3)),
    ("manual-12p.pdf", lambda p, r: write_pdf(p, r, 12)),
    ("handbook-40p.pdf", lambda p, r: write_pdf(p, r, 40)),
    ("terms-6s.docx", lambda p, r: write_docx(p, r, 6)),
    ("handbook-32s.docx", lambda p, r: write_docx(p, r, 32)),
    ("pitch-6.pptx", lambda p, r: write_pptx(p, r, 6)),
    ("training-15.pptx", lambda p, r: write_pptx(p, r, 15)),
    ("catalogue-40.pptx", lambda p, r: write_pptx(p, r, 40)),
    ("prices-1x40.xlsx", lambda p, r: write_xlsx(p, r, 1, 40)),
    ("prices-12x60.xlsx", lambda p, r: write_xlsx(p, r, 12, 60)),
    ("faq-4s.html", lambda p, r: p.write_text(html_text(r, 4), encoding="utf-8")),
    ("site-32s.html", lambda p, r: p.write_text(html_text(r, 32), encoding="utf-8")),
    ("notes-4s.md", lambda p, r: p.write_text(markdown_text(r, 4), encoding="utf-8")),
    ("wiki-32s.md", lambda p, r: p.write_text(markdown_text(r, 32), encoding="utf-8")),
    ("memo-4.txt", lambda p, r: p.write_text(plain_text(r, 4), encoding="utf-8")),
    ("notes-20.txt", lambda p, r: p.write_text(plain_text(r, 20), encoding="utf-8")),
    ("transcript-100.txt", lambda p, r: p.write_text(plain_text(r, 100), encoding="utf-8")),
]


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    origin: str  # "scenario:<name>", "demo" or "generated"

    @property
    def format(self) -> str:
        return format_of(self.path.name)


def format_of(name: str) -> str:
    suffix = Path(name).suffix.lower().lstrip(".")
    return {"markdown": "md", "htm": "html"}.get(suffix, suffix)


def generate_corpus(folder: Path, seed: int = SEED) -> list[CorpusFile]:
    """Write the generated documents into ``folder``; each has its own generator seeded from ``seed`` and its name."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name, write in GENERATED:
        path = folder / name
        write(path, random.Random(f"{seed}:{name}"))
        files.append(CorpusFile(path, "generated"))
    return files


def found_corpus(scenarios: Path | None) -> list[CorpusFile]:
    """The knowledge files of every scenario under ``scenarios`` and of the demo, in a stable order."""
    files = []
    if scenarios is not None and scenarios.is_dir():
        for knowledge in sorted(scenarios.glob("*/knowledge")):
            files += [CorpusFile(p, f"scenario:{knowledge.parent.name}") for p in sorted(knowledge.iterdir())]
    files += [CorpusFile(p, "demo") for p in sorted(DEMO_KNOWLEDGE.iterdir())]
    return [f for f in files if f.path.is_file() and f.format in FORMATS]


def count_pages(path: Path) -> int | None:
    """PDF pages, PPTX slides or XLSX sheets counted in the file; None for formats without pages."""
    fmt = format_of(path.name)
    if fmt == "pdf":
        import pypdfium2

        document = pypdfium2.PdfDocument(str(path))
        try:
            return len(document)
        finally:
            document.close()
    if fmt == "pptx":
        from pptx import Presentation

        return len(Presentation(str(path)).slides)
    if fmt == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(str(path), read_only=True)
        try:
            return len(book.sheetnames)
        finally:
            book.close()
    return None


def normalised_pages(characters: int) -> float:
    return characters / NORMALISED_PAGE_CHARS


# ------------------------------------------------------------------------------------------------ measuring


class StageClock:
    """Marks of one job: set by the timed wrappers below, read after ``run_job`` returns."""

    def __init__(self) -> None:
        self.marks: dict[str, float] = {}

    def mark(self, name: str) -> None:
        self.marks.setdefault(name, time.perf_counter())


class TimedGate:
    def __init__(self, gate: Any, clock: StageClock) -> None:
        self._gate, self._clock = gate, clock

    def scan(self, text: str) -> Any:
        self._clock.mark("gate")
        return self._gate.scan(text)


class TimedHook:
    """The worker's ``on_ready`` hook, marking when the source became ready before running it."""

    def __init__(self, hook: Callable[[int], Awaitable[object]], clock: StageClock) -> None:
        self._hook, self._clock = hook, clock

    async def __call__(self, source_id: int) -> object:
        self._clock.mark("ready")
        return await self._hook(source_id)


class TimedEmbedder:
    def __init__(self, embedder: Any, clock: StageClock) -> None:
        self._embedder, self._clock = embedder, clock
        self.dimension = embedder.dimension

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self._clock.mark("embed")
        vectors = self._embedder.embed(texts)
        self._clock.mark("embedded")
        return vectors


def stage_seconds(started: float, finished: float, marks: Mapping[str, float]) -> dict[str, float]:
    """Split one job's wall time into the stages that ran (a rejected job stops after ``chunk_gate``; ``warm`` is
    there only when the worker ran an ``on_ready`` hook)."""
    points = [("convert", marks.get("gate")), ("chunk_gate", marks.get("embed")), ("embed", marks.get("embedded")),
              ("index", marks.get("ready"))]
    out: dict[str, float] = {}
    previous = started
    for name, point in points:
        if point is None:
            out[name] = finished - previous
            return out
        out[name] = point - previous
        previous = point
    out["warm"] = finished - previous
    return out


def _proc_status(pid: int | str) -> dict[str, str]:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return dict(line.split(":\t", 1) for line in text.splitlines() if ":\t" in line)


def _kib(value: str | None) -> int:
    return int(value.split()[0]) if value else 0


class ChildSampler:
    """Polls /proc for this process's children: the peak VmHWM of each conversion child, keyed by pid, and of any
    other child, with its command line."""

    def __init__(self) -> None:
        self.peaks_kib: dict[int, int] = {}  # conversion children
        self.seen_at: dict[int, float] = {}  # conversion child pid -> last time it was sampled (perf_counter)
        self.other_peaks_kib: dict[int, tuple[int, str]] = {}
        self.self_peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="child-sampler", daemon=True)
        self._me = str(os.getpid())

    def __enter__(self) -> ChildSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def reset_self_peak(self) -> None:
        self.self_peak_kib = 0

    def _run(self) -> None:
        others: set[str] = set()  # pids seen that are not our children (dropped when they disappear)
        live: set[str] = set()
        while not self._stop.wait(POLL_SECONDS):
            self.self_peak_kib = max(self.self_peak_kib, _kib(_proc_status("self").get("VmRSS")))
            present = {name for name in os.listdir("/proc") if name.isdigit()}
            others &= present
            live &= present
            for name in present - others - live:
                if _proc_status(name).get("PPid", "").strip() == self._me:
                    live.add(name)
                else:
                    others.add(name)
            for name in live:
                self._sample(int(name))

    def _sample(self, pid: int) -> None:
        """Record the child's VmHWM under its current command line. Between fork and exec a child still shows the
        parent's command and (vfork) memory: such samples are kept apart from the conversion children's."""
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            return
        peak = _kib(_proc_status(pid).get("VmHWM"))
        if WORKER_MARK in command:
            self.peaks_kib[pid] = max(self.peaks_kib.get(pid, 0), peak)
            self.seen_at[pid] = time.perf_counter()
        elif command and pid not in self.peaks_kib:  # an empty command line: a zombie
            self.other_peaks_kib[pid] = (max(self.other_peaks_kib.get(pid, (0, ""))[0], peak), command)

    def conversion_pids(self) -> set[int]:
        return set(self.peaks_kib)

    def conversion_pids_seen_since(self, moment: float) -> set[int]:
        """Conversion children alive at some point since ``moment`` (a warm worker serves many documents)."""
        return {pid for pid, seen in self.seen_at.items() if seen >= moment}

    def other_children(self) -> list[tuple[float, str]]:
        """Children that never showed the conversion worker's command: (peak MiB, command)."""
        return [(round(kib / 1024, 1), command[:120]) for pid, (kib, command) in self.other_peaks_kib.items()
                if pid not in self.peaks_kib]


def reset_peak_rss() -> bool:
    """Reset this process's VmHWM (Linux >= 4.0: write 5 to /proc/self/clear_refs); False when refused."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


@dataclass
class DocumentRun:
    name: str
    origin: str
    format: str
    bytes: int
    outcome: str
    reason: str = ""
    pages: float = 0.0
    pages_counted: bool = False
    characters: int = 0
    chunks: int = 0
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    child_peak_rss_mib: float = 0.0


async def ingest_corpus(files: Sequence[CorpusFile], data_dir: Path, *, paths: Mapping[str, int] | None = None
                        ) -> dict[str, Any]:
    """Ingest every file as one knowledge source through the real container's worker, format by format, once per
    path: ``paths`` maps a name to ``ingestion.conversion_workers`` (``{"warm": 1, "cold": 0}``: one warm conversion
    child, or a fresh child per document). Each path has its own container and data folder; a document goes through
    every path before the next document, in alternating order, so both paths meet the same machine load."""
    from sqlmodel import Session, select

    from appliance.container import build_container
    from appliance.db import session_scope
    from appliance.domain.agents import AgentCreate, create_agent, ensure_inbox
    from appliance.domain.knowledge import IngestionJob, KnowledgeSource, SourceKind, add_source, store_file
    from appliance.ingestion.jobs import IngestionWorker
    from appliance.settings import IngestionSettings, Settings

    paths = dict(paths or {"warm": 1})
    clock = StageClock()
    lanes: dict[str, dict[str, Any]] = {}
    startup: dict[str, float] = {}
    for name, workers in paths.items():
        settings = Settings(data_dir=data_dir / name, ingestion=IngestionSettings(conversion_workers=workers))
        loaded = time.perf_counter()
        container = await build_container(settings, with_generator=False)
        startup[name] = round(time.perf_counter() - loaded, 2)
        worker = IngestionWorker(engine=container.engine, settings=settings.ingestion,
                                 embedder=TimedEmbedder(container.embedder, clock),
                                 store=container.store, gate=TimedGate(container.gate, clock),
                                 fetcher=container.fetcher)
        hook = getattr(container.worker, "on_ready", None)  # what the appliance runs after a source is ready
        if hook is not None:
            worker.on_ready = TimedHook(hook, clock)  # type: ignore[attr-defined]
        with session_scope(container.engine) as session:
            inbox = ensure_inbox(session=session, name="Benchmark handoffs")
            agent_id = int(create_agent(session=session,
                                        data=AgentCreate(name="Benchmark", inbox_id=int(inbox.id))).id)
        lanes[name] = {"settings": settings, "container": container, "worker": worker, "agent_id": agent_id,
                       "warm": workers > 0}

    async def one(name: str, item: CorpusFile, sampler: ChildSampler) -> DocumentRun:
        lane = lanes[name]
        container, settings = lane["container"], lane["settings"]
        content = item.path.read_bytes()
        with session_scope(container.engine) as session:
            stored = store_file(session=session, files_dir=settings.files_dir, filename=item.path.name,
                                content=content)
            source = add_source(session=session, agent_id=lane["agent_id"], kind=SourceKind.FILE,
                                title=item.path.name, file_id=stored.id)
            source_id = int(source.id)
            job_id = int(session.exec(select(IngestionJob.id).where(IngestionJob.source_id == source_id)).one())
        clock.marks.clear()
        children_before = sampler.conversion_pids()
        started = time.perf_counter()
        outcome = await lane["worker"].run_job(job_id)
        finished = time.perf_counter()
        await asyncio.sleep(2 * POLL_SECONDS)  # let the sampler finish its round over the children
        children = sampler.conversion_pids() - children_before  # a fresh child, or a warm one started for it
        if lane["warm"]:
            children |= sampler.conversion_pids_seen_since(started) & warm_pids(sampler, children_before)
        if item.format == "txt":  # converted in process: a child merely alive meanwhile is not its child
            children = set()
        with Session(container.engine) as session:
            text = session.get(KnowledgeSource, source_id).canonical_text
        counted = count_pages(item.path)
        run = DocumentRun(
            name=item.path.name, origin=item.origin, format=item.format, bytes=len(content),
            outcome=outcome.state.value, reason=outcome.reason[:200],
            pages=float(counted) if counted is not None else round(normalised_pages(len(text)), 3),
            pages_counted=counted is not None, characters=len(text), chunks=outcome.passages,
            seconds=round(finished - started, 3),
            stages={k: round(v, 3) for k, v in stage_seconds(started, finished, clock.marks).items()},
            child_peak_rss_mib=round(max((sampler.peaks_kib[p] for p in children), default=0) / 1024, 1),
        )
        _progress(f"{name:<4} {item.format:<4} {run.name:<32} {run.outcome:<8} {run.seconds:6.1f} s  "
                  f"{run.chunks:4d} chunks  child {run.child_peak_rss_mib:6.0f} MiB  {run.reason[:60]}")
        return run

    def warm_pids(sampler: ChildSampler, before: set[int]) -> set[int]:
        """Conversion children of the warm pool: those that outlive one document (a cold child exits with it)."""
        from appliance.ingestion.convert_pool import _POOLS

        pids = {pid for pool in list(_POOLS.values()) for pid in pool.idle_pids()}
        return pids | (before & set(sampler.seen_at))

    runs: dict[str, list[DocumentRun]] = {name: [] for name in lanes}
    parent_peaks: dict[str, float] = {}
    hwm_reset = True
    order = list(lanes)
    try:
        with ChildSampler() as sampler:
            index = 0
            for fmt in FORMATS:
                group = [f for f in files if f.format == fmt]
                if not group:
                    continue
                hwm_reset = reset_peak_rss() and hwm_reset
                sampler.reset_self_peak()
                for item in group:
                    for name in order if index % 2 == 0 else order[::-1]:
                        runs[name].append(await one(name, item, sampler))
                    index += 1
                hwm = _kib(_proc_status("self").get("VmHWM")) if hwm_reset else sampler.self_peak_kib
                parent_peaks[fmt] = round(hwm / 1024, 1)
            other_children = sampler.other_children()
    finally:
        for lane in lanes.values():
            await lane["container"].aclose()
        from appliance.ingestion.convert_pool import close_pools

        close_pools()
    return {
        "runs": runs,
        "parent_peak_rss_mib": parent_peaks,
        "parent_peak_source": ("VmHWM reset per format" if hwm_reset else "VmRSS sampled every 20 ms")
        + (f"; the process holds {len(lanes)} containers (one per path)" if len(lanes) > 1 else ""),
        "container_startup_seconds": startup.get("warm", next(iter(startup.values()))),
        "other_children_peak_rss_mib": other_children,
    }


def measure_baselines(folder: Path, repeats: int) -> dict[str, Any]:
    """The fixed cost of a conversion child: one text, in process as .txt and through the child as .md, and a
    child that only imports docling."""
    from appliance.ingestion.convert import ConversionLimits, convert_file
    from appliance.settings import IngestionSettings

    from dataclasses import replace

    limits = replace(ConversionLimits.from_settings(IngestionSettings()), workers=0)  # a fresh child each time
    warm_limits = replace(limits, workers=1)
    text = plain_text(random.Random(f"{SEED}:baseline"), 8)[:NORMALISED_PAGE_CHARS].rsplit(" ", 1)[0] + ".\n"
    as_txt, as_md = folder / "baseline.txt", folder / "baseline.md"
    as_txt.write_text(text, encoding="utf-8")
    as_md.write_text(text, encoding="utf-8")

    def timed(action: Callable[[], object], times: int) -> list[float]:
        out = []
        for _ in range(times):
            started = time.perf_counter()
            action()
            out.append(time.perf_counter() - started)
        return out

    in_process = timed(lambda: convert_file(as_txt, filename=as_txt.name, limits=limits), 20)
    child = timed(lambda: convert_file(as_md, filename=as_md.name, limits=limits), repeats)
    convert_file(as_md, filename=as_md.name, limits=warm_limits)  # starts the warm worker
    warm = timed(lambda: convert_file(as_md, filename=as_md.name, limits=warm_limits), 20)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "MALLOC_ARENA_MAX": "2", "OMP_NUM_THREADS": "1"}
    import_only = timed(lambda: subprocess.run([sys.executable, "-c", "import docling.document_converter"],
                                               env=env, check=True), repeats)
    bare = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], env=env, check=True), repeats)
    return {
        "characters": len(text),
        "txt_in_process_seconds_median": round(statistics.median(in_process), 5),
        "md_conversion_child_seconds_median": round(statistics.median(child), 3),
        "md_warm_worker_seconds_median": round(statistics.median(warm), 4),
        "child_importing_docling_seconds_median": round(statistics.median(import_only), 3),
        "bare_python_child_seconds_median": round(statistics.median(bare), 3),
        "repeats": repeats,
    }


# ------------------------------------------------------------------------------------------------ the report


def summarise(runs: Sequence[DocumentRun], fixed_cost_seconds: float | None = None) -> dict[str, dict[str, Any]]:
    """Per format: counts, throughput over the ``ready`` documents, stage medians and the child's peak RSS.

    ``fixed_cost_seconds`` (the per-document cost of a conversion child measured by the baseline) gives an estimate
    of the throughput with that cost removed, labelled as an estimate."""
    out: dict[str, dict[str, Any]] = {}
    for fmt in FORMATS:
        group = [r for r in runs if r.format == fmt]
        if not group:
            continue
        ready = [r for r in group if r.outcome == "ready"]
        seconds = sum(r.seconds for r in ready)
        pages = sum(r.pages for r in ready)
        chunks = sum(r.chunks for r in ready)
        row: dict[str, Any] = {
            "documents": len(group),
            "ready": len(ready),
            "rejected": sum(r.outcome == "rejected" for r in group),
            "failed": sum(r.outcome == "failed" for r in group),
            "page_unit": PAGE_UNITS.get(fmt, f"normalised pages (characters / {NORMALISED_PAGE_CHARS})"),
            "pages": round(pages, 2),
            "characters": sum(r.characters for r in ready),
            "chunks": chunks,
            "seconds": round(seconds, 2),
            "pages_per_second": round(pages / seconds, 3) if seconds else None,
            "chunks_per_second": round(chunks / seconds, 3) if seconds else None,
            "median_seconds": {
                stage: round(statistics.median(r.stages.get(stage, 0.0) for r in ready), 3) if ready else None
                for stage in STAGES
            },
            "largest": max(ready, key=lambda r: r.pages).name if ready else None,
            "largest_seconds": max(ready, key=lambda r: r.pages).seconds if ready else None,
            "child_peak_rss_mib": max((r.child_peak_rss_mib for r in group), default=0.0),
        }
        if fixed_cost_seconds is not None and fmt != "txt" and seconds:
            without = max(seconds - fixed_cost_seconds * len(ready), 1e-3)
            row["estimated_pages_per_second_without_child_start"] = round(pages / without, 3)
        out[fmt] = row
    return out


def machine() -> dict[str, Any]:
    from benchmarks.retrieval import machine as retrieval_machine

    info = retrieval_machine()
    try:
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    info["memory_total_mib"] = round(_kib(_meminfo().get("MemTotal")) / 1024)
    return info


def _meminfo() -> dict[str, str]:
    try:
        lines = Path("/proc/meminfo").read_text().splitlines()
    except OSError:
        return {}
    return {k: v.strip() for k, v in (line.split(":", 1) for line in lines if ":" in line)}


def markdown_report(report: Mapping[str, Any], command: str) -> str:
    formats = report["formats"]
    warm = any("warm" in run["stages"] for run in report["documents"])  # the worker ran an on_ready hook
    lines = [
        "# Ingestion throughput and peak memory (issues 3 and 14)",
        "",
        f"Command: `{command}`. Generated by the benchmark; the method is in `benchmarks/ingestion.py`'s docstring.",
        "",
        f"Machine: {report['machine'].get('cpu', '?')}, {report['machine'].get('cpus_allowed', '?')} CPUs, "
        f"{report['machine'].get('memory_total_mib', '?')} MiB; load average at the end "
        f"{report['machine'].get('load_average', '?')} (the machine is shared: times are inflated and noisy).",
        f"Run time {report['run_seconds']:.0f} s; container start-up (MiniLM, Milvus-lite, SQLite) "
        f"{report['container_startup_seconds']:.1f} s.",
        "",
        "## Per format",
        "",
        "Pages: PDF pages, PPTX slides, XLSX sheets; DOCX, HTML, Markdown and TXT have no pages and count "
        f"**normalised pages = characters of canonical text / {NORMALISED_PAGE_CHARS}** (marked *).",
        "Throughput is over the documents that ended `ready`; stage times are medians per document.",
        "",
        "| format | docs (ready/rejected/failed) | pages | chunks | pages/s | chunks/s | convert s | chunk+gate s "
        f"| embed s | index s | {'warm s | ' if warm else ''}largest doc (s) | child peak RSS MiB "
        "| parent peak RSS MiB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|" + ("---|" if warm else ""),
    ]
    for fmt, row in formats.items():
        star = "" if fmt in PAGE_UNITS else "*"
        median = row["median_seconds"]
        child = f"{row['child_peak_rss_mib']:.0f}" if row["child_peak_rss_mib"] else "no child"
        lines.append(
            f"| {fmt} | {row['documents']} ({row['ready']}/{row['rejected']}/{row['failed']}) | "
            f"{row['pages']:.1f}{star} | {row['chunks']} | {_num(row['pages_per_second'])} | "
            f"{_num(row['chunks_per_second'])} | {_num(median['convert'])} | {_num(median['chunk_gate'])} | "
            f"{_num(median['embed'])} | {_num(median['index'])} | {_num(median['warm']) + ' | ' if warm else ''}"
            f"{row['largest']} ({_num(row['largest_seconds'])}) "
            f"| {child} | {report['parent_peak_rss_mib'].get(fmt, 0):.0f} |"
        )
    comparison = report.get("warm_vs_cold")
    if comparison:
        overall = comparison["overall"]
        lines += [
            "",
            "## Warm conversion worker against a fresh child per document",
            "",
            f"The same {comparison['documents']} documents (ready on both paths) ingested by two containers in this "
            "run, interleaved document by document in alternating order (so both meet the same load): one with "
            "`ingestion.conversion_workers=0` (cold: a fresh conversion child per document, as before), one with a "
            "warm worker (the default; its first document pays the child's start). pages/s over the whole job "
            "(convert, gate, chunk, embed, index, warm), then over the conversion stage alone.",
            "",
            f"**warm_vs_cold_speedup = {_num(report['warm_vs_cold_speedup'])}** (overall pages/s: warm "
            f"{_num(overall['warm_pages_per_second'])}, cold {_num(overall['cold_pages_per_second'])}).",
            "",
            "| format | job pages/s warm | job pages/s cold | ratio | conversion pages/s warm | cold | ratio |",
            "|---|---|---|---|---|---|---|",
        ]
        for fmt, row in comparison["per_format"].items():
            conv = comparison["conversion_stage_per_format"][fmt]
            lines.append(f"| {fmt} | {_num(row['warm_pages_per_second'])} | {_num(row['cold_pages_per_second'])} | "
                         f"{_num(row['ratio'])} | {_num(conv['warm_pages_per_second'])} | "
                         f"{_num(conv['cold_pages_per_second'])} | {_num(conv['ratio'])} |")
        if "txt" in comparison["per_format"]:
            lines += ["", "Plain text is converted in process on both paths (no child): its ratio is the run's noise "
                      "(a shared machine), not an effect of the warm worker. The job time of the other formats is "
                      "mostly embedding the passages and their sentences, which the warm worker does not change."]
    base = report["baseline"]
    lines += [
        "",
        f"Parent peak RSS: {report['parent_peak_source']}; it includes the embedder and the Milvus-lite client. "
        + ("Other children seen (peak MiB, command): "
           + "; ".join(f"{mib:.0f} `{command}`" for mib, command in report["other_children_peak_rss_mib"])
           if report["other_children_peak_rss_mib"] else "No other child process ran (Milvus-lite is in process)."),
        "",
        "## Baseline: the fixed cost of the conversion child",
        "",
        f"The same {base['characters']} characters of text, median of {base['repeats']} runs "
        "(the in-process figure: 20 runs):",
        "",
        "| path | seconds |",
        "|---|---|",
        f"| `.txt`: in process, no child | {base['txt_in_process_seconds_median']:.4f} |",
        f"| `.md`: conversion child (start, import docling, convert, answer) | "
        f"{base['md_conversion_child_seconds_median']:.2f} |",
        f"| `.md`: a warm conversion worker (20 runs) | {base.get('md_warm_worker_seconds_median', 0):.4f} |",
        f"| a child that only imports docling | {base['child_importing_docling_seconds_median']:.2f} |",
        f"| a bare Python child | {base['bare_python_child_seconds_median']:.2f} |",
        "",
        "Estimated pages/s per format without that fixed cost (job time minus one `.md` child per document; an "
        "estimate of what a warm conversion worker would reach, not a measurement):",
        "",
        "| format | measured pages/s | estimated pages/s without the child's start |",
        "|---|---|---|",
    ]
    for fmt, row in formats.items():
        if "estimated_pages_per_second_without_child_start" in row:
            lines.append(f"| {fmt} | {_num(row['pages_per_second'])} | "
                         f"{_num(row['estimated_pages_per_second_without_child_start'])} |")
    lines += ["", "## Documents", "", "| document | origin | format | outcome | pages | chunks | seconds | child MiB |",
              "|---|---|---|---|---|---|---|---|"]
    for run in report["documents"]:
        pages = f"{run['pages']:.1f}" + ("" if run["pages_counted"] else "*")
        lines.append(f"| {run['name']} | {run['origin']} | {run['format']} | {run['outcome']} | {pages} | "
                     f"{run['chunks']} | {run['seconds']:.1f} | {run['child_peak_rss_mib']:.0f} |")
    return "\n".join(lines) + "\n"


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if value < 1 else f"{value:.2f}" if value < 100 else f"{value:.0f}"


# ------------------------------------------------------------------------------------------------ the command


def warm_vs_cold(warm: Sequence[DocumentRun], cold: Sequence[DocumentRun]) -> dict[str, Any]:
    """pages/s of the warm path over the cold path (job time, every stage), overall and per format, on the documents
    that ended ``ready`` on both paths; and the same ratio for the conversion stage alone."""

    def rates(runs: Sequence[DocumentRun], names: set[tuple[str, str]], stage: str | None) -> tuple[float, float]:
        chosen = [r for r in runs if (r.format, r.name) in names]
        seconds = sum(r.stages.get(stage, 0.0) if stage else r.seconds for r in chosen)
        return sum(r.pages for r in chosen), seconds

    both = {(r.format, r.name) for r in warm if r.outcome == "ready"} & {
        (r.format, r.name) for r in cold if r.outcome == "ready"}

    def ratio(names: set[tuple[str, str]], stage: str | None = None) -> dict[str, float | None]:
        warm_pages, warm_seconds = rates(warm, names, stage)
        cold_pages, cold_seconds = rates(cold, names, stage)
        warm_rate = warm_pages / warm_seconds if warm_seconds else None
        cold_rate = cold_pages / cold_seconds if cold_seconds else None
        return {"warm_pages_per_second": _round(warm_rate), "cold_pages_per_second": _round(cold_rate),
                "ratio": _round(warm_rate / cold_rate) if warm_rate and cold_rate else None}

    overall = ratio(both)
    per_format = {fmt: ratio({n for n in both if n[0] == fmt}) for fmt in FORMATS if any(n[0] == fmt for n in both)}
    conversion = {fmt: ratio({n for n in both if n[0] == fmt}, "convert")
                  for fmt in FORMATS if any(n[0] == fmt for n in both)}
    return {"warm_vs_cold_speedup": overall["ratio"], "warm_vs_cold": {"overall": overall, "per_format": per_format,
                                                                       "conversion_stage_per_format": conversion,
                                                                       "documents": len(both)}}


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None


def run(scenarios: Path | None, repeats: int, only: Iterable[str] = FORMATS, with_cold: bool = True
        ) -> dict[str, Any]:
    started = time.perf_counter()
    wanted = set(only)
    with tempfile.TemporaryDirectory(prefix="ingestion-benchmark-") as folder:
        root = Path(folder)
        files = [f for f in found_corpus(scenarios) + generate_corpus(root / "generated") if f.format in wanted]
        paths = {"warm": 1, "cold": 0} if with_cold else {"warm": 1}
        _progress(f"{len(files)} documents; ingesting through {' and '.join(paths)} conversion, interleaved")
        ingested = asyncio.run(ingest_corpus(files, root / "data", paths=paths))
        _progress("baseline: the conversion child's fixed cost")
        baseline = measure_baselines(root, repeats)
    all_runs: dict[str, list[DocumentRun]] = ingested.pop("runs")
    runs = all_runs["warm"]
    formats = summarise(runs, baseline["md_conversion_child_seconds_median"])
    comparison: dict[str, Any] = {}
    if "cold" in all_runs:
        cold_runs = all_runs["cold"]
        comparison = warm_vs_cold(runs, cold_runs)
        comparison["cold"] = {"formats": summarise(cold_runs), "documents": [asdict(r) for r in cold_runs]}
    return {
        "benchmark": "ingestion",
        "formats": formats,
        **comparison,
        "baseline": baseline,
        **ingested,
        "run_seconds": round(time.perf_counter() - started, 1),
        "settings": _ingestion_settings(),
        "machine": machine(),
        "documents": [asdict(r) for r in runs],
    }


def _ingestion_settings() -> dict[str, Any]:
    from appliance.settings import IngestionSettings

    settings = IngestionSettings()
    return {"chunk_max_chars": settings.chunk_max_chars, "conversion_memory_bytes": settings.conversion_memory_bytes,
            "conversion_timeout_seconds": settings.conversion_timeout_seconds, "max_pages": settings.max_pages,
            "conversion_worker_max_documents": settings.conversion_worker_max_documents,
            "conversion_worker_max_rss_bytes": settings.conversion_worker_max_rss_bytes}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ingestion", description=__doc__.split("\n\n")[0])
    parser.add_argument("--json-out", type=Path, required=True, help="where to write the JSON report (.md next to it)")
    parser.add_argument("--scenarios", type=Path, default=DEFAULT_SCENARIOS,
                        help=f"scenarios whose */knowledge files join the corpus (default: {DEFAULT_SCENARIOS})")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each baseline child (default: 3)")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated subset of formats")
    parser.add_argument("--no-cold", action="store_true",
                        help="skip the cold pass (a fresh conversion child per document) and the warm/cold ratio")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("error: this benchmark reads /proc (Linux only)", file=sys.stderr)
        return 2
    for name, value in (("HF_HUB_OFFLINE", "1"), ("TRANSFORMERS_OFFLINE", "1"), ("TOKENIZERS_PARALLELISM", "false")):
        os.environ.setdefault(name, value)
    sys.path.insert(0, str(REPO))  # the generated PDFs use tests/fixtures' PDF writer
    report = run(args.scenarios, args.repeats, [f.strip() for f in args.formats.split(",") if f.strip()],
                 with_cold=not args.no_cold)
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    command = "python -m benchmarks.ingestion " + " ".join(argv if argv is not None else sys.argv[1:])
    markdown = markdown_report(report, command)
    args.json_out.with_suffix(".md").write_text(markdown, encoding="utf-8")
    print(markdown)
    print(f"report written to {args.json_out} and {args.json_out.with_suffix('.md')}")
    return 0


def _progress(message: str) -> None:
    print(f"[ingestion] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
