"""Several models of one thing on the quote, through the real stack (SQLite, docling, MiniLM, Milvus-lite, the
pipeline): a question about "the compressor" whose value the product table gives differently for the two compressor
models on the quote is asked back naming both; naming one model, or asking about them together, is answered; the
subtotal of the two compressors is answered from the quote's computed figures and cited as a span of the quote; a
measure a table gives per model, asked of a thing without naming a model, is asked back naming the models; the
quote total asked in two words is its computed total; the price of a part for a quoted model is not that model's
line; a count a table gives per model as bare numbers is asked back naming the models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.scenario_stack import ask_buyer, opened_citation

pytestmark = pytest.mark.slow

DATA = """# Compressor data

## Models

| Model | Type | Noise level dB(A) | Weight (kg) | Standard warranty |
|---|---|---|---|---|
| AC-37 | Oil-injected screw | 66 | 1100 | 2 years |
| AC-45 | Oil-free screw | 71 | 2100 | 2 years |

## Installation

Every compressor is installed and commissioned by our own engineers within two days.
"""


# A table of values per model whose rows and headings do not name the thing ("filter housing"), beside a passage
# that names it without the measure.
FILTERS = """# Accessories

## Specifications

| Specification | FH-10 | FH-20 |
|---|---|---|
| Connection | G 1/2 | G 1 |
| Weight | 4.5 kg | 9 kg |
| Filter cartridges per housing | 1 | 3 |
| Pressure gauge | Dial gauge, 0-16 bar | Differential gauge, 0-1 bar |

## Filter housings

