"""Several valid readings: the best passages give different values of the kind asked for to different things (two
devices with different warranties, three plans with different monthly prices), and the question does not say which
one it means. The agent should then ask, naming the options, instead of quoting one of them.

A pure function over the question and the passages the answer was chosen from; no scenario or company words:
- the units (sentences, list items, table rows) of the best passages (the quote's line items aside: they are told
  apart by their names, `quote_item_options`) that hold a value of the asked kind and have
  every question term the chosen answer has (they match the question as well as it does);
- a question term found in some of them but not all narrows the set (the question chose: "the OT-500's warranty");
- units repeating the chosen answer's value are dropped (a note restating it is no other reading);
- readings are units that say the same thing of different things: rows of one table, or units worded alike (word
  overlap at least PARALLEL_MIN, figures left out), not another figure about another aspect;
- a group of such readings with two or more different values, none of which the question names: ambiguous; each is
  named by what distinguishes it (a table row's first cell, its heading, or its words the others do not have).

The quote's line items are readings too: of a figure asked of something several lines are (`quote_item_options`),
and of anything a short question asks about a kind of thing the quote holds several of, naming none of them
(`quote_kind_options`: "What electrical supply does the oven need?" with a deck oven and a rack oven quoted).
"""

from __future__ import annotations

import re

from appliance.answering.answer_types import ANSWER_TYPES, reading_pattern
from appliance.answering.commercial import asks_yes_or_no
from appliance.answering.compose import (
    _ASKS_FOR_FIGURE,
    LABEL_MAX,
    PERIOD_WORDS,
    TABLE_SEPARATOR,
    ComposedReply,
    alternative_columns,
    knowledge_units,
    row_label,
    table_cells,
)
from appliance.answering.crosslingual import plural_words
from appliance.answering.quote_passages import LINE_ITEMS_HEADING
from appliance.answering.readings import values_of
from appliance.answering.support import read_with_header_units, subject_terms
from appliance.answering.text import (
    STOPWORDS,
    asking_sentences,
    content_terms,
    question_spans,
    stem,
    term_matches,
    words,
)
from appliance.retrieval.contracts import Passage, ScoredPassage

MAX_OPTIONS = 3
# A figure of a table row, with its unit ("4 cm", "120", "40 W", "98.5%"); not the digits of a code ("R10", "G3").
_ROW_FIGURE = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s?(?:%|°\s?C|[^\W\d_]{1,3}\b))?")
PARALLEL_MIN = 0.4  # word overlap (Jaccard, figures left out) for two units to say the same thing of different things
_WORD = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)


