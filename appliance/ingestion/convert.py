"""Convert an uploaded file or a fetched page into a :class:`ConvertedDocument`.

Conversion of everything but plain text runs docling in a separate process
(``python -m appliance.ingestion._convert_worker``) with a wall-clock timeout and an address-space limit,
so a zip bomb, a huge PDF or a hang inside docling costs one failed source, never the server. The child answers
with JSON on its standard output. On Linux the child is killed by the kernel when the appliance process dies (even by
SIGKILL or the OOM killer), so no conversion outlives the server that wanted it.

Invariants of every document returned here:

* ``doc.text`` is non-empty and is the canonical text: headings as ``#`` lines, blocks separated by blank lines,
  lists as ``- `` lines, tables as Markdown tables;
* for every block ``b``: ``doc.text[b.start:b.end]`` is that block's rendered text, blocks are in order and do not
  overlap, and ``b.heading_path`` lists the headings above it (a heading's own path ends with itself).

``convert_file`` blocks for as long as the conversion takes (seconds): call it from a worker thread or job, never
from the event loop.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from appliance.ingestion.document import Block, BlockKind, ConvertedDocument, IngestionError

if TYPE_CHECKING:
    from appliance.settings import IngestionSettings

WORKER_MODULE = "appliance.ingestion._convert_worker"
PARENT_PID_OPTION = "--parent-pid"

EXTENSION_FORMATS: dict[str, str] = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".txt": "txt",
    ".docx": "docx",
    ".pptx": "pptx",
    ".xlsx": "xlsx",
    ".pdf": "pdf",
}
TEXT_FORMATS = frozenset({"md", "html", "txt"})
OOXML_MAIN_PARTS = {"word/document.xml": "docx", "ppt/presentation.xml": "pptx", "xl/workbook.xml": "xlsx"}
FORMAT_NAMES = {
    "md": "Markdown",
    "html": "HTML",
    "txt": "plain text",
    "text": "plain text",
    "docx": "Word (.docx)",
    "pptx": "PowerPoint (.pptx)",
    "xlsx": "Excel (.xlsx)",
    "pdf": "PDF",
}

ZIP_EXPANSION_FACTOR = 10  # an office file may unpack to at most this many times max_file_bytes
ZIP_MAX_MEMBERS = 10_000
MAX_RESULT_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class ConversionLimits:
    """Bounds on one conversion: input size, pages, wall-clock time and the child's address space; and how the
    children are reused (``workers`` warm children, each replaced after ``max_documents`` documents or above
    ``max_rss_bytes`` resident; ``workers=0``: a fresh child per document). See ``convert_pool``."""

    max_file_bytes: int
    max_pages: int
    timeout_seconds: float
    memory_bytes: int
    workers: int = 1
    max_documents: int = 50
    max_rss_bytes: int = 2 * 1024**3

    @classmethod
    def from_settings(cls, settings: IngestionSettings) -> ConversionLimits:
        return cls(
            max_file_bytes=settings.max_file_bytes,
            max_pages=settings.max_pages,
            timeout_seconds=settings.conversion_timeout_seconds,
            memory_bytes=settings.conversion_memory_bytes,
            workers=settings.conversion_workers,
            max_documents=settings.conversion_worker_max_documents,
            max_rss_bytes=settings.conversion_worker_max_rss_bytes,
        )


# --------------------------------------------------------------------------------------------- format detection


def detect_format(path: Path, *, filename: str) -> str:
    """The format of ``path`` (``md``, ``html``, ``txt``, ``docx``, ``pptx``, ``xlsx`` or ``pdf``).

    The extension of ``filename`` names the expected format and the content must agree with it: a PDF starts with
    ``%PDF-``, an office file is a zip holding its main part, a text format is valid UTF-8 without NUL bytes.
    Raises :class:`IngestionError` on an unsupported extension or a mismatch.
    """
    suffix = Path(filename).suffix.lower()
    expected = EXTENSION_FORMATS.get(suffix)
    if expected is None:
        supported = ", ".join(sorted(EXTENSION_FORMATS))
        raise IngestionError(f"unsupported file type {suffix or '(no extension)'!r}; supported: {supported}")
    actual = _sniff_content(path)
    if expected in TEXT_FORMATS and actual == "text":
        return expected
    if actual == expected:
        return expected
    described = FORMAT_NAMES.get(actual, actual)
    raise IngestionError(
        f"the file name says {FORMAT_NAMES[expected]} but the content is {described}; "
        "rename the file with its real extension or export it again"
    )


def _sniff_content(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(8192)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(path)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "a legacy Office binary file (.doc/.xls/.ppt: save it as .docx/.xlsx/.pptx)"
    if _looks_like_text(path):
        return "text"  # described as plain text: a mismatch names it so
    return "binary data of an unsupported type"


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return "a damaged zip archive"
    for part, fmt in OOXML_MAIN_PARTS.items():
        if part in names:
            return fmt
    return "a zip archive that is not a Word, PowerPoint or Excel file"


def _looks_like_text(path: Path) -> bool:
    """True when the file decodes (see :func:`decode_text`) to text with almost no control characters."""
    try:
        text = decode_text(path.read_bytes())
    except UnicodeDecodeError:
        return False
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    return controls <= len(text) // 100


def decode_text(data: bytes) -> str:
    """UTF-8 (a BOM allowed), else Windows-1252 as older editors save it; UnicodeDecodeError if neither fits."""
    if b"\x00" in data:
        raise UnicodeDecodeError("utf-8", data, data.index(b"\x00"), data.index(b"\x00") + 1, "NUL byte")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def check_zip_bounds(path: Path, limits: ConversionLimits) -> None:
    """Refuse an office file whose zip unpacks to more than ``ZIP_EXPANSION_FACTOR * max_file_bytes`` or holds
    more than ``ZIP_MAX_MEMBERS`` members (zip bombs), before docling opens it."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise IngestionError(f"the file is a damaged zip archive ({exc})") from exc
    if len(members) > ZIP_MAX_MEMBERS:
        raise IngestionError(f"the file holds {len(members)} zip members (at most {ZIP_MAX_MEMBERS} are accepted)")
    unpacked = sum(member.file_size for member in members)
    bound = ZIP_EXPANSION_FACTOR * limits.max_file_bytes
    if unpacked > bound:
        raise IngestionError(
            f"the file unpacks to {unpacked / 1e6:.0f} MB, above the {bound / 1e6:.0f} MB accepted "
            "(a zip bomb, or a document too large to convert)"
        )


