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
    assert "One-off items (Card issuance, one-off, per card): £750.00 in total" in totals.text
    assert document.text[totals.start:totals.end] == totals.text


def test_a_weekly_item_counts_fifty_two_weeks_a_year() -> None:
    item = LineItem(name="Workwear rental, per employee, weekly", quantity=Decimal(35), unit_price=Decimal("7.00"),
                    discount_percent=Decimal(5), quote_id=1)
    figures = period_figures(compute_totals([item], "EUR").lines[0])
    assert figures is not None and figures.period == "week"
    assert figures.unit_per_year == Decimal("6.65") * 52 and figures.line_per_year == Decimal("232.75") * 52
    assert figures.line_per_month == Decimal("232.75") * 52 / 12