def competing_options(question: str, answer: ComposedReply | None, pool: list[ScoredPassage], *,
                      asked_kinds: tuple[str, ...], max_passages: int = 4,
                      siblings: list[ScoredPassage] | None = None, language: str = "en",
                      all_quoted: bool = False, money_in_headers: bool = False) -> tuple[str, ...]:
    """The options a follow-up question should name when ``question`` has several valid readings; () otherwise.
    ``siblings``: the other passages of the quoted table's document and section (a long table is split between
    passages: the row of the other model may be in one the search did not rank high). ``all_quoted``: readings
    quoted together are still to be chosen from (the price of one more of a thing: which one is to be added).
    ``money_in_headers``: a price list's amounts may take their currency from the table's header ("| TP-K | … | 2950
    |" under "List price (EUR)"), as `support.check_answer` reads them for a thing the quote does not list."""
    if answer is None or not answer.citations:
        return ()
    table_row = any(line.lstrip().startswith("|") for line in answer.quoted.splitlines())
    if asked_kinds:
        pattern = reading_pattern(asked_kinds[0])
    elif table_row and language == "en" and not asks_yes_or_no(question):
        # "What's the read range on the readers?": the rows' figures are the values (a question asking a value, in
        # English: whether it names an option is read by its words)
        pattern = _ROW_FIGURE
    else:
        return ()
    priced_by_header = money_in_headers and asked_kinds[:1] == ("money",)
    subject = subject_terms(question)
    chosen = answer.citations[0].candidate.passage
    chosen_vocabulary = _vocabulary(answer.text, chosen.heading_path)
    if not any(term_matches(t, chosen_vocabulary) for t in subject):
        return ()  # the answer was chosen by meaning, not by a named subject: nothing to compare on
    # A competing reading matches the question as well as the chosen answer does: every question term it has.
    anchors = [t for t in content_terms(question) if term_matches(t, chosen_vocabulary)]
    units: list[tuple[str, str, frozenset[str], tuple[str, ...]]] = []  # text, label source, vocabulary, values
    shapes: dict[str, tuple[frozenset[str], str | None]] = {}  # unit -> its words without figures, its table
    own: dict[str, frozenset[str]] = {}  # unit -> its words and headings (a row's header row is every row's)
    considered = list(pool[:max_passages])
    seen = {c.passage.id for c in considered}
    considered += [c for c in siblings or () if c.passage.id not in seen]
    # the quote's line items are left out: they are told apart by their names (quote_item_options)
    for candidate, unit, header in knowledge_units(considered):
        header_text = header or ""
        values = tuple(sorted(values_of(unit, pattern)))
        if not values and priced_by_header and header is not None:
            values = tuple(sorted(values_of(read_with_header_units(header + "\n" + unit), pattern)))
        asked_cells = _asked_cells(unit, header, subject)
        if values and asked_cells is not None:  # a row's value is in the column the question names
            # unless a value of the kind asked is not: a question word naming another column ("how much is a
            # replacement pump?" over a "Recommended replacement interval" column) leaves the row's prices
            values = tuple(sorted(values_of(" | ".join(asked_cells), pattern)
                                  or (set(values) if asked_kinds else set(asked_cells))))
        vocabulary = _vocabulary(unit + " " + header_text, candidate.passage.heading_path)
        if values and all(term_matches(t, vocabulary) for t in anchors):
            units.append((unit, (candidate.passage.heading_path or ("",))[-1], vocabulary, values))
            own[unit] = _vocabulary(unit, candidate.passage.heading_path)  # without the header row
            # Rows of one table: the same document and section and as many cells (a long table is split
            # between passages, its header row in the first one only).
            passage = candidate.passage
            table = f"{passage.doc_kind}:{passage.doc_id}:{passage.heading_path}:{unit.count('|')}" \
                if unit.lstrip().startswith("|") else None
            shapes[unit] = (_shape(unit + " " + header_text), table)
    # A unit repeating the chosen answer's value (a note restating it among other figures) is no other reading; a
    # row of the chosen row's table is one unless every value it holds is the chosen one's (rows share some:
    # "08:30 to 13:30", "08:30 to 17:00").
    chosen_values = values_of(answer.text, pattern)
    if not chosen_values and priced_by_header:
        chosen_values = values_of(read_with_header_units(answer.quoted), pattern)
    quoted_text = answer.text + "\n" + answer.citations[0].text  # the cited span: a whole row quoted in part
    chosen_tables = {shapes[u[0]][1] for u in units if u[0].strip() in quoted_text} - {None}
    units = [u for u in units if u[0].strip() in quoted_text
             or not (set(u[3]) <= chosen_values if shapes[u[0]][1] in chosen_tables else chosen_values & set(u[3]))]
    # Readings are units that say the same thing of different things: rows of one table, or sentences worded alike
    # ("the X comes with a 2-year warranty" / "the Y comes with a 3-year warranty"), not another figure about another
    # aspect ("payable within 30 days" / "14 days overdue"). The largest such group with different values counts.
    attributes = _row_attributes([u[0] for u in units], shapes)
    best: list[tuple[str, str, frozenset[str], tuple[str, ...]]] = []
    # When the quoted unit is a table row holding a value of the asked kind, the readings are the rows competing
    # with it (two price rows of another table are no other reading of a capacity row); a quoted sentence may be a
    # general statement beside the readings ("replacement within 2 days" beside a warranty table per device).
    quoted = [u for u in units if u[0].strip() in quoted_text and u[0].lstrip().startswith("|")]
    for unit in quoted or units:
        group = [other for other in units if other is unit or _parallel(shapes[unit[0]], shapes[other[0]],
                                                                         attributes.get(unit[0]),
                                                                         attributes.get(other[0]))]
        for term in subject:  # a term some of them have and others not: the question chose
            having = [u for u in group if term_matches(term, own[u[0]])]
            if having and len(having) < len(group):
                group = having
        if len({values for *_, values in group}) >= 2 and len(group) > len(best):
            best = group
    if not best or not all_quoted and all(u[0].strip() in quoted_text for u in best):  # all quoted: none to ask
        return ()
    units = best
    options = _labels(units)
    asked = set(content_terms(question))
    for option in options:  # the question names one of the options: it chose
        named = content_terms(option)
        if named and all(term_matches(t, asked) for t in named):
            return ()
    return options


