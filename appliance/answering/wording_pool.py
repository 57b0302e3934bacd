"""The passages one wording of a question is answered from, and what that wording asks of the quote.

The search ranks the knowledge's and the quote's passages together; which of them may answer depends on what the
wording asks. A sum the quote computes is answered by its totals (`quote_pool.quote_first` puts them first), a line
item's figures by that item's line and not a line whose figures are another thing's, a product's measure by no note
or term of the deal. Pure: the evidence gatherer calls `wording_pool` once per wording (as asked, or bridged to
English).
"""

from __future__ import annotations

from dataclasses import dataclass

from appliance.answering.answer_types import MEASURE_KINDS
from appliance.answering.quote_passages import QuoteDocument
from appliance.answering.quote_pool import (
    ABOUT_THE_QUOTE,
    asks_a_total,
    asks_line_item_figures,
    asks_payment_schedule,
    asks_quote_sum,
    asks_stage_amount,
    discount_not_stated,
    header_not_asked,
    is_group,
    is_line_item,
    is_quote_remark,
    is_total,
    lines_not_asked,
    quote_first,
    worded_as_sum,
)
from appliance.retrieval.contracts import ScoredPassage


@dataclass(frozen=True)
class WordingPool:
    """The candidates one wording may be answered from, in order, and what it asks of the quote."""

    pool: list[ScoredPassage]
    not_asked: frozenset[str]  # the ids of quote lines whose figures are not what is asked (another thing's)
    sums: bool  # a sum the quote computes ("what do the recurring fees add up to?")
    stage: bool  # a payment stage's amount ("the deposit in pounds")
    schedule: bool  # how the quote is paid ("How is the payment split?"), a stage's amount included
    figures: bool  # a line item's figures (its price, quantity, discount)


def wording_pool(text: str, candidates: list[ScoredPassage], document: QuoteDocument | None, *,
                 kinds: tuple[str, ...], concepts: tuple[str, ...], measured: list[str], measures_in: tuple[str, ...],
                 english: bool) -> WordingPool:
    """The candidates ``text`` (one wording of the question) may be answered from: the quote's passages first where
    it asks the quote's figures (`quote_first`); a discount line only when a discount is stated; a line item only
    when a line's figures are asked, and not a line whose figures are another thing's (`lines_not_asked`); no total
    or group sum when no amount is asked, a measure is, or no total, tax or billing period is; the quote's opening
    only for what it states (validity, owner, currency, a date); no note or term of the quote for a product's
    measure (a site survey's goods lift is not the machine's weight). ``kinds``: the answer kinds asked; ``measured``: those
    that are durations or measures; ``measures_in``: the units asked in ("in grams")."""
    stage = asks_stage_amount(text, document, kinds)  # "the deposit in pounds": the amount the quote computes
    sums = asks_quote_sum(text, document, kinds) and not stage
    # "How is the payment split?": the quote's payment terms with their amounts (no figure asked: decided as any
    # answer, the buyer's intent first)
    schedule = stage or asks_payment_schedule(text, document)
    pool = quote_first(text, candidates, document, kinds=kinds, sums=sums, payments=schedule)
    pool = [c for c in pool if not discount_not_stated(c.passage, text, concepts)
            and not header_not_asked(c.passage, text, kinds)]
    figures = asks_line_item_figures(text, kinds, concepts)
    not_asked: set[str] = set()
    if sums or not figures:
        pool = [c for c in pool if not is_line_item(c.passage)]
    else:  # a line's figures are its item's: not the users it serves nor the spare parts it takes
        not_asked = lines_not_asked(text, [c.passage for c in pool if is_line_item(c.passage)], english=english)
        pool = [c for c in pool if c.passage.id not in not_asked]
    # the quote's sums answer an amount: their lists of item names name whatever a question names (the ramp incline
    # of a hoist on the quote), and their terms hold a duration or a measure ("ProLine 55" display, 700 nits", "12
    # months")
    asks_no_amount = not figures and not worded_as_sum(text)
    asks_a_measure = measured and not {"money", "percent", "count"} & set(kinds) and not ABOUT_THE_QUOTE.search(text)
    # and a price asked of one thing is its line's or the knowledge's, not a total's ("What would a replacement
    # battery cost?" beside a recurring total listing the batteries' line)
    if not sums and (asks_no_amount or asks_a_measure or not asks_a_total(text)):
        pool = [c for c in pool if not (is_total(c.passage) or is_group(c.passage))]
    if (MEASURE_KINDS & set(kinds) or measures_in) and not ABOUT_THE_QUOTE.search(text):
        # a product's weight, size, power or loudness is not the quote's notes' or terms' (a site survey's goods
        # lift, a door's clearance): those passages answer about the deal and the site
        pool = [c for c in pool if not is_quote_remark(c.passage)]
    return WordingPool(pool=pool, not_asked=frozenset(not_asked), sums=sums, stage=stage, schedule=schedule,
                       figures=figures)
