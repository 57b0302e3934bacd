"""Per-period quote figures: the period read from a line item's name in the served languages, per-unit and per-line
figures after the discount, the recurring / one-off / first-year totals, and the passages that state them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from appliance.answering.quote_passages import quote_document
from appliance.answering.quote_periods import billing_period, period_figures, period_totals
from appliance.domain.quotes import LineItem, Quote, compute_totals


@pytest.mark.parametrize("name,period", [
    ("Business plan, per user, 12 months, annual billing", "year"),
    ("Cloud licence, per sensor per year", "year"),
    ("Plus support tier, first year", "year"),
    ("Espresso machine, monthly lease", "month"),
    ("Wartungsvertrag, monatlich", "month"),
    ("Licence logicielle, par an", "year"),
    ("Onboarding package, one-off", None),
    ("Installation and commissioning", None),
    ("Set-up fee, one-time, billed monthly afterwards", None),
    ("Chef workwear rental (per employee, weekly)", "week"),
    ("Nettoyage des tenues, par semaine", "week"),
])
def test_the_period_is_read_from_the_item_name(name: str, period: str | None) -> None:
    assert billing_period(name) == period


def _items() -> list[LineItem]:
    rows = (("Business plan, per user, annual", 400, 168, 12), ("Support, 12 months", 1, 4800, 10),
            ("Card issuance, one-off, per card", 150, 5, 0), ("Machine lease, monthly", 3, 149, 10))
    return [LineItem(name=n, quantity=Decimal(q), unit_price=Decimal(p), discount_percent=Decimal(d), quote_id=1)
            for n, q, p, d in rows]


def test_figures_per_month_and_per_year_after_the_discount() -> None:
    lines = compute_totals(_items(), "EUR").lines
    plan = period_figures(lines[0])
    assert plan is not None and plan.period == "year"
    assert plan.unit_per_month == Decimal("12.32") and plan.unit_per_year == Decimal("147.84")
    lease = period_figures(lines[3])
    assert lease is not None and lease.line_per_month == Decimal("402.30") and lease.line_per_year == Decimal("4827.60")
    assert period_figures(lines[2]) is None
    totals = period_totals(lines)
    assert totals is not None
    assert totals.recurring_per_year == Decimal("59136.00") + Decimal("4320.00") + Decimal("4827.60")
    assert totals.one_off_total == Decimal("750.00")
    assert totals.first_year == totals.recurring_per_year + Decimal("750.00")
    assert period_totals(lines[2:3]) is None  # nothing recurs: no per-period figures to state


def test_the_quote_passages_state_them() -> None:
    quote = Quote(id=1, number="Q-9", title="Expenses", buyer_company="Buyer", currency="GBP",
                  created_on=date(2026, 11, 1), expires_on=date(2027, 1, 31), owner_id=1)
    document = quote_document(quote=quote, items=_items(), owner=None, agent_id=1)
    plan = next(p for p in document.passages if p.heading_path[-1] == "Business plan, per user, annual")
    assert "£12.32 per unit per month and £147.84 per unit per year after the discount" in plan.text
    totals = next(p for p in document.passages if p.heading_path[-1] == "Recurring and one-off totals")
    assert "£5,690.30 per month, £68,283.60 per year" in totals.text
    assert "One-off items cost £750.00 in total (Card issuance, one-off, per card)" in totals.text
    assert document.text[totals.start:totals.end] == totals.text
    total, subtotal = [p.text for p in document.passages if p.heading_path[-1] == "Totals"]
    assert total.startswith("Total price of the quote: £") and "in total (the saving)" in total
    assert "before discounts" not in total  # the undiscounted figure is never quoted beside the total
    assert subtotal.startswith("Subtotal of the quote before discounts: £")


def test_a_weekly_item_counts_fifty_two_weeks_a_year() -> None:
    item = LineItem(name="Workwear rental, per employee, weekly", quantity=Decimal(35), unit_price=Decimal("7.00"),
                    discount_percent=Decimal(5), quote_id=1)
    figures = period_figures(compute_totals([item], "EUR").lines[0])
    assert figures is not None and figures.period == "week"
    assert figures.unit_per_year == Decimal("6.65") * 52 and figures.line_per_year == Decimal("232.75") * 52
    assert figures.line_per_month == Decimal("232.75") * 52 / 12


def _document():  # type: ignore[no-untyped-def]
    quote = Quote(id=1, number="Q-9", title="Expenses", buyer_company="Buyer", currency="GBP",
                  created_on=date(2026, 11, 1), expires_on=date(2027, 1, 31), owner_id=1)
    return quote_document(quote=quote, items=_items(), owner=None, agent_id=1)


@pytest.mark.parametrize("question,heading", [
    ("What is the total of the quote before VAT, with the discounts?", "Totals"),
    ("How much are we saving in total with all the discounts?", "Totals"),
    ("How much is the one-off part of the quote, everything except the annual items?",
     "Recurring and one-off totals"),
    ("How much of this quote recurs every year?", "Recurring and one-off totals"),
])
def test_a_sum_over_the_quote_is_answered_from_its_computed_totals_alone(question: str, heading: str) -> None:
    from appliance.answering.answer_types import answer_types
    from appliance.answering.quote_pool import quote_first

    from appliance.answering.quote_pool import asks_quote_sum

    document, kinds = _document(), tuple(answer_types(question))
    pool = quote_first(question, [], document, kinds=kinds, sums=asks_quote_sum(question, document, kinds))
    assert pool and {c.passage.heading_path[-1] for c in pool} == {heading}


@pytest.mark.parametrize("question", [
    "What is the line total for the machine lease after the discount?",  # one named line: its own figures
    "Which items are one-off?",  # no amount asked
])
def test_a_question_about_one_line_or_no_amount_is_not_a_sum(question: str) -> None:
    from appliance.answering.answer_types import answer_types
    from appliance.answering.quote_pool import asks_quote_sum

    assert not asks_quote_sum(question, _document(), tuple(answer_types(question)))


def test_a_line_named_only_by_a_value_word_does_not_make_a_sum_one_line() -> None:
    from appliance.answering.answer_types import answer_types
    from appliance.answering.quote_pool import asks_quote_sum

    quote = Quote(id=1, number="Q-9", title="Expenses", buyer_company="Buyer", currency="GBP",
                  created_on=date(2026, 11, 1), expires_on=date(2027, 1, 31), owner_id=1)
    plan = LineItem(name="Total Care support plan, annual", quantity=Decimal(1), unit_price=Decimal(900),
                    discount_percent=Decimal(0), quote_id=1)
    document = quote_document(quote=quote, items=[*_items(), plan], owner=None, agent_id=1)
    # "total" says what kind of value is wanted; it names no line even if a line's name holds it
    question = "What is the total of this quote before VAT?"
    assert asks_quote_sum(question, document, tuple(answer_types(question)))
    # one line named: that line's own total; two named: their sum
    question = "How much is the machine lease in total after the discount?"
    assert not asks_quote_sum(question, document, tuple(answer_types(question)))
    question = "What is the one-off amount for the card issuance and the machine lease together, in total?"
    assert asks_quote_sum(question, document, tuple(answer_types(question)))
