"""The insight tables: the buyer's feedback on an answer, the article written from a content gap, and the settled
outcome of each agent reply (what the Prometheus counters count, once)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from appliance.domain.types import JSONColumn, utcnow


class AnswerFeedback(SQLModel, table=True):
    """The buyer's one-click verdict on one agent reply, stored with its decision (one per decision; changeable)."""


    decision_id: int = Field(foreign_key="decision.id", primary_key=True, ondelete="CASCADE")
    conversation_id: int = Field(foreign_key="conversation.id", index=True, ondelete="CASCADE")
    helpful: bool
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class GapArticle(SQLModel, table=True):
    """A knowledge-base article written from a content gap: which buyer questions it was written for, so the gap
    report shows the group as covered once later questions are answered from the article's source."""


    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="knowledgearticle.id", index=True, ondelete="CASCADE")
    buyer_message_ids: list[int] = Field(default_factory=list, sa_column=Column(JSONColumn, nullable=False))
    question: str = Field(sa_column=Column(Text, nullable=False))
    created_by: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class DecisionOutcome(SQLModel, table=True):
    """How an agent reply ended, settled once its window has passed (see `outcomes.settle`): the counters
    `appliance_resolutions_total` and `appliance_gap_questions_total` count each decision exactly once, here."""


    decision_id: int = Field(foreign_key="decision.id", primary_key=True, ondelete="CASCADE")
    resolution: str = Field(max_length=16, description="confirmed | assumed | unresolved | none (not an answer)")
    gap: bool = False
    settled_at: datetime = Field(default_factory=utcnow)
