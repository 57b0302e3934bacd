"""A thing the knowledge names where it answers, priced under that name elsewhere.

"Is there some way to load the robot overnight without staff? What does that cost?" is answered by a datasheet's
"The optional NightFill automatic loader loads up to 300 packs per hour unattended", which states no price; the
price list prices "NightFill" in a row the question shares no word with. The sentence gives the name (a coined
product name, a product code); a unit naming it and stating the kind of value asked is the answer's other half.
Pure functions: the caller reads the passages and checks what they find.
"""

from __future__ import annotations

import re

from appliance.retrieval.contracts import Passage

# A product code ("GD-NGK-32", "APX-NF", "SNT-BAT-VR12"): capitals and figures in two parts or more, joined by
# hyphens; a coined name ("NightFill", "CareCover"): a capitalised word with a capital inside.
_CODE = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?![\w-])")
_COINED = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?![\w-])")
MAX_NAMES = 3


def _said(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I) is not None


def names_given(sentence: str, question: str, elsewhere: tuple[str, ...] = ()) -> list[str]:
    """The product codes and coined names ``sentence`` gives that neither ``question`` nor any of ``elsewhere`` (the
    quote line it stands for) says, in their order, at most three: the names the buyer learns from the answer."""
    found: list[str] = []
    for match in sorted([*_CODE.finditer(sentence), *_COINED.finditer(sentence)], key=lambda m: m.start()):
        name = match.group(0)
        if name not in found and not _said(name, question) and not any(_said(name, text) for text in elsewhere):
            found.append(name)
    return found[:MAX_NAMES]


def naming(passages: list[Passage], names: list[str], *, besides: Passage) -> list[Passage]:
    """The passages (other than ``besides``, the one the names were read from) that say one of ``names``."""
    return [p for p in passages if p.id != besides.id and any(_said(name, p.text) for name in names)]


def says_a_name(unit: str, names: list[str]) -> bool:
    """``unit`` says one of ``names`` whole (not "APX-NF" inside "APX-NFX"), in any case."""
    return any(_said(name, unit) for name in names)
