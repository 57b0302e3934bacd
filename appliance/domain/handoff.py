"""Handoff routing: who takes over a conversation, and what the buyer is told.

Rules (set on the agent): assign to the quote's owner, or to chosen teams (in order). Availability
(`appliance.domain.availability`: the rep's switch, an open inbox page, the team's business hours) decides:
- the rule's target can take it (the owner is available / a chosen team is open with someone available): it waits
  for them and the buyer is told who will reply;
- quote-owner rule, owner away: the first of the owner's teams that is open with someone available;
- nobody there, but some rep is available: it waits for anyone and the buyer sees the agent's "owner or selected
  teams unavailable" message;
- no rep at all is available: it waits for the rule's target, the buyer sees the "all reps unavailable" message and
  may leave an email.
`choose` is the pure rule; `plan_handoff` loads what it needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from appliance.domain.accounts import Team, User
from appliance.domain.agents import Agent
from appliance.domain.availability import (
    available_rep_ids,
    available_team_members,
    team_ids_of,
    team_is_open,
)
from appliance.domain.quotes import Quote

LANG_CONNECTING = {
    "en": "I'm handing this over to {who}, who will reply here shortly.",
    "es": "Paso la conversación a {who}, que le responderá aquí en breve.",
    "fr": "Je transmets la conversation à {who}, qui vous répondra ici sous peu.",
    "de": "Ich übergebe das Gespräch an {who}, der/die Ihnen hier in Kürze antwortet.",
    "it": "Passo la conversazione a {who}, che le risponderà qui a breve.",
    "pt": "Passo a conversa para {who}, que lhe responderá aqui em breve.",
    "nl": "Ik geef het gesprek door aan {who}, die u hier binnenkort antwoordt.",
}


@dataclass(frozen=True)
class HandoffOutcome:
    assigned_user_id: int | None
    assigned_team_id: int | None
    buyer_message: str
    ask_email: bool
    target: str = "owner"  # metrics label: owner | team | anyone | nobody


@dataclass(frozen=True)
class RoutingFacts:
    """Everything routing looks at, as plain values."""

    rule: str  # "quote_owner" | "teams"
    owner_id: int | None
    owner_name: str
    rule_team_ids: tuple[int, ...]
    owner_team_ids: tuple[int, ...]
    team_names: dict[int, str]
    team_can_take: dict[int, bool]  # open now and someone available in it
    available_reps: frozenset[int]
    owner_unavailable_message: str
    all_unavailable_message: str
    language: str = "en"


def choose(facts: RoutingFacts) -> HandoffOutcome:
    connecting = LANG_CONNECTING.get(facts.language, LANG_CONNECTING["en"])

    def to_team(team_id: int) -> HandoffOutcome:
        return HandoffOutcome(None, team_id, connecting.format(who=f"the {facts.team_names[team_id]} team"), False,
                              "team")

    if facts.rule == "teams":
        for team_id in facts.rule_team_ids:
            if facts.team_can_take.get(team_id):
                return to_team(team_id)
        fallback_user, fallback_team = None, (facts.rule_team_ids[0] if facts.rule_team_ids else None)
    else:
        if facts.owner_id is not None and facts.owner_id in facts.available_reps:
            return HandoffOutcome(facts.owner_id, None, connecting.format(who=facts.owner_name), False, "owner")
        for team_id in facts.owner_team_ids:
            if facts.team_can_take.get(team_id):
                return to_team(team_id)
        fallback_user, fallback_team = facts.owner_id, None
    if facts.available_reps:
        return HandoffOutcome(None, None, facts.owner_unavailable_message, False, "anyone")
    return HandoffOutcome(fallback_user, fallback_team, facts.all_unavailable_message, True, "nobody")


def plan_handoff(*, session: Session, agent: Agent, quote: Quote, now: datetime, presence_timeout: timedelta,
                 language: str = "en") -> HandoffOutcome:
    """Where a handoff of a conversation on this quote goes now, and what the buyer is told (nothing is changed)."""
    available = available_rep_ids(session=session, now=now, presence_timeout=presence_timeout)
    owner = session.get(User, quote.owner_id)
    owner_teams = team_ids_of(session=session, user_id=quote.owner_id) if owner else []
    team_ids = set(agent.handoff_team_ids) | set(owner_teams)
    names, can_take = {}, {}
    for team_id in team_ids:
        team = session.get(Team, team_id)
        if team is None:
            continue
        names[team_id] = team.name
        can_take[team_id] = team_is_open(session=session, team_id=team_id, now=now) and bool(
            available_team_members(session=session, team_id=team_id, available=available))
    facts = RoutingFacts(
        rule=agent.handoff_assign_to, owner_id=owner.id if owner else None, owner_name=owner.name if owner else "",
        rule_team_ids=tuple(t for t in agent.handoff_team_ids if t in names), owner_team_ids=tuple(owner_teams),
        team_names=names, team_can_take=can_take, available_reps=frozenset(available),
        owner_unavailable_message=agent.owner_unavailable_message,
        all_unavailable_message=agent.all_unavailable_message, language=language,
    )
    return choose(facts)
