"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): the seller asked to bear a cost of the
buyer's ("will you pay the costs of the extra meeting?") is asked about its liability, whatever the cost is called.
A passage stating a price of the thing concerned does not answer it; the commercial-statement guard hands it to a
person. The price itself is still answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer, decision_signals, write_scenario

pytestmark = pytest.mark.slow

TERMS = ("# Service terms\n\n"
         "## Meeting Watch\n\n"
         "A technician watches every council meeting remotely and joins by phone within 5 minutes when the voting "
         "system fails. Meeting Watch costs EUR 180 per meeting, invoiced monthly.\n\n"
         "## Warranty\n\n"
         "The voting units are covered for three years against defects in materials and workmanship. A faulty unit is "
         "replaced within two working days.\n")


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    return write_scenario(
        tmp_path_factory.mktemp("seller-pays"), name="chamber-voting",
        articles={"terms.md": ("Service terms", TERMS)},
        quote={"number": "CV-7", "title": "Council voting system", "buyer_company": "Borough Council",
               "created_on": "2026-11-01", "expires_on": "2026-12-31", "terms": "Payment 30 days net.", "notes": "",
               "line_items": [{"sku": "VOTE-U", "name": "Voting unit", "quantity": 40, "unit_price": 350,
                               "discount_percent": 0}]})


@pytest.mark.asyncio(loop_scope="module")
async def test_the_seller_asked_to_pay_a_cost_of_the_buyers_is_handed_to_a_person(built):
    """"Meeting Watch costs EUR 180 per meeting" states a price near the question, not whether the seller pays for
    a meeting the buyer has to hold again: the previous code quoted it."""
    question = ("If the voting system fails during the budget vote and we have to reconvene the council, will you pay "
                "the costs of the extra meeting?")
    reply = await ask_buyer(built, question, "buyer-reconvene")
    assert reply.decision == "handoff", (reply.text, decision_signals(built, reply))


@pytest.mark.asyncio(loop_scope="module")
async def test_the_price_of_the_service_is_still_answered(built):
    reply = await ask_buyer(built, "How much does Meeting Watch cost per meeting?", "buyer-price")
    assert reply.decision == "answer" and "180" in reply.text, reply.text
