"""`competing_options`: a question with several valid readings (different values for different things, the
question naming none of them) yields the options to ask about; a question that names one, or passages that agree,
yield none."""

from dataclasses import replace

from appliance.answering.ambiguity import competing_options, names_one_option
from appliance.answering.compose import extractive_answer
from appliance.answering.decision import Evidence, Wording, decide
from appliance.answering.policy_config import PolicyConfig
from appliance.retrieval.contracts import Passage, ScoredPassage


def _pool(*texts, headings=None):
    pool = []
    for number, text in enumerate(texts):
        heading = headings[number] if headings else ("Specifications",)
        pool.append(ScoredPassage(Passage(id=f"p{number}", agent_id=1, doc_kind="source", doc_id=number, text=text,
                                          heading_path=heading, start=0, end=len(text), title="Catalogue"),
                                  dense_score=0.6, dense_rank=number + 1))
    return pool


def _options(question, pool, kinds):
    answer = extractive_answer(question, pool)
    return competing_options(question, answer, pool, asked_kinds=kinds)


def test_two_machines_with_different_service_intervals_are_named_as_options():
    pool = _pool("The press line PX-40 needs a service visit every 6 months.",
                 "The cutter CX-9 needs a service visit every 12 months.",
                 headings=[("PX-40 press line",), ("CX-9 cutter",)])
    options = _options("How long between service visits?", pool, ("duration",))
    assert set(options) == {"PX-40 press line", "CX-9 cutter"}


def test_a_question_naming_one_of_them_is_not_ambiguous():
    pool = _pool("The press line PX-40 needs a service visit every 6 months.",
                 "The cutter CX-9 needs a service visit every 12 months.",
                 headings=[("PX-40 press line",), ("CX-9 cutter",)])
    assert _options("How long between service visits for the cutter?", pool, ("duration",)) == ()


def test_passages_that_agree_on_the_value_are_not_ambiguous():
    pool = _pool("Every plan includes support within 4 hours.", "Support answers within 4 hours on weekdays.")
    assert _options("How fast does support answer?", pool, ("duration",)) == ()


def test_table_rows_with_different_prices_are_named_by_their_first_cell():
    table = ("| Plan | Monthly price |\n|---|---|\n| Starter | €49 |\n| Team | €149 |\n| Enterprise | €499 |")
    options = _options("What is the monthly price?", _pool(table), ("money",))
    assert options == ("Starter", "Team", "Enterprise")


def test_rows_priced_in_the_header_currency_are_readings_for_a_thing_the_quote_does_not_list():
    table = ("| Code | Description | Unit | List price (EUR) | Lead time (weeks) |\n|---|---|---|---|---|\n"
             "| TP-D | Desktop thermal ticket printer for the weighroom | each | 420 | 1 |\n"
             "| TP-K | Outdoor driver kiosk with ticket printer and card reader | each | 2950 | 5 |\n"
             "| SPK-10 | Surge protection kit | each | 990 | 2 |")
    question = "How much is the ticket printer?"
    pool = _pool(table)
    answer = extractive_answer(question, pool)
    options = competing_options(question, answer, pool, asked_kinds=("money",), money_in_headers=True)
    assert len(options) == 2 and all("ticket printer" in option for option in options)
    # an item the quote lists is priced by its line: a price list's bare figures are no readings of it
    assert competing_options(question, answer, pool, asked_kinds=("money",)) == ()
    named = "How much is the TP-K ticket printer?"
    assert competing_options(named, extractive_answer(named, pool), pool, asked_kinds=("money",),
                             money_in_headers=True) == ()


