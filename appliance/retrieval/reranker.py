"""Cross-encoder reranking with FlagEmbedding's ``FlagReranker`` from a local model folder (never a model hub).

Invariants:
- Scores are the model's logit passed through a sigmoid (``normalize=True``): in [0, 1], higher is more relevant,
  one per text, in the order given.
- The model runs on the CPU in float32 (fp16 on a CPU is slower and less exact).

Batch-size probe: FlagEmbedding's ``compute_score`` first runs one batch of the longest pairs only to discover a
batch size that fits in memory, then scores every batch, so that first batch is computed twice. Measured here on a
MiniLM-sized cross-encoder, 12 pairs of ~300 tokens, 2 busy CPU cores (median of 9): one padded pass 4.8 s;
``compute_score`` with batch 12 (probe = everything) 8.1 s, batch 4 7.6 s, batch 1 10.0 s (on this CPU batching
pays, so a tiny batch does not rescue it). ``rerank`` therefore tokenises exactly as ``compute_score`` does (the same
FlagEmbedding helpers and lengths, on the ``FlagReranker``'s own tokenizer and model) and runs each batch once; a test
checks its scores equal ``compute_score``'s. Same model and pairs, batch 16, machine under load: ``rerank`` 7.5 s,
``compute_score`` 13.5 s. The price: it relies on FlagReranker's ``tokenizer``/``model`` attributes and
``FlagEmbedding.utils.tokenizer_compat`` (FlagEmbedding 1.4), so pin FlagEmbedding and keep that test.
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
        batch_size: int = 16,
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
            batch_size=batch_size,
            max_length=max_length,
        )
        self._model.model.to(device)
        self._model.model.eval()
        self._device = device
        self.name: str = folder.name
        # One scoring pass at a time: it already uses every allowed core.
        self._lock = threading.Lock()

    def rerank(self, query: str, texts: Sequence[str]) -> list[float]:
        """One score in [0, 1] per text, in order. Blocking and CPU-bound: call it from a worker thread."""
        if not texts:
            return []
        with self._lock:
            return self._score([(query, text) for text in texts])

    def _score(self, pairs: list[tuple[str, str]]) -> list[float]:
        """``FlagReranker.compute_score(pairs)`` without its probe pass (see the module note)."""
        import torch
        from FlagEmbedding.utils.tokenizer_compat import pad_with_compat, prepare_for_model_compat

        reranker = self._model
        tokenizer = reranker.tokenizer
        max_length = reranker.max_length
        query_max_length = reranker.query_max_length or max_length * 3 // 4
        pairs = reranker.get_detailed_inputs(pairs)  # adds instructions when configured, as compute_score does
        query_ids = tokenizer(
            [query for query, _ in pairs], add_special_tokens=False, max_length=query_max_length, truncation=True
        )["input_ids"]
        passage_ids = tokenizer(
            [passage for _, passage in pairs], add_special_tokens=False, max_length=max_length, truncation=True
        )["input_ids"]
        inputs = [
            prepare_for_model_compat(
                tokenizer, q, p, truncation="only_second", max_length=max_length, padding=False
            )
            for q, p in zip(query_ids, passage_ids, strict=True)
        ]
        # Longest first, so each batch pads to similar lengths; scores are put back in the caller's order.
        order = sorted(range(len(inputs)), key=lambda i: -len(inputs[i]["input_ids"]))
        scores = [0.0] * len(inputs)
        with torch.inference_mode():
            for start in range(0, len(order), reranker.batch_size):
                batch = order[start : start + reranker.batch_size]
                padded = pad_with_compat(tokenizer, [inputs[i] for i in batch], padding=True, return_tensors="pt")
                logits = reranker.model(**padded.to(self._device), return_dict=True).logits.view(-1).float()
                for index, probability in zip(batch, torch.sigmoid(logits).tolist(), strict=True):
                    scores[index] = float(probability)
        return scores
