"""`decide(evidence, config)`: every rule of the decision, on hand-built evidence (no retrieval, no model)."""

from appliance.answering.compose import ComposedReply, CitedSpan
from appliance.answering.decision import Evidence, Wording, decide
from appliance.answering.policy_config import CONFIG_FILE, PolicyConfig, load_policy_config
from appliance.retrieval.contracts import Passage, ScoredPassage

CONFIG = PolicyConfig(handoff_intent_min=0.6, vague_min=0.5, answer_threshold=0.42, clarify_threshold=0.28)


def _answer(text="The spindle motor is covered for 36 months.") -> ComposedReply:
    passage = Passage(id="p1", agent_id=1, doc_kind="source", doc_id=1, text=text, heading_path=("Warranty",),
                      start=0, end=len(text), title="Terms")
    cited = CitedSpan(number=1, candidate=ScoredPassage(passage), start=0, end=len(text), text=text)
    return ComposedReply(text=f"“{text}” [1]", citations=[cited])


def _wording(confidence=0.7, *, answer=True, subject=True, kind=True, concept=True, across=False, text="q"):
    return Wording(text=text, confidence=confidence, signals={"dense": 0.5}, answer=_answer() if answer else None,
                   subject_named=subject, value_kind_held=kind, concept_named=concept, crosslingual=across)


def _evidence(*wordings, intents=None, concepts=(), kinds=(), pronoun=False, context=False, figure=None, terms=None,
              unknown=()):
    return Evidence(intents=intents or {"information": 0.9, "negotiation": 0.1}, language="en", has_context=context,
                    pronoun_without_subject=pronoun, asked_kinds=kinds, commercial_concepts=concepts,
                    wordings=tuple(wordings), quote_figure=figure, quote_terms=terms, unknown_names=unknown)


def test_a_covered_question_is_answered_with_the_wordings_answer():
    decision = decide(_evidence(_wording()), CONFIG)
    assert decision.kind == "answer" and decision.answer is not None and decision.confidence == 0.7


def test_handoff_intents_decide_first_whatever_the_knowledge_says():
    intents = {"negotiation": 0.5, "change": 0.2, "information": 0.3}
    decision = decide(_evidence(_wording(0.95), intents=intents), CONFIG)
    assert decision.kind == "handoff" and decision.intent == "negotiation"
    below = {"negotiation": 0.3, "change": 0.2, "information": 0.5}
    assert decide(_evidence(_wording(0.95), intents=below), CONFIG).kind == "answer"
    # the mass counts, not the likeliest single intent: 0.25 change + 0.23 competitor + 0.12 person over 0.4
    split = {"change": 0.25, "competitor": 0.23, "person": 0.12, "information": 0.4}
    decision = decide(_evidence(_wording(0.95), intents=split), CONFIG)
    assert decision.kind == "handoff" and decision.intent == "change"


def test_vague_questions_are_asked_back_in_a_fresh_conversation_only():
    vague = {"vague": 0.7, "information": 0.3}
    assert decide(_evidence(_wording(), intents=vague), CONFIG).kind == "clarify"
    assert decide(_evidence(_wording(), pronoun=True), CONFIG).kind == "clarify"
    assert decide(_evidence(_wording(), intents=vague, context=True), CONFIG).kind == "answer"


def test_confidence_thresholds():
    assert decide(_evidence(_wording(0.2)), CONFIG).kind == "handoff"
    assert decide(_evidence(_wording(0.35)), CONFIG).kind == "clarify"
    assert decide(_evidence(), CONFIG).kind == "handoff"  # nothing retrieved


def test_the_better_wording_wins_and_is_recorded():
    decision = decide(_evidence(_wording(0.3, text="como"), _wording(0.6, across=True, text="how")), CONFIG)
    assert decision.kind == "answer" and decision.wording == "how" and decision.signals["crosslingual"] == 1.0


