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

from appliance.answering.compose import (
    ANSWER_TYPES,
    MEASURE_KINDS,
    MEASURE_QUERY_WORDS,
    cells_with_units,
    knowledge_units,
)
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


def _head_noun(name: str) -> str | None:
    """The stem of the last word without digits in the head of an item's name ("compressor")."""
    head = [w for w in words(_HEAD_END.split(name)[0]) if not any(c.isdigit() for c in w)]
    return stem(head[-1]) if head else None


def _codes(name: str, sku: str | None) -> set[str]:
    """An item's model codes: words of its name with letters and digits ("of-45", "dc2"), and its SKU."""
    found = {w for w in words(name) if any(c.isdigit() for c in w) and any(c.isalpha() for c in w)}
    return found | ({sku.lower()} if sku else set())


def _names(text: str, code: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(code) + r"(?![\w-])", text, re.I) is not None


def quote_model_options(question: str, line_items: list[tuple[str, str | None]],
                        passages: list[ScoredPassage], *, asked_kinds: tuple[str, ...],
                        english: bool) -> tuple[str, ...]:
    """The quote's items a follow-up question should name when ``question`` (in English) asks a value of a kind
    (a duration, a weight, a loudness, …) of a thing the quote holds several models of, and the ``passages`` give
    those models different values; () otherwise. ``line_items``: (name, SKU) of each of the quote's line items;
    ``english``: the question was written in English (its plural is read then)."""
    kinds = [k for k in asked_kinds if k in _KINDS]
    group = asked_models(question, line_items, english=english) if kinds else []
    if not group:
        return ()
    subject = subject_terms(question)
    values: dict[str, set[str]] = {}
    for _, unit, header_row in knowledge_units(passages):  # the quote states prices, not the values asked for
        named = [name for name, codes in group if any(_names(unit, code) for code in codes)]
        if len(named) == 1:
            values.setdefault(named[0], set()).update(_unit_values(unit, header_row, subject, kinds[0]))
    stated = {name: found for name, found in values.items() if found}
    if len(stated) < 2 or len({frozenset(v) for v in stated.values()}) < 2:
        return ()
    return tuple(name for name, _ in group if name in stated)[:MAX_OPTIONS]


def asked_models(question: str, line_items: list[tuple[str, str | None]], *,
                 english: bool) -> list[tuple[str, set[str]]]:
    """The quote's models of the thing ``question`` asks about, (name, codes) each: two or more items whose name's
    head ends in a noun the question asks about, none of which the question names; [] otherwise (and for an English
    plural: "the compressors" are all of them)."""
    subject = subject_terms(question)
    models: dict[str, list[tuple[str, set[str]]]] = {}
    for name, sku in line_items:
        noun, codes = _head_noun(name), _codes(name, sku)
        if noun and codes and any(term_matches(t, {noun}) for t in subject):
            models.setdefault(noun, []).append((name, codes))
    group = max(models.values(), key=len, default=[])
    if len(group) < 2:
        return []
    asked = {w.lower() for w in words(question)}
    if any(code in asked for _, codes in group for code in codes):
        return []  # the question names a model
    own = [set(content_terms(name)) for name, _ in group]
    for index, terms in enumerate(own):
        others = set().union(*(other for position, other in enumerate(own) if position != index))
        if any(term_matches(t, terms - others) for t in subject):
            return []  # the question names a word of one model's name only ("the on-site operator training")
    if english:  # "the compressors", "the sensor batteries": all of them
        noun = _head_noun(group[0][0]) or ""
        tokens = re.findall(r"[\w'’-]+|[^\w\s]", question.lower())
        for index, token in enumerate(tokens):
            if term_matches(stem(token), {noun}):
                phrase = [token] + tokens[index + 1:index + 2]  # the noun, and the noun it qualifies if any
                if any(_PLURAL.search(w) and stem(w) != w for w in phrase if w.isalpha()):
                    return []
    return group


def model_search_words(question: str, line_items: list[tuple[str, str | None]], *, asked_kinds: tuple[str, ...],
                       english: bool) -> str:
    """The codes of the quote's models of the asked thing, for the search: each model's row or sentence is then
    among the passages read ("" when the question asks no measure or names no such thing)."""
    if not any(k in _KINDS for k in asked_kinds):
        return ""
    group = asked_models(question, line_items, english=english)
    return " ".join(sorted({code for _, codes in group for code in codes}))


def _unit_values(unit: str, header_row: str | None, subject: list[str], kind: str) -> set[str]:
    """The values of ``kind`` a unit states: a sentence's, or in a table row under its header, those of the cells
    whose column the question names (a subject term, or the measure's usual name: "weight", "noise level"), each
    read with its header's unit ("Weight (kg)": kg); the whole row's when no column is named."""
    pattern = ANSWER_TYPES[kind][1]
    texts = [unit]
    if header_row is not None:
        names = {stem(w) for w in words(MEASURE_QUERY_WORDS.get(kind, "")) if not w.isupper()}
        columns = [read for label, read in cells_with_units(header_row, unit)
                   if any(term_matches(t, {stem(w) for w in words(label)}) for t in [*subject, *names])]
        if columns:
            texts = [text for read in columns for text in read]
    return {" ".join(m.group(0).lower().split()) for text in texts for m in pattern.finditer(text)}


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