def test_a_question_word_naming_a_column_without_the_kind_asked_leaves_the_rows_prices_as_readings():
    # "replacement" names the interval column, which holds no price: the pumps' prices still differ
    table = ("| SKU | Description | Fits | Price (GBP) | Recommended replacement interval |\n|---|---|---|---|---|\n"
             "| SP-PMP-PS18 | Skimmer venturi pump 1.1 kW | PS-1800 | 1265 | on condition |\n"
             "| SP-PMP-PS12 | Skimmer venturi pump 0.75 kW | PS-1200 | 985 | on condition |\n"
             "| SP-PMP-CH95 | Chiller sea-water circulation pump | CH-95 | 2340 | on condition |")
    question = "How much is a replacement pump?"
    pool = _pool(table)
    options = competing_options(question, extractive_answer(question, pool), pool, asked_kinds=("money",),
                                money_in_headers=True)
    assert len(options) == 3 and all("pump" in option for option in options)
    # asked the column it names, the rows agree: no readings
    asked = "What is the recommended replacement interval of the pump?"
    assert competing_options(asked, extractive_answer(asked, pool), pool, asked_kinds=("duration",)) == ()


def test_no_asked_kind_means_nothing_to_compare_between_sentences():
    pool = _pool("The PX-40 is painted blue.", "The CX-9 is painted red.")
    assert _options("What colour is the machine painted?", pool, ()) == ()


def test_table_rows_are_compared_on_their_figures_when_no_kind_is_asked():
    table = ("| Product | Parameter | Value |\n|---|---|---|\n| R10 mullion reader | Read range | Up to 4 cm |\n"
             "| R20 wall reader | Read range | Up to 7 cm |\n| R20 wall reader | Keypad | 12 keys |")
    assert _options("What's the read range on the reader?", _pool(table), ()) == ("R10 mullion reader",
                                                                                  "R20 wall reader")
    assert _options("What's the read range on the R20 wall reader?", _pool(table), ()) == ()


def test_a_row_of_a_long_table_is_compared_with_rows_in_the_other_passages_of_its_section():
    # the table is split between passages: its header and first row in one, the quoted row in the next
    head = ("| SKU | Product | Power | Weight |\n|---|---|---|---|\n| SW-G3 | Security gate G3, dual aisle | 60 W "
            "| 41 kg |")
    rest = "| SW-G2 | Security gate G2, single aisle | 40 W | 26 kg |\n| SW-RS5 | Returns sorter RS5 | 450 W | 310 kg |"
    first, second = (ScoredPassage(replace(c.passage, doc_id=7)) for c in _pool(head, rest,
                                                                               headings=[("Datasheet",)] * 2))
    question = "What's the power draw of the security gate G2?"
    answer = extractive_answer(question, [second])
    assert competing_options(question, answer, [second], asked_kinds=("power",), siblings=[first]) == ()
    question = "What's the power draw of the security gate?"
    answer = extractive_answer(question, [second])
    assert competing_options(question, answer, [second], asked_kinds=("power",)) == ()  # the other row unseen
    assert set(competing_options(question, answer, [second], asked_kinds=("power",), siblings=[first])) == {
        "Security gate G2, single aisle (SW-G2)", "Security gate G3, dual aisle (SW-G3)"}  # their names, then codes


def test_rows_of_one_table_saying_different_things_are_not_readings_of_one():
    table = ("| Product | Parameter | Value |\n|---|---|---|\n| Gateway GW | Devices per gateway | up to 500 |\n"
             "| Probe SM | Range to gateway | up to 8 km line of sight |\n| Gateway GW | Backhaul | 4G for 3 years |")
    assert _options("How many can a single gateway take?", _pool(table), ("count",)) == ()


def test_rows_sharing_one_figure_are_still_other_readings():
    table = ("| Package | Service hours | Price |\n|---|---|---|\n| Half day | 08:30 to 13:30 | £44 |\n"
             "| Full day | 08:30 to 17:00 | £62 |")
    assert set(_options("What time does the package end?", _pool(table), ())) == {"Half day", "Full day"}


def test_the_decision_asks_back_naming_the_options():
    answer = extractive_answer("How long between service visits?", _pool("Service every 6 months."))
    wording = Wording(text="q", confidence=0.8, signals={}, answer=answer, subject_named=True, value_kind_held=True,
                      concept_named=True, options=("PX-40", "CX-9"))
    evidence = Evidence(intents={"information": 0.95}, language="en", has_context=False,
                        pronoun_without_subject=False, asked_kinds=("duration",), commercial_concepts=(),
                        wordings=(wording,))
    decision = decide(evidence, PolicyConfig())
    assert decision.kind == "clarify" and decision.options == ("PX-40", "CX-9")
    assert decision.signals["competing_values"] == 2.0


