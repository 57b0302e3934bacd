"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): a trade-in or a buy-back ("would you
buy back the cameras at month 30, and at what price?") is answered only by a passage naming one. A warranty sentence
stating a camera's price names a guarantee and an amount, not what the seller would pay for its own equipment; the
commercial-statement guard hands the question to a person. So is who makes the cameras: the quote's line names the
camera, not its maker. The camera's price is still answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer, decision_signals, write_scenario

pytestmark = pytest.mark.slow

TERMS = ("# Service terms\n\n"
         "## Camera warranty\n\n"
         "The PTZ cameras are under warranty for five years from commissioning. A replacement PTZ camera outside the "
         "warranty costs EUR 2,890, fitted by our engineer on the next service visit.\n\n"
         "## Ending the service\n\n"
         "The managed service can be ended at any month's end with 90 days' written notice.\n")


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    return write_scenario(
        tmp_path_factory.mktemp("trade-in"), name="lecture-cameras",
        articles={"terms.md": ("Service terms", TERMS)},
        quote={"number": "LC-12", "title": "Lecture capture cameras", "buyer_company": "City College",
               "created_on": "2026-11-01", "expires_on": "2026-12-31", "terms": "Payment 30 days net.", "notes": "",
               "line_items": [{"sku": "PTZ-4K", "name": "PTZ 4K lecture camera", "quantity": 12, "unit_price": 2890,
                               "discount_percent": 0}]})


@pytest.mark.asyncio(loop_scope="module")
async def test_a_buy_back_no_passage_offers_is_handed_to_a_person(built):
    """The warranty sentence names a guarantee and states an amount: the previous code read "buy back" as a
    guarantee asked and quoted it."""
    question = "If we end the service at month 30, would you buy back the PTZ cameras, and at what price?"
    reply = await ask_buyer(built, question, "buyer-buy-back")
    assert reply.decision == "handoff", (reply.text, decision_signals(built, reply))


@pytest.mark.asyncio(loop_scope="module")
async def test_the_price_of_a_replacement_camera_is_still_answered(built):
    reply = await ask_buyer(built, "What does a replacement PTZ camera cost outside the warranty?", "buyer-price")
    assert reply.decision == "answer" and "2,890" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_who_makes_the_quoted_camera_is_handed_to_a_person(built):
    """The quote's line names the camera and states its price, not its maker: the previous code quoted it."""
    reply = await ask_buyer(built, "Which manufacturer makes the PTZ cameras on the quote?", "buyer-maker")
    assert reply.decision == "handoff", (reply.text, decision_signals(built, reply))