def _asked_cells(row: str, header: str | None, subject: list[str]) -> list[str] | None:
    """The cells of a table row under the columns whose label names a term of the question ("unloaded freeboard"
    under "| Model | Length (m) | Freeboard unloaded (mm) |"), the first (the row's name) aside; None when the row has
    no header or the question names no column. Two rows read alike when these cells agree, whatever other figures
    they hold (two pontoon modules of one freeboard and different lengths are no two readings of the freeboard)."""
    if not header or not row.lstrip().startswith("|"):
        return None
    labels, cells = table_cells(header.strip().splitlines()[0]), table_cells(row)
    if len(labels) != len(cells) or len(labels) < 3:
        return None
    asked = [cell for label, cell in zip(labels[1:], cells[1:], strict=True)
             if any(term_matches(t, frozenset(content_terms(label))) for t in subject)]
    return [" ".join(cell.lower().split()) for cell in asked] or None


def _shape(text: str) -> frozenset[str]:
    """A unit's words without its figures, to compare how two units are worded."""
    return frozenset(stem(w) for w in words(text) if not any(c.isdigit() for c in w))


def _row_attributes(texts: list[str], shapes: dict[str, tuple[frozenset[str], str | None]]) -> dict[str, str]:
    """For the rows of a long table (one row per thing and attribute: "| R20 reader | Read range | 7 cm |", "| R20
    reader | Keypad | 12 keys |"; a first cell repeats), each row's attribute: its second cell, lower-cased."""
    firsts: dict[str, list[str]] = {}
    for text in texts:
        table = shapes[text][1]
        if table is not None:
            firsts.setdefault(table, []).append(table_cells(text)[0].lower())
    long_tables = {table for table, names in firsts.items() if len(names) != len(set(names))}
    return {text: " ".join(table_cells(text)[1].lower().split()) for text in texts
            if shapes[text][1] in long_tables and len(table_cells(text)) > 2}


def _parallel(a: tuple[frozenset[str], str | None], b: tuple[frozenset[str], str | None],
              a_attribute: str | None = None, b_attribute: str | None = None) -> bool:
    """Rows of one table (of a long table, rows giving the same attribute: "Read range" of R10 and of R20, not the
    R20's keypad), or units worded alike (word overlap at least PARALLEL_MIN, figures left out)."""
    if a[1] is not None and a[1] == b[1]:
        return a_attribute == b_attribute
    union = a[0] | b[0]
    return bool(union) and len(a[0] & b[0]) / len(union) >= PARALLEL_MIN


def _vocabulary(text: str, heading_path: tuple[str, ...] | list[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text + " " + " ".join(heading_path)))


def _labels(units: list[tuple[str, str, frozenset[str], tuple[str, ...]]]) -> tuple[str, ...]:
    headings = [heading.strip("# ").strip() for _, heading, _, _ in units]
    distinct_headings = len({h.lower() for h in headings}) == len(headings) and all(headings)
    labels: list[str] = []
    for index, (unit, _, vocabulary, values) in enumerate(units):
        if unit.lstrip().startswith("|"):
            label = row_label(unit)
        elif distinct_headings:
            label = headings[index]
        else:
            others = set().union(*(u[2] for j, u in enumerate(units) if j != index))
            value_text = " ".join(values)
            distinctive = [w for w in _WORD.findall(unit)
                           if stem(w.lower()) not in others and w.lower() not in value_text and len(w) > 2]
            label = " ".join(distinctive[:3]) or unit[:60]
        label = label.strip(" .:;,")
        if label and label.lower() not in {existing.lower() for existing in labels} and len(label) <= LABEL_MAX:
            labels.append(label)
        if len(labels) == MAX_OPTIONS:
            break
    return tuple(labels) if len(labels) >= 2 else ()