def test_a_note_restating_the_chosen_value_among_other_figures_is_not_another_reading():
    pool = _pool("Installation capacity: up to 12 trucks per day.",
                 "Notes: two technicians, up to 12 trucks per day, about 15 minutes per trailer.",
                 headings=[("Installation capacity",), ("Notes",)])
    assert _options("How many trucks per day can you install?", pool, ("count",)) == ()


def test_another_figure_about_another_aspect_is_not_another_reading():
    pool = _pool("Invoices are payable within 30 days of the invoice date by bank transfer.",
                 "Reminder fees apply to invoices more than 14 days overdue.",
                 headings=[("Payment",), ("Reminders",)])
    assert _options("How many days do we have to pay invoices?", pool, ("duration",)) == ()


def test_a_question_naming_a_table_row_is_not_ambiguous():
    table = ("| Plan | Data retention |\n|---|---|\n| Basic | 90 days |\n| Professional | 2 years |\n"
             "| Enterprise | 5 years, Professional features included |")
    assert _options("How long is data retention on the Professional plan?", _pool(table), ("duration",)) == ()


def _quote_passages(lines=(("Scheduling module, per site", 4, 90, 0), ("Billing module, per site", 4, 120, 10),
                            ("Onboarding workshop", 1, 900, 0), ("Support plan, annual", 1, 600, 0))):
    from datetime import date
    from decimal import Decimal

    from appliance.answering.quote_passages import quote_document
    from appliance.domain.quotes import LineItem, Quote

    quote = Quote(id=3, number="Q-1", title="Clinic suite", buyer_company="Buyer", currency="EUR",
                  created_on=date(2026, 11, 1), expires_on=date(2027, 1, 31), owner_id=1)
    items = [LineItem(name=name, quantity=Decimal(q), unit_price=Decimal(p), discount_percent=Decimal(d), quote_id=3)
             for name, q, p, d in lines]
    return quote_document(quote=quote, items=items, owner=None, agent_id=1).passages


def test_a_figure_of_something_several_line_items_are_asks_which_one():
    from appliance.answering.ambiguity import quote_item_options

    passages = _quote_passages()
    assert quote_item_options("How much is the module per month?", passages, asked_kinds=("money",)) == (
        "Scheduling module, per site", "Billing module, per site")
    # the question picks one, asks about them together, or asks no figure
    assert quote_item_options("How much is the billing module?", passages, asked_kinds=("money",)) == ()
    assert quote_item_options("How much are the modules in total?", passages, asked_kinds=("money",)) == ()
    # a model number picks one
    two = _quote_passages([("Charger 150, dual outlet", 2, 40000, 5), ("Charger 360, high power", 2, 90000, 5)])
    assert quote_item_options("What is the net price per Charger 360 unit?", two, asked_kinds=("money",)) == ()
    assert len(quote_item_options("What is the net price per charger?", two, asked_kinds=("money",))) == 2
    # a figure of each one is not a figure of them together
    assert quote_item_options("What's the unit price of the modules?", passages, asked_kinds=("money",)) == (
        "Scheduling module, per site", "Billing module, per site")
    assert quote_item_options("Why is the module per site?", passages, asked_kinds=("money",)) == ()
    assert quote_item_options("How much is the workshop?", passages, asked_kinds=("money",)) == ()
    # a period says how a figure is counted: alone it names no line ("year 1" in both), beside a name it tells
    # lines apart
    yearly = _quote_passages([("Remote monitoring, year 1", 4, 540, 0), ("Service plan, year 1", 4, 3960, 0)])
    assert quote_item_options("When does the maintenance price get reviewed each year?", yearly,
                              asked_kinds=("money",)) == ()
    plans = _quote_passages([("Support plan, annual", 1, 900, 0), ("Support plan, monthly", 12, 90, 0),
                             ("Onboarding", 1, 500, 0)])
    assert quote_item_options("What is the price of the annual support plan?", plans, asked_kinds=("money",)) == ()
    assert len(quote_item_options("What is the price of the support plan?", plans, asked_kinds=("money",))) == 2
    # a bridged question ("¿Qué descuento tiene el ascensor?": no verb, no article) still asks a figure
    lifts = _quote_passages([("Passenger lift 1000", 2, 68400, 7.5), ("Goods lift 2000", 1, 91000, 10)])
    assert len(quote_item_options("what discount lift", lifts, asked_kinds=("percent",), language="es")) == 2
    # a question asking first for another kind of value asks it of no line item ("how fast do price changes reach
    # the module?": a duration)
    assert quote_item_options("How fast do price changes reach the module?", passages,
                              asked_kinds=("duration", "money")) == ()


