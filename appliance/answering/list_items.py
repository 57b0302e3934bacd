"""One value asked, a list of them quoted: "how long is the warranty?" answered by a list giving each part its own
("- Steel structure and deck modules: 10 years against structural failure. - Digital load cells (C4): 5 years. -
Analogue load cells (C3): 3 years."). When the question asks one value of a kind (a duration, an amount, a count)
and names none of the list's things, it has as many readings as the list has items holding that kind of value; the
buyer is asked which one, by the items' labels.

A pure function of the question, the kinds of value it asks and the quoted answer; no scenario or company words.
Read for a duration, an amount or a share only: a bare number (a count) is in nearly every list item.
- an item is a line of the quoted text starting with a list mark ("- ", "• ", "* "); its label is the text before its
  first colon ("Digital load cells (C4)"), when there is one;
- the items holding a value of an asked kind are the readings, when at least two of them give different values;
- the question chose when one of its subject words is in the labels of some of those items but not of all of them
  ("the load cells", "the panels"): a word of every label chooses none, nor does a word of the values ("warranty"
  in "25-year product warranty", "20-year warranty");
- the readings are named by their labels: an item without one cannot be named, and then nothing is asked back.
"""

from __future__ import annotations

import re

from appliance.answering.compose import ComposedReply, holds_answer_type
from appliance.answering.support import subject_terms
from appliance.answering.text import stem, term_matches, words

MAX_OPTIONS = 3
MAX_LABEL = 100
KINDS = ("duration", "money", "percent")
_ITEM = re.compile(r"^\s*[-•*]\s+(.+)$")
_LABEL = re.compile(r"^([^:]{2,%d}):\s+(.+)$" % MAX_LABEL)


def list_item_options(question: str, answer: ComposedReply | None, asked_kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The labels a follow-up question should name when ``answer`` quotes a list whose items give the one value
    ``question`` asks (of a kind in ``asked_kinds``) differently for different things and the question names none of
    them; () otherwise."""
    kinds = [kind for kind in asked_kinds if kind in KINDS]
    if answer is None or not kinds:
        return ()
    items = [match.group(1).strip() for line in answer.quoted.splitlines() if (match := _ITEM.match(line))]
    named = [label.group(1) for item in items if (label := _LABEL.match(item))]  # every labelled item, held or not
    if _chooses(question, named):
        return ()  # the question names one or some of the items ("the panels" of "Solar panels (H-450 series)")
    held = [item for item in items if any(holds_answer_type(item, kind) for kind in kinds)]
    if len(held) < 2:
        return ()
    labelled = [_LABEL.match(item) for item in held]
    if any(label is None for label in labelled):
        return ()  # an item without a label: a reading that cannot be named
    values = {_key(label.group(2)) for label in labelled if label is not None}
    if len(values) < 2:
        return ()
    options: list[str] = []
    for label in labelled:
        name = label.group(1).strip() if label is not None else ""
        if name and name.lower() not in {o.lower() for o in options}:
            options.append(name)
    return tuple(options[:MAX_OPTIONS]) if len(options) >= 2 else ()


def _chooses(question: str, labels: list[str]) -> bool:
    """A subject word of ``question`` is in some of ``labels`` but not in all of them."""
    vocabularies = [frozenset(stem(w) for w in words(label)) for label in labels]
    for term in subject_terms(question):
        naming = sum(term_matches(term, vocabulary) for vocabulary in vocabularies)
        if 0 < naming < len(vocabularies):
            return True
    return False


def _key(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .;,")
