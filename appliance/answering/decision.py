"""The one decision: ``decide(evidence, config) -> Decision``, pure and frozen.

Every rule that chooses between answering, asking a follow-up question and handing off lives here, in this order:
0. a sum over the similar quote lines the question names ("the subtotal for the dock shelters, inflatable and
   curtain together"), computed by code (`quote_groups.py`), is answered unless the handoff intents' mass reaches
   ``quote_figure_intent_max``: "Could you give me the subtotal for…" reads to the intent model like a request
   for something, and the quote's own figure answers it exactly;
1. intent: when the probability mass of the six intents that need a person (negotiation, change, competitor,
   complaint, request for a person, signing/legal) reaches ``handoff_intent_min``, the conversation is handed off,
   named by the likeliest of them; a message proposing an alternative to what the offer states ("Can we pay in
   four instalments instead of the schedule?", `intent/alternatives.py`) is handed off from
   ``alternative_intent_min``, a message in another language than English from ``other_language_intent_min`` (the
   model is less sure where it has fewer messages); a question asking how a price may change ("If we renew after
   three years, how much can the price go up?", a wh-question naming a price change) is not handed off for its intent
   below ``price_change_intent_max``: it asks what the terms state, and rule 7's guard still needs a passage stating
   the change for an answer; nor, below ``price_question_intent_max``, a wh-question asking what something costs
   whose likeliest handoff intent is a negotiation or a change ("Could you store the robots over the winter for us,
   and what would that cost?": the buyer asks the price, not for a concession) and whose answer would come from the
   knowledge (the seller's price list or terms state what a service costs; the quote's own line states the price of
   what is already offered, the very price a negotiation is about), the guard still needing a passage stating a
   price;
2. vagueness: the classifier's "vague" probability, or a pronoun standing for nothing named (fresh conversation
   only), asks a follow-up question;
3. a question whose asking sentence names something (a product, a standard, another company's system: "Does it
   export to Xero?", "Is it certified to ISO 9261?") that no source and not the quote ever mentions is handed off:
   nothing the agent holds can say yes or no about it; so is a question asking whether the offer also covers
   something ("Do you also supply over-tree sprinklers?") when words of the clause that asks are ones the knowledge
   never uses (`scope.py`);
4. the better of the question's wordings (as asked, or bridged to English for an English-only embedder): the one
   whose retrieval confidence is higher, unless only the other one answers above ``answer_threshold``, passing
   every check of rules 6-8, with a passage naming the product codes the question names (a bridge loses the words
   that say which row of a datasheet is meant: "Quel est l'affaiblissement acoustique de la cabine Solo S1 ?"
   bridged finds a sentence on another model);
5. confidence below ``clarify_threshold`` hands off (the knowledge does not cover it), between the thresholds asks;
6. an answer needs a supporting sentence (the passage-support rule) that names the question's subject; a table row
   answers only when the question names something of that row, not just the column;
7. the commercial-statement guard: a question asking for a price, discount, fee, liability, compensation, guarantee,
   date or service level is answered only when the quoted sentence states that kind of value and names that
   concept; otherwise a person answers it;
8. after the checks that ask back (subject not named, table row or column not chosen, several values): a question
   asking for a physical measure (a weight, a size, a power, a loudness), or asking its value in a named unit ("in
   grams", "in kW": `units.py`), is answered only by a sentence stating one with such a unit; otherwise a person
   answers it;
9. a quote line quoted for a question that already gives one of the line's amounts, asking none of what the line
   adds to it (its discount, quantity or totals), is handed off: "The quote has installation at £1,650 per lane.
   What would it cost extra if your crew worked weekends?" is not answered by the line the buyer just quoted
   (`quote_restated.py`); nor one quoted for a question asking a kind of value the line does not hold (a share
   beside its discount, a duration, a date: a line states its item, quantity, price and discount); nor an English
   question whose quoted passage the answerability model says does not answer it (below ``answerability_min``): the
   passage is about the subject, not about what was asked;
10. a follow-up question chosen by the four rules that ask back (rule 5's band between the thresholds, and rules
   6-8's subject not named, table row not chosen, several values) is not asked when the ask-back model
   (`askback/`) gives an answer at least ``askback_answer_min`` probability: the rules are applied again without
   those four, so the guard, the measure checks and the answerability model still hand off what they should; it
   is handed to a person instead when the model gives a handoff at least ``askback_handoff_min`` (cause
   "askback_handoff"): the passages that partly match are not what was asked, and which of them the buyer meant
   would not help;
11. an answer the rules gave (rule 9 passed) is asked back instead when the best passages hold two or more values of
   the kind asked and the same model gives a follow-up question at least ``askback_clarify_min`` probability: the
   question has several readings the passages do not line up as parallel rows or sentences ("What's the runtime?"
   over one sentence giving two models' runtimes). The follow-up names the readings (what each value is, as its
   passage says it: `readings.py`), or the best passages' topics when fewer than two are named. Only in a fresh
   conversation: a follow-up question's earlier turns may have said which one (the model learned from fresh ones).
Nothing after ``decide`` changes its outcome; the pipeline only carries it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from appliance.answering.answer_types import MEASURE_KINDS
from appliance.answering.askback import (
    ASKBACK_CAUSES,
    CAUSES as CAUSE_CODES,
    READINGS_MIN,
    AskbackModel,
    askback_features,
)
from appliance.answering.compose import ComposedReply
from appliance.answering.intent import HANDOFF_INTENTS, handoff_mass
from appliance.answering.policy_config import PolicyConfig

DecisionKind = Literal["answer", "clarify", "handoff"]

# The rule that decided, as a bounded code (the reason sentence is for people; this is for metrics and analytics).
CAUSES = {
    "intent": "the buyer's message needs a person",
    "quote_figure": "computed from the quote's figures",
    "quote_terms": "the quote's payment terms",
    "vague": "the question is too vague",
    "unknown_name": "the question names something the knowledge never mentions",
    "unknown_extra": "the question asks about something the knowledge never mentions",
    "no_knowledge": "the knowledge does not answer the question",
    "partial_match": "several passages only partly match",
    "no_support": "no passage supports an answer",
    "commercial_guard": "a commercial statement no passage states",
    "subject_not_named": "the best passage does not name the subject",
    "row_not_chosen": "the question does not say which table row",
    "competing_values": "several things have different values",
    "measure_not_stated": "no passage states the measure asked for",
    "not_answered": "the best passage does not answer what was asked",
    "covered": "the knowledge covers the question",
    "several_readings": "the question reads several ways",
    "askback_handoff": "a follow-up would not help: a person should answer",
}

# The likeliest handoff intents a wh-question asking a price may carry and still be read past the intent rule: asking
# the price of something the buyer would pay for reads to the intent model like asking for it (a negotiation or a
# change); a competitor, a complaint, a person or the legal process asked beside a price still needs a person
PRICE_QUESTION_INTENTS = frozenset({"negotiation", "change"})

# Answers quoting a passage the quote computes (its sums, its payment stages): never rewritten by the model, which
# sees the searched passages only
QUOTE_COMPUTED = frozenset({"quote_figure", "quote_terms"})


@dataclass(frozen=True)
class Wording:
    """What retrieval and answer selection found for one wording of the question."""

    text: str
    confidence: float
    signals: dict[str, float]
    answer: ComposedReply | None  # the best extractive answer for this wording (None: no sentence supports one)
    subject_named: bool  # the quoted sentence (or its headings) names a subject term of the question
    value_kind_held: bool  # the quoted sentence holds the kind of value asked for (True when none is asked)
    concept_named: bool  # the quoted sentence names the commercial concept asked about (True when none is)
    row_chosen: bool = True  # a table row answers and the question names something of that row
    crosslingual: bool = False
    options: tuple[str, ...] = ()  # several things the best passages give different values for (ambiguity.py)
    row_options: tuple[str, ...] = ()  # the rows of the quoted table, named when the question does not choose one
    unit_stated: bool = True  # the quoted text holds a figure in the unit the question asks in (units.py)
    codes_named: bool = True  # the quoted text or its headings name every product code asked ("Solo S1", "ULT-700")
    readings: tuple[str, ...] = ()  # what each different value of the kind asked in the best passages is (readings.py)
    restates_figure: bool = False  # the quoted quote line states only an amount the question gives (quote_restated.py)
    line_without_value: bool = False  # the quoted quote line holds no value of the kind the question asks


@dataclass(frozen=True)
class Evidence:
    """Every signal the decision uses; recorded with the decision."""

    intents: dict[str, float]
    language: str
    has_context: bool
    pronoun_without_subject: bool
    asked_kinds: tuple[str, ...]
    commercial_concepts: tuple[str, ...]
    wordings: tuple[Wording, ...]
    quote_figure: ComposedReply | None = None  # a computed sum over the quote lines the question names
    quote_terms: ComposedReply | None = None  # the quote's payment terms and stage amounts, asked how it is paid
    unknown_names: tuple[str, ...] = ()  # names and codes the question asks about that no source nor the quote holds
    unknown_extras: tuple[str, ...] = ()  # rare asked words no source nor the quote uses (scope.py)
    question: str = ""  # as asked (the ask-back model reads its shape)
    asked_units: tuple[str, ...] = ()  # the measures whose unit the question asks its value in ("in grams": mass)
    proposes_alternative: bool = False  # "instead of …" set against what the offer states (intent/alternatives.py)
    asks_how_price_changes: bool = False  # a wh-question naming a price change ("how much can the price go up?")
    asks_what_it_costs: bool = False  # a wh-question asking a price or a fee ("and what would that cost?")


@dataclass(frozen=True)
class Decision:
    kind: DecisionKind
    reason: str
    confidence: float
    intent: str | None = None
    answer: ComposedReply | None = None
    wording: str | None = None
    signals: dict[str, float] = field(default_factory=dict)
    options: tuple[str, ...] = ()  # what a follow-up question names (several valid readings)
    cause: str = ""  # which rule decided: a key of CAUSES (recorded with the evidence; read by the inbox and analytics)


def _handoff_intent(intents: dict[str, float]) -> tuple[str | None, float]:
    """The likeliest of the intents that need a person, and the probability mass of all of them."""
    handoff = {k: v for k, v in intents.items() if k in HANDOFF_INTENTS}
    if not handoff:
        return None, 0.0
    return max(handoff, key=handoff.__getitem__), handoff_mass(intents)


MAX_LISTED = 5  # the words a reason names (a decision's reason is stored in at most 500 characters)


def _listed(words: tuple[str, ...]) -> str:
    """The first MAX_LISTED words, each cut to 40 characters, and how many more: a long message cannot make the
    reason longer than the database column."""
    shown = ", ".join(word[:40] for word in words[:MAX_LISTED])
    return f"{shown} and {len(words) - MAX_LISTED} more" if len(words) > MAX_LISTED else shown


def _checked(wording: Wording) -> bool:
    """The wording's answer passes every check of its quoted text (rules 6-8)."""
    return wording.answer is not None and wording.subject_named and wording.value_kind_held \
        and wording.concept_named and wording.row_chosen and not wording.options and wording.unit_stated