def test_the_readings_are_those_competing_with_the_quoted_row():
    specs = "| Product | Parameter | Value |\n|---|---|---|\n| Gateway GW | Devices per gateway | up to 500 |"
    prices = ("| SKU | Description | Unit | Price |\n|---|---|---|---|\n| GW-A | Gateway, outdoor | each | 1150 |\n"
              "| GW-SOL | Solar kit for a gateway | each | 420 |")
    pool = _pool(specs, prices)
    question = "How many can one gateway take?"
    assert "up to 500" in extractive_answer(question, pool).text
    assert _options(question, pool, ("count",)) == ()  # two price rows are no other reading of the capacity


def test_rows_agreeing_in_the_column_asked_are_one_reading():
    """Two modules of one freeboard are no two readings of the freeboard, though their lengths differ; when the
    freeboards differ, the question has two readings."""
    header = "| Model | Length (m) | Freeboard unloaded (mm) | Weight (t) |\n| --- | --- | --- | --- |\n"
    same = header + "| FP-12 pontoon | 12 | 520 | 9.1 |\n| FP-15 pontoon | 15 | 520 | 11.4 |"
    question = "What's the unloaded freeboard of the FP pontoons?"
    assert _options(question, _pool(same), ()) == ()
    differ = header + "| FP-12 pontoon | 12 | 520 | 9.1 |\n| FP-15 pontoon | 15 | 560 | 11.4 |"
    assert set(_options(question, _pool(differ), ())) == {"FP-12 pontoon", "FP-15 pontoon"}


def test_the_price_of_one_more_asks_which_though_every_row_is_quoted():
    """A price list quoted whole answers "what does a radio mic cost?"; for one more of it ("add another radio
    mic") the buyer is asked which one (`all_quoted`), each row named by its name before its code."""
    rows = "| SND-WMIC-HH | Wireless handheld mic channel | 45 |\n| SND-WMIC-HS | Wireless headset mic channel | 52 |"
    pool = _pool("| SKU | Description | Day rate (GBP) |\n|---|---|---|\n" + rows)
    question = "how much would it be to add another radio mic?"
    one_row = extractive_answer(question, pool)
    span = replace(one_row.citations[0], text=rows)
    both = replace(one_row, text=f"According to Catalogue: \u201c{rows}\u201d [1]", citations=[span])
    assert competing_options(question, both, pool, asked_kinds=()) == ()
    assert competing_options(question, both, pool, asked_kinds=(), all_quoted=True) == (
        "Wireless handheld mic channel (SND-WMIC-HH)", "Wireless headset mic channel (SND-WMIC-HS)")


