"""Writing the agent's reply: an extractive answer (supporting sentences, quoted, cited), a follow-up question that
names the options, or the handoff message. Everything here is deterministic and grounded in the passages given.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
import re
from collections import Counter
from dataclasses import dataclass

from appliance.answering.answer_types import (
    answer_types,
    holds_answer_type,
)
from appliance.answering.injection import planted_sentences
from appliance.answering.text import STOPWORDS, asked_terms, content_terms, sentence_spans, stem, term_matches, words
from appliance.retrieval.contracts import ScoredPassage

MAX_ANSWER_SENTENCES = 2

LEADS = {
    "en": ("According to {source}:", "Could you tell me which one you mean: {options}?",
           "Could you tell me a bit more about what you would like to know?"),
    "es": ("Según {source}:", "¿Podría indicarme a cuál se refiere: {options}?",
           "¿Podría darme más detalles sobre lo que desea saber?"),
    "fr": ("D'après {source} :", "Pourriez-vous préciser lequel vous voulez dire : {options} ?",
           "Pourriez-vous préciser ce que vous souhaitez savoir ?"),
    "de": ("Laut {source}:", "Könnten Sie mir sagen, welches Sie meinen: {options}?",
           "Könnten Sie mir etwas genauer sagen, was Sie wissen möchten?"),
    "it": ("Secondo {source}:", "Potrebbe indicarmi a quale si riferisce: {options}?",
           "Potrebbe dirmi qualcosa di più su ciò che desidera sapere?"),
    "pt": ("De acordo com {source}:", "Poderia dizer a qual se refere: {options}?",
           "Poderia dizer um pouco mais sobre o que gostaria de saber?"),
    "nl": ("Volgens {source}:", "Kunt u aangeven welke u bedoelt: {options}?",
           "Kunt u iets meer vertellen over wat u wilt weten?"),
}
OR_WORD = {"en": "or", "es": "o", "fr": "ou", "de": "oder", "it": "o", "pt": "ou", "nl": "of"}


@dataclass(frozen=True)
class CitedSpan:
    """A cited stretch of a passage: absolute offsets in the document's canonical text."""

    number: int
    candidate: ScoredPassage
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ComposedReply:
    text: str
    citations: list[CitedSpan]

    @property
    def quoted(self) -> str:
        """The quoted passage text (between the quotation marks), without the lead and the citation mark."""
        return self.text[self.text.find("“") + 1:self.text.rfind("”")]


@dataclass(frozen=True)
class _Unit:
    candidate: ScoredPassage
    rank: int
    start: int  # relative to the passage text
    end: int
    score: float
    header: tuple[int, int] | None = None  # a table row's header row


