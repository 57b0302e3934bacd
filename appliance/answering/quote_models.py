"""Several models of one thing on the quote: "How long is the warranty on the compressor?" when the quote lists an
OF-45 and a VS-37 compressor and the seller's table gives each its own warranty. The question names the kind of
thing (its head noun: "compressor", "freezer", "charger"), not which one; the knowledge states the asked value per
model. The agent should ask which one, naming the quote's items, instead of quoting one model's row.

A pure function over the question (in English: as asked, or the bridge of a question in another language), the
quote's line items and the passages the search found (with the quoted table's other passages):
- the line items whose name's head (the words before a comma, a bracket or a preposition) ends in a noun the
  question asks about are the models; two or more, each with a model code in its name (letters and digits:
  "OF-45", "ULT-700", "DC2") or its SKU;
- the question names none of their codes nor a word of one model's name only ("the on-site operator training"
  beside a technician training), and (in English) asks about the thing in the singular;
- the units (table rows, sentences) naming exactly one model's code hold the values of the asked kind for it (in
  a table row under its header, the cells of the columns the question names, read with the unit their header
  gives: "| OF-45 | … | 68 |" under "| Model | … | Noise level dB(A) |" is 68 dB(A)); two models with values, and
  different ones: ambiguous, the options are the items' names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from appliance.answering.answer_types import MEASURE_KINDS, MEASURE_QUERY_WORDS, reading_pattern
from appliance.answering.compose import BRACKETED_UNIT, cells_with_units, knowledge_units, table_cells
from appliance.answering.quote_passages import LINE_ITEMS_HEADING
from appliance.answering.support import subject_terms
from appliance.answering.text import content_terms, stem, term_matches, words
from appliance.retrieval.contracts import Passage, ScoredPassage

MAX_OPTIONS = 3
# Kinds whose values say what they measure by their unit ("68 dB(A)", "12 weeks", "2,100 kg"); a count or a date
# could be any number of a model's row. Amounts and shares are read from the quote itself (`quote_item_options`).
_KINDS = ("duration", *sorted(MEASURE_KINDS))
# Where an item name's head ends: "Oil-free screw compressor OF-45, 45 kW" -> "Oil-free screw compressor OF-45".
_HEAD_END = re.compile(r"[,(;:]|\s[-–]\s|\b(?:per|for|with|of|incl|including|and|at|on|in|from|to|by)\b", re.I)
_PLURAL = re.compile(r"(?:[^s]s|ies|es)$", re.I)


def head_word(name: str) -> str | None:
    """The last word without digits in the head of an item's name ("compressor"), lower-cased."""
    head = [w for w in words(_HEAD_END.split(name)[0]) if not any(c.isdigit() for c in w)]
    return head[-1].lower() if head else None


def _head_noun(name: str) -> str | None:
    """The stem of an item's head word."""
    word = head_word(name)
    return stem(word) if word else None


def _codes(name: str, sku: str | None) -> set[str]:
    """An item's model codes: words of its name with letters and digits ("of-45", "dc2"), and its SKU."""
    found = {w for w in words(name) if any(c.isdigit() for c in w) and any(c.isalpha() for c in w)}
    return found | ({sku.lower()} if sku else set())


def _names(text: str, code: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(code) + r"(?![\w-])", text, re.I) is not None


def quote_model_options(question: str, line_items: list[tuple[str, str | None]],
                        passages: list[ScoredPassage], *, asked_kinds: tuple[str, ...],
                        english: bool, meant: frozenset[tuple[str, str]] = frozenset()) -> tuple[str, ...]:
    """The quote's items a follow-up question should name when ``question`` (in English) asks a value of a kind
    (a duration, a weight, a loudness, …) of a thing the quote holds several models of, and the ``passages`` give
    those models different values; () otherwise. ``line_items``: (name, SKU) of each of the quote's line items;
    ``english``: the question was written in English (its plural is read then); ``meant``: see `asked_models`."""
    kinds = [k for k in asked_kinds if k in _KINDS]
    group = asked_models(question, line_items, english=english, meant=meant) if kinds else []
    if not group:
        return ()
    stated = _stated_values(question, group, passages, kinds[0])
    if len(stated) < 2 or len({frozenset(v) for v in stated.values()}) < 2:
        return ()
    return tuple(name for name, _ in group if name in stated)[:MAX_OPTIONS]


