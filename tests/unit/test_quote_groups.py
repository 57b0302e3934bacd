"""Subtotals of similar quote lines: which lines form a group, what its passage states (computed by code), which
group a sum question names, and that a sum over two named lines is answered from it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from appliance.answering.answer_types import answer_types
from appliance.answering.compose import ComposedReply, extractive_answer
from appliance.answering.quote_groups import GROUPS_HEADING, item_groups, named_group
from appliance.answering.quote_passages import quote_document
from appliance.answering.quote_pool import (
    answers_instead_of_line,
    asks_quote_sum,
    is_line_item,
    line_states_instead,
    is_total,
    lines_not_asked,
    names_more,
    quote_first,
    replaces_line,
    subject_coverage,
    worded_as_sum,
)
from appliance.domain.quotes import LineItem, Quote, compute_totals
from appliance.retrieval.contracts import Passage, ScoredPassage

ROWS = (("Washer-extractor WE-55 (55 kg, electric heating)", 2, 18000, 8),
        ("Washer-extractor WE-28 (28 kg, electric heating)", 1, 9500, 0),
        ("Tumble dryer TD-70 G (700 l, gas)", 3, 7200, 5),
        ("Operator training, on site (per session)", 2, 630, 0),
        ("Technician training, per attendee", 1, 990, 0))


def _items() -> list[LineItem]:
    return [LineItem(name=n, quantity=Decimal(q), unit_price=Decimal(p), discount_percent=Decimal(d), quote_id=1)
            for n, q, p, d in ROWS]


def _document():
    quote = Quote(id=1, number="Q-7", title="Laundry", buyer_company="Buyer", currency="GBP",
                  created_on=date(2026, 11, 1), expires_on=date(2027, 1, 31), owner_id=1)
    return quote_document(quote=quote, items=_items(), owner=None, agent_id=1)


def test_lines_sharing_a_word_form_a_group_labelled_by_every_shared_word() -> None:
    groups = {g.label: g for g in item_groups(compute_totals(_items(), "GBP").lines)}
    assert set(groups) >= {"Washer-extractor electric heating", "training"}
    washers = groups["Washer-extractor electric heating"]
    assert [line.item.name[:20] for line in washers.lines] == ["Washer-extractor WE-", "Washer-extractor WE-"]
    # a code, a size or a unit is not a kind of item: "kg" and "55" group nothing; a word in every line groups nothing
    assert all("kg" not in g.terms for g in groups.values())


def test_no_groups_on_a_quote_of_two_lines() -> None:
    assert item_groups(compute_totals(_items()[:2], "GBP").lines) == []


def test_the_group_passage_states_its_sum_computed_by_code_and_is_a_span_of_the_quote_text() -> None:
    document = _document()
    washers = next(g for g in document.groups if g.group.label.startswith("Washer"))
    # 2 x 18,000 less 8% = 33,120.00; 9,500.00 undiscounted
    stated = "together: £42,620.00, after discounts of £2,880.00 (before discounts: £45,500.00)"
    assert stated in washers.passage.text
    passage = washers.passage
    assert document.text[passage.start:passage.end] == passage.text
    assert passage.heading_path[1] == GROUPS_HEADING
    # the groups are quoted, not searched: a question about one line must find that line
    assert all(p.heading_path[1:2] != (GROUPS_HEADING,) for p in document.passages)


@pytest.mark.parametrize("question,label", [
    ("Could you give me the subtotal for just the washer-extractors, both models, after discount?",
     "Washer-extractor electric heating"),
    ("What does the training cost altogether, both kinds combined?", "training"),
])
def test_a_sum_over_similar_named_lines_is_answered_from_their_group(question: str, label: str) -> None:
    document, kinds = _document(), tuple(answer_types(question))
    assert asks_quote_sum(question, document, kinds)
    pool = quote_first(question, [], document, kinds=kinds, sums=True)
    assert [c.passage.heading_path[-1] for c in pool] == [label]


def test_a_question_naming_one_line_more_than_the_others_gets_no_group() -> None:
    document = _document()
    names = [row[0] for row in ROWS]
    assert named_group("What is the total of this quote?", document.groups, names) is None
    # the WE-55 is named by two words, the WE-28 by one: not the two washers alike
    assert named_group("What do the WE-55 washer-extractors come to together?", document.groups, names) is None
    # both named alike by their codes
    chosen = named_group("What do the WE-55 and the WE-28 come to together?", document.groups, names)
    assert chosen is not None and chosen.group.label.startswith("Washer-extractor")


def test_a_whole_quote_sum_keeps_the_totals() -> None:
    document = _document()
    question = "What is the total of this quote, all lines together?"
    pool = quote_first(question, [], document, kinds=tuple(answer_types(question)), sums=True)
    assert {c.passage.heading_path[1] for c in pool} == {"Totals"}


@pytest.mark.parametrize("question", [
    "I'm putting together our budget. What do we pay per session for the operator training?",  # a phrasal verb
    "What do the washer-extractors cost per year, both together?",  # a billing period: the period totals sum it
])
def test_putting_together_and_billing_periods_are_not_group_sums(question: str) -> None:
    document, kinds = _document(), tuple(answer_types(question))
    pool = quote_first(question, [], document, kinds=kinds, sums=asks_quote_sum(question, document, kinds))
    assert all(c.passage.heading_path[1] != GROUPS_HEADING for c in pool)


@pytest.mark.parametrize("question", ["Quote total?", "What's the offer's total before VAT?",
                                      "What is the total of this quote?"])
def test_the_quote_total_asked_tersely_is_a_sum_over_the_quote(question: str) -> None:
    document, kinds = _document(), tuple(answer_types(question))
    assert asks_quote_sum(question, document, kinds)
    pool = quote_first(question, [], document, kinds=kinds, sums=True)
    assert pool and all(is_total(c.passage) for c in pool)


def _not_asked(question: str, line: Passage) -> bool:
    """The quote line's figures are not what the question asks, though it names the line."""
    return line.id in lines_not_asked(question, [line])


