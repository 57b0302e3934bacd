"""Values a quoted list gives per quoted item, through the real stack (SQLite, docling, MiniLM, Milvus-lite, the
pipeline): "How long's the warranty?" answered by a list giving the quoted terminal and handheld their own warranty
is asked back naming them; naming one item is answered with its line; a question about each of them is answered,
not asked back; a price table giving one price per month and per year is no two readings of the price; a polite
frame ("Could you confirm …") around a question is read off before the intent decides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer

pytestmark = pytest.mark.slow

SUPPORT = """# Support and warranty

## Hardware warranty

Warranty runs from the date of delivery to the site:

- T15 Pro countertop terminal and KDS22 kitchen display: 36 months.
- HH6 handheld ordering device: 24 months.

A faulty device is replaced within two business days.

## Installation

Installation takes 1 day for each T15 Pro terminal and 2 hours for each HH6 handheld, by one engineer.
"""

PRICES = """# Software prices

## Licences

| Licence | Price per month (EUR) | Price per year (EUR) |
|---|---|---|
| Core POS licence, per terminal | 29 | 348 |
| Kitchen display licence, per screen | 12 | 144 |
"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("quoted-items")
    (folder / "knowledge").mkdir()
    (folder / "knowledge" / "support.md").write_text(SUPPORT)
    (folder / "knowledge" / "prices.md").write_text(PRICES)
    item = {"quantity": 4, "discount_percent": 0}
    spec = {
        "name": "pos", "agent": {"name": "Max", "quick_replies": [], "handoff": {"assign_to": "quote_owner"}},
        "users": [{"email": "rep@pos.example", "name": "Robin Rep", "role": "sales_rep", "teams": ["Sales"]}],
        "quote": {"number": "POS-1", "title": "Tills for two sites", "owner": "rep@pos.example",
                  "buyer_company": "Brasserie Ltd", "currency": "EUR", "created_on": "2026-11-01",
                  "expires_on": "2026-12-31", "terms": "Payment 30 days net.", "notes": "",
                  "line_items": [{"sku": "T15", "name": "T15 Pro countertop POS terminal, 15.6-inch",
                                  "unit_price": 1290, **item},
                                 {"sku": "HH6", "name": "HH6 handheld ordering device, IP65", "unit_price": 489,
                                  **item},
                                 {"sku": "INST", "name": "On-site installation and staff training, per site",
                                  "unit_price": 950, **item}]},
        "sources": [{"type": "kb_article", "path": "knowledge/support.md", "title": "Support and warranty"},
                    {"type": "kb_article", "path": "knowledge/prices.md", "title": "Software prices"}],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


@pytest.mark.asyncio(loop_scope="module")
async def test_a_value_the_quoted_list_gives_each_item_differently_is_asked_back(built):
    reply = await ask_buyer(built, "How long's the warranty?", "buyer-warranty")
    assert reply.decision == "clarify", reply
    assert "T15 Pro" in reply.text and "HH6" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_naming_an_item_or_asking_about_each_is_answered(built):
    named = await ask_buyer(built, "How long is the warranty on the HH6 handheld?", "buyer-named")
    assert named.decision == "answer", named
    assert "24 months" in named.text, named.text
    each = await ask_buyer(built, "How long does installation take for each till?", "buyer-each")
    assert each.decision == "answer", each  # every reading is asked for: none to choose
    assert "1 day" in each.text and "2 hours" in each.text, each.text


@pytest.mark.asyncio(loop_scope="module")
async def test_one_price_per_month_and_per_year_is_no_question_of_which(built):
    reply = await ask_buyer(built, "What does the kitchen display licence cost per screen?", "buyer-licence")
    assert reply.decision == "answer", reply  # not "per month or per year?"
    assert "144" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_a_polite_frame_around_a_question_is_no_request_for_a_person(built):
    # "could you" opens most change and negotiation messages the intent model was trained on (intent/frames.py)
    reply = await ask_buyer(built, "Could you confirm the warranty period on the HH6 handheld?", "buyer-confirm")
    assert reply.decision == "answer", reply
    assert "24 months" in reply.text, reply.text
    commitment = await ask_buyer(built, "Could you confirm you will extend the warranty on the HH6 handheld to five "
                                        "years at no cost?", "buyer-commitment")
    assert commitment.decision == "handoff", commitment
