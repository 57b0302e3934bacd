"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): a request for a service that asks what
it costs is answered from the terms that price the service, though the intent model reads it as a negotiation; asking
for the same service free goes to a person, and so does a service the terms do not price, though the quote's line for
the new bridges states a price. The quote lists two weighbridges; the terms price winter storage of spare parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer, decision_signals, write_scenario

pytestmark = pytest.mark.slow

SERVICE = """# Installation terms

## Winter storage

We store spare load cells and indicators over winter in our heated depot; storage costs EUR 120 per box per season.

## Calibration

Each bridge is calibrated on site by a certified engineer before it is handed over.
"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    return write_scenario(
        tmp_path_factory.mktemp("price-question"), name="weighbridge-installation",
        articles={"installation.md": ("Installation terms", SERVICE)},
        quote={"number": "KW-9", "title": "Gate weighbridges", "buyer_company": "Ardenne Quarries",
               "created_on": "2026-11-01", "expires_on": "2026-12-31",
               "terms": "Payment within 30 days of commissioning.", "notes": "",
               "line_items": [{"sku": "WB-60-18", "name": "WB-60 weighbridge, 18 m x 3.0 m, 60 t", "quantity": 2,
                               "unit_price": 48900, "discount_percent": 7}]})


@pytest.mark.asyncio(loop_scope="module")
async def test_a_service_asked_with_its_price_is_answered_from_the_terms_not_from_the_quotes_own_line(built):
    # the intent model reads the request as a negotiation (over the 0.6 handoff share); the terms price the storage
    reply = await ask_buyer(built, "Could you store the spare load cells for us over winter, and what would that "
                                   "cost?", "buyer-storage")
    signals = decision_signals(built, reply)
    assert reply.decision == "answer" and "120" in reply.text, reply.text
    assert signals["asks_what_it_costs"] == 1.0 and signals["handoff_intent_mass"] >= 0.6, signals
    # asked free: a negotiation
    reply = await ask_buyer(built, "Could you store the spare load cells for us over winter for free?", "buyer-free")
    assert reply.decision == "handoff" and "120" not in reply.text, reply.text
    # the terms do not price this service and the best answer is the quote's line for the new bridges: the price a
    # negotiation is about, not the price asked; the intent rule hands it off
    reply = await ask_buyer(built, "Could you dismantle and take away the old weighbridge for us, and what would that "
                                   "cost?", "buyer-removal")
    assert reply.decision == "handoff" and "48,900" not in reply.text, reply.text
