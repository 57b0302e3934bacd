"""`readings.py`: the different values of the kind a question asks for in the best passages, counted
(`asked_values`) and named for a follow-up question (`reading_labels`)."""

from dataclasses import replace

from appliance.answering.readings import asked_values, reading_labels
from appliance.retrieval.contracts import Passage, ScoredPassage


def _pool(*texts, headings=None):
    pool = []
    for number, text in enumerate(texts):
        heading = headings[number] if headings else ("Specifications",)
        pool.append(ScoredPassage(Passage(id=f"p{number}", agent_id=1, doc_kind="source", doc_id=number, text=text,
                                          heading_path=heading, start=0, end=len(text), title="Catalogue"),
                                  dense_score=0.6, dense_rank=number + 1))
    return pool


def test_asked_values_counts_the_different_values_of_the_kind_asked_in_the_best_passages():
    pool = _pool("The eLift 8 charges in 9.5 hours on AC and the eLift 6 in 7.5 hours.",
                 "Delivery takes 6 weeks; delivery takes 6 weeks to the islands too.",
                 "The chassis weighs 2,300 kg.")
    assert asked_values(pool, asked_kinds=("duration",)) == 3  # 9.5 hours, 7.5 hours, 6 weeks (once)
    assert asked_values(pool, asked_kinds=()) == 0  # no kind of value asked: no readings to count
    assert asked_values(pool[:1], asked_kinds=("duration",), max_passages=1) == 2
    quote = replace(pool[0], passage=replace(pool[0].passage, doc_kind="quote"))
    assert asked_values([quote], asked_kinds=("duration",)) == 0  # the quote's lines are told apart by their names


def test_each_value_in_one_sentence_is_named_by_its_own_clause_without_the_value():
    # a follow-up says what each value is; stating another thing's figure would be the wrong answer it avoids
    pool = _pool("The RS-40 scrubber runs for 9 hours per charge and recharges fully in 80 minutes.",
                 "Delivery takes 6 weeks from the order.")
    assert reading_labels(pool, asked_kinds=("duration",)) == (
        "The RS-40 scrubber runs for … per charge", "recharges fully in …", "Delivery takes … from the order")


def test_a_table_row_is_named_by_its_row_and_column():
    pool = _pool("| Model | Runtime | Recharge |\n| --- | --- | --- |\n| ProLift X2 | 3.5 h | 4 h |\n"
                 "| ProLift X1 | 2 h | 4 h |")
    assert reading_labels(pool, asked_kinds=("duration",)) == (
        "ProLift X2 (Runtime)", "ProLift X2 (Recharge)", "ProLift X1 (Runtime)")


def test_no_choice_to_offer_names_nothing():
    one = _pool("The warranty lasts 24 months from delivery.", "Delivery takes 24 months? No: the warranty does.")
    assert reading_labels(one[:1], asked_kinds=("duration",)) == ()  # one value: one reading
    assert reading_labels(one, asked_kinds=()) == ()  # no kind of value asked
    quote = [replace(p, passage=replace(p.passage, doc_kind="quote")) for p in _pool(
        "Line item 1: scrubber, 9 hours per charge.", "Line item 2: charger, 80 minutes.")]
    assert reading_labels(quote, asked_kinds=("duration",)) == ()  # quote lines are named by their items elsewhere


def test_the_same_value_twice_is_one_reading_and_markdown_marks_are_left_out():
    pool = _pool("Standard delivery takes 6 weeks. Express delivery takes 6 weeks less a day, or 10 days by air.",
                 "- **Installation:** 2 days on site")
    assert reading_labels(pool, asked_kinds=("duration",)) == (
        "Standard delivery takes …", "… by air", "Installation: … on site")


def test_a_value_alone_on_its_line_names_nothing():
    pool = _pool("- 9 hours\n- 80 minutes", "The charger recharges the pack in 2 hours.")
    assert reading_labels(pool, asked_kinds=("duration",)) == ()  # one reading left: no choice to offer


def test_an_amount_with_its_currency_after_the_figure_is_read_whole():
    # "1650 EUR" was read from its last digit ("0 eur"), so two prices in a price list's column counted as one
    from appliance.answering.answer_types import ANSWER_TYPES
    from appliance.answering.readings import values_of

    money = ANSWER_TYPES["money"][1]
    assert values_of("| KN-1 | 1650 EUR |", money) == {"1650 eur"}
    assert values_of("Preis 1.650 € pro Stück, Montage 2.400,50 €.", money) == {"1.650 €", "2.400,50 €"}
    assert values_of("EUR 1,650.00 and €980", money) == {"eur 1,650.00", "€980"}
    pool = _pool("| SKU | Price |\n| --- | --- |\n| KN-1 | 1650 EUR |\n| KN-2 | 2650 EUR |")
    assert asked_values(pool, asked_kinds=("money",)) == 2
