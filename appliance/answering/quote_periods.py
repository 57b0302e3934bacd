"""Per-period figures of a quote, computed by code: which line items recur (per month, per year) and which are
one-off, what each recurring item (per week, month or year) costs per month and per year after its discount, and the recurring, one-off and
first-year totals. `quote_passages` writes them into the quote's passages so a buyer asking for "the monthly
run-rate without the one-off items" or "the price per seat per month after the discount" is answered from an exact
figure instead of a line the buyer would have to compute from.

A line item's period is read from its name, as vendors write it ("annual", "per year", "12 months", "monthly
lease", "per month", "weekly", in the seven languages the chat serves); a name with no period is a one-off item. A
weekly item's year is 52 weeks. Amounts are rounded to the currency's minor unit only when written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from appliance.domain.quotes import LineTotals

Period = Literal["week", "month", "year"]
PER_YEAR = {"week": Decimal(52), "month": Decimal(12), "year": Decimal(1)}  # a year is billed as 52 weeks

_WEEKLY = re.compile(
    r"\b(?:weekly|per week|a week|/\s?wk|semanal(?:es)?|por semana|a la semana|hebdomadaire|par semaine|"
    r"wöchentlich(?:e[nrs]?)?|pro woche|settimanal[ei]|a settimana|wekelijks|per week)\b", re.I)

_MONTHLY = re.compile(
    r"\b(?:monthly|per month|a month|/\s?mo(?:nth)?|mensual(?:es)?|al mes|por mes|mensuel(?:le)?s?|par mois|"
    r"monatlich(?:e[nrs]?)?|pro monat|im monat|mensil[ei]|al mese|mensais|mensal|por mês|maandelijks|per maand)\b",
    re.I)
_YEARLY = re.compile(
    r"\b(?:annual(?:ly)?|yearly|per year|a year|/\s?y(?:ea)?r|12 months|first year|per annum|p\.a\.|anual(?:es)?|"
    r"al año|por año|annuel(?:le)?s?|par an|jährlich(?:e[nrs]?)?|pro jahr|annual[ei]|all'anno|por ano|jaarlijks|"
    r"per jaar|12 mes(?:es)?|12 mois|12 monate|12 mesi|12 meses|12 maanden)(?![\w])",
    re.I)
_ONE_OFF = re.compile(r"\b(?:one-off|one-time|once|setup fee|einmalig|unique|único|única|una tantum|eenmalig)\b",
                      re.I)


def billing_period(name: str) -> Period | None:
    """The period a line item recurs by, read from its name; None for a one-off item."""
    if _ONE_OFF.search(name):
        return None
    if _WEEKLY.search(name):
        return "week"
    if _MONTHLY.search(name):
        return "month"
    if _YEARLY.search(name):
        return "year"
    return None


@dataclass(frozen=True)
class PeriodFigures:
    """One recurring line's figures per month and per year, after its discount (unrounded)."""

    period: Period
    unit_per_month: Decimal
    unit_per_year: Decimal
    line_per_month: Decimal
    line_per_year: Decimal


def period_figures(line: LineTotals) -> PeriodFigures | None:
    period = billing_period(line.item.name)
    if period is None:
        return None
    unit_year = line.discounted_unit_price * PER_YEAR[period]
    line_year = line.total * PER_YEAR[period]
    return PeriodFigures(period, unit_year / 12, unit_year, line_year / 12, line_year)


@dataclass(frozen=True)
class PeriodTotals:
    recurring: list[LineTotals]
    one_off: list[LineTotals]
    recurring_per_month: Decimal
    recurring_per_year: Decimal
    one_off_total: Decimal

    @property
    def first_year(self) -> Decimal:
        """Twelve months of every recurring item plus the one-off items."""
        return self.recurring_per_year + self.one_off_total


def period_totals(lines: list[LineTotals]) -> PeriodTotals | None:
    """The recurring and one-off totals; None when no line recurs (nothing per period to state)."""
    figures = [(line, period_figures(line)) for line in lines]
    recurring = [line for line, f in figures if f is not None]
    if not recurring:
        return None
    per_month = sum((f.line_per_month for _, f in figures if f is not None), Decimal(0))
    one_off = [line for line, f in figures if f is None]
    return PeriodTotals(recurring, one_off, per_month, per_month * 12,
                        sum((line.total for line in one_off), Decimal(0)))
