"""The conversation history the insight figures are computed from, loaded once per request as plain values.

A `Turn` is one buyer question the agent decided on (one `Decision` row), with what happened after it in the same
conversation: the buyer's next message, the next handoff, the first reply by a person after it, and the buyer's
feedback. A `HandoffWait` is one handoff with the time until the first reply by a person. Scope: super admins see
every quote, a rep the quotes they own.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from appliance.analytics.classify import handoff_reason, is_gap
from appliance.analytics.models import AnswerFeedback
from appliance.domain.accounts import Role, TeamMember, User
from appliance.domain.conversations import Conversation, Decision, Message, MessageRole
from appliance.domain.quotes import Quote


@dataclass(frozen=True)
class Turn:
    decision_id: int
    conversation_id: int
    quote_id: int
    buyer_message_id: int
    agent_message_id: int | None
    question: str
    kind: str  # answer | clarify | handoff
    reason: str  # the decision's reason sentence
    handoff_reason: str | None  # a key of classify.REASONS for handoffs
    gap: bool
    language: str
    at: datetime
    feedback: bool | None  # True helpful, False not helpful, None no feedback
    next_buyer_at: datetime | None  # the buyer's next message in this conversation
    next_handoff_at: datetime | None  # the next handoff in this conversation (this one excluded)
    rep_reply: str | None  # the first reply by a person after this question, if any
    rep_reply_at: datetime | None


@dataclass(frozen=True)
class QuoteRef:
    id: int
    number: str
    title: str
    buyer_company: str
    owner_id: int


@dataclass(frozen=True)
class History:
    turns: list[Turn]
    quotes: dict[int, QuoteRef]
    conversations: dict[int, Conversation]  # detached rows
    team_of_conversation: dict[int, int | None]  # the team whose business hours apply to its handoffs


def aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:  # SQLite hands back naive UTC
        return value.replace(tzinfo=UTC)
    return value


def visible_quotes(*, session: Session, user: User | None, quote_id: int | None = None) -> dict[int, QuoteRef]:
    """The quotes ``user`` may see (None: every quote, for the appliance's own tasks)."""
    statement = select(Quote)
    if user is not None and user.role != Role.SUPER_ADMIN:
        statement = statement.where(Quote.owner_id == user.id)
    if quote_id is not None:
        statement = statement.where(Quote.id == quote_id)
    return {int(q.id or 0): QuoteRef(int(q.id or 0), q.number, q.title, q.buyer_company, q.owner_id)
            for q in session.exec(statement)}


def load_history(*, session: Session, user: User | None, since: datetime | None = None,
                 until: datetime | None = None, quote_id: int | None = None,
                 conversation_ids: list[int] | None = None) -> History:
    """Every decided buyer question on the quotes ``user`` may see (None: all), asked in [since, until)."""
    quotes = visible_quotes(session=session, user=user, quote_id=quote_id)
    if not quotes:
        return History([], {}, {}, {})
    statement = select(Conversation).where(col(Conversation.quote_id).in_(list(quotes)))
    if conversation_ids is not None:
        statement = statement.where(col(Conversation.id).in_(conversation_ids))
    conversations = {int(c.id or 0): c for c in session.exec(statement)}
    ids = list(conversations)
    decisions = list(session.exec(select(Decision).where(col(Decision.conversation_id).in_(ids))
                                  .order_by(col(Decision.id)))) if ids else []
    messages = list(session.exec(select(Message).where(col(Message.conversation_id).in_(ids))
                                 .where(col(Message.role).in_([MessageRole.BUYER, MessageRole.REP]))
                                 .order_by(col(Message.id)))) if ids else []
    feedback = {f.decision_id: f.helpful for f in session.exec(
        select(AnswerFeedback).where(col(AnswerFeedback.conversation_id).in_(ids)))} if ids else {}
    buyer_by_conversation: dict[int, list[Message]] = {}
    rep_by_conversation: dict[int, list[Message]] = {}
    text_of: dict[int, Message] = {}
    for message in messages:
        text_of[int(message.id or 0)] = message
        target = buyer_by_conversation if message.role == MessageRole.BUYER else rep_by_conversation
        target.setdefault(message.conversation_id, []).append(message)
    handoffs_by_conversation: dict[int, list[Decision]] = {}
    for decision in decisions:
        if decision.kind == "handoff":
            handoffs_by_conversation.setdefault(decision.conversation_id, []).append(decision)

    turns = []
    for decision in decisions:
        at = aware(decision.created_at)
        assert at is not None
        if (since is not None and at < since) or (until is not None and at >= until):
            continue
        question = text_of.get(decision.buyer_message_id)
        intent = decision.evidence.get("intent") if isinstance(decision.evidence, dict) else None
        kind = str(decision.kind.value if hasattr(decision.kind, "value") else decision.kind)
        buyers = buyer_by_conversation.get(decision.conversation_id, [])
        next_buyer = _first_after(buyers, decision.buyer_message_id)
        later_handoffs = [d for d in handoffs_by_conversation.get(decision.conversation_id, [])
                          if d.id != decision.id and d.buyer_message_id > decision.buyer_message_id]
        rep = _first_after(rep_by_conversation.get(decision.conversation_id, []), decision.agent_message_id
                           or decision.buyer_message_id)
        conversation = conversations[decision.conversation_id]
        turns.append(Turn(
            decision_id=int(decision.id or 0), conversation_id=decision.conversation_id,
            quote_id=conversation.quote_id, buyer_message_id=decision.buyer_message_id,
            agent_message_id=decision.agent_message_id, question=question.text if question else "",
            kind=kind, reason=decision.reason,
            handoff_reason=handoff_reason(decision.reason, intent) if kind == "handoff" else None,
            gap=is_gap(kind, decision.reason, intent),
            language=str(decision.evidence.get("language") or (question.language if question else "") or "?"),
            at=at, feedback=feedback.get(int(decision.id or 0)),
            next_buyer_at=aware(next_buyer.created_at) if next_buyer else None,
            next_handoff_at=aware(later_handoffs[0].created_at) if later_handoffs else None,
            rep_reply=rep.text if rep else None, rep_reply_at=aware(rep.created_at) if rep else None,
        ))
    return History(turns, quotes, conversations, _teams(session, conversations, quotes))


def _first_after(messages: list[Message], message_id: int) -> Message | None:
    position = bisect_right([int(m.id or 0) for m in messages], message_id)
    return messages[position] if position < len(messages) else None


def _teams(session: Session, conversations: dict[int, Conversation],
           quotes: dict[int, QuoteRef]) -> dict[int, int | None]:
    """The team whose hours apply to a conversation's handoffs: the team it was routed to, else the quote owner's
    first team, else none (no business hours: every hour counts)."""
    owners = {q.owner_id for q in quotes.values()}
    first_team: dict[int, int] = {}
    for member in session.exec(select(TeamMember).where(col(TeamMember.user_id).in_(list(owners)))
                               .order_by(col(TeamMember.team_id))):
        first_team.setdefault(member.user_id, member.team_id)
    return {cid: c.assigned_team_id or first_team.get(quotes[c.quote_id].owner_id)
            for cid, c in conversations.items()}
