"""The meaning index (answering/meaning_index.py) with the real multilingual embedder (USE, shipped in its package):
a question in another language finds the English unit that answers it, units are scored under their heading, and a
document's new version replaces the old one."""

from __future__ import annotations

import pytest

from appliance.answering.meaning_index import MeaningIndex, unit_texts
from appliance.retrieval.contracts import Passage
from appliance.retrieval.multilingual import shared_multilingual_embedder


def passage(pid: str, text: str, heading: str, doc_id: int = 1) -> Passage:
    return Passage(id=pid, agent_id=1, doc_kind="source", doc_id=doc_id, text=text, heading_path=("Guide", heading),
                   start=0, end=len(text), title="guide.md")


PASSAGES = [
    passage("supplies", "Beans are delivered every two weeks by default. Milk is ordered separately.", "Supplies"),
    passage("cleaning", "The machine rinses itself every evening. Descaling runs once a month.", "Cleaning"),
    passage("lease", "The lease runs for 36 months and is invoiced quarterly in advance.", "Lease"),
    passage("moving", "If you move offices, we relocate the machines for a flat fee.", "Moving offices"),
]


@pytest.fixture(scope="module")
def index() -> MeaningIndex:
    built = MeaningIndex(shared_multilingual_embedder())
    assert built.add(("source", 1, "v1"), PASSAGES) == 6  # two sentences, two, one, one
    return built


@pytest.mark.parametrize("question", [
    "Com que frequência são entregues os grãos de café?",
    "Wie oft werden die Kaffeebohnen geliefert?",
    "¿Cada cuánto se entregan los granos de café?",
])
def test_a_question_in_another_language_finds_the_english_unit(index: MeaningIndex, question: str) -> None:
    vector = shared_multilingual_embedder().embed([question])[0]

    found = index.search(vector, [("source", 1, "v1")], limit=4)

    assert found[0][0].id == "supplies"
    assert found[0][1] > found[1][1]
    scores = index.unit_scores(vector, [PASSAGES[0], PASSAGES[1]])
    assert max(scores, key=scores.__getitem__) == "Beans are delivered every two weeks by default."


def test_units_are_embedded_under_their_heading() -> None:
    row = Passage(id="r", agent_id=1, doc_kind="source", doc_id=2, text="| Protection class | IP67 |",
                  heading_path=("Datasheet", "OT-T50 trailer tracker"), start=0, end=26, title="d.pdf")

    assert unit_texts(row) == [("| Protection class | IP67 |", "OT-T50 trailer tracker: | Protection class | IP67 |")]


def test_a_new_version_replaces_the_old_and_unknown_documents_are_skipped() -> None:
    index = MeaningIndex(shared_multilingual_embedder())
    index.add(("source", 7, "old"), [passage("a", "Delivery takes five days.", "Delivery", doc_id=7)])
    index.add(("source", 7, "new"), [passage("b", "Delivery takes two days.", "Delivery", doc_id=7)])
    vector = shared_multilingual_embedder().embed(["Combien de temps prend la livraison ?"])[0]

    assert not index.has(("source", 7, "old"))
    assert [p.id for p, _ in index.search(vector, [("source", 7, "old"), ("source", 7, "new")], limit=5)] == ["b"]
    assert index.add(("source", 7, "new"), []) == 0  # indexed already: nothing embedded again
