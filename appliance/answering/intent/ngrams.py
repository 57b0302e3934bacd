"""The surface features of a buyer message for the intent classifier's second model: hashed character n-grams and
word n-grams, the same at fit time (scripts/fit_policy.py) and at run time.

The multilingual sentence embedding says what a message is *about*; whether it *asks for* something ("could you
take 10% off", "pourriez-vous", "könnten Sie uns entgegenkommen") or asks what something *is* ("is the training
included", "est-ce que la formation est incluse") lives in short function-word patterns that an embedding blurs.
Character 2-5-grams (inside and across words) and word uni- and bigrams catch those patterns in every language
without a tokenizer or a stemmer, and survive typos and missing accents. Each n-gram is hashed (CRC-32, stable
across processes and versions) into `DIMENSION` buckets; counts are damped (1 + log) and the vector L2-normalised.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

import numpy as np

DIMENSION = 1 << 18
CHAR_SIZES = (2, 3, 4, 5)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Lower case, Unicode-compatible forms folded, runs of white space as one space, padded with spaces."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return f" {_SPACE.sub(' ', folded).strip()} "


def message_features(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The message's non-zero features: bucket indices (sorted) and their weights (unit L2 norm)."""
    padded = normalise(text)
    counts: dict[int, int] = {}
    for size in CHAR_SIZES:
        for start in range(len(padded) - size + 1):
            bucket = zlib.crc32(padded[start:start + size].encode("utf-8")) % DIMENSION
            counts[bucket] = counts.get(bucket, 0) + 1
    tokens = _WORD.findall(padded)
    for gram in tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]:
        bucket = zlib.crc32(f"w:{gram}".encode("utf-8")) % DIMENSION
        counts[bucket] = counts.get(bucket, 0) + 1
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    indices = np.fromiter(sorted(counts), dtype=np.int64, count=len(counts))
    weights = 1.0 + np.log(np.array([counts[i] for i in indices], dtype="float64"))
    return indices, weights / np.linalg.norm(weights)


def feature_matrix(texts: list[str]):  # type: ignore[no-untyped-def]
    """A sparse (len(texts), DIMENSION) matrix of `message_features` rows (fit time; needs scipy)."""
    import scipy.sparse as sparse

    rows, columns, values = [], [], []
    for row, text in enumerate(texts):
        indices, weights = message_features(text)
        rows.extend([row] * len(indices))
        columns.extend(indices.tolist())
        values.extend(weights.tolist())
    return sparse.csr_matrix((values, (rows, columns)), shape=(len(texts), DIMENSION))
