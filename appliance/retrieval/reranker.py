"""Cross-encoder reranking with FlagEmbedding's ``FlagReranker`` from a local model folder (never a model hub).

Invariants:
- Scores are the model's logit passed through a sigmoid (``normalize=True``): in [0, 1], higher is more relevant,
  one per text, in the order given.
- The model runs on the CPU in float32 (fp16 on a CPU is slower and less exact).

Batch-size probe: ``compute_score`` first runs one batch of the longest pairs only to discover a batch size that
fits in memory, then scores every batch, so that first batch is computed twice. With FlagEmbedding's default batch
of 128 and the dozen candidates of the answer path, that doubles the reranking time. On the CPU this reranker
therefore uses a batch of 1 by default: the probe costs one extra pair (13 forward passes for 12 candidates instead
of 24), and on a CPU batching gains little because one (query, passage) pair of a few hundred tokens already keeps
the cores busy, while padding a batch to its longest pair wastes work. On a GPU pass a larger ``batch_size``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from FlagEmbedding import FlagReranker


class RerankerUnavailable(RuntimeError):
    """The reranker model cannot be loaded; the message says what to place or install."""


class FlagEmbeddingReranker:
    """The ``Reranker`` contract over a local cross-encoder (production: bge-reranker-v2-m3 in ``models/``)."""

    def __init__(
        self,
        path: str,
        *,
        device: str = "cpu",
        batch_size: int | None = None,
        max_length: int = 512,
    ) -> None:
        folder = Path(path).expanduser() if path else None
        if folder is None or not folder.is_dir():
            raise RerankerUnavailable(
                f"Reranker model folder {path!r} does not exist: place a cross-encoder such as bge-reranker-v2-m3 "
                "there (see models/README) or leave APPLIANCE_RETRIEVAL__RERANKER_PATH empty to rank without one."
            )
        if not (folder / "config.json").is_file():
            raise RerankerUnavailable(f"Reranker model folder {folder} holds no model (no config.json).")
        try:
            from FlagEmbedding import FlagReranker
        except ImportError as exc:
            raise RerankerUnavailable("FlagEmbedding must be installed to rerank (pip install FlagEmbedding).") from exc

        self._model: FlagReranker = FlagReranker(
            str(folder),
            use_fp16=False,
            normalize=True,
            devices=device,
            batch_size=batch_size or (1 if device == "cpu" else 32),
            max_length=max_length,
        )
        self.name: str = folder.name
        # One scoring pass at a time: it already uses every allowed core.
        self._lock = threading.Lock()

    def rerank(self, query: str, texts: Sequence[str]) -> list[float]:
        """One score in [0, 1] per text, in order. Blocking and CPU-bound: call it from a worker thread."""
        if not texts:
            return []
        pairs = [(query, text) for text in texts]
        with self._lock:
            scores = self._model.compute_score(pairs)
        if isinstance(scores, float):  # older FlagEmbedding returns a bare float for a single pair
            scores = [scores]
        return [float(score) for score in scores]
