"""Buyer conversations on a quote: messages, citations and the recorded decision with its evidence."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Text
from sqlmodel import Field, Session, SQLModel, select

from appliance.domain.types import JSONColumn, utcnow


class ConversationStatus(StrEnum):
    AGENT = "agent"  # the agent answers
    HANDOFF = "handoff"  # waiting for / handled by a human; the agent stays silent
    CLOSED = "closed"


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
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Message(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True, ondelete="CASCADE")
    role: MessageRole
    text: str = Field(sa_column=Column(Text, nullable=False))
    language: str = Field(default="", max_length=8)
    created_at: datetime = Field(default_factory=utcnow)


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
    """What the agent decided for one buyer message, and the evidence it decided on (exportable for audit)."""

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
                language: str = "") -> Message:
    message = Message(conversation_id=conversation.id, role=role, text=text, language=language)
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
