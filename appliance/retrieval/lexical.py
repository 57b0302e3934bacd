"""Lexical analysis shared by BM25 indexing and the answer path: words, a light English stemmer, and Snowball
stemmers for the other six chat languages.

Milvus-lite's analyzers have no stemmer, so the vector store indexes (and queries with) text already analysed here;
the same text works unchanged against a Milvus server. A passage is stemmed in its own language when it is clearly
not English (`document_language`: py3langid, sure and long enough), so a German price list matches "Garantien"
with "Garantie"; English keeps the light stemmer its retrieval figures were measured with. A query is analysed in
English and, when the agent has documents in the question's language, in that language too (`SearchScope.languages`:
measured, adding another language's stems for English documents only made them collide with English words).
Snowball: `snowballstemmer` 3.1.1 (BSD, pure Python, the algorithms' reference generator output); a stemmer object
keeps state while it works, so each thread gets its own.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache

WORD_RE = re.compile(r"[\w][\w'’-]*", re.UNICODE)


# An English clitic at a word's end: "what's" is "what", "Kelvane's" is "Kelvane", "don't" is "do" (a contraction
# kept whole is a word no passage has: "what's" read as a subject, "kelvane's" matching no "Kelvane").
_CLITIC = re.compile(r"(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$")
_NEGATED = {"ca": "can", "wo": "will", "sha": "shall"}  # can't, won't, shan't


def _without_clitic(word: str) -> str:
    bare = _CLITIC.sub("", word)
    return _NEGATED.get(bare, bare) if bare != word and word[-2:] in ("'t", "’t") else bare


def words(text: str) -> list[str]:
    return [_without_clitic(match.group(0).lower().strip("'’-")) for match in WORD_RE.finditer(text)]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A deliberately light English stemmer: 'panels'/'panel', 'installing'/'install', 'guaranteed'/'guarantee'.
    Memoised: the answer path stems the same few thousand words for every question."""
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


SNOWBALL = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "pt": "portuguese", "nl": "dutch"}
DOCUMENT_LANGUAGE_MIN = 0.9  # py3langid's normalised probability for a passage to be stemmed in its language
DOCUMENT_LANGUAGE_WORDS = 8  # shorter texts (table rows, headings) are too short to tell
_local = threading.local()


@lru_cache(maxsize=1 << 16)
def stem_in(word: str, language: str) -> str:
    """``word`` stemmed in ``language`` (ISO 639-1): Snowball for the six other chat languages, else `stem`
    (memoised like `stem`; the Snowball stemmer objects stay one per thread)."""
    algorithm = SNOWBALL.get(language)
    if algorithm is None or len(word) <= 3 or word.isdigit():
        return stem(word)
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if algorithm not in stemmers:
        import snowballstemmer

        stemmers[algorithm] = snowballstemmer.stemmer(algorithm)
    return str(stemmers[algorithm].stemWord(word))


@cache
def language_identifier():  # type: ignore[no-untyped-def]
    """py3langid's naive-Bayes identifier (its model ships in the package as LZMA-compressed npz, no pickle),
    restricted to the seven chat languages, with normalised probabilities; built once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["en", *SNOWBALL])
    return identifier


def document_language(text: str, *, min_words: int = DOCUMENT_LANGUAGE_WORDS,
                      min_probability: float = DOCUMENT_LANGUAGE_MIN) -> str:
    """The language a passage is stemmed in: one of the seven when py3langid is sure and the text is long enough,
    else English."""
    if len(words(text)) < min_words:
        return "en"
    language, probability = language_identifier().classify(text)
    return str(language) if probability >= min_probability else "en"


def analyze(text: str, language: str = "en") -> str:
    """Text for BM25: lower-cased, stemmed words separated by spaces (hyphenated words also split)."""
    tokens: list[str] = []
    for word in words(text):
        tokens.append(stem_in(word, language))
        if "-" in word:
            tokens.extend(stem_in(part, language) for part in word.split("-") if part)
    return " ".join(tokens)


def analyze_query(text: str, languages: tuple[str, ...] = ()) -> str:
    """A query for BM25: analysed in English and in each of ``languages`` (the languages of the documents it is to
    meet besides English; stems of another language added for English documents only collide with English words)."""
    english = analyze(text)
    seen = set(english.split())
    extra: list[str] = []
    for language in languages:
        if language in SNOWBALL:
            for token in analyze(text, language).split():
                if token not in seen:
                    seen.add(token)
                    extra.append(token)
    return " ".join([english, *extra]) if extra else english
