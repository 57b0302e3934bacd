"""`span_readings`: a quoted list that gives the value asked for to several things is read as several readings when
the question chooses none of them; a question, or the quote, that chooses one, a table row, long statements and
parts about different aspects of one thing yield none. `one_is_meant`: the margin in meaning that lets one reading
win anyway."""

from appliance.answering.compose import ANSWER_TYPES
from appliance.answering.span_readings import one_is_meant, span_readings

DURATION = ANSWER_TYPES["duration"][1]
MONEY = ANSWER_TYPES["money"][1]
WARRANTY = ("Warranty runs from the date of delivery:\n- Press line PX-40 and feeder F2: 36 months.\n"
            "- Cutter CX-9 and stacker S1: 24 months.\n- Spare blades: 12 months.")


def test_a_list_of_warranties_is_three_readings_when_the_question_names_no_machine():
    readings = span_readings("How long's the warranty?", WARRANTY, DURATION, [])
    assert [r.label for r in readings] == ["Press line PX-40 and feeder F2", "Cutter CX-9 and stacker S1",
                                           "Spare blades"]
    assert [r.value for r in readings] == ["36 months", "24 months", "12 months"]


def test_the_question_naming_one_thing_chooses_it():
    assert span_readings("How long is the warranty on the cutter?", WARRANTY, DURATION, []) == ()


def test_the_quote_holding_one_of_them_chooses_it():
    quoted = "Steel frame: 10 years.\n- Digital load cells: 5 years.\n- Analogue load cells: 3 years."
    question = "How long is the guarantee on the load cells we're getting?"
    assert len(span_readings(question, quoted, DURATION, [])) == 2  # digital and analogue
    assert span_readings(question, quoted, DURATION, ["Weighbridge, 60 t, 8 digital load cells"]) == ()


def test_two_things_on_the_quote_leave_the_question_open():
    quoted = "Steel frame and deck: 10 years.\n- Digital load cells: 5 years.\n- Analogue load cells: 3 years."
    names = ["Weighbridge, concrete-filled steel deck, 8 digital load cells"]
    assert len(span_readings("How long is the warranty?", quoted, DURATION, names)) == 3


def test_parts_after_a_colon_and_semicolons_are_named_by_their_own_words():
    quoted = "Lead times from the deposit: deck ovens 6-8 weeks; rack ovens 8-10 weeks; provers 4-6 weeks."
    readings = span_readings("What is the lead time?", quoted, DURATION, [])
    assert [r.label for r in readings] == ["deck ovens", "rack ovens", "provers"]


def test_a_table_row_long_statements_and_one_value_are_no_readings():
    assert span_readings("How long's the warranty?", "| Item | Warranty |\n| PX-40 | 36 months |\n| CX-9 | 24 "
                         "months |", DURATION, []) == ()
    long_parts = ("On termination the customer can request a full export of its data within 30 days of the end "
                  "date. The supplier keeps the data for 90 days after the end of the contract and then deletes it.")
    assert span_readings("How long do you keep our data?", long_parts, DURATION, []) == ()
    assert span_readings("How long's the warranty?", "Every machine: 24 months.", DURATION, []) == ()


def test_the_same_value_twice_or_other_kinds_of_value_are_no_readings():
    same = "Press line: 24 months.\n- Cutter: 24 months."
    assert span_readings("How long's the warranty?", same, DURATION, []) == ()
    assert span_readings("What does it cost?", WARRANTY, MONEY, []) == ()


def test_one_reading_much_closer_in_meaning_is_meant():
    question = [1.0, 0.0]
    assert one_is_meant(question, [[0.9, 0.436], [0.5, 0.866]], margin=0.15)  # 0.9 against 0.5
    assert not one_is_meant(question, [[0.6, 0.8], [0.55, 0.835]], margin=0.15)  # 0.6 against 0.55
    assert one_is_meant(question, [[0.6, 0.8]], margin=0.15)  # one reading: nothing to ask