def test_a_wording_whose_answer_names_the_asked_code_wins_over_a_likelier_one_that_does_not():
    # "Quel est l'affaiblissement acoustique de la cabine Solo S1 ?": the bridge finds a sentence on another model
    asked = Wording(text="cabine", confidence=0.58, signals={}, answer=_answer("| Solo S1 | 34 dB |"),
                    subject_named=True, value_kind_held=True, concept_named=True)
    bridged = Wording(text="cabin", confidence=0.89, signals={}, answer=_answer("The Solo Lite L1 has 28 dB."),
                      subject_named=True, value_kind_held=True, concept_named=True, crosslingual=True,
                      codes_named=False)
    assert decide(_evidence(asked, bridged), CONFIG).wording == "cabine"
    # not below the answer threshold, nor when that wording's answer fails a check (a row not chosen)
    low = Wording(text="cabine", confidence=0.4, signals={}, answer=_answer(), subject_named=True,
                  value_kind_held=True, concept_named=True)
    assert decide(_evidence(low, bridged), CONFIG).wording == "cabin"
    unchosen = Wording(text="cabine", confidence=0.6, signals={}, answer=_answer(), subject_named=True,
                       value_kind_held=True, concept_named=True, row_chosen=False)
    assert decide(_evidence(unchosen, bridged), CONFIG).wording == "cabin"
    # both name the codes (or neither): the likelier one, as before
    named = Wording(text="cabin", confidence=0.89, signals={}, answer=_answer(), subject_named=True,
                    value_kind_held=True, concept_named=True, crosslingual=True)
    assert decide(_evidence(asked, named), CONFIG).wording == "cabin"


def test_a_service_response_time_is_read_as_asked_and_stated():
    from appliance.answering.answer_types import (
        ASKS_ON_SITE,
        ASKS_RESPONSE,
        REMOTE_RESPONSE,
        STATES_ON_SITE,
        STATES_RESPONSE,
        holds_answer_type,
    )
    assert ASKS_RESPONSE.search("If a hoist breaks down on Gold, how quickly does an engineer come out?")
    assert ASKS_RESPONSE.search("how quick will your engineer be on site with the plan you quoted us?")
    assert ASKS_RESPONSE.search("What's the on-site response time under our contract?")
    assert not ASKS_RESPONSE.search("How quickly can you deliver the chairs?")
    assert not ASKS_RESPONSE.search("how fast do price changes actually hit the shelf?")
    assert STATES_RESPONSE.search("| Breakdown response time | 5 working days | Next working day |")
    assert STATES_RESPONSE.search("| P1 on-site attendance | within 3 working days |")
    assert not STATES_RESPONSE.search("Ceiling hoists and track: 6-8 weeks from order.")
    assert holds_answer_type("| Breakdown response time | Next working day |", "duration")
    assert not holds_answer_type("orders are shipped the same day", "duration")  # prose, not a service level
    assert holds_answer_type("an engineer attends the same business day", "duration")
    # someone coming to the site is asked an on-site time, not a remote one
    assert ASKS_ON_SITE.search("how quickly will an engineer be on site?")
    assert not ASKS_ON_SITE.search("how quickly will your support desk respond?")
    assert STATES_ON_SITE.search("| P1 on-site attendance | next working day |")
    assert not STATES_ON_SITE.search("| P1 remote response | 4 working hours |")
    assert STATES_ON_SITE.search("| On-site response | within 8 working hours |")
    assert not STATES_ON_SITE.search("A surface-mount bridge takes 2 working days on site.")  # work, not a response
    assert STATES_ON_SITE.search("If a machine fails, a technician is on site within 8 business hours.")
    assert REMOTE_RESPONSE.search("| Remote response time (engineer call-back) | within 8 business hours |")
    assert not REMOTE_RESPONSE.search("| Breakdown response target | next working day | 8 working hours |")
    # someone attending a call has a time or a place after "attend"; the buyer's people attending a walk-through, a
    # test or a training state no response, nor do attendees and an auto attendant
    for stated in ("An engineer attends site within 4 hours.", "Engineer attendance: next working day",
                   "High-risk defects are attended and made safe within 24 hours."):
        assert STATES_ON_SITE.search(stated) and STATES_RESPONSE.search(stated)
    for other in ("| Commissioning | Attend the final walk-through |", "Training for up to 15 attendees",
                  "Up to 4 people from the buyer may attend the FAT.", "call parking, auto attendant"):
        assert not STATES_ON_SITE.search(other) and not STATES_RESPONSE.search(other)


