"""Conversion through the real docling subprocess: formats, headings, tables, limits and refusals.

Each docling conversion starts a child process that imports docling (and torch): several seconds each, so the
documents are converted once per module. The pure helpers (PDF structure rules, HTML and Markdown clean-up) are
tested here too, without a subprocess.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from appliance.ingestion._convert_worker import repair_pipe_tables, strip_hidden_html
from appliance.ingestion.chunking import chunk_document
from appliance.ingestion.convert import (
    PARENT_PID_OPTION,
    WORKER_MODULE,
    ConversionLimits,
    convert_file,
    convert_html_text,
    detect_format,
)
from appliance.ingestion.document import ConvertedDocument, IngestionError
from appliance.ingestion.pdf_headings import PdfLine, PdfWord, structure_lines
from appliance.settings import IngestionSettings
from tests.fixtures.ingestion.make_fixtures import pdf_bytes

HELIOS = Path(__file__).resolve().parents[3] / "shared" / "scenarios" / "helios-solar" / "knowledge"  # ../shared
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingestion"
LIMITS = ConversionLimits.from_settings(IngestionSettings())

slow = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def _stop_warm_children():  # type: ignore[no-untyped-def]
    """The warm conversion children these tests started (one per set of limits) end with the module."""
    yield
    from appliance.ingestion.convert_pool import close_pools

    close_pools()


def check_document(doc: ConvertedDocument) -> None:
    """The canonical-text invariants, and the chunk invariants at a small and the default size."""
    assert doc.text.strip()
    previous_end = 0
    for block in doc.blocks:
        span = doc.text[block.start : block.end]
        assert span and span == span.strip() and block.start >= previous_end
        previous_end = block.end
        if block.kind == "heading":
            assert span == "#" * block.level + " " + block.heading_path[-1]
    for max_chars in (120, 1200):
        chunks = chunk_document(doc, max_chars=max_chars)
        assert chunks
        for chunk in chunks:
            assert chunk.text == doc.text[chunk.start : chunk.end] and chunk.text.strip()


def headings(doc: ConvertedDocument) -> list[tuple[int, str]]:
    return [(b.level, b.heading_path[-1]) for b in doc.blocks if b.kind == "heading"]


def blocks_of(doc: ConvertedDocument, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


@pytest.fixture(scope="module")
def converted() -> dict[str, ConvertedDocument]:
    helios = ("installation-guide.pdf", "financing-faq.docx", "panels-datasheet.html", "warranty-and-service.md")
    names = [HELIOS / name for name in helios]
    names += sorted(p for p in FIXTURES.iterdir() if p.suffix != ".py")
    return {path.name: convert_file(path, filename=path.name, limits=LIMITS) for path in names}


# --------------------------------------------------------------------------------------------- real documents


@slow
def test_every_document_keeps_the_invariants(converted: dict[str, ConvertedDocument]) -> None:
    for name, doc in converted.items():
        check_document(doc)
        assert doc.format == Path(name).suffix.lstrip(".")


@slow
def test_helios_pdf_headings_and_table(converted: dict[str, ConvertedDocument]) -> None:
    doc = converted["installation-guide.pdf"]
    assert doc.title == "Commercial Installation Guide"
    found = headings(doc)
    assert found[0] == (1, "Commercial Installation Guide")
    for section in ("Timeline", "Site survey", "Working on site", "Monitoring", "Roof penetrations"):
        assert (2, section) in found
    (table,) = blocks_of(doc, "table")
    assert table.splitlines()[0] == "| Phase | Typical duration |"
    assert "| Engineering and permitting | 4 to 6 weeks |" in table
    assert doc.pages == 1


@slow
def test_helios_docx_html_md_keep_headings_lists_and_tables(converted: dict[str, ConvertedDocument]) -> None:
    faq = converted["financing-faq.docx"]
    assert (1, "Helios Solar Financing and Billing FAQ") in headings(faq)
    assert (2, "Payment schedule") in headings(faq)
    assert any("- 30% deposit" in text for text in blocks_of(faq, "list"))

    page = converted["panels-datasheet.html"]
    assert headings(page)[0] == (1, "Helios H-450 Monocrystalline Panel")
    assert (2, "Mechanical characteristics") in headings(page)
    assert "AI assistants" not in page.text, "text hidden from readers is left out"
    assert page.warnings

    warranty = converted["warranty-and-service.md"]
    assert (2, "Service plans") in headings(warranty)
    (table,) = blocks_of(warranty, "table")
    assert table.splitlines()[:3] == [
        "| Plan | Annual price | Response time | Included visits |",
        "| --- | --- | --- | --- |",
        "| Essential | included in the first year | 5 business days | 1 inspection per year |",
    ]
    plans = [b for b in warranty.blocks if b.kind == "table"][0]
    assert plans.heading_path == ("Warranty and Service Plans", "Service plans")


@slow
def test_generated_pdf_levels_lists_tables_and_page_numbers(converted: dict[str, ConvertedDocument]) -> None:
    doc = converted["handbook.pdf"]
    assert headings(doc) == [
        (1, "Espresso Machine Handbook"),
        (2, "Daily checks"),
        (3, "Cleaning schedule"),
        (4, "Warning signs"),
        (2, "Repairs"),
    ]
    assert blocks_of(doc, "list") == [
        "- Backflush the group head every Friday\n- Soak the portafilter baskets once a month"
    ]
    assert blocks_of(doc, "table") == ["| Part | Delivery |\n| --- | --- |\n| Pump | 3 days |\n| Boiler | 10 days |"]
    assert "how to book a technician" in doc.text, "wrapped lines join into one paragraph"
    assert "\n\n1\n" not in doc.text and not doc.text.rstrip().endswith("2"), "page numbers are dropped"
    assert doc.pages == 2


@slow
def test_generated_office_documents(converted: dict[str, ConvertedDocument]) -> None:
    manual = converted["manual.docx"]
    assert headings(manual) == [(1, "Espresso Machine Manual"), (2, "Daily care"), (2, "Descaling intervals")]
    assert "Every 3 months" in blocks_of(manual, "table")[0]

    deck = converted["overview.pptx"]
    assert (1, "Service contract") in headings(deck) and deck.pages == 2
    assert "Heat-up time: 4 minutes" in deck.text

    sheet = converted["spare-parts.xlsx"]
    assert "Shower screen" in blocks_of(sheet, "table")[0]

    faq = converted["faq.md"]
    assert blocks_of(faq, "code") == ["```\nclean --cycle=backflush\n```"]
    assert "9 bar" in blocks_of(faq, "table")[0]

    support = converted["support.html"]
    assert "Secret instructions" not in support.text and "not text" not in support.text
    assert "Monday" in blocks_of(support, "table")[0]

    notes = converted["notes.txt"]
    assert blocks_of(notes, "paragraph") == [
        "Opening hours Monday to Friday.",
        "The office is closed on public holidays.",
    ]


@slow
def test_convert_html_text_for_fetched_pages() -> None:
    html = "<html><body><h1>Pricing</h1><p>From 5 EUR a month.</p><h2>Terms</h2><p>Monthly billing.</p></body></html>"
    doc = convert_html_text(html, base_name="https://example.com/pricing", limits=LIMITS)
    assert headings(doc) == [(1, "Pricing"), (2, "Terms")]
    assert doc.title == "Pricing" and doc.format == "html"


# --------------------------------------------------------------------------------------------- refusals and limits


def test_inline_formatting_stays_inside_its_paragraph_and_list_item(tmp_path: Path) -> None:
    """docling yields bold/italic/code runs as separate items; they are joined back, so a sentence with a bold
    figure is one sentence (one citable span), and a list item with bold text stays a list item."""
    (tmp_path / "guide.md").write_text(
        "# Guide\n\nA typical site goes live\n**6 to 8 weeks** after the order is signed, with *care* and `code`.\n\n"
        "- first item with **bold** inside\n- second item\n"
    )
    doc = convert_file(tmp_path / "guide.md", filename="guide.md", limits=LIMITS)
    assert "A typical site goes live 6 to 8 weeks after the order is signed, with care and code." in doc.text
    assert "- first item with bold inside\n- second item" in doc.text
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "list"]
    page = convert_html_text("<html><body><main><h1>Plans</h1><p>Data is kept for <b>3 years</b> on the "
                             "<i>Professional</i> plan.</p></main></body></html>", base_name="plans", limits=LIMITS)
    assert "Data is kept for 3 years on the Professional plan." in page.text


def test_formatted_table_cells_are_not_written_again_as_paragraphs(tmp_path: Path) -> None:
    """A Word table whose header cells are bold: docling gives those cells items of their own under the table; the
    table's Markdown holds them, so they must not follow it as paragraphs ("Steel thickness" alone, a unit the
    answer could quote)."""
    from docx import Document

    document = Document()
    document.add_heading("Frames", 1)
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells, ["Frame model", "Steel thickness"], strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "SR-90", "2.0 mm"
    document.add_paragraph("Baseplates are 5 mm thick.")
    path = tmp_path / "frames.docx"
    document.save(str(path))
    doc = convert_file(path, filename="frames.docx", limits=LIMITS)
    assert doc.text.count("Steel thickness") == 1
    assert "| Frame model | Steel thickness |" in doc.text and "| SR-90 | 2.0 mm |" in doc.text
    assert [b.kind for b in doc.blocks] == ["heading", "table", "paragraph"]


def test_content_must_match_the_extension(tmp_path: Path) -> None:
    fake = tmp_path / "report.docx"
    fake.write_bytes((FIXTURES / "handbook.pdf").read_bytes())
    with pytest.raises(IngestionError, match="says Word .* content is PDF"):
        convert_file(fake, filename="report.docx", limits=LIMITS)
    text_as_pdf = tmp_path / "a.pdf"
    text_as_pdf.write_text("just text")
    with pytest.raises(IngestionError, match="content is plain text"):
        detect_format(text_as_pdf, filename="a.pdf")
    legacy = tmp_path / "old.md"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(IngestionError, match="legacy Office"):
        detect_format(legacy, filename="old.md")
    assert detect_format(FIXTURES / "manual.docx", filename="MANUAL.DOCX") == "docx"
    latin = tmp_path / "notes.txt"
    latin.write_bytes("Caf\u00e9 cr\u00e8me, 5 \u20ac.".encode("cp1252"))
    assert convert_file(latin, filename="notes.txt", limits=LIMITS).text == "Caf\u00e9 cr\u00e8me, 5 \u20ac.\n"
    binary = tmp_path / "data.md"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(IngestionError, match="content is binary data"):
        detect_format(binary, filename="data.md")


def test_unsupported_types_and_sizes_are_refused(tmp_path: Path) -> None:
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00")
    with pytest.raises(IngestionError, match="unsupported file type '.exe'"):
        convert_file(program, filename="setup.exe", limits=LIMITS)
    archive = tmp_path / "bundle.docx"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(IngestionError, match="not a Word, PowerPoint or Excel"):
        convert_file(archive, filename="bundle.docx", limits=LIMITS)
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    small = ConversionLimits(max_file_bytes=1000, max_pages=5, timeout_seconds=30, memory_bytes=2**31)
    with pytest.raises(IngestionError, match="above the"):
        convert_file(big, filename="big.txt", limits=small)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n")
    with pytest.raises(IngestionError, match="the document contains no text"):
        convert_file(empty, filename="empty.txt", limits=LIMITS)


def test_zip_bomb_is_refused_before_conversion(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<w:document>" + b" " * (30 * 2**20) + b"</w:document>")
    assert bomb.stat().st_size < 200_000
    limits = ConversionLimits(max_file_bytes=2**20, max_pages=10, timeout_seconds=30, memory_bytes=2**31)
    with pytest.raises(IngestionError, match="zip bomb"):
        convert_file(bomb, filename="bomb.docx", limits=limits)


@slow
def test_empty_office_document_has_no_text(tmp_path: Path) -> None:
    from docx import Document

    path = tmp_path / "blank.docx"
    Document().save(path)
    with pytest.raises(IngestionError, match="the document contains no text"):
        convert_file(path, filename="blank.docx", limits=LIMITS)


@slow
def test_timeout_stops_the_conversion() -> None:
    limits = ConversionLimits(max_file_bytes=2**26, max_pages=10, timeout_seconds=0.5, memory_bytes=2**32)
    with pytest.raises(IngestionError, match="longer than 0 s|longer than 1 s"):
        convert_file(FIXTURES / "manual.docx", filename="manual.docx", limits=limits)


@slow
def test_memory_limit_fails_cleanly() -> None:
    limits = ConversionLimits(max_file_bytes=2**26, max_pages=10, timeout_seconds=120, memory_bytes=256 * 2**20)
    with pytest.raises(IngestionError, match="memory"):
        convert_file(FIXTURES / "manual.docx", filename="manual.docx", limits=limits)


@slow
def test_page_limit_is_enforced() -> None:
    limits = ConversionLimits(max_file_bytes=2**26, max_pages=1, timeout_seconds=120, memory_bytes=3 * 2**30)
    with pytest.raises(IngestionError, match="more than 1 pages"):
        convert_file(FIXTURES / "handbook.pdf", filename="handbook.pdf", limits=limits)


# --------------------------------------------------------------------------------------------- dies with its parent

CONVERTING_PARENT = """
import sys
from pathlib import Path
from appliance.ingestion.convert import ConversionLimits, convert_file
from appliance.settings import IngestionSettings
path = Path(sys.argv[1])
convert_file(path, filename=path.name, limits=ConversionLimits.from_settings(IngestionSettings()))
"""
GUARD_SECONDS = 60.0  # only bounds the polling loops below; nothing asserts on time


def long_pdf(path: Path, pages: int) -> Path:
    """A text PDF that takes docling's native pipeline minutes to convert (about a quarter second per page)."""
    lines = "The gateway forwards the readings of every sensor in the building every five minutes."
    path.write_bytes(pdf_bytes([
        [("F2", 14, 72, 770, f"Chapter {page}")] + [("F1", 10, 72, 740 - 13 * row, lines) for row in range(50)]
        for page in range(pages)
    ]))
    return path


