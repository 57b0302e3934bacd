"""The passages one wording is answered from (`wording_pool`): a line item's figures from its line, a measure from
no line or note of the quote, a sum from the quote's totals."""

from datetime import date
from decimal import Decimal

from appliance.answering.answer_types import answer_types
from appliance.answering.quote_passages import quote_document
from appliance.answering.quote_pool import is_line_item, is_quote_remark, is_total
from appliance.answering.wording_pool import wording_pool
from appliance.domain.quotes import LineItem, Quote
from appliance.retrieval.contracts import Passage, ScoredPassage


def _document():
    quote = Quote(id=1, number="Q-7", title="Laundry", buyer_company="Buyer", currency="GBP",
                  created_on=date(2026, 11, 1), expires_on=date(2027, 1, 31), owner_id=1,
                  notes="The site survey found a goods lift of 1,000 kg.")
    items = [LineItem(name="Washer-extractor WE-55", quantity=Decimal(2), unit_price=Decimal(18000),
                      discount_percent=Decimal(8), quote_id=1),
             LineItem(name="Tumble dryer TD-70", quantity=Decimal(3), unit_price=Decimal(7200),
                      discount_percent=Decimal(0), quote_id=1)]
    return quote_document(quote=quote, items=items, owner=None, agent_id=1)


def _candidates(document) -> list[ScoredPassage]:
    sheet = Passage(id="sheet", agent_id=1, doc_kind="source", doc_id=9, title="Datasheet",
                    text="| Model | Weight |\n| --- | --- |\n| WE-55 | 540 kg |", heading_path=("Data",), start=0,
                    end=50)
    return [ScoredPassage(p) for p in document.passages] + [ScoredPassage(sheet)]


def _pool(question: str, document):
    kinds = tuple(answer_types(question))
    measured = [k for k in kinds if k in ("duration", "weight")]
    return wording_pool(question, _candidates(document), document, kinds=kinds, concepts=(), measured=measured,
                        measures_in=(), english=True)


def test_a_line_items_price_is_answered_from_the_lines() -> None:
    document = _document()
    chosen = _pool("What is the unit price of the WE-55 washer-extractor?", document)
    assert chosen.figures and not chosen.sums
    assert any(is_line_item(c.passage) for c in chosen.pool)


def test_a_measure_is_answered_from_no_line_nor_note_of_the_quote() -> None:
    document = _document()
    chosen = _pool("How heavy is the WE-55?", document)
    assert not chosen.figures
    assert not any(is_line_item(c.passage) or is_quote_remark(c.passage) or is_total(c.passage)
                   for c in chosen.pool)
    assert any(c.passage.id == "sheet" for c in chosen.pool)
    # the note is kept for what it answers: the site
    assert any(is_quote_remark(c.passage) for c in _pool("Is a goods lift needed on site?", document).pool)


def test_a_sum_of_the_quote_keeps_its_totals_first() -> None:
    document = _document()
    chosen = _pool("What is the total of the quote before VAT?", document)
    assert chosen.sums
    assert is_total(chosen.pool[0].passage)


def test_a_price_asked_of_one_thing_is_no_totals_answer() -> None:
    # the totals list every item's name: without a total, a tax or a billing period asked they answer nothing
    document = _document()
    for question in ("What does a replacement drum for the WE-55 cost?",
                     "Wat kost een vervangende trommel voor de WE-55?"):
        assert not any(is_total(c.passage) for c in _pool(question, document).pool), question
    for question in ("How much do we pay with VAT?", "What do we pay per year after your discounts?",
                     "How much is the Gesamtpreis?"):
        assert any(is_total(c.passage) for c in _pool(question, document).pool), question


def test_the_quotes_opening_answers_only_what_it_states() -> None:
    # its title names what the offer covers: it matches any question on the subject and states none of its answers
    document = _document()

    def is_quote_header(passage) -> bool:  # the passage under the quote's own heading alone
        return passage.doc_kind == "quote" and len(passage.heading_path) == 1

    assert not any(is_quote_header(c.passage) for c in _pool("Can the washers run on a 16 A supply?", document).pool)
    for question in ("Until when is this quote valid?", "Who is our contact for the laundry order?",
                     "Bis wann ist das gültig?", "When does it expire?"):
        assert any(is_quote_header(c.passage) for c in _pool(question, document).pool), question


def test_the_quote_named_only_in_a_clause_of_context_is_not_what_is_asked() -> None:
    from appliance.answering.quote_pool import about_the_quote

    # the quote's item named before a question on its datasheet's figures
    assert not about_the_quote("With the washers in the quote, how many minutes does a cycle take?", ("duration",))
    assert not about_the_quote("We've got two dryers on the quote - so how long does one take to dry a load?")
    # an amount or a share is the quote's, whatever clause names it
    assert about_the_quote("The washers on the quote, what do they cost each?", ("money",))
    # the question itself names the quote, or a supposition is made about it
    assert about_the_quote("What's the total of the quote before tax, and what is it including VAT?")
    assert about_the_quote("Does the quote include installation?")
    assert about_the_quote("If we split the whole quote across the 6 shops, roughly what's the cost per shop?")
    assert not about_the_quote("How heavy is the washer?")


def test_the_quote_named_only_in_a_sentence_of_context_is_not_what_is_asked() -> None:
    from appliance.answering.quote_pool import about_the_quote

    # a price asked of something the quote leaves out: the price list's, not a line of the quote
    assert not about_the_quote("The quote doesn't include the ironer. If we wanted one, what's the list price?",
                               ("money",))
    # the question names the quote, whatever sentence follows it
    assert about_the_quote("Are the prices on the quote inclusive of VAT? We're based in the UK.", ("money",))
    # a question too short to say what it asks is about the sentences before it
    assert about_the_quote("Everything in the quote except the service plan, before VAT. How much?", ("money",))