def _stated_values(question: str, group: list[tuple[str, set[str]]], passages: list[ScoredPassage],
                   kind: str) -> dict[str, set[str]]:
    """The values of ``kind`` the passages state for each model of ``group`` (models with none left out)."""
    subject = subject_terms(question)
    values: dict[str, set[str]] = {}
    for _, unit, header_row in knowledge_units(passages):  # the quote states prices, not the values asked for
        named = [name for name, codes in group if any(_names(unit, code) for code in codes)]
        if len(named) == 1:
            values.setdefault(named[0], set()).update(_unit_values(unit, header_row, subject, kind))
        elif not named and header_row is not None:  # the models side by side, one column each
            for name, found in _side_by_side_values(unit, header_row, group, subject, kind).items():
                values.setdefault(name, set()).update(found)
    return {name: found for name, found in values.items() if found}


def asked_models(question: str, line_items: list[tuple[str, str | None]], *, english: bool,
                 meant: frozenset[tuple[str, str]] = frozenset()) -> list[tuple[str, set[str]]]:
    """The quote's models of the thing ``question`` asks about, (name, codes) each: two or more items whose name's
    head ends in a noun the question asks about, none of which the question names; [] otherwise (and for an English
    plural: "the compressors" are all of them). ``meant``: (word of the question, stem of an item's head noun) for
    each head the question names in other words ("screen" for items that are displays: `same_thing_heads`)."""
    group = _models_of_asked_thing(question, line_items, meant)
    return [] if english and group and _in_the_plural(question, group, meant) else group


