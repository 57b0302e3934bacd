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
from appliance.domain.conversations import (Conversation, ConversationStatus, Decision, DecisionKind, Message,
                                             MessageRole)
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
class ConversationRef:
    id: int
    quote_id: int
    status: ConversationStatus
    assigned_team_id: int | None
    handed_off_at: datetime | None
    handoff_reason: str


@dataclass(frozen=True)
class History:
    turns: list[Turn]
    quotes: dict[int, QuoteRef]
    conversations: dict[int, ConversationRef]
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
    """Every decided buyer question on the quotes ``user`` may see (None: all), asked in [since, until).

    Reads only the columns it needs (the decision's evidence is large: its intent and language are extracted by the
    database), and the messages of the conversations that have a question in the range."""
    quotes = visible_quotes(session=session, user=user, quote_id=quote_id)
    if not quotes:
        return History([], {}, {}, {})
    evidence = col(Decision.evidence)
    statement = (select(Decision.id, Decision.conversation_id, Decision.buyer_message_id, Decision.agent_message_id,
                        Decision.kind, Decision.reason, Decision.created_at, evidence["intent"].as_string(),
                        evidence["language"].as_string(), evidence["cause"].as_string())
                 .join(Conversation, col(Conversation.id) == Decision.conversation_id)
                 .where(col(Conversation.quote_id).in_(list(quotes))).order_by(col(Decision.id)))
    if conversation_ids is not None:
        statement = statement.where(col(Decision.conversation_id).in_(conversation_ids))
    in_range = statement
    if since is not None:
        in_range = in_range.where(Decision.created_at >= since)
    if until is not None:
        in_range = in_range.where(Decision.created_at < until)
    rows = [_DecisionRow(*row) for row in session.exec(in_range)]  # type: ignore[call-overload]
    ids = sorted({row.conversation_id for row in rows})
    if not ids:
        return History([], quotes, {}, {})
    conversations = {int(row[0]): ConversationRef(int(row[0]), row[1], ConversationStatus(row[2]), row[3],
                                                  aware(row[4]), row[5] or "")
                     for row in session.exec(select(Conversation.id, Conversation.quote_id, Conversation.status,
                                                    Conversation.assigned_team_id, Conversation.handed_off_at,
                                                    Conversation.handoff_reason)
                                             .where(col(Conversation.id).in_(ids)))}
    later_handoffs = session.exec(  # handoffs after the range still end an answer's window inside it
        select(Decision.conversation_id, Decision.buyer_message_id, Decision.created_at)
        .where(col(Decision.conversation_id).in_(ids), Decision.kind == DecisionKind.HANDOFF)
        .order_by(col(Decision.buyer_message_id))).all()
    messages = session.exec(select(Message.id, Message.conversation_id, Message.role, Message.text,
                                   Message.language, Message.created_at)
                            .where(col(Message.conversation_id).in_(ids),
                                   col(Message.role).in_([MessageRole.BUYER, MessageRole.REP]))
                            .order_by(col(Message.id))).all()
    feedback = {f.decision_id: f.helpful for f in session.exec(
        select(AnswerFeedback).where(col(AnswerFeedback.conversation_id).in_(ids)))}
    buyers: dict[int, _Timeline] = {}
    reps: dict[int, _Timeline] = {}
    handoffs: dict[int, _Timeline] = {}
    text_of: dict[int, tuple[str, str]] = {}
    for message_id, conversation_id, role, text, language, created_at in messages:
        text_of[message_id] = (text, language)
        line = buyers if role == MessageRole.BUYER else reps
        line.setdefault(conversation_id, _Timeline()).add(message_id, created_at, text)
    for conversation_id, buyer_message_id, created_at in later_handoffs:
        handoffs.setdefault(conversation_id, _Timeline()).add(buyer_message_id, created_at, "")

    turns = []
    for row in rows:
        at = aware(row.created_at)
        assert at is not None
        question, asked_in = text_of.get(row.buyer_message_id, ("", ""))
        kind = str(row.kind)  # DecisionKind is a StrEnum: its str() is its value
        next_buyer = buyers.get(row.conversation_id, _EMPTY).after(row.buyer_message_id)
        next_handoff = handoffs.get(row.conversation_id, _EMPTY).after(row.buyer_message_id)
        rep = reps.get(row.conversation_id, _EMPTY).after(row.agent_message_id or row.buyer_message_id)
        turns.append(Turn(
            decision_id=row.id, conversation_id=row.conversation_id,
            quote_id=conversations[row.conversation_id].quote_id, buyer_message_id=row.buyer_message_id,
            agent_message_id=row.agent_message_id, question=question, kind=kind, reason=row.reason,
            handoff_reason=handoff_reason(row.reason, row.intent, row.cause) if kind == "handoff" else None,
            gap=is_gap(kind, row.reason, row.intent, row.cause), language=str(row.language or asked_in or "?"),
            at=at, feedback=feedback.get(row.id),
            next_buyer_at=next_buyer[0] if next_buyer else None,
            next_handoff_at=next_handoff[0] if next_handoff else None,
            rep_reply=rep[1] if rep else None, rep_reply_at=rep[0] if rep else None,
        ))
    return History(turns, quotes, conversations, _teams(session, conversations, quotes))


@dataclass(frozen=True)
class _DecisionRow:
    id: int
    conversation_id: int
    buyer_message_id: int
    agent_message_id: int | None
    kind: object
    reason: str
    created_at: datetime
    intent: str | None
    language: str | None
    cause: str | None  # the rule that decided (decision.CAUSES); None for decisions recorded before it existed


class _Timeline:
    """One conversation's messages (or handoffs) of one kind in id order: the first one after a given id."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.items: list[tuple[datetime, str]] = []

    def add(self, item_id: int, at: datetime, text: str) -> None:
        self.ids.append(item_id)
        self.items.append((aware(at) or at, text))

    def after(self, item_id: int) -> tuple[datetime, str] | None:
        position = bisect_right(self.ids, item_id)
        return self.items[position] if position < len(self.ids) else None


_EMPTY = _Timeline()


def _teams(session: Session, conversations: dict[int, ConversationRef],
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