def test_a_count_of_something_else_is_no_line_items_quantity() -> None:
    document = _document()
    line = next(p for p in document.passages if is_line_item(p))  # the WE-55 washer-extractors
    assert _not_asked("How many operators can use it at the same time?", line)
    assert not _not_asked("How many washer-extractors do we get?", line)  # its own item
    assert not _not_asked("How many units are in the quote?", line)  # about the quote
    assert not _not_asked("What does it cost?", line)  # no count


def test_another_size_of_a_lines_item_is_not_that_lines_price() -> None:
    document = _document()
    line = next(p for p in document.passages if is_line_item(p))  # "Washer-extractor WE-55 (55 kg, …)"
    assert _not_asked("What would a 75 kg washer-extractor cost?", line)  # a size the line is not
    assert not _not_asked("What does the 55 kg washer-extractor cost?", line)  # its own size
    assert not _not_asked("What does the 55 kilo washer-extractor cost?", line)  # a unit written out
    assert not _not_asked("What does the washer-extractor cost for our 3 sites?", line)  # no size of it
    from appliance.answering.quote_pool import sizes_other

    # one size however its thousands are written
    assert not sizes_other("the line total for the 84 frames at 6500 mm?", "Upright frame 6,500 mm x 1,100 mm")
    assert not sizes_other("the line total for the 84 frames at 6500 mm?", "SR-90 upright frame 6500 x 1100 mm")
    assert sizes_other("and the frames at 7000 mm?", "SR-90 upright frame 6500 x 1100 mm")
    assert sizes_other("what would the 80 tonne one cost?", "Weighbridge 18 m x 3.0 m, 60 t")


def test_a_price_of_something_belonging_to_a_line_is_not_that_lines_price() -> None:
    line = next(p for p in _document().passages if is_line_item(p))  # the WE-55 washer-extractors
    assert _not_asked("What does a replacement door seal for the WE-55 cost?", line)
    assert not _not_asked("What is the price of the WE-55 washer-extractors?", line)  # the line itself
    assert not _not_asked("What is the unit price for the washer-extractors?", line)  # "unit" names none
    assert not _not_asked("What does the WE-55 weigh?", line)  # no price asked, and it names the line
    assert _not_asked("What does a door seal weigh?", line)  # the line names none of the things asked about
    assert _not_asked("Our laundry is on the second floor. What's the extra charge per floor?", line)
    assert not _not_asked("What do the washer-extractors cost per unit?", line)


@pytest.mark.parametrize("question", [
    "What would an extra washer-extractor cost us?",
    "If we add one more washer-extractor next year, what does that cost?",
    "How much is a replacement washer-extractor?",
    "Was kostet eine weitere Waschschleudermaschine?",  # as its bridge may leave it: the words say "another"
    "Combien coûte une laveuse supplémentaire ?",
    "Quanto costa una lavatrice in più?",
    "¿Cuánto cuesta una lavadora de repuesto?",
    "Wat kost een reserve wasmachine?",
])
def test_the_price_of_another_one_is_not_the_lines_price(question: str) -> None:
    line = next(p for p in _document().passages if is_line_item(p))  # the WE-55 washer-extractors of this order
    assert _not_asked(question, line), question


