"""The readings of a question in the best passages: the different values of the kind it asks for, and what each one
is the value of.

"What's the runtime?" over "The RS-40 runs 9 hours per charge and recharges in 80 minutes" has two readings: the
runtime per charge and the recharge time. `asked_values` counts them (rule 11 of `decision.decide` asks back only
when there are two or more); `reading_labels` names them for the follow-up question, each by the words that state
it in its passage, the value left out ("The RS-40 runs … per charge", "recharges in …"; a table row by its name and
column: "ProLift X2 (Runtime)"), so that the buyer chooses among what the documents say, not among their headings.
The quote's line items are left out: they are told apart by their names (`quote_item_options`).
"""

from __future__ import annotations

import re

from appliance.answering.answer_types import reading_pattern
from appliance.answering.compose import LABEL_MAX, knowledge_units, row_label, table_cells
from appliance.retrieval.contracts import ScoredPassage

MAX_READINGS = 3  # the readings a follow-up question names
WORDS_BEFORE = 8  # the words of a clause kept before its value (the thing and what of it the value is)
WORDS_AFTER = 4  # and after it ("per charge", "at full load")
# What stands for the value in a reading: a follow-up names what each value is, never the value itself (stating
# another product's figure to a buyer who asked about this one is the wrong answer the follow-up avoids).
VALUE_MARK = "…"
# Where a clause ends: a sentence's or a list's punctuation, or a conjunction joining two statements (not a colon:
# "Runtime: 9 h" names its value before it).
_CLAUSE_END = re.compile(r"[.;!?()\[\]]\s|[;!?()\[\]]|,\s|\s(?:and|but|while|whereas|or)\s|\n", re.I)
_CONJUNCTION = re.compile(r"^(?:and|but|while|whereas|or)\s+", re.I)


def values_of(text: str, pattern: re.Pattern[str]) -> set[str]:
    """The values of the asked kind in ``text``, each read to the end of its number ('€1' of '€149' is '€149')."""
    return {value for value, _, _ in _value_spans(text, pattern)}


def asked_values(pool: list[ScoredPassage], *, asked_kinds: tuple[str, ...], max_passages: int = 4) -> int:
    """How many different values of the asked kind the best passages' knowledge units hold (the quote's line items
    aside; 0 when no kind of value is asked): a question naming none of them may mean any, even where
    `competing_options` finds no parallel rows or sentences to name (the values sit in one sentence, or in
    different documents). The ask-back model's second opinion on an answer needs two or more."""
    if not asked_kinds:
        return 0
    pattern = reading_pattern(asked_kinds[0])
    found: set[str] = set()
    for _, unit, _ in knowledge_units(list(pool[:max_passages])):
        found |= values_of(unit, pattern)
    return len(found)


def reading_labels(pool: list[ScoredPassage], *, asked_kinds: tuple[str, ...],
                   max_passages: int = 4) -> tuple[str, ...]:
    """What names each different value of the asked kind in the best passages' knowledge units, best passage
    first, at most MAX_READINGS: a table row's name with the column, a sentence's clause holding the value (the value
    as VALUE_MARK). () when fewer than two different readings are found (no choice to offer) or no kind of value is
    asked."""
    if not asked_kinds:
        return ()
    pattern = reading_pattern(asked_kinds[0])
    labels: list[str] = []
    seen: set[str] = set()
    for _, unit, header in knowledge_units(list(pool[:max_passages])):
        for value, start, end in _value_spans(unit, pattern):
            label = _row_reading(unit, header, start) if unit.lstrip().startswith("|") else _clause(unit, start, end)
            if value in seen or not any(c.isalpha() for c in label) or len(label) > LABEL_MAX \
                    or label.lower() in map(str.lower, labels):
                continue  # a value alone in its cell or line says nothing of what it is
            seen.add(value)
            labels.append(label)
            if len(labels) == MAX_READINGS:
                return tuple(labels)
    return tuple(labels) if len(labels) >= 2 else ()


def _value_spans(text: str, pattern: re.Pattern[str]) -> list[tuple[str, int, int]]:
    """Each value of the asked kind in ``text`` (normalised), with where it starts and ends."""
    spans = []
    for match in pattern.finditer(text):
        end = match.end()
        while end < len(text) and (text[end].isdigit() or text[end] in ".,"):
            end += 1
        spans.append((" ".join(text[match.start():end].rstrip(".,").lower().split()), match.start(), end))
    return spans


def _row_reading(row: str, header: str | None, at: int) -> str:
    """A table row's reading of the value at offset ``at``: the row's name and the column's label ("ProLift X2
    (Runtime)"); the row's name alone when the row has no header."""
    name = row_label(row)
    cells = table_cells(row)
    column = row[:at].count("|") - (1 if row.lstrip().startswith("|") else 0)  # cells before the value's
    if not 0 < column < len(cells):
        return ""
    labels = table_cells(header.strip().splitlines()[0]) if header else []
    return f"{name} ({labels[column]})" if len(labels) == len(cells) and labels[column] else name


def _clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` holding the value at ``start``-``end``, the value as VALUE_MARK: up to WORDS_BEFORE
    words before it and WORDS_AFTER after it, within the clause's punctuation and conjunctions, Markdown's marks left
    out."""
    opening = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    closing = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    before = text[opening:start].split()[-WORDS_BEFORE:]
    after = text[end:closing].split()[:WORDS_AFTER]
    clause = " ".join([*before, VALUE_MARK, *after]).replace("**", "").replace("__", "")
    return _CONJUNCTION.sub("", clause.strip(" -*#>•,.;:"))
