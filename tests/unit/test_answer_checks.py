"""Commercial concepts and the checks that say whether a composed answer answers the question."""

import pytest

from appliance.answering.answer_types import answer_types
from appliance.answering.commercial import asks_a_price, concepts_asked, names_concept, states_value
from appliance.answering.compose import CitedSpan, ComposedReply, row_label
from appliance.answering.support import check_answer, row_options, rows_agree, subject_terms
from appliance.retrieval.contracts import Passage, ScoredPassage


def _reply(quoted: str, passage_text: str | None = None, heading=("Terms", "Liability")) -> ComposedReply:
    text = passage_text or quoted
    passage = Passage(id="p", agent_id=1, doc_kind="source", doc_id=1, text=text, heading_path=heading, start=0,
                      end=len(text), title="terms.docx")
    start = text.index(quoted)
    cited = CitedSpan(number=1, candidate=ScoredPassage(passage), start=start, end=start + len(quoted), text=quoted)
    return ComposedReply(text=f"According to terms.docx: “{quoted}” [1]", citations=[cited])


def test_concepts_are_found_in_every_served_language():
    assert concepts_asked("Up to what amount is your liability capped?") == ("liability",)
    assert "compensation" in concepts_asked("¿Qué indemnización pagan si el envío llega tarde?")
    assert "discount" in concepts_asked("Quel est le taux de remise ?")
    assert "service level" in concepts_asked("Welche Verfügbarkeit garantieren Sie?")
    assert concepts_asked("Which browsers does the portal support?") == ()


def test_words_of_money_in_another_sense_ask_no_price():
    # a word starting like a money word is another word ("freezer", "freeboard", "feedback", "charger", "slab")
    for question in ("How heavy is the freezer?", "What's the freeboard of the pontoon?", "How long is the cable on "
                     "your charger?", "Where do we send feedback?", "What slab thickness do the anchors need?"):
        assert concepts_asked(question) == (), question
    # money words in another sense: an oil-free machine, a battery's or a refrigerant's charge, a bus charged first
    for question in ("Is the compressor oil-free?", "How many exposures per battery charge?",
                     "What is the refrigerant charge in grams?", "Which bus gets charged first?"):
        assert concepts_asked(question) == () and "money" not in answer_types(question), question
    # charging a thing, a French load or responsibility, space kept free: no amount is asked
    for question in ("How long does it take to charge a robot from 20 to 80%?", "Quelle est la charge maximale du "
                     "hayon ?", "Quel protocole prend-il en charge ?", "How much wall space do we need to keep free?"):
        assert "money" not in answer_types(question), question
    assert "money" in answer_types("What do you charge for a site visit?")
    assert "money" in answer_types("Is the charge cable free of charge?")
    assert concepts_asked("Is there a charge for delivery?") == ("price",)
    assert concepts_asked("Is installation free?") == ("price",) and "money" in answer_types("Do you charge for it?")
    assert concepts_asked("Are there any fees?") == ("fee",)


def test_a_concept_is_named_and_its_value_stated():
    assert names_concept("Our total liability is capped at EUR 50,000.", ("liability",))
    assert not names_concept("The sensor costs EUR 49.", ("liability",))
    assert names_concept("Delivery on 2027-03-01.", ("date",))  # a date states itself
    assert states_value("Capped at EUR 50,000.", ("liability",), ())
    assert not states_value("Liability is limited as set out in the agreement.", ("liability",), ())


def test_an_unrelated_line_with_an_amount_does_not_answer_a_liability_question():
    question = "If a cooling unit fails and we lose stock, up to what amount are you liable?"
    checks = check_answer(question, _reply("Gateway, quantity 4, unit price EUR 310.00.", heading=("Quote",)),
                          asked_kinds=("money",), concepts=concepts_asked(question))
    assert not checks.concept_named
    good = check_answer(question, _reply("Our liability for lost goods is capped at EUR 20,000 per incident."),
                        asked_kinds=("money",), concepts=concepts_asked(question))
    assert good.concept_named and good.value_kind_held


def test_subject_terms_leave_out_the_words_that_only_ask():
    assert subject_terms("How much does the spindle motor cost?") == ["spindl", "motor"]


def test_a_table_row_must_be_chosen_by_the_question():
    table = "| Device | Warranty |\n|---|---|\n| Press P1 | 24 months |\n| Press P2 | 36 months |"
    vague = check_answer("How long is the warranty?", _reply("| Press P2 | 36 months |", table),
                         asked_kinds=("duration",), concepts=("guarantee",))
    assert not vague.row_chosen
    chosen = check_answer("How long is the warranty on the P2 press?", _reply("| Press P2 | 36 months |", table),
                          asked_kinds=("duration",), concepts=("guarantee",))
    assert chosen.row_chosen and chosen.subject_named
    assert row_options("| Press P2 | 36 months |", table) == ("Press P2", "Press P1")  # what the agent asks back
    coded = ("| SKU | Device | Warranty |\n|---|---|---|\n| PX-1 | Press P1 | 24 months |\n"
             "| PX-2 | Press P2 | 36 months |")
    # a bare code in the first cell comes after the row's name
    assert row_options("| PX-2 | Press P2 | 36 months |", coded) == ("Press P2 (PX-2)", "Press P1 (PX-1)")
    long_name = "| PX-3 | " + "Press with a very long description " * 3 + "| 12 months |"
    assert row_label(long_name) == "PX-3"  # a name too long to offer: the code alone, as before
    # the row is chosen by its own words, not by the columns' ("length" names a column
    # even where a cell repeats it)
    devices = ("| Device | Max cable length |\n|---|---|\n| Measuring box | 1,000 m total bus length |\n"
               "| Weather station | 200 m |")
    under_header = "| Measuring box | 1,000 m total bus length |"
    column = check_answer("What's the maximum cable length?", _reply(under_header, devices), asked_kinds=(),
                          concepts=())
    assert not column.row_chosen
    assert check_answer("What's the cable length for the measuring box?", _reply(under_header, devices),
                        asked_kinds=(), concepts=()).row_chosen
    # things side by side (the first header cell empty): the header names them, naming one chooses the value
    plans = "|  | Plan Bronze | Plan Gold |\n|---|---|---|\n| Call-out | 8 hours | 4 hours |\n| Visits | 1 | 2 |"
    call_out = _reply("| Call-out | 8 hours | 4 hours |", plans)
    assert check_answer("With Plan Gold, how fast does a technician come out?", call_out, asked_kinds=("duration",),
                        concepts=()).row_chosen


