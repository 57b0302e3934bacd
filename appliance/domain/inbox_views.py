"""What the inbox shows: the lists a rep may take from (mine, my teams, waiting for anyone; all for super admins)
with counts, wait times and search; one conversation with its quote, transcript, citations, the agent's reason and
evidence for handing off, and internal notes; the unread badge."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from appliance.domain.accounts import Role, Team, TeamMember, User
from appliance.domain.availability import team_ids_of
from appliance.domain.conversations import (
    Citation,
    Conversation,
    ConversationNote,
    ConversationRead,
    ConversationStatus,
    Decision,
    DecisionKind,
    Message,
    MessageRole,
    citations_for,
    notes_for,
    transcript,
)
from appliance.analytics.classify import INTENT_REASONS, REASONS, handoff_reason
from appliance.domain.inbox import can_see
from appliance.domain.quotes import Quote, QuoteTotals, compute_totals, line_items

S = ConversationStatus
LISTS = ("mine", "teams", "anyone", "all")
LIST_LABELS = {"mine": "Mine", "teams": "My teams", "anyone": "Waiting for anyone", "all": "All"}
PAGE_SIZE = 100


@dataclass(frozen=True)
class Row:
    conversation: Conversation
    quote: Quote
    last_text: str
    waiting_since: datetime | None  # the buyer has waited since then for a person (None: not waiting)
    assignee: str
    team: str
    unread: bool


@dataclass
class ConversationView:
    conversation: Conversation
    quote: Quote
    messages: list[Message]
    citations: dict[int, list[Citation]]
    notes: list[ConversationNote]
    handoff: Decision | None  # the decision that handed off, with its evidence
    handoff_label: str = ""  # why, in words a rep reads (analytics.classify.REASONS)
    authors: dict[int, str] = field(default_factory=dict)
    assignee: str = ""
    team: str = ""
    reps: list[User] = field(default_factory=list)
    teams: list[Team] = field(default_factory=list)
    totals: QuoteTotals | None = None  # the quote's lines and totals, computed by code


def _list_filter(name: str, user: User, my_teams: list[int]):  # type: ignore[no-untyped-def]
    if name == "mine":
        return (Conversation.assigned_user_id == user.id) & col(Conversation.status).in_([S.WAITING, S.ASSIGNED])
    if name == "teams":
        return (Conversation.status == S.WAITING) & col(Conversation.assigned_team_id).in_(my_teams or [-1]) \
            & (Conversation.assigned_user_id.is_(None))  # type: ignore[union-attr]
    if name == "anyone":
        return (Conversation.status == S.WAITING) & Conversation.assigned_user_id.is_(None) \
            & Conversation.assigned_team_id.is_(None)  # type: ignore[union-attr]
    return Conversation.status != S.AGENT if user.role == Role.SUPER_ADMIN else (Conversation.id == -1)


def lists_for(user: User) -> tuple[str, ...]:
    return LISTS if user.role == Role.SUPER_ADMIN else LISTS[:3]


def counts(*, session: Session, user: User) -> dict[str, int]:
    my_teams = team_ids_of(session=session, user_id=int(user.id or 0))
    result = {}
    for name in lists_for(user):
        condition = _list_filter(name, user, my_teams)
        if name == "all":
            condition = condition & (Conversation.status != S.CLOSED)
        result[name] = session.exec(select(func.count()).select_from(Conversation).where(condition)).one()
    return result


def rows(*, session: Session, user: User, name: str, search: str = "", now: datetime) -> list[Row]:
    my_teams = team_ids_of(session=session, user_id=int(user.id or 0))
    statement = select(Conversation, Quote).join(Quote, Quote.id == Conversation.quote_id) \
        .where(_list_filter(name, user, my_teams))
    if search.strip():
        pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        in_messages = select(Message.conversation_id).where(col(Message.text).ilike(pattern, escape="\\"))
        statement = statement.where(or_(col(Quote.buyer_company).ilike(pattern, escape="\\"),
                                        col(Quote.number).ilike(pattern, escape="\\"),
                                        col(Quote.title).ilike(pattern, escape="\\"),
                                        col(Conversation.buyer_email).ilike(pattern, escape="\\"),
                                        col(Conversation.id).in_(in_messages)))
    found = session.exec(statement.order_by(col(Conversation.updated_at).desc()).limit(PAGE_SIZE)).all()
    return [_row(session, user, conversation, quote, now) for conversation, quote in found]


def _row(session: Session, user: User, conversation: Conversation, quote: Quote, now: datetime) -> Row:
    last = session.exec(select(Message).where(Message.conversation_id == conversation.id)
                        .order_by(col(Message.id).desc()).limit(1)).first()
    return Row(conversation=conversation, quote=quote, last_text=(last.text[:140] if last else ""),
               waiting_since=waiting_since(session=session, conversation=conversation),
               assignee=_name(session, conversation.assigned_user_id), team=_team(session, conversation),
               unread=_unread(session, user, conversation))


def waiting_since(*, session: Session, conversation: Conversation) -> datetime | None:
    """Since when the buyer has waited for a person: the handoff until the first rep reply, then the first buyer
    message after the latest rep reply."""
    if conversation.status not in (S.WAITING, S.ASSIGNED):
        return None
    last_rep = session.exec(select(func.max(Message.id)).where(Message.conversation_id == conversation.id,
                                                               Message.role == MessageRole.REP)).one()
    if last_rep is None:
        return _aware(conversation.handed_off_at or conversation.updated_at)
    first_after = session.exec(select(Message).where(Message.conversation_id == conversation.id,
                                                     Message.role == MessageRole.BUYER, Message.id > last_rep)
                               .order_by(col(Message.id)).limit(1)).first()
    return _aware(first_after.created_at) if first_after else None


def view(*, session: Session, user: User, conversation_id: int) -> ConversationView | None:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or not can_see(session=session, user=user, conversation=conversation):
        return None
    quote = session.get(Quote, conversation.quote_id)
    assert quote is not None
    messages = transcript(session=session, conversation_id=conversation_id)
    handoff = session.exec(select(Decision).where(Decision.conversation_id == conversation_id,
                                                  Decision.kind == DecisionKind.HANDOFF)
                           .order_by(col(Decision.id).desc()).limit(1)).first()
    notes = notes_for(session=session, conversation_id=conversation_id)
    author_ids = {m.author_user_id for m in messages if m.author_user_id} | {n.author_user_id for n in notes}
    authors = {uid: _name(session, uid) for uid in author_ids}
    return ConversationView(
        conversation=conversation, quote=quote, messages=messages,
        citations=citations_for(session=session, message_ids=[int(m.id or 0) for m in messages]),
        notes=notes, handoff=handoff, handoff_label=_handoff_label(handoff), authors=authors,
        assignee=_name(session, conversation.assigned_user_id),
        team=_team(session, conversation),
        reps=list(session.exec(select(User).where(User.role == Role.SALES_REP).order_by(User.name))),
        teams=list(session.exec(select(Team).order_by(Team.name))),
        totals=compute_totals(line_items(session=session, quote_id=int(quote.id or 0)), quote.currency),
    )


def mark_read(*, session: Session, user: User, conversation_id: int) -> None:
    last = session.exec(select(func.max(Message.id)).where(Message.conversation_id == conversation_id)).one() or 0
    record = session.get(ConversationRead, (user.id, conversation_id))
    if record is None:
        record = ConversationRead(user_id=int(user.id or 0), conversation_id=conversation_id)
    if record.last_read_message_id != last:
        record.last_read_message_id = int(last)
        session.add(record)
        session.commit()


def unread_count(*, session: Session, user: User) -> int:
    """Conversations in the rep's lists (mine, my teams, waiting for anyone) with a buyer message they have not
    opened since it arrived."""
    my_teams = team_ids_of(session=session, user_id=int(user.id or 0))
    visible = or_(*(_list_filter(name, user, my_teams) for name in LISTS[:3]))
    last_buyer = select(Message.conversation_id, func.max(Message.id).label("last")) \
        .where(Message.role == MessageRole.BUYER).group_by(Message.conversation_id).subquery()
    statement = select(func.count()).select_from(Conversation) \
        .join(last_buyer, last_buyer.c.conversation_id == Conversation.id) \
        .outerjoin(ConversationRead, (ConversationRead.conversation_id == Conversation.id)
                   & (ConversationRead.user_id == user.id)) \
        .where(visible, or_(ConversationRead.last_read_message_id.is_(None),  # type: ignore[union-attr]
                            ConversationRead.last_read_message_id < last_buyer.c.last))
    return int(session.exec(statement).one())


def _unread(session: Session, user: User, conversation: Conversation) -> bool:
    last = session.exec(select(func.max(Message.id)).where(Message.conversation_id == conversation.id,
                                                           Message.role == MessageRole.BUYER)).one()
    if last is None:
        return False
    record = session.get(ConversationRead, (user.id, conversation.id))
    return record is None or record.last_read_message_id < last


def team_members_of(*, session: Session, team_id: int) -> list[int]:
    return [int(u) for u in session.exec(select(TeamMember.user_id).where(TeamMember.team_id == team_id))]


def _name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.name if user else ""


def _team(session: Session, conversation: Conversation) -> str:
    if conversation.assigned_team_id is None:
        return ""
    team = session.get(Team, conversation.assigned_team_id)
    return team.name if team else ""


def wait_label(since: datetime | None, now: datetime) -> str:
    if since is None:
        return ""
    seconds = max(0, int((now - since).total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h {seconds % 3600 // 60} min"
    return f"{seconds // 86400} d"


def _aware(value: datetime | None) -> datetime | None:
    from datetime import UTC

    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value



def _handoff_label(decision: Decision | None) -> str:
    """Why the agent handed off, for the rep: the bounded reason in words, then the decision's own sentence when it
    says more (the rule that found no supporting passage, the commercial guard...)."""
    if decision is None:
        return ""
    evidence = decision.evidence or {}
    key = handoff_reason(decision.reason, evidence.get("intent"), evidence.get("cause"))
    label = REASONS[key]
    return label if key in INTENT_REASONS else f"{label}: {decision.reason}"