TABLE_SEPARATOR = re.compile(r"^\s*\|[\s:|-]+\|\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
MAX_LIST_CHARS = 600


def _units(candidate: ScoredPassage, rank: int) -> list[tuple[int, int]]:
    """Answer units of a passage: the whole passage for the quote's short passages, else its sentences, list
    items and table rows, never a heading line. A question (an FAQ's "Does the climate control stop if our internet
    connection goes down?") answers nothing alone: it is one unit with the sentence answering it, or none. The
    quote's notes are sentences too: a paragraph about the deal names every item and holds figures of every kind, so
    quoted whole it "answers" questions none of its sentences does (a door width, a supply's amperage, a response
    time)."""
    text = candidate.passage.text
    if candidate.passage.doc_kind == "quote" and candidate.passage.heading_path[1:2] != ("Notes",):
        return [(0, len(text))]
    spans = sentence_spans(text)
    planted = planted_sentences(text, [(span.start, span.end) for span in spans])  # across sentences (issue 12)
    kept = [(span.start, span.end) for index, span in enumerate(spans)
            if not _on_heading_line(text, span.start) and index not in planted
            and not TABLE_SEPARATOR.match(text[span.start:span.end])]
    units: list[tuple[int, int]] = []
    index = 0
    while index < len(kept):
        start, end = kept[index]
        index += 1
        if not _asks(text[start:end]):
            units.append((start, end))
        elif index < len(kept) and _answers_a_question(text[kept[index][0]:kept[index][1]]):
            units.append((start, kept[index][1]))  # an FAQ's question with the sentence answering it
            index += 1
    return units


def _asks(unit: str) -> bool:
    return unit.rstrip().endswith("?")


def _answers_a_question(unit: str) -> bool:
    """A sentence that may follow an FAQ's question as its answer: not a question, a table row or a list item."""
    return not _asks(unit) and not unit.lstrip().startswith("|") and not LIST_ITEM.match(unit)


def _on_heading_line(text: str, start: int) -> bool:
    """Whether the unit starting at ``start`` is (part of) a heading line: "## 5. Service credits" splits after its
    number as a sentence would, and "Service credits" alone answers nothing."""
    return text[text.rfind("\n", 0, start) + 1:start + 1].lstrip().startswith("#")


def knowledge_units(candidates: list[ScoredPassage]) -> Iterator[tuple[ScoredPassage, str, str | None]]:
    """Each answer unit of the knowledge's passages (the quote's left out) with its table's header row (None for a
    sentence, or a row of a table whose header is in an earlier passage); header rows themselves are not units."""
    for rank, candidate in enumerate(candidates):
        if candidate.passage.doc_kind == "quote":
            continue
        text = candidate.passage.text
        spans = _units(candidate, rank)
        for (start, end), header in zip(spans, _table_headers(text, spans), strict=True):
            if header is not True:
                yield candidate, text[start:end], text[header[0]:header[1]] if isinstance(header, tuple) else None


def _table_headers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int] | None | bool]:
    """Per unit: its table's header row (a data row), True (it is a header row), or None (not a table row, or a row
    of a table whose header is in an earlier passage: a passage cut from a long table starts with a data row)."""
    result: list[tuple[int, int] | None | bool] = []
    header: tuple[int, int] | None = None
    headless = False  # inside a table that started before this passage
    previous_end = -1
    for start, end in spans:
        is_row = text[start:end].lstrip().startswith("|")
        contiguous = previous_end >= 0 and not text[previous_end:start].strip("\n -|:")
        lines = text[start:end].splitlines()[1:] + text[end:].lstrip("\r\n").split("\n", 1)[:1]
        if not is_row:
            header, headless = None, False
            result.append(None)
        elif lines and TABLE_SEPARATOR.match(lines[0]):
            # the separator row follows (or ends) a header row: a table starts, even right under another one (a
            # sheet's title alone in a table, then the sheet's own table)
            header, headless = (start, end), False
            result.append(True)
        elif (header is None and not headless) or not contiguous:
            # no separator row under it: a data row of a table that began earlier
            header, headless = None, True
            result.append(None)
        else:
            result.append(header)
        previous_end = end
    return result


def _list_block(candidate: ScoredPassage, start: int, end: int) -> list[tuple[int, int]]:
    """A list answers together: an intro ending with ':' takes the items after it; an item takes its siblings."""
    text = candidate.passage.text
    spans = _units(candidate, 0)
    if (start, end) not in spans:
        return [(start, end)]
    index = spans.index((start, end))

    def is_item(span: tuple[int, int]) -> bool:
        return bool(LIST_ITEM.match(text[span[0]:span[1]]))

    def is_intro(span: tuple[int, int]) -> bool:
        return text[span[0]:span[1]].rstrip().endswith(":")

    if not (is_item(spans[index]) or is_intro(spans[index])):
        return [(start, end)]
    first = last = index
    if is_item(spans[index]):
        while first > 0 and is_item(spans[first - 1]):
            first -= 1
        if first > 0 and is_intro(spans[first - 1]):
            first -= 1
    while last + 1 < len(spans) and is_item(spans[last + 1]) and spans[last + 1][1] - spans[first][0] <= MAX_LIST_CHARS:
        last += 1
    if spans[last][1] - spans[first][0] > MAX_LIST_CHARS:  # too long to quote whole: the item and its intro only
        return [(start, end)]
    return spans[first:last + 1]


