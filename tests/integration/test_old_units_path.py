"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): the buyer's own old units are not the
quoted ones. The quote lists two new deck ovens at a discount; the seller's terms price taking old ovens away. A
question about the buyer's old ovens is answered from the terms, never from the new ovens' line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer

pytestmark = pytest.mark.slow

TERMS = """# Terms of sale and installation

## Delivery

Ovens are delivered on a tail-lift vehicle Monday to Friday between 07:00 and 16:00. The site must provide level
access from the unloading point to the bakery.

## Old equipment

On request we disconnect, remove and dispose of old ovens under the WEEE regulations; the price is GBP 350 per oven.

## Warranty

Every oven carries a 24-month parts and labour warranty from commissioning.
"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("old-units")
    (folder / "knowledge").mkdir()
    (folder / "knowledge" / "terms.md").write_text(TERMS)
    spec = {
        "name": "bakery-ovens",
        "agent": {"name": "Ada", "quick_replies": [], "handoff": {"assign_to": "quote_owner"}},
        "users": [{"email": "rep@ovens.example", "name": "Sam Rep", "role": "sales_rep", "teams": ["Sales"]}],
        "quote": {"number": "HB-9", "title": "In-store bakery ovens", "owner": "rep@ovens.example",
                  "buyer_company": "Fellside Bakeries", "currency": "GBP", "created_on": "2026-11-01",
                  "expires_on": "2026-12-31", "terms": "Payment within 30 days of commissioning.",
                  "notes": "Prices assume installation in the existing bakery rooms of both stores.",
                  "line_items": [
                      {"sku": "DO-4S", "name": "Stratos 4-deck electric deck oven, stone soles", "quantity": 2,
                       "unit_price": 18450, "discount_percent": 8}]},
        "sources": [{"type": "kb_article", "path": "knowledge/terms.md", "title": "Terms of sale"}],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


@pytest.mark.asyncio(loop_scope="module")
async def test_the_buyers_old_ovens_are_not_priced_by_the_new_ovens_line(built):
    # the question names the line's "deck ovens" (the start code quoted the line: £18,450, this order's new ones)
    reply = await ask_buyer(built, "We have two old deck ovens at the Kendal store. What would it cost to get rid of "
                                   "them?", "buyer-old")
    assert reply.decision == "answer" and "350" in reply.text, reply.text
    assert "18,450" not in reply.text and "Terms of sale" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_the_quoted_ovens_are_still_priced_by_their_line(built):
    reply = await ask_buyer(built, "What does the deck oven cost?", "buyer-new")
    assert reply.decision == "answer" and "18,450" in reply.text, reply.text