@pytest.mark.parametrize("question", [
    "Do we pay extra for the washer-extractor's installation?",  # money asked as "extra"
    "Is there an extra maintenance charge on the washer-extractors?",
    "What do the washer-extractors cost?",
    "How much more expensive is the washer-extractor than the dryer?",
    "If we grew (we are talking to another laundry), what would the washer-extractors cost?",  # an aside
    "How much does it cost to reserve the washer-extractors for a weekend?",  # the English verb
])
def test_extra_money_is_no_other_one(question: str) -> None:
    line = next(p for p in _document().passages if is_line_item(p))
    assert not _not_asked(question, line), question


def test_a_line_of_spares_prices_a_spare() -> None:
    spares = Passage(id="q-spare", agent_id=1, doc_kind="quote", doc_id=1, text="Line item 6: spare door seals",
                     heading_path=("Quote Q-7", "Line items", "Spare door seal kit"), start=0, end=29,
                     title="Quote Q-7")
    assert not _not_asked("What does a spare door seal kit cost?", spares)
    assert _not_asked("What does an extra door seal kit cost?", spares)


def test_a_named_line_stating_the_kind_asked_is_quoted_instead_of_a_row_stating_none() -> None:
    line = next(p for p in _document().passages if is_line_item(p))
    notes = Passage(id="notes", agent_id=1, doc_kind="source", doc_id=9, title="Price list 2026",
                    text="| Ironers: 5% when ordered with 2 or more washer-extractors. |", heading_path=("Price list",),
                    start=0, end=60)
    rates = _quoted(notes, "What volume discount applies to the ironers?")
    # a price asked of a quoted item: its line states one, the notes none
    assert line_states_instead([line], rates, ("money", "percent"))
    # a measure in the item's name ("Washer-extractor WE-55 (55 kg, electric heating)")
    assert line_states_instead([line], rates, ("weight",))
    # a discount rate or a number the notes state too; a lead time or a power the line does not state; no line
    # named; nothing asked
    assert not line_states_instead([line], rates, ("percent",))
    assert not line_states_instead([line], rates, ("count",))
    assert not line_states_instead([line], rates, ("duration",))
    assert not line_states_instead([line], rates, ("power",))
    assert not line_states_instead([], rates, ("money",))
    assert not line_states_instead([line], rates, ())


@pytest.mark.parametrize(("question", "summed"), [
    ("What will we be paying every year on a recurring basis, i.e. the yearly items only?", True),
    ("How much do the licences come to in total?", True),
    ("What's the maximum ramp incline we can push the hoist up?", False),
    ("What's the IP rating of the shore power pedestals?", False),
])
def test_a_question_worded_as_a_sum_over_the_quote(question: str, summed: bool) -> None:
    """The quote's totals passages stay in the pool of a question worded as a sum whatever kind of value it asks;
    a question neither worded as one nor asking an amount does not read them (their lists of item names name
    whatever it names)."""
    assert worded_as_sum(question) is summed


def _quoted(passage: Passage, question: str) -> ComposedReply:
    answer = extractive_answer(question, [ScoredPassage(passage, dense_score=0.6, dense_rank=1)])
    assert answer is not None
    return answer


def test_a_row_naming_more_of_what_was_asked_than_the_quote_line_names_another_thing() -> None:
    """A spare part's price-list row names more of "a pack of spare door seals for the WE-55" than the WE-55's quote
    line does: the evidence gatherer quotes the row instead of the line (its item is not what was asked)."""
    line = next(p for p in _document().passages if is_line_item(p))  # the WE-55 washer-extractors
    row = Passage(id="row", agent_id=1, doc_kind="source", doc_id=9, title="Spare parts 2026",
                  text="| Part | Price (GBP) |\n| --- | --- |\n| WE-55 door seal, pack of 2 | 64 |",
                  heading_path=("Spare parts",), start=0, end=70)
    question = "How much does a pack of spare door seals for the WE-55 cost?"
    assert names_more(question, _quoted(row, question), [line])
    assert subject_coverage(question, line.text, line) < subject_coverage(question, row.text, row)
    asked_of_line = "What does the WE-55 washer-extractor cost?"
    assert not names_more(asked_of_line, _quoted(row, asked_of_line), [line])