def test_yes_or_no_questions_are_told_apart_in_every_served_language():
    from appliance.answering.commercial import asks_yes_or_no

    for question in ("Is the hardware free if we sign for 36 months?",
                     "If the nozzles wear out in year one, will you replace them under warranty?",
                     "Est-ce que la garantie couvre les buses ?", "¿La garantía cubre las boquillas?",
                     "Gilt die Garantie auch für Düsen?", "Geldt de garantie ook voor sproeiers?"):
        assert asks_yes_or_no(question), question
    for question in ("What is the liability cap?", "If we lose a load, up to what amount are you liable?",
                     "Wie lange gilt die Garantie?", "Que cubre la garantía?", "Hoeveel kost het?",
                     "Combien coûte la remise en service ?", "Quanto costa la garanzia estesa?"):
        assert not asks_yes_or_no(question), question


def test_german_wie_with_a_measure_asks_wherever_it_stands():
    from appliance.answering.commercial import asks_yes_or_no

    for question in ("Und wie viel kostet das pro Jahr?", "Ab wann und wie lange gilt die Garantie?"):
        assert not asks_yes_or_no(question), question
    # alone, "wie" is a conjunction
    assert asks_yes_or_no("Können Sie das so schnell wie möglich liefern?")


def test_a_yes_or_no_question_is_answered_by_the_concept_without_a_figure():
    question = "If the glue nozzles wear out in the first year, will you replace them under warranty?"
    reply = _reply("The warranty does not cover wear parts such as glue nozzles.", heading=("Service", "Warranty"))
    checks = check_answer(question, reply, asked_kinds=(), concepts=concepts_asked(question))
    assert checks.concept_named and checks.value_kind_held
    value_question = "How long is the warranty on the glue nozzles?"
    assert not check_answer(value_question, reply, asked_kinds=("duration",),
                            concepts=concepts_asked(value_question)).value_kind_held


def test_an_amount_may_be_stated_as_a_share():
    assert states_value("Kestrel charges a cancellation fee of 15% of the order value.", ("price",), ("money",))


def test_states_concept_is_what_the_guard_needs_of_a_unit():
    from appliance.answering.support import states_concept

    question = "Up to what amount are you liable for lost stock?"
    concepts = concepts_asked(question)
    assert states_concept(question, "Liability: capped at EUR 20,000 per incident.", concepts=concepts,
                          asked_kinds=("money",))
    assert not states_concept(question, "Gateway, unit price EUR 310.00.", concepts=concepts, asked_kinds=("money",))
    assert not states_concept(question, "Liability is set out in the agreement.", concepts=concepts,
                              asked_kinds=("money",))


def test_a_risk_question_needs_a_sentence_about_the_risk_not_a_price():
    question = "If a machine floods our server room, up to what amount do you pay for the damage?"
    concepts = concepts_asked(question)
    assert "liability" in concepts
    assert not names_concept("When a repair takes longer, we place a replacement at no charge.", concepts)
    assert names_concept("Damage caused by a faulty water supply is billed to the customer.", concepts)


def test_how_much_asks_a_price_unless_it_measures_something_else():
    assert concepts_asked("How much is the gateway?") == ("price",) and "money" in answer_types("How much is it?")
    assert concepts_asked("How much do we pay in total for the first year?") == ("price",)
    for question in ("How much does the unit weigh?", "How much power does it draw at night?",
                     "How much storage comes with each account?"):
        assert concepts_asked(question) == () and "money" not in answer_types(question), question
    assert concepts_asked("How much storage is included and what does extra storage cost?") == ("price",)


def test_how_much_before_a_thing_measures_it_and_before_a_verb_asks_a_price():
    for question in ("How much speech level reduction does the booth give?", "How much cooler is the cork infill?",
                     "How much snow does one lance make per hour?", "how much ammonia is in the plant?"):
        assert concepts_asked(question) == () and "money" not in answer_types(question), question
    for question in ("How much?", "how much r we paying for the beds after the discount", "How much would it be?",
                     "How much discount is there on the robot?", "how much for the spare kit",
                     "How much rebate can we get?"):
        assert "money" in answer_types(question), question
    # a money word after the thing still asks a price
    assert "money" in answer_types("Is there a cap on how much the licence fee can go up?")


def test_a_noun_made_of_weigh_asks_no_weight():
    assert "weight" in answer_types("What does the deck weigh?") and "weight" in answer_types("How heavy is it?")
    assert "weight" in answer_types("Is it weighed empty?")
    for question in ("How long will each weighbridge be out of action?", "What weighting do you give the score?"):
        assert "weight" not in answer_types(question), question