def test_a_short_question_about_a_kind_of_thing_the_quote_holds_several_of_asks_which_one():
    from appliance.answering.ambiguity import quote_kind_options

    ovens = _quote_passages([("Deck oven, 4 decks, stone soles", 2, 18450, 5),
                             ("Rack oven with steam generator", 6, 21900, 0), ("Installation per store", 6, 900, 0),
                             ("Service plan per oven, year 1", 8, 480, 0)])
    asked = "What electrical supply does the oven need?"
    assert quote_kind_options(asked, asked, ovens) == ("Deck oven", "Rack oven with steam generator")
    # asked in another language, matched in its English bridge
    assert len(quote_kind_options("Quelle alimentation faut-il pour le four ?", "what supply need oven", ovens,
                                  language="fr")) == 2
    # in the plural, in any language, they are all asked about
    assert quote_kind_options("¿Qué alimentación necesitan los hornos?", "what supply need oven", ovens,
                              language="es") == ()
    assert len(quote_kind_options("¿Qué alimentación necesita el horno?", "what supply need oven", ovens,
                                  language="es")) == 2
    # a word of one item's own name picks it; the plural asks about them all
    assert quote_kind_options("What supply does the rack oven need?", "What supply does the rack oven need?",
                              ovens) == ()
    assert quote_kind_options("What supply do the ovens need?", "What supply do the ovens need?", ovens) == ()
    batteries = "How long do the oven batteries last?"  # the noun an item's noun qualifies
    assert quote_kind_options(batteries, batteries, ovens) == ()
    # an item named after "per" or a comma is not one of them ("Service plan per oven" is no oven)
    one = _quote_passages([("Rack oven with steam generator", 6, 21900, 0), ("Service plan per oven", 6, 480, 0)])
    assert quote_kind_options("How long is the oven warranty?", "How long is the oven warranty?", one) == ()
    # named in full when their own names are the same
    slings = _quote_passages([("Loop sling, size M", 4, 180, 0), ("Loop sling, size L", 4, 190, 0)])
    load = "What's the safe working load of the sling?"
    assert quote_kind_options(load, load, slings) == ("Loop sling, size M", "Loop sling, size L")
    # a long question states its circumstances; a model or a brand name says which
    long = "Our electrician is asking what electrical supply the oven needs at the new store in the old mill"
    assert quote_kind_options(long, long, ovens) == ()
    # a short ask with a story after it is still a short ask, unless the story names one of them
    story = "What electrical supply does the oven need? Our electrician is wiring the new store next week."
    assert len(quote_kind_options(story, story, ovens)) == 2
    rack = "What electrical supply does the oven need? It is the one with the steam generator."
    assert quote_kind_options(rack, rack, ovens) == ()
    assert quote_kind_options("What supply does the oven DO-4 need?", "What supply does the oven DO-4 need?",
                              ovens) == ()
    assert quote_kind_options("Does the Stratos oven need a hood?", "Does the Stratos oven need a hood?", ovens) == ()


def test_a_question_names_a_model_by_a_digit_or_a_capitalised_word_not_opening_a_sentence():
    from appliance.answering.ambiguity import names_something

    assert names_something("Is Kassory Pay PCI compliant?", "en")
    assert names_something("How heavy is the TD-70?", "en")
    assert not names_something("What electrical supply does the oven need?", "en")
    assert not names_something("Ok. What is the price? Then I decide.", "en")
    assert not names_something("I need the weight", "en")
    # German capitalises every noun: only a digit names a model there
    assert not names_something("Wie lange dauert die Installation vor Ort?", "de")
    assert names_something("Wie schwer ist der TD-70?", "de")


def test_a_figure_of_one_option_only_chooses_it():
    surfacing = ("Poured-in-place rubber (SRF-PIR-50)", "Poured-in-place rubber (SRF-PIR-80)",
                 "Poured-in-place rubber (SRF-PIR-100)")
    assert names_one_option(("What fall height is the 80mm poured-in-place surfacing tested to?",), surfacing)
    assert names_one_option(("Welche Fallhöhe hat der Belag?", "what fall height has the SRF-PIR-100"), surfacing)
    assert not names_one_option(("What fall height is the poured-in-place surfacing tested to?",), surfacing)
    assert not names_one_option(("Is the 50 or the 80 mm surfacing tested higher?",), surfacing)  # two: none chosen
    # a word of one label is no choice: "room" is what every option is
    assert not names_one_option(("What's the maximum capacity of the room?",), ("Lighthouse Hall", "Quay Room"))
