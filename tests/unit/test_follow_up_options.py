"""The options a follow-up question names, found by the first source that finds any (`follow_up_options.py`)."""

from __future__ import annotations

from dataclasses import replace

from appliance.answering.follow_up_options import OptionEvidence, follow_up_options

PLAIN = OptionEvidence(
    question="How heavy is the oven?", wording="How heavy is the oven?", answer=None, pool=[], asked_kinds=("weight",),
    concepts=(), language="en", across=False, money_in_headers=True, max_passages=4, siblings=[], cited_document=[],
    document=None, items=[], models=(), measure_options=(), asks_sum=False, asks_line_figures=False, responded=False,
    value_kind_held=True)


def test_nothing_found_names_no_options():
    assert follow_up_options(PLAIN)[0] == ()


def test_the_sellers_listed_alternatives_come_first():
    evidence = replace(PLAIN, models=("Deck oven D4", "Rack oven R10"))
    assert follow_up_options(evidence, ("Handheld mic", "Headset mic")) == (("Handheld mic", "Headset mic"), "listed")


def test_the_quotes_models_name_the_readings_unless_a_sum_is_asked():
    evidence = replace(PLAIN, models=("Deck oven D4", "Rack oven R10"))
    assert follow_up_options(evidence) == (("Deck oven D4", "Rack oven R10"), "models")
    assert follow_up_options(replace(evidence, asks_sum=True))[0] == ()


def test_a_measure_tables_columns_only_when_the_quoted_text_holds_no_value_of_the_kind():
    evidence = replace(PLAIN, measure_options=("ULT-700", "ULT-500"))
    assert follow_up_options(evidence)[0] == ()
    assert follow_up_options(replace(evidence, value_kind_held=False)) == (("ULT-700", "ULT-500"), "measures")


def test_a_question_about_each_of_them_or_naming_one_asks_nothing():
    evidence = replace(PLAIN, models=("Deck oven D4", "Rack oven R10"))
    assert follow_up_options(replace(evidence, question="How heavy is each of the ovens?"))[0] == ()
    named = replace(evidence, models=("Oven (SKU OV-40)", "Oven (SKU OV-60)"), question="How heavy is the OV-40?",
                    wording="How heavy is the OV-40?")
    assert follow_up_options(named)[0] == ()
