"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): a question that names an item the
quote lists but asks the price of a service on it (taking old units back) is answered from the terms that price the
service, not from the item's line, whose price is not what was asked; the line's own price is still answered from the
line. The quote lists ultra-low freezers; the terms price the collection of used ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer, write_scenario

pytestmark = pytest.mark.slow

TERMS = """# Terms of sale and service

## Take-back of used freezers

On request we collect used ULT freezers of any brand, up to one used unit per new unit ordered, at EUR 250 per unit.
Collection takes place on the day of delivery of the new units.

## Warranty

Compressors carry a five-year warranty; all other parts two years.

## Volume discounts

| Volume discounts |
| --- |
| Sample racks: 10% discount when ordered together with 4 or more freezers. |
| Temperature loggers: 5% discount with 10 or more freezers. |
"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    return write_scenario(
        tmp_path_factory.mktemp("quote-line-or-knowledge"), name="freezer-supply",
        articles={"terms.md": ("Terms of sale and service", TERMS)},
        quote={"number": "PC-12", "title": "Biobank freezers", "buyer_company": "Oostland Biobank",
               "created_on": "2026-11-01", "expires_on": "2026-12-31",
               "terms": "Payment within 30 days of delivery.", "notes": "",
               "line_items": [{"sku": "PC-U700-H", "name": "ULT-700 upright freezer, 700 L, -86 °C", "quantity": 4,
                               "unit_price": 14800, "discount_percent": 6}]})


@pytest.mark.asyncio(loop_scope="module")
async def test_a_service_on_a_quoted_item_is_priced_by_the_terms_and_the_item_by_its_line(built):
    # the terms' sentence states the price as an amount ("at EUR 250 per unit") without the word "price" or "cost"
    reply = await ask_buyer(built, "We have three old freezers at our second site. Do you take old units back, and "
                                   "what does that cost?", "buyer-take-back")
    assert reply.decision == "answer" and "250" in reply.text and "14,800" not in reply.text, reply.text
    # the freezer's own price is its line's
    reply = await ask_buyer(built, "What is the unit price of the ULT-700 freezer after the discount?", "buyer-line")
    assert reply.decision == "answer" and "13,912" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_what_the_buyer_pays_for_a_quoted_item_is_its_line_not_a_note_on_other_items_discounts(built):
    # the notes name the freezers and a discount as much as the line does, but price other things: the line, which
    # states the discounted unit price, is quoted
    reply = await ask_buyer(built, "what do we actually pay per freezer once the discount is applied?",
                            "buyer-line-net")
    assert reply.decision == "answer" and "13,912" in reply.text, reply.text