# --------------------------------------------------------------------------------------------- entry points


def convert_file(
    path: Path, *, filename: str, limits: ConversionLimits, artifacts_path: Path | None = None
) -> ConvertedDocument:
    """Convert the file at ``path`` (uploaded as ``filename``) into canonical text and blocks.

    ``artifacts_path``: a folder holding docling's layout models; when given, PDFs go through docling's standard
    (layout-model) pipeline, otherwise through the model-free native pipeline with heading recovery.
    Raises :class:`IngestionError` with a reason fit for the admin on any failure.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestionError(f"the file cannot be read ({exc.strerror})") from exc
    if size > limits.max_file_bytes:
        raise IngestionError(
            f"the file is {size / 1e6:.1f} MB, above the {limits.max_file_bytes / 1e6:.1f} MB accepted"
        )
    if size == 0:
        raise IngestionError("the document contains no text")
    fmt = detect_format(path, filename=filename)
    if fmt == "txt":
        return convert_plain_text(decode_text(path.read_bytes()), base_name=filename)
    if fmt in OOXML_MAIN_PARTS.values():
        check_zip_bounds(path, limits)
    return run_worker(_request(path, filename, fmt, limits, artifacts_path), limits)


def convert_html_text(html: str, *, base_name: str, limits: ConversionLimits) -> ConvertedDocument:
    """Convert a fetched HTML page (already decoded to text). ``base_name`` names the source (URL or file name)."""
    data = html.encode("utf-8")
    if len(data) > limits.max_file_bytes:
        raise IngestionError(
            f"the page is {len(data) / 1e6:.1f} MB, above the {limits.max_file_bytes / 1e6:.1f} MB accepted"
        )
    with tempfile.TemporaryDirectory(prefix="appliance-html-") as folder:
        page = Path(folder) / "page.html"
        page.write_bytes(data)
        return run_worker(_request(page, _html_file_name(base_name), "html", limits, None), limits)


def _request(
    path: Path, filename: str, fmt: str, limits: ConversionLimits, artifacts_path: Path | None
) -> dict[str, object]:
    """The JSON request the conversion child reads on stdin."""
    return {
        "path": str(path),
        "filename": filename,
        "format": fmt,
        "max_pages": limits.max_pages,
        "max_file_bytes": limits.max_file_bytes,
        "memory_bytes": limits.memory_bytes,
        "artifacts_path": str(artifacts_path) if artifacts_path else None,
    }


def _html_file_name(base_name: str) -> str:
    """A file name for docling from a URL or name: its last path segment, made safe, ending in .html."""
    last = base_name.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    stem = re.sub(r"[^\w.-]+", "-", last).strip("-.") or "page"
    return stem if stem.lower().endswith((".html", ".htm")) else f"{stem}.html"


def convert_plain_text(text: str, *, base_name: str) -> ConvertedDocument:
    """Plain text: one paragraph per run of non-blank lines. No docling, no subprocess."""
    paragraphs = [" ".join(part.split()) for part in _split_paragraphs(text)]
    elements = [Element("paragraph", p) for p in paragraphs if p]
    return render_document(elements, title="", default_title=Path(base_name).stem, fmt="txt")


def _split_paragraphs(text: str) -> Iterable[str]:
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            yield "\n".join(current)
            current = []
    if current:
        yield "\n".join(current)


# --------------------------------------------------------------------------------------------- the subprocess


def run_worker(request: dict[str, object], limits: ConversionLimits) -> ConvertedDocument:
    """Convert ``request`` in a warm child of the pool (``limits.workers > 0``) or a fresh one, and rebuild its
    answer; every failure becomes an IngestionError."""
    if limits.workers <= 0:
        return run_cold_worker(request, limits)
    return pool_of(limits).convert(request, timeout=limits.timeout_seconds, max_result_bytes=MAX_RESULT_BYTES,
                                   parse=lambda code, out, err: _parse_answer(code, out, err, limits))


def pool_of(limits: ConversionLimits):  # type: ignore[no-untyped-def]
    """The process's warm-worker pool for ``limits`` (children start with its memory limit)."""
    from appliance.ingestion.convert_pool import PoolConfig, pool_for

    config = PoolConfig(memory_bytes=limits.memory_bytes, size=max(limits.workers, 1),
                        max_documents=limits.max_documents, max_rss_bytes=limits.max_rss_bytes)
    return pool_for(config, env=_child_env(), package_root=str(_package_root()))


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        # Bounded malloc arenas and one OpenMP thread: torch under RLIMIT_AS otherwise reserves arenas per thread
        # and can spin on failed allocations instead of failing.
        MALLOC_ARENA_MAX="2",
        OMP_NUM_THREADS="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(_package_root()), env.get("PYTHONPATH", "")])),
    )
    return env


