"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): a thing the knowledge names where it
answers, priced under that name in another document.

The quote lists a dispensing robot. Its datasheet says the optional NightFill loader loads it overnight without
staff; the price list prices NightFill in a row that shares no word with the question. Asked whether the robot can be
loaded overnight and what that costs, the answer quotes the price list's NightFill row, not the robot's quote line
(before `named_offers`, the line's price was the answer)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer

pytestmark = pytest.mark.slow

DATASHEET = """# RoboDispense 700 datasheet

## Capacity

The RoboDispense 700 stores up to 14,000 packs in its base unit. Each extension module adds 5,200 packs.

## Loading

Packs are loaded through the front input belt by pharmacy staff during opening hours, at up to 250 packs per hour.
The optional NightFill automatic loader loads up to 300 packs per hour unattended, for example overnight.

## Site

The robot needs a 400 V three-phase supply and a room of at least 2.6 m ceiling height.
"""

PRICE_LIST = """# Price list 2026

Prices in EUR, excluding VAT.

| SKU | Item | List price (EUR) |
|---|---|---|
| APX-RD700 | RoboDispense 700 picking robot, base unit | 348000 |
| APX-EXT | Extension module | 41000 |
| APX-NF | NightFill automatic loader | 62000 |
| APX-TRN | Operator training day | 1200 |
"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("named-offer")
    (folder / "knowledge").mkdir()
    (folder / "knowledge" / "datasheet.md").write_text(DATASHEET)
    (folder / "knowledge" / "prices.md").write_text(PRICE_LIST)
    spec = {
        "name": "pharmacy-robot", "agent": {"name": "Ada", "quick_replies": [],
                                            "handoff": {"assign_to": "quote_owner"}},
        "users": [{"email": "rep@robots.example", "name": "Sam Rep", "role": "sales_rep", "teams": ["Sales"]}],
        "quote": {"number": "AP-7", "title": "Central pharmacy robot", "owner": "rep@robots.example",
                  "buyer_company": "St Anne's Hospital", "currency": "EUR", "created_on": "2026-11-01",
                  "expires_on": "2026-12-31", "terms": "Payment within 30 days of installation.",
                  "notes": "Installation in the basement pharmacy.",
                  "line_items": [
                      {"sku": "APX-RD700", "name": "RoboDispense 700 picking robot, base unit", "quantity": 1,
                       "unit_price": 348000, "discount_percent": 8},
                      {"sku": "APX-TRN", "name": "Operator training day", "quantity": 2, "unit_price": 1200,
                       "discount_percent": 0}]},
        "sources": [{"type": "kb_article", "path": "knowledge/datasheet.md", "title": "Datasheet"},
                    {"type": "kb_article", "path": "knowledge/prices.md", "title": "Price list"}],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


@pytest.mark.asyncio(loop_scope="module")
async def test_the_name_the_answering_sentence_gives_is_priced_by_its_row(built):
    reply = await ask_buyer(built, "Is there some way to load the robot overnight without staff? What does that "
                            "cost?", "buyer-nightfill")
    assert reply.decision == "answer", reply.text
    assert "NightFill" in reply.text and "62000" in reply.text and "Price list" in reply.text, reply.text
    assert "Line item" not in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_a_price_the_quote_line_states_is_still_its_own(built):
    # the robot's line states its price: no sentence gives another name, the line answers
    reply = await ask_buyer(built, "What do we pay for the robot after the discount?", "buyer-robot")
    assert reply.decision == "answer", reply.text
    assert "€320,160.00" in reply.text, reply.text