Every filter housing is mounted on the wall next to the dryer with the bracket supplied.
"""


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("models")
    (folder / "knowledge").mkdir()
    (folder / "knowledge" / "compressor-data.md").write_text(DATA)
    (folder / "knowledge" / "accessories.md").write_text(FILTERS)
    item = {"quantity": 1, "discount_percent": 0}
    spec = {
        "name": "compressors", "agent": {"name": "Max", "quick_replies": [], "handoff": {"assign_to": "quote_owner"}},
        "users": [{"email": "rep@air.example", "name": "Robin Rep", "role": "sales_rep", "teams": ["Sales"]}],
        "quote": {"number": "AC-1", "title": "Two compressors", "owner": "rep@air.example",
                  "buyer_company": "Bakery Ltd", "currency": "EUR", "created_on": "2026-11-01",
                  "expires_on": "2026-12-31", "terms": "Payment 30 days net.",
                  "notes": "Site survey: the AC-45 goes on the plant room floor, rated 3,000 kg per m2; the door is "
                           "1,200 mm wide and the AC-45 passes it on its transport skid.",
                  "line_items": [{"sku": "C45", "name": "Oil-free screw compressor AC-45, 45 kW", "unit_price": 48900,
                                  **item},
                                 {"sku": "C37", "name": "Oil-injected screw compressor AC-37, 37 kW (standby)",
                                  "unit_price": 21400, **item},
                                 {"sku": "D60", "name": "Refrigeration dryer DRY-60", "unit_price": 6300, **item}]},
        "sources": [{"type": "kb_article", "path": "knowledge/compressor-data.md", "title": "Compressor data"},
                    {"type": "kb_article", "path": "knowledge/accessories.md", "title": "Accessories"}],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


_ask = ask_buyer


@pytest.mark.asyncio(loop_scope="module")
async def test_a_value_the_two_quoted_models_have_differently_is_asked_back_naming_them(built):
    reply = await _ask(built, "How loud is the compressor?", "buyer-loud")
    assert reply.decision == "clarify", reply
    assert "AC-45" in reply.text and "AC-37" in reply.text, reply.text


@pytest.mark.asyncio(loop_scope="module")
async def test_naming_a_model_or_asking_about_both_is_not_asked_back(built):
    named = await _ask(built, "How loud is the AC-45 compressor?", "buyer-named")
    assert named.decision == "answer", named  # its row, read with the unit its table's header gives
    assert "71" in named.text and "AC-37" not in named.text, named.text
    together = await _ask(built, "How loud are the compressors?", "buyer-both")
    assert together.decision == "answer", together  # every row of their table, none to choose
    assert "66" in together.text and "71" in together.text, together.text


@pytest.mark.asyncio(loop_scope="module")
async def test_a_products_measure_is_read_in_the_knowledge_not_in_the_quotes_notes(built):
    heavy = await _ask(built, "How heavy is the AC-45 compressor?", "buyer-heavy")
    assert heavy.decision == "answer", heavy
    assert "2100" in heavy.text and "3,000 kg" not in heavy.text, heavy.text


@pytest.mark.asyncio(loop_scope="module")
async def test_the_subtotal_of_similar_lines_is_computed_and_cited_as_a_span_of_the_quote(built):
    reply = await _ask(built, "Could you give me the subtotal for both compressors together?", "buyer-subtotal")
    assert reply.decision == "answer", reply
    assert "€70,300.00" in reply.text and "€76,600.00" not in reply.text, reply.text  # not the whole quote's total
    citation = reply.citations[0]
    assert citation.doc_kind == "quote"
    shown = opened_citation(built, citation)  # the buyer's "open the passage" view finds it in the quote's text
    assert shown is not None and not shown.changed and "€70,300.00" in shown.citation.text
    assert shown.before  # the span was found in the quote's current text (its context is shown around it)


@pytest.mark.asyncio(loop_scope="module")
async def test_a_measure_a_table_states_per_model_is_asked_back_when_the_question_names_none(built):
    reply = await _ask(built, "How heavy is the filter housing?", "buyer-housing")
    assert reply.decision == "clarify", reply  # not handed off because the sentence naming it has no weight
    assert "FH-10" in reply.text and "FH-20" in reply.text, reply.text
    named = await _ask(built, "How heavy is the FH-20 filter housing?", "buyer-housing-named")
    assert named.decision == "answer" and "9 kg" in named.text, named



@pytest.mark.asyncio(loop_scope="module")
async def test_the_quote_total_asked_tersely_is_the_computed_total(built):
    reply = await _ask(built, "Quote total?", "buyer-total")
    assert reply.decision == "answer", reply  # not asked back as too vague
    assert "€76,600.00" in reply.text, reply.text
    assert reply.citations[0].doc_kind == "quote"


@pytest.mark.asyncio(loop_scope="module")
async def test_the_price_of_a_part_for_a_quoted_model_is_not_that_models_line(built):
    reply = await _ask(built, "What does a replacement air filter for the AC-45 cost?", "buyer-part")
    assert "48,900" not in reply.text, reply.text  # the compressor's own price is no answer
    assert reply.decision != "answer", reply  # no source prices the filter: asked back or handed off, not answered


@pytest.mark.asyncio(loop_scope="module")
async def test_a_count_given_as_bare_numbers_per_model_is_asked_back_when_no_model_is_named(built):
    # "| Filter cartridges per housing | 1 | 3 |" under "| Specification | FH-10 | FH-20 |": no unit in the cells,
    # the model numbers above them make them one value per model
    reply = await _ask(built, "How many filter cartridges go in the filter housing?", "buyer-cartridges")
    assert reply.decision == "clarify", reply
    assert "FH-10" in reply.text and "FH-20" in reply.text, reply.text
    # asked of each housing, every model's figure is asked for: the row is quoted with both
    each = await _ask(built, "How many filter cartridges go in each filter housing?", "buyer-cartridges-each")
    assert each.decision == "answer", each
    assert "FH-10" in each.text and "FH-20" in each.text and "| 1 | 3 |" in each.text, each.text
    named = await _ask(built, "How many filter cartridges go in the FH-20 filter housing?", "buyer-cartridges-named")
    assert named.decision == "answer" and "3" in named.text and "FH-10" not in named.text, named


@pytest.mark.asyncio(loop_scope="module")
async def test_figures_written_in_words_per_model_are_asked_back_when_no_model_is_named(built):
    # "| Pressure gauge | Dial gauge, 0-16 bar | Differential gauge, 0-1 bar |": the cells are not written alike, but
    # the model numbers above them make them one reading per model
    reply = await _ask(built, "What range does the pressure gauge on the filter housing read?", "buyer-gauge")
    assert reply.decision == "clarify", reply
    assert "FH-10" in reply.text and "FH-20" in reply.text, reply.text