def test_a_load_a_floor_bears_is_asked_as_a_weight_and_stated_in_kg_or_kilonewtons():
    from appliance.answering.answer_types import holds_answer_type

    for question in ("What floor loading does the plant room need?", "What's the safe working load of the hoist?",
                     "Welche Bodenbelastung braucht der Raum?", "Quelle charge au sol faut-il prévoir ?"):
        assert "weight" in answer_types(question), question
    assert holds_answer_type("Floor: minimum load-bearing capacity 750 kg/m2", "weight")
    assert holds_answer_type("Imposed load 5 kN/m²", "weight")
    for question in ("Can we load it overnight?", "How is the load shared between the two servers?"):
        assert "weight" not in answer_types(question), question


def test_an_electrical_supply_is_asked_and_stated_in_volts_amps_or_phases():
    from appliance.answering.answer_types import MEASURE_KINDS, holds_answer_type

    assert "electrical" in MEASURE_KINDS
    for question in ("What electrical supply does the machine need?", "Which voltage and fuse size?",
                     "Welche Absicherung braucht die Anlage?", "Welke stroomaansluiting moeten wij voorzien?"):
        assert "electrical" in answer_types(question), question
    assert holds_answer_type("Supply: 400 V, 3-phase, 50 Hz, 32 A fuse", "electrical")
    assert holds_answer_type("three-phase supply", "electrical")
    assert not holds_answer_type("Connect it to the building's mains before commissioning.", "electrical")
    assert "electrical" not in answer_types("Does the price include the electrician's visit?")
    from appliance.answering.answer_types import reading_pattern
    from appliance.answering.readings import values_of

    # one supply's figures are one reading: two supplies differ by their voltage
    assert values_of("Supply: 400 V, 3-phase, 50 Hz, 32 A fuse", reading_pattern("electrical")) == {"400 v"}
    assert len(values_of("Pod Solo: 230 V, 10 A. Pod Quad: 400 V, 16 A.", reading_pattern("electrical"))) == 2


def test_how_far_asks_a_length():
    from appliance.answering.answer_types import holds_answer_type

    assert "size" in answer_types("How far can the radio reach?")
    assert "size" not in answer_types("How far ahead must the floor be poured?")  # a duration
    assert holds_answer_type("Radio range up to 1.2 km in open ground", "size")


def test_a_typing_slip_still_names_the_term_but_short_words_stay_apart():
    from appliance.answering.text import one_slip_apart, term_matches

    assert term_matches("availabilty", {"availability"}) and term_matches("seperately", {"separately"})
    assert term_matches("recieved", {"received"})  # two neighbours swapped
    assert not term_matches("contact", {"contract"})  # too short to call a difference a slip
    assert not one_slip_apart("warranty", "guaranty")  # a different start is a different word


def test_a_longer_form_of_a_word_names_it_but_a_name_built_on_it_does_not():
    from appliance.answering.text import extends, term_matches

    assert term_matches("install", {"installation"}) and term_matches("installation", {"install"})
    assert term_matches("cancel", {"cancell"}) and term_matches("replac", {"replacement"})  # stems of the forms
    assert extends("ship", "shipping") and extends("deliver", "delivery") and extends("break", "breakdown")
    # a seller's brand made of a word is not that word: "the labels" are not everything "Labelora" says
    assert not term_matches("label", {"labelora", "terms", "supply"})
    assert not term_matches("stack", {"stackline"}) and not extends("kelvane", "kelvanelink")


def test_a_quote_line_answers_only_a_question_about_figures_or_the_quote():
    from appliance.answering.quote_pool import asks_line_item_figures

    assert asks_line_item_figures("What do we pay per tracker?", ("money",), ("price",))
    assert asks_line_item_figures("How many gateways are in the quote?", ("count",), ())
    assert not asks_line_item_figures("Can the palletiser wrap pallets?", (), ())
    assert not asks_line_item_figures("What availability do you guarantee with the premium SLA?", (),
                                       ("guarantee", "service level"))


def test_whole_word_stems_and_a_deadline_stated_as_a_period():
    assert concepts_asked("Avez-vous un portail customer ?") == ()  # "custo" (pt: cost) is a whole word
    assert concepts_asked("Qual é o custo da instalação?") == ("price",)
    assert names_concept("Invoices are payable within 30 days of the invoice date.", ("date",))
    assert not names_concept("Invoices are payable by bank transfer.", ("date",))


def test_a_measure_given_with_its_unit_only_in_the_table_header_is_stated():
    table = "| Model | Power kW | Noise level dB(A) |\n| AC-45 | 45 | 71 |\n| AC-75 | 75 | 74 |"
    row = "| Model | Power kW | Noise level dB(A) |\n| AC-45 | 45 | 71 |"
    loud = check_answer("How loud is the AC-45 compressor?", _reply(row, table), asked_kinds=("loudness",),
                        concepts=())
    assert loud.value_kind_held
    heavy = check_answer("How heavy is the AC-45 compressor?", _reply(row, table), asked_kinds=("weight",),
                         concepts=())
    assert not heavy.value_kind_held  # no column of the row is a weight
    priced = check_answer("What does the AC-45 cost?", _reply(row.replace("Noise level dB(A)", "Price EUR"), None),
                          asked_kinds=("money",), concepts=("price",))
    assert not priced.value_kind_held  # an item the quote lists: amounts are read from its line, not a price list
    price_row = _reply(row.replace("Noise level dB(A)", "Price EUR"), None)
    listed_price = check_answer("What does the AC-45 cost?", price_row, asked_kinds=("money",), concepts=("price",),
                                money_in_headers=True)
    assert listed_price.value_kind_held  # a thing the quote does not list: the price list's header gives the currency


