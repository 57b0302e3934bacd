"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): one attribute in several sections of
a datasheet, and the amount of a payment stage.

The datasheet gives each product its own section and table, and both tables have a "Battery charge time" row with
its own value. Asked without naming a product, the agent asks back naming the sections; asked of one product, it
answers with that product's row and not the other's. The quote's terms ask a 25% deposit: its amount in pounds is
computed from the quote's total and cited as a span of the quote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer, opened_citation

pytestmark = pytest.mark.slow

DATASHEET = """# Portable monitoring equipment — datasheet

## Gas detector GD-4

A four-gas detector for confined spaces, worn on the chest strap supplied.

| Specification | Value |
|---|---|
| Sensors | O2, CO, H2S, LEL |
| Battery charge time | 3.5 hours |
| Run time on a full charge | 14 hours |
| Ingress protection | IP67 |

## Noise dosimeter ND-2

A shoulder-worn dosimeter logging a full shift of exposure.

| Specification | Value |
|---|---|
| Measuring range | 55-140 dB(A) |
| Battery charge time | 6 hours from empty |
| Data memory | 200 shifts |
| Ingress protection | IP54 |

## Service

Every instrument is calibrated before dispatch and comes with its certificate.
"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sections")
    (folder / "knowledge").mkdir()
    (folder / "knowledge" / "datasheet.md").write_text(DATASHEET)
    item = {"quantity": 4, "discount_percent": 0}
    spec = {
        "name": "monitoring", "agent": {"name": "Ada", "quick_replies": [], "handoff": {"assign_to": "quote_owner"}},
        "users": [{"email": "rep@safe.example", "name": "Sam Rep", "role": "sales_rep", "teams": ["Sales"]}],
        "quote": {"number": "PM-7", "title": "Site monitoring kit", "owner": "rep@safe.example",
                  "buyer_company": "Tunnel Works Ltd", "currency": "GBP", "created_on": "2026-11-01",
                  "expires_on": "2026-12-31",
                  "terms": "A 25% deposit is due with the order and the balance 30 days after delivery.",
                  "notes": "Delivery to the site office.",
                  "line_items": [{"sku": "GD4", "name": "Gas detector GD-4", "unit_price": 890, **item},
                                 {"sku": "ND2", "name": "Noise dosimeter ND-2", "unit_price": 640, **item}]},
        "sources": [{"type": "kb_article", "path": "knowledge/datasheet.md", "title": "Datasheet"}],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


_ask = ask_buyer


@pytest.mark.asyncio(loop_scope="module")
async def test_an_attribute_each_section_gives_is_asked_back_naming_the_sections(built):
    reply = await _ask(built, "How long does the battery take to charge?", "buyer-charge")
    assert reply.decision == "clarify", reply
    assert "Gas detector GD-4" in reply.text and "Noise dosimeter ND-2" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_naming_one_section_answers_with_its_row(built):
    reply = await _ask(built, "How long does the noise dosimeter battery take to charge?", "buyer-charge-named")
    assert reply.decision == "answer", reply
    assert "6 hours" in reply.text and "3.5 hours" not in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_the_deposit_asked_in_money_is_computed_from_the_quote_and_cited_in_it(built):
    reply = await _ask(built, "How much is the deposit in pounds?", "buyer-deposit")
    assert reply.decision == "answer", reply
    assert "£1,530.00" in reply.text, reply.text  # 25% of £6,120.00
    citation = reply.citations[0]
    assert citation.doc_kind == "quote"
    shown = opened_citation(built, citation)  # the buyer's "open the passage" view finds it in the quote's text
    assert shown is not None and not shown.changed and "£1,530.00" in shown.citation.text
    terms = await _ask(built, "Payment terms?", "buyer-terms")  # how the quote is paid: its terms and the amounts
    assert terms.decision == "answer" and "30 days after delivery" in terms.text, terms
    assert "£1,530.00" in terms.text and "£4,590.00" in terms.text, terms.text
    share = await _ask(built, "What percentage is the deposit?", "buyer-deposit-share")
    assert "25%" in share.text and "£1,530.00" not in share.text, share.text  # a share asked: the terms' own words
