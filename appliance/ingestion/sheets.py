"""How a spreadsheet's layout becomes document structure.

docling reads a workbook as one group per sheet holding the sheet's blocks of cells as tables. Two things a reader
of the sheet sees are lost that way:

- the **sheet's name** ("Ceiling hoists", "Commercial notes"), which says what the tables on it are about; it becomes
  a heading above them (default names such as "Sheet1" say nothing and are left out);
- a **title row** above the header ("Tumble dryers — TD series, technical data"): docling makes a block of one
  column into its own one-column table, or keeps a title merged across the columns as the table's first row, so the
  title is read as the table's header and the real header row as a data row. A one-column table becomes a heading
  (one short line) or paragraphs (notes under a table); a merged title row becomes a heading above the table.

Pure functions of the cell texts, so they are tested without docling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from appliance.ingestion.convert import Element, markdown_table

# Names spreadsheet programs give a new sheet, in the languages the product serves: they name nothing.
_DEFAULT_SHEET_NAME = re.compile(
    r"(?i)^(sheet|tabelle|feuil(le)?|hoja|foglio|planilha|folha|blad|werkblad|arkusz|list)\s*\d*$"
)
TITLE_MAX_WORDS = 16
_SENTENCE_END = re.compile(r"[.!?:;]$")


def sheet_heading(name: str) -> str:
    """The sheet's name as heading text, or "" when it is a program's default name ("Sheet1", "Tabelle2")."""
    name = " ".join(name.split())
    return "" if not name or _DEFAULT_SHEET_NAME.match(name) else name


def is_title(text: str) -> bool:
    """One short line that does not end like a sentence: a title, not a note."""
    text = " ".join(text.split())
    return bool(text) and len(text.split()) <= TITLE_MAX_WORDS and not _SENTENCE_END.search(text)


def _row_text(row: Sequence[str]) -> str | None:
    """The one text of a row whose non-empty cells all say the same (a single cell, or a merged span that docling
    repeats in every cell it covers); None when the row has several different texts."""
    texts = {" ".join(cell.split()) for cell in row if cell.strip()}
    if len(texts) > 1:
        return None
    return next(iter(texts), "")


def table_elements(rows: Sequence[Sequence[str]], *, heading_level: int) -> list[Element]:
    """A sheet's block of cells as elements.

    A one-column block is notes (paragraphs), under a title (a heading at ``heading_level``) when its first line is
    one short line and the next is not another. A table whose first row is one title merged across its columns is
    that heading above the table of the remaining rows. Anything else is the table."""
    rows = [list(row) for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return []
    single = [_row_text(row) for row in rows]
    if all(text is not None for text in single):
        lines = [text for text in single if text]
        titled = is_title(lines[0]) and (len(lines) == 1 or not is_title(lines[1]))
        heading = [Element("heading", lines[0], heading_level)] if titled else []
        return heading + [Element("paragraph", line) for line in lines[len(heading):]]
    width = max(len(row) for row in rows)
    title = single[0]
    if width > 1 and title and len(rows) > 2 and is_title(title):
        return [Element("heading", title, heading_level), Element("table", markdown_table(rows[1:]))]
    return [Element("table", markdown_table(rows))]
