"""The ``VectorStore`` contract on Milvus: Milvus-lite (a local ``.db`` folder) or a Milvus server (by URI).

One collection holds every passage of every agent. Each row carries the passage, its dense vector, and a sparse
vector that Milvus computes itself from ``text`` with a BM25 function, so full-text search needs no client-side
tokenizer. The same code serves both deployments; only the URI differs.

Invariants and honest limits:
- Scores: ``dense_score`` is the inner product of normalised vectors (cosine, higher is better). ``sparse_score`` is
  the BM25 score, higher is better. A Milvus server reports BM25 as a positive score; Milvus-lite 3.x reports it
  negated (its engine sorts by a smaller-is-better distance and returns that distance). A BM25 score is never
  negative, so ``abs()`` gives the same score from both. Milvus-lite computes BM25 statistics (IDF, average
  length) per segment, so its scores shift slightly as segments are flushed and compacted; ranks stay sensible.
- ``replace_document`` is not a transaction: Milvus has none. It upserts the new passages by primary key, then
  deletes the document's other passages, then flushes. A search running meanwhile sees the old passages, the new
  ones, or briefly both, never an empty document. A crash in between leaves old and new passages side by side until
  the ingestion job (persisted, re-runnable) runs again, and re-running it converges to exactly the new passages.
- Durability: Milvus-lite does not fsync every insert; ``flush()`` after each write persists the segment (and
  makes searches fast: before a flush they are ~50x slower).
- Filter expressions are built only from integers and from a fixed set of document kinds; passage ids are
  restricted to a safe alphabet, so no caller value can change the meaning of an expression.
- Concurrency: the pymilvus client speaks gRPC and is safe to share between threads; Milvus-lite serves it from an
  in-process gRPC server whose memtable is locked, but its write path allocates sequence numbers without a lock,
  so writes from this store are serialised by a lock. Searches run concurrently.
- Milvus-lite locks its database folder to one process: run one appliance process per database, or use a server.
- Answer-unit vectors (the sentences, list items and table rows the extractive answer scores) are kept in a second
  collection, ``<collection>_units``, keyed by a hash of the embedder's name and the unit's text, so a restart reads
  them instead of embedding every ready source again. It is a cache: rows are never wrong for their key (same model,
  same text), a unit no passage holds any more only costs space, and the collection is rebuilt if the dimension
  changes.
- Backups: every write to a Milvus-lite folder (through its flush) holds a shared ``flock`` on ``<folder>.write-gate``;
  ``appliance backup`` takes it exclusively, so it copies the folder between two flushed writes, never during one.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import operator
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from appliance.retrieval.lexical import analyze, analyze_query, document_language
from appliance.retrieval.contracts import DocKind, Passage, ScoredPassage, SearchScope

if TYPE_CHECKING:
    from pymilvus import MilvusClient

DOC_KINDS: frozenset[str] = frozenset({"source", "quote"})
VARCHAR_MAX_BYTES = 65_535  # Milvus' largest VARCHAR, in UTF-8 bytes
ID_MAX_CHARS = 128
PASSAGE_ID = re.compile(r"[A-Za-z0-9_.:\-]{1,%d}" % ID_MAX_CHARS)
COLLECTION_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,254}")
WRITE_GATE_SUFFIX = ".write-gate"
UNIT_KEY = re.compile(r"[0-9a-f]{64}")
UNITS_BATCH = 1000
MAX_DOCUMENT_PASSAGES = 16_384  # Milvus' largest query result; chunking keeps documents far below it
OUTPUT_FIELDS = ["id", "agent_id", "doc_kind", "doc_id", "text", "heading_path", "start", "end", "title"]


class VectorStoreError(RuntimeError):
    """The vector store cannot be opened or used as configured; the message says what to fix."""


class MilvusVectorStore:
    """Passages with dense vectors and a BM25 index in one Milvus collection.

    ``uri``: a path ending in ``.db`` for Milvus-lite (its parent folder is created), or ``http://host:19530``.
    ``dimension``: the embedder's dimension; an existing collection of another dimension is refused.
    Build it once (app lifespan) and ``close()`` it at shutdown, which for Milvus-lite releases the folder lock.
    """

    def __init__(self, uri: str, collection: str, dimension: int, *, token: str = "") -> None:
        if not COLLECTION_NAME.fullmatch(collection):
            raise VectorStoreError(
                f"Invalid Milvus collection name {collection!r}: use letters, digits and underscores, "
                "starting with a letter or underscore."
            )
        if dimension < 1:
            raise VectorStoreError(f"Vector dimension must be positive, got {dimension}")
        try:
            from pymilvus import MilvusClient
        except ImportError as exc:
            raise VectorStoreError("pymilvus (and milvus-lite for a local .db) must be installed.") from exc

        self.uri = uri
        self.collection = collection
        self.dimension = dimension
        self._local_path: str | None = None
        if uri.endswith(".db"):
            path = Path(uri).expanduser().resolve()
            path.parent.mkdir(parents=True, exist_ok=True)
            self._local_path = str(path)
        try:
            self._client: MilvusClient = MilvusClient(uri=self._local_path or uri, token=token)
        except Exception as exc:
            where = f"Milvus-lite database {self._local_path}" if self._local_path else f"Milvus at {uri}"
            hint = (
                " Milvus-lite allows one process per database: stop the other process that has it open, "
                "or point APPLIANCE_RETRIEVAL__VECTOR_URI at a Milvus server."
                if self._local_path
                else " Check that the server is running and reachable."
            )
            raise VectorStoreError(f"Cannot open {where}: {exc}.{hint}") from exc
        self._write_lock = threading.Lock()
        self._write_gate = Path(self._local_path + WRITE_GATE_SUFFIX) if self._local_path else None
        self._units_ready = False
        self._ensure_collection()
        self._client.load_collection(collection)

    # -- lifecycle -------------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the client; for Milvus-lite also stop its in-process server so the folder lock is released."""
        self._client.close()
        if self._local_path:
            from milvus_lite.server_manager import server_manager_instance

            server_manager_instance.release_server(self._local_path)

    def _ensure_collection(self) -> None:
        from pymilvus import DataType, Function, FunctionType

        client = self._client
        if client.has_collection(self.collection):
            self._check_existing_dimension()
            return
        schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=ID_MAX_CHARS)
        schema.add_field("agent_id", DataType.INT64)
        schema.add_field("doc_kind", DataType.VARCHAR, max_length=16)
        schema.add_field("doc_id", DataType.INT64)
        schema.add_field("text", DataType.VARCHAR, max_length=VARCHAR_MAX_BYTES)
        # BM25 reads the passage with its document title and heading path (short passages need that context),
        # analysed by our own stemmer (Milvus-lite has none): see retrieval/lexical.py.
        schema.add_field("search_text", DataType.VARCHAR, max_length=VARCHAR_MAX_BYTES, enable_analyzer=True)
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_field("dense", DataType.FLOAT_VECTOR, dim=self.dimension)
        schema.add_field("heading_path", DataType.VARCHAR, max_length=VARCHAR_MAX_BYTES)
        schema.add_field("start", DataType.INT64)
        schema.add_field("end", DataType.INT64)
        schema.add_field("title", DataType.VARCHAR, max_length=VARCHAR_MAX_BYTES)
        schema.add_function(
            Function(
                name="text_bm25",
                function_type=FunctionType.BM25,
                input_field_names=["search_text"],
                output_field_names=["sparse"],
            )
        )
        index_params = client.prepare_index_params()
        # AUTOINDEX: exact brute force in Milvus-lite without faiss (fine at appliance scale), HNSW-class on a server.
        index_params.add_index(field_name="dense", index_type="AUTOINDEX", metric_type="IP")
        index_params.add_index(field_name="sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
        index_params.add_index(field_name="agent_id", index_type="INVERTED")
        index_params.add_index(field_name="doc_id", index_type="INVERTED")
        client.create_collection(
            self.collection, schema=schema, index_params=index_params, consistency_level="Strong"
        )

    def _check_existing_dimension(self) -> None:
        description = self._client.describe_collection(self.collection)
        for field in description.get("fields", []):
            if field.get("name") == "dense":
                existing = int(field.get("params", {}).get("dim", 0))
                if existing != self.dimension:
                    raise VectorStoreError(
                        f"Collection {self.collection!r} holds {existing}-dimensional vectors but the embedder "
                        f"makes {self.dimension}-dimensional ones: re-index into a new collection "
                        "(APPLIANCE_RETRIEVAL__COLLECTION) or use the embedder that built it."
                    )
                return
        raise VectorStoreError(f"Collection {self.collection!r} exists but was not created by the appliance.")

    # -- writes ----------------------------------------------------------------------------------------------------

    def replace_document(
        self, *, doc_kind: DocKind, doc_id: int, passages: Sequence[Passage], vectors: Sequence[Sequence[float]]
    ) -> None:
        """Make ``passages`` the only passages of that document, then flush (see the module note on atomicity)."""
        kind, number = _doc_kind(doc_kind), _integer(doc_id, "doc_id")
        if len(passages) != len(vectors):
            raise ValueError(f"{len(passages)} passages but {len(vectors)} vectors")
        rows = [self._row(passage, vector, kind, number) for passage, vector in zip(passages, vectors, strict=True)]
        ids = [row["id"] for row in rows]
        if len(set(ids)) != len(ids):
            raise ValueError(f"Duplicate passage ids in {kind} {number}")

        stale = f'doc_kind == "{kind}" and doc_id == {number}'
        if ids:
            stale += " and id not in [" + ", ".join(f'"{passage_id}"' for passage_id in ids) + "]"
        with self._write_lock, write_gate(self._write_gate, exclusive=False):
            if rows:
                self._client.upsert(self.collection, rows)
            self._client.delete(self.collection, filter=stale)
            self._client.flush(self.collection)

    def delete_document(self, *, doc_kind: DocKind, doc_id: int) -> None:
        """Remove every passage of that document and flush; a missing document is not an error."""
        kind, number = _doc_kind(doc_kind), _integer(doc_id, "doc_id")
        with self._write_lock, write_gate(self._write_gate, exclusive=False):
            self._client.delete(self.collection, filter=f'doc_kind == "{kind}" and doc_id == {number}')
            self._client.flush(self.collection)

    # -- answer-unit vectors (the second collection, see the module note) ---------------------------------------

    @property
    def units_collection(self) -> str:
        return f"{self.collection}_units"

    def unit_vectors(self, keys: Sequence[str]) -> dict[str, list[float]]:
        """The stored vectors of those unit keys (``sha256(embedder name + NUL + text)``, hex); absent keys are
        left out."""
        keys = [key for key in dict.fromkeys(keys) if UNIT_KEY.fullmatch(key)]
        if not keys:
            return {}
        self._ensure_units()
        found: dict[str, list[float]] = {}
        for start in range(0, len(keys), UNITS_BATCH):
            rows = self._client.get(self.units_collection, ids=keys[start:start + UNITS_BATCH],
                                    output_fields=["id", "vector"])
            found.update({str(row["id"]): [float(x) for x in row["vector"]] for row in rows})
        return found

    def put_unit_vectors(self, vectors: dict[str, Sequence[float]]) -> None:
        """Store unit vectors by key (upsert, then flush)."""
        rows = [{"id": key, "vector": [float(x) for x in vector]} for key, vector in vectors.items()
                if UNIT_KEY.fullmatch(key) and len(vector) == self.dimension]
        if not rows:
            return
        self._ensure_units()
        with self._write_lock, write_gate(self._write_gate, exclusive=False):
            for start in range(0, len(rows), UNITS_BATCH):
                self._client.upsert(self.units_collection, rows[start:start + UNITS_BATCH])
            self._client.flush(self.units_collection)

    def _ensure_units(self) -> None:
        if self._units_ready:
            return
        from pymilvus import DataType

        client, name = self._client, self.units_collection
        if client.has_collection(name):
            fields = client.describe_collection(name).get("fields", [])
            dims = [int(f.get("params", {}).get("dim", 0)) for f in fields if f.get("name") == "vector"]
            if dims != [self.dimension]:  # another embedder: the cache is of no use, rebuild it
                client.drop_collection(name)
        if not client.has_collection(name):
            schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
            schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=64)
            schema.add_field("vector", DataType.FLOAT_VECTOR, dim=self.dimension)
            index_params = client.prepare_index_params()
            index_params.add_index(field_name="vector", index_type="AUTOINDEX", metric_type="IP")
            client.create_collection(name, schema=schema, index_params=index_params)
        client.load_collection(name)
        self._units_ready = True

    def _row(self, passage: Passage, vector: Sequence[float], kind: str, number: int) -> dict[str, Any]:
        if passage.doc_kind != kind or passage.doc_id != number:
            raise ValueError(
                f"Passage {passage.id!r} belongs to {passage.doc_kind} {passage.doc_id}, not to {kind} {number}"
            )
        if not PASSAGE_ID.fullmatch(passage.id):
            raise ValueError(
                f"Passage id {passage.id!r} must be 1-{ID_MAX_CHARS} characters of letters, digits and _ . : -"
            )
        if len(vector) != self.dimension:
            raise ValueError(f"Vector of passage {passage.id!r} has {len(vector)} dimensions, not {self.dimension}")
        heading_path = json.dumps(list(passage.heading_path), ensure_ascii=False)
        for name, value in (("text", passage.text), ("heading_path", heading_path), ("title", passage.title)):
            if len(value.encode("utf-8")) > VARCHAR_MAX_BYTES:
                raise ValueError(f"Passage {passage.id!r}: {name} exceeds {VARCHAR_MAX_BYTES} bytes")
        return {
            "id": passage.id,
            "agent_id": _integer(passage.agent_id, "agent_id"),
            "doc_kind": kind,
            "doc_id": number,
            "text": passage.text,
            "search_text": _search_text(passage),
            "dense": [float(x) for x in vector],
            "heading_path": heading_path,
            "start": _integer(passage.start, "start"),
            "end": _integer(passage.end, "end"),
            "title": passage.title,
        }

    def document_passages(self, *, doc_kind: DocKind, doc_id: int) -> list[Passage]:
        kind, number = _doc_kind(doc_kind), _integer(doc_id, "doc_id")
        rows = self._client.query(self.collection, filter=f'doc_kind == "{kind}" and doc_id == {number}',
                                  output_fields=OUTPUT_FIELDS, limit=MAX_DOCUMENT_PASSAGES)
        return sorted((_passage(row) for row in rows), key=lambda passage: passage.start)

    # -- search ----------------------------------------------------------------------------------------------------

    def search(
        self, *, text: str, vector: Sequence[float], scope: SearchScope, dense_limit: int, sparse_limit: int
    ) -> list[ScoredPassage]:
        """Dense and BM25 candidates inside ``scope``: dense hits first (by dense rank), then BM25-only hits.

        A passage found by both searches appears once with both ranks and scores. Ranks start at 1. An empty
        scope (no sources, no quote) returns nothing; a query with no searchable words skips the BM25 search.
        """
        if len(vector) != self.dimension:
            raise ValueError(f"Query vector has {len(vector)} dimensions, not {self.dimension}")
        if dense_limit < 1 or sparse_limit < 1:
            raise ValueError("dense_limit and sparse_limit must be at least 1")
        expression = scope_filter(scope)
        if expression is None:
            return []

        found: dict[str, ScoredPassage] = {}
        dense_hits = self._client.search(
            self.collection,
            data=[[float(x) for x in vector]],
            anns_field="dense",
            limit=dense_limit,
            filter=expression,
            output_fields=OUTPUT_FIELDS,
            search_params={"metric_type": "IP"},
        )[0]
        for rank, hit in enumerate(dense_hits, start=1):
            found[hit["id"]] = ScoredPassage(
                passage=_passage(hit["entity"]), dense_score=float(hit["distance"]), dense_rank=rank
            )

        analysed = analyze_query(text, tuple(scope.languages))
        if analysed.strip():
            sparse_hits = self._client.search(
                self.collection,
                data=[analysed],
                anns_field="sparse",
                limit=sparse_limit,
                filter=expression,
                output_fields=OUTPUT_FIELDS,
                search_params={"metric_type": "BM25"},
            )[0]
            for rank, hit in enumerate(sparse_hits, start=1):
                scored = found.get(hit["id"])
                if scored is None:
                    scored = found[hit["id"]] = ScoredPassage(passage=_passage(hit["entity"]))
                scored.sparse_rank = rank
                scored.sparse_score = abs(float(hit["distance"]))  # Milvus-lite negates BM25 (module note)
        return list(found.values())