def _quotes_the_offer(wording: Wording | None) -> bool:
    """The wording's answer quotes the quote itself (a line, its totals or its terms)."""
    return wording is not None and wording.answer is not None and bool(wording.answer.citations) \
        and wording.answer.citations[0].candidate.passage.doc_kind == "quote"


def decide(evidence: Evidence, config: PolicyConfig) -> Decision:
    decision = _by_rules(evidence, config, ask_back=True)
    model = config.askback
    if model is None:
        return decision
    if decision.kind == "answer" and decision.cause == "covered" and config.askback_clarify_min \
            and decision.signals.get("asked_values", 0.0) >= READINGS_MIN and not evidence.has_context:
        # rule 11: the ask-back model's second opinion on an answer
        clarify = _model_gives(model, decision, evidence)["clarify"]
        signals = decision.signals | {"askback_clarify": clarify}
        if clarify < config.askback_clarify_min:
            return replace(decision, signals=signals)
        readings = next((w.readings for w in evidence.wordings if w.text == decision.wording), ())
        return Decision("clarify", "the question reads several ways and does not say which one it means",
                        decision.confidence, signals=signals, options=readings, cause="several_readings")
    if decision.kind != "clarify" or decision.cause not in ASKBACK_CAUSES or not config.askback_answer_min:
        return decision
    # rule 10: the ask-back model's second opinion on the four rules that ask back
    gives = _model_gives(model, decision, evidence)
    answer, handoff = gives["answer"], gives["handoff"]
    if answer < config.askback_answer_min:
        if config.askback_handoff_min and handoff >= config.askback_handoff_min:
            # the passages that partly match are not what was asked: which of them the buyer meant would not help
            return Decision("handoff", "the passages found only partly match a question a person should answer",
                            decision.confidence, signals=decision.signals | {
                                "askback_answer": answer, "askback_handoff": handoff,
                                "askback_rule": float(CAUSE_CODES.index(decision.cause))}, cause="askback_handoff")
        return replace(decision, signals=decision.signals | {"askback_answer": answer})
    onward = _by_rules(evidence, config, ask_back=False)
    # the signals the model read, and which rule it overruled: what a re-fit reads from the evaluation reports
    return replace(onward, signals=decision.signals | {"askback_answer": answer,
                                                       "askback_rule": float(CAUSE_CODES.index(decision.cause))})


