"""Lexical analysis shared by BM25 indexing and the answer path: words and a light English stemmer.

Milvus-lite's analyzers have no stemmer, so the vector store indexes (and queries with) text already analysed here;
the same text works unchanged against a Milvus server.
"""

from __future__ import annotations

import re

WORD_RE = re.compile(r"[\w][\w'’-]*", re.UNICODE)


def words(text: str) -> list[str]:
    return [match.group(0).lower().strip("'’-") for match in WORD_RE.finditer(text)]


def stem(word: str) -> str:
    """A deliberately light English stemmer: 'panels'/'panel', 'installing'/'install', 'guaranteed'/'guarantee'."""
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "es" and not word.endswith(("ches", "shes", "sses", "xes")):
                continue
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: -len(suffix)] + replacement
            break
    if len(word) > 4 and word.endswith("e"):
        word = word.rstrip("e")
    return word


def analyze(text: str) -> str:
    """Text for BM25: lower-cased, stemmed words separated by spaces (hyphenated words also split)."""
    tokens: list[str] = []
    for word in words(text):
        tokens.append(stem(word))
        if "-" in word:
            tokens.extend(stem(part) for part in word.split("-") if part)
    return " ".join(tokens)
