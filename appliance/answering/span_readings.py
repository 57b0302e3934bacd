"""Several readings inside one quoted span: a short list that gives the value asked for to several things ("T15 Pro
terminal: 36 months; HH6 handheld: 24 months; batteries: 12 months") when the question names none of them ("How
long's the warranty?"). Quoting the list answers a question nobody asked in that form; the agent asks which one.

`competing_options` (ambiguity.py) compares whole units (sentences, rows) across passages; this reads the parts of
the one unit quoted. A pure function over the question, the quoted span and the quote's item names; no company
words:
- the span (a source's text, not a table row and not the quote's line items: those have their own readings) is cut
  at line breaks, semicolons and sentence ends; a part is a reading when it is short (at most MAX_WORDS words) and
  holds exactly one value of the kind asked;
- two readings or more with different values, at least two of them with words of their own (what each is about);
- a question term that some readings have and others not narrows them (the question chose: "the handhelds'
  warranty"); so does the quote, when exactly one reading's own words name something on it (the load cells "under
  the bridges we're getting" are the quote's digital ones);
- what is left, two or more readings with different values, is returned; the caller asks back unless the question
  is much closer in meaning to one of them (`PolicyConfig.span_reading_margin`, measured with the English embedder).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from appliance.answering.support import subject_terms
from appliance.answering.text import content_terms, term_matches

MAX_WORDS = 12  # a longer part is a statement with its conditions, not one entry of a list
_PARTS = re.compile(r"\n|;\s|(?<=[.!?])\s+(?=[A-Z])")
_BULLET = " -•*\t"
_DIGIT = re.compile(r"\d")
LABEL_MAX = 80


@dataclass(frozen=True)
class Reading:
    text: str  # the part of the span
    about: str  # the part without the list's lead-in: what this reading's own words are read from
    label: str  # what it is about, as a follow-up question names it
    value: str  # the value of the asked kind it states


def _terms(text: str) -> frozenset[str]:
    return frozenset(t for t in content_terms(text) if not _DIGIT.search(t))


def _without_lead_in(part: str, start: int) -> str:
    """The part without a lead-in that belongs to the whole list ("Lead times from the deposit: deck ovens 6-8
    weeks": "deck ovens 6-8 weeks"); unchanged when no words stand between its last colon and the value."""
    before = part[:start]
    colon = before.rfind(":")
    if colon < 0 or not any(c.isalpha() for c in before[colon + 1:]):
        return part
    return part[colon + 1:].strip()


def _label(part: str, start: int) -> str:
    """What a part is about: the words before its value, after the last colon among them when words follow it
    ("Lead times: Stratos deck ovens 6-8 weeks": "Stratos deck ovens"; "Digital load cells (C4): 5 years": "Digital
    load cells (C4)"); the whole part when the value comes first."""
    before = part[:start].strip(" :,-–(")
    after_colon = before.rsplit(":", 1)[-1].strip(" :,-–(")
    label = after_colon if any(c.isalpha() for c in after_colon) else before
    label = label if any(c.isalpha() for c in label) else part
    return label if len(label) <= LABEL_MAX else label[:LABEL_MAX].rsplit(" ", 1)[0] + "…"


def span_readings(question: str, quoted: str, value_pattern: re.Pattern[str],
                  quote_names: list[str]) -> tuple[Reading, ...]:
    """The readings of ``quoted`` between which ``question`` does not choose; () when there are fewer than two."""
    if quoted.lstrip().startswith("|"):
        return ()
    parts: list[Reading] = []
    for raw in _PARTS.split(quoted):
        part = raw.strip(_BULLET)
        if not part or len(part.split()) > MAX_WORDS:
            continue
        values = {m.group(0).strip().lower(): m for m in value_pattern.finditer(part)}
        if len(values) == 1:
            value, match = next(iter(values.items()))
            parts.append(Reading(part, _without_lead_in(part, match.start()), _label(part, match.start()), value))
    if len(parts) < 2 or len({r.value for r in parts}) < 2:
        return ()
    terms = [_terms(r.about) for r in parts]
    if sum(1 for i, own in enumerate(terms) if own - frozenset().union(*terms[:i], *terms[i + 1:])) < 2:
        return ()  # the parts say different things of one thing, not one thing of different things
    group = list(range(len(parts)))
    for term in subject_terms(question):
        having = [i for i in group if term_matches(term, terms[i])]
        if having and len(having) < len(group):
            group = having
    if len(group) < 2 or len({parts[i].value for i in group}) < 2:
        return ()
    on_quote = frozenset(t for name in quote_names for t in _terms(name))
    own = {i: terms[i] - frozenset().union(*(terms[j] for j in group if j != i)) for i in group}
    if sum(1 for i in group if any(term_matches(t, on_quote) for t in own[i])) == 1:
        return ()  # the one on the quote is meant
    return tuple(parts[i] for i in group)


def one_is_meant(question_vector: list[float], reading_vectors: list[list[float]], margin: float) -> bool:
    """The question is closer in meaning to one reading than to the next by ``margin`` (cosine of normalised
    vectors): "How long does onboarding take, start to go-live?" over "Typical duration: 8 weeks" and "Hypercare:
    30 days" means the first."""
    closeness = sorted((sum(a * b for a, b in zip(question_vector, v)) for v in reading_vectors), reverse=True)
    return len(closeness) < 2 or closeness[0] - closeness[1] >= margin