def test_a_headless_row_of_a_split_table_names_its_subject_under_the_tables_header():
    from appliance.answering.compose import under_header

    later = "| Internal volume | 700 L | 500 L |\n| Weight, empty | 340 kg | 290 kg |\n| Noise | 52 dB(A) | 50 dB(A) |"
    headless = _reply("| Weight, empty | 340 kg | 290 kg |", later, heading=())
    question = "how heavy ult-700 a vuoto"  # a bridged question: its subject is a model the header names
    assert not check_answer(question, headless, asked_kinds=("weight",), concepts=()).subject_named
    headed = under_header(question, headless, "| Parameter | ULT-700 | ULT-500 |")
    checks = check_answer(question, headed, asked_kinds=("weight",), concepts=())
    assert checks.subject_named and checks.value_kind_held and "290 kg" not in headed.text  # its column only


def test_the_only_row_in_the_unit_asked_for_is_the_row_meant():
    from appliance.answering.support import row_chosen_by_unit
    from appliance.answering.units import states_unit

    table = ("| Specification | WE-28 | WE-55 |\n| --- | --- | --- |\n| Dry load capacity | 28 kg | 55 kg |\n"
             "| Fuse rating | 32 A | 63 A |\n| Drum volume | 280 litres | 550 litres |")
    in_amperes = lambda row: states_unit(row, ("current",))  # noqa: E731 - "Welche Absicherung in Ampere…?"
    assert row_chosen_by_unit("| Fuse rating | 32 A | 63 A |", table, in_amperes)
    assert not row_chosen_by_unit("| Drum volume | 280 litres | 550 litres |", table, in_amperes)
    in_kilograms = lambda row: states_unit(row, ("mass",))  # noqa: E731
    assert row_chosen_by_unit("| Dry load capacity | 28 kg | 55 kg |", table, in_kilograms)
    two = table + "\n| Weight | 410 kg | 690 kg |"  # two rows in kilograms: the unit does not choose
    assert not row_chosen_by_unit("| Dry load capacity | 28 kg | 55 kg |", two, in_kilograms)


def test_a_speed_is_a_measure_stated_with_its_unit():
    from appliance.answering.answer_types import MEASURE_KINDS, answer_types, holds_answer_type

    assert "speed" in MEASURE_KINDS
    for question in ("What's the spin speed on the washer?", "Quelle est la vitesse de l'ascenseur ?",
                     "Welche Schleuderdrehzahl hat die Maschine?", "Rated speed?"):
        assert "speed" in answer_types(question), question
    # the speed of a response or a delivery is a duration, not a machine's speed
    for question in ("What response speed can we expect?", "What is the speed of delivery?"):
        assert "speed" not in answer_types(question), question
    assert holds_answer_type("| Rated speed | 1.6 m/s |", "speed") and holds_answer_type("up to 1,400 rpm", "speed")
    assert not holds_answer_type("An engineer arrives within 4 hours.", "speed")
    # a length per time in any unit a datasheet uses: a laser cutter's positioning speed, a conveyor's belt speed
    for stated in ("| Max. positioning speed | 170 m/min |", "feed 60 mm/s", "90 ft/min", "120 metres per minute"):
        assert holds_answer_type(stated, "speed"), stated
    for stated in ("a 3 m mast", "sheets up to 25 mm", "a flow of 20 l/min"):
        assert not holds_answer_type(stated, "speed"), stated


def test_a_measure_in_a_hyphenated_compound_is_stated():
    from appliance.answering.answer_types import holds_answer_type

    # "the 240-litre ash bin": the figure and its unit joined into an adjective state the measure
    for stated, kind in (("the 240-litre ash bin", "size"), ("a 12-foot trailer", "size"), ("a 3-metre mast", "size"),
                         ("a 20-tonne press", "weight"), ("a 5-ton hoist", "weight"), ("a 10-bar valve", "pressure"),
                         ("a 500-watt heater", "power"), ("a 400-VAC supply", "electrical")):
        assert holds_answer_type(stated, kind), stated
    # a hyphen before a one-letter unit or "in" joins other words ("a 2-in-1 unit", "a 2-layer coat", "a 3-mast rig")
    for stated, kind in (("a 2-in-1 unit", "size"), ("a 2-layer coat", "size"), ("a 3-mast rig", "size"),
                         ("a 4-tier rack", "weight"), ("a 2-way valve", "power")):
        assert not holds_answer_type(stated, kind), stated


def test_a_measure_asked_is_held_only_by_that_measure():
    question = "How many decibels does the fan make when it starts up?"
    kinds = tuple(answer_types(question))
    assert "loudness" in kinds and "count" in kinds
    row = "| Fan F-20 | 230 V, 120 W | 2 weeks |"
    assert not check_answer(question, _reply(row), asked_kinds=kinds, concepts=()).value_kind_held
    assert check_answer(question, _reply("The F-20 runs at 42 dB(A) at full speed."), asked_kinds=kinds,
                        concepts=()).value_kind_held


def test_a_pointer_to_another_part_of_the_documents_names_no_concept():
    pointer = "ProLine displays should be scheduled off for at least 6 hours a day (see the warranty terms)."
    assert not names_concept(pointer, ("guarantee",))
    assert not names_concept("Spare panels are stocked for 5 years; see the Warranty section.", ("guarantee",))
    assert names_concept("The warranty runs 3 years (see the price list for options).", ("guarantee",))


