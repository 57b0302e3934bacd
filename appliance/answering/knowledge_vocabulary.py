"""What the agent's knowledge says, read once per content hash: each source's and quote's stemmed vocabulary (a
question word no source uses is unknown, `scope.py`), their words by multilingual meaning (`knowledge_words.py`, for
questions in another language than the sources'), and each source's language (BM25 stems a question in it).

Texts are keyed by kind and content hash, so an edited source or quote is read again and an unchanged one never is.
The methods that embed words (`unknown_across`, `without_other_forms`) block: callers run them in a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.engine import Engine
from sqlmodel import Session

from appliance.answering.commercial import named_otherwise
from appliance.answering.knowledge_words import KnowledgeWords
from appliance.answering.scope import unknown_extras_across, vocabulary, without_other_forms
from appliance.domain.knowledge import KnowledgeSource
from appliance.retrieval.contracts import Embedder
from appliance.retrieval.lexical import document_language

LANGUAGE_SAMPLE = 4000  # the characters of a source its language is read from


class KnowledgeVocabulary:
    """The vocabulary, words and language of each source and quote text the agent answers from."""

    def __init__(self, *, engine: Engine, multilingual_embedder: Embedder) -> None:
        self._engine = engine
        self._vocabulary: dict[tuple[str, str], set[str]] = {}
        self._words = KnowledgeWords(multilingual_embedder)  # by meaning, for questions in other languages
        self._languages: dict[str, str] = {}  # source content hash -> its language (lexical.py)

    def remember_quote(self, sha: str, text: str) -> None:
        """A quote document's stemmed vocabulary and words (once per content hash)."""
        self._vocabulary[("quote", sha)] = vocabulary(text)
        self._words.remember(("quote", sha), text)

    def remember_source(self, sha: str, text: str) -> None:
        """A source text's stemmed vocabulary, its language and its words (once per content hash)."""
        if ("source", sha) in self._vocabulary and sha in self._languages:
            return
        self._vocabulary[("source", sha)] = vocabulary(text)
        self._words.remember(("source", sha), text)
        self._languages[sha] = document_language(text[:LANGUAGE_SAMPLE])

    def embed_source_words(self, sha: str) -> int:
        """Embed a remembered source's words ahead of the first question in another language (blocking)."""
        return self._words.embed([("source", sha)])

    def known_terms(self, quote_sha: str, source_hashes: Mapping[int, str]) -> set[str]:
        """Stemmed vocabulary of the quote and the agent's ready sources."""
        known: set[str] = set(self._vocabulary.get(("quote", quote_sha), set()))
        for source_id, sha in source_hashes.items():
            self._read_source(source_id, sha)
            known |= self._vocabulary[("source", sha)]
        return known

    def languages(self, source_hashes: Mapping[int, str]) -> set[str]:
        """The languages of the agent's ready sources."""
        languages: set[str] = set()
        for source_id, sha in source_hashes.items():
            self._read_source(source_id, sha)
            languages.add(self._languages[sha])
        return languages

    def unknown_across(self, question: str, language: str, known: set[str], quote_sha: str,
                       source_hashes: Mapping[int, str]) -> tuple[str, ...]:
        """`unknown_extras_across` against the words of the quote and the sources (blocking: the first question in
        another language embeds the knowledge's words not warmed yet, about 0.26 ms a word, once)."""
        keys = _keys(quote_sha, source_hashes)
        return unknown_extras_across(question, language, known, lambda asked: self._words.nearest(keys, asked))

    def without_other_forms(self, extras: tuple[str, ...], quote_sha: str,
                            source_hashes: Mapping[int, str]) -> tuple[str, ...]:
        """`without_other_forms` against the words of the quote and the sources (blocking, as above), and without a
        word naming a commercial concept the knowledge names otherwise ("uptime", "availability")."""
        keys = _keys(quote_sha, source_hashes)
        said = " ".join(sorted(self._words.words_of(keys)))
        extras = tuple(word for word in extras if not named_otherwise(word, said))
        return without_other_forms(extras, lambda asked: self._words.nearest(keys, asked))

    def _read_source(self, source_id: int, sha: str) -> None:
        """Read a source's text from the database once per content hash."""
        if ("source", sha) in self._vocabulary and sha in self._languages:
            return
        with Session(self._engine) as session:
            source = session.get(KnowledgeSource, source_id)
            text = source.canonical_text if source is not None else ""
        self.remember_source(sha, text)


def _keys(quote_sha: str, source_hashes: Mapping[int, str]) -> list[tuple[str, str]]:
    return [("quote", quote_sha)] + [("source", sha) for sha in source_hashes.values()]
