"""Subtotals of the quote's similar line items: "the dock shelters, inflatable and curtain together", "the
washer-extractors, both models, after discount", "the security gates altogether".

Line items whose names share a word (two models of a washer-extractor, two kinds of training) form a group; the quote
document states each group's subtotal, computed by code, in a section of its own. These passages are not searched
(a question about one line must find that line, not a sum it is part of): a question asking for a sum over the
lines it names is answered from the group whose lines it names alike and more than any other line (`named_group`).

Pure functions of the line items and the question's words; no product or company words.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from appliance.answering.support import subject_terms
from appliance.answering.text import content_terms, term_matches
from appliance.domain.quotes import LineTotals, format_money
from appliance.retrieval.contracts import Passage
from appliance.retrieval.lexical import stem, words

GROUPS_HEADING = "Subtotals of similar items"
MAX_GROUPS = 12  # a quote with many lines sharing many words states the largest-shared ones first


@dataclass(frozen=True)
class ItemGroup:
    label: str  # the shared words, as the first line writes them ("Washer-extractor", "dock shelter")
    terms: frozenset[str]  # their stems
    lines: tuple[LineTotals, ...]


def _name_terms(name: str) -> set[str]:
    """The stemmed words of a line item's name that can name a kind of item: words of three letters or more with
    a letter, not grammar words (a size "3000", a unit "kW" or a code "WE-55" is not shared by similar items)."""
    return {term for term in content_terms(name) if len(term) >= 3 and term.replace("-", "").isalpha()}


def item_groups(lines: list[LineTotals]) -> list[ItemGroup]:
    """Groups of two or more (not all) line items whose names share a word, each set of lines once, labelled by
    every word its lines share; the groups sharing the most words first."""
    if len(lines) < 3:
        return []
    terms = [_name_terms(line.item.name) for line in lines]
    by_set: dict[tuple[int, ...], set[str]] = {}
    for term in set().union(*terms):
        members = tuple(i for i, found in enumerate(terms) if term in found)
        if 2 <= len(members) < len(lines):
            by_set.setdefault(members, set()).add(term)
    groups = []
    for members, shared in by_set.items():
        shared = set.intersection(*(terms[i] for i in members))  # every word the lines share, not just the key
        first = lines[members[0]].item.name
        label = " ".join(dict.fromkeys(word for word in _words_as_written(first) if stem(word.lower()) in shared))
        groups.append(ItemGroup(label, frozenset(shared), tuple(lines[i] for i in members)))
    groups.sort(key=lambda g: (-len(g.terms), len(g.lines), g.label))
    return groups[:MAX_GROUPS]


def _words_as_written(text: str) -> list[str]:
    found = []
    position = 0
    lowered = text.lower()
    for word in words(text):
        start = lowered.find(word, position)
        if start < 0:
            continue
        found.append(text[start:start + len(word)])
        position = start + len(word)
    return found


def group_text(group: ItemGroup, currency: str) -> str:
    """The group's subtotal passage: each line's total, their sum after and before the discounts."""
    total = sum((line.total for line in group.lines), Decimal(0))
    subtotal = sum((line.subtotal for line in group.lines), Decimal(0))
    discount = subtotal - total
    each = "; ".join(f"{line.item.name}: {format_money(line.total, currency)}" for line in group.lines)
    saving = (f"after discounts of {format_money(discount, currency)} (before discounts: "
              f"{format_money(subtotal, currency)})" if discount else "no discounts apply")
    return (f"Subtotal price of {len(group.lines)} similar line items ({each}) together: "
            f"{format_money(total, currency)}, {saving}.")


@dataclass(frozen=True)
class GroupPassage:
    group: ItemGroup
    passage: Passage


def named_group(question: str, groups: list[GroupPassage], line_names: list[str]) -> GroupPassage | None:
    """The group a sum question names: each of its lines named by as many of the question's words as the others,
    and by more than any line outside it ("the dock shelters, inflatable and curtain together": both shelters by
    three words, the levellers by one); the group named by the most words, then the smaller. None when no group is
    named that way ("the remote service subscription for the two lines": one line named by four words, the others
    only by "line"; "the Extend+ warranty for all six freezers": the warranty line is named more than the freezers).
    ``line_names``: the names of every line item of the quote."""
    asked = subject_terms(question)

    def score(name: str) -> int:
        terms = set(content_terms(name))
        return sum(1 for term in asked if term_matches(term, terms))

    scores = {name: score(name) for name in line_names}
    best: tuple[int, int] | None = None
    chosen = None
    for candidate in groups:
        members = {line.item.name for line in candidate.group.lines}
        inside = [scores.get(name, 0) for name in members]
        outside = max((value for name, value in scores.items() if name not in members), default=0)
        if min(inside) >= 1 and min(inside) == max(inside) > outside:
            rank = (inside[0], -len(inside))
            if best is None or rank > best:
                best, chosen = rank, candidate
    return chosen
