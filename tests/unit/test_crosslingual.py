"""The cross-lingual bridge, answer-type matching, prefix-aware terms and line-item preference of the answer path."""

from __future__ import annotations

import pytest

from appliance.answering.answer_types import answer_types, holds_answer_type
from appliance.answering.compose import extractive_answer
from appliance.answering.crosslingual import bridge, glossary, supported_languages
from appliance.answering.quote_pool import named_line_items
from appliance.answering.policy import term_coverage
from appliance.answering.scope import vocabulary
from appliance.answering.text import LANGUAGE_WORDS, term_matches
from appliance.retrieval.contracts import Passage, ScoredPassage


def scored(text: str, *, heading_path: tuple[str, ...] = (), kind: str = "source", pid: str = "p") -> ScoredPassage:
    return ScoredPassage(Passage(id=pid, agent_id=1, doc_kind=kind, doc_id=1, text=text,  # type: ignore[arg-type]
                                 heading_path=heading_path, start=0, end=len(text), title="doc"))


@pytest.mark.parametrize("question,language,expected", [
    ("¿Cuánto dura la garantía de los paneles?", "es", {"how", "long", "warranty", "panels"}),
    ("Wie lange hält die Batterie des Geräts?", "de", {"how", "long", "last", "battery"}),
    ("Quel est le délai de préavis pour résilier l'abonnement ?", "fr", {"notice", "period", "subscription"}),
    ("Quanto costa l'installazione dei pannelli?", "it", {"cost", "panels"}),
    ("Hoeveel kost de installatie?", "nl", {"cost", "installation"}),
    ("Quanto tempo dura a bateria?", "pt", {"long", "battery"}),
    # plurals formed by changing the ending: "camere" of "camera", "motori" of "motore"
    ("Quante camere ha l'albergo e quanti motori servono?", "it", {"room", "motor"}),
])
def test_a_question_in_another_language_gets_an_english_search_text(question, language, expected):
    bridged = bridge(question, language)
    assert bridged is not None and expected <= set(bridged.rstrip("?.!").split())


def test_the_bridge_keeps_names_and_numbers_and_drops_function_words():
    bridged = bridge("¿Cuánto cuesta el modelo X-200 para 30 usuarios?", "es")
    assert bridged is not None
    assert "x-200" in bridged and "30" in bridged and "users" in bridged
    assert not {"el", "para"} & set(bridged.split())


def test_nothing_to_bridge():
    assert bridge("How long is the warranty?", "en") is None
    assert bridge("Jak długo trwa gwarancja?", "pl") is None  # no Polish glossary
    assert bridge("Zzz qqq?", "de") is None  # no word of the glossary


def test_every_glossary_loads_and_covers_the_languages_the_chat_speaks():
    languages = supported_languages()
    assert set(languages) == set(LANGUAGE_WORDS) - {"en"}
    for language in languages:
        entries = glossary(language)
        assert len(entries) > 80 and all(key == key.lower() and value for key, value in entries.items())


@pytest.mark.parametrize("question,kind", [
    ("How long does delivery take?", "duration"),
    ("With Plus support, how quickly do you respond?", "duration"),
    ("What's the lead time on the pumps?", "duration"),  # the period named, however the question starts
    ("Notice period to cancel?", "duration"),
    ("What's the lip length on the ramp?", "size"),
    ("What depth does the pit need?", "size"),
    ("Where is our data stored?", "place"),
    ("What availability do you guarantee?", "percent"),
    ("Is the installation free if we sign today?", "money"),
    ("Until when is this offer valid?", "date"),
    ("How many users are included?", "count"),
])
def test_answer_types(question, kind):
    assert kind in answer_types(question)


def test_the_length_of_a_period_is_no_size():
    assert "size" not in answer_types("What is the length of the contract?")
    # nor a period's length named first: "the minimum contract length" is a duration
    kinds = answer_types("whats the minimum contract length and how much notice do we need to give?")
    assert "size" not in kinds and "duration" in kinds
    assert "size" not in answer_types("What lease length do you offer?")
    assert "size" in answer_types("What length is the charging cable?")
    assert "size" in answer_types("What is the max length of a trailer?")


def test_what_each_answer_type_looks_like():
    assert holds_answer_type("Delivery takes 3 to 4 weeks from the survey.", "duration")
    assert holds_answer_type("Hosted in EU data centres: Frankfurt (primary).", "place")
    assert not holds_answer_type("The customer owns all measurement data.", "place")
    assert holds_answer_type("| Plus | EUR 1,900 | 2 hours |", "money")
    assert holds_answer_type("valid until 2026-12-31", "date")
    assert not holds_answer_type("Milestone billing 30/50/20.", "date")  # not a day/month/year
    assert holds_answer_type("Twelve drinks can be selected from the touch screen.", "count")  # written out
    assert not holds_answer_type("One of our technicians calls you back.", "count")  # "one" is mostly a pronoun


def test_a_sentence_holding_the_asked_for_kind_of_value_is_preferred():
    text = ("Every site gets a named contact for data questions. Your data is stored in our data centres in "
            "Frankfurt. Data exports are available in CSV.")
    reply = extractive_answer("Where is our data stored?", [scored(text)])
    assert reply is not None and "Frankfurt" in reply.text