def test_what_an_answer_to_a_response_time_question_must_state():
    from appliance.answering.answer_types import STATES_ON_SITE, STATES_RESPONSE, response_patterns
    engineer = "How quickly will an engineer be on site under our plan?"
    # a lead time states no response: a response time is looked for, an on-site one first
    assert response_patterns(engineer, "Ceiling hoists: 6-8 weeks from order.") == (STATES_ON_SITE, STATES_RESPONSE)
    assert response_patterns("How fast does your support desk respond?", "Lead time 4 weeks.") == (STATES_RESPONSE,)
    # a remote call-back for someone coming to the site: an on-site one instead
    assert response_patterns(engineer, "| Remote response time (engineer call-back) | 4 hours |") == (STATES_ON_SITE,)
    # the response time asked is already stated, or none is asked
    assert response_patterns(engineer, "| Breakdown response target | next working day |") == ()
    assert response_patterns("How long is the warranty?", "Warranty: 24 months.") == ()


def test_no_supporting_sentence_hands_off():
    assert decide(_evidence(_wording(answer=False)), CONFIG).reason == "no passage supports an answer"


def test_commercial_guard_needs_the_concept_and_the_value_kind():
    for concept, kind in ((False, True), (True, False)):
        decision = decide(_evidence(_wording(concept=concept, kind=kind), concepts=("liability",)), CONFIG)
        assert decision.kind == "handoff" and decision.intent == "commercial"
    assert decide(_evidence(_wording(), concepts=("liability",)), CONFIG).kind == "answer"


def test_an_answer_that_does_not_name_the_subject_is_not_given():
    assert decide(_evidence(_wording(subject=False)), CONFIG).kind == "clarify"


def test_a_computed_quote_figure_answers():
    decision = decide(_evidence(_wording(0.1), figure=_answer("Total before tax: EUR 1,000.00.")), CONFIG)
    assert decision.kind == "answer" and decision.signals["quote_figure"] == 1.0


def test_a_computed_sum_answers_a_request_the_intent_model_is_unsure_of_but_not_a_clear_one():
    figure = _answer("Subtotal price of 2 similar line items (...) together: EUR 1,000.00.")
    unsure = {"negotiation": 0.7, "information": 0.3}  # "Could you give me the subtotal for both dryers?"
    decision = decide(_evidence(_wording(), intents=unsure, figure=figure), CONFIG)
    assert decision.kind == "answer" and decision.cause == "quote_figure"
    clear = {"negotiation": 0.85, "information": 0.15}  # "Can you do both dryers together for EUR 900?"
    decision = decide(_evidence(_wording(), intents=clear, figure=figure), CONFIG)
    assert decision.kind == "handoff" and decision.cause == "intent"


def test_the_quotes_payment_terms_answer_how_it_is_paid_after_the_intent_and_scope_rules():
    terms = _answer('Payment terms of this quote ("30% with order, 70% on delivery"), as amounts of its total: …')
    decision = decide(_evidence(_wording(0.3), terms=terms), CONFIG)  # a search that ranks other passages first
    assert decision.kind == "answer" and decision.cause == "quote_terms" and decision.answer is terms
    asking = {"negotiation": 0.7, "information": 0.3}  # "We sign only with 60-day payment terms."
    assert decide(_evidence(_wording(0.3), intents=asking, terms=terms), CONFIG).cause == "intent"
    # "Can we pay through Klarna?": a name the knowledge never mentions
    assert decide(_evidence(_wording(0.3), terms=terms, unknown=("Klarna",)), CONFIG).cause == "unknown_name"


def test_the_fitted_configuration_loads_and_is_ordered():
    config = load_policy_config(CONFIG_FILE)
    assert 0 < config.clarify_threshold <= config.answer_threshold < 1
    assert 0.3 <= config.handoff_intent_min <= 0.9 and config.calibration


