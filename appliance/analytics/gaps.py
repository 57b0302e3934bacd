"""Content gaps (PRODUCT 26) and the learning loop.

A gap question is a buyer question that ended in a follow-up question or a handoff for lack of knowledge
(`classify.is_gap`). Gap questions are grouped by meaning: each question's vector from the multilingual embedder
joins the group whose centroid is nearest if the cosine similarity reaches ``threshold`` (0.6: paraphrases and
translations of one question score 0.8-0.95 with USE multilingual v3, different questions on one subject 0.2-0.5),
otherwise it starts a group; questions are taken oldest first, so the grouping is stable as history grows.

Each group shows its count, example questions, languages, quotes, and the rep's later answer (the first message a
person wrote in that conversation after the question). "Write an article from this" creates a knowledge-base article
used as a source and links it to the group's questions (`GapArticle`); the group shows "covered" once a later
question was answered with a citation of that article's source.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from sqlmodel import Session, col, select

from appliance.analytics.history import History, Turn, aware
from appliance.analytics.models import GapArticle
from appliance.domain.conversations import Citation, Decision, DecisionKind, Message
from appliance.domain.knowledge import KnowledgeArticle, KnowledgeSource
from appliance.retrieval.contracts import Embedder

THRESHOLD = 0.6
EXAMPLES = 5


def group_by_meaning(vectors: Sequence[Sequence[float]], threshold: float = THRESHOLD) -> list[list[int]]:
    """Indexes of ``vectors`` (L2-normalised, in the order to take them) grouped by meaning; pure."""
    groups: list[list[int]] = []
    sums: list[np.ndarray] = []
    for index, vector in enumerate(vectors):
        v = np.asarray(vector, dtype="float32")
        best, best_score = -1, threshold
        for g, total in enumerate(sums):
            score = float(v @ (total / max(float(np.linalg.norm(total)), 1e-12)))
            if score >= best_score:
                best, best_score = g, score
        if best < 0:
            groups.append([index])
            sums.append(v.copy())
        else:
            groups[best].append(index)
            sums[best] += v
    return groups


class VectorCache:
    """Question vectors by text, bounded (the gap report re-embeds only questions it has not seen)."""

    def __init__(self, embedder: Embedder, max_entries: int = 20_000) -> None:
        self._embedder = embedder
        self._max = max_entries
        self._vectors: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def vectors(self, texts: Sequence[str]) -> list[list[float]]:
        """Blocking and CPU-bound for unseen texts: call it from a worker thread."""
        with self._lock:
            known = {t: self._vectors[t] for t in texts if t in self._vectors}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            known.update(zip(missing, self._embedder.embed(missing), strict=True))
            with self._lock:
                if len(self._vectors) + len(missing) > self._max:
                    self._vectors.clear()
                self._vectors.update((t, known[t]) for t in missing)
        return [known[t] for t in texts]


@dataclass(frozen=True)
class ArticleUse:
    article_id: int
    title: str
    created_at: datetime
    answered: list[str]  # later questions answered with a citation of the article's source


@dataclass
class GapGroup:
    key: int  # the buyer message id of its first question (stable)
    questions: list[Turn]
    quotes: list[str]
    languages: list[str]
    rep_answer: str | None
    article: ArticleUse | None = None
    examples: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def title(self) -> str:
        return self.questions[0].question

    @property
    def status(self) -> str:
        """open | article (written, no question answered from it yet) | covered"""
        if self.article is None:
            return "open"
        return "covered" if self.article.answered else "article"

    @property
    def last_asked(self) -> datetime:
        return max(t.at for t in self.questions)


def gap_groups(*, session: Session, history: History, vectors: VectorCache,
               threshold: float = THRESHOLD) -> list[GapGroup]:
    """The gap questions of ``history`` grouped by meaning, with their articles; open groups first, then by count."""
    gaps = sorted((t for t in history.turns if t.gap and t.question.strip()), key=lambda t: t.buyer_message_id)
    if not gaps:
        return []
    indexes = group_by_meaning(vectors.vectors([t.question for t in gaps]), threshold)
    articles = _articles(session)
    groups = []
    for members in indexes:
        questions = [gaps[i] for i in members]
        ids = {t.buyer_message_id for t in questions}
        answers = [t for t in questions if t.rep_reply]
        article = next((use for ga, use in articles if ids & set(ga.buyer_message_ids)), None)
        groups.append(GapGroup(
            key=questions[0].buyer_message_id, questions=questions,
            quotes=sorted({history.quotes[t.quote_id].number for t in questions}),
            languages=sorted({t.language for t in questions}),
            rep_answer=max(answers, key=lambda t: t.rep_reply_at or t.at).rep_reply if answers else None,
            article=article, examples=list(dict.fromkeys(t.question for t in questions))[:EXAMPLES],
        ))
    order = {"open": 0, "article": 1, "covered": 2}
    return sorted(groups, key=lambda g: (order[g.status], -g.count, -g.last_asked.timestamp()))


def _articles(session: Session) -> list[tuple[GapArticle, ArticleUse]]:
    """Every article written from a gap, with the later questions answered from its source."""
    result = []
    for link in session.exec(select(GapArticle).order_by(col(GapArticle.id))):
        article = session.get(KnowledgeArticle, link.article_id)
        if article is None:
            continue
        sources = [int(s.id or 0) for s in session.exec(select(KnowledgeSource)
                                                        .where(KnowledgeSource.article_id == link.article_id))]
        answered: list[str] = []
        if sources:
            cited = select(Citation.message_id).where(Citation.doc_kind == "source",
                                                      col(Citation.doc_id).in_(sources))
            rows = session.exec(select(Decision, Message).join(Message, col(Message.id) == Decision.buyer_message_id)
                                .where(Decision.kind == DecisionKind.ANSWER,
                                       col(Decision.agent_message_id).in_(cited))
                                .order_by(col(Decision.id))).all()
            created = aware(link.created_at)
            answered = [m.text for d, m in rows if created is None or (aware(d.created_at) or created) >= created]
        result.append((link, ArticleUse(int(article.id or 0), article.title, aware(link.created_at) or
                                        link.created_at, answered)))
    return result


def article_draft(group: GapGroup) -> tuple[str, str]:
    """The knowledge-base editor's prefill: the question as the title and as a heading (headings help retrieval
    and are never quoted as an answer), the rep's answer, if any, as the body."""
    question = " ".join(group.title.split())
    title = question[:200] or "Answer to a buyer question"
    return title, f"## {question}\n\n{(group.rep_answer or '').strip()}\n"


def write_article(*, session: Session, agent_id: int | None, title: str, body: str, buyer_message_ids: list[int],
                  question: str, user_id: int | None) -> KnowledgeArticle:
    """Create the article (validated like any knowledge-base article: raises pydantic's ValidationError), use it as
    a source of the agent (queued for ingestion; the caller notifies the worker after the commit) and link it to the
    gap's questions. In the caller's transaction."""
    from appliance.domain.knowledge import KnowledgeArticleCreate, SourceKind, add_source, create_article

    article = create_article(session=session, data=KnowledgeArticleCreate(title=title, body=body))
    if agent_id is not None:
        add_source(session=session, agent_id=agent_id, kind=SourceKind.KB_ARTICLE, title=article.title,
                   article_id=article.id)
    session.add(GapArticle(article_id=int(article.id or 0), buyer_message_ids=sorted(set(buyer_message_ids)),
                           question=question[:2000], created_by=user_id))
    session.flush()
    return article
