"""Whether a quote line, quoted as the answer, only tells the buyer the figure they wrote themselves.

"The quote has installation at £1,650 per lane. What would it cost extra if your crew worked weekends?" finds the
installation line first: it names the item and states an amount. But the buyer quoted that amount; what they ask
(weekend work, next year's price, what the figure includes) is something the line does not state. A line adds to
such a question only its discount, its discounted price, its quantity and its totals, so it answers when one of
those is asked. Pure functions of the question and the quoted passage; no product or company words.
"""

from __future__ import annotations

import re

from appliance.answering.quote_pool import TOTAL_WORDS, is_line_item, worded_as_sum
from appliance.answering.text import figures, normalise_figure
from appliance.retrieval.contracts import Passage

# An amount as written in a message or a quote: after a currency sign ("£1,650", "€ 42"), before a currency code or
# word ("39.960 libras", "14,800.00 GBP"), or with its thousands grouped ("24,750", "1.450,00"). A bare number ("745
# each", "the VoltDepot 150") may be a count or a model's name.
_NUMBER = r"\d+(?:[.,\u00a0\u202f]\d+)*"
_AMOUNT = re.compile(
    rf"[$€£¥]\s?({_NUMBER})"
    rf"|({_NUMBER})\s?(?:(?-i:[A-Z]{{3}})\b"
    r"|(?:euros?|pounds?|libras?|dollars?|dólares|dollari|francs?|franken|sterling)\b)"
    r"|(?<![\d.,])(\d{1,3}(?:[.,\u202f]\d{3})+(?:[.,]\d{1,2})?)(?![\d])", re.I)

# The line's totals asked ("what does the line total come to"), in the seven languages: a figure the line computes.
_LINE_TOTAL = re.compile(rf"\b(?:{TOTAL_WORDS})\b", re.I)


# A number written into a model's or a part's name: after a word with a capital letter ("the Aria 1000", "eLift 8")
# or a hyphen ("LX-1200"). Not a price the buyer restates; nor is a number with letters or a percent sign joined to
# it ("16TB", "12.5%"), which `_BARE` does not read.
_IN_A_NAME = re.compile(r"(?:\b\w*[A-Z]\w*[\s\u00a0]|-)$")
_BARE = re.compile(rf"(?<![\w.,]){_NUMBER}(?![\w%]|[.,]\d)")


def _bare_numbers(text: str) -> set[str]:
    """The numbers ``text`` writes without a currency, other than those in a name, normalised."""
    return {normalise_figure(match.group(0)) for match in _BARE.finditer(text)
            if not _IN_A_NAME.search(text[max(0, match.start() - 40):match.start()])}


def amounts(text: str) -> set[str]:
    """The amounts ``text`` states, normalised (`text.normalise_figure`): '£1,650.00' and '1.650' both give
    '1650'."""
    found = {normalise_figure(next(group for group in match.groups() if group)) for match in _AMOUNT.finditer(text)}
    found.discard("")
    return found


def restates_line(question: str, passage: Passage, *, concepts: tuple[str, ...], kinds: tuple[str, ...]) -> bool:
    """``passage`` is a quote line item that states an amount ``question`` already gives (with or without its
    currency), and the question asks none of what the line adds to it: its discount (the discount concept or a
    percentage), its quantity (a count) or its totals (a sum)."""
    if not is_line_item(passage) or "discount" in concepts or "count" in kinds:
        return False
    if any(figure.endswith("%") for figure in figures(question)) or worded_as_sum(question) \
            or _LINE_TOTAL.search(question):
        return False
    # a line's amounts carry their currency: a bare number of the question equal to one is the price restated ("24
    # spare batteries at 745 each")
    return bool((amounts(question) | _bare_numbers(question)) & amounts(passage.text))