def test_a_table_row_the_question_does_not_choose_is_asked_about():
    decision = decide(_evidence(Wording(text="q", confidence=0.7, signals={}, answer=_answer(), subject_named=True,
                                        value_kind_held=True, concept_named=True, row_chosen=False)), CONFIG)
    assert decision.kind == "clarify"


def test_every_decision_records_the_rule_that_decided():
    from appliance.answering.decision import CAUSES

    cases = [
        (_evidence(_wording()), "covered"),
        (_evidence(_wording(0.95), intents={"negotiation": 0.7, "information": 0.3}), "intent"),
        (_evidence(_wording(), pronoun=True), "vague"),
        (_evidence(_wording(0.2)), "no_knowledge"),
        (_evidence(_wording(0.35)), "partial_match"),
        (_evidence(_wording(answer=False)), "no_support"),
        (_evidence(_wording(concept=False), concepts=("liability",)), "commercial_guard"),
        (_evidence(_wording(subject=False)), "subject_not_named"),
    ]
    for evidence, cause in cases:
        decision = decide(evidence, CONFIG)
        assert decision.cause == cause, (decision, cause)
        assert cause in CAUSES


def test_a_physical_measure_is_answered_only_by_a_sentence_stating_one():
    # "How heavy is the sorter?" quoted a sentence about the sorter without a weight: a person answers
    unstated = decide(_evidence(_wording(kind=False), kinds=("weight",)), CONFIG)
    assert unstated.kind == "handoff" and unstated.cause == "measure_not_stated"
    assert decide(_evidence(_wording(kind=True), kinds=("weight",)), CONFIG).kind == "answer"
    # other kinds of value keep the earlier rules ("when" is as often a conjunction)
    assert decide(_evidence(_wording(kind=False), kinds=("date",)), CONFIG).kind == "answer"


def test_a_value_asked_in_a_named_unit_needs_a_figure_in_that_unit():
    from dataclasses import replace

    stated = _wording()
    unstated = replace(_wording(), unit_stated=False)
    asked = replace(_evidence(unstated), asked_units=("mass",))
    assert decide(asked, CONFIG).cause == "measure_not_stated" and decide(asked, CONFIG).kind == "handoff"
    assert decide(replace(_evidence(stated), asked_units=("mass",)), CONFIG).kind == "answer"
    assert decide(_evidence(unstated), CONFIG).kind == "answer"  # no unit asked: the flag is not read


def test_measure_kinds_are_read_from_general_words_and_units():
    from appliance.answering.answer_types import answer_types, holds_answer_type

    assert answer_types("How heavy is the kiosk?") == ["weight"]
    # how long a thing lasts is a duration, asked without "how long" ("the battery life", bridged "Akkulaufzeit")
    assert answer_types("What's the battery life of the handheld?") == ["duration"]
    assert answer_types("what is the lifespan of the pump") == ["duration"]
    assert not answer_types("Does the policy cover life insurance?")
    assert "power" in answer_types("What is the power draw of the gate?")
    assert "loudness" in answer_types("How loud is the alarm, in decibels?")
    assert "loudness" in answer_types("What is the noise in dB(A)?") and not answer_types("Is the DB hosted in the EU?")
    assert "size" in answer_types("What are the dimensions of the cabinet?")
    assert "weight" in answer_types("Wie schwer ist der Sortierer?")
    # Italian "pesa" weighs; after an article it is the noun, a weighbridge
    assert "weight" in answer_types("Quanto pesa il sensore?")
    assert "weight" not in answer_types("Quanti giorni prima che possiate montare la pesa?")
    assert holds_answer_type("The RS5 weighs 310 kg empty.", "weight")
    assert holds_answer_type("Stand-by: 45 W", "power") and not holds_answer_type("Stand-by: 45 minutes", "power")
    assert not holds_answer_type("The alarm volume is adjustable in 5 steps.", "loudness")


def test_every_measure_kind_has_words_to_search_for_it():
    from appliance.answering.answer_types import MEASURE_KINDS, MEASURE_QUERY_WORDS

    assert MEASURE_KINDS <= set(MEASURE_QUERY_WORDS)  # retrieval adds them for a measure asked


