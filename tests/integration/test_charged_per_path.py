"""Through the real stack (SQLite, docling, MiniLM, Milvus-lite, the pipeline): what a price list charges per is not
what it prices, a question in another language names the quote's lines through its English bridge, and an FAQ's
question is quoted only with its answer.

The quote lists two freezers at different prices. The price list has a maintenance visit charged "per freezer"
whose description names a "controller check", and a take-back of used freezers. Asked in Dutch "what does the
freezer cost per piece? I have to pass it to our controller", the agent asks which freezer: the visit's row is not
the freezer's price, though it names the freezer in its unit cell and the story's controller. (The English "What
does the freezer cost per piece?" is answered with the first freezer's line: "what does X cost" is not read as
asking a figure, measured and not kept in session 38.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer

pytestmark = pytest.mark.slow

PRICE_LIST = """# Price list 2026

List prices in EUR, excluding VAT.

## Service and accessories

| Code | Description | Unit | List price EUR | Remarks |
|---|---|---|---|---|
| PM-1 | Preventive maintenance visit (filter, gaskets, controller check) | per freezer | 295 | Once a year |
| TB-1 | Take-back of used freezer, any brand | per unit | 250 | Max. one per new unit |
| RK-4 | Rack set, 4 racks with 16 boxes each | per set | 410 | Stainless steel |
"""

FAQ = """# Monitoring FAQ

## Power and network

Does the monitoring stop if our internet connection goes down? No: the hub keeps logging on its own and buffers
72 hours of readings, which it uploads when the connection is back.

## Alarms

Alarms are sent by SMS and e-mail to up to ten contacts per site.
"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("charged-per")
    (folder / "knowledge").mkdir()
    (folder / "knowledge" / "prices.md").write_text(PRICE_LIST)
    (folder / "knowledge" / "faq.md").write_text(FAQ)
    spec = {
        "name": "lab-freezers",
        "agent": {"name": "Ada", "quick_replies": [], "handoff": {"assign_to": "quote_owner"}},
        "users": [{"email": "rep@cold.example", "name": "Sam Rep", "role": "sales_rep", "teams": ["Sales"]}],
        "quote": {"number": "CF-7", "title": "Laboratory freezers", "owner": "rep@cold.example",
                  "buyer_company": "Northfield Labs", "currency": "EUR", "created_on": "2026-11-01",
                  "expires_on": "2026-12-31", "terms": "Payment within 30 days of delivery.", "notes": "",
                  "line_items": [
                      {"sku": "CF-U700", "name": "ULT-700 upright freezer, 700 L, -86 °C", "quantity": 4,
                       "unit_price": 15240, "discount_percent": 10},
                      {"sku": "CF-U500", "name": "ULT-500 upright freezer, 500 L, -86 °C", "quantity": 2,
                       "unit_price": 12680, "discount_percent": 6}]},
        "sources": [{"type": "kb_article", "path": "knowledge/prices.md", "title": "Price list"},
                    {"type": "kb_article", "path": "knowledge/faq.md", "title": "Monitoring FAQ"}],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("question", [
    "Wat kost de vriezer per stuk? Ik moet het doorgeven aan onze controller.",
])
async def test_a_row_charged_per_freezer_does_not_price_the_freezer(built, question):
    reply = await ask_buyer(built, question, f"buyer-{hash(question)}")
    assert reply.decision == "clarify", reply.text
    assert "ULT-700" in reply.text and "ULT-500" in reply.text, reply.text
    assert "295" not in reply.text and "maintenance" not in reply.text.lower(), reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_an_faq_question_is_quoted_with_its_answer(built):
    reply = await ask_buyer(built, "If our broadband drops out overnight, does the monitoring keep working?",
                            "buyer-broadband")
    assert reply.decision == "answer", reply.text
    # one unit: the FAQ's question with the sentence answering it, never the question alone
    assert "Does the monitoring stop" in reply.text and "72 hours" in reply.text, reply.text
