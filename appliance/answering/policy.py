"""Signals for the decision (`decision.decide` combines them; nothing here decides):
- confidence: how well the retrieved passages cover the question, from the retrieval scores (dense similarity, the
  reranker's probability when one is configured) and the share of the question's content terms the best passages
  contain, weighted by the PolicyConfig;
- underspecification: a pronoun standing for something the question never names ("can we change it later?").
"""

from __future__ import annotations

import re

from appliance.answering.policy_config import PolicyConfig
from appliance.answering.text import content_terms, stem, term_matches, words
from appliance.retrieval.contracts import ScoredPassage

_VAGUE_REFERENCE = re.compile(
    r"^\s*(?:(?:can|could|should|would|will|do|does|is|are)\s+(?:we|i|you|it|they|that|this)\b.{0,25}\b"
    r"(?:it|that|this|them|one)\b\s*(?:later|now|then|too|also)?\s*\??\s*$)"
    r"|\b(?:which|what)\s+(?:option|one|plan|choice|package|version|alternative)s?\b.{0,30}\b(?:better|best|"
    r"recommend|choose|pick|go with)\b",
    re.I,
)
# "Is that covered?", vague unless the message names what "that" is before it ("If lightning fries the
# electronics, is that covered?")
_COVERED_REFERENCE = re.compile(r"\b(?:is|are)\s+(?:it|that|this|they)\s+(?:included|covered|better|worth it)\b",
                                re.I)


_PRONOUN = re.compile(r"\b(?:it|this|that|these|those|they|them|one|ones)\b", re.I)
_EXPLETIVE = re.compile(r"\b(?:is|was|will|would)\s+it\s+(?:be\s+)?(?:possible|necessary|ok|okay|true|allowed|required)\b"
                        r"|\bit\s+(?:is|'s)\s+(?:possible|necessary|true|required)\b|\bthis\s+(?:quote|offer|price)\b",
                        re.I)
_UNNAMED_OBJECT = re.compile(r"\b(?:need|buy|get|order|want|use|have|choose|pick|take)\s+(?:one|ones|it|them)\b", re.I)
# Words that say what is asked about without naming a thing: with only these and a pronoun, nothing is named.
_GENERIC_TERMS = frozenset(stem(w) for w in """last take work cost mean include included cover covered need needed
    change later better best work option choose pick use used possible available free price apply applies every
    each same different happen per month months monthly year years yearly annual annually week weeks day days
    hour hours""".split())  # a period says how a figure is counted, not what it is of


def is_underspecified(question: str, *, has_context: bool = False) -> bool:
    """Too vague to answer well on its own: 'which option is better', or a pronoun ('it', 'one') standing for
    something the question never names (in a fresh conversation, where no earlier turn names it)."""
    if _VAGUE_REFERENCE.search(question):
        return True
    covered = _COVERED_REFERENCE.search(question)
    if covered and all(term in _GENERIC_TERMS for term in content_terms(question[:covered.start()])):
        return True
    if has_context or not _PRONOUN.search(_EXPLETIVE.sub(" ", question)):
        return False
    unnamed = _UNNAMED_OBJECT.search(question)
    if unnamed and all(term in _GENERIC_TERMS for term in content_terms(question[:unnamed.start()])):
        return True  # "Do we need one for every room?"; not "…our two old gas combis. Can you take them away?"
    return all(term in _GENERIC_TERMS for term in content_terms(question))


def term_coverage(question: str, candidates: list[ScoredPassage], top: int = 3) -> float:
    """Share of the question's content terms found in the best ``top`` passages (1.0 when it has none)."""
    terms = content_terms(question)
    if not terms:
        return 0.0
    vocabulary: set[str] = set()
    for candidate in candidates[:top]:
        vocabulary.update(stem(word) for word in words(candidate.passage.text))
        vocabulary.update(stem(word) for word in words(" ".join(candidate.passage.heading_path)))
    return sum(term_matches(term, vocabulary) for term in terms) / len(terms)


def confidence(question: str, candidates: list[ScoredPassage], config: PolicyConfig, *,
               known_terms: set[str] | None = None,
               multilingual_dense: float | None = None,
               multilingual_coverage: float | None = None) -> tuple[float, dict[str, float]]:
    """A score in [0, 1] from retrieval evidence; the signals it combined are returned for the evidence record.

    ``known_terms``: the stemmed vocabulary of everything the agent knows (its ready sources and the quote). A
    question term found nowhere in it is evidence the knowledge does not cover the question.
    """
    if not candidates:
        return 0.0, {"candidates": 0.0}
    unknown = [t for t in content_terms(question) if known_terms is not None and t not in known_terms]
    dense = max((c.dense_score for c in candidates[:3] if c.dense_score is not None), default=0.0)
    if multilingual_dense is not None:  # a non-English question: the multilingual similarity, on MiniLM's scale
        dense = max(dense, multilingual_dense)
    dense_norm = min(1.0, max(0.0, (dense - config.dense_floor) / config.dense_span))
    coverage = term_coverage(question, candidates)
    if multilingual_coverage is not None:  # non-English: the best sentence's meaning stands in for shared words
        semantic = min(1.0, max(0.0, (multilingual_coverage - config.dense_floor) / config.dense_span))
        coverage = max(coverage, semantic)
    signals = {"dense": round(dense, 4), "dense_norm": round(dense_norm, 4), "coverage": round(coverage, 4)}
    rerank = candidates[0].rerank_score
    if rerank is not None:
        signals["rerank"] = round(rerank, 4)
        rest = (1 - config.weight_rerank) / (config.weight_dense + config.weight_coverage)
        score = config.weight_rerank * rerank + rest * (config.weight_dense * dense_norm
                                                         + config.weight_coverage * coverage)
    else:
        score = config.weight_dense * dense_norm + config.weight_coverage * coverage
    if known_terms is not None:  # recorded for calibration; not yet a reliable signal on its own (DESIGN-NOTES)
        signals["unknown_terms"] = float(len(unknown))
    return round(max(0.0, score), 4), signals
