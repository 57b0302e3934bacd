"""MilvusVectorStore against a real Milvus-lite database in a temporary folder, with the real MiniLM embedder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from appliance.retrieval.contracts import DocKind, Passage, SearchScope  # noqa: E402
from appliance.retrieval.embedder import SentenceTransformerEmbedder  # noqa: E402
from appliance.retrieval.milvus_store import MilvusVectorStore, VectorStoreError, scope_filter  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "vectors" / "vectors.db"


@pytest.fixture
def store(db_path: Path, embedder: SentenceTransformerEmbedder) -> Iterator[MilvusVectorStore]:
    opened = MilvusVectorStore(str(db_path), "passages", embedder.dimension)
    yield opened
    opened.close()


def make_passages(agent_id: int, doc_kind: DocKind, doc_id: int, texts: list[str]) -> list[Passage]:
    passages, offset = [], 0
    for number, text in enumerate(texts):
        passages.append(
            Passage(
                id=f"{doc_kind}-{doc_id}-{number}",
                agent_id=agent_id,
                doc_kind=doc_kind,
                doc_id=doc_id,
                text=text,
                heading_path=("Terms", f"Section {number + 1}"),
                start=offset,
                end=offset + len(text),
                title=f"{doc_kind} {doc_id}",
            )
        )
        offset += len(text) + 2
    return passages


def put(
    store: MilvusVectorStore, embedder: SentenceTransformerEmbedder, agent_id: int, kind: DocKind, doc_id: int,
    texts: list[str],
) -> list[Passage]:
    passages = make_passages(agent_id, kind, doc_id, texts)
    store.replace_document(
        doc_kind=kind, doc_id=doc_id, passages=passages, vectors=embedder.embed([p.text for p in passages])
    )
    return passages


def search(
    store: MilvusVectorStore, embedder: SentenceTransformerEmbedder, text: str, scope: SearchScope, limit: int = 10
):
    return store.search(
        text=text, vector=embedder.embed([text])[0], scope=scope, dense_limit=limit, sparse_limit=limit
    )


SHARED = "Our standard warranty covers parts and labour for two years."


def test_scope_keeps_other_agents_and_other_quotes_out(store, embedder) -> None:
    put(store, embedder, 1, "source", 1, [SHARED, "Support is available on weekdays."])
    put(store, embedder, 1, "source", 2, [SHARED])
    put(store, embedder, 2, "source", 3, [SHARED])  # another agent's source
    put(store, embedder, 1, "quote", 10, [SHARED + " Quote 10 adds a third year."])
    put(store, embedder, 1, "quote", 11, [SHARED + " Quote 11 is for someone else."])

    found = search(store, embedder, "warranty years", SearchScope(agent_id=1, source_ids=[1], quote_id=10))
    documents = {(c.passage.doc_kind, c.passage.doc_id) for c in found}

    assert documents == {("source", 1), ("quote", 10)}
    assert all(c.passage.agent_id == 1 for c in found)

    # Even naming another agent's source does not let it in: the agent filter applies to every clause.
    leaked = search(store, embedder, "warranty years", SearchScope(agent_id=1, source_ids=[1, 3]))
    assert {c.passage.doc_id for c in leaked} == {1}

    only_quote = search(store, embedder, "warranty", SearchScope(agent_id=1, quote_id=11))
    assert {(c.passage.doc_kind, c.passage.doc_id) for c in only_quote} == {("quote", 11)}

    assert search(store, embedder, "warranty", SearchScope(agent_id=1)) == []


def test_passages_come_back_whole_with_both_ranks(store, embedder) -> None:
    written = put(store, embedder, 1, "source", 1, [SHARED, "Invoices are payable within thirty days."])

    found = search(store, embedder, "warranty parts labour", SearchScope(agent_id=1, source_ids=[1]))
    by_id = {c.passage.id: c for c in found}

    assert by_id[written[0].id].passage == written[0]  # heading path, offsets and title survive the round trip
    top = by_id[written[0].id]
    assert (top.dense_rank, top.sparse_rank) == (1, 1)
    assert top.dense_score is not None and 0 < top.dense_score <= 1.0001
    assert top.sparse_score is not None and top.sparse_score > 0  # BM25 normalised: positive, higher is better
    assert len(found) == len(by_id)  # found by both searches, listed once


def test_bm25_finds_an_exact_rare_term(store, embedder) -> None:
    texts = [f"Clause {n}: the supplier delivers the goods described in annex {n}." for n in range(30)]
    texts[17] = "Clause 17: spare parts carry the reference Zephyrolux in every order."
    put(store, embedder, 1, "source", 1, texts)

    found = search(store, embedder, "Zephyrolux", SearchScope(agent_id=1, source_ids=[1]), limit=5)
    sparse = sorted((c for c in found if c.sparse_rank is not None), key=lambda c: c.sparse_rank)

    assert sparse[0].passage.id == "source-1-17"
    assert len(sparse) == 1  # no other passage contains the term


def test_dense_finds_a_paraphrase(store, embedder) -> None:
    put(
        store,
        embedder,
        1,
        "source",
        1,
        [
            "Shipping is free for orders above 500 euros.",
            "Our office is closed on public holidays.",
            "The licence can be transferred to another employee once per year.",
            "Invoices are payable within thirty days of receipt.",
        ],
    )

    found = search(store, embedder, "Do I pay for delivery on a big purchase?", SearchScope(agent_id=1, source_ids=[1]))
    dense_first = min((c for c in found if c.dense_rank is not None), key=lambda c: c.dense_rank)

    assert dense_first.passage.id == "source-1-0"


def test_replace_makes_the_new_passages_the_only_ones(store, embedder) -> None:
    put(store, embedder, 1, "source", 1, ["Old price list: the basic plan costs 10 euros.", "Old support hours."])
    new = put(store, embedder, 1, "source", 1, ["New price list: the basic plan costs 12 euros."])
    put(store, embedder, 1, "source", 2, ["Another source stays untouched."])
    scope = SearchScope(agent_id=1, source_ids=[1, 2])

    found = search(store, embedder, "price list support hours", scope)
    ids = {c.passage.id for c in found}
    assert ids == {new[0].id, "source-2-0"}
    assert next(c for c in found if c.passage.id == new[0].id).passage.text.startswith("New price list")

    store.delete_document(doc_kind="source", doc_id=1)
    assert {c.passage.id for c in search(store, embedder, "price list", scope)} == {"source-2-0"}
    store.delete_document(doc_kind="source", doc_id=1)  # already gone: not an error
    store.replace_document(doc_kind="source", doc_id=2, passages=[], vectors=[])  # empty replace = delete
    assert search(store, embedder, "price list", scope) == []


def test_data_survives_reopening_in_a_new_client(db_path, embedder) -> None:
    first = MilvusVectorStore(str(db_path), "passages", embedder.dimension)
    put(first, embedder, 4, "source", 8, ["The service level agreement guarantees 99.9 percent uptime.", SHARED])
    first.close()

    reopened = MilvusVectorStore(str(db_path), "passages", embedder.dimension)
    try:
        found = search(reopened, embedder, "uptime guarantee", SearchScope(agent_id=4, source_ids=[8]))
        assert found and min(found, key=lambda c: c.dense_rank or 99).passage.id == "source-8-0"
        assert any(c.sparse_rank == 1 and c.passage.id == "source-8-0" for c in found)
    finally:
        reopened.close()

    with pytest.raises(VectorStoreError, match="384-dimensional"):
        MilvusVectorStore(str(db_path), "passages", 1024)


def test_a_second_process_is_refused_with_a_clear_error(store, db_path) -> None:
    code = (
        "import sys\n"
        "from appliance.retrieval.milvus_store import MilvusVectorStore, VectorStoreError\n"
        "try:\n"
        f"    MilvusVectorStore({str(db_path)!r}, 'passages', 384)\n"
        "except VectorStoreError as error:\n"
        "    print(error)\n"
        "    sys.exit(3)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 3, result.stderr[-2000:]
    assert "one process per database" in result.stdout


def test_searches_during_a_replace_never_see_an_empty_document(store, embedder) -> None:
    texts = [f"Section {n}: the maintenance fee is due every quarter." for n in range(40)]
    put(store, embedder, 1, "source", 1, texts)
    vectors = embedder.embed(texts)
    query = embedder.embed(["maintenance fee"])[0]
    scope = SearchScope(agent_id=1, source_ids=[1])

    def replace_many() -> None:
        for _ in range(5):
            store.replace_document(
                doc_kind="source", doc_id=1, passages=make_passages(1, "source", 1, texts), vectors=vectors
            )

    def search_many() -> list[int]:
        return [
            len(store.search(text="maintenance fee", vector=query, scope=scope, dense_limit=5, sparse_limit=5))
            for _ in range(20)
        ]

    with ThreadPoolExecutor(max_workers=3) as pool:
        writer = pool.submit(replace_many)
        readers = [pool.submit(search_many), pool.submit(search_many)]
        writer.result()
        counts = [count for reader in readers for count in reader.result()]

    assert counts and all(count > 0 for count in counts)


def test_invalid_writes_are_refused(store, embedder) -> None:
    vector = embedder.embed(["x"])[0]
    good = make_passages(1, "source", 1, ["text"])[0]

    with pytest.raises(ValueError, match="letters, digits"):
        bad_id = Passage(**{**good.__dict__, "id": 'x" or doc_id > 0 or id == "'})
        store.replace_document(doc_kind="source", doc_id=1, passages=[bad_id], vectors=[vector])
    with pytest.raises(ValueError, match="belongs to"):
        store.replace_document(doc_kind="source", doc_id=2, passages=[good], vectors=[vector])
    with pytest.raises(ValueError, match="doc_kind"):
        store.delete_document(doc_kind="article", doc_id=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="dimensions"):
        store.replace_document(doc_kind="source", doc_id=1, passages=[good], vectors=[vector[:10]])
    with pytest.raises(ValueError, match="Duplicate"):
        store.replace_document(doc_kind="source", doc_id=1, passages=[good, good], vectors=[vector, vector])


def test_scope_filter_accepts_only_integers() -> None:
    assert scope_filter(SearchScope(agent_id=7, source_ids=[3, 1, 3], quote_id=5)) == (
        'agent_id == 7 and ((doc_kind == "source" and doc_id in [1, 3]) or (doc_kind == "quote" and doc_id == 5))'
    )
    assert scope_filter(SearchScope(agent_id=7)) is None
    with pytest.raises(TypeError):
        scope_filter(SearchScope(agent_id=7, source_ids=["1) or (1 == 1"]))  # type: ignore[list-item]
    with pytest.raises(TypeError):
        scope_filter(SearchScope(agent_id=True, source_ids=[1]))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        scope_filter(SearchScope(agent_id=1, quote_id=2.0))  # type: ignore[arg-type]


def test_bm25_matches_inflected_forms_in_a_german_document(store, embedder) -> None:
    texts = [f"Abschnitt {n}: Der Lieferant liefert die in Anlage {n} beschriebenen Waren an den Kunden aus." for n in
             range(12)]
    texts[7] = ("Abschnitt 7: Die Garantie für alle Verpackungsmaschinen beträgt vierundzwanzig Monate ab der "
                "Abnahme beim Kunden, Verschleißteile ausgenommen.")
    put(store, embedder, 1, "source", 1, texts)

    found = search(store, embedder, "Welche Garantien gelten bei Verpackungsmaschine?", SearchScope(agent_id=1,
                   source_ids=[1], languages=("de",)), limit=5)
    sparse = sorted((c for c in found if c.sparse_rank is not None), key=lambda c: c.sparse_rank)

    assert sparse and sparse[0].passage.id == "source-1-7"  # "Garantien" met "Garantie", "…maschine" "…maschinen"
