"""The buyer's feedback on an answer: one click, helpful or not, changeable; stored with the answer's decision.

Only the buyer of the conversation may give it (the route looks the message up through the buyer's own
conversation), and only on an agent reply that answered (a follow-up question or a handoff message is not an
answer to judge).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from appliance import metrics
from appliance.analytics.models import AnswerFeedback
from appliance.domain.conversations import Conversation, Decision, DecisionKind, Message, MessageRole
from appliance.domain.types import utcnow


@dataclass(frozen=True)
class FeedbackState:
    message_id: int
    helpful: bool | None  # None: no feedback yet


def answer_decision(*, session: Session, conversation: Conversation | None, message_id: int) -> Decision | None:
    """The decision behind an agent answer in this conversation, or None (not theirs, not an answer)."""
    message = session.get(Message, message_id)
    if conversation is None or message is None or message.conversation_id != conversation.id \
            or message.role != MessageRole.AGENT:
        return None
    decision = session.exec(select(Decision).where(Decision.agent_message_id == message_id)).first()
    return decision if decision is not None and decision.kind == DecisionKind.ANSWER else None


def feedback_state(*, session: Session, decision: Decision) -> FeedbackState:
    stored = session.get(AnswerFeedback, decision.id)
    return FeedbackState(int(decision.agent_message_id or 0), stored.helpful if stored else None)


def record_feedback(*, session: Session, decision: Decision, helpful: bool) -> FeedbackState:
    """Set or change the buyer's verdict (in the caller's transaction); a click on the current verdict changes
    nothing. `appliance_answer_feedback_total` counts each recorded verdict, changes included."""
    stored = session.get(AnswerFeedback, decision.id)
    if stored is None:
        stored = AnswerFeedback(decision_id=int(decision.id or 0), conversation_id=decision.conversation_id,
                                helpful=helpful)
    elif stored.helpful == helpful:
        return FeedbackState(int(decision.agent_message_id or 0), helpful)
    else:
        stored.helpful = helpful
        stored.updated_at = utcnow()
    session.add(stored)
    session.flush()
    metrics.ANSWER_FEEDBACK.labels(verdict="helpful" if helpful else "not_helpful").inc()
    return FeedbackState(int(decision.agent_message_id or 0), helpful)
