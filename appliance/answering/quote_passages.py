"""The quote as a first-class source: its canonical text and citable passages, with every figure computed by code.

One passage per line item (quantity, unit price, discount, discounted unit price, line total), one for the totals,
one for the quote's header (number, buyer, dates, currency), one each for the terms and the notes. Two kinds are
written but not searched, quoted only when asked for: the subtotals of similar lines (`quote_groups.py`) and the
amounts of the payment stages the terms state (`quote_payments.py`). The canonical text is what the buyer's "open the
passage" view shows; passages are exact spans of it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from appliance.domain.accounts import User
from appliance.domain.quotes import (
    LineItem,
    Quote,
    compute_totals,
    format_money,
    format_percent,
    format_quantity,
)
from appliance.answering.quote_groups import GROUPS_HEADING, GroupPassage, group_text, item_groups
from appliance.answering.quote_payments import payment_stages, paying_text
from appliance.answering.quote_periods import period_figures, period_totals
from appliance.retrieval.contracts import Passage

QUOTE_TITLE = "This quote"


@dataclass(frozen=True)
class QuoteDocument:
    text: str
    passages: list[Passage]  # searched and quoted
    groups: list[GroupPassage] = field(default_factory=list)  # quoted only for a sum over the lines they name
    payments: Passage | None = None  # the payment stages' amounts: quoted only for an amount of a stage asked

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


class _Writer:
    def __init__(self, quote: Quote, agent_id: int) -> None:
        self.quote = quote
        self.agent_id = agent_id
        self.parts: list[str] = []
        self.length = 0
        self.passages: list[Passage] = []

    def heading(self, text: str) -> None:
        self._append(f"## {text}\n\n")

    def passage(self, text: str, heading_path: tuple[str, ...]) -> Passage:
        start = self.length
        self._append(text)
        end = self.length
        self._append("\n\n")
        number = len(self.passages)
        self.passages.append(
            Passage(
                id=f"quote-{self.quote.id}-v{self.quote.version}-{number}", agent_id=self.agent_id, doc_kind="quote",
                doc_id=int(self.quote.id or 0), text=text, heading_path=heading_path, start=start, end=end,
                title=f"Quote {self.quote.number}",
            )
        )
        return self.passages[-1]

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)


LINE_ITEMS_HEADING = "Line items"
TOTALS_HEADINGS = ("Totals", "Recurring and one-off totals")  # the computed sums over every line item
SUBTOTAL_LEAD = "Subtotal of the quote before discounts"  # the totals passage stating the price before any discount
PAYMENTS_HEADING = "Payment stages"


def quote_document(*, quote: Quote, items: list[LineItem], owner: User | None, agent_id: int) -> QuoteDocument:
    currency = quote.currency
    totals = compute_totals(items, currency)
    writer = _Writer(quote, agent_id)
    header = f"Quote {quote.number}"
    writer.heading(header)
    owner_text = f" The quote owner is {owner.name}." if owner else ""
    writer.passage(
        f"Quote {quote.number}, \"{quote.title}\", prepared for {quote.buyer_company} in {currency}. "
        f"It was created on {quote.created_on.isoformat()} and is valid until {quote.expires_on.isoformat()} "
        f"(it expires on {quote.expires_on.isoformat()}).{owner_text}",
        (header,),
    )
    writer.heading(LINE_ITEMS_HEADING)
    for number, line in enumerate(totals.lines, start=1):
        item = line.item
        sku = f" (SKU {item.sku})" if item.sku else ""
        quantity = format_quantity(item.quantity)
        text = (
            f"Line item {number}: {item.name}{sku}. Quantity: {quantity} included in this quote. "
            f"Unit price: {format_money(item.unit_price, currency)}. "
        )
        if item.discount_percent:
            text += (
                f"Discount: {format_percent(item.discount_percent)} "
                f"({format_money(line.discount_amount, currency)} off; discounted unit price "
                f"{format_money(line.discounted_unit_price, currency)}). "
            )
        else:
            text += "No discount. "
        text += (
            f"Line subtotal: {quantity} × {format_money(item.unit_price, currency)} = "
            f"{format_money(line.subtotal, currency)}; line total: {format_money(line.total, currency)}."
        )
        figures = period_figures(line)
        if figures is not None:
            after = " after the discount" if item.discount_percent else ""
            text += (
                f" Billed per {figures.period}: {format_money(figures.unit_per_month, currency)} per unit per month "
                f"and {format_money(figures.unit_per_year, currency)} per unit per year{after}; for the {quantity} "
                f"units, {format_money(figures.line_per_month, currency)} per month and "
                f"{format_money(figures.line_per_year, currency)} per year"
                + (" (a year counted as 52 weeks)." if figures.period == "week" else ".")
            )
        writer.passage(text, (header, LINE_ITEMS_HEADING, item.name))
    writer.heading(TOTALS_HEADINGS[0])
    # Two passages: the total with the discounts (what buyers ask for), and the subtotal before discounts (quoted
    # only when that is asked, never beside the total as if it were another total).
    discounts = (f"after discounts of {format_money(totals.discount, currency)} in total (the saving)"
                 if totals.discount else "no discounts apply")
    writer.passage(
        f"Total price of the quote: {format_money(totals.total, currency)} ({currency}, {len(totals.lines)} line "
        f"items), {discounts}; before tax: the quote states no tax (VAT, sales tax).",
        (header, TOTALS_HEADINGS[0]),
    )
    writer.passage(
        f"{SUBTOTAL_LEAD}: {format_money(totals.subtotal, currency)} (the line subtotals "
        f"added up, at the unit prices before any discount).",
        (header, TOTALS_HEADINGS[0]),
    )
    periods = period_totals(totals.lines)
    if periods is not None:
        writer.heading(TOTALS_HEADINGS[1])
        recurring = "; ".join(line.item.name for line in periods.recurring)
        one_off = "; ".join(line.item.name for line in periods.one_off) or "none"
        writer.passage(  # each figure before its list of items, where a reader looks for it
            f"Recurring items cost {format_money(periods.recurring_per_month, currency)} per month, "
            f"{format_money(periods.recurring_per_year, currency)} per year, after discounts ({recurring}). "
            f"One-off items cost {format_money(periods.one_off_total, currency)} in total ({one_off}). First-year "
            f"total price (twelve months of the recurring items plus the one-off items): "
            f"{format_money(periods.first_year, currency)}.",
            (header, TOTALS_HEADINGS[1]),
        )
    if quote.terms.strip():
        writer.heading("Terms")
        writer.passage(f"Terms of the quote: {quote.terms.strip()}", (header, "Terms"))
    if quote.notes.strip():
        writer.heading("Notes")
        writer.passage(f"Notes on the quote: {quote.notes.strip()}", (header, "Notes"))
    groups = item_groups(totals.lines)
    searched = len(writer.passages)
    if groups:  # last, so the spans of the passages above do not move when the groups change
        writer.heading(GROUPS_HEADING)
    stated = [GroupPassage(group, writer.passage(group_text(group, currency), (header, GROUPS_HEADING, group.label)))
              for group in groups]
    stages = payment_stages(quote.terms, totals.total)
    payments = None
    if stages:  # last too: a passage searched would change the search of every question (its words are the terms')
        writer.heading(PAYMENTS_HEADING)
        payments = writer.passage(  # one sentence: the terms' own words, then the amounts computed from them
            f"Payment terms of this quote (\"{paying_text(quote.terms)}\"), as amounts of its total price before tax "
            f"({format_money(totals.total, currency)}): "
            + "; ".join(f"{stage.wording}: {format_money(stage.amount, currency)}" for stage in stages) + ".",
            (header, PAYMENTS_HEADING),
        )
    return QuoteDocument(text="".join(writer.parts), passages=writer.passages[:searched], groups=stated,
                         payments=payments)