def test_a_question_naming_something_the_knowledge_never_mentions_is_handed_off():
    evidence = Evidence(intents={"information": 0.9}, language="en", has_context=False,
                        pronoun_without_subject=False, asked_kinds=(), commercial_concepts=(),
                        wordings=(_wording(0.9),), unknown_names=("xero",))
    decision = decide(evidence, CONFIG)
    assert decision.kind == "handoff" and decision.cause == "unknown_name" and "(xero)" in decision.reason
    assert decide(_evidence(_wording(0.9)), CONFIG).kind == "answer"  # nothing unknown named


def test_a_question_asking_for_more_than_the_knowledge_mentions_is_handed_off():
    evidence = Evidence(intents={"information": 0.9}, language="en", has_context=False,
                        pronoun_without_subject=False, asked_kinds=(), commercial_concepts=(),
                        wordings=(_wording(0.9),), unknown_extras=("salinity", "ec"))
    decision = decide(evidence, CONFIG)
    assert decision.kind == "handoff" and decision.cause == "unknown_extra" and "(salinity, ec)" in decision.reason


def test_a_reason_lists_a_bounded_number_of_words_whatever_the_message():
    many = tuple(f"{'w' * 60}{index}" for index in range(300))
    evidence = Evidence(intents={"information": 0.9}, language="en", has_context=False,
                        pronoun_without_subject=False, asked_kinds=(), commercial_concepts=(),
                        wordings=(_wording(0.9),), unknown_extras=many)
    decision = decide(evidence, CONFIG)
    assert decision.cause == "unknown_extra" and len(decision.reason) <= 500 and "and 295 more" in decision.reason


def test_a_quote_line_stating_only_the_buyers_own_figure_is_handed_off():
    from dataclasses import replace

    # "The quote has installation at £1,650 per lane. What would weekend work cost extra?": the line restates it
    restated = decide(_evidence(replace(_wording(), restates_figure=True), concepts=("price",), kinds=("money",)),
                      CONFIG)
    assert restated.kind == "handoff" and restated.cause == "not_answered"
    assert restated.signals["restates_figure"] == 1.0
    assert decide(_evidence(_wording(), concepts=("price",), kinds=("money",)), CONFIG).kind == "answer"


def test_a_quote_line_holding_no_value_of_the_kind_asked_is_handed_off():
    from dataclasses import replace

    # "What percentage of recycled steel is in the CX360 on this quote?": the line's only share is its discount
    unheld = decide(_evidence(replace(_wording(), line_without_value=True, value_kind_held=False),
                              kinds=("percent",)), CONFIG)
    assert unheld.kind == "handoff" and unheld.cause == "not_answered"
    assert unheld.signals["line_without_value"] == 1.0
    assert decide(_evidence(_wording(), kinds=("percent",)), CONFIG).kind == "answer"


def test_an_alternative_to_the_offer_is_handed_off_at_a_lower_share_of_the_handoff_intents():
    from dataclasses import replace

    config = replace(CONFIG, alternative_intent_min=0.45)
    intents = {"change": 0.3, "negotiation": 0.2, "information": 0.5}  # mass 0.5: under 0.6
    plain = _evidence(_wording(), intents=intents)
    assert decide(plain, config).kind == "answer"
    alternative = replace(plain, proposes_alternative=True)  # "Can we pay in 4 instalments instead of …?"
    decision = decide(alternative, config)
    assert decision.kind == "handoff" and decision.cause == "intent" and decision.intent == "change"
    assert decision.signals["proposes_alternative"] == 1.0
    assert decide(alternative, CONFIG).kind == "answer"  # 0: off
    low = replace(alternative, intents={"change": 0.2, "negotiation": 0.1, "information": 0.7})
    assert decide(low, config).kind == "answer"  # the intent model still has to lean towards a person


