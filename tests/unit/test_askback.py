"""The ask-back model (`answering/askback/`): its inputs, its probabilities and where `decide` lets it overrule a
follow-up question. The models here are hand-set, one weight on one input, so each test can say what it expects."""

from dataclasses import replace

from appliance.answering.askback import (
    ASKBACK_CAUSES,
    CAUSES,
    FEATURES,
    AskbackModel,
    askback_features,
    load_askback_model,
)
from appliance.answering.compose import CitedSpan, ComposedReply
from appliance.answering.decision import CAUSES as DECISION_CAUSES, Evidence, Wording, decide
from appliance.answering.policy_config import PolicyConfig
from appliance.retrieval.contracts import Passage, ScoredPassage

CONFIG = PolicyConfig(handoff_intent_min=0.6, vague_min=0.5, answer_threshold=0.42, clarify_threshold=0.28)


def _model(feature: str, weight: float) -> AskbackModel:
    """Answer / clarify / handoff scored by one input: the answer class gets ``weight`` times it."""
    zeros = tuple(0.0 for _ in FEATURES)
    answer = tuple(weight if name == feature else 0.0 for name in FEATURES)
    return AskbackModel(features=FEATURES, classes=("answer", "clarify", "handoff"), mean=zeros,
                        scale=tuple(1.0 for _ in FEATURES), coef=(answer, zeros, zeros), intercept=(0.0, 0.0, 0.0))


def _clarify_model(feature: str, weight: float) -> AskbackModel:
    """The follow-up class gets ``weight`` times one input."""
    zeros = tuple(0.0 for _ in FEATURES)
    clarify = tuple(weight if name == feature else 0.0 for name in FEATURES)
    return AskbackModel(features=FEATURES, classes=("answer", "clarify", "handoff"), mean=zeros,
                        scale=tuple(1.0 for _ in FEATURES), coef=(zeros, clarify, zeros), intercept=(0.0, 0.0, 0.0))


def _evidence(*, options=(), row_chosen=True, subject=True, held=True, kinds=(), question="How long is it?"):
    text = "| Model | Warranty |\n| A1 | 24 months |"
    passage = Passage(id="p1", agent_id=1, doc_kind="source", doc_id=1, text=text, heading_path=("Warranty",),
                      start=0, end=len(text), title="Terms")
    cited = CitedSpan(number=1, candidate=ScoredPassage(passage), start=0, end=len(text), text=text)
    answer = ComposedReply(text=f"“{text}” [1]", citations=[cited])
    wording = Wording(text=question, confidence=0.7, signals={"dense": 0.5, "options_source": 1.0 if options else 0.0},
                      answer=answer, subject_named=subject, value_kind_held=held, concept_named=True,
                      options=options, row_chosen=row_chosen)
    return Evidence(intents={"information": 0.9}, language="en", has_context=False, pronoun_without_subject=False,
                    asked_kinds=kinds, commercial_concepts=(), wordings=(wording,), question=question)


def test_the_causes_are_the_decisions_own():
    assert CAUSES == tuple(DECISION_CAUSES)
    assert set(ASKBACK_CAUSES) <= set(CAUSES)


def test_the_inputs_are_read_from_what_the_decision_recorded():
    features = dict(zip(FEATURES, askback_features({"dense": 0.5, "options_source": 2.0}, "competing_values",
                                                   "Quelle est la garantie du modèle A1 ?"), strict=True))
    assert len(features) == len(FEATURES)
    assert features["dense"] == 0.5 and features["has_dense"] == 1.0
    assert features["coverage"] == -1.0 and features["has_coverage"] == 0.0  # not computed: marked absent
    assert features["options_listed"] == 1.0 and features["options_readings"] == 0.0
    assert features["cause_competing_values"] == 1.0 and features["cause_covered"] == 0.0
    assert features["not_english"] == 1.0 and features["has_digit"] == 1.0 and features["question_marks"] == 1.0


def test_probabilities_are_a_softmax_of_the_scores():
    model = _model("has_digit", 2.0)
    with_digit = model.probabilities(tuple(1.0 if name == "has_digit" else 0.0 for name in FEATURES))
    assert abs(sum(with_digit.values()) - 1.0) < 1e-9
    assert with_digit["answer"] > with_digit["clarify"] == with_digit["handoff"]


def test_a_follow_up_the_model_finds_unneeded_goes_on_to_the_answer():
    evidence = _evidence(options=("A1", "B2"))
    assert decide(evidence, CONFIG).kind == "clarify"  # no model: the rules ask back
    sure = replace(CONFIG, askback=_model("options_readings", 5.0), askback_answer_min=0.6)
    decision = decide(evidence, sure)
    assert decision.kind == "answer" and decision.cause == "covered"
    assert decision.signals["askback_answer"] >= 0.6
    assert decision.signals["askback_rule"] == float(CAUSES.index("competing_values"))
    unsure = replace(sure, askback_answer_min=0.995)
    kept = decide(evidence, unsure)
    assert kept.kind == "clarify" and kept.options == ("A1", "B2") and "askback_answer" in kept.signals
    assert decide(evidence, replace(sure, askback_answer_min=0.0)).kind == "clarify"  # the check off


def _handoff_model(feature: str, weight: float) -> AskbackModel:
    """The handoff class gets ``weight`` times one input."""
    zeros = tuple(0.0 for _ in FEATURES)
    handoff = tuple(weight if name == feature else 0.0 for name in FEATURES)
    return AskbackModel(features=FEATURES, classes=("answer", "clarify", "handoff"), mean=zeros,
                        scale=tuple(1.0 for _ in FEATURES), coef=(zeros, zeros, handoff), intercept=(0.0, 0.0, 0.0))