def test_a_fee_names_what_something_costs():
    assert names_concept("| After production start | 25% of the order value |", ("price",)) is False
    assert names_concept("Cancellation fee: 25% of the order value.", ("price",))
    assert names_concept("Delivery is charged at cost.", ("fee",))
    assert not names_concept("Cancellation fee: 25% of the order value.", ("liability",))
    assert "fee" in concepts_asked("A competitor offers a flat 18% commission. Can you match that?")
    assert "fee" in concepts_asked("C'è una commissione sui pagamenti con carta?")
    # Portuguese "preco" (preço written without its accent) is a price; Italian "precompresso" (prestressed) is not
    assert concepts_asked("Qual é o preco do kit?") == ("price",)
    assert "price" not in concepts_asked("Quanti anni di garanzia avete sui pali in cemento precompresso?")


def test_a_header_naming_the_model_asked_is_no_row_the_question_means():
    from appliance.answering.support import row_chosen_by_meaning

    header = "| Specification | RX-30 folding ramp | RX-50 sliding ramp |"
    table = (f"{header}\n| --- | --- | --- |\n| Rated load | 40 kN | 60 kN |\n| Deck width | 1800 mm | 2000 mm |\n"
             "| Weight | 610 kg | 820 kg |")
    # "Welche Traglast hat die RX-50?": the header names the model, so it is the closest line, but it states no load
    meaning = {header: 0.61, "| Rated load | 40 kN | 60 kN |": 0.44, "| Deck width | 1800 mm | 2000 mm |": 0.31,
               "| Weight | 610 kg | 820 kg |": 0.30}
    assert row_chosen_by_meaning("| Rated load | 40 kN | 60 kN |", table, meaning, margin=0.05)
    assert not row_chosen_by_meaning("| Deck width | 1800 mm | 2000 mm |", table, meaning, margin=0.05)


def test_one_more_of_a_thing_is_told_from_an_extra_charge():
    from appliance.answering.quote_pool import asks_one_more

    for question in ("how much would it be to add another radio mic?", "Combien coûte un jour supplémentaire ?",
                     "Was kostet eine zusätzliche Schulung?", "what's the rate if we add some more wash lights?",
                     "¿Cuánto cuesta un micrófono adicional?", "Quanto costa un altro giorno?",
                     "How much would the extra vaporiser cost us?", "What does an extra day cost?"):  # a verb
        assert asks_one_more(question), question
    for question in ("Is there an extra maintenance charge for the goods lift?", "Do the reminders cost extra?",
                     "Are there extra installation costs?", "What is the additional cost?",
                     "Is there an additional fee for weekend installation?", "How much is the radio mic?",
                     "Was kostet die Schulung?"):
        assert not asks_one_more(question), question


def test_durations_in_seconds_business_hours_and_every_chat_language():
    from appliance.answering.answer_types import holds_answer_type

    for text in ("A cappuccino takes 35 seconds.", "An engineer is on site within 8 business hours.",
                 "Lieferung in 6 Wochen", "binnen 5 werkdagen", "garantie van 12 maanden", "en 10 días hábiles",
                 "livraison sous 15 jours ouvrés", "consegna in 3 settimane", "prazo de 30 dias úteis",
                 # a figure joined to its unit as an adjective ("a 5-year warranty", "a 24-hour helpdesk")
                 "The frame carries a 25-year warranty.", "a 24-hour helpdesk", "a 6-8-week lead time"):
        assert holds_answer_type(text, "duration"), text
    for text in ("Tag 1234 is the label", "Price 35 EUR", "week-end support"):
        assert not holds_answer_type(text, "duration"), text


_BOLLARDS = """| Model | Outlets | Protection | Lighting | List price EUR |
| --- | --- | --- | --- | --- |
| SP-2 | 2 x 16A | RCBO 30 mA per outlet | LED top light | 2,780.00 |
| SP-4 | 4 x 16A | RCBO 30 mA per outlet | LED top light | 4,650.00 |

| Housing: stainless steel. |
| --- |
| Metering: kWh meter per outlet. |"""


def test_rows_that_agree_in_the_column_asked_leave_no_row_to_ask_about():
    quoted = "| SP-2 | 2 x 16A | RCBO 30 mA per outlet | LED top light | 2,780.00 |"
    # the column is named in the bridged wording only; a later one-cell table's header is not this table's
    assert rows_agree(("Quelle protection ont les bornes ?", "what protection have the bollards"), quoted, _BOLLARDS,
                      asked_kinds=())
    # the outlets differ: which bollard is meant matters
    assert not rows_agree(("How many outlets does the bollard have?",), quoted, _BOLLARDS, asked_kinds=())
    # no column named (only what the rows are): nothing says the answer is the same
    assert not rows_agree(("Tell me about the bollard",), quoted, _BOLLARDS, asked_kinds=())
    # the lighting agrees but the price asked does not
    assert not rows_agree(("How much is the bollard with the LED light?",), quoted, _BOLLARDS, asked_kinds=("money",))
    # a table of one data row is no choice at all
    one = "| Model | Protection |\n| --- | --- |\n| SP-2 | RCBO |"
    assert not rows_agree(("What protection?",), "| SP-2 | RCBO |", one, asked_kinds=())


def test_a_price_change_is_asked_only_of_a_price_and_answered_by_the_sentence_stating_it():
    asked = concepts_asked("Is there a cap on how much the licence fee can go up after year 1?")
    assert "price change" in asked and "fee" in asked
    assert "price change" in concepts_asked("Kann der Preis jährlich erhöht werden?")
    assert "price change" in concepts_asked("Le prix peut-il augmenter chaque année ?")
    # an increase of a count is no price change
    assert "price change" not in concepts_asked("Can we increase the number of users later?")
    # the line's price names a price, not how it changes (a risk concept: the other concepts do not stand in)
    assert not names_concept("Line item 5: licence. Unit price: £1,200.00.", asked)
    assert names_concept("From the second year the fee may be reviewed in line with CPI, capped at 3%.", asked)