SEMANTIC_WEIGHT = 4.0
ANSWER_TYPE_BONUS = 2.0  # a unit holding the kind of value the question asks for (a duration for "how long"...)
FIGURE_BONUS = 0.75  # a unit holding some figure, when the question asks for one of an unrecognised kind


# Questions whose answer is a number, an amount, a duration or a date: sentences holding a figure are likelier.
_ASKS_FOR_FIGURE = re.compile(
    r"\bhow (?:many|much|long|quickly|fast|soon|often|far|big|large|heavy)\b|\bwhen\b|\buntil\b|\bwhat date\b"
    # no verb nor article: a bridged question ("what discount lift")
    r"|\bwhat(?: is| are|'s|’s)?(?: the)? (?:(?:unit|list|net|annual|monthly) )?"
    r"(?:price|cost|fee|rate|percentage|discount|number|amount|total|duration|deadline)\b"
    r"|\b(?:cuánto|cuántos|cuándo|combien|quand|wie (?:viel|viele|lange|schnell)|wann|quanto|quando)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Questions asking which things (of a set) hold: a list introduced by the asked noun answers them ("Which tachographs
# can it read?": "Supported tachographs:" and its items). "which" is also what the bridge renders the other
# languages' interrogatives as (welche, quels, cuáles, quali, quais, welke).
_ASKS_FOR_LIST = re.compile(r"\bwhich\b|\bwhat (?:kinds?|types?|sorts?) of\b", re.I)
# Questions asking how something is divided ("How is the payment split?", "what are the stages?"): a list is the
# answer, introduced by a sentence of its section ("Helios invoices … in three milestones:" under "Payment schedule").
_ASKS_FOR_PARTS = re.compile(r"\b(?:split|broken down|breakdown|stages?|staged|milestones?|instal(?:l)?ments?"
                             r"|phases?)\b", re.I)
# Or a sentence dividing it in shares ("invoiced in three instalments: 40% on order, 50% on delivery, 10% on …").
_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s?%")


CONTEXT_WEIGHT = 0.5  # a question term found only in the story told before the sentence that asks


def answer_unit_texts(candidates: list[ScoredPassage], *, max_passages: int = 4) -> list[str]:
    """The texts `extractive_answer` will score, so a caller can compute their similarity to the question first."""
    return [c.passage.text[a:b] for rank, c in enumerate(candidates[:max_passages]) for a, b in _units(c, rank)]


def extractive_answer(question: str, candidates: list[ScoredPassage], *, language: str = "en",
                      max_passages: int = 4, similarity: Callable[[str], float] | None = None,
                      accept: Callable[[str], bool] | None = None, all_rows: bool = False) -> ComposedReply | None:
    """Quote the sentences that best answer ``question`` from the top passages, with their citations.

    A sentence scores by the question terms it contains (weighted by how rare each term is among the candidate
    sentences), by its meaning's similarity to the question when ``similarity`` is given (cosine of embeddings),
    and by its passage's rank. None when no sentence shares a term with the question. ``accept``: only units whose
    text (under its table header, with its headings and document title) it accepts may lead the answer.
    ``all_rows``: a table row is quoted with every row of its table (the question asks about all of them).
    """
    pool = candidates[:max_passages]
    terms = content_terms(question)
    if not pool or not terms:
        return None
    units: list[_Unit] = []
    document_frequency: Counter[str] = Counter()
    own_terms: list[set[str]] = []
    heading_terms: list[set[str]] = []
    introduces: list[bool] = []  # the unit introduces a list ("Supported tachographs:" and its items)
    for rank, candidate in enumerate(pool):
        headings = {stem(w) for w in words(" ".join(candidate.passage.heading_path))}
        spans = _units(candidate, rank)
        text = candidate.passage.text
        for index, ((start, end), header) in enumerate(zip(spans, _table_headers(text, spans), strict=True)):
            if header is True:  # a header row alone answers nothing; its words count for the rows below it
                continue
            introduces.append(text[start:end].rstrip().endswith(":") and index + 1 < len(spans)
                              and bool(LIST_ITEM.match(text[spans[index + 1][0]:spans[index + 1][1]])))
            vocabulary = {stem(w) for w in words(text[start:end])}
            if isinstance(header, tuple):
                vocabulary |= {stem(w) for w in words(text[header[0]:header[1]])}
            own_terms.append(vocabulary)
            heading_terms.append(headings - vocabulary)
            units.append(_Unit(candidate, rank, start, end, 0.0, header if isinstance(header, tuple) else None))
    total = len(units)
    matched = [{t for t in terms if term_matches(t, own)} for own in own_terms]
    in_headings = [{t for t in terms if term_matches(t, headings)} - found
                   for headings, found in zip(heading_terms, matched, strict=True)]
    for found in matched:
        document_frequency.update(found)
    wants_figure = bool(_ASKS_FOR_FIGURE.search(question))
    wants_list = bool(_ASKS_FOR_LIST.search(question))
    wants_parts = bool(_ASKS_FOR_PARTS.search(question))
    kinds = answer_types(question)
    focus = asked_terms(question)

    def weight(term: str) -> float:
        rarity = math.log(1 + total / (1 + document_frequency[term]))
        return rarity if term in focus else CONTEXT_WEIGHT * rarity

    scored: list[tuple[_Unit, float]] = []
    for unit, found, headings, intro in zip(units, matched, in_headings, introduces, strict=True):
        lexical = sum(weight(t) for t in found)
        context = 0.5 * sum(weight(t) for t in headings)
        brevity = 0.0 if unit.end - unit.start < 400 else -0.3
        semantic = SEMANTIC_WEIGHT * max(0.0, similarity(unit.candidate.passage.text[unit.start:unit.end])) \
            if similarity else 0.0
        unit_text = unit.candidate.passage.text[unit.start:unit.end]
        if unit.header is not None:  # a table row's values are read under its header's names
            unit_text = unit.candidate.passage.text[unit.header[0]:unit.header[1]] + "\n" + unit_text
        if accept is not None and not accept(" ".join([unit_text, *unit.candidate.passage.heading_path,
                                                        unit.candidate.passage.title])):
            continue
        typed = ANSWER_TYPE_BONUS if any(holds_answer_type(unit_text, kind) for kind in kinds) else 0.0
        figure = FIGURE_BONUS if wants_figure and not typed and _DIGIT.search(unit_text) else 0.0
        if wants_list and intro and found:  # "which tachographs…?": the list its intro names answers
            typed = ANSWER_TYPE_BONUS
        if wants_parts and intro and (found or headings):  # "how is the payment split?": the list of its section
            typed = ANSWER_TYPE_BONUS
        if wants_parts and len(_SHARE.findall(unit_text)) >= 2 and (found or headings):
            typed = ANSWER_TYPE_BONUS  # or the sentence giving its shares
        score = lexical + context + semantic + typed + figure + 1.0 / (1 + unit.rank) + brevity
        scored.append((_Unit(unit.candidate, unit.rank, unit.start, unit.end, score, unit.header), lexical))
    if not scored:
        return None
    scored.sort(key=lambda pair: (-pair[0].score, pair[0].rank, pair[0].start))
    best, best_lexical = scored[0]
    if best_lexical == 0 and best.score <= 1.0 / (1 + best.rank):  # no question term at all
        return None
    if wants_parts or all_rows and best.header is not None:
        # "what are the stages?": every row of the stages' table (the row's, or the one its intro opens)
        text = best.candidate.passage.text
        header = best.header
        if header is None and text[best.start:best.end].rstrip().endswith(":"):
            header = next((u.header for u, _ in scored if u.candidate is best.candidate and u.header is not None
                           and u.header[0] >= best.end and not text[best.end:u.header[0]].strip()), None)
        rows = sorted((u for u, _ in scored if u.candidate is best.candidate and header is not None
                       and u.header == header), key=lambda u: u.start)
        if len(rows) > 1 and rows[-1].end - rows[0].start <= MAX_LIST_CHARS and all(
                not text[a.end:b.start].strip() for a, b in zip(rows, rows[1:])):
            return _render(rows, language)
    if best.header is not None:  # a table row is quoted under its header row (its first and named columns)
        text = best.candidate.passage.text
        return _render([best], language, columns=named_columns(question, text[best.header[0]:best.header[1]],
                                                               text[best.start:best.end]))
    block = _list_block(best.candidate, best.start, best.end)
    if len(block) > 1:
        chosen = [_Unit(best.candidate, best.rank, a, b, best.score) for a, b in block]
        return _render(chosen, language)
    chosen = [best]
    for unit, lexical in scored[1:]:
        if len(chosen) >= MAX_ANSWER_SENTENCES:
            break
        same_passage = unit.candidate is best.candidate
        if unit.header is not None:  # a table row is quoted under its header, alone: never as a companion
            continue
        if same_passage and lexical > 0 and lexical >= 0.6 * best_lexical and abs(unit.start - best.end) < 400:
            chosen.append(unit)
    chosen.sort(key=lambda u: u.start)
    return _render(chosen, language)


def table_cells(row: str) -> list[str]:
    return [" ".join(cell.split()) for cell in row.strip().strip("|").split("|")]


_CODE = re.compile(r"^(?=.*[\d-])[A-Z0-9][A-Z0-9./-]*$")  # a product code alone in a cell: "SND-WMIC-HS"
LABEL_MAX = 80  # the longest option a follow-up question names (a longer cell is no name)


def row_label(row: str) -> str:
    """What names a table row in a follow-up question: its first non-empty cell, with its name first when that cell
    is a bare code ("| SND-WMIC-HS | Wireless headset mic channel | 52 |": "Wireless headset mic channel
    (SND-WMIC-HS)"; a buyer may know the product by either)."""
    cells = [cell for cell in table_cells(row) if cell]
    if len(cells) > 1 and _CODE.match(cells[0]) and len(cells[1].split()) > 1 \
            and len(named := f"{cells[1]} ({cells[0]})") <= LABEL_MAX:
        return named
    return cells[0] if cells else ""


# The unit a table label gives in brackets: "Brightness (nits)", "Fan noise (dB(A))".
BRACKETED_UNIT = re.compile(r"\(([^()]*(?:\([^()]*\))?[^()]*)\)")


def cells_with_units(header_row: str, row: str) -> list[tuple[str, list[str]]]:
    """A table row's cells, each as (header label, the cell read with each unit its header may give: the bracketed
    part, the label's last word): under "| Model | Weight (kg) |", "| AC-45 | 310 |" reads ("Weight (kg)", ["310
    kg", "310 (kg)"]); under "Noise level dB(A)", "71" reads "71 A" and "71 dB(A)". [] when the row does not fit
    the header."""
    header, cells = table_cells(header_row.strip().splitlines()[0]), table_cells(row)
    if len(header) != len(cells):
        return []
    return [(label, [f"{cell} {unit}" for unit in (" ".join(BRACKETED_UNIT.findall(label)), label.split()[-1] if label
                                                   else "")])
            for cell, label in zip(cells, header, strict=True)]


_CELL_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_CELL_UNIT = re.compile(r"[^\W\d_]|[%€$£¥]")


def alternative_columns(row: list[str], header: list[str] | None = None, *, any_figures: bool = False) -> list[int]:
    """The columns of a comparison-table row that give one value of the same thing each ("| Weight | 98 kg | 132 kg
    | 262 kg |"): cells written alike with different figures (figures aside, the same words; a bare number could be
    any column's, so a figure with a unit), or bare numbers under ``header`` labels that name things alike ("| Lifts
    per charge | 40 | 35 |" under "| Specification | Strata 180 | Strata 205 |"); cells of other shapes in the row (an
    article number, a description) are not readings of one thing. With ``any_figures`` (to ask which one is meant,
    not to cut a quote down to one column), any cells with figures under labels that name things alike ("| Deck |
    Folding, 600 mm | Sliding, 1200 mm travel |" under "| Specification | RX-30 ramp | RX-50 ramp |"). [] when fewer
    than two."""
    shapes: dict[str, list[int]] = {}
    for index, cell in enumerate(row[1:], start=1):
        if _CELL_DIGITS.search(cell) and _CELL_UNIT.search(_CELL_DIGITS.sub("", cell)):
            shapes.setdefault(_CELL_DIGITS.sub("#", cell.lower()), []).append(index)
    figured = [index for index, cell in enumerate(row[1:], start=1) if _CELL_DIGITS.search(cell)]
    bare = [index for index in figured if _CELL_DIGITS.fullmatch(row[index].strip())]
    if header is not None and len(header) == len(row):
        tried = (figured, bare) if any_figures else (bare,)
        alike = next((columns for columns in tried if _labels_alike([header[i] for i in columns])), [])
        if alike:
            shapes["#alike"] = alike
    columns = max(shapes.values(), key=len, default=[])
    if header is not None and len(header) == len(row) and _one_value_apart([header[i] for i in columns]):
        return []  # "€99" per month and "€1,188" per year: one price; "10 Mbit/s" minimum, "20" recommended: one need
    return columns if len(columns) >= 2 and len({row[i] for i in columns}) >= 2 else []


# Words of a period: columns whose labels differ by these alone ("Price per month", "Price per year") state one
# figure counted over different periods, not figures of different things.
PERIOD_WORDS = frozenset("""year years yearly annual annually month months monthly week weeks weekly day days daily
    quarter quarterly hour hours hourly""".split())


# Words of a degree: columns whose labels differ by these alone ("Minimum", "Recommended"; "Max. load", "Min. load")
# state one requirement or rating at two levels, which a buyer asking for it wants both of.
DEGREE_WORDS = frozenset("""minimum min maximum max recommended typical nominal average peak continuous
    mínimo máximo recomendado típico recommandé typique mindestens empfohlen typisch minimo massimo raccomandato
    consigliato tipico aanbevolen""".split())


def _one_value_apart(labels: list[str]) -> bool:
    """Two or more labels that differ by their period or degree words alone ("Price per month (EUR)", "Price per
    year (EUR)"; "Minimum", "Recommended")."""
    return len(labels) >= 2 and len({frozenset(w.lower() for w in words(label)) - PERIOD_WORDS - DEGREE_WORDS
                                     for label in labels}) == 1 and len(set(labels)) == len(labels)


def _labels_alike(labels: list[str]) -> bool:
    """Column labels that name things of one kind: each a model number (a figure in every label: "Strata 180",
    "Strata 205"), or sharing a word ("Basic plan", "Premium plan"); not the labels of different measures ("Width",
    "Depth", "Height"; "Qty", "Unit price"), nor of one figure per period ("Price per month", "Price per year")."""
    if len(labels) < 2 or len(set(labels)) < len(labels):
        return False
    if _one_value_apart(labels):
        return False
    if all(_CELL_DIGITS.search(label) for label in labels):
        return True
    shared = set.intersection(*({w.lower() for w in words(label)} - STOPWORDS for label in labels))
    return bool(shared)


def named_columns(question: str, header_row: str, row: str) -> tuple[int, ...]:
    """The columns to quote of a comparison-table row when ``question`` names some of its alternatives by a word the
    other alternatives' headers do not have: "How heavy is the CombiPro 10-1/1 E?" over "| Specification | CombiPro
    6-1/1 E | CombiPro 10-1/1 E | CombiPro 20-1/1 E |" / "| Weight | 98 kg | 132 kg | 262 kg |" quotes the first and
    the third; () (every column) when it names none or all of them, or the row is no such comparison."""
    header, cells = table_cells((header_row.strip().splitlines() or [""])[0]), table_cells(row)
    alternatives = alternative_columns(cells, header) if len(header) == len(cells) else []
    asked = set(words(question))
    labels = {index: set(words(header[index])) for index in alternatives}
    named = {index for index in alternatives
             if any(word in asked and not any(word in labels[other] for other in alternatives if other != index)
                    for word in labels[index])}
    if not named or len(named) == len(alternatives):
        return ()
    return tuple(index for index in range(len(cells)) if index not in alternatives or index in named)


def under_header(question: str, answer: ComposedReply, header_row: str) -> ComposedReply:
    """``answer``, a table row quoted without its header (the passage starts mid-table: a long table is split between
    passages), quoted under the table's ``header_row`` from an earlier passage, so the buyer reads which column is
    which; only the columns the question names when it names some (`named_columns`). The citation is unchanged."""
    row = answer.quoted.strip()
    if len(table_cells(header_row)) != len(table_cells(row)):
        return answer
    header = header_row.strip()
    columns = named_columns(question, header, row)
    if columns:
        header, row = ("| " + " | ".join(table_cells(line)[i] for i in columns) + " |" for line in (header, row))
    start, end = answer.text.find("“") + 1, answer.text.rfind("”")
    return ComposedReply(text=f"{answer.text[:start]}{header}\n{row}{answer.text[end:]}", citations=answer.citations)


def _render(chosen: list[_Unit], language: str, columns: tuple[int, ...] = ()) -> ComposedReply:
    lead, _, _ = LEADS.get(language, LEADS["en"])
    passage = chosen[0].candidate.passage
    source = passage.title
    section = passage.heading_path[-1] if passage.heading_path else ""
    if section and section != source and passage.doc_kind != "quote":
        source = f"{source} ({section})"
    text = passage.text
    contiguous = all(not text[a.end:b.start].strip() for a, b in zip(chosen, chosen[1:]))
    if chosen[0].header is not None:
        header = text[chosen[0].header[0]:chosen[0].header[1]].strip()
        row = "\n".join(line.strip() for line in text[chosen[0].start:chosen[-1].end].splitlines() if line.strip())
        header = header.splitlines()[0] if columns else header
        if columns and len(table_cells(header)) == len(table_cells(row)):  # only the columns the question names
            header, row = ("| " + " | ".join(table_cells(line)[i] for i in columns) + " |" for line in (header, row))
        quoted = f"{header}\n{row}"
    elif contiguous and len(chosen) > 1:
        quoted = "\n".join(line.strip() for line in text[chosen[0].start:chosen[-1].end].splitlines() if line.strip())
    else:
        quoted = " … ".join(_clean(text[u.start:u.end]) for u in chosen)
    citation = CitedSpan(
        number=1, candidate=chosen[0].candidate, start=passage.start + chosen[0].start,
        end=passage.start + chosen[-1].end, text=passage.text[chosen[0].start:chosen[-1].end],
    )
    return ComposedReply(text=f"{lead.format(source=source)} “{quoted}” [1]", citations=[citation])


def _clean(text: str) -> str:
    lines = [line.strip().lstrip("#").strip() for line in text.splitlines()]
    return " ".join(line for line in lines if line)


_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|md|html?|txt|csv)$", re.I)


def clarifying_question(candidates: list[ScoredPassage], *, language: str = "en",
                        named: tuple[str, ...] = ()) -> str:
    """A follow-up question naming the distinct topics the best passages are about (``named``: these options)."""
    _, with_options, open_question = LEADS.get(language, LEADS["en"])
    options: list[str] = list(named)
    for candidate in candidates[:6] if not named else []:
        path = candidate.passage.heading_path
        if candidate.passage.doc_kind == "quote" and len(path) < 3:
            continue  # the quote's header, totals, terms or notes: a part of the page, no thing the buyer could mean
        label = path[-1] if path else candidate.passage.title
        label = label.strip().strip("#").strip()
        if _FILE_NAME.search(label):
            continue  # a document without headings is titled by its file name: no topic a buyer could choose
        if label and label.lower() not in {o.lower() for o in options} and len(label) <= 80:
            options.append(label)
        if len(options) == 3:
            break
    if len(options) < 2:
        return open_question
    joined = ", ".join(options[:-1]) + f" {OR_WORD.get(language, 'or')} " + options[-1]
    return with_options.format(options=joined)