def test_a_which_question_is_answered_by_the_list_its_noun_introduces():
    text = ("The T-300 downloads driver files without anybody visiting the truck. Supported card readers:\n"
            "- Alpha CR 10, release 2.0 and later\n- Beta SE 50, revision 7 and later\n"
            "Downloads are scheduled in the fleet portal.")
    listed = scored(text, heading_path=("T-300 truck tracker", "Remote card reader download"), pid="b")
    price = scored("| T-300 | Tracker with remote card reader download | 189 |", pid="a")
    reply = extractive_answer("Which card readers can the T-300 read remotely?", [listed, price])
    assert reply is not None and "Alpha CR 10" in reply.text and "Beta SE 50" in reply.text
    plain = extractive_answer("Does the T-300 read card readers remotely?", [listed, price])
    assert plain is not None and "Alpha CR 10" not in plain.text  # not a "which" question: no list preferred


def test_terms_match_across_word_endings_but_not_across_different_words():
    assert term_matches("install", {"installation"}) and term_matches("cancell", {"cancel"})
    assert not term_matches("transfer", {"transport"}) and not term_matches("stor", {"storag"})
    passage = scored("Your business can keep operating during the installation.")
    assert term_coverage("Can we keep running while you install?", [passage]) == pytest.approx(2 / 3)


def line_item(name: str, number: int) -> Passage:
    text = f"Line item {number}: {name}. Quantity: 1 included in this quote. Unit price: USD 100.00."
    return Passage(id=f"q{number}", agent_id=1, doc_kind="quote", doc_id=1, text=text,
                   heading_path=("Quote Q-1", "Line items", name), start=0, end=len(text), title="Quote Q-1")


def test_a_price_question_about_a_quoted_item_is_answered_from_its_line_item_first():
    items = [line_item("Rooftop installation", 1), line_item("Monitoring licence", 2)]
    assert [p.id for p in named_line_items("Is the installation free if we sign today?", items)] == ["q1"]
    assert [p.id for p in named_line_items("What discount do we get on the licence?", items)] == ["q2"]
    assert named_line_items("How long does the installation take?", items) == []  # not about price
    assert named_line_items("How much does shipping cost?", items) == []  # an item the quote does not list


@pytest.mark.parametrize("question,language,expected", [
    ("Wie lang ist die Lieferzeit?", "de", {"delivery", "time"}),  # a compound in the glossary
    ("Was kostet die Fahrerschulung?", "de", {"driver", "training"}),  # read as its parts
    ("Hoeveel kost een laadstation?", "nl", {"charging", "station"}),
    ("cuanto cuesta la instalacion", "es", {"how", "much", "installation"}),  # typed without accents
])
def test_compounds_and_words_typed_without_accents_are_bridged(question, language, expected):
    bridged = bridge(question, language)
    assert bridged is not None and expected <= set(bridged.rstrip("?.!").split())


@pytest.mark.parametrize("question,language,cognate", [
    ("Welche Tachographen kann das Gerät auslesen?", "de", "tachograph"),
    ("Quais tacógrafos são suportados?", "pt", None),  # spelt otherwise: not a cognate by letters
    ("¿Qué tacographes soporta?", "es", None),  # "tacograph" is not the knowledge's word
    ("Quali modemi supportate?", "it", "modem"),
])
def test_a_word_the_glossary_lacks_is_read_as_the_knowledge_word_it_inflects(question, language, cognate):
    known = vocabulary("Supported tachographs: VDO DTCO 1381. The modem and the gateway.")
    bridged = bridge(question, language, known) or ""
    without = bridge(question, language) or ""
    if cognate is None:
        assert bridged == without
    else:
        assert cognate in bridged.split() and cognate not in without.split()


def test_a_word_the_knowledge_has_as_written_is_kept():
    assert "gateway" in (bridge("Welches Gateway brauchen wir?", "de", vocabulary("The gateway.")) or "").split()


def test_a_name_written_in_capitals_inside_the_word_is_kept_not_split():
    bridged = bridge("Welche Schutzart hat der VoltMaster 360?", "de")
    assert bridged is not None and "voltmaster" in bridged.split()



def test_short_words_are_not_looked_up_without_their_accents():
    assert glossary("it").get("sì") == "yes" and glossary("it").get("si") != "yes"  # "si": oneself, not yes


@pytest.mark.parametrize(("question", "language", "plural"), [
    ("¿Entre qué temperaturas debe mantenerse la sala de compresores?", "es", {"compressor", "temperature"}),
    ("Quali sono i tempi di consegna dei forni?", "it", {"oven"}),
    ("Qual é o prazo dos fornos?", "pt", {"oven"}),
    ("Hoeveel wegen de ovens?", "nl", {"oven"}),
    ("Wie lange dauert die Lieferung der Pumpen?", "de", {"pump"}),
    # singulars, and an Italian singular in -e whose -a form is another word ("ordine", "ordina")
    ("Wie viel wiegt die Pumpe?", "de", set()),
    ("Quelle est la capacité du séchoir ?", "fr", set()),
    ("Quali sono i tempi di consegna del forno dopo l'ordine?", "it", set()),
    ("How heavy are the ovens?", "en", set()),  # English plurals are read where they are used
])
def test_the_english_words_of_nouns_written_in_the_plural(question, language, plural):
    from appliance.answering.crosslingual import plural_words

    assert plural_words(question, language) == plural


def test_the_bridge_keeps_the_sentences_apart():
    # which sentence asks is read from the bridge too: "controller" is the story, the freezer is asked about
    bridged = bridge("Wat kost de vriezer per stuk? Ik moet het doorgeven aan onze controller.", "nl")
    assert bridged is not None
    asking, story = bridged.split("?")
    assert "freezer" in asking.split() and "controller" in story.replace(".", " ").split()
    # a decimal point or an abbreviation's dot joined to the next word ends no sentence
    assert "?" not in (bridge("Kostet die Pumpe 1.200,50 EUR", "de") or "")
    assert (bridge("Kostet die Pumpe 1.200,50 EUR", "de") or "").count(".") == 0
