"""Tiny models built on the spot, so tests exercise the real FlagEmbedding / transformers code without downloads.

The weights are random (seeded, so scores are reproducible): these models are for checking plumbing (loading,
tokenising pairs, batching, score order, the sigmoid range), never relevance.
"""

from __future__ import annotations

from pathlib import Path

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = (
    "the a an of to and in is for on with what how much does it cost price discount delivery warranty support "
    "days months year years invoice payment terms net thirty licence license seat seats annual monthly refund "
    "policy included includes shipping free plan premium basic contract cancel cancellation quote total tax"
).split()


def build_tiny_cross_encoder(folder: Path, *, seed: int = 0, max_positions: int = 128) -> Path:
    """Write a tiny BERT cross-encoder (one logit per pair) and its WordPiece tokenizer into ``folder``.

    The result loads with ``AutoTokenizer`` / ``AutoModelForSequenceClassification`` and therefore with
    ``FlagEmbedding.FlagReranker``, exactly like bge-reranker-v2-m3 does (one label, a pair per input).
    """
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)] + [str(d) for d in range(10)] + list(".,?!$%-:/'")
    vocab = SPECIAL_TOKENS + WORDS + letters + [f"##{piece}" for piece in letters]
    vocab = list(dict.fromkeys(vocab))  # unique, order kept
    vocab_file = folder / "vocab.txt"
    vocab_file.write_text("\n".join(vocab) + "\n", encoding="utf-8")

    tokenizer = BertTokenizerFast(vocab_file=str(vocab_file), do_lower_case=True, model_max_length=max_positions)
    tokenizer.save_pretrained(folder)

    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=max_positions,
        num_labels=1,
        pad_token_id=0,
        initializer_range=0.5,  # large random weights, so different pairs get visibly different scores
    )
    torch.manual_seed(seed)
    model = BertForSequenceClassification(config)
    model.eval()
    model.save_pretrained(folder)
    return folder