def run_cold_worker(request: dict[str, object], limits: ConversionLimits) -> ConvertedDocument:
    """Run a fresh conversion child on ``request`` (it imports docling, converts one document and exits)."""
    env = _child_env()
    # The child asks the kernel to kill it when this process dies (see _convert_worker.die_with_parent); it gets
    # the pid to expect as its parent so it can tell whether this process died before it asked.
    process = subprocess.Popen(
        [sys.executable, "-m", WORKER_MODULE, PARENT_PID_OPTION, str(os.getpid())],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(json.dumps(request).encode(), timeout=limits.timeout_seconds)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        process.communicate()
        raise IngestionError(
            f"conversion took longer than {limits.timeout_seconds:.0f} s and was stopped "
            "(the document is too large or too complex)"
        ) from None
    finally:
        if process.poll() is None:
            _kill_group(process)
    return _parse_answer(process.returncode, stdout, stderr, limits)


def _package_root() -> Path:
    return Path(__file__).resolve().parents[2]  # the folder holding the appliance package


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _parse_answer(returncode: int, stdout: bytes, stderr: bytes, limits: ConversionLimits) -> ConvertedDocument:
    if returncode < 0:
        name = signal.Signals(-returncode).name
        raise IngestionError(
            f"the conversion process was killed by {name} (out of memory under the "
            f"{limits.memory_bytes / 2**20:.0f} MiB limit, or a crash in the converter)"
        )
    if len(stdout) > MAX_RESULT_BYTES:
        raise IngestionError("the converted document is too large")
    try:
        answer = json.loads(stdout)
    except ValueError:
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise IngestionError(f"the conversion process failed (exit {returncode}): {' | '.join(tail)}") from None
    if not answer.get("ok"):
        raise IngestionError(str(answer.get("reason") or "the conversion failed"))
    return document_from_json(answer["document"])


# --------------------------------------------------------------------------------------------- canonical text


@dataclass(frozen=True)
class Element:
    """One structural element before rendering. ``text`` is already rendered for its kind except headings
    (plain heading text, rendered with ``level`` hashes) and lists (one item per line, rendered with markers)."""

    kind: BlockKind
    text: str
    level: int = 0


def render_document(
    elements: Iterable[Element],
    *,
    title: str,
    fmt: str,
    default_title: str = "",
    pages: int = 0,
    warnings: list[str] | None = None,
) -> ConvertedDocument:
    """Lay out ``elements`` as canonical text, recording each block's span and heading path.

    The title is ``title``, else the first heading's text, else ``default_title`` (a file name stem).

    A heading of level L closes every open heading of level >= L. Raises IngestionError when no block but headings
    has text (nothing to cite).
    """
    parts: list[str] = []
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    offset = 0
    for element in elements:
        if element.kind == "heading":
            element = Element("heading", element.text, max(1, min(element.level, 6)))
        rendered = _render(element)
        if not rendered:
            continue
        if element.kind == "heading":
            heading_text = " ".join(element.text.split())
            while stack and stack[-1][0] >= element.level:
                stack.pop()
            stack.append((element.level, heading_text))
        if parts:
            parts.append("\n\n")
            offset += 2
        path = tuple(text for _, text in stack)
        blocks.append(Block(element.kind, offset, offset + len(rendered), path, element.level))
        parts.append(rendered)
        offset += len(rendered)
    if not any(block.kind != "heading" for block in blocks):
        raise IngestionError("the document contains no text")
    text = "".join(parts) + "\n"
    first_heading = next((b for b in blocks if b.kind == "heading"), None)
    if not title and first_heading is not None:
        title = first_heading.heading_path[-1]
    title = title or default_title
    return ConvertedDocument(text=text, blocks=blocks, title=title, pages=pages, format=fmt, warnings=warnings or [])


def _render(element: Element) -> str:
    if element.kind == "heading":
        text = " ".join(element.text.split())
        return f"{'#' * element.level} {text}" if text else ""
    if element.kind == "list":
        lines = [line.rstrip() for line in element.text.splitlines() if line.strip()]
        return "\n".join(lines)
    if element.kind == "code":
        body = element.text.strip("\n")
        return f"```\n{body}\n```" if body.strip() else ""
    if element.kind == "table":
        return element.text.strip()
    return " ".join(element.text.split())


def split_title_row(rows: Sequence[Sequence[str]]) -> tuple[str | None, Sequence[Sequence[str]]]:
    """A spreadsheet's title written in its table's first row ("Price List 2026 - equipment (GBP, excl. VAT)", the
    other cells empty or repeating it, as a merged cell reads) and the table below it: (the title, the rows under
    it), so the row that names the columns is read as the header; (None, ``rows``) for any other table. The row under
    the title names two columns or more, mostly in words (a data row holds figures)."""
    if len(rows) < 3 or len(rows[0]) < 2:
        return None, rows
    titles = {" ".join(cell.split()) for cell in rows[0] if cell.strip()}
    names = [cell for cell in rows[1] if cell.strip()]
    worded = sum(not any(c.isdigit() for c in cell) for cell in names)
    if len(titles) != 1 or len(names) < 2 or worded * 2 <= len(names):
        return None, rows
    return titles.pop(), rows[1:]


def markdown_table(rows: Sequence[Sequence[str]]) -> str:
    """A compact Markdown table: the first row is the header; cell whitespace collapsed, pipes escaped."""
    if not rows:
        return ""
    width = max(len(row) for row in rows)

    def line(cells: Sequence[str]) -> str:
        padded = [" ".join(cell.split()).replace("|", "\\|") for cell in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(padded) + " |"

    return "\n".join([line(rows[0]), line(["---"] * width), *(line(row) for row in rows[1:])])


def document_to_json(doc: ConvertedDocument) -> dict[str, object]:
    return {
        "text": doc.text,
        "blocks": [[b.kind, b.start, b.end, list(b.heading_path), b.level] for b in doc.blocks],
        "title": doc.title,
        "pages": doc.pages,
        "format": doc.format,
        "warnings": doc.warnings,
    }


def document_from_json(data: dict[str, object]) -> ConvertedDocument:
    """Rebuild a document from the child's JSON, checking that every block lies inside the text."""
    text = str(data["text"])
    blocks = [
        Block(kind, int(start), int(end), tuple(path), int(level))
        for kind, start, end, path, level in data["blocks"]  # type: ignore[union-attr]
    ]
    for block in blocks:
        if not 0 <= block.start < block.end <= len(text):
            raise IngestionError("the conversion process returned an inconsistent document")
    return ConvertedDocument(
        text=text,
        blocks=blocks,
        title=str(data.get("title") or ""),
        pages=int(data.get("pages") or 0),  # type: ignore[arg-type]
        format=str(data.get("format") or ""),
        warnings=[str(w) for w in data.get("warnings") or []],  # type: ignore[union-attr]
    )
