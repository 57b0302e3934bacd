"""Does a composed answer answer the question? Three checks the decision reads (`decision.Wording`):
- it names the question's subject (a content word of the question other than the words that only say what kind of
  value is wanted, found in the quoted text, its headings or its document title);
- it holds the kind of value asked for (a duration for "how long", an amount for "how much", ...);
- for a commercial question, it names the commercial concept asked about (a liability question needs a sentence
  about liability, not any sentence with an amount in it); a yes/no question about it ("is a worn nozzle replaced
  under warranty?") is answered by a sentence stating the concept, a question for its value needs the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from appliance.answering.answer_types import MEASURE_KINDS, holds_answer_type
from appliance.answering.commercial import CONCEPTS, asks_yes_or_no, names_concept, states_value
from appliance.answering.compose import (
    BRACKETED_UNIT,
    LABEL_MAX,
    TABLE_SEPARATOR,
    ComposedReply,
    cells_with_units,
    row_label,
    table_cells,
)
from appliance.answering.text import content_terms, stem, term_matches, words
from appliance.answering.units import ALL_MEASURES, states_unit

# Words that say what kind of answer is wanted or refer to the conversation, not what it is about.
_ASKING_WORDS = frozenset(stem(w) for w in """cost costs price prices priced pay paid charge charged much many long
    time times date dates when total amount amounts fee fees rate rates number value figure percentage percent
    discount discounts free included include includes get have need use take make offer offered offers quote
    quotation proposal order deal give given available possible still also exactly roughly approximately does
    happen happens work works would could should like want know tell""".split())


@dataclass(frozen=True)
class AnswerChecks:
    subject_named: bool
    value_kind_held: bool
    concept_named: bool
    row_chosen: bool = True  # a table row answers: the question names something of that row, not only the column


def subject_terms(question: str) -> list[str]:
    return [t for t in content_terms(question) if t not in _ASKING_WORDS and not t.isdigit()]


def check_answer(question: str, answer: ComposedReply | None, *, asked_kinds: tuple[str, ...],
                 concepts: tuple[str, ...], money_in_headers: bool = False) -> AnswerChecks:
    """What the quoted text does for the question. ``money_in_headers``: an amount may take its currency from its
    table's header ("| FM-3 | … | 14,800.00 |" under "Price (GBP)"): for a thing the quote does not list (an item the
    quote lists is priced by its line, this buyer's figure, not by a price list)."""
    if answer is None or not answer.citations:
        return AnswerChecks(False, False, False)
    cited = answer.citations[0]
    passage = cited.candidate.passage
    quoted = answer.text  # what the buyer reads: the quoted units, a table row under its header row
    context = " ".join([quoted, *passage.heading_path, passage.title])
    vocabulary = {stem(w) for w in words(context)}
    subject = subject_terms(question)
    named = not subject or any(term_matches(term, vocabulary) for term in subject)
    # A measure asked is the value asked: "how many decibels … when it opens" asks a loudness, not a count or a date
    measures = tuple(kind for kind in asked_kinds if kind in MEASURE_KINDS)
    asked_kinds = measures or asked_kinds
    unit_kinds = tuple(kind for kind in asked_kinds if kind in _UNIT_KINDS or money_in_headers and kind == "money")
    stated = quoted
    if "percent" in asked_kinds and "discount" not in concepts:
        stated = DISCOUNT_SHARE.sub(" ", quoted)  # "Discount: 8%" is no share of recycled steel
    return AnswerChecks(
        subject_named=named, row_chosen=_row_chosen(subject, cited.text, passage.text),
        value_kind_held=asks_yes_or_no(question) or states_value(stated, concepts, asked_kinds)
        or bool(unit_kinds) and states_value(read_with_header_units(answer.quoted), (), unit_kinds),
        concept_named=names_concept(context, concepts),
    )


# A share stated as a discount ("Discount: 8% (…)", "a 10% discount", "5% off", "Rabatt: 3 %"): the only share a
# quote's line states, and no share of anything else a question asks ("the recycled-steel share", "the efficiency").
_DISCOUNT_WORDS = "|".join(re.escape(word) for word in CONCEPTS["discount"][1] if word[0].isalpha() and " " not in word)
DISCOUNT_SHARE = re.compile(
    rf"\b(?:{_DISCOUNT_WORDS})\w*(?:\s+of)?\s*:?\s*\d[\d.,]*\s?%"
    rf"|\d[\d.,]*\s?%\s*(?:off|(?:de |di )?(?:{_DISCOUNT_WORDS}))\b", re.I)

