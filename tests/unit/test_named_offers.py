"""A name the knowledge gives where it answers, and the passages that price that name."""

from appliance.answering.named_offers import names_given, naming, says_a_name
from appliance.retrieval.contracts import Passage


def _passage(number: int, text: str) -> Passage:
    return Passage(id=f"p{number}", agent_id=1, doc_kind="source", doc_id=number, text=text, heading_path=(),
                   start=0, end=len(text), title="doc")


def test_a_coined_name_or_a_code_the_question_does_not_say_is_given():
    sentence = "The optional NightFill automatic loader (SKU APX-NF) loads up to 300 packs per hour unattended."
    assert names_given(sentence, "Can we load the robot overnight? What does it cost?") == ["NightFill", "APX-NF"]
    # what the question or the quote line already says is no name the answer gives
    assert names_given(sentence, "What does the NightFill cost?", ("Line item 3: loader (SKU APX-NF)",)) == []
    # ordinary capitalised words, units and a standard's plain number are no product names
    assert names_given("Harvestline technicians install it within 5 days at 10 kW.", "Can it be converted?") == []


def test_the_passages_saying_a_name_are_found_and_a_unit_says_it_whole():
    said = _passage(1, "The optional NightFill loader works overnight.")
    row = _passage(2, "| APX-NF | NightFill automatic loader | 62,000 |")
    other = _passage(3, "| APX-NFX | Night filler kit | 900 |")
    assert naming([said, row, other], ["NightFill"], besides=said) == [row]
    assert naming([said, row, other], ["APX-NF"], besides=said) == [row]  # not the longer code "APX-NFX"
    assert says_a_name("| APX-NF | NightFill automatic loader |", ["nightfill"])
    assert not says_a_name("| APX-NFX | Night filler |", ["APX-NF"])
