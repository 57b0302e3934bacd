"""The quote's models of a thing the buyer names in other words, through the real stack (SQLite, docling, MiniLM,
the multilingual encoder, Milvus-lite, the pipeline): "the screen" with two displays on the quote whose brightness a
datasheet gives side by side is asked back naming both; naming one is answered from its column; a charge "per store"
for something no line sells is not the project line priced per store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer

pytestmark = pytest.mark.slow

DATASHEET = """# Display datasheet

## Specifications

| Specification | ProLine 55 | WindowBright 49 |
|---|---|---|
| SKU | PL-55 | WB-49 |
| Brightness (nits) | 700 | 3,000 |
| Native resolution | 3840 x 2160 | 1920 x 1080 |

"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("displays")
    (folder / "knowledge").mkdir()
    (folder / "knowledge" / "datasheet.md").write_text(DATASHEET)
    item = {"quantity": 8, "discount_percent": 0}
    spec = {
        "name": "displays", "agent": {"name": "Vi", "quick_replies": [], "handoff": {"assign_to": "quote_owner"}},
        "users": [{"email": "rep@signs.example", "name": "Robin Rep", "role": "sales_rep", "teams": ["Sales"]}],
        "quote": {"number": "DS-1", "title": "Store screens", "owner": "rep@signs.example",
                  "buyer_company": "Grocer Ltd", "currency": "GBP", "created_on": "2026-11-01",
                  "expires_on": "2026-12-31", "terms": "Payment 30 days net.",
                  "line_items": [{"sku": "PL-55", "name": "ProLine 55 indoor display", "unit_price": 1140, **item},
                                 {"sku": "WB-49", "name": "WindowBright 49 window display", "unit_price": 2890,
                                  **item},
                                 {"sku": "PM", "name": "Rollout project management, per store", "unit_price": 350,
                                  **item}]},
        "sources": [{"type": "kb_article", "path": "knowledge/datasheet.md", "title": "Display datasheet"}],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


_ask = ask_buyer


@pytest.mark.asyncio(loop_scope="module")
async def test_a_thing_named_in_other_words_with_two_models_on_the_quote_is_asked_back(built):
    reply = await _ask(built, "How bright is the screen?", "buyer-bright")
    assert reply.decision == "clarify", reply  # "screen" is no word of the displays' names; it means them
    assert "ProLine" in reply.text and "WindowBright" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_naming_one_model_is_answered_from_its_column(built):
    reply = await _ask(built, "How bright is the WindowBright 49 screen?", "buyer-bright-named")
    assert reply.decision == "answer", reply
    assert "3,000" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_a_charge_per_store_for_something_no_line_sells_is_not_that_lines_price(built):
    reply = await _ask(built, "If your installers come in overnight instead, what's the extra charge per store?",
                       "buyer-overnight")
    assert "350" not in reply.text, reply.text  # the project management line is sold per store; not what was asked
    assert reply.decision != "answer", reply
