"""A process that ingests pending jobs of a data folder, for tests that kill it part-way (SIGKILL: no clean-up).

    python tests/integration/_ingest_child.py DATA_DIR [--hang-after-vectors MARKER]

It builds the appliance's real container on DATA_DIR (SQLite, Milvus-lite, MiniLM, docling) and runs
``run_pending()``. With ``--hang-after-vectors`` its vector store, once a source's passages are written and flushed,
creates MARKER and then blocks forever: the test kills it in the worst window, after the vectors changed and before
SQL recorded the outcome. Without it, it runs to the end and prints the outcomes as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from appliance.container import build_container  # noqa: E402
from appliance.retrieval.contracts import Passage, VectorStore  # noqa: E402
from appliance.ingestion.jobs import IngestionWorker  # noqa: E402
from appliance.settings import Settings  # noqa: E402


class HangAfterVectors:
    """Test wrapper of a real store: after the first ``replace_document`` returns, mark the moment and block."""

    def __init__(self, store: VectorStore, marker: Path) -> None:
        self._store = store
        self._marker = marker

    def replace_document(
        self, *, doc_kind: str, doc_id: int, passages: Sequence[Passage], vectors: Sequence[Sequence[float]]
    ) -> None:
        self._store.replace_document(doc_kind=doc_kind, doc_id=doc_id, passages=passages,  # type: ignore[arg-type]
                                     vectors=vectors)
        self._marker.write_text(json.dumps({"doc_id": doc_id, "passages": len(passages)}))
        threading.Event().wait()  # until killed

    def delete_document(self, *, doc_kind: str, doc_id: int) -> None:
        self._store.delete_document(doc_kind=doc_kind, doc_id=doc_id)  # type: ignore[arg-type]


async def main(data_dir: Path, hang_marker: Path | None) -> None:
    container = await build_container(Settings(data_dir=data_dir), with_generator=False)
    worker = container.worker
    if hang_marker is not None:
        worker = IngestionWorker(engine=container.engine, settings=container.settings.ingestion,
                                 embedder=container.embedder, store=HangAfterVectors(container.store, hang_marker),
                                 gate=container.gate, fetcher=container.fetcher)
    outcomes = await worker.run_pending()
    print(json.dumps([[o.source_id, o.state.value, o.reason, o.passages] for o in outcomes]), flush=True)
    await container.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--hang-after-vectors", type=Path, default=None, metavar="MARKER")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.data_dir, arguments.hang_after_vectors))
