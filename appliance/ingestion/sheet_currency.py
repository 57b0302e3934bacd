"""A price list's currency, stated once in its sheet's title, written into the price columns' headers.

Price lists often say their currency once, above the table ("Price list 2025 (EUR, excl. VAT)"), and head their
columns "List price" or "Price". Read alone, a row of such a table ("| KS-PRO-X2B | … | 31900 |") states a number,
not an amount, and a question asking what something costs finds no price in it. The title is the sheet's own
statement of the currency, so the columns it prices are headed with it ("List price (EUR)"), the way price lists
that name the currency in the header are written. Pure functions over cell texts, no file is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# ISO 4217 codes of the currencies price lists are commonly written in, and the symbols that name one currency
_CODES = ("EUR", "GBP", "USD", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CNY",
          "INR", "SGD", "HKD", "ZAR", "BRL", "MXN")
_SYMBOLS = {"€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY = re.compile(r"\b(?:" + "|".join(_CODES) + r")\b|[€£$¥]")
# a header naming an amount of money: a price, cost, rate, fee or charge (whole words: "Rated power" is none), in
# the languages the product serves
_PRICE_WORD = re.compile(
    r"\b(?:prices?|costs?|rates?|fees?|charges?|prix|tarifs?|precios?|prezz[oi]|preços?|costes?|cost[oi]|tarief|"
    r"tariffa|tarifa|\w*preise?|\w*prijs|\w*prijzen|\w*kosten)\b", re.IGNORECASE)  # German, Dutch compounds too


def title_currency(title: str | None) -> str | None:
    """The one currency a sheet's title states ("… (GBP, excl. VAT)" → "GBP"; "€" → "EUR"; "USD ($)" → "USD");
    None when it states none, several, or only "$" (the dollar of which country is not said)."""
    if not title:
        return None
    found = {_SYMBOLS.get(match, match) for match in _CURRENCY.findall(title)}
    if len(found) > 1:
        found.discard("$")  # "USD ($)"
    if len(found) != 1 or found == {"$"}:
        return None
    return found.pop()


def priced_by_title(title: str | None, rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """``rows`` (the header first) with the currency of the sheet's ``title`` added to each header cell that names
    a price and no currency of its own: "List price" → "List price (EUR)"; a header with a bracket already takes it
    after ("Event rate (1-3 days)" → "Event rate (1-3 days) EUR"), so the cell reads as an amount either way. Rows
    unchanged when the title states no single currency."""
    table = [list(row) for row in rows]
    currency = title_currency(title)
    if currency is None or not table:
        return table
    table[0] = [_with_currency(cell, currency) for cell in table[0]]
    return table


def _with_currency(cell: str, currency: str) -> str:
    label = cell.strip()
    if not label or not _PRICE_WORD.search(label) or _CURRENCY.search(label):
        return cell
    return f"{label} {currency}" if "(" in label else f"{label} ({currency})"