def test_what_something_costs_is_asked_with_an_interrogative_word_not_as_a_price_to_hold():
    def asks(question: str) -> bool:
        return asks_a_price(question, concepts_asked(question))

    assert asks("Could you take the old shelving away for us, and what would that cost?")
    assert asks("Können Sie die alten Geräte mitnehmen, und was kostet das?")
    assert asks("¿Pueden retirar las máquinas viejas y cuál es el precio?")
    assert not asks("Can you take the old shelving away for us?")  # no price asked
    assert not asks("Is there a charge for taking them away?")  # whether, not what: the intent rule reads it
    assert not asks("Will you hold these prices until March, and from when does delivery start?")  # a price hold


def test_a_loss_of_the_buyers_is_asked_only_as_the_sellers_to_pay_and_answered_only_by_naming_it():
    asked = concepts_asked("If the dryer breaks down and we lose the harvest, will Harvestline pay for it?")
    assert "consequential loss" in asked
    assert "consequential loss" in concepts_asked("Wenn die Anlage ausfällt und wir Ware verlieren, zahlen Sie das?")
    assert "consequential loss" in concepts_asked("Si falla y perdemos ventas, ¿nos indemnizan la pérdida?")
    # a loss of power or of pressure, or the price of replacing a lost thing, asks nothing of the seller's liability
    assert "consequential loss" not in concepts_asked("If we lose mains power, how long does the battery last?")
    assert "consequential loss" not in concepts_asked("What do we pay if we lose a key?")
    assert "consequential loss" not in concepts_asked("How much pressure do we lose across the filter?")
    # a service credit is a compensation, not for the buyer's own loss; the machine's quote line names neither
    compensated = concepts_asked("If it fails and we lose bookings, what compensation do you pay?")
    assert not names_concept("Service credits of 5% are the sole compensation for late response.", compensated)
    assert not names_concept("Line item 1: grain dryer. Unit price: $486,500.00.", asked)
    assert names_concept("The seller is not liable for loss of crop or any indirect or consequential loss.", asked)



def test_the_seller_asked_to_bear_a_cost_is_asked_about_its_liability_in_every_served_language():
    # whatever the cost is called (medical bills, the costs of an extra meeting), the seller asked to pay it is
    # asked about its liability: a warranty sentence stating a price does not answer it
    for question in ("If a loft bed collapses and a student gets hurt, will Acme pay the medical bills?",
                     "If the system fails during the vote, will you pay the costs of the extra meeting?",
                     "Zahlen Sie die Kosten der zusätzlichen Sitzung?", "¿Nos pagáis los gastos médicos?",
                     "Betalen jullie de extra reiskosten?", "Vocês pagam o transporte de volta?"):
        asked = concepts_asked(question)
        assert "liability" in asked, question
        assert not names_concept("Replacement slats cost EUR 24.00 each, fitted on the next service visit.", asked)
    assert names_concept("Our liability for injury is limited to the cover of our public liability insurance.",
                         concepts_asked("Will Acme pay the medical bills?"))
    # a plan asked to cover a part is what it includes; the seller charging, or the buyer paying, is a price
    assert "liability" not in concepts_asked("Does Gold cover the paddles, or do we pay for those ourselves?")
    assert concepts_asked("Quanto vocês cobram pela instalação?") == ("price",)
    assert "liability" not in concepts_asked("Combien nous payons pour la formation ?")
    assert "liability" not in concepts_asked("What do we pay for a lost remote?")
    # a risk already asked is read as asked (the loss, the compensation), not as a liability besides
    assert "liability" not in concepts_asked("If it fails and we lose bookings, what compensation do you pay?")


def test_a_trade_in_or_buy_back_is_answered_only_by_a_sentence_naming_it_in_every_served_language():
    for question in ("What trade-in credit would you give us for our old machines?",
                     "If we stop at month 30, would you buy back the printers, and at what price?",
                     "Can we trade in our old binder?", "What would you give us in part-exchange for the minibuses?",
                     "¿Aceptan nuestras máquinas viejas como parte de pago?",
                     "Quelle valeur de rachat pour nos caméras ?",
                     "Nehmen Sie unsere alten Geräte in Zahlung?", "Accettate i vecchi carrelli in permuta?",
                     "Vocês aceitam as bombas antigas como retoma?", "Wat is de inruilwaarde van onze oude maaiers?"):
        asked = concepts_asked(question)
        assert "trade-in" in asked, question
        # the new machine's price row, or the quote's line, states a price but no trade-in
        assert not names_concept("| PTZ 4K camera | 20x optical zoom | GBP 2,890 |", asked), question
    asked = concepts_asked("What trade-in credit would you give us for our old pumps?")
    assert names_concept("Trade-in credit: EUR 400 per legacy pump, applied to the final invoice.", asked)
    # trading in a market, a data import, a part replaced, a money-back promise: no trade-in
    for question in ("We trade in Europe and the US; which plugs do the chargers have?",
                     "Quelle est la reprise des données depuis l'ancien système ?",
                     "Com que frequência é a troca dos filtros?", "Is there a money-back guarantee?"):
        assert "trade-in" not in concepts_asked(question), question


def test_a_renewals_price_is_asked_only_of_a_price_and_answered_only_by_naming_the_renewal():
    asked = concepts_asked("Will the 15% discount on the licence still apply when we renew?")
    assert "renewal" in asked and "discount" in asked
    assert "renewal" in concepts_asked("What will it cost in year 4 once the minimum term ends?")
    assert "renewal" in concepts_asked("Quel est le prix du renouvellement annuel ?")
    # notice before a renewal asks no price
    assert "renewal" not in concepts_asked("How much notice do we give if we don't want to renew?")
    # the line states today's price and discount; the renewal clause states the price asked
    assert not names_concept("Line item 5: POS licence, 12 months. Discount: 15%.", asked)
    assert names_concept("On renewal the licence is invoiced at the list price then current, less 10%.", asked)