_PLURAL = re.compile(r"(?:[^s]s|ies|es)$", re.I)
_ITEM_KINDS = ("money", "percent")
# A figure of each one, never of them together: "the unit price of the tags" with two kinds of tag is ambiguous.
_PER_UNIT = re.compile(
    r"\b(?:unit (?:price|cost)s?|per (?:unit|piece|item)|each|apiece|discount (?:rate|percentage))\b", re.I)


_PERIOD_TERMS = frozenset(stem(w) for w in PERIOD_WORDS)


def quote_item_options(question: str, quote_passages: list[Passage], *, asked_kinds: tuple[str, ...],
                       language: str = "en") -> tuple[str, ...]:
    """The line items a follow-up question should name when ``question`` asks for an amount or a share ("how much",
    "what is the price") of something several of this quote's line items are ("how much is the module per month?"
    with three modules at different prices); () when the question's words pick one item, the items agree on the
    figure, or it asks about them together (an English plural: "the modules", unless it asks a figure of each one:
    "the unit price of the modules")."""
    # the kind the question asks first: "how fast do price changes reach the shelf?" asks a duration, of no item
    kind = asked_kinds[0] if asked_kinds and asked_kinds[0] in _ITEM_KINDS else None
    subject = subject_terms(question)
    if kind is None or not subject or not _ASKS_FOR_FIGURE.search(question):
        return ()
    items = [p for p in quote_passages if len(p.heading_path) >= 3 and p.heading_path[1] == LINE_ITEMS_HEADING]
    # a model number names an item too ("the VoltDepot 360" is not the VoltDepot 150)
    naming = [*subject, *(t for t in content_terms(question) if t.isdigit())]
    matched: list[tuple[tuple[int, int], Passage]] = []
    for passage in items:
        name = {stem(w) for w in words(passage.heading_path[-1])}
        # a period ("each year", "per month") says how a figure is counted: it tells apart items named otherwise
        # ("the annual licence" beside a monthly one), it names none ("year 1" in two lines' names) on its own
        things = sum(term_matches(t, name) for t in naming if t not in _PERIOD_TERMS)
        matched.append(((things, sum(term_matches(t, name) for t in naming if t in _PERIOD_TERMS)), passage))
    best = max((n for n, _ in matched), default=(0, 0))
    chosen = [p for n, p in matched if n == best and best[0] > 0]
    if len(chosen) < 2:
        return ()
    if language == "en" and not _PER_UNIT.search(question):
        names = " ".join(p.heading_path[-1] for p in chosen)
        for word in words(question):
            if term_matches(stem(word), {stem(w) for w in words(names)}) and _PLURAL.search(word) \
                    and not any(w.lower() == word.lower() for w in words(names)):
                return ()  # "the modules": all of them
    pattern = ANSWER_TYPES[kind][1]
    if len({tuple(sorted(values_of(p.text, pattern))) for p in chosen}) < 2:
        return ()
    return tuple(p.heading_path[-1] for p in chosen[:MAX_OPTIONS])


SHORT_QUESTION_MAX = 9  # words: "What's the battery life?", "Quelle est la capacité du séchoir ?"
_OWN_NAME_END = re.compile(r",|\(| - | per ", re.I)  # "Gold service plan, year 1 (per machine)": the machine is not it
_MODEL_TOKEN = re.compile(r"\d")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?¿¡:;]\s*)$")


def own_name(item: str) -> str:
    """An item's own name: the words before its details ("Tumble dryer TD-70 G (700 l, gas)": "Tumble dryer TD-70 G";
    "Full service plan per machine": "Full service plan")."""
    return _OWN_NAME_END.split(item, maxsplit=1)[0]


def names_something(question: str, language: str) -> bool:
    """The question names a model or a brand: a word with a digit ("TD-70", "K20") or a capitalised word that does
    not open a sentence ("the Rotora", "KelvaneLink"; German capitalises every noun, so only digits count there)."""
    for match in _WORD.finditer(question):
        word = match.group()
        if _MODEL_TOKEN.search(word):
            return True
        if language != "de" and word[0].isupper() and not _OPENS_SENTENCE.search(question[:match.start()]) \
                and word.lower() not in {"i", "i'm", "i'd", "i've", "i'll"}:
            return True
    return False


