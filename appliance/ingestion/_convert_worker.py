"""The conversion subprocess: ``python -m appliance.ingestion._convert_worker``.

Started as ``... _convert_worker --parent-pid PID``: first it arranges to die with its parent (see
:func:`die_with_parent`). Then it reads one JSON request on stdin (see ``convert.convert_file``), limits its own
address space (RLIMIT_AS) before importing docling, converts the file, and writes one JSON answer on stdout:
``{"ok": true, "document": {...}}`` or ``{"ok": false, "reason": "..."}``. Anything docling or a native library
prints goes to stderr: fd 1 is redirected there while the conversion runs.

Started as ``... --parent-pid PID --serve MEMORY_BYTES`` it is a warm worker (see ``convert_pool``): it limits its
address space and imports docling at once, then answers one JSON request per stdin line with one JSON answer per
stdout line (plus ``rss_bytes``, its resident memory afterwards), until stdin closes. The parent decides when to
replace it (after a failure, a time-out, ``max_documents`` or above ``max_rss_bytes``).
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import resource
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from appliance.ingestion.convert import (
    PARENT_PID_OPTION,
    Element,
    decode_text,
    document_to_json,
    markdown_table,
    render_document,
    split_title_row,
)
from appliance.ingestion.document import ConvertedDocument, IngestionError
from appliance.ingestion.sheet_currency import priced_by_title

LOAD_HINT = (
    ": docling could not even be loaded (it needs about 1.2 GiB of address space with torch); "
    "raise ingestion.conversion_memory_bytes"
)
PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
SERVE_OPTION = "--serve"


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == PARENT_PID_OPTION:
        die_with_parent(int(sys.argv[2]))
    if len(sys.argv) == 5 and sys.argv[3] == SERVE_OPTION:
        serve(int(sys.argv[4]))
        return
    request = json.loads(sys.stdin.buffer.read())
    answer_fd = os.dup(1)
    os.dup2(2, 1)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    answer = answer_request(request, limit=True)
    with os.fdopen(answer_fd, "wb") as out:
        out.write(json.dumps(answer).encode())


def answer_request(request: dict[str, Any], *, limit: bool) -> dict[str, Any]:
    """Convert one request into its answer; every failure becomes ``{"ok": false, "reason": ...}``."""
    try:
        if limit:
            _limit_memory(int(request["memory_bytes"]))
        _load_docling(request)
        return {"ok": True, "document": document_to_json(convert(request))}
    except IngestionError as exc:
        return {"ok": False, "reason": exc.reason}
    except MemoryError:
        return {"ok": False, "reason": _memory_reason(request)}
    except Exception as exc:  # the child reports every failure as an answer; the parent never sees a traceback
        return {"ok": False, "reason": f"the converter failed: {type(exc).__name__}: {exc}"[:500]}


def serve(memory_bytes: int) -> None:
    """The warm worker's loop: limits and docling once, then one answer line per request line."""
    answer_fd = os.dup(1)
    os.dup2(2, 1)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    _limit_memory(memory_bytes)
    try:
        _load_docling({"memory_bytes": memory_bytes})
    except IngestionError:
        pass  # each request reports it (answer_request loads again, which fails the same way)
    with os.fdopen(answer_fd, "wb", buffering=0) as out:
        for line in sys.stdin.buffer:
            if not line.strip():
                continue
            try:
                request = json.loads(line)
            except ValueError:
                return  # not our parent speaking: stop
            answer = answer_request(request, limit=False)
            answer["rss_bytes"] = resident_bytes()
            out.write(json.dumps(answer).encode() + b"\n")


