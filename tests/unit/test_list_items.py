"""`list_item_options`: a list quoted whose items give the one value asked (a duration, an amount, a share) for
different things is a set of readings when the question names none of them; the labels before the items' colons
name them."""

from appliance.answering.compose import ComposedReply
from appliance.answering.list_items import list_item_options

WARRANTY = """The warranty period starts on the date of commissioning and covers defects as follows:
- Steel structure and deck modules: 10 years against structural failure.
- Digital load cells (C4): 5 years.
- Analogue load cells (C3): 3 years.
- KestrelWeigh software: 12 months of updates and bug fixes."""


def _options(question: str, quoted: str, kinds: tuple[str, ...] = ("duration",)) -> tuple[str, ...]:
    return list_item_options(question, ComposedReply(text=f"According to the terms: “{quoted}” [1]", citations=[]),
                             kinds)


def test_one_value_asked_over_a_list_of_them_is_asked_back_by_the_labels():
    assert _options("how long is the warranty? I need one number for our capex form", WARRANTY) == (
        "Steel structure and deck modules", "Digital load cells (C4)", "Analogue load cells (C3)")


def test_naming_an_item_or_asking_no_such_value_is_not_asked_back():
    assert _options("How long is the guarantee on the load cells?", WARRANTY) == ()  # two of the four named
    assert _options("How long is the warranty on the software?", WARRANTY) == ()
    assert _options("What does the warranty cover?", WARRANTY, ()) == ()  # no value asked
    assert _options("How many years?", WARRANTY, ("count",)) == ()  # a bare number is in every item


def test_items_without_a_label_or_with_one_value_are_no_readings():
    unlabelled = "- Backups are retained for 35 days.\n- Recovery time objective (RTO): 8 hours."
    assert _options("How long do you keep backups?", unlabelled) == ()
    same = "- Panels: 10 years.\n- Frames: 10 years."
    assert _options("How long is the warranty?", same) == ()
    assert _options("How long is the warranty?", "Panels: 10 years. Frames: 5 years.") == ()  # no list
