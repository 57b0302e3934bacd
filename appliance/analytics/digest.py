"""The deal digest of a quote (PRODUCT 27): what the buying committee asked, by topic, what was answered and what
waits for a rep, and the open handoffs. Shown on the quote's digest page and added to the reps' handoff email.

Topic of a question: for an answer, the knowledge it was answered from (the cited source's section below its title,
or the quote's section); for a handoff on intent, that intent ("Negotiation or price flexibility", ...); every other
question (a follow-up, a handoff for lack of knowledge) is under "Not covered by the knowledge yet".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from appliance.analytics.classify import INTENT_REASONS, REASONS
from appliance.analytics.history import QuoteRef, Turn, load_history
from appliance.domain.accounts import User
from appliance.domain.conversations import Citation, ConversationStatus

NOT_COVERED = "Not covered by the knowledge yet"
STATUS = {"answered": "Answered by the agent", "follow-up": "The agent asked a follow-up question",
          "waiting": "Waits for a rep", "rep": "Answered by a rep"}


@dataclass(frozen=True)
class DigestItem:
    question: str
    asked_at: datetime
    language: str
    status: str  # a key of STATUS
    answer: str | None  # the rep's reply, or the agent's answer's first citation title
    conversation_id: int


@dataclass(frozen=True)
class DigestTopic:
    label: str
    items: list[DigestItem]


@dataclass(frozen=True)
class OpenHandoff:
    conversation_id: int
    status: str
    since: datetime | None
    reason: str


@dataclass(frozen=True)
class Digest:
    quote: QuoteRef
    buyers: int  # conversations (each buyer has their own)
    topics: list[DigestTopic]
    counts: dict[str, int]  # per STATUS key
    open_handoffs: list[OpenHandoff]

    @property
    def questions(self) -> int:
        return sum(self.counts.values())


def deal_digest(*, session: Session, user: User | None, quote_id: int) -> Digest | None:
    """None when the quote does not exist or ``user`` may not see it (None: the appliance itself, for emails)."""
    history = load_history(session=session, user=user, quote_id=quote_id)
    quote = history.quotes.get(quote_id)
    if quote is None:
        return None
    topics_of = _cited_topics(session, [t.agent_message_id for t in history.turns
                                        if t.kind == "answer" and t.agent_message_id])
    topics: dict[str, list[DigestItem]] = {}
    counts = dict.fromkeys(STATUS, 0)
    for turn in history.turns:
        status = _status(turn)
        counts[status] += 1
        label = _topic(turn, topics_of)
        answer = turn.rep_reply if status == "rep" else None
        topics.setdefault(label, []).append(DigestItem(turn.question, turn.at, turn.language, status, answer,
                                                       turn.conversation_id))
    ordered = sorted(topics.items(), key=lambda kv: (kv[0] == NOT_COVERED, -len(kv[1]), kv[0]))
    open_handoffs = [
        OpenHandoff(cid, c.status.value, c.handed_off_at, c.handoff_reason)
        for cid, c in sorted(history.conversations.items())
        if c.status in (ConversationStatus.WAITING, ConversationStatus.ASSIGNED)
    ]
    return Digest(quote, len({t.conversation_id for t in history.turns}),
                  [DigestTopic(label, items) for label, items in ordered], counts, open_handoffs)


def _status(turn: Turn) -> str:
    if turn.kind == "answer":
        return "answered"
    if turn.kind == "clarify":
        return "follow-up"
    return "rep" if turn.rep_reply else "waiting"


def _topic(turn: Turn, topics_of: dict[int, str]) -> str:
    if turn.kind == "answer" and turn.agent_message_id in topics_of:
        return topics_of[turn.agent_message_id]
    if turn.kind == "handoff" and turn.handoff_reason in INTENT_REASONS:
        return REASONS[turn.handoff_reason]
    return NOT_COVERED


def _cited_topics(session: Session, message_ids: list[int]) -> dict[int, str]:
    """The topic of each answer: its first citation's section (a source: the heading below its title, else its
    title; the quote: the quote's section such as its line items or terms)."""
    if not message_ids:
        return {}
    topics: dict[int, str] = {}
    for citation in session.exec(select(Citation).where(col(Citation.message_id).in_(message_ids))
                                 .order_by(col(Citation.message_id), col(Citation.number))):
        if citation.message_id in topics:
            continue
        path = list(citation.heading_path or [])
        if citation.doc_kind == "quote":
            topics[citation.message_id] = "The quote" + (f" › {path[1]}" if len(path) > 1 else "")
        else:
            # The section under the document's title (its first heading is usually the title itself).
            topics[citation.message_id] = path[1] if len(path) > 1 else path[0] if path else citation.title
    return topics


def digest_text(digest: Digest, *, limit: int = 12) -> str:
    """The digest as plain text, for the reps' emails (newest questions first, at most ``limit``)."""
    lines = [f"Deal digest for quote {digest.quote.number} ({digest.quote.buyer_company}): "
             f"{digest.questions} questions from {digest.buyers} people; "
             f"{digest.counts['answered']} answered by the agent, {digest.counts['rep']} by a rep, "
             f"{digest.counts['waiting']} waiting for a rep."]
    shown = 0
    for topic in digest.topics:
        if shown >= limit:
            break
        lines.append(f"\n{topic.label}:")
        for item in sorted(topic.items, key=lambda i: i.asked_at, reverse=True):
            if shown >= limit:
                break
            lines.append(f"- {' '.join(item.question.split())[:200]} ({STATUS[item.status].lower()})")
            shown += 1
    return "\n".join(lines)


def digest_for_email(*, session: Session, quote_id: int) -> str:
    """The digest as a block for a rep's handoff email; empty when nobody has asked anything on the quote yet."""
    digest = deal_digest(session=session, user=None, quote_id=quote_id)
    return f"\n{digest_text(digest)}\n" if digest is not None and digest.questions else ""