def test_a_price_held_for_what_the_quote_does_not_cover_is_answered_only_by_naming_the_hold():
    asked = concepts_asked("If we buy a sixth one next year, will you keep the 8% discount for it?")
    assert "price hold" in asked and "discount" in asked
    assert "price hold" in concepts_asked("If we order another 30 next year, will we get the same price?")
    assert "price hold" in concepts_asked("¿Nos mantienen el mismo descuento si pedimos diez más?")
    assert "price hold" in concepts_asked("Kunnen jullie de prijs voor jaar 2 vastzetten?")
    # keeping or holding something else asks no price held
    assert "price hold" not in concepts_asked("How many kegs does the rack hold?")
    assert "price hold" not in concepts_asked("Can we keep the old racking in bay 3?")
    # the line states today's discount for today's order; a sentence naming the hold states the price asked
    assert not names_concept("Line item 7: CareCover Plus, 5 years. Discount: 8%.", asked)
    assert names_concept("Follow-on orders within 12 months are invoiced at the same discount.", asked)


def test_an_amount_written_with_its_symbol_after_the_figure_states_money():
    # the European way of writing a price ("1.650 €", "40 $") states an amount as much as "€1,650" does
    from appliance.answering.answer_types import holds_answer_type

    for text in ("Preis: 1.650 € pro Stück", "Le prix est de 1 650 € HT.", "costs 40 $ a month", "980 EUR"):
        assert holds_answer_type(text, "money"), text
    assert not holds_answer_type("Model E 400 runs at 400 V", "money")


def test_a_numbered_heading_is_never_quoted_as_the_answer():
    """"## 5. Service credits" splits after its number like a sentence; the rest of the heading line is no unit."""
    from appliance.answering.compose import extractive_answer

    text = ("## 5. Service credits\n\nIf monthly availability falls below the target, the customer is entitled to a "
            "credit of 5% of the monthly fee, capped at 25% of it.")
    passage = Passage(id="p", agent_id=1, doc_kind="source", doc_id=1, text=text,
                      heading_path=("SLA", "5. Service credits"), start=0, end=len(text), title="sla.docx")
    reply = extractive_answer("Are the service credits capped?", [ScoredPassage(passage, dense_score=0.6)])
    assert reply is not None and [c.text for c in reply.citations] == [text.split("\n\n")[1]]


def test_where_a_thing_is_made_is_answered_only_by_a_sentence_naming_where_it_is_made():
    for question in ("Is the steel for the silo made in the UK? We have a local procurement policy.",
                     "Where are the panels manufactured?", "Wo werden die Pumpen hergestellt?",
                     "Les vitres sont-elles fabriquées en France ?", "What is the country of origin of the tiles?"):
        assert concepts_asked(question) == ("origin",), question
    for question in ("Can payments be made in instalments?", "Can the delivery be made in March?",
                     "Can it be made in RAL 7016?"):
        assert "origin" not in concepts_asked(question), question
    assert names_concept("Panels are assembled in our factory in Ohio, USA.", ("origin",))
    assert not names_concept("| PS-30T | Galvanised steel silo, 30 t | 4,200 |", ("origin",))
    for unrelated in ("Uses original spare parts only.", "Il prodotto è garantito 2 anni.",
                      "Restore factory settings from the menu."):
        assert not names_concept(unrelated, ("origin",)), unrelated


def test_who_makes_a_thing_is_answered_only_by_a_sentence_naming_its_maker():
    for question in ("Which manufacturer makes the EC motors in the fan units on the quote?",
                     "What brand are the hard drives?", "Van welk merk zijn de harde schijven in de offerte?",
                     "Welcher Hersteller baut die Pumpen?", "Quelle marque sont les batteries ?",
                     "¿Qué marca son los motores?", "Qual é o fabricante dos sensores?",
                     "Chi produce i compressori?"):
        assert concepts_asked(question) == ("origin",), question
    # making something, or another maker's offer, asks no maker
    for question in ("How much snow does one of these make per hour?",
                     "We have an offer from another manufacturer at EUR 160,000. Can you match that?"):
        assert "origin" not in concepts_asked(question), question
    assert names_concept("The EC motors are supplied by ebm-papst.", ("origin",))
    assert not names_concept("Line item 3: Fan filter unit H14, EC motor. Quantity: 24. Unit price: EUR 1,200.",
                             ("origin",))


def test_a_question_in_the_documents_is_quoted_only_with_its_answer():
    """An FAQ's question ("Does the controller stop if the internet connection goes down?") answers nothing alone:
    it is quoted with the sentence after it, its answer; before a table or at the end of a passage it is no unit."""
    from appliance.answering.compose import extractive_answer

    def passage(text: str) -> ScoredPassage:
        return ScoredPassage(Passage(id="p", agent_id=1, doc_kind="source", doc_id=1, text=text,
                                     heading_path=("FAQ",), start=0, end=len(text), title="faq.html"),
                             dense_score=0.6)

    faq = ("Does the climate controller stop if our internet connection goes down? No: the controller runs the "
           "greenhouse on its own and buffers 72 hours of data until the connection is back.")
    reply = extractive_answer("If our broadband drops out overnight, does the climate controller keep working?",
                              [passage(faq)])
    assert reply is not None and [c.text for c in reply.citations] == [faq]
    alone = "Our controllers are installed by two engineers in a day. Does the controller need the internet?"
    reply = extractive_answer("Does the controller need the internet?", [passage(alone)])
    assert reply is None or all(not c.text.rstrip().endswith("?") for c in reply.citations)


