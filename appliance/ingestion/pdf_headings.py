"""Recover a PDF's structure (headings, paragraphs, lists, simple tables) from its native text lines.

docling's model-free ``NativePdfPipeline`` gives one text item per line, with no headings. Each parsed line still
carries its rectangle (whose height is the font size) and its font, which is enough for most generated PDFs:

* the body size is the most common line height, weighted by characters; the body font likewise;
* a line set clearly larger than the body is a heading; so is a short line at body size in another font that does
  not end like a sentence; distinct heading sizes rank into levels 1..n (largest first), other-font headings last;
* consecutive rows of at least two cells far apart horizontally are a table (row cells re-split on the columns);
* lines that start with a bullet or a number are list items; other body lines join into paragraphs until a gap
  larger than the line spacing, a change of size, or a line that ends a sentence at a page break.

Pure functions over :class:`PdfLine` records, so the rules are testable without a PDF. Nothing here reads a file.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from appliance.ingestion.convert import Element, markdown_table

HEADING_SIZE_RATIO = 1.15
HEADING_MIN_EXTRA_POINTS = 1.0
MAX_HEADING_CHARS = 150
MAX_FONT_HEADING_CHARS = 80
SIZE_CLUSTER_POINTS = 0.6
# A table's rows may stand this many line heights apart: cell padding sets a datasheet's rows about 1.6 line heights
# apart (reportlab's and word processors' defaults), where prose lines are under one; two tables one above the other
# stand further apart (2.4 and more in the scenarios' documents).
TABLE_ROW_GAP = 2.0
BULLET = re.compile(r"^(?:[•◦▪‣●○■□·∙*–-])\s+")
NUMBERED = re.compile(r"^\(?(?:\d{1,3}|[a-z])[.)]\s+")


@dataclass(frozen=True)
class PdfWord:
    left: float
    right: float
    text: str


@dataclass(frozen=True)
class PdfLine:
    """One text line on a page, top-left coordinates in points."""

    page: int
    left: float
    top: float
    right: float
    bottom: float
    font: str
    text: str
    words: tuple[PdfWord, ...] = field(default=(), compare=False)

    @property
    def size(self) -> float:
        return self.bottom - self.top


@dataclass
class _Row:
    lines: list[PdfLine]

    @property
    def first(self) -> PdfLine:
        return self.lines[0]

    @property
    def top(self) -> float:
        return min(line.top for line in self.lines)

    @property
    def bottom(self) -> float:
        return max(line.bottom for line in self.lines)

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines)

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    def is_spread(self) -> bool:
        """Two or more cells separated by a gap wider than two characters: a table row, not a line of prose."""
        if len(self.lines) < 2:
            return False
        ordered = sorted(self.lines, key=lambda line: line.left)
        return all(b.left - a.right > 1.0 * self.size for a, b in zip(ordered, ordered[1:]))


# --------------------------------------------------------------------------------------------- from docling pages


def lines_from_pages(pages: Iterable[Any]) -> list[PdfLine]:
    """The text lines of docling ``Page`` objects (``page.parsed_page.textline_cells``), in the parser's order,
    with the words of each line (from ``word_cells``) for splitting table rows. Repeated page furniture and bare
    page numbers in the top or bottom margin are dropped."""
    lines: list[PdfLine] = []
    for page in pages:
        parsed = page.parsed_page
        if parsed is None or page.size is None:
            continue
        height = float(page.size.height)
        words = sorted(
            (_box(cell, height), cell.text) for cell in parsed.word_cells if cell.text and cell.text.strip()
        )
        centres = [(box[1] + box[3]) / 2 for box, _ in words]
        order = sorted(range(len(words)), key=lambda i: centres[i])
        sorted_centres = [centres[i] for i in order]
        for cell in parsed.textline_cells:
            text = " ".join((cell.text or "").split())
            if not text:
                continue
            left, top, right, bottom = _box(cell, height)
            lo = bisect.bisect_left(sorted_centres, top)
            hi = bisect.bisect_right(sorted_centres, bottom)
            line_words = tuple(
                sorted(
                    (
                        PdfWord(words[i][0][0], words[i][0][2], " ".join(words[i][1].split()))
                        for i in order[lo:hi]
                        if left - 1 <= words[i][0][0] and words[i][0][2] <= right + 1
                    ),
                    key=lambda w: w.left,
                )
            )
            font = str(cell.font_name or cell.font_key or "")
            lines.append(PdfLine(int(page.page_no), left, top, right, bottom, font, text, line_words))
    return _drop_furniture(lines, page_heights={int(p.page_no): float(p.size.height) for p in pages if p.size})


def _box(cell: Any, page_height: float) -> tuple[float, float, float, float]:
    box = cell.rect.to_bounding_box()
    if box.coord_origin.name == "BOTTOMLEFT":
        box = box.to_top_left_origin(page_height=page_height)
    return float(box.l), float(min(box.t, box.b)), float(box.r), float(max(box.t, box.b))


def _drop_furniture(lines: list[PdfLine], *, page_heights: dict[int, float]) -> list[PdfLine]:
    def in_margin(line: PdfLine) -> bool:
        height = page_heights.get(line.page, 0.0)
        return height > 0 and (line.bottom < 0.08 * height or line.top > 0.92 * height)

    page_count = len({line.page for line in lines})
    repeated: set[str] = set()
    if page_count >= 3:
        counts = Counter(_furniture_key(line.text) for line in lines if in_margin(line))
        repeated = {key for key, n in counts.items() if n >= max(3, page_count // 2)}
    return [
        line
        for line in lines
        if not (in_margin(line) and (line.text.isdigit() or _furniture_key(line.text) in repeated))
    ]


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


# --------------------------------------------------------------------------------------------- structure


def structure_lines(lines: Sequence[PdfLine]) -> list[Element]:
    """Headings, paragraphs, lists and tables of ``lines`` (in reading order), as canonical elements."""
    if not lines:
        return []
    body_size, body_font = _body_style(lines)
    rows = _rows(lines)
    heading_sizes = _heading_sizes(rows, body_size)
    elements: list[Element] = []
    paragraph: list[_Row] = []
    list_items: list[list[_Row]] = []

    def flush() -> None:
        if paragraph:
            elements.append(Element("paragraph", _join(paragraph)))
            paragraph.clear()
        if list_items:
            elements.append(Element("list", "\n".join(_list_line(item) for item in list_items)))
            list_items.clear()

    index = 0
    while index < len(rows):
        table_end = _table_end(rows, index)
        if table_end > index:
            flush()
            elements.append(Element("table", _table_markdown(rows[index:table_end])))
            index = table_end
            continue
        row = rows[index]
        level = _heading_level(row, body_size, body_font, heading_sizes)
        if level:
            flush()
            text = row.text
            while index + 1 < len(rows) and _continues_heading(
                row, rows[index + 1], body_size, body_font, heading_sizes
            ):
                index += 1
                row = rows[index]
                text = f"{text} {row.text}"
            elements.append(Element("heading", text, level))
        elif BULLET.match(row.text) or NUMBERED.match(row.text):
            if paragraph:
                flush()
            list_items.append([row])
        elif list_items and _continues(list_items[-1][-1], row) and row.first.left > list_items[-1][0].first.left + 2:
            list_items[-1].append(row)
        elif paragraph and _continues(paragraph[-1], row):
            paragraph.append(row)
        else:
            flush()
            paragraph.append(row)
        index += 1
    flush()
    return elements


def _body_style(lines: Sequence[PdfLine]) -> tuple[float, str]:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    body_size = sizes.most_common(1)[0][0]
    fonts: Counter[str] = Counter()
    for line in lines:
        if abs(line.size - body_size) <= SIZE_CLUSTER_POINTS:
            fonts[line.font] += len(line.text)
    return body_size, fonts.most_common(1)[0][0] if fonts else ""


def _rows(lines: Sequence[PdfLine]) -> list[_Row]:
    """Consecutive lines whose vertical centres are within half a line of each other form one row."""
    rows: list[_Row] = []
    for line in lines:
        if rows:
            last = rows[-1]
            centre = (line.top + line.bottom) / 2
            last_centre = (last.top + last.bottom) / 2
            if line.page == last.first.page and abs(centre - last_centre) < 0.5 * min(line.size, last.size):
                last.lines.append(line)
                continue
        rows.append(_Row([line]))
    return rows


def _is_larger(row: _Row, body_size: float) -> bool:
    return row.size >= body_size * HEADING_SIZE_RATIO and row.size - body_size >= HEADING_MIN_EXTRA_POINTS


def _heading_sizes(rows: Sequence[_Row], body_size: float) -> list[float]:
    """Distinct sizes of larger-than-body heading rows, largest first, sizes within SIZE_CLUSTER_POINTS merged."""
    sizes = sorted(
        {row.size for row in rows if _is_larger(row, body_size) and len(row.text) <= MAX_HEADING_CHARS},
        reverse=True,
    )
    clusters: list[float] = []
    for size in sizes:
        if not clusters or clusters[-1] - size > SIZE_CLUSTER_POINTS:
            clusters.append(size)
    return clusters


def _heading_level(row: _Row, body_size: float, body_font: str, heading_sizes: list[float]) -> int:
    """0 for a body row, else the heading level (1 = the largest size)."""
    text = row.text
    if len(row.lines) > 1 and row.is_spread():
        return 0
    if BULLET.match(text):  # a list item, however tall its bullet glyph makes the line
        return 0
    if _is_larger(row, body_size) and len(text) <= MAX_HEADING_CHARS:
        for level, size in enumerate(heading_sizes, start=1):
            if size - row.size <= SIZE_CLUSTER_POINTS:
                return min(level, 6)
        return min(len(heading_sizes), 6) or 1
    fonts = {line.font for line in row.lines}
    other_font = body_font not in fonts and (len(fonts) == 1)
    if (
        other_font
        and row.size >= body_size - SIZE_CLUSTER_POINTS
        and len(text) <= MAX_FONT_HEADING_CHARS
        and not text.endswith((".", ",", ";", ":"))
        and (text[:1].isupper() or text[:1].isdigit())
    ):
        return min(len(heading_sizes) + 1, 6)
    return 0


def _continues_heading(
    row: _Row, nxt: _Row, body_size: float, body_font: str, heading_sizes: list[float]
) -> bool:
    """A heading wrapped over two lines: same size and font, directly below."""
    return (
        nxt.first.page == row.first.page
        and abs(nxt.size - row.size) <= SIZE_CLUSTER_POINTS
        and {line.font for line in nxt.lines} == {line.font for line in row.lines}
        and 0 <= nxt.top - row.bottom <= 0.6 * row.size
        and _heading_level(nxt, body_size, body_font, heading_sizes)
        == _heading_level(row, body_size, body_font, heading_sizes)
    )


def _continues(previous: _Row, row: _Row) -> bool:
    """``row`` continues the paragraph whose last row is ``previous``."""
    if abs(row.size - previous.size) > SIZE_CLUSTER_POINTS:
        return False
    if row.first.page != previous.first.page:
        return not previous.text.endswith((".", "!", "?", ":"))
    gap = row.top - previous.bottom
    return -0.5 * row.size <= gap <= 0.8 * row.size


def _join(rows: Sequence[_Row]) -> str:
    text = ""
    for row in rows:
        piece = row.text
        if text.endswith("-") and piece[:1].islower():
            text += piece
        else:
            text = f"{text} {piece}" if text else piece
    return text


def _list_line(item: Sequence[_Row]) -> str:
    text = _join(item)
    bullet = BULLET.match(text)
    if bullet:
        return f"- {text[bullet.end():]}"
    return text


# --------------------------------------------------------------------------------------------- tables


def _table_end(rows: Sequence[_Row], start: int) -> int:
    """End (exclusive) of the table starting at ``rows[start]``, or ``start`` when no table starts there.

    A table is at least two spread rows, each within ``TABLE_ROW_GAP`` line heights of the one above; a single line
    inside its vertical rhythm joins it when its words, split at wide gaps, start on the table's columns (a row whose
    cells the parser merged into one line)."""
    if not rows[start].is_spread():
        return start
    columns = _column_lefts(rows[start])
    end = start + 1
    spread_rows = 1
    while end < len(rows):
        row, previous = rows[end], rows[end - 1]
        if row.first.page != previous.first.page or row.top - previous.bottom > TABLE_ROW_GAP * row.size:
            break
        if row.is_spread():
            columns = sorted(set(columns) | set(_column_lefts(row)))
            spread_rows += 1
        elif not (len(row.lines) == 1 and _merged_row(row.first, columns)):
            break
        end += 1
    return end if spread_rows >= 2 else start


def _merged_row(line: PdfLine, columns: Sequence[float]) -> bool:
    """The line starts at the first column and has a word after a wide gap at the start of a later column."""
    if abs(line.left - columns[0]) > 3 or len(columns) < 2:
        return False
    starts = [
        word.left
        for previous, word in zip(line.words, line.words[1:])
        if word.left - previous.right > 0.8 * line.size
    ]
    return any(abs(start - column) <= 3 for start in starts for column in columns[1:])


def _column_lefts(row: _Row) -> list[float]:
    return sorted(round(line.left) for line in row.lines)


def _table_markdown(rows: Sequence[_Row]) -> str:
    lefts: list[float] = []
    for row in rows:
        if row.is_spread():
            for left in _column_lefts(row):
                if all(abs(left - known) > 3 for known in lefts):
                    lefts.append(left)
    lefts.sort()
    return markdown_table([table_cells(row, lefts) for row in rows])


def table_cells(row: _Row, lefts: Sequence[float]) -> list[str]:
    """The row's text per column: whole lines where the parser split the cells, words assigned to columns where a
    line runs over a later column's start (the parser merged two cells into one line)."""
    cells = [""] * len(lefts)
    pieces: list[tuple[float, str]] = []
    for line in row.lines:
        if line.words and any(line.left < start - 3 and line.right > start + 3 for start in lefts):
            pieces.extend((word.left, word.text) for word in line.words)
        else:
            pieces.append((line.left, line.text))
    for left, text in pieces:
        column = max((i for i, start in enumerate(lefts) if left >= start - 3), default=0)
        cells[column] = f"{cells[column]} {text}".strip()
    return cells


def title_of(elements: Sequence[Element]) -> str:
    """The first level-1 heading, if it comes before any other heading."""
    for element in elements:
        if element.kind == "heading":
            return element.text if element.level == 1 else ""
    return ""
