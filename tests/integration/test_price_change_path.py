"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): a question asking how a price may
change is answered from the terms that state it, though the intent model reads it as a negotiation; a request to hold
the price goes to a person. The quote lists two weighbridges and a first year of their service plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer, decision_signals, write_scenario

pytestmark = pytest.mark.slow

SERVICE = """# Service terms

## Service plan price

The service plan price is reviewed once a year in line with CPI and will not rise by more than 3% a year.

## Calibration

Each bridge is calibrated once a year on site by a certified engineer.
"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    return write_scenario(
        tmp_path_factory.mktemp("price-change"), name="weighbridge-service",
        articles={"service.md": ("Service terms", SERVICE)},
        quote={"number": "KW-8", "title": "Gate weighbridges", "buyer_company": "Ardenne Quarries",
               "created_on": "2026-11-01", "expires_on": "2026-12-31",
               "terms": "Payment within 30 days of commissioning.", "notes": "",
               "line_items": [{"sku": "WB-60-18", "name": "WB-60 weighbridge, 18 m x 3.0 m, 60 t", "quantity": 2,
                               "unit_price": 48900, "discount_percent": 7},
                              {"sku": "SVC-1Y", "name": "Service plan, first year (up to 2 bridges)", "quantity": 1,
                               "unit_price": 3900, "discount_percent": 0}]})


@pytest.mark.asyncio(loop_scope="module")
async def test_how_a_price_may_change_is_answered_from_the_terms_and_a_request_to_hold_it_handed_off(built):
    # the intent model reads the question as a negotiation (over the 0.6 handoff share); the terms state the cap
    reply = await ask_buyer(built, "If we renew the maintenance plan after three years, how much can the price go "
                                   "up?", "buyer-rise")
    signals = decision_signals(built, reply)
    assert reply.decision == "answer" and "3%" in reply.text, reply.text
    assert signals["asks_how_price_changes"] == 1.0 and signals["handoff_intent_mass"] >= 0.6, signals
    reply = await ask_buyer(built, "Can you fix the service plan price for five years with no CPI increase?",
                            "buyer-hold")
    assert reply.decision == "handoff" and "3%" not in reply.text, reply.text
