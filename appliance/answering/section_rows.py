"""One attribute, several sections: a datasheet gives each product its own section with its own table, and the rows
of those tables repeat the same labels ("| Battery charge time | 3.5 hours |" under the detector's section, "| Battery
charge time | 4 hours from empty |" under the monitor's). A question asking that attribute without naming a product
has as many readings as sections; the search ranks one of them first and the others may not be near it, so the
readings are read from the cited document itself.

A pure function of the question, the quoted answer and the cited document's passages; no scenario or company words:
- the quoted row's label (its first cell) is the attribute; rows of other sections of the same document with the
  same label and other values are the other readings;
- a section is a passage's heading path or, in a document without headings (a spreadsheet), the title row set just
  above a table; it is named by that heading or title, numbering and trailing explanation removed;
- the question chose when it has a word of one section's heading (or of its table's header row) that not every
  section has ("the detector's charge time").
"""

from __future__ import annotations

import re

from appliance.answering.compose import TABLE_SEPARATOR, ComposedReply, table_cells
from appliance.answering.support import subject_terms
from appliance.answering.text import content_terms, stem, term_matches, words
from appliance.retrieval.contracts import Passage

MAX_OPTIONS = 3
_TITLE_END = re.compile(r"\s+(?:\(|—|–|-\s)")  # a title's name ends where its explanation starts
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+")  # "3. ", "2.1 ", "A. " before a heading's words


def section_row_options(question: str, answer: ComposedReply | None, document: list[Passage]) -> tuple[str, ...]:
    """The sections a follow-up question should name when ``answer`` quotes a table row whose label other sections
    of its document give too, with other values, and the question names no section; () otherwise."""
    if answer is None or not answer.citations:
        return ()
    cited = answer.citations[0].candidate.passage
    if cited.doc_kind == "quote":
        return ()
    rows = [line for line in answer.quoted.splitlines()
            if line.lstrip().startswith("|") and not TABLE_SEPARATOR.match(line)]
    if not rows:
        return ()
    cells = table_cells(rows[-1])
    label, value = _key(cells[0]), _key(" | ".join(cells[1:]))
    if len(cells) < 2 or not label or not any(c.isdigit() for c in value) or any(c.isdigit() for c in label):
        return ()  # a row that gives no figure for its label, or is named by a code (a product's row, no attribute)
    label_vocabulary = frozenset(stem(w) for w in words(label))
    if not any(term_matches(term, label_vocabulary) for term in subject_terms(question)):
        return ()  # the question does not ask the row's attribute: the row was chosen by other words
    own = cited.heading_path or next((section for section, _, row in _table_rows(cited) if _key(row[0]) == label),
                                     None)
    if own is None:
        return ()  # the quoted row's section is not known (a spreadsheet table without a title row)
    sections: dict[tuple[str, ...], str] = {}  # section -> the header rows of its tables
    readings: dict[tuple[str, ...], set[str]] = {own: {value}}
    for passage in document:
        for section, header, row in _table_rows(passage):
            sections[section] = sections.get(section, "") + " " + header
            if section != own and len(row) >= 2 and _key(row[0]) == label:
                readings.setdefault(section, set()).add(_key(" | ".join(row[1:])))
    others = [path for path in readings if path != own and readings[path] != {value}]
    if not others:
        return ()
    candidates = [own, *others]
    vocabularies = [_vocabulary(path, sections.get(path, "")) for path in candidates]
    shared = frozenset.intersection(*vocabularies)
    asked = subject_terms(question) + [t for t in content_terms(question) if any(c.isdigit() for c in t)]
    for vocabulary in vocabularies:
        distinct = vocabulary - shared
        if any(term_matches(term, distinct) for term in asked):
            return ()  # the question names one of the sections (its product, model or heading word)
    options: list[str] = []
    for path in candidates:
        name = _NUMBERING.sub("", _TITLE_END.split(path[-1].strip("# ").strip())[0]).strip(" .:;,")
        if name and name.lower() not in {o.lower() for o in options} and len(name) <= 80:
            options.append(name)
    return tuple(options[:MAX_OPTIONS]) if len(options) >= 2 else ()


def _table_rows(passage: Passage) -> list[tuple[tuple[str, ...], str, list[str]]]:
    """Each data row of the passage's tables as (its section, its table's header row, its cells). A section is the
    passage's heading path; in a document without headings (a spreadsheet) it is the title row set just above the
    table ("| Tumble dryers — TD series |" over "| Specification | TD-35 E | TD-70 E |"); rows of a table with
    neither are left out (nothing to name them by)."""
    lines = passage.text.splitlines()
    found: list[tuple[tuple[str, ...], str, list[str]]] = []
    section: tuple[str, ...] | None = passage.heading_path or None
    title: str | None = None  # the last one-cell header row, while only blank lines follow it
    header = ""
    for index, line in enumerate(lines):
        if not line.strip() or TABLE_SEPARATOR.match(line):
            continue
        if not line.lstrip().startswith("|"):
            title = None
            continue
        cells = table_cells(line)
        if index + 1 < len(lines) and TABLE_SEPARATOR.match(lines[index + 1]):  # a header row
            if len(cells) == 1:
                title = cells[0]
            else:
                header = line
                if not passage.heading_path:
                    section = (title,) if title else None
                title = None
            continue
        title = None
        if section is not None:
            found.append((section, header, cells))
    return found


def _key(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .:;,*")


def _vocabulary(path: tuple[str, ...], header_rows: str) -> frozenset[str]:
    """A section's own words: its last heading and its tables' header rows (the document title above is shared)."""
    return frozenset(stem(w) for w in words(path[-1] + " " + header_rows))
