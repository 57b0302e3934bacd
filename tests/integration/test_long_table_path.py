"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): a row of a long price list, split
between passages, is read under its table's header row.

The price list's accessories table is long: the row of the bed-end extension kit sits in a later passage than the
header row giving "List price (USD)", so the row alone states no amount. The quote lists a bunking kit. Asked the
price of the extension kit, the price list's row answers (read under its header: its 74 is a price), not the
bunking kit's quote line, which only shares the word "kit". Asked whether the beds are made in the USA, where no
source says where they are made, a person answers: a datasheet row of the beds does not state it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer

pytestmark = pytest.mark.slow

FINISHES = ("natural maple", "walnut", "grey oak", "white ash", "black steel", "graphite")
PARTS = ("desk return", "shelf bracket", "drawer runner", "wardrobe rail", "mirror panel", "corner cap")


def _price_list() -> str:
    rows = [f"| BW-AC-{index:03d} | {part.capitalize()}, {finish} | {2 + index % 7} | {18 + index} |"
            for index, (part, finish) in enumerate(((p, f) for p in PARTS for f in FINISHES), start=1)]
    rows.insert(30, "| BW-AC-EXT6 | Bed-end extension kit (twin XL to 86 in) | 9 | 74 |")
    return ("# Price and specification sheet 2026\n\nList prices in USD, excluding sales tax.\n\n"
            "## Accessories\n\n| SKU | Product | Weight (lb) | List price (USD) |\n|---|---|---|---|\n"
            + "\n".join(rows) + "\n\n## Beds\n\n| SKU | Product | Weight (lb) | List price (USD) |\n|---|---|---|---|\n"
            "| BW-LB-3680 | Loftable bed, twin XL, steel frame | 118 | 689 |\n")


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("long-table")
    (folder / "knowledge").mkdir()
    (folder / "knowledge" / "prices.md").write_text(_price_list())
    spec = {
        "name": "residence-furniture",
        "agent": {"name": "Ada", "quick_replies": [], "handoff": {"assign_to": "quote_owner"}},
        "users": [{"email": "rep@bunk.example", "name": "Sam Rep", "role": "sales_rep", "teams": ["Sales"]}],
        "quote": {"number": "BW-7", "title": "Residence hall furniture", "owner": "rep@bunk.example",
                  "buyer_company": "Northfield College", "currency": "USD", "created_on": "2026-11-01",
                  "expires_on": "2026-12-31", "terms": "Payment within 30 days of delivery.", "notes": "",
                  "line_items": [
                      {"sku": "BW-LB-3680", "name": "Loftable bed, twin XL, steel frame", "quantity": 40,
                       "unit_price": 689, "discount_percent": 0},
                      {"sku": "BW-AC-BNK-KIT", "name": "Bunking kit (4 bunking pins, guardrail, ladder)",
                       "quantity": 20, "unit_price": 96, "discount_percent": 0}]},
        "sources": [{"type": "kb_article", "path": "knowledge/prices.md", "title": "Price sheet"}],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


@pytest.mark.asyncio(loop_scope="module")
async def test_a_row_far_down_a_long_price_list_is_priced_by_its_tables_header(built):
    container, _ = built
    passages = [p for p in container.store.document_passages(doc_kind="source", doc_id=1)
                if "BW-AC-EXT6" in p.text]
    assert passages and "List price (USD)" not in passages[0].text  # the row is in a later passage than its header
    reply = await ask_buyer(built, "How much is the extension kit?", "buyer-extension")
    assert reply.decision == "answer", reply.text
    assert "Bed-end extension kit" in reply.text and "74" in reply.text, reply.text
    assert "List price (USD)" in reply.text, reply.text  # quoted under its header row
    assert "Bunking kit" not in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_where_the_beds_are_made_is_not_answered_by_their_row(built):
    reply = await ask_buyer(built, "Are the loftable beds made in the USA? We have a buy-American policy.",
                            "buyer-origin")
    assert reply.decision == "handoff", reply.text
