"""The decision policy: answer, ask a follow-up question, or hand off to a human.

Two kinds of signal:
- intent: an explicit request for a person, negotiation, a change to the quote or contract, a complaint. These need a
  human whatever the knowledge says, so they hand off first.
- confidence: how well the retrieved passages cover the question, from the retrieval scores (dense similarity, the
  reranker's probability when one is configured) and the share of the question's content terms the best passages
  contain. Confidence at or above ``answer_threshold`` answers; between ``clarify_threshold`` and it, the agent asks
  which of the candidate topics the buyer means; below, the knowledge cannot answer and a human takes over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from appliance.answering.text import content_terms, stem, term_matches, words
from appliance.retrieval.contracts import ScoredPassage

Intent = Literal["person", "negotiation", "change", "complaint"]

_INTENT_PATTERNS: list[tuple[Intent, re.Pattern[str]]] = [
    ("person", re.compile(
        r"\b(?:speak|talk|chat|call|meet|connect)\w*\b.{0,30}\b(?:person|human|someone|somebody|rep|representative|"
        r"sales ?(?:person|rep|team)|account manager|manager|agent|colleague|owner|engineer)\b"
        r"|\b(?:real|actual|live) (?:person|human)\b|\bcall me\b|\bcontact me\b|\bget in touch\b"
        r"|\bhablar con\b|\bparler à\b|\bsprechen\b.{0,20}\b(?:person|mensch|mitarbeiter)", re.I)),
    ("negotiation", re.compile(
        r"\b(?:lower|reduce|cut|drop|knock|shave|bring down|match)\w*\b.{0,40}\b(?:price|cost|rate|fee|quote|total|"
        r"installation|bill)\b"
        r"|\b(?:better|best|lower|special|extra|more|additional|bigger|further)\s+(?:price|deal|discount|rate|offer)\b"
        r"|\b(?:give|offer|get|do)\b.{0,20}\b(?:a|an|any|some)?\s*(?:\d+\s?%|discount|rebate)\b.{0,30}\b(?:if|when)\b"
        r"|\b(?:bring|get|come|go|take)\b.{0,40}\bdown\b|\bknock\w*\b.{0,30}\boff\b"
        r"|\bnegotiat\w*|\bprice match\b|\bcounter.?offer\b|\bcheaper\b|\bwaive\b", re.I)),
    ("change", re.compile(
        r"\b(?:add|remove|change|modify|update|amend|revise|edit|resend|re-send|reissue|correct|replace|swap|increase|"
        r"decrease)\w*\b.{0,60}\b(?:quote|contract|order|po|purchase order|line item|agreement|invoice|terms|"
        r"it and resend)\b"
        r"|\b(?:send|issue)\b.{0,20}\b(?:new|revised|updated)\b.{0,20}\b(?:quote|contract|version)\b", re.I)),
    ("complaint", re.compile(
        r"\b(?:complain\w*|unacceptable|disappointed|frustrat\w*|angry|terrible|awful|outrageous|ridiculous|"
        r"scam|lawyer|legal action|sue)\b", re.I)),
]

_VAGUE_REFERENCE = re.compile(
    r"^\s*(?:(?:can|could|should|would|will|do|does|is|are)\s+(?:we|i|you|it|they|that|this)\b.{0,25}\b"
    r"(?:it|that|this|them|one)\b\s*(?:later|now|then|too|also)?\s*\??\s*$)"
    r"|\b(?:which|what)\s+(?:option|one|plan|choice|package|version|alternative)s?\b.{0,30}\b(?:better|best|"
    r"recommend|choose|pick|go with)\b"
    r"|\b(?:is|are)\s+(?:it|that|this|they)\s+(?:included|covered|better|worth it)\b",
    re.I,
)

DecisionKindLiteral = Literal["answer", "clarify", "handoff"]


@dataclass
class PolicyDecision:
    kind: DecisionKindLiteral
    reason: str
    confidence: float
    intent: Intent | None = None
    signals: dict[str, float] = field(default_factory=dict)


def detect_intent(question: str) -> Intent | None:
    for intent, pattern in _INTENT_PATTERNS:
        if pattern.search(question):
            return intent
    return None


_PRONOUN = re.compile(r"\b(?:it|this|that|these|those|they|them|one|ones)\b", re.I)
_EXPLETIVE = re.compile(r"\b(?:is|was|will|would)\s+it\s+(?:be\s+)?(?:possible|necessary|ok|okay|true|allowed|required)\b"
                        r"|\bit\s+(?:is|'s)\s+(?:possible|necessary|true|required)\b|\bthis\s+(?:quote|offer|price)\b",
                        re.I)
_UNNAMED_OBJECT = re.compile(r"\b(?:need|buy|get|order|want|use|have|choose|pick|take)\s+(?:one|ones|it|them)\b", re.I)
# Words that say what is asked about without naming a thing: with only these and a pronoun, nothing is named.
_GENERIC_TERMS = frozenset(stem(w) for w in """last take work cost mean include included cover covered need needed
    change later better best work option choose pick use used possible available free price apply applies every
    each same different happen""".split())


def is_underspecified(question: str, *, has_context: bool = False) -> bool:
    """Too vague to answer well on its own: 'which option is better', or a pronoun ('it', 'one') standing for
    something the question never names (in a fresh conversation, where no earlier turn names it)."""
    if _VAGUE_REFERENCE.search(question):
        return True
    if has_context or not _PRONOUN.search(_EXPLETIVE.sub(" ", question)):
        return False
    if _UNNAMED_OBJECT.search(question):
        return True
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


def confidence(question: str, candidates: list[ScoredPassage], *,
               known_terms: set[str] | None = None) -> tuple[float, dict[str, float]]:
    """A score in [0, 1] from retrieval evidence; the signals it combined are returned for the evidence record.

    ``known_terms``: the stemmed vocabulary of everything the agent knows (its ready sources and the quote). A
    question term found nowhere in it is evidence the knowledge does not cover the question.
    """
    if not candidates:
        return 0.0, {"candidates": 0.0}
    unknown = [t for t in content_terms(question) if known_terms is not None and t not in known_terms]
    dense = max((c.dense_score for c in candidates[:3] if c.dense_score is not None), default=0.0)
    dense_norm = min(1.0, max(0.0, (dense - 0.15) / 0.45))
    coverage = term_coverage(question, candidates)
    signals = {"dense": round(dense, 4), "dense_norm": round(dense_norm, 4), "coverage": round(coverage, 4)}
    rerank = candidates[0].rerank_score
    if rerank is not None:
        signals["rerank"] = round(rerank, 4)
        score = 0.5 * rerank + 0.25 * dense_norm + 0.25 * coverage
    else:
        score = 0.55 * dense_norm + 0.45 * coverage
    if known_terms is not None:  # recorded for calibration; not yet a reliable signal on its own (DESIGN-NOTES)
        signals["unknown_terms"] = float(len(unknown))
    return round(max(0.0, score), 4), signals


def decide(
    question: str, candidates: list[ScoredPassage], *, answer_threshold: float, clarify_threshold: float,
    known_terms: set[str] | None = None, has_context: bool = False,
) -> PolicyDecision:
    intent = detect_intent(question)
    if intent is not None:
        return PolicyDecision("handoff", f"the buyer's message needs a person ({intent})", 1.0, intent=intent)
    score, signals = confidence(question, candidates, known_terms=known_terms)
    if is_underspecified(question, has_context=has_context):
        return PolicyDecision("clarify", "the question is too vague to answer well", score, signals=signals)
    if score >= answer_threshold:
        return PolicyDecision("answer", "the knowledge covers the question", score, signals=signals)
    if score >= clarify_threshold:
        return PolicyDecision("clarify", "several passages partly match; asking which one the buyer means", score,
                              signals=signals)
    return PolicyDecision("handoff", "the knowledge does not answer this question", score, signals=signals)