def test_what_the_asking_sentence_names_counts_before_the_story_after_it() -> None:
    """"Price for a door seal? thinking of one per WE-55 washer-extractor, we have the big ones": the row of the seal
    names what the asking sentence names; the washer-extractors' line names more of the words after it, the
    buyer's circumstances, and is not what was asked (chat writes the next sentence in lower case)."""
    line = next(p for p in _document().passages if is_line_item(p))  # the WE-55 washer-extractors
    row = Passage(id="row", agent_id=1, doc_kind="source", doc_id=9, title="Spare parts 2026",
                  text="| Part | Price (GBP) |\n| --- | --- |\n| Door seal, pack of 2 | 64 |",
                  heading_path=("Spare parts",), start=0, end=62)
    question = "Price for a door seal? thinking of one per WE-55 washer-extractor, we have the big ones"
    assert subject_coverage(question, row.text, row)[0] > subject_coverage(question, line.text, line)[0]
    assert names_more(question, _quoted(row, question), [line])


def test_a_row_charged_per_the_asked_thing_does_not_name_it() -> None:
    """"What does the washer-extractor cost per piece? I have to pass it to our controller.": the WE-55's line names
    all the asking sentence names; a service visit's row charged "per washer-extractor", whose "controller check"
    names a word of the story, does not replace it (what a figure counts per is not the thing it prices)."""
    line = next(p for p in _document().passages if is_line_item(p))  # the WE-55 washer-extractors
    row = Passage(id="row", agent_id=1, doc_kind="source", doc_id=9, title="Service prices 2026",
                  text="| Code | Service | Unit | Price (GBP) |\n| --- | --- | --- | --- |\n"
                       "| SV-1 | Maintenance visit (filters, seals, controller check) | per washer-extractor | 295 |",
                  heading_path=("Service",), start=0, end=120)
    question = "What does the washer-extractor cost per piece? I have to pass it to our controller."
    assert subject_coverage(question, row.text, row)[0] == 0  # "per washer-extractor" names nothing
    assert not names_more(question, _quoted(row, question), [line])


def test_a_line_the_answerability_model_reads_as_not_answering_may_be_replaced_by_a_row_naming_as_much() -> None:
    """"Do you take old washers back, and what does that cost?": the take-back row names no more of it than the
    WE-55's line, which the answerability model reads as not answering (0.29 below 0.4): the row may stand for it.
    Above the minimum, or not read (a question in another language), naming more is still what replaces a line."""
    line = next(p for p in _document().passages if is_line_item(p))  # the WE-55 washer-extractors
    row = Passage(id="row", agent_id=1, doc_kind="source", doc_id=9, title="Services 2026",
                  text="| Service | Price (GBP) |\n| --- | --- |\n| Take-back of a used washer-extractor | 180 |",
                  heading_path=("Services",), start=0, end=80)
    question = "We have two old washer-extractors. Do you take them back, and what does that cost?"
    answer = _quoted(row, question)
    assert not names_more(question, answer, [line])
    assert replaces_line(question, answer, line, line_answerability=0.29, line_answerability_min=0.4)
    assert not replaces_line(question, answer, line, line_answerability=0.7, line_answerability_min=0.4)
    assert not replaces_line(question, answer, line, line_answerability=None, line_answerability_min=0.4)


def test_a_knowledge_answer_without_the_value_asked_stands_for_a_line_only_when_read_as_answering_better() -> None:
    """"Is taking out the old radars part of the install price?": the scope's removal sentence states no amount.
    It is taken over a weak line (0.32 below 0.55) when the model reads it as answering as a line must (0.75, at
    least 0.55); not over a line above the minimum, nor when the model reads it below that ("Is the installation
    free if we sign today?": a payment schedule at 0.24 over the installation's line at 0.20), nor unread (not
    English). An answer holding the value asked is taken unless the model reads it as not answering at all."""
    limits = {"answerability_min": 0.2, "line_answerability_min": 0.55}
    assert answers_instead_of_line(first_kind_held=False, answerability=0.75, line_answerability=0.32, **limits)
    assert not answers_instead_of_line(first_kind_held=False, answerability=0.75, line_answerability=0.6, **limits)
    assert not answers_instead_of_line(first_kind_held=False, answerability=0.24, line_answerability=0.2, **limits)
    assert not answers_instead_of_line(first_kind_held=False, answerability=None, line_answerability=None, **limits)
    assert answers_instead_of_line(first_kind_held=True, answerability=None, line_answerability=None, **limits)
    assert answers_instead_of_line(first_kind_held=True, answerability=0.5, line_answerability=0.9, **limits)
    assert not answers_instead_of_line(first_kind_held=True, answerability=0.1, line_answerability=0.3, **limits)
