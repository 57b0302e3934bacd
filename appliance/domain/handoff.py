"""Handoff routing: who takes over a conversation, and what the buyer is told.

Rules (set on the agent): assign to the quote's owner, or to chosen teams. When that target has nobody available,
the buyer sees the agent's "owner or selected teams unavailable" message and the conversation waits in the inbox
for anyone; when no rep at all is available, the "all reps unavailable" message, and the buyer may leave an email.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from appliance.domain.accounts import Role, Team, User, team_members
from appliance.domain.agents import Agent
from appliance.domain.conversations import Conversation, ConversationStatus
from appliance.domain.quotes import Quote
from appliance.domain.types import utcnow

LANG_CONNECTING = {
    "en": "I'm handing this over to {who}, who will reply here shortly.",
    "es": "Paso la conversación a {who}, que le responderá aquí en breve.",
    "fr": "Je transmets la conversation à {who}, qui vous répondra ici sous peu.",
    "de": "Ich übergebe das Gespräch an {who}, der/die Ihnen hier in Kürze antwortet.",
}


@dataclass(frozen=True)
class HandoffOutcome:
    assigned_user_id: int | None
    assigned_team_id: int | None
    buyer_message: str
    ask_email: bool


def route_handoff(*, session: Session, conversation: Conversation, agent: Agent, quote: Quote,
                  language: str = "en") -> HandoffOutcome:
    """Assign the conversation by the agent's rules and mark it handed off (the agent stays silent from now on)."""
    outcome = _choose(session=session, agent=agent, quote=quote, language=language)
    conversation.status = ConversationStatus.HANDOFF
    conversation.assigned_user_id = outcome.assigned_user_id
    conversation.assigned_team_id = outcome.assigned_team_id
    conversation.updated_at = utcnow()
    session.add(conversation)
    session.flush()
    return outcome


def _choose(*, session: Session, agent: Agent, quote: Quote, language: str) -> HandoffOutcome:
    connecting = LANG_CONNECTING.get(language, LANG_CONNECTING["en"])
    if agent.handoff_assign_to == "teams":
        for team_id in agent.handoff_team_ids:
            team = session.get(Team, team_id)
            if team and any(member.available for member in team_members(session=session, team_id=team_id)):
                return HandoffOutcome(None, team_id, connecting.format(who=f"the {team.name} team"), False)
        first_team = agent.handoff_team_ids[0] if agent.handoff_team_ids else None
        return _unavailable(session=session, agent=agent, team_id=first_team, user_id=None)
    owner = session.get(User, quote.owner_id)
    if owner is not None and owner.available:
        return HandoffOutcome(owner.id, None, connecting.format(who=owner.name), False)
    return _unavailable(session=session, agent=agent, team_id=None, user_id=quote.owner_id)


def _unavailable(*, session: Session, agent: Agent, team_id: int | None, user_id: int | None) -> HandoffOutcome:
    anyone = session.exec(select(User).where(User.available == True, User.role == Role.SALES_REP)).first()  # noqa: E712
    if anyone is None:
        return HandoffOutcome(user_id, team_id, agent.all_unavailable_message, True)
    return HandoffOutcome(user_id, team_id, agent.owner_unavailable_message, False)
