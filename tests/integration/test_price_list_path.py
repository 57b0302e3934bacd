"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): a price list's rows priced in its
header's currency are readings to ask between, a quote line's discount is no share of anything else, a quote line
of another size or another one of a quoted item is not the thing asked about, a floor's load and an electrical supply
are measures the quote's notes do not state, and a service level the documents name otherwise is not unknown.

The quote lists two 60 t weighbridges with a 7% discount. The price list (amounts under "List price (EUR)", none
with a currency sign) sells a desktop ticket printer and an outdoor kiosk with a ticket printer. The service terms
state a monthly availability, never the word "uptime"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer, decision_signals

pytestmark = pytest.mark.slow

PRICE_LIST = """# Accessories and options 2026

Prices exclude VAT. Lead times count from the written order confirmation.

| Code | Description | Unit | List price (EUR) | Lead time (weeks) |
|---|---|---|---|---|
| TP-D | Desktop thermal ticket printer for the weighroom | each | 420 | 1 |
| TP-K | Outdoor driver kiosk with ticket printer and card reader | each | 2950 | 5 |
| TL-2 | Red/green LED traffic light set | each | 640 | 2 |
| SPK-8 | Surge protection kit for 8-cell bridges | each | 890 | 2 |
"""

SERVICE = """# Service terms

## Weighing portal

The weighing portal targets a monthly availability of 99.5%, measured over each calendar month. Planned
maintenance is announced 5 working days ahead and is not counted as downtime.

## Calibration

Each bridge is calibrated once a year on site by a certified engineer.

## Site preparation

The foundation slab must carry a floor load of 25 kN/m² under each end plate. Each bridge needs a 230 V
single-phase supply with a 16 A fuse at the terminal box, within 20 m of the weighroom.
"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("price-list")
    (folder / "knowledge").mkdir()
    (folder / "knowledge" / "prices.md").write_text(PRICE_LIST)
    (folder / "knowledge" / "service.md").write_text(SERVICE)
    spec = {
        "name": "weighbridges",
        "agent": {"name": "Ada", "quick_replies": [], "handoff": {"assign_to": "quote_owner"}},
        "users": [{"email": "rep@weigh.example", "name": "Sam Rep", "role": "sales_rep", "teams": ["Sales"]}],
        "quote": {"number": "KW-7", "title": "Gate weighbridges", "owner": "rep@weigh.example",
                  "buyer_company": "Ardenne Quarries", "currency": "EUR", "created_on": "2026-11-01",
                  "expires_on": "2026-12-31", "terms": "Payment within 30 days of commissioning.",
                  "notes": "Prices assume both bridges stand on the existing concrete apron at the north gate.",
                  "line_items": [
                      {"sku": "WB-60-18", "name": "WB-60 weighbridge, 18 m x 3.0 m, 60 t, steel deck", "quantity": 2,
                       "unit_price": 48900, "discount_percent": 7},
                      {"sku": "INST-SM", "name": "Installation and commissioning, per bridge", "quantity": 2,
                       "unit_price": 9750, "discount_percent": 0}]},
        "sources": [{"type": "kb_article", "path": "knowledge/prices.md", "title": "Price list"},
                    {"type": "kb_article", "path": "knowledge/service.md", "title": "Service terms"}],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


@pytest.mark.asyncio(loop_scope="module")
async def test_rows_priced_in_the_header_currency_are_asked_between(built):
    reply = await ask_buyer(built, "How much is the ticket printer?", "buyer-printer")
    assert reply.decision == "clarify", reply.text
    assert "TP-D" in reply.text and "TP-K" in reply.text, reply.text
    assert "420" not in reply.text and "2950" not in reply.text, reply.text  # no other thing's figure is stated


@pytest.mark.asyncio(loop_scope="module")
async def test_a_quote_lines_discount_is_no_share_of_what_was_asked(built):
    reply = await ask_buyer(built, "For our sustainability report: what percentage of recycled steel is in the "
                                   "weighbridge on this quote?", "buyer-steel")
    signals = decision_signals(built, reply)
    assert reply.decision == "handoff", reply.text
    assert signals.get("line_without_value") == 1.0, signals


@pytest.mark.asyncio(loop_scope="module")
async def test_another_size_of_a_quoted_item_is_not_priced_by_its_line(built):
    reply = await ask_buyer(built, "We may add a third bridge for the bigger tippers. What would the 80 tonne "
                                   "weighbridge cost?", "buyer-80t")
    assert "48,900" not in reply.text and "45,477" not in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_a_service_level_the_documents_name_otherwise_is_answered(built):
    reply = await ask_buyer(built, "What uptime do you commit to for the weighing portal?", "buyer-uptime")
    assert reply.decision == "answer", reply.text
    assert "99.5%" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_a_weight_asked_in_french_is_not_answered_by_a_price(built):
    # "la charge sur la dalle" is a load: its bridge's "charge" asks no price, and no source states the weight
    reply = await ask_buyer(built, "Combien pèse le kiosque TP-K ? On doit vérifier la charge sur la dalle.",
                            "buyer-poids")
    assert reply.decision == "handoff", reply.text
    assert "2950" not in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_a_rate_asked_of_a_line_is_its_amount_not_a_share(built):
    # "rate" asks a share as often as an amount: the line sold per bridge answers with its price
    reply = await ask_buyer(built, "What's the installation rate per bridge?", "buyer-rate")
    assert reply.decision == "answer" and "9,750" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_another_one_of_a_quoted_item_is_not_priced_by_its_line(built):
    # the line prices this order's two bridges at its discount; a third one's price is not stated by any source
    for question in ("If we add one more weighbridge next year, what would it cost us?",
                     "Combien coûterait un pont-bascule supplémentaire ?"):
        reply = await ask_buyer(built, question, f"buyer-{len(question)}")
        assert reply.decision != "answer", reply.text
        assert "48,900" not in reply.text and "45,477" not in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_a_floor_load_and_a_supply_are_measures_the_quote_notes_do_not_state(built):
    reply = await ask_buyer(built, "What floor loading must the apron at the north gate take?", "buyer-load")
    assert reply.decision == "answer" and "25 kN/m²" in reply.text, reply.text
    assert "Service terms" in reply.text, reply.text
    reply = await ask_buyer(built, "What electrical supply do the bridges need at the north gate?", "buyer-supply")
    assert reply.decision == "answer" and "230 V" in reply.text, reply.text
