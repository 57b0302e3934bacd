"""The quoted answer states the asked value for several of the quote's items: "How long's the warranty?" answered by
"T15 Pro terminal and KDS22 display: 36 months. HH6 handheld and P400 terminal: 24 months." The question names no
item, and the sentence chosen gives each a different value: the buyer did not say which one, and quoting the list
answers a question they did not ask ("I need one number"). The agent asks which one, naming the items.

`quote_models.py` reads the question for the kind of thing asked about ("the compressor" with two compressors
quoted); this reads the answer the search chose, for questions that name an attribute only ("the warranty", "the
installation time"). A pure function over the question, its English wording, the quote's line items and the quoted
text; no scenario or company words:
- an item is named in the quoted text by its model codes (words with letters and digits) or SKU, or by a brand word
  of its own name (a capitalised word rare in English: "Stratos", "Rotora"); a word in several items' names names
  the one whose name it opens soonest ("M280" in "Stratalith M280 …" and in "Care Plus contract – M280"), none when
  two tie ("Stratalith" opening both printers);
- the quoted text is read unit by unit (list items, lines, sentences; a lead-in stating no value is none), and a
  unit part by part (";", "and" or a comma: "3 working days for the M280 and 2 working days for the P500"); a part
  holding no value is read with the next ("T15 Pro terminal and KDS22 display: 36 months" is one reading of both);
- a word of the question some units have and others not chooses those ("the guarantee on the load cells": the load
  cells' lines, which name no quoted item: nothing to ask);
- two or more items with values of the asked kind (a duration or a measure), not all the same: ambiguous, unless
  the question names one of them or its subject names some items' kind of thing ("the oven": the ovens among them
  are the options; one left: none). A question about each of them is answered (`text.asks_of_each`, read by the
  caller for every kind of option).
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from appliance.answering.ambiguity import _PLURAL, own_name
from appliance.answering.answer_types import MEASURE_KINDS, reading_pattern
from appliance.answering.support import subject_terms
from appliance.answering.text import stem, term_matches, words

MAX_OPTIONS = 3
_KINDS = ("duration", *sorted(MEASURE_KINDS))  # values that say what they measure by their unit ("36 months")
BRAND_ZIPF_MAX = 2.5  # a capitalised word rarer than this in English is a name ("Stratos", "Rotora"), not "Pro"
_TOKEN = re.compile(r"[^\W_][\w'’/-]*", re.UNICODE)
# The quoted text's units (list items, lines, sentences), and within one the parts that may each state a value: ";",
# or "and" / a comma ("3 working days for the M280 and 2 working days for the P500").
_UNIT_END = re.compile(r"\n|(?<=[.!?])\s+")
_CLAUSE_END = re.compile(r";|\s+and\s+|,\s+")


def _naming_words(line_items: list[tuple[str, str | None]]) -> dict[str, int]:
    """Lower-cased word -> the index of the item it names: codes, SKUs and brand words of each item's own name."""
    found: dict[str, list[tuple[int, int]]] = {}  # word -> (position in the own name, item index)
    for index, (name, sku) in enumerate(line_items):
        tokens = _TOKEN.findall(own_name(name))
        for position, token in enumerate(tokens):
            coded = any(c.isdigit() for c in token) and token[0].isalpha()
            brand = token[0].isupper() and len(token) > 3 and zipf_frequency(token.lower(), "en") < BRAND_ZIPF_MAX
            if coded or brand:
                found.setdefault(token.lower(), []).append((position, index))
        if sku:
            found.setdefault(sku.lower(), []).append((-1, index))
    naming = {}
    for word, places in found.items():
        places.sort()
        if len({i for _, i in places}) == 1 or places[0][0] < places[1][0]:
            naming[word] = places[0][1]
    return naming


def _readings(quoted: str, pattern: re.Pattern[str]) -> list[list[str]]:
    """The quoted text's units that state a value (a lead-in such as "… covers defects as follows:" states none), each
    as its parts holding a value (a part without one is read with the next: "T15 terminal and KDS22 display: 36
    months" is one reading of both)."""
    units = []
    for unit in _UNIT_END.split(quoted):
        clauses, pending = [], ""
        for part in _CLAUSE_END.split(unit):
            pending = f"{pending} {part}".strip()
            if pattern.search(pending):
                clauses.append(pending)
                pending = ""
        if clauses:
            units.append(clauses)
    return units


def quoted_item_options(question: str, wording: str, line_items: list[tuple[str, str | None]], quoted: str, *,
                        asked_kinds: tuple[str, ...], english: bool) -> tuple[str, ...]:
    """The quote's items a follow-up question should name when the ``quoted`` answer states the asked value
    differently for several of them and ``question`` names none; () otherwise. ``wording``: the question in English
    (its bridge for another language), whose subject is matched with the items' names; ``english``: the question
    was asked in English (its plural is read then)."""
    kinds = [k for k in asked_kinds if k in _KINDS]
    if not kinds or len(line_items) < 2:
        return ()
    naming = _naming_words(line_items)
    asked = {t.lower() for t in _TOKEN.findall(f"{question} {wording}")}
    if not naming or asked & set(naming):
        return ()  # the question names an item
    pattern = reading_pattern(kinds[0])
    units = _readings(quoted, pattern)
    subject = subject_terms(wording)
    for term in subject:  # a word of the question some units have and others not: the question chose those
        having = [u for u in units if term_matches(term, {stem(w) for w in words(" ".join(u))})]
        if having and len(having) < len(units):
            units = having
    stated: dict[int, set[str]] = {}
    for clause in (clause for unit in units for clause in unit):
        values = {" ".join(m.group(0).lower().split()) for m in pattern.finditer(clause)}
        for index in {naming[t.lower()] for t in _TOKEN.findall(clause) if t.lower() in naming}:
            stated.setdefault(index, set()).update(values)
    chosen = sorted(stated)
    names = {i: {stem(w) for w in words(own_name(line_items[i][0]))} for i in chosen}
    counts = {i: sum(term_matches(t, names[i]) for t in subject) for i in chosen}
    best = max(counts.values(), default=0)
    if best > 0:  # "the oven": the ovens among them
        chosen = [i for i in chosen if counts[i] == best]
        stems = set().union(*(names[i] for i in chosen))
        if english and any(term_matches(stem(w), stems) and _PLURAL.search(w) and stem(w) != w.lower()
                           for w in words(question)):
            return ()  # "the ovens": all of them
    if len(chosen) < 2 or len({frozenset(stated[i]) for i in chosen}) < 2:
        return ()
    return tuple(own_name(line_items[i][0]).strip() for i in chosen[:MAX_OPTIONS])
