"""The agent's settings forms: handoff rules and message defaults, validated before anything is saved."""

from __future__ import annotations

from pydantic import BaseModel, Field, ValidationInfo, field_validator
from sqlmodel import Session, select

from appliance.domain.accounts import Team
from appliance.domain.agents import Agent, HandoffTarget, clean_quick_replies
from appliance.domain.types import utcnow


def _required_message(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("this message is required")
    return value


class HandoffRulesUpdate(BaseModel):
    """Who gets a handed-off conversation, and what the buyer reads when nobody can take it."""

    assign_to: HandoffTarget
    team_ids: list[int] = []
    owner_unavailable_message: str = Field(max_length=500)
    all_unavailable_message: str = Field(max_length=500)

    _messages = field_validator("owner_unavailable_message", "all_unavailable_message")(_required_message)

    @field_validator("team_ids")
    @classmethod
    def _teams_when_needed(cls, value: list[int], info: ValidationInfo) -> list[int]:
        """Checked as a field (not the whole model), so its message shows even when a message field is bad too."""
        assign_to = info.data.get("assign_to")
        if assign_to == "teams" and not value:
            raise ValueError("choose at least one team when handing off to teams")
        return list(dict.fromkeys(value)) if assign_to == "teams" else []


class MessageDefaultsUpdate(BaseModel):
    """The buyer chat's opening: welcome message, first-action message and the clickable quick replies."""

    welcome_message: str = Field(max_length=500)
    first_action_message: str = Field(max_length=500)
    quick_replies: list[str] = []

    _messages = field_validator("welcome_message", "first_action_message")(_required_message)

    _quick_replies = field_validator("quick_replies")(clean_quick_replies)


class UnknownTeam(ValueError):
    pass


def update_handoff_rules(*, session: Session, agent: Agent, data: HandoffRulesUpdate) -> Agent:
    """Save the rules; every chosen team must exist (else UnknownTeam, nothing saved)."""
    known = set(session.exec(select(Team.id).where(Team.id.in_(data.team_ids)))) if data.team_ids else set()  # type: ignore[union-attr]
    missing = set(data.team_ids) - known
    if missing:
        raise UnknownTeam(f"no team with id {', '.join(map(str, sorted(missing)))}")
    agent.handoff_assign_to = data.assign_to
    agent.handoff_team_ids = list(dict.fromkeys(data.team_ids))
    agent.owner_unavailable_message = data.owner_unavailable_message
    agent.all_unavailable_message = data.all_unavailable_message
    agent.updated_at = utcnow()
    session.add(agent)
    session.flush()
    return agent


def update_message_defaults(*, session: Session, agent: Agent, data: MessageDefaultsUpdate) -> Agent:
    agent.welcome_message = data.welcome_message
    agent.first_action_message = data.first_action_message
    agent.quick_replies = list(data.quick_replies)
    agent.updated_at = utcnow()
    session.add(agent)
    session.flush()
    return agent


def field_errors(error: Exception) -> dict[str, str]:
    """A pydantic ValidationError as {field: message}; model-level errors go under the key ``"form"``."""
    from pydantic import ValidationError

    if not isinstance(error, ValidationError):
        return {"form": str(error)}
    errors: dict[str, str] = {}
    for item in error.errors():
        field = str(item["loc"][0]) if item["loc"] else "form"
        message = item["msg"].removeprefix("Value error, ")
        errors.setdefault(field, message[0].upper() + message[1:] if message else message)
    return errors