def resident_bytes() -> int:
    """This process's resident memory now (Linux /proc; 0 where unknown)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL this process when its parent dies, so a conversion never outlives the appliance.

    Linux only (``prctl(PR_SET_PDEATHSIG, SIGKILL)`` through libc). The signal is tied to the parent *thread* that
    started the child: ``convert.run_worker`` blocks that thread until the child ends, so it cannot exit first. If the
    parent died before the prctl call took effect, no signal will come: the parent pid then differs from
    ``parent_pid`` (the child was re-parented), and the child exits at once. Elsewhere (macOS, used only for
    development) there is no such call and the child merely stops when it finds its stdout closed.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            error = ctypes.get_errno()
            raise OSError(error, f"prctl(PR_SET_PDEATHSIG) failed: {os.strerror(error)}")
    if os.getppid() != parent_pid:
        os._exit(1)  # the parent is gone: nobody reads the answer


def _limit_memory(memory_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


def _load_docling(request: dict[str, Any]) -> None:
    """Import docling (and the torch it pulls in) under the memory limit, naming the fix when it cannot load."""
    try:
        import docling.document_converter  # noqa: F401
    except MemoryError:
        raise IngestionError(_memory_reason(request) + LOAD_HINT) from None
    except ImportError as exc:
        if "map segment" in str(exc) or "memory" in str(exc).lower():
            raise IngestionError(_memory_reason(request) + LOAD_HINT) from None
        raise IngestionError(
            f"docling is not installed correctly ({exc}); install docling-slim[format-office,format-web,format-pdf]"
        ) from None


def _memory_reason(request: dict[str, Any]) -> str:
    return f"the conversion ran out of memory under the {int(request['memory_bytes']) / 2**20:.0f} MiB limit"


# --------------------------------------------------------------------------------------------- docling


def convert(request: dict[str, Any]) -> ConvertedDocument:
    from docling.datamodel.base_models import ConversionStatus, DocumentStream

    fmt = str(request["format"])
    path = Path(request["path"])
    filename = str(request["filename"])
    warnings: list[str] = []
    source: Path | DocumentStream = path
    if fmt == "md":
        text = repair_pipe_tables(decode_text(path.read_bytes()))
        source = DocumentStream(name=filename, stream=io.BytesIO(text.encode()))
    elif fmt == "html":
        html, removed = strip_hidden_html(decode_text(path.read_bytes()))
        if removed:
            warnings.append(f"{removed} hidden HTML element(s) were left out")
        source = DocumentStream(name=filename, stream=io.BytesIO(html.encode()))

    converter = _cached_converter(fmt, request.get("artifacts_path"))
    result = converter.convert(
        source,
        raises_on_error=False,
        max_num_pages=int(request["max_pages"]),
        max_file_size=int(request["max_file_bytes"]),
    )
    messages = [error.error_message for error in result.errors]
    if result.status not in (ConversionStatus.SUCCESS, ConversionStatus.PARTIAL_SUCCESS):
        detail = "; ".join(messages) or f"status {result.status.value}"
        if "max_num_pages" in detail:
            raise IngestionError(f"the document has more than {request['max_pages']} pages, the most accepted")
        raise IngestionError(f"docling could not convert the document: {detail}"[:500])
    if result.status == ConversionStatus.PARTIAL_SUCCESS:
        warnings.extend(f"partly converted: {message}" for message in messages)

    doc = result.document
    pages = len(doc.pages)
    if fmt == "pdf" and not request.get("artifacts_path"):
        from appliance.ingestion.pdf_headings import lines_from_pages, structure_lines, title_of

        elements = structure_lines(lines_from_pages(result.pages))
        title = title_of(elements)
    else:
        elements, title = elements_from_docling(doc)
    return render_document(
        elements, title=title, default_title=Path(filename).stem, fmt=fmt, pages=pages, warnings=warnings
    )


_CONVERTERS: dict[tuple[str, str | None], Any] = {}


def _cached_converter(fmt: str, artifacts_path: str | None) -> Any:
    """One converter per format for the life of the process: a warm worker builds each pipeline once."""
    key = (fmt, artifacts_path)
    if key not in _CONVERTERS:
        _CONVERTERS[key] = _converter(fmt, artifacts_path)
    return _CONVERTERS[key]


def _converter(fmt: str, artifacts_path: str | None) -> Any:
    from docling.datamodel.base_models import InputFormat
    from docling.document_converter import DocumentConverter, PdfFormatOption

    formats = {
        "md": InputFormat.MD,
        "html": InputFormat.HTML,
        "docx": InputFormat.DOCX,
        "pptx": InputFormat.PPTX,
        "xlsx": InputFormat.XLSX,
        "pdf": InputFormat.PDF,
    }
    options: dict[Any, Any] = {}
    if fmt == "pdf":
        if artifacts_path:
            from docling.datamodel.pipeline_options import PdfPipelineOptions

            pdf_options = PdfPipelineOptions(artifacts_path=artifacts_path, do_ocr=False)
            options[InputFormat.PDF] = PdfFormatOption(pipeline_options=pdf_options)
        else:
            from docling.datamodel.pipeline_options import NativePdfPipelineOptions
            from docling.pipeline.native_pdf_pipeline import NativePdfPipeline

            options[InputFormat.PDF] = PdfFormatOption(
                pipeline_cls=NativePdfPipeline, pipeline_options=NativePdfPipelineOptions()
            )
    return DocumentConverter(allowed_formats=[formats[fmt]], format_options=options)


def elements_from_docling(doc: Any) -> tuple[list[Element], str]:
    """Walk a DoclingDocument's body in reading order: headings (title = level 1, section headers shifted below
    it when the document has a title), paragraphs, lists (consecutive list items, indented by nesting), tables
    (compact Markdown, cells of merged spans repeated) and code. Pictures and page furniture are left out."""
    from docling_core.types.doc import (
        CodeItem,
        DocItemLabel,
        ListItem,
        SectionHeaderItem,
        TableItem,
        TextItem,
        TitleItem,
    )

    # A table's cells with formatted text (a Word header cell in bold) are items of their own under the table: the
    # table's Markdown already holds them, so they are not paragraphs too ("Steel thickness" alone after the table).
    items = [item for item, _ in doc.iterate_items() if not _inside_table(item, doc)]
    has_title = any(isinstance(item, TitleItem) for item in items)
    title = next((item.text.strip() for item in items if isinstance(item, TitleItem) and item.text.strip()), "")
    skipped = {DocItemLabel.PAGE_HEADER, DocItemLabel.PAGE_FOOTER}
    elements: list[Element] = []
    list_lines: list[str] = []

    def flush_list() -> None:
        if list_lines:
            elements.append(Element("list", "\n".join(list_lines)))
            list_lines.clear()

    def add_list_line(item: Any, text: str) -> None:
        text = " ".join(text.split())
        if text:
            marker = item.marker.strip() if item.enumerated and item.marker.strip() else "-"
            list_lines.append(f"{'  ' * _list_depth(item, doc)}{marker} {text}")

    sheet_title: str | None = None  # the text of a title-only table right above: it may state the next's currency
    for entry in _inline_runs(items, doc):
        if not isinstance(entry, TableItem):
            sheet_title = None
        if isinstance(entry, _InlineRun):  # one paragraph or list item written with inline formatting
            if isinstance(entry.owner, ListItem):
                add_list_line(entry.owner, entry.text)
                continue
            flush_list()
            elements.append(Element("paragraph", entry.text))
            continue
        item = entry
        if isinstance(item, ListItem):
            add_list_line(item, item.text)  # an item whose text is in an inline run is written by that run
            continue
        flush_list()
        if isinstance(item, TitleItem):
            elements.append(Element("heading", item.text, 1))
        elif isinstance(item, SectionHeaderItem):
            elements.append(Element("heading", item.text, item.level + (1 if has_title else 0)))
        elif isinstance(item, TableItem):
            rows = [[cell.text for cell in row] for row in item.data.grid]
            if any(cell.strip() for row in rows for cell in row):
                table_title, rows = split_title_row(rows)
                if table_title is not None:  # a sheet's title stands alone, as docling writes a title of its own row
                    elements.append(Element("table", markdown_table([[table_title]])))
                elif len(rows) == 1 and len({" ".join(c.split()) for c in rows[0] if c.strip()}) == 1:
                    sheet_title = next(" ".join(c.split()) for c in rows[0] if c.strip())  # a title of its own row
                    elements.append(Element("table", markdown_table(rows)))
                    continue
                # a currency the title right above states heads the price columns ("List price" under "… (EUR)")
                elements.append(Element("table", markdown_table(priced_by_title(table_title or sheet_title, rows))))
            sheet_title = None
            continue
        elif isinstance(item, CodeItem):
            elements.append(Element("code", item.text))
        elif isinstance(item, TextItem) and item.label not in skipped:
            elements.append(Element("paragraph", item.text))
    flush_list()
    return elements, title


@dataclass
class _InlineRun:
    """The pieces of one inline group (a paragraph or list item with **bold**, *italic* or `code` inside), which
    docling yields as separate items, joined back into one text; ``owner`` is the group's parent (a ListItem when
    the run is a list item's text)."""

    owner: Any
    parts: list[str]

    @property
    def text(self) -> str:
        return re.sub(r"\s+([.,;:!?)\]])", r"\1", " ".join(" ".join(self.parts).split()))