@pytest.mark.parametrize(("question", "kind"), [
    ("Our electrician needs the connected load for the laser, what is it?", "power"),
    ("our electrician asks how many kW each unit needs", "power"),
    ("Hoeveel pk hebben de transporteurs nodig?", "power"),
    ("What pressure drop should we allow across the UV unit?", "pressure"),
    ("Quelle pression d'eau faut-il à l'entrée de la machine ?", "pressure"),
    ("what temperature range does it keep the medicines at", "temperature"),
    ("At what temperature does the sensor raise an alert?", "temperature"),
])
def test_a_physical_measure_asked_is_a_measure_kind(question, kind):
    """A temperature, a pressure or an electrical load asked needs a figure in its unit: a sentence about the
    subject without one does not answer (decision rule "measure_not_stated")."""
    from appliance.answering.answer_types import MEASURE_KINDS, answer_types, holds_answer_type

    assert kind in answer_types(question) and kind in MEASURE_KINDS
    stated = {"power": "Connected load 42 kW, fuse 63 A", "pressure": "Pressure drop 0.35 bar at full flow",
              "temperature": "Keeps medicines between 2 and 8 °C"}[kind]
    assert holds_answer_type(stated, kind)
    assert not holds_answer_type("The unit is fitted by our engineers in one day.", kind)


@pytest.mark.parametrize("question", ["We are under a lot of budget pressure this year.",
                                      "Do you monitor the temperature?", "Does the price include the printer?"])
def test_a_mention_of_a_measure_is_not_a_measure_asked(question):
    from appliance.answering.answer_types import answer_types

    assert not {"temperature", "pressure", "power"} & set(answer_types(question))


def _line(text: str) -> ComposedReply:
    passage = Passage(id="q", agent_id=1, doc_kind="quote", doc_id=1, text=text,
                      heading_path=("Quote Q-1", "Line items", "CX360 station"), start=0, end=len(text), title="Quote")
    cited = CitedSpan(number=1, candidate=ScoredPassage(passage), start=0, end=len(text), text=text)
    return ComposedReply(text=f"According to Quote Q-1: “{text}” [1]", citations=[cited])


def test_a_discount_is_no_share_of_anything_else_asked():
    line = _line("Line item 2: CX360 station (SKU CX-360). Quantity: 12 included in this quote. Unit price: $8,900.00. "
                 "Discount: 8% ($8,544.00 off; discounted unit price $8,188.00).")
    asked = "What percentage of recycled steel is in the CX360 station?"
    kinds = tuple(answer_types(asked))
    assert not check_answer(asked, line, asked_kinds=kinds, concepts=concepts_asked(asked)).value_kind_held
    discount = "What percentage discount do we get on the CX360 station?"
    assert check_answer(discount, line, asked_kinds=tuple(answer_types(discount)),
                        concepts=concepts_asked(discount)).value_kind_held
    steel = _reply("The CX360 cabinet is made of 70% recycled steel.", heading=("Sustainability",))
    assert check_answer(asked, steel, asked_kinds=kinds, concepts=concepts_asked(asked)).value_kind_held


def test_the_act_of_weighing_is_no_weight_asked():
    assert "weight" not in answer_types("What uptime do you commit to for the weighing portal?")
    assert "weight" in answer_types("How much does the indicator weigh?")


def test_a_shelf_life_is_a_duration():
    assert answer_types("The quote has 40 boxes of sets: what's the shelf life once delivered?") == ["duration"]


def test_an_amount_in_a_currency_names_a_price_but_no_risk_concept():
    from appliance.answering.commercial import names_concept

    assert names_concept("On request we remove and dispose of old ovens for £350 per oven.", ("price",))
    assert names_concept("Used units are collected at EUR 250 per unit.", ("fee",))
    assert not names_concept("Installation and removal are included.", ("price",))  # no amount: "included" alone
    # a liability asked is not named by what something costs
    assert not names_concept("A replacement part costs €120.", ("liability",))


def test_charging_in_spanish_and_portuguese_asks_a_price():
    assert "price" in concepts_asked("¿Cuánto nos cobrarían por retirar las máquinas viejas?")
    assert "price" in concepts_asked("Vocês cobram o frete até a obra?")
    assert "price" not in concepts_asked("¿La cobertura incluye las piezas de cobre?")  # coverage, copper


def test_a_duration_counted_in_operating_hours_or_calendar_months_is_a_duration():
    from appliance.answering.answer_types import holds_answer_type

    # a word between the figure and its unit says how the time is counted: a wear part's life, a notice period
    for stated in ("| UV-C lamp 18 W | MobileBench 24 UV | 4,000 operating hours |", "every 500 running hours",
                   "within 3 calendar months", "6 consecutive months", "2 full days", "1,000 flight hours",
                   "nach 4.000 Betriebsstunden", "na 2000 draaiuren", "10 working days", "next business day"):
        assert holds_answer_type(stated, "duration"), stated
    # what the time is counted for is no duration of its own: a monthly price, a daily rate
    for stated in ("€500 per month", "1 per day", "EUR 85 a day", "operating costs: EUR 1,200"):
        assert not holds_answer_type(stated, "duration"), stated
    row = "| UV-C lamp | 4,000 operating hours |"
    checks = check_answer("how often do the UV lamps need replacing?",
                          _reply(row, f"| Part | Replace after |\n| --- | --- |\n{row}", heading=("Spare parts",)),
                          asked_kinds=("duration",), concepts=())
    assert checks.value_kind_held
