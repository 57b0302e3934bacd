"""Words of the knowledge by meaning across languages (answering/knowledge_words.py) with the real multilingual
embedder (USE, shipped in its package), and the rule that reads them (`scope.unknown_extras_across`)."""

from __future__ import annotations

import pytest

from appliance.answering.knowledge_words import TEXTS_KEPT, KnowledgeWords, knowledge_words
from appliance.answering.scope import unknown_extras_across, vocabulary
from appliance.retrieval.multilingual import shared_multilingual_embedder

KNOWLEDGE = """The patient portal lets patients book and cancel consultations online and pay invoices by card.
Reminders are sent by text message 24 hours before an appointment. The portal is available in English, French and
Dutch. Data is hosted in Frankfurt (ISO 27001 certified). Labels for frozen food are rated down to -25 °C."""
KNOWN = vocabulary(KNOWLEDGE)


@pytest.fixture(scope="module")
def index() -> KnowledgeWords:
    built = KnowledgeWords(shared_multilingual_embedder())
    built.remember(("source", "v1"), KNOWLEDGE)
    return built


def test_the_words_compared_leave_out_figures_and_short_words() -> None:
    found = knowledge_words("ISO 27001 certified, IP67, -25 °C, by card")
    assert "certified" in found and "card" in found
    assert not {"27001", "ip67", "25", "by"} & set(found)


def test_a_translation_is_near_and_an_unrelated_word_is_not(index: KnowledgeWords) -> None:
    translated, unrelated = index.nearest([("source", "v1")], ["Lebensmittel", "Erdbeben"])  # food / earthquake
    assert translated > 0.7 > unrelated


def test_texts_are_embedded_once_and_the_oldest_go_first() -> None:
    index = KnowledgeWords(shared_multilingual_embedder())
    index.remember("a", "frozen food labels")
    assert index.embed(["a"]) == 3
    assert index.embed(["a"]) == 0  # already embedded
    assert index.nearest(["unknown"], ["food"]) == [-1.0]  # nothing remembered under that key
    for number in range(TEXTS_KEPT):
        index.remember(number, "text")
    assert index.embed(["a"]) == 0  # forgotten: the oldest text made room


@pytest.mark.parametrize("question,language,extras", [
    # a rare word the English knowledge has no translation of
    ("O portal do paciente permite fazer consultas por videochamada?", "pt", ("videochamada",)),
    ("Vertragen die Etiketten auch Salzwasser?", "de", ("salzwasser",)),
    # a rare word the knowledge uses in English: known
    ("Le portail envoie-t-il des rappels par SMS aux patients ?", "fr", ()),
    ("Sind die Etiketten für Lebensmittel geeignet?", "de", ()),
    # a question for a value, not yes or no: not read
    ("Wo werden die Daten gehostet, in welchem Rechenzentrum?", "de", ()),
])
def test_unknown_extras_across_languages(index: KnowledgeWords, question: str, language: str,
                                         extras: tuple[str, ...]) -> None:
    assert unknown_extras_across(question, language, KNOWN,
                                 lambda asked: index.nearest([("source", "v1")], asked)) == extras


def test_the_asked_words_reach_the_embedder_as_written() -> None:
    seen: list[str] = []

    def fake_nearest(asked: list[str]) -> list[float]:  # a named fake: records what it is asked, finds nothing
        seen.extend(asked)
        return [0.0] * len(asked)

    assert unknown_extras_across("Sind die Etiketten mit Lebensmitteln zertifiziert?", "de", KNOWN,
                                 fake_nearest) == ("etiketten", "lebensmitteln", "zertifiziert")
    assert seen == ["Etiketten", "Lebensmitteln", "zertifiziert"]  # a German noun keeps its capital
    # a language without word frequencies is not read
    assert unknown_extras_across("Czy etykiety są certyfikowane?", "pl", KNOWN, fake_nearest) == ()


def test_another_form_of_a_word_the_knowledge_uses_is_known() -> None:
    """"What's the steepest slope the robots can handle?" over "slopes steeper than 15%": "steepest" is no word of
    the knowledge as written, but another form of one (by the real multilingual vectors); "resale" is not "sale"."""
    from appliance.answering.scope import unknown_extras, without_other_forms

    knowledge = ("The robots mow slopes up to 15%; slopes steeper than that need the track kit. Spare blades are "
                 "on sale through the service portal.")
    built = KnowledgeWords(shared_multilingual_embedder())
    built.remember(("source", "mower"), knowledge)
    known = vocabulary(knowledge)

    def nearest(asked: list[str]) -> list[float]:
        return built.nearest([("source", "mower")], asked)

    extras = unknown_extras("What's the steepest slope the robots can handle?", "en", known)
    assert extras == ("steepest",)
    assert without_other_forms(extras, nearest) == ()
    resale = unknown_extras("Will you guarantee a resale value for the robots?", "en", known)
    assert "resale" in resale and without_other_forms(resale, nearest) == resale


def test_a_commercial_concept_the_knowledge_names_otherwise_is_known() -> None:
    """"What uptime do you guarantee?" over documents saying "availability": the same service level, not a word the
    knowledge never uses; a risk concept (a compensation named a service credit) stays the guard's to read."""
    from appliance.answering.commercial import named_otherwise
    from appliance.answering.scope import unknown_extras

    knowledge = "RouteWise targets a monthly availability of 99.5%; missed targets earn service credits."
    built = KnowledgeWords(shared_multilingual_embedder())
    built.remember(("source", "sla"), knowledge)
    said = " ".join(sorted(built.words_of([("source", "sla")])))
    assert "availability" in said
    extras = unknown_extras("What uptime do you actually guarantee on the platform?", "en", vocabulary(knowledge))
    assert extras == ("uptime",)
    assert named_otherwise("uptime", said)
    assert not named_otherwise("uptime", "The compactor's door opens with a key.")
    assert not named_otherwise("compensation", said)  # a risk concept: the commercial guard reads it
    assert not named_otherwise("paperwork", said)
    assert not named_otherwise("latex-free", "Slings are priced per unit; delivery is free.")  # no price asked