def asks_all_models(question: str, line_items: list[tuple[str, str | None]], *,
                    meant: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """An English ``question`` asks about all the quote's models of a thing, in the plural ("How loud are the
    compressors?" with two compressors on the quote): every row of a table of them answers it."""
    group = _models_of_asked_thing(question, line_items, meant)
    return bool(group) and _in_the_plural(question, group, meant)


def _models_of_asked_thing(question: str, line_items: list[tuple[str, str | None]],
                           meant: frozenset[tuple[str, str]]) -> list[tuple[str, set[str]]]:
    """The two or more quote items whose head noun the question asks about, none of them named by the question."""
    subject = subject_terms(question)
    models: dict[str, list[tuple[str, set[str]]]] = {}
    for name, sku in line_items:
        noun, codes = _head_noun(name), _codes(name, sku)
        if noun and codes and (any(term_matches(t, {noun}) for t in subject) or noun in {h for _, h in meant}):
            models.setdefault(noun, []).append((name, codes))
    group = max(models.values(), key=len, default=[])
    if len(group) < 2:
        return []
    asked = {w.lower() for w in words(question)}
    if any(code in asked for _, codes in group for code in codes) or _named_by_series(asked, group):
        return []  # the question names a model
    own = [set(content_terms(name)) for name, _ in group]
    for index, terms in enumerate(own):
        others = set().union(*(other for position, other in enumerate(own) if position != index))
        if any(term_matches(t, terms - others) for t in subject):
            return []  # the question names a word of one model's name only ("the on-site operator training")
    return group


def _named_by_series(asked: set[str], group: list[tuple[str, set[str]]]) -> bool:
    """A word of the question is the letters of one model's code only ("the ANPR camera" of "ANPR-2" beside
    "B8X" and "P32"): the buyer names that model by its series. Letters two models' codes share ("ULT" of "ULT-700"
    and "ULT-500") name neither."""
    series: dict[str, set[str]] = {}
    for name, codes in group:
        for code in codes:
            head = code.split("-")[0]
            if head != code and head.isalpha() and len(head) >= 3:
                series.setdefault(head, set()).add(name)
    return any(len(names) == 1 and head in asked for head, names in series.items())


def _in_the_plural(question: str, group: list[tuple[str, set[str]]], meant: frozenset[tuple[str, str]]) -> bool:
    """An English question names the group's thing in the plural: "the compressors", "the sensor batteries", "the
    screens" (displays)."""
    noun = _head_noun(group[0][0]) or ""
    tokens = re.findall(r"[\w'’-]+|[^\w\s]", question.lower())
    for index, token in enumerate(tokens):
        if term_matches(stem(token), {noun}) or (token, noun) in meant:
            phrase = [token] + tokens[index + 1:index + 2]  # the noun, and the noun it qualifies if any
            if any(_PLURAL.search(w) and stem(w) != w for w in phrase if w.isalpha()):
                return True
    return False


def model_search_words(question: str, line_items: list[tuple[str, str | None]], *, asked_kinds: tuple[str, ...],
                       english: bool, meant: frozenset[tuple[str, str]] = frozenset()) -> str:
    """The codes of the quote's models of the asked thing, for the search: each model's row or sentence is then
    among the passages read ("" when the question asks no measure or names no such thing)."""
    if not any(k in _KINDS for k in asked_kinds):
        return ""
    group = asked_models(question, line_items, english=english, meant=meant)
    return " ".join(sorted({code for _, codes in group for code in codes}))


def _unit_values(unit: str, header_row: str | None, subject: list[str], kind: str) -> set[str]:
    """The values of ``kind`` a unit states: a sentence's, or in a table row under its header, those of the cells
    whose column the question names (a subject term, or the measure's usual name: "weight", "noise level"), each
    read with its header's unit ("Weight (kg)": kg); the whole row's when no column is named."""
    pattern = reading_pattern(kind)
    texts = [unit]
    if header_row is not None:
        names = {stem(w) for w in words(MEASURE_QUERY_WORDS.get(kind, "")) if not w.isupper()}
        columns = [read for label, read in cells_with_units(header_row, unit)
                   if any(term_matches(t, {stem(w) for w in words(label)}) for t in [*subject, *names])]
        if columns:
            texts = [text for read in columns for text in read]
    return {" ".join(m.group(0).lower().split()) for text in texts for m in pattern.finditer(text)}


def _side_by_side_values(row: str, header_row: str, group: list[tuple[str, set[str]]], subject: list[str],
                         kind: str) -> dict[str, set[str]]:
    """In a table of models side by side ("| Specification | QB Duo D2 | QB Quad Q4 |"), the values of ``kind`` a
    row names for each of the quote's models ("| Fan noise inside (dB(A)) | 29 | 30 |"): the row's label names the
    asked measure or a subject term, and a column is a model's when its header is that model's code or words of
    that model's name only. Each cell is read with the unit its label gives."""
    header, cells = table_cells(header_row.strip().splitlines()[0]), table_cells(row)
    if len(header) != len(cells) or len(cells) < 3:
        return {}
    label = cells[0]
    names = {stem(w) for w in words(MEASURE_QUERY_WORDS.get(kind, "")) if not w.isupper()}
    if not any(term_matches(t, {stem(w) for w in words(label)}) for t in [*subject, *names]):
        return {}
    pattern = reading_pattern(kind)
    units = " ".join(BRACKETED_UNIT.findall(label)) or label.split()[-1]
    found: dict[str, set[str]] = {}
    for column, cell in zip(header[1:], cells[1:], strict=True):
        owner = _column_model(column, group)
        if owner is not None:
            found[owner] = {" ".join(m.group(0).lower().split()) for m in pattern.finditer(f"{cell} {units}")}
    return found


def _column_model(column: str, group: list[tuple[str, set[str]]]) -> str | None:
    """The one model a column header names: by a code, or by words all of which are of that model's name only."""
    column_words = {w.lower() for w in words(column)}
    if not column_words:
        return None
    owners = [name for name, codes in group
              if codes & column_words or column_words <= {w.lower() for w in words(name)}]
    return owners[0] if len(owners) == 1 else None


def line_items_of(passages: list[Passage]) -> list[tuple[str, str | None]]:
    """(name, SKU) of each line item among a quote document's passages."""
    items = []
    for passage in passages:
        if len(passage.heading_path) >= 3 and passage.heading_path[1] == LINE_ITEMS_HEADING:
            sku = re.search(r"\(SKU ([^)]+)\)", passage.text)
            items.append((passage.heading_path[-1], sku.group(1) if sku else None))
    return items


def only_listed_option(options: tuple[str, ...], line_items: list[tuple[str, str | None]], quoted: str) -> bool:
    """Of the things a follow-up question would name, exactly one is on the quote (a line's name or SKU holds it)
    and the quoted answer is about it alone: "the mesh decks on the quote" with a galvanised deck listed and a
    heavy-duty one in the datasheet only. The buyer asks about what they are buying; there is nothing to ask."""
    if len(options) < 2:
        return False
    listed = [option for option in options if any(_names(f"{name} {sku or ''}", option) for name, sku in line_items)]
    return len(listed) == 1 and _names(quoted, listed[0]) and not any(
        _names(quoted, option) for option in options if option != listed[0])


# A word of the question names an item's kind of thing when its multilingual vector (USE) is close to the item's
# head phrase, the last two words of its name's head ("window display", "meeting pod", "phone booth"), or close to
# its head noun and not far from the phrase. Single words alone are too loose ("floor" and "pod" 0.72, as close as
# "screen" and "display" 0.73), and the phrase alone misses a translation the bridge left ("etiqueta" and "label"
# 0.84, "shelf label" 0.59). Measured: "screen" 0.73 / 0.69 ("window display"), "telefonkabine" 0.39 / 0.75 ("phone
# booth"), "etiqueta" 0.84 / 0.59, but "floor" 0.72 / 0.45 ("meeting pod"), "washer" / "tumble dryer" 0.54. A word
# of the phrase itself ("shelf" of "shelf label") names no other thing. Meaning is read only when no item's head noun
# is one of the question's words.
SAME_THING_MIN = 0.65
SAME_THING_PHRASE_FLOOR = 0.5


def head_phrase(name: str) -> str | None:
    """The last two words without digits of the head of an item's name ("indoor display"), lower-cased."""
    head = [w for w in words(_HEAD_END.split(name)[0]) if not any(c.isdigit() for c in w)]
    return " ".join(head[-2:]).lower() if head else None


def same_thing_heads(question: str, line_items: list[tuple[str, str | None]],
                     similarity: Callable[[str, str], float]) -> frozenset[tuple[str, str]]:
    """(word of ``question``, stem of an item's head noun) for each item kind a word of the question names in other
    words ("How bright is the screen?" with two displays on the quote: ("screen", "display")), by ``similarity`` of
    the word to the items' head phrases; empty when a head noun is one of the question's own words (the question
    names its thing) or no item has a model code."""
    phrases: dict[str, set[str]] = {}
    heads: dict[str, str] = {}  # head noun stem -> the word
    for name, sku in line_items:
        noun, word, phrase = _head_noun(name), head_word(name), head_phrase(name)
        if noun and word and phrase and _codes(name, sku):
            phrases.setdefault(noun, set()).add(phrase)
            heads[noun] = word
    subject = subject_terms(question)
    if not phrases or any(term_matches(t, set(phrases)) for t in subject):
        return frozenset()
    asked = [w.lower() for w in words(question) if stem(w.lower()) in subject and w.isalpha()]

    def names(word: str, noun: str) -> bool:
        if any(word in phrase.split() for phrase in phrases[noun]):
            return False  # "shelf" of "shelf label"
        closest = max(similarity(word, phrase) for phrase in phrases[noun])
        return closest >= SAME_THING_MIN or closest >= SAME_THING_PHRASE_FLOOR and similarity(
            word, heads[noun]) >= SAME_THING_MIN

    return frozenset((word, noun) for noun in phrases for word in asked if names(word, noun))