def _inline_runs(items: list[Any], doc: Any) -> list[Any]:
    """``items`` in reading order, with the items of each inline group replaced by one _InlineRun where the group
    starts."""
    from docling_core.types.doc import InlineGroup

    entries: list[Any] = []
    runs: dict[str, _InlineRun] = {}
    for item in items:
        parent = item.parent.resolve(doc) if item.parent is not None else None
        if not isinstance(parent, InlineGroup):
            entries.append(item)
            continue
        run = runs.get(parent.self_ref)
        if run is None:
            owner = parent.parent.resolve(doc) if parent.parent is not None else None
            run = runs[parent.self_ref] = _InlineRun(owner, [])
            entries.append(run)
        run.parts.append(getattr(item, "text", "") or "")
    return entries


def _inside_table(item: Any, doc: Any) -> bool:
    """Whether ``item`` is part of a table's cell (a table above it)."""
    from docling_core.types.doc import TableItem

    node = item
    while node.parent is not None:
        node = node.parent.resolve(doc)
        if isinstance(node, TableItem):
            return True
    return False


def _list_depth(item: Any, doc: Any) -> int:
    """Nesting depth of a list item: the number of list groups above it, minus one."""
    from docling_core.types.doc import ListGroup

    depth = -1
    node = item
    while node.parent is not None:
        node = node.parent.resolve(doc)
        if isinstance(node, ListGroup):
            depth += 1
    return max(depth, 0)


# --------------------------------------------------------------------------------------------- pre-processing


def repair_pipe_tables(markdown: str) -> str:
    """Insert the delimiter row GFM requires after the first row of a pipe table that lacks one, so docling
    reads ``| a | b |`` line runs as tables rather than as a paragraph. Code fences are left alone."""
    lines = markdown.splitlines()
    out: list[str] = []
    in_fence = False
    for index, line in enumerate(lines):
        out.append(line)
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence or not PIPE_ROW.match(line):
            continue
        starts_run = index == 0 or not PIPE_ROW.match(lines[index - 1])
        nxt = lines[index + 1] if index + 1 < len(lines) else ""
        if starts_run and PIPE_ROW.match(nxt) and not DELIMITER_ROW.match(nxt):
            columns = line.strip().strip("|").count("|") + 1
            out.append("|" + " --- |" * columns)
    return "\n".join(out) + "\n"


def strip_hidden_html(html: str) -> tuple[str, int]:
    """Remove elements a reader cannot see (see :mod:`appliance.ingestion.hidden_html`); returns HTML and count."""
    from appliance.ingestion import hidden_html

    return hidden_html.strip_hidden_html(html)


if __name__ == "__main__":
    main()
