"""One attribute, several sections: a datasheet gives each product its own section with its own table, and the rows
of those tables repeat the same labels ("| Battery charge time | 3.5 hours |" under the detector's section, "| Battery
charge time | 4 hours from empty |" under the monitor's). A question asking that attribute without naming a product
has as many readings as sections; the search ranks one of them first and the others may not be near it, so the
readings are read from the cited document itself.

A pure function of the question, the quoted answer and the cited document's passages; no scenario or company words:
- the quoted row's label (its first cell) is the attribute; rows of other sections of the same document with the
  same label and other values are the other readings;
- a section is named by its own heading; the question chose when it has a word of one section's heading (or of its
  table's header row) that not every section's heading has ("the detector's charge time").
"""

from __future__ import annotations

import re

from appliance.answering.compose import TABLE_SEPARATOR, ComposedReply, table_cells
from appliance.answering.support import subject_terms
from appliance.answering.text import content_terms, stem, term_matches, words
from appliance.retrieval.contracts import Passage

MAX_OPTIONS = 3
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+")  # "3. ", "2.1 ", "A. " before a heading's words


def section_row_options(question: str, answer: ComposedReply | None, document: list[Passage]) -> tuple[str, ...]:
    """The sections a follow-up question should name when ``answer`` quotes a table row whose label other sections
    of its document give too, with other values, and the question names no section; () otherwise."""
    if answer is None or not answer.citations:
        return ()
    cited = answer.citations[0].candidate.passage
    if cited.doc_kind == "quote" or not cited.heading_path:
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
    sections: dict[tuple[str, ...], str] = {}  # heading path -> the header rows of its tables
    readings: dict[tuple[str, ...], set[str]] = {cited.heading_path: {value}}
    for passage in document:
        path = passage.heading_path
        if not path:
            continue
        lines = passage.text.splitlines()
        for index, line in enumerate(lines):
            if not line.lstrip().startswith("|") or TABLE_SEPARATOR.match(line):
                continue
            if index + 1 < len(lines) and TABLE_SEPARATOR.match(lines[index + 1]):
                sections[path] = sections.get(path, "") + " " + line  # a header row names its table's columns
            row = table_cells(line)
            if path != cited.heading_path and len(row) >= 2 and _key(row[0]) == label:
                readings.setdefault(path, set()).add(_key(" | ".join(row[1:])))
    others = [path for path in readings if path != cited.heading_path and readings[path] != {value}]
    if not others:
        return ()
    candidates = [cited.heading_path, *others]
    vocabularies = [_vocabulary(path, sections.get(path, "")) for path in candidates]
    shared = frozenset.intersection(*vocabularies)
    asked = subject_terms(question) + [t for t in content_terms(question) if any(c.isdigit() for c in t)]
    for vocabulary in vocabularies:
        own = vocabulary - shared
        if any(term_matches(term, own) for term in asked):
            return ()  # the question names one of the sections (its product, model or heading word)
    options: list[str] = []
    for path in candidates:
        name = _NUMBERING.sub("", path[-1].strip("# ").strip()).strip(" .:;,")
        if name and name.lower() not in {o.lower() for o in options} and len(name) <= 80:
            options.append(name)
    return tuple(options[:MAX_OPTIONS]) if len(options) >= 2 else ()


def _key(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .:;,*")


def _vocabulary(path: tuple[str, ...], header_rows: str) -> frozenset[str]:
    """A section's own words: its last heading and its tables' header rows (the document title above is shared)."""
    return frozenset(stem(w) for w in words(path[-1] + " " + header_rows))