def _model_gives(model: AskbackModel, decision: Decision, evidence: Evidence) -> dict[str, float]:
    """The ask-back model's probability of answering, asking back and handing off for what the rules decided (their
    signals and cause); 0 for a class the model was not fitted with."""
    given = model.probabilities(askback_features(decision.signals, decision.cause, evidence.question))
    return {kind: round(given.get(kind, 0.0), 4) for kind in ("answer", "clarify", "handoff")}


def _by_rules(evidence: Evidence, config: PolicyConfig, *, ask_back: bool) -> Decision:
    """Rules 0-9 in order; ``ask_back`` False passes over the four that ask back (partial match, subject not named,
    table row not chosen, competing values)."""
    intent, mass = _handoff_intent(evidence.intents)
    signals: dict[str, float] = {f"intent_{k}": v for k, v in evidence.intents.items()}
    signals["handoff_intent_mass"] = round(mass, 4)
    if evidence.quote_figure is not None and mass < config.quote_figure_intent_max:
        return Decision("answer", "computed from the quote's figures", 1.0, answer=evidence.quote_figure,
                        signals=signals | {"quote_figure": 1.0}, cause="quote_figure")
    handoff_min = config.handoff_intent_min
    if evidence.language != "en" and config.other_language_intent_min:
        handoff_min = min(handoff_min, config.other_language_intent_min)
    if evidence.proposes_alternative and config.alternative_intent_min:
        handoff_min = min(handoff_min, config.alternative_intent_min)
        signals["proposes_alternative"] = 1.0
    price_change = evidence.asks_how_price_changes and mass < config.price_change_intent_max
    if price_change:
        signals["asks_how_price_changes"] = 1.0
    best = max(evidence.wordings, key=lambda w: (w.confidence >= config.answer_threshold and _checked(w)
                                                 and w.codes_named, w.confidence), default=None)
    price_question = evidence.asks_what_it_costs and intent in PRICE_QUESTION_INTENTS \
        and mass < config.price_question_intent_max and not _quotes_the_offer(best)
    if price_question:
        signals["asks_what_it_costs"] = 1.0
    if intent is not None and mass >= handoff_min and not (price_change or price_question):
        return Decision("handoff", f"the buyer's message needs a person ({intent})", round(mass, 4), intent=intent,
                        signals=signals, cause="intent")
    if best is not None:
        signals |= best.signals
        signals["crosslingual"] = float(best.crosslingual)
    confidence = best.confidence if best is not None else 0.0
    vague = evidence.intents.get("vague", 0.0)
    if not evidence.has_context and (vague >= config.vague_min or evidence.pronoun_without_subject):
        return Decision("clarify", "the question is too vague to answer well", confidence, signals=signals,
                        cause="vague")
    if evidence.unknown_names:
        signals["unknown_names"] = float(len(evidence.unknown_names))
        named = _listed(evidence.unknown_names)  # the reps read which name the knowledge lacks
        return Decision("handoff", f"the question names something the knowledge never mentions ({named})",
                        confidence, signals=signals, cause="unknown_name")
    if evidence.unknown_extras:
        signals["unknown_extras"] = float(len(evidence.unknown_extras))
        extra = _listed(evidence.unknown_extras)
        return Decision("handoff", f"the question asks about something the knowledge never mentions ({extra})",
                        confidence, signals=signals, cause="unknown_extra")
    if evidence.quote_terms is not None:
        # "Payment terms?": the quote states them; a search that ranks other passages first is no reason to ask back
        return Decision("answer", "the quote's payment terms", confidence, answer=evidence.quote_terms,
                        signals=signals | {"quote_terms": 1.0}, cause="quote_terms")
    if best is None or confidence < config.clarify_threshold:
        return Decision("handoff", "the knowledge does not answer this question", confidence, signals=signals,
                        cause="no_knowledge")
    if ask_back and confidence < config.answer_threshold:
        return Decision("clarify", "several passages partly match; asking which one the buyer means", confidence,
                        signals=signals, cause="partial_match")
    if best.answer is None:
        return Decision("handoff", "no passage supports an answer", confidence, signals=signals, cause="no_support")
    signals |= {"subject_named": float(best.subject_named), "value_kind_held": float(best.value_kind_held),
                "concept_named": float(best.concept_named)}
    if evidence.commercial_concepts and not (best.concept_named and best.value_kind_held):
        return Decision("handoff", "a commercial statement no passage states for what was asked", confidence,
                        intent="commercial", signals=signals, cause="commercial_guard")
    if ask_back and not best.subject_named:
        # the follow-up names the options found, if any ("another radio mic": the handheld and the headset rows)
        return Decision("clarify", "the best passage does not name what the question is about", confidence,
                        signals=signals, options=best.options, cause="subject_not_named")
    if ask_back and not best.row_chosen:
        signals["row_chosen"] = 0.0
        return Decision("clarify", "the question does not say which of several table rows it means", confidence,
                        signals=signals, options=best.row_options, cause="row_not_chosen")
    if ask_back and best.options:
        signals["competing_values"] = float(len(best.options))
        return Decision("clarify", "the passages give different values for different things and the question does "
                        "not say which", confidence, signals=signals, options=best.options,
                        cause="competing_values")
    if MEASURE_KINDS & set(evidence.asked_kinds) and not best.value_kind_held:
        return Decision("handoff", "no passage states the measure asked for", confidence, signals=signals,
                        cause="measure_not_stated")
    if evidence.asked_units and not best.unit_stated:
        signals["unit_stated"] = 0.0
        return Decision("handoff", "no passage states the measure asked for", confidence, signals=signals,
                        cause="measure_not_stated")
    if best.restates_figure:
        signals["restates_figure"] = 1.0
        return Decision("handoff", "the quoted quote line states only the figure the question gives", confidence,
                        signals=signals, cause="not_answered")
    if best.line_without_value:
        signals["line_without_value"] = 1.0
        return Decision("handoff", "the quoted quote line holds no value of the kind asked", confidence,
                        signals=signals, cause="not_answered")
    answerability = best.signals.get("answerability")
    if answerability is not None and answerability < config.answerability_min:
        return Decision("handoff", "the best passage is about the subject but does not answer what was asked",
                        confidence, signals=signals, cause="not_answered")
    return Decision("answer", "the knowledge covers the question", confidence, answer=best.answer,
                    wording=best.text, signals=signals, cause="covered")
