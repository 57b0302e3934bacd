"""The unit a question asks its value in: "What's the refrigerant charge, in grams?", "Wie viel Wärme in kW gibt das
Gerät ab?". A buyer who names the unit wants a figure in it (or in a unit of the same measure: watts and kW, mm and
metres); an answer quoting a passage about the subject without such a figure does not answer, and a person should.

Units of measure are international; the words that ask for one ("in", "en", "em", "als") and the names of the units
are those of the seven languages the chat serves. Money is left out: amounts are checked by the commercial guard.
"""

from __future__ import annotations

import re

_FIGURE = r"\d[\d.,]*\s?"
# measure: (unit names a question asks in, how a figure in such a unit is written)
_MEASURES: dict[str, tuple[str, str]] = {
    "mass": (r"grams?|grammes?|gramos|grammi|gramas|kilograms?|kilogrammes?|kilogramos|chilogrammi|kilos?|kg|tonnes?"
             r"|tons?|lbs", _FIGURE + r"(?:mg|g|grams?|kg|kilograms?|kilos?|t|tonnes?|lbs?)\b"),
    "power": (r"watts?|kw|kilowatts?|mw|kva", _FIGURE + r"(?:mW|W|kW|MW|VA|kVA|[wW]atts?|kilowatts?)\b"),
    "energy": (r"kwh|wh|mwh|joules?|kj|mj", _FIGURE + r"(?:Wh|kWh|MWh|J|kJ|MJ)\b"),
    "loudness": (r"db\(a\)|dba|db|decibels?|dezibel|décibels?|decibelios|decibel", _FIGURE + r"dB"),
    "area": (r"m²|m2|sq\.? ?m|sq\.? ?ft|square (?:met(?:er|re)s|feet)"
             r"|(?:mètres|metros|metri) (?:carrés|cuadrados|quadrati|quadrados)|quadratmeter(?:n)?|vierkante meters?",
             _FIGURE + r"(?:m²|m2\b|sq\.? ?m\b|sq\.? ?ft\b|ft²|square (?:met(?:er|re)s|feet)|(?:mètres|metros|metri)"
             r" (?:carrés|cuadrados|quadrati|quadrados))"),
    "length": (r"(?:mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?|met(?:er|re)s?|metros|metri|mètres|inch(?:es)?|feet)"
               r"(?!\s*(?:carrés|cuadrados|quadrati|quadrados|squared))",
               _FIGURE + r"(?:mm|cm|m|km|metres?|meters?|inch(?:es)?|in|ft|feet)(?![\w²³])"),
    "flow": (r"l/min|l/h|m³/h|m3/h|lit(?:re|er)s? per (?:minute|hour)",
             _FIGURE + r"(?:l/min|l/h|m³/h|m3/h|lit(?:re|er)s? per)"),
    "current": (r"amps?|amperes?|ampère", _FIGURE + r"(?:mA|A|amps?|amperes?)\b"),
    "voltage": (r"volts?|vac|vdc", _FIGURE + r"(?:V|kV|[vV]olts?|VAC|VDC)\b"),
    "temperature": (r"°c|degrees(?: celsius)?|celsius|°f|fahrenheit", _FIGURE + r"(?:°\s?[CF]|degrees)"),
    "luminance": (r"nits?|cd/m²|cd/m2|lumens?|lux", _FIGURE + r"(?:nits?|cd/m²|cd/m2|lm|lumens?|lux|lx)\b"),
    # a floor's or a deck's load per area ("the floor load in kN/m²"): its own measure, not a mass nor a pressure
    "area load": (r"kn/m²|kn/m2|kg/m²|kg/m2|lbs?/ft²|lbs?/sq\.? ?ft|psf",
                  _FIGURE + r"(?:kN/m²|kN/m2|kg/m²|kg/m2|lbs?/ft²|lbs?/sq\.? ?ft|psf)"),
    "pressure": (r"psi|kpa|mpa|pascals?|bar(?=\s*(?:[?.,;:!)]|$))", _FIGURE + r"(?:bar|psi|Pa|kPa|MPa|hPa)\b"),
}
ALL_MEASURES = tuple(_MEASURES)
_ASKS_IN = r"(?:\bin|\ben|\bem|\bals)\s+"
# "How many kilos can it freeze?", "Hoeveel kilo …", "¿Cuántos litros …?": counting a unit asks a value in it
_HOW_MANY = r"(?:\bhow\s+many|\bwie\s+viele?|\bcombien\s+de|\bcu[aá]nt[oa]s|\bquant[ie]|\bquant[oa]s|\bhoeveel)\s+"
# counted, a singular "meter" is a thing ("how many meter swaps"): lengths only in plurals and abbreviations
_COUNTED_LENGTH = r"mm|cm|millimet(?:er|re)s|centimet(?:er|re)s|met(?:er|re)s|metros|metri|mètres|inches|feet"
_ASKED = {measure: re.compile(r"(?:" + _ASKS_IN + r"(?:" + names + r")|" + _HOW_MANY + r"(?:"
                              + (_COUNTED_LENGTH if measure == "length" else names) + r"))(?![\w/])", re.I)
          for measure, (names, _) in _MEASURES.items()}
_CASE_SENSITIVE = {"power", "energy", "current", "voltage"}  # "W", "A", "V" are units only in capitals
_STATED = {measure: re.compile(pattern, 0 if measure in _CASE_SENSITIVE else re.I)
           for measure, (_, pattern) in _MEASURES.items()}


# Units named by no other word (not "metres", "feet", "bar" or "degrees": water meters, a bar, a degree are things)
_ONLY_UNITS = ("mass", "power", "energy", "loudness", "flow", "current", "voltage", "luminance", "area load")
_UNIT_NAME = re.compile(r"(?:" + "|".join(_MEASURES[measure][0] for measure in _ONLY_UNITS) + r")", re.I)


def is_unit_name(word: str) -> bool:
    """``word`` is only the name of a unit of measure ("Ampere", "kilowatts", "decibels"): what a value is asked
    in, not a thing the knowledge has to mention."""
    return bool(_UNIT_NAME.fullmatch(word))


def asked_units(question: str) -> tuple[str, ...]:
    """The measures whose unit ``question`` asks its value in ("in grams" -> "mass"); () when it names none."""
    return tuple(measure for measure, pattern in _ASKED.items() if pattern.search(question))


def states_unit(text: str, measures: tuple[str, ...]) -> bool:
    """``text`` holds a figure in a unit of one of ``measures``."""
    return any(_STATED[measure].search(text) for measure in measures)
