"""A quote line quoted back to a buyer who already gave its amount (`quote_restated.py`), on a real quote document."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from appliance.answering.answer_types import answer_types
from appliance.answering.commercial import concepts_asked
from appliance.answering.quote_passages import quote_document
from appliance.answering.quote_pool import is_line_item
from appliance.answering.quote_restated import amounts, restates_line
from appliance.domain.quotes import LineItem, Quote


def _line(name: str, price: int, discount: int = 0):
    quote = Quote(id=1, number="Q-9", title="Lanes", buyer_company="Buyer", currency="GBP",
                  created_on=date(2026, 11, 1), expires_on=date(2027, 1, 31), owner_id=1)
    items = [LineItem(name=name, quantity=Decimal(12), unit_price=Decimal(price), discount_percent=Decimal(discount),
                      quote_id=1)]
    document = quote_document(quote=quote, items=items, owner=None, agent_id=1)
    return next(p for p in document.passages if is_line_item(p))


def _restates(question: str, passage) -> bool:
    return restates_line(question, passage, concepts=concepts_asked(question), kinds=tuple(answer_types(question)))


def test_amounts_are_read_with_a_currency_or_grouped_thousands_in_any_locale():
    assert amounts("The quote has installation at £1,650 per lane.") == {"1650"}
    assert amounts("¿Podemos pagar las 39.960 libras del mantenimiento?") == {"39960"}
    assert amounts("Unit price: 14,800.00 GBP") == {"14800"}
    assert amounts("Will the €42 per-room price go up?") == {"42"}
    # a bare number may be a count, a model or a measure
    assert amounts("24 spare batteries at 745 each, the VoltDepot 150, 100 bar, 1200 x 600 mm") == set()


def test_a_line_quoted_back_for_something_it_does_not_state_is_flagged():
    line = _line("Installation and commissioning (per lane)", 1650)
    assert _restates("The quote has installation at £1,650 per lane. What would it cost extra if your crew "
                     "worked weekends?", line)
    assert _restates("Kunnen we de 19.800 euro voor de installatie in twee termijnen betalen?", line)
    # the price restated without its currency; not a number in a model's name
    battery = _line("Spare battery 25.2 V", 745)
    assert _restates("The quote has 24 spare batteries at 745 each. What would one cost if we order 50 next year?",
                     battery)
    assert not _restates("What would one battery cost if we order 745 next year?", _line("Battery", 1450))
    assert not _restates("What do we pay for the Aria 1000 and the LX-1200 next year?", _line("Aria lift", 1000))
    assert not _restates("What do we pay for the LX-1200 next year?", _line("LX-1200 fixture", 1200))


def test_the_line_answers_what_it_adds_to_the_buyers_figure():
    line = _line("Deck oven DO-4", 18450, discount=8)
    # its discounted price, its quantity, its totals
    assert not _restates("The deck ovens show 18,450 each, what do we actually pay per oven once your discount is "
                         "applied?", line)
    assert not _restates("The ovens are 18,450 each with 8% off - what do we pay per oven?", line)
    assert not _restates("The ovens are £18,450 each; how many are in the quote?", line)
    assert not _restates("The ovens are £18,450 each; what's the line total?", line)
    # no amount given, or another amount than the line's
    assert not _restates("What would the deck ovens cost if we ordered two more next year?", line)
    assert not _restates("Would £17,000 per oven be possible?", line)


def test_only_a_quote_line_item_is_read():
    line = _line("Installation and commissioning (per lane)", 1650)
    listed = replace(line, doc_kind="source", heading_path=("Price list",))
    assert not _restates("Installation is £1,650 per lane - can your crew work weekends?", listed)