def proc_status(pid: int) -> dict[str, str]:
    """The fields of /proc/PID/status; empty when the process does not exist."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return {}
    return dict(line.split(":\t", 1) for line in text.splitlines() if ":\t" in line)


def is_running(pid: int) -> bool:
    """True while the process exists and is not a zombie (a dead child its new parent has not reaped yet)."""
    state = proc_status(pid).get("State", "")
    return bool(state) and not state.startswith(("Z", "X"))


def conversion_children(parent_pid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and proc_status(int(entry.name)).get("PPid", "").strip() == str(parent_pid):
            try:
                command = (entry / "cmdline").read_bytes().split(b"\0")
            except (FileNotFoundError, ProcessLookupError):
                continue
            if WORKER_MODULE.encode() in command:
                pids.append(int(entry.name))
    return pids


@slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux only")
def test_conversion_child_dies_when_the_appliance_is_killed(tmp_path: Path) -> None:
    document = long_pdf(tmp_path / "long.pdf", pages=300)
    parent = subprocess.Popen(
        [sys.executable, "-c", CONVERTING_PARENT, str(document)],
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + GUARD_SECONDS
        children: list[int] = []
        while not children and parent.poll() is None and time.monotonic() < deadline:
            children = conversion_children(parent.pid)
            time.sleep(0.05)
        assert len(children) == 1, "the parent started one conversion child"
        (child,) = children
        time.sleep(1.0)  # let the child get past its start-up (prctl, then reading the request, importing docling)
        assert is_running(child)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    try:
        deadline = time.monotonic() + GUARD_SECONDS
        while is_running(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        # converting the 300 pages alone takes over a minute, so the child was killed, not finished
        assert not is_running(child), "the conversion child outlived its killed parent"
    finally:
        if is_running(child):  # the test failed: do not leave the conversion running
            os.kill(child, signal.SIGKILL)


def test_conversion_child_whose_parent_is_already_gone_exits_at_once() -> None:
    """The race: the parent died before the child's prctl took effect. The child sees it is not the child of the
    pid it was given (it was re-parented) and exits without reading its request or converting anything."""
    request = {"path": str(FIXTURES / "faq.md"), "filename": "faq.md", "format": "md", "max_pages": 10,
               "max_file_bytes": 2**20, "memory_bytes": 2**32, "artifacts_path": None}
    not_the_parent = os.getppid()  # the child's parent is this process, not this process' parent
    finished = subprocess.run(
        [sys.executable, "-m", WORKER_MODULE, PARENT_PID_OPTION, str(not_the_parent)],
        input=json.dumps(request).encode(), capture_output=True, timeout=GUARD_SECONDS,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert finished.returncode == 1 and finished.stdout == b""


# --------------------------------------------------------------------------------------------- pure helpers


def line(page: int, top: float, size: float, text: str, font: str = "Body", left: float = 72) -> PdfLine:
    """A line set at 6 points per character, with its words."""
    words, position = [], left
    for word in text.split(" "):
        words.append(PdfWord(position, position + 6 * len(word), word))
        position += 6 * (len(word) + 1)
    return PdfLine(page, left, top, left + 6 * len(text), top + size, font, text, tuple(words))


def test_pdf_table_rows_and_a_merged_row_but_not_the_next_paragraph() -> None:
    lines = [
        line(1, 100, 10, "Part"),
        line(1, 100, 10, "Delivery", left=300),
        line(1, 115, 10, "Pump"),
        line(1, 115, 10, "3 days", left=300),
        PdfLine(1, 72, 130, 340, 140, "Body", "Boiler 10 days", (PdfWord(72, 108, "Boiler"), PdfWord(300, 340, "10 days"))),
        line(1, 145, 10, "A paragraph right below the table, at the same margin, with ordinary spaces."),
    ]
    elements = structure_lines(lines)
    assert [e.kind for e in elements] == ["table", "paragraph"]
    assert elements[0].text.splitlines()[-1] == "| Boiler | 10 days |"


def test_pdf_table_with_padded_rows_stays_one_table_and_a_table_further_down_is_another() -> None:
    # a datasheet's rows 1.6 line heights apart (cell padding), the next table 2.6 line heights below
    rows = [("", "Model A", "Model B"), ("Weight", "265 kg", "310 kg"), ("Noise", "40 dB", "52 dB"),
            ("Plan", "Gold", "Silver"), ("Response", "4 h", "8 h")]
    tops = [100.0, 118.0, 136.0, 160.0, 178.0]
    lines = [line(1, top, 7, cell, left=left) for top, row in zip(tops, rows)
             for left, cell in zip((72, 200, 330), row) if cell]
    elements = structure_lines(lines)
    assert [e.kind for e in elements] == ["table", "table"]
    assert elements[0].text.splitlines()[0] == "|  | Model A | Model B |"
    assert elements[0].text.splitlines()[-1] == "| Noise | 40 dB | 52 dB |"


def test_pdf_line_the_parser_merged_over_two_cells_is_split_at_the_column() -> None:
    merged = PdfLine(1, 200, 115, 400, 125, "Body", "spiral snack cans and bottles", (
        PdfWord(200, 236, "spiral"), PdfWord(242, 272, "snack"), PdfWord(330, 354, "cans"), PdfWord(360, 378, "and"),
        PdfWord(384, 400, "bottles")))
    lines = [line(1, 100, 10, "Type"), line(1, 100, 10, "Model A", left=200), line(1, 100, 10, "Model B", left=330),
             line(1, 115, 10, "Kind"), merged, line(1, 115, 10, "combo", left=450)]
    table = structure_lines(lines)[0].text.splitlines()
    assert table[-1] == "| Kind | spiral snack | cans and bottles | combo |"


def test_pdf_rules_rank_sizes_and_fonts_into_levels() -> None:
    lines = [
        line(1, 50, 24, "Big Title", "Bold"),
        line(1, 90, 10, "Body text that is long enough to be the most common size in the doc."),
        line(1, 102, 10, "It continues on a second line and ends here."),
        line(1, 130, 16, "Section", "Bold"),
        line(1, 160, 10, "Sub point", "Bold"),
        line(1, 175, 10, "More body text, this one ends with a period."),
        line(1, 200, 10, "Not a heading because it ends like a sentence.", "Italic"),
    ]
    elements = structure_lines(lines)
    assert [(e.kind, e.level, e.text) for e in elements] == [
        ("heading", 1, "Big Title"),
        ("paragraph", 0, "Body text that is long enough to be the most common size in the doc. "
         "It continues on a second line and ends here."),
        ("heading", 2, "Section"),
        ("heading", 3, "Sub point"),
        ("paragraph", 0, "More body text, this one ends with a period."),
        ("paragraph", 0, "Not a heading because it ends like a sentence."),
    ]


def test_pdf_bullet_lines_are_list_items_even_when_the_glyph_makes_them_taller() -> None:
    lines = [
        line(1, 90, 10, "Body text that is long enough to be the most common size in the doc, and then some more."),
        line(1, 102, 10, "It continues on a second line and ends with the list's intro. Supported readers:"),
        line(1, 116, 12.5, "• Alpha CR 10, release 2.0 and later"),  # the bullet glyph's box is taller
        line(1, 131, 12.5, "• Beta SE 50, revision 7 and later"),
    ]
    elements = structure_lines(lines)
    assert [e.kind for e in elements] == ["paragraph", "list"], elements


def test_pdf_wrapped_heading_joins_into_one() -> None:
    lines = [
        line(1, 50, 18, "A heading long enough", "Bold"),
        line(1, 70, 18, "to wrap", "Bold"),
        line(1, 110, 10, "Body " * 20),
    ]
    assert structure_lines(lines)[0].text == "A heading long enough to wrap"


def test_markdown_pipe_table_without_delimiter_is_repaired() -> None:
    md = "# T\n\n| a | b |\n| 1 | 2 |\n\n| c | d |\n|---|---|\n| 3 | 4 |\n\n```\n| x | y |\n| z | w |\n```\n"
    repaired = repair_pipe_tables(md)
    assert repaired == md.replace("| a | b |\n", "| a | b |\n| --- | --- |\n"), "only the first table changes"


def test_hidden_html_is_stripped() -> None:
    html = (
        '<body><p>Shown</p><p style="font-size:0;color:#fff">tiny</p><p style="font-size: 0.9em">small but shown</p>'
        '<div hidden>gone</div><span style="display: none">none</span><script>js()</script></body>'
    )
    cleaned, removed = strip_hidden_html(html)
    assert removed == 3
    for hidden in ("tiny", "gone", "none", "js()"):
        assert hidden not in cleaned
    assert "small but shown" in cleaned and "Shown" in cleaned


def test_limits_from_settings() -> None:
    settings = IngestionSettings(max_pages=7, conversion_timeout_seconds=9.5)
    limits = ConversionLimits.from_settings(settings)
    assert limits.max_pages == 7 and limits.timeout_seconds == 9.5
    assert limits.memory_bytes == settings.conversion_memory_bytes
    assert limits.max_file_bytes == settings.max_file_bytes


def test_fixtures_are_small() -> None:
    assert all(p.stat().st_size < 200_000 for p in FIXTURES.iterdir())


def test_a_sheets_title_row_stands_apart_from_the_table_it_heads(tmp_path: Path) -> None:
    # a price list whose first row is its title: the row naming the columns is the table's header, so a price is
    # read under "Additional day", not under the title
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Rental price list 2026 - equipment (GBP, excl. VAT)"])
    sheet.append(["SKU", "Description", "Event rate (1-3 days)", "Additional day"])
    sheet.append(["SND-LA", "Line-array package", 2850, 900])
    sheet.append(["LX-WASH", "LED wash light", 22, 8])
    path = tmp_path / "prices.xlsx"
    book.save(path)
    doc = convert_file(path, filename=path.name, limits=LIMITS)
    check_document(doc)
    tables = blocks_of(doc, "table")
    assert tables[0].splitlines()[0] == "| Rental price list 2026 - equipment (GBP, excl. VAT) |"
    # the title's currency heads the column that names a price: its figures read as amounts
    assert tables[1].splitlines()[0] == "| SKU | Description | Event rate (1-3 days) GBP | Additional day |"
    # a table's title names that table, not the workbook: the document keeps the file's name
    assert doc.title == "prices"
    assert "| SND-LA | Line-array package | 2850 | 900 |" in tables[1]


def test_a_title_table_above_a_price_list_gives_its_price_columns_the_currency(tmp_path: Path) -> None:
    # the title a row of its own with an empty row under it (docling reads two tables): "List price" takes the EUR
    # the title states, "Rated power" names no price; a table further down without a title above keeps its header
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Price list 2025 (EUR, excl. VAT)"])
    sheet.append([])
    sheet.append(["SKU", "Product", "List price", "Rated power (kW)"])
    sheet.append(["KS-X2B", "Bariatric stretcher", 31900, 1.2])
    sheet.append(["KS-X2", "Stretcher", 24850, 1.0])
    sheet.append([])
    sheet.append([])
    sheet.append(["Service", "Price", "Unit"])
    sheet.append(["CarePlan", 690, "per set per year"])
    sheet.append(["Training", 450, "per day"])
    path = tmp_path / "prices.xlsx"
    book.save(path)
    doc = convert_file(path, filename=path.name, limits=LIMITS)
    check_document(doc)
    headers = [table.splitlines()[0] for table in blocks_of(doc, "table")]
    assert "| SKU | Product | List price (EUR) | Rated power (kW) |" in headers
    assert "| Service | Price | Unit |" in headers
