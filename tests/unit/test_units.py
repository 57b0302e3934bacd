"""The unit a question asks its value in, and whether a quoted text states a figure in it."""

import pytest

from appliance.answering.units import asked_units, states_unit


@pytest.mark.parametrize("question,measures", [
    ("What is the refrigerant charge of the freezer, in grams per circuit?", ("mass",)),
    ("Wie viel Wärme in kW gibt das Gerät an die Küche ab?", ("power",)),  # the verb after the unit
    ("Quel est le niveau sonore du compresseur, en décibels ?", ("loudness",)),
    ("What's the flush flow, in L/min?", ("flow",)),
    ("What pressure does it need, in bar?", ("pressure",)),
    ("Quelle est la surface de la salle en mètres carrés ?", ("area",)),  # an area, not a length
    ("How bright is the window display, in nits?", ("luminance",)),
    ("What's the floor load of the carousel in kN/m2? Our engineer needs it.", ("area load",)),  # no mass
    ("What's the fee when they pay in a foreign currency?", ()),  # "in a": no unit
    ("Can we pay in pounds?", ()),  # money is the commercial guard's
    ("We serve it in bars and hotels. How many units?", ()),
    ("Hoeveel kilo kan de vriezer per cyclus invriezen?", ("mass",)),  # counting a unit asks a value in it
    ("How many litres does one cartridge treat?", ()),  # litres are a volume: no measure of this module
    ("¿Cuántos kW necesita cada unidad?", ("power",)),
    ("Roughly how many meter swaps can one crew do in a day?", ()),  # a singular "meter" counted is a thing
    ("How many metres of cable run are included?", ("length",)),
])
def test_the_unit_a_question_asks_in(question, measures):
    assert asked_units(question) == measures


def test_a_figure_in_any_unit_of_the_measure_states_it():
    assert states_unit("Standby: 0.45 kW", ("power",)) and states_unit("450 W in standby", ("power",))
    assert states_unit("Charge: 2 x 150 g (R-290)", ("mass",))
    assert not states_unit("The condenser releases heat into the kitchen.", ("power",))
    assert not states_unit("Refrigerants: R-290 / R-170 (natural hydrocarbon)", ("mass",))
    assert not states_unit("Supports 5 Ghz Wi-Fi", ("power",))  # a lower-case "w" is no watt
    assert states_unit("| Lighthouse Hall | 420 | 510 m² |", ("area",))
    assert not states_unit("| Lighthouse Hall | 420 | 510 m² |", ("length",))  # square metres are no length
    assert states_unit("Brightness: 3,000 cd/m²", ("luminance",)) and not states_unit("3,000 units", ("luminance",))
    assert states_unit("Floor load under the drive unit: 7.5 kN/m²", ("area load",))
    assert not states_unit("| RC-SP45 | Sloped-plate carousel 45 m | each | 138000 |", ("area load",))


def test_brightness_is_a_measure_a_figure_with_its_unit_states():
    from appliance.answering.answer_types import MEASURE_KINDS, answer_types, holds_answer_type
    assert "brightness" in MEASURE_KINDS
    for question in ("How bright is the screen?", "Welche Helligkeit hat das Display?", "What's the brightness?"):
        assert "brightness" in answer_types(question), question
    assert "brightness" not in answer_types("How big is the screen?")
    assert holds_answer_type("WindowBright 49: 3,000 nits", "brightness")
    assert not holds_answer_type("WindowBright 49: 3,000 units", "brightness")


def test_a_value_asked_in_a_unit_is_stated_only_by_a_figure_in_that_unit():
    from appliance.answering.support import states_asked_unit

    asked = asked_units("What is the yearly consumption in kWh?")
    # a standby draw in watts is no figure in kWh: the follow-up question would offer readings of another value
    assert not states_asked_unit("| Model | Standby |\n| --- | --- |\n| Oven 6 | 12 W |", asked)
    assert states_asked_unit("The Oven 6 uses about 1,450 kWh a year.", asked)
    # a table whose header gives the unit states it for every cell under it
    assert states_asked_unit("| Model | Yearly consumption (kWh) |\n| --- | --- |\n| Oven 6 | 1450 |", asked)
    assert states_asked_unit("| Model | Standby |", ()) and states_asked_unit(None, asked)  # nothing asked or quoted


def test_a_unit_column_gives_the_rows_figures_their_unit():
    from appliance.answering.support import is_unit, read_with_header_units

    assert [is_unit(c) for c in ("L", "mm", "dB(A)", "kW", "kg")] == [True] * 5
    assert [is_unit(c) for c in ("Unit", "SW-1", "Parameter", "", "12 kg")] == [False] * 5
    table = ("| Specification | Unit | SW-1 | SW-2 |\n| --- | --- | --- | --- |\n"
             "| Hopper volume | L | 90 | 150 |\n| Working width | mm | 1,200 | 1,450 |")
    read = read_with_header_units(table)
    assert "90 L" in read and "150 L" in read and "1,450 mm" in read
    assert "Unit L" not in read_with_header_units("| Item | Code |\n| --- | --- |\n| Pump | P-7 |")


def test_a_containers_volume_answers_how_big():
    from appliance.answering.answer_types import answer_types, holds_answer_type

    assert "size" in answer_types("How big is the hopper on the sweeper?")
    assert holds_answer_type("Hopper volume: 150 L", "size") and holds_answer_type("a 350 litre drum", "size")
    assert not holds_answer_type("Delivered in 150 lots", "size")


def test_a_header_unit_in_nested_brackets_is_read_whole():
    from appliance.answering.compose import cells_with_units

    [_, (label, read)] = cells_with_units("| Model | Fan noise (dB(A)) |", "| AC-45 | 71 |")
    assert label == "Fan noise (dB(A))" and "71 dB(A)" in read


def test_a_units_name_is_no_word_the_knowledge_has_to_mention():
    """"Mit wie viel Ampere abgesichert?" asks a value in amperes: the unit is checked as a unit (`asked_units`),
    not handed off as a word the documents never use; a word that also names things ("meters", "bar") is a word."""
    from appliance.answering.scope import unknown_extras
    from appliance.answering.units import is_unit_name

    assert is_unit_name("Ampere") and is_unit_name("kilowatts") and is_unit_name("decibels")
    assert not is_unit_name("meters") and not is_unit_name("bar") and not is_unit_name("paperwork")
    from appliance.answering.scope import unknown_extras_across

    def far_from_everything(asked: list[str]) -> list[float]:  # a fake: no knowledge word is near any asked one
        return [0.0] * len(asked)

    question = "Brauchen die Autoklaven einen eigenen Stromkreis? Und mit wie viel Ampere abgesichert?"
    assert "ampere" not in unknown_extras_across(question, "de", set(), far_from_everything)
    assert "ampere" not in unknown_extras("Do the autoclaves need their own circuit, fused at how many ampere?",
                                          "en", {"autoclav", "circuit", "fuse"})
