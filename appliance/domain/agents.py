"""The closing agent: identity, message defaults, handoff rules, activation; and its handoff inbox."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import field_validator, model_validator
from sqlalchemy import Column
from sqlmodel import Field, Session, SQLModel, select

from appliance.domain.types import JSONColumn, utcnow

HandoffTarget = Literal["quote_owner", "teams"]
MAX_QUICK_REPLIES = 6


def clean_quick_replies(value: list[str]) -> list[str]:
    """Quick replies trimmed, blanks dropped; at most MAX_QUICK_REPLIES, 80 characters each, no duplicates."""
    replies = [reply.strip() for reply in value if reply.strip()]
    if len(replies) > MAX_QUICK_REPLIES:
        raise ValueError(f"at most {MAX_QUICK_REPLIES} quick replies")
    if any(len(reply) > 80 for reply in replies):
        raise ValueError("a quick reply has at most 80 characters")
    if len({reply.lower() for reply in replies}) != len(replies):
        raise ValueError("each quick reply must be different")
    return replies


class Inbox(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)


class AgentBase(SQLModel):
    name: str = Field(max_length=80)
    welcome_message: str = Field(default="Hi! I can answer questions about this quote.", max_length=500)
    first_action_message: str = Field(default="Ask me anything about the quote.", max_length=500)
    handoff_assign_to: str = Field(default="quote_owner", max_length=16)
    owner_unavailable_message: str = Field(
        default="The quote owner is not available right now; a colleague will get back to you soon.", max_length=500
    )
    all_unavailable_message: str = Field(
        default="Our team is offline. Leave your email and we will get back to you.", max_length=500
    )


class AgentCreate(AgentBase):
    handoff_assign_to: HandoffTarget = "quote_owner"
    quick_replies: list[str] = []
    handoff_team_ids: list[int] = []
    inbox_id: int

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("the agent needs a name")
        return value

    _quick_replies = field_validator("quick_replies")(clean_quick_replies)

    @model_validator(mode="after")
    def _teams_when_needed(self) -> AgentCreate:
        if self.handoff_assign_to == "teams" and not self.handoff_team_ids:
            raise ValueError("choose at least one team when handing off to teams")
        return self


class Agent(AgentBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    quick_replies: list[str] = Field(default_factory=list, sa_column=Column(JSONColumn, nullable=False))
    handoff_team_ids: list[int] = Field(default_factory=list, sa_column=Column(JSONColumn, nullable=False))
    inbox_id: int = Field(foreign_key="inbox.id")
    avatar_path: str | None = Field(default=None, max_length=255)
    active: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


def ensure_inbox(*, session: Session, name: str) -> Inbox:
    inbox = session.exec(select(Inbox).where(Inbox.name == name)).first()
    if inbox is None:
        inbox = Inbox(name=name)
        session.add(inbox)
        session.flush()
    return inbox


def create_agent(*, session: Session, data: AgentCreate) -> Agent:
    agent = Agent.model_validate(data.model_dump())
    session.add(agent)
    session.flush()
    return agent


def set_active(*, session: Session, agent: Agent, active: bool) -> Agent:
    agent.active = active
    agent.updated_at = utcnow()
    session.add(agent)
    session.flush()
    return agent


def the_agent(*, session: Session) -> Agent | None:
    """The install's closing agent (one per install), or None before the wizard has run."""
    return session.exec(select(Agent).order_by(Agent.id)).first()