# A share asked as such ("what percentage", "how many per cent", "%"), in the seven languages: "rate" alone asks a
# share as often as a day rate's amount or an air change rate's measure.
SHARE_ASKED = re.compile(r"%|\b(?:percent|percentage|per cent|porcentaje|pourcentage|prozent\w*|percentual\w*"
                         r"|percentagem|procent\w*)\b", re.I)

# Kinds of value a table may state with the unit in its header only ("| AC-45 | 71 |" under "Noise level dB(A)").
_UNIT_KINDS = MEASURE_KINDS | {"duration"}


def _table_rows(text: str) -> list[str]:
    """The table rows of ``text`` (header rows included), without the Markdown separator rows."""
    return [line for line in text.splitlines() if line.lstrip().startswith("|") and line.strip("|-: ")]


def read_with_header_units(quoted: str) -> str:
    """A quoted table's rows with each cell read with the unit its header gives (`compose.cells_with_units`), or
    its row's label gives in a table of things side by side ("| Brightness (nits) | 700 | 3,000 |": 700 nits), or
    a unit column of its own gives ("| Hopper volume | L | 90 | 150 |": 90 L); "" when the quote is no table under
    its header."""
    rows = _table_rows(quoted)
    by_column = [text for row in rows[1:] for _, read in cells_with_units(rows[0], row) for text in read]
    by_row = [f"{cell} {unit}" for row in rows[1:] for cells in [table_cells(row)] if len(cells) > 1
              for unit in BRACKETED_UNIT.findall(cells[0]) for cell in cells[1:]]
    by_unit_cell = [f"{cell} {cells[1]}" for row in rows for cells in [table_cells(row)]
                    if len(cells) > 2 and is_unit(cells[1]) for cell in cells[2:] if _FIGURE_CELL.match(cell)]
    return " ; ".join(by_column + by_row + by_unit_cell)


_FIGURE_CELL = re.compile(r"^\s*[<>≤≥~]?\s*\d[\d.,]*(?:\s*(?:-|–|to)\s*\d[\d.,]*)?\s*$")


def is_unit(cell: str) -> bool:
    """A table cell that is a unit of measure alone ("L", "mm", "dB(A)", "kW"): a figure written with it states a
    measure (`units`, `answer_types.ANSWER_TYPES`)."""
    cell = cell.strip()
    if not cell or len(cell) > 8 or any(c.isdigit() for c in cell):
        return False
    figure = f"1 {cell}"
    return states_unit(figure, ALL_MEASURES) or any(holds_answer_type(figure, kind) for kind in MEASURE_KINDS)


def states_asked_unit(quoted: str | None, measures: tuple[str, ...]) -> bool:
    """The quoted text states a figure in a unit of ``measures`` (the units the question asks in: "in kWh"), its
    table cells read with their header's units; True when the question asks in no unit or nothing is quoted."""
    if quoted is None or not measures:
        return True
    return states_unit(quoted + "\n" + read_with_header_units(quoted), measures)


def _row_chosen(subject: list[str], cited: str, passage_text: str) -> bool:
    """False when the answer is one row of a table with several rows and the question names nothing of that row
    (only a column, as in "how long is the warranty" over a table of warranties per device): it does not say which
    row it means, so the agent should ask."""
    if not cited.lstrip().startswith("|") or not subject:
        return True
    rows = _table_rows(passage_text)
    if len(rows) < 3:  # a header row and a single data row: nothing to choose between
        return True
    if all(row.strip() in cited for row in rows[1:]):  # every row quoted ("what are the stages?"): none to choose
        return True
    headers = _header_rows(cited) | _header_rows(passage_text)
    # a word of the header names a column, every row's ("the maximum cable length" over a table of devices whose
    # row says "1,000 m total bus length"): only the quoted row's own words choose it. In a table of things side by
    # side (its first header cell empty: "| | Plan Bronze | Plan Gold |") the header names the things, the rows
    # their attributes: naming one of them chooses the value.
    columns = [line for line in headers if (table_cells(line) or [""])[0]]
    header_vocabulary = {stem(w) for line in columns for w in words(line)}
    quoted_rows = [line for line in _table_rows(cited) if line.strip() not in headers]
    vocabulary = {stem(w) for w in words(" ".join(quoted_rows + sorted(set(headers) - set(columns))) or cited)}
    return any(term_matches(term, vocabulary) and not term_matches(term, header_vocabulary) for term in subject)