def quote_kind_options(question: str, wording: str, quote_passages: list[Passage], *,
                       language: str = "en") -> tuple[str, ...]:
    """The line items a follow-up question should name when a short question asks about a kind of thing the quote
    holds several different ones of, without naming one ("What electrical supply does the oven need?" with a deck
    oven and a rack oven on the quote; "Quelle est la capacité du séchoir ?" with two dryers): the buyer did not say
    which, and two products of one kind differ in what a buyer asks about them. () when the question is longer than
    SHORT_QUESTION_MAX words in its asking sentences (a long ask states circumstances that often say which), names
    a model or a brand, asks about them together (a plural: "the new lifts", "the sensor batteries", "los hornos"),
    or its words match one item's own name best.
    ``wording``: the question in the quote's language (its English bridge for another language), whose subject
    terms are matched against the items' own names."""
    # a story before the ask counts when it names an item (matched below), not by its length ("How big is the
    # machine exactly? Need to check it fits in the corridor."): the asking sentences are the question asked
    spans = question_spans(question)
    asking = " ".join(question[s.start:s.end] for s in asking_sentences(question, spans)) if len(spans) > 1 \
        else question
    if len(_WORD.findall(asking)) > SHORT_QUESTION_MAX or names_something(question, language):
        return ()
    subject = subject_terms(wording)
    items = [p for p in quote_passages if len(p.heading_path) >= 3 and p.heading_path[1] == LINE_ITEMS_HEADING]
    if not subject or len(items) < 2:
        return ()
    own = [{stem(w) for w in words(own_name(p.heading_path[-1]))} for p in items]
    counts = [sum(term_matches(t, name) for t in subject) for name in own]
    best = max(counts)
    chosen = [p for p, n in zip(items, counts, strict=True) if n == best and best > 0]
    if len(chosen) < 2:
        return ()
    names = [w.lower() for p in chosen for w in words(own_name(p.heading_path[-1]))]
    stems = {stem(w) for w in names}
    if language == "en":
        tokens = words(question)
        for index, word in enumerate(tokens):
            # the noun, and the noun it qualifies if any: "the sensors", "the sensor batteries" are all of them
            if term_matches(stem(word), stems) and any(
                    _PLURAL.search(w) and w not in names and stem(w) != w for w in tokens[index:index + 2]):
                return ()
    elif any(term_matches(stem(w), stems) for w in plural_words(question, language)):
        return ()  # "la sala de compresores": all of them
    # named by their own names when those tell them apart ("Stratos 4-deck electric deck oven"), else in full
    # ("Universal loop sling, size M (red)" and "…, size L (green)")
    own_names = [own_name(p.heading_path[-1]).strip() for p in chosen[:MAX_OPTIONS]]
    if len({n.lower() for n in own_names}) == len(own_names) and all(own_names):
        return tuple(own_names)
    return tuple(p.heading_path[-1] for p in chosen[:MAX_OPTIONS])


def _header_row(text: str, line: str | None = None) -> str | None:
    """A table's header row in a passage: ``line`` (or the passage's first table row) when the Markdown separator
    row follows it, as under every table's first row; None for a passage that starts mid-table."""
    lines = text.splitlines()
    for index, candidate in enumerate(lines[:-1]):
        if not candidate.lstrip().startswith("|") or TABLE_SEPARATOR.match(candidate):
            continue
        if line is None or candidate.strip() == line.strip():
            return candidate if TABLE_SEPARATOR.match(lines[index + 1]) else None
    return None


def _quoted_rows(answer: ComposedReply) -> list[str]:
    return [line for line in answer.quoted.splitlines() if line.lstrip().startswith("|")]


def starts_mid_table(answer: ComposedReply | None) -> bool:
    """The answer is a table row of a passage that starts mid-table (a long table split between rows): it is quoted
    without a header row; the table's header is in an earlier passage of the same document."""
    if answer is None or not answer.citations:
        return False
    rows = _quoted_rows(answer)
    text = answer.citations[0].candidate.passage.text
    first = next((line for line in text.splitlines() if line.strip()), "")
    return len(rows) == 1 and first.lstrip().startswith("|") and _header_row(text) is None


