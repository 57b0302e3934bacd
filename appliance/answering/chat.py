"""Posting a buyer message and getting the agent's reply: the one path the buyer chat, the CLI and the evaluation
harness all use.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from appliance.answering.pipeline import AnswerPipeline, ReplyDone, TextDelta
from appliance.db import session_scope
from appliance.domain.conversations import (
    Citation,
    Conversation,
    ConversationStatus,
    Decision,
    MessageRole,
    add_message,
    conversation_for_buyer,
)


class MessageRejected(ValueError):
    """The buyer's message cannot be accepted; the message says why, for the buyer."""


def clean_buyer_text(text: str, *, max_chars: int) -> str:
    """Normalised text of a buyer message, or MessageRejected (empty, too long). Control characters are dropped."""
    cleaned = unicodedata.normalize("NFC", text or "")
    cleaned = "".join(ch for ch in cleaned if ch in "\n\t" or unicodedata.category(ch)[0] != "C").strip()
    if not cleaned:
        raise MessageRejected("Please type a question first.")
    if len(cleaned) > max_chars:
        raise MessageRejected(f"That message is too long: please keep it under {max_chars} characters.")
    return cleaned


def buyer_key(cookie_value: str, quote_id: int) -> str:
    return hashlib.sha256(f"{quote_id}:{cookie_value}".encode()).hexdigest()


def post_buyer_message(engine: Engine, *, quote_id: int, agent_id: int, key: str, text: str) -> tuple[int, int]:
    """Persist the buyer's message first (nothing is lost if the answer fails); returns (conversation, message) ids."""
    with session_scope(engine) as session:
        conversation = conversation_for_buyer(session=session, quote_id=quote_id, agent_id=agent_id, buyer_key=key)
        message = add_message(session=session, conversation=conversation, role=MessageRole.BUYER, text=text)
        return int(conversation.id or 0), int(message.id or 0)


@dataclass
class AskResult:
    text: str
    decision: str
    message_id: int | None
    conversation_id: int
    latencies_ms: dict[str, float] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
    evidence: dict = field(default_factory=dict)  # type: ignore[type-arg]
    confidence: float = 0.0


async def ask(engine: Engine, pipeline: AnswerPipeline, *, quote_id: int, agent_id: int, key: str, text: str,
              max_chars: int, preview: bool = False) -> AskResult:
    """Post a question and collect the whole reply (for the CLI, the evaluation harness and the test panel, which
    asks in ``preview``: the current configuration answers even while the agent is inactive)."""
    question = clean_buyer_text(text, max_chars=max_chars)
    conversation_id, message_id = post_buyer_message(engine, quote_id=quote_id, agent_id=agent_id, key=key,
                                                     text=question)
    parts: list[str] = []
    done: ReplyDone | None = None
    async for event in pipeline.reply(conversation_id=conversation_id, buyer_message_id=message_id, preview=preview):
        if isinstance(event, TextDelta):
            parts.append(event.text)
        else:
            done = event
    result = AskResult(text="".join(parts), decision=done.decision if done else "silent",
                       message_id=done.message_id if done else None, conversation_id=conversation_id)
    with Session(engine) as session:
        decision = session.exec(select(Decision).where(Decision.buyer_message_id == message_id)).first()
        if decision is not None:
            result.latencies_ms = dict(decision.latencies_ms)
            result.evidence = dict(decision.evidence)
            result.confidence = decision.confidence
        if result.message_id:
            result.citations = list(session.exec(select(Citation).where(Citation.message_id == result.message_id)))
    return result


def close_conversation(engine: Engine, conversation_id: int) -> None:
    with session_scope(engine) as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is not None:
            conversation.status = ConversationStatus.CLOSED
            session.add(conversation)