def rows_agree(questions: tuple[str, ...], cited: str, passage_text: str, *, asked_kinds: tuple[str, ...]) -> bool:
    """True when every data row of the quoted row's table holds the same value in each column a wording of the
    question names by a header word ("Quel est l'indice de protection des bornes ?" over two bollards both "RCBO 30
    mA per outlet" under "Protection"): whichever row the buyer means, the answer is the same, so no row is to be
    asked about. False when no wording names a column (only its first, the rows' names), when a named column's
    values differ, or when the question asks a kind of value (an amount, a duration) the agreeing cells do not hold
    ("How much is the bollard with the LED light?": the lighting agrees, the prices do not)."""
    lines = [line.strip() for line in passage_text.splitlines()]
    quoted = {line.strip() for line in cited.splitlines() if line.lstrip().startswith("|")}
    header: list[str] = []
    table: list[list[str]] = []  # the data rows of the table holding the quoted row, under its header row
    table_header: list[str] = []
    current: list[list[str]] = []
    holds_quoted = False
    for index, line in enumerate(lines):
        if not line.startswith("|"):
            current, holds_quoted = [], False
            continue
        if TABLE_SEPARATOR.match(line):
            continue
        if index + 1 < len(lines) and TABLE_SEPARATOR.match(lines[index + 1]):
            header, current, holds_quoted = table_cells(line), [], False
            continue
        cells = table_cells(line)
        if len(cells) == len(header):
            current.append(cells)
            holds_quoted = holds_quoted or line in quoted
            if holds_quoted:
                table, table_header = current, header
    if len(table) < 2:
        return False
    subject = [term for question in questions for term in subject_terms(question)]
    named = [index for index in range(1, len(table_header))
             if any(term_matches(term, {stem(w) for w in words(table_header[index])}) for term in subject)]
    if not named or any(len({row[index].lower() for row in table}) > 1 for index in named):
        return False
    agreed = " ".join(f"{table_header[index]} {table[0][index]}" for index in named)
    return not asked_kinds or any(holds_answer_type(agreed, kind) for kind in asked_kinds)


def _header_rows(text: str) -> set[str]:
    """The table header rows of ``text``: those the Markdown separator row follows."""
    lines = text.splitlines()
    return {lines[i].strip() for i in range(len(lines) - 1)
            if lines[i].lstrip().startswith("|") and TABLE_SEPARATOR.match(lines[i + 1])}


MAX_ROW_OPTIONS = 3


def row_options(cited: str, passage_text: str) -> tuple[str, ...]:
    """What a follow-up question names when the question does not say which row of a table it means: the first
    cell of the quoted row and of the table's other data rows ("Press P2", "Press P1"), at most MAX_ROW_OPTIONS;
    () when the rows have no distinct first cells."""
    headers = _header_rows(passage_text)
    rows = [line for line in _table_rows(passage_text) if line.strip() not in headers]
    quoted = [line for line in rows if line.strip() in cited]
    labels: list[str] = []
    for row in quoted + [line for line in rows if line not in quoted]:
        label = row_label(row)
        if label and len(label) <= LABEL_MAX and label.lower() not in {existing.lower() for existing in labels}:
            labels.append(label)
    return tuple(labels[:MAX_ROW_OPTIONS]) if len(labels) >= 2 else ()


def row_chosen_by_meaning(cited: str, passage_text: str, meaning: dict[str, float], *, margin: float) -> bool:
    """For a question not in English (its words cannot be compared with the table's): the quoted row is the one the
    question means when its multilingual similarity to the question beats every other data row of its table by
    ``margin``. ``meaning``: similarity per unit text (rows are units)."""
    rows = [line.strip() for line in _table_rows(passage_text)]
    scored = {row: meaning[row] for row in rows if row in meaning}
    quoted = next((score for row, score in scored.items() if row in cited), None)
    if quoted is None:
        return False
    headers = _header_rows(passage_text)  # a header naming the model asked is no reading of the measure asked
    others = [score for row, score in scored.items() if row not in cited and row not in headers]
    return not others or quoted >= max(others) + margin


def row_chosen_by_unit(cited: str, passage_text: str, stated: Callable[[str], bool]) -> bool:
    """The quoted row is the one the question means when it is the only row of its table stating a figure in the
    unit or of the measure the question asks ("Welche Absicherung in Ampere…": the one row in amperes; "How heavy is
    the FH-20?": the one weight row); ``stated`` reads a row."""
    stating = [row.strip() for row in _table_rows(passage_text) if stated(row)]
    return bool(stating) and all(row in cited for row in stating)


def states_concept(question: str, text: str, *, concepts: tuple[str, ...], asked_kinds: tuple[str, ...]) -> bool:
    """``text`` (a unit with its headings) names a commercial concept the question asks about and, unless the
    question asks yes or no, holds the kind of value that states it: what the guard needs of a quoted sentence."""
    return names_concept(text, concepts) and (asks_yes_or_no(question) or states_value(text, concepts, asked_kinds))