def test_a_follow_up_the_model_reads_as_a_handoff_goes_to_a_person():
    evidence = _evidence(options=("A1", "B2"))
    config = replace(CONFIG, askback=_handoff_model("options_readings", 5.0), askback_answer_min=0.5,
                     askback_handoff_min=0.7)
    decision = decide(evidence, config)
    assert decision.kind == "handoff" and decision.cause == "askback_handoff"
    assert decision.signals["askback_handoff"] >= 0.7 and decision.signals["askback_answer"] < 0.5
    # what a re-fit reads back: the rule that asked, with the signals the model read
    assert decision.signals["askback_rule"] == float(CAUSES.index("competing_values"))
    assert decide(evidence, replace(config, askback_handoff_min=0.0)).kind == "clarify"  # the check off
    assert decide(evidence, replace(config, askback_handoff_min=0.999)).kind == "clarify"  # not sure enough
    # a follow-up the model reads as answerable goes on to the answer first
    sure = replace(config, askback=_model("options_readings", 5.0))
    assert decide(evidence, sure).kind == "answer"
    # only the four rules that ask back: a vague question is asked back whatever the model says
    vague = replace(_evidence(), pronoun_without_subject=True)
    assert decide(vague, replace(config, askback=_handoff_model("has_dense", 5.0))).kind == "clarify"


def test_the_checks_after_the_ask_back_rules_still_hand_off():
    # a weight asked, the row quoted states none: overruled or not, no passage states the measure asked for
    evidence = _evidence(row_chosen=False, held=False, kinds=("weight",), question="How heavy is it?")
    assert decide(evidence, CONFIG).kind == "clarify"
    config = replace(CONFIG, askback=_model("has_dense", 5.0), askback_answer_min=0.5)
    assert decide(evidence, config).kind == "handoff"


def test_only_the_four_ask_back_rules_are_overruled():
    vague = replace(_evidence(), pronoun_without_subject=True)
    config = replace(CONFIG, askback=_model("has_dense", 5.0), askback_answer_min=0.5)
    assert decide(vague, config).kind == "clarify"  # "can we change it later?": asked back whatever the model says
    not_named = _evidence(subject=False)
    assert decide(not_named, config).kind == "answer"


def test_the_shipped_model_reads_the_current_inputs():
    model = load_askback_model()
    assert model is None or model.features == FEATURES


def test_the_shipped_handoff_threshold_has_a_handoff_class_to_read():
    from appliance.answering.policy_config import CONFIG_FILE, load_policy_config

    config = load_policy_config(CONFIG_FILE)
    assert 0.0 <= config.askback_handoff_min <= 1.0
    if config.askback_handoff_min:
        assert config.askback is not None and "handoff" in config.askback.classes


def _readings(evidence: Evidence, values: float) -> Evidence:
    """The best passages hold ``values`` different values of the kind asked (recorded by the evidence gatherer)."""
    wording = evidence.wordings[0]
    return replace(evidence, wordings=(replace(wording, signals=wording.signals | {"asked_values": values}),))


def test_an_answer_the_model_reads_as_having_several_readings_is_asked_back():
    evidence = _readings(_evidence(), 3.0)
    assert decide(evidence, CONFIG).kind == "answer"
    config = replace(CONFIG, askback=_clarify_model("cause_covered", 5.0), askback_clarify_min=0.6)
    decision = decide(evidence, config)
    assert decision.kind == "clarify" and decision.cause == "several_readings" and decision.options == ()
    assert decision.signals["askback_clarify"] >= 0.6 and decision.signals["dense"] == 0.5  # the answer's evidence
    unsure = decide(evidence, replace(config, askback_clarify_min=0.995))
    assert unsure.kind == "answer" and unsure.cause == "covered" and "askback_clarify" in unsure.signals
    assert decide(evidence, replace(config, askback_clarify_min=0.0)).kind == "answer"  # the check off
    in_context = decide(replace(evidence, has_context=True), config)  # the earlier turns may have said which
    assert in_context.kind == "answer"
    one_value = decide(_readings(_evidence(), 1.0), config)  # one value of the kind asked: one reading
    assert one_value.kind == "answer" and "askback_clarify" not in one_value.signals


def test_the_follow_up_names_the_readings_of_the_answers_wording():
    evidence = _readings(_evidence(), 2.0)
    labels = ("The RS-40 runs for … per charge", "recharges fully in …")
    evidence = replace(evidence, wordings=(replace(evidence.wordings[0], readings=labels),))
    config = replace(CONFIG, askback=_clarify_model("cause_covered", 5.0), askback_clarify_min=0.6)
    decision = decide(evidence, config)
    assert decision.cause == "several_readings" and decision.options == labels


def test_an_answer_the_model_reached_by_overruling_a_follow_up_is_not_asked_back():
    # the follow-up was dropped because the model expected an answer: asking back on the same evidence would undo it
    evidence = _readings(_evidence(options=("A1", "B2")), 3.0)
    both = replace(CONFIG, askback=_model("options_readings", 5.0), askback_answer_min=0.6, askback_clarify_min=0.01)
    decision = decide(evidence, both)
    assert decision.kind == "answer" and "askback_rule" in decision.signals


def test_only_covered_answers_are_asked_back():
    figure = replace(_readings(_evidence(), 3.0), quote_figure=_evidence().wordings[0].answer)
    config = replace(CONFIG, askback=_clarify_model("has_dense", 5.0), askback_clarify_min=0.5)
    assert decide(figure, config).cause == "quote_figure"  # computed from the quote: one reading