@contextlib.contextmanager
def write_gate(path: Path | None, *, exclusive: bool) -> Iterator[None]:
    """Hold the Milvus-lite folder's write gate: shared by writers, exclusive for a backup (waits for the write in
    progress to flush). ``None`` (a Milvus server) holds nothing."""
    if path is None:
        yield
        return
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _search_text(passage: Passage) -> str:
    """What BM25 indexes: the title and heading path above the passage, then the passage (bounded in size)."""
    context = " > ".join(dict.fromkeys([passage.title, *passage.heading_path]))
    text = analyze(f"{context}\n{passage.text}", document_language(passage.text))
    return text.encode("utf-8")[:VARCHAR_MAX_BYTES].decode("utf-8", "ignore")


def scope_filter(scope: SearchScope) -> str | None:
    """The Milvus filter expression for ``scope``, or None when the scope admits no document at all."""
    agent_id = _integer(scope.agent_id, "agent_id")
    clauses = []
    source_ids = sorted({_integer(source_id, "source id") for source_id in scope.source_ids})
    if source_ids:
        clauses.append(f'(doc_kind == "source" and doc_id in [{", ".join(map(str, source_ids))}])')
    if scope.quote_id is not None:
        clauses.append(f'(doc_kind == "quote" and doc_id == {_integer(scope.quote_id, "quote id")})')
    if not clauses:
        return None
    return f"agent_id == {agent_id} and ({' or '.join(clauses)})"


def _integer(value: object, what: str) -> int:
    """``value`` as a Python int; refuses bools, floats and strings (they must never reach an expression)."""
    if isinstance(value, bool):
        raise TypeError(f"{what} must be an integer, got a bool")
    try:
        number = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"{what} must be an integer, got {type(value).__name__}") from None
    if not -(2**63) <= number < 2**63:
        raise ValueError(f"{what} {number} does not fit in INT64")
    return int(number)


def _doc_kind(value: str) -> str:
    if value not in DOC_KINDS:
        raise ValueError(f"doc_kind must be one of {sorted(DOC_KINDS)}, got {value!r}")
    return value


def _passage(entity: dict[str, Any]) -> Passage:
    return Passage(
        id=entity["id"],
        agent_id=int(entity["agent_id"]),
        doc_kind=entity["doc_kind"],
        doc_id=int(entity["doc_id"]),
        text=entity["text"],
        heading_path=tuple(json.loads(entity["heading_path"] or "[]")),
        start=int(entity["start"]),
        end=int(entity["end"]),
        title=entity["title"],
    )
