"""Buyer conversations on a quote: messages, citations, internal notes and the recorded decision with its evidence.

Who owns a conversation is a small state machine (`ConversationStatus`, transitions in `appliance.domain.inbox`):
the agent answers while the status is ``agent``; a handoff makes it ``waiting`` (for the user and/or team in
``assigned_user_id`` / ``assigned_team_id``, or for anyone when both are empty); a rep's claim makes it ``assigned``
(``assigned_user_id`` is then the rep); ``closed`` ends it. Handing back returns it to ``agent``, which then answers
only buyer messages newer than ``agent_resumes_after`` (what a person handled is never re-answered).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, select

from appliance.domain.types import JSONColumn, utcnow


class ConversationStatus(StrEnum):
    AGENT = "agent"  # the agent answers
    WAITING = "waiting"  # handed off: waiting for the owner, a team or anyone to claim it; the agent stays silent
    ASSIGNED = "assigned"  # a rep has it; the agent stays silent
    CLOSED = "closed"

    @property
    def with_people(self) -> bool:
        return self in (ConversationStatus.WAITING, ConversationStatus.ASSIGNED)


class MessageRole(StrEnum):
    BUYER = "buyer"
    AGENT = "agent"
    REP = "rep"
    SYSTEM = "system"


class DecisionKind(StrEnum):
    ANSWER = "answer"
    CLARIFY = "clarify"
    HANDOFF = "handoff"


class Conversation(SQLModel, table=True):
    """One buyer's conversation on one quote. ``buyer_key`` is the hash of the buyer's browser cookie."""

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(foreign_key="quote.id", index=True, ondelete="CASCADE")
    agent_id: int = Field(foreign_key="agent.id", index=True)
    buyer_key: str = Field(max_length=64, index=True)
    status: ConversationStatus = Field(default=ConversationStatus.AGENT)
    assigned_user_id: int | None = Field(default=None, foreign_key="user.id")
    assigned_team_id: int | None = Field(default=None, foreign_key="team.id")
    buyer_email: str | None = Field(default=None, max_length=320)
    handoff_reason: str = Field(default="", max_length=500, description="Why the agent handed off (last handoff).")
    handed_off_at: datetime | None = Field(default=None, description="When the conversation last left the agent.")
    first_human_reply_at: datetime | None = Field(default=None, description="First rep reply after that handoff.")
    agent_resumes_after: int = Field(default=0, description="After a hand-back: the agent answers only buyer "
                                     "messages with a larger id.")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Message(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True, ondelete="CASCADE")
    role: MessageRole
    text: str = Field(sa_column=Column(Text, nullable=False))
    language: str = Field(default="", max_length=8)
    author_user_id: int | None = Field(default=None, foreign_key="user.id", description="The rep who wrote it.")
    created_at: datetime = Field(default_factory=utcnow)


class ConversationNote(SQLModel, table=True):
    """An internal note by a rep on a conversation. A separate table from messages, so no buyer view can show one."""

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True, ondelete="CASCADE")
    author_user_id: int = Field(foreign_key="user.id")
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class ConversationRead(SQLModel, table=True):
    """How far a rep has read a conversation (the inbox's unread badge)."""

    user_id: int = Field(foreign_key="user.id", primary_key=True, ondelete="CASCADE")
    conversation_id: int = Field(foreign_key="conversation.id", primary_key=True, ondelete="CASCADE")
    last_read_message_id: int = 0


class Citation(SQLModel, table=True):
    """A numbered reference in an agent message to the exact span of a source or the quote."""

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="message.id", index=True, ondelete="CASCADE")
    number: int
    doc_kind: str = Field(max_length=16)
    doc_id: int
    passage_id: str = Field(max_length=128)
    title: str = Field(max_length=255)
    heading_path: list[str] = Field(default_factory=list, sa_column=Column(JSONColumn, nullable=False))
    start: int
    end: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_sha256: str = Field(default="", max_length=64)


class Decision(SQLModel, table=True):
    """What the agent decided for one buyer message, and the evidence it decided on (exportable for audit). At most
    one per buyer message: the database refuses a second (concurrent reply streams cannot store two replies)."""

    __table_args__ = (UniqueConstraint("buyer_message_id", name="uq_decision_buyer_message"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True, ondelete="CASCADE")
    buyer_message_id: int = Field(foreign_key="message.id")
    agent_message_id: int | None = Field(default=None, foreign_key="message.id")
    kind: DecisionKind
    reason: str = Field(max_length=500)
    confidence: float
    evidence: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONColumn, nullable=False))
    model: str = Field(default="", max_length=200)
    prompt_version: str = Field(default="", max_length=64)
    latencies_ms: dict[str, float] = Field(default_factory=dict, sa_column=Column(JSONColumn, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


def conversation_for_buyer(*, session: Session, quote_id: int, agent_id: int, buyer_key: str) -> Conversation:
    """The buyer's open conversation on this quote, started on first use: each buyer has their own."""
    statement = select(Conversation).where(
        Conversation.quote_id == quote_id,
        Conversation.buyer_key == buyer_key,
        Conversation.status != ConversationStatus.CLOSED,
    )
    conversation = session.exec(statement).first()
    if conversation is None:
        conversation = Conversation(quote_id=quote_id, agent_id=agent_id, buyer_key=buyer_key)
        session.add(conversation)
        session.flush()
    return conversation


def add_message(*, session: Session, conversation: Conversation, role: MessageRole, text: str,
                language: str = "", author_user_id: int | None = None) -> Message:
    message = Message(conversation_id=conversation.id, role=role, text=text, language=language,
                      author_user_id=author_user_id)
    conversation.updated_at = utcnow()
    session.add(conversation)
    session.add(message)
    session.flush()
    return message


def transcript(*, session: Session, conversation_id: int) -> list[Message]:
    statement = select(Message).where(Message.conversation_id == conversation_id).order_by(Message.id)
    return list(session.exec(statement))


def citations_for(*, session: Session, message_ids: list[int]) -> dict[int, list[Citation]]:
    if not message_ids:
        return {}
    statement = select(Citation).where(Citation.message_id.in_(message_ids)).order_by(Citation.number)  # type: ignore[attr-defined]
    grouped: dict[int, list[Citation]] = {}
    for citation in session.exec(statement):
        grouped.setdefault(citation.message_id, []).append(citation)
    return grouped


def notes_for(*, session: Session, conversation_id: int) -> list[ConversationNote]:
    statement = select(ConversationNote).where(ConversationNote.conversation_id == conversation_id) \
        .order_by(ConversationNote.id)  # type: ignore[arg-type]
    return list(session.exec(statement))


def unanswered_buyer_messages(*, session: Session, conversation: Conversation) -> list[int]:
    """Buyer messages the agent still owes a reply (no decision yet), oldest first: while the agent owns the
    conversation, every one of them gets a reply stream, so a question whose answer never started (the tab closed at
    the wrong moment) is answered or handed off, never silently dropped."""
    if conversation.status != ConversationStatus.AGENT:
        return []
    decided = select(Decision.buyer_message_id).where(Decision.conversation_id == conversation.id)
    statement = select(Message.id).where(
        Message.conversation_id == conversation.id, Message.role == MessageRole.BUYER,
        Message.id > conversation.agent_resumes_after,  # type: ignore[operator]
        Message.id.not_in(decided),  # type: ignore[union-attr]
    ).order_by(Message.id)  # type: ignore[arg-type]
    return [int(i) for i in session.exec(statement)]