def test_a_message_in_another_language_is_handed_off_at_its_own_share_of_the_handoff_intents():
    from dataclasses import replace

    config = replace(CONFIG, other_language_intent_min=0.5)
    intents = {"negotiation": 0.45, "change": 0.1, "information": 0.45}  # mass 0.55: under 0.6
    english = _evidence(_wording(), intents=intents)
    assert decide(english, config).kind == "answer"  # English keeps handoff_intent_min
    spanish = replace(english, language="es")  # "¿Nos pueden hacer un descuento adicional si pagamos…?"
    decision = decide(spanish, config)
    assert decision.kind == "handoff" and decision.cause == "intent" and decision.intent == "negotiation"
    assert decide(spanish, CONFIG).kind == "answer"  # 0: off
    low = replace(spanish, intents={"negotiation": 0.3, "information": 0.7})
    assert decide(low, config).kind == "answer"


def test_a_question_asking_how_a_price_may_change_is_not_handed_off_for_its_intent_below_its_own_maximum():
    from dataclasses import replace

    config = replace(CONFIG, price_change_intent_max=0.8)
    intents = {"negotiation": 0.65, "information": 0.35}  # "how much can the price go up?" read as negotiation
    plain = _evidence(_wording(), intents=intents, concepts=("price", "price change"))
    assert decide(plain, config).kind == "handoff"  # not asked as how it may change: the intent rule first
    asked = replace(plain, asks_how_price_changes=True)
    decision = decide(asked, config)
    assert decision.kind == "answer" and decision.signals["asks_how_price_changes"] == 1.0
    assert decide(asked, CONFIG).kind == "handoff"  # 0: off
    sure = replace(asked, intents={"negotiation": 0.85, "information": 0.15})
    assert decide(sure, config).kind == "handoff"  # the intent model sure of a person
    unstated = replace(asked, wordings=(_wording(concept=False),))
    decision = decide(unstated, config)
    assert decision.kind == "handoff" and decision.cause == "commercial_guard"  # no passage states the change


def test_a_question_asking_what_something_costs_is_read_past_a_negotiation_or_change_intent_below_its_maximum():
    from dataclasses import replace

    config = replace(CONFIG, price_question_intent_max=0.8)
    # "Could you store the robots over the winter for us, and what would that cost?" read as negotiation
    intents = {"negotiation": 0.6, "change": 0.1, "information": 0.3}
    plain = _evidence(_wording(), intents=intents, concepts=("price",))
    assert decide(plain, config).kind == "handoff"  # not a wh-question asking a price: the intent rule first
    asked = replace(plain, asks_what_it_costs=True)
    decision = decide(asked, config)
    assert decision.kind == "answer" and decision.signals["asks_what_it_costs"] == 1.0
    assert decide(asked, CONFIG).kind == "handoff"  # 0: off
    sure = replace(asked, intents={"negotiation": 0.85, "information": 0.15})
    assert decide(sure, config).kind == "handoff"  # the intent model sure of a person
    rival = replace(asked, intents={"competitor": 0.5, "negotiation": 0.2, "information": 0.3})
    decision = decide(rival, config)  # "X quotes less; what's your price then?": the competitor needs a person
    assert decision.kind == "handoff" and decision.intent == "competitor"
    unstated = replace(asked, wordings=(_wording(concept=False),))
    decision = decide(unstated, config)
    assert decision.kind == "handoff" and decision.cause == "commercial_guard"  # no passage states a price
    line = "Line item 1: AN-400 workstation. Quantity: 2. Unit price: £8,950.00."
    passage = Passage(id="q1", agent_id=1, doc_kind="quote", doc_id=1, text=line,
                      heading_path=("Quote", "Line items"), start=0, end=len(line), title="Quote")
    quoted = ComposedReply(text=f"“{line}” [1]", citations=[
        CitedSpan(number=1, candidate=ScoredPassage(passage), start=0, end=len(line), text=line)])
    offer = replace(asked, wordings=(replace(_wording(), answer=quoted),))
    decision = decide(offer, config)  # the quote's own price: what a negotiation is about, not a service's price
    assert decision.kind == "handoff" and decision.cause == "intent" and decision.intent == "negotiation"
