"""Stemming per language (retrieval/lexical.py): Snowball for the six other chat languages, the light English
stemmer kept for English, passages stemmed in their language only when it is clear, queries analysed both ways."""

from __future__ import annotations

import threading

import pytest

from appliance.retrieval.lexical import analyze, analyze_query, document_language, stem, stem_in


@pytest.mark.parametrize("language,forms", [
    ("de", ("Garantie", "Garantien")), ("fr", ("garantie", "garanties")), ("es", ("máquina", "máquinas")),
    ("it", ("macchina", "macchine")), ("pt", ("entrega", "entregas")), ("nl", ("levering", "leveringen")),
])
def test_inflected_forms_meet_in_each_language(language: str, forms: tuple[str, str]) -> None:
    assert len({stem_in(form.lower(), language) for form in forms}) == 1


def test_english_keeps_the_light_stemmer() -> None:
    assert stem_in("panels", "en") == stem("panels") == "panel"
    assert analyze("Installing the panels") == "install the panel"


def test_a_passage_is_stemmed_in_its_language_only_when_that_is_clear() -> None:
    german = "Die Garantie für alle Maschinen beträgt zwei Jahre ab Lieferung, Verschleißteile sind ausgenommen."
    assert document_language(german) == "de"
    assert document_language("| OT-300 | IP54 | 12 V |") == "en"  # too short to tell
    assert document_language("The warranty on every panel is 25 years from delivery, parts included.") == "en"


def test_a_query_is_analysed_in_the_languages_asked_for() -> None:
    query = analyze_query("Welche Garantien gelten für die Maschinen?", ("de",))
    assert "garanti" in query.split() and "garantien" in query.split()  # German stem and the English analysis
    german_only_for_german_documents = analyze_query("Welche Garantien gelten für die Maschinen?")
    assert german_only_for_german_documents == analyze("Welche Garantien gelten für die Maschinen?")


def test_stemmers_are_per_thread() -> None:
    results: list[str] = []

    def work() -> None:
        results.extend(stem_in("Lieferungen".lower(), "de") for _ in range(200))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {"liefer"}


def test_an_english_clitic_is_no_part_of_the_word() -> None:
    from appliance.answering.support import subject_terms
    from appliance.retrieval.lexical import words

    assert words("What's the oven's weight? We don't know, can't say; won't") == [
        "what", "the", "oven", "weight", "we", "do", "know", "can", "say", "will"]
    assert words("l'installation dell'ascensore") == ["l'installation", "dell'ascensore"]  # not English clitics
    assert subject_terms("What's the total of the quote?") == []  # "what's" was read as the subject