def table_header(answer: ComposedReply, pool: list[ScoredPassage] | list[Passage]) -> str | None:
    """The header row of the table whose row ``answer`` quotes from a passage that starts mid-table: the last header
    row of an earlier passage of the same document and section in ``pool`` with as many cells; None if none is."""
    passage = answer.citations[0].candidate.passage
    row = table_cells(_quoted_rows(answer)[-1]) if _quoted_rows(answer) else []
    for candidate in pool:
        other = candidate.passage if isinstance(candidate, ScoredPassage) else candidate
        if (other.doc_kind, other.doc_id) == (passage.doc_kind, passage.doc_id) \
                and other.heading_path == passage.heading_path and other.start < passage.start:
            # its last header row as wide as the row (a sheet's title may stand alone in a table above it)
            lines = other.text.splitlines()
            headers = [line for line, below in zip(lines, lines[1:]) if line.lstrip().startswith("|")
                       and not TABLE_SEPARATOR.match(line) and TABLE_SEPARATOR.match(below)
                       and len(table_cells(line)) == len(row)]
            if headers:
                return headers[-1]
    return None


def column_options(question: str, answer: ComposedReply | None,
                   pool: list[ScoredPassage] | list[Passage]) -> tuple[str, ...]:
    """The columns a follow-up question should name when the answer is a row of a comparison table that gives one
    value per column ("| Standard warranty | 36 months | 24 months |" under "| Parameter | Model A | Model B |")
    and the question names none of those columns; () otherwise.

    Columns are alternatives when their cells are written alike with different figures (figures aside, the same
    words: "36 months" / "24 months", "IP54" / "IP55"); cells of other shapes in one row (an article number, a
    description, a price) are not readings of one thing. The options are the header cells of those columns: the
    quoted header row, or, when the passage starts mid-table (a long table is split between rows), the first row of
    an earlier passage of the same document and section in ``pool`` (the answer pool, or the document's passages).
    """
    if answer is None or not answer.citations:
        return ()
    lines = _quoted_rows(answer)
    headless = starts_mid_table(answer)
    if len(lines) < 2 and not headless:
        return ()  # not a table row quoted under its header
    if len([line for line in lines if not TABLE_SEPARATOR.match(line)]) > 2:
        return ()  # several rows quoted under their header (a table of stages): no one row's readings
    header, row = ([] if headless else table_cells(lines[0])), table_cells(lines[-1])
    if not headless and len(header) != len(row) or len(row) < 3:
        return ()
    if headless and (first := table_header(answer, pool)) is not None:  # the passage starts mid-table
        header = table_cells(first)
    columns = alternative_columns(row, header, any_figures=True)
    if not columns:
        return ()
    labels = [header[i] for i in columns] if len(header) == len(row) else []
    if not labels or len(set(labels)) < len(labels):
        return ()
    asked = {w.lower() for w in words(question)}
    # the question names a column by a word the other columns do not have: one of the alternatives, or another
    # value column ("Pit depth for the Cargo 2000?" beside car and shaft sizes written alike)
    named = labels + [label for i, label in enumerate(header) if i > 0 and i not in columns]
    # or by every word of its label, as no other label is ("on the TD-70 G" beside TD-70 E and TD-35 G)
    if len([label for label in named if {w.lower() for w in words(label)} <= asked]) == 1:
        return ()
    for label in named:
        others = {w.lower() for other in named if other != label for w in words(other)}
        if any(w.lower() in asked and w.lower() not in others and w.lower() not in STOPWORDS for w in words(label)):
            return ()
    return tuple(label for label in labels if label)[:MAX_OPTIONS] if all(labels) else ()


_DIGITS = re.compile(r"\d+")


def names_one_option(questions: tuple[str, ...], options: tuple[str, ...]) -> bool:
    """A figure of the question (as asked, or its English wording) is in exactly one of the options and in no other:
    "the 80mm poured-in-place surfacing" over "… (SRF-PIR-50)", "… (SRF-PIR-80)", "… (SRF-PIR-100)". The question
    chose; there is nothing to ask. Only figures: a word of one option's label is often the kind of thing all of
    them are ("the room" beside "Quay Room" and "Lighthouse Hall"; measured, it lost more than it found)."""
    if len(options) < 2:
        return False
    asked = {f for question in questions for f in _DIGITS.findall(question)}
    marks = [set(_DIGITS.findall(option)) for option in options]
    chosen = [index for index, figures_ in enumerate(marks)
              if asked & (figures_ - set().union(*(m for j, m in enumerate(marks) if j != index)))]
    return len(chosen) == 1
