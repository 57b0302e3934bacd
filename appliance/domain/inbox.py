"""The conversation service: every change of who owns a conversation, and what a rep does in the inbox.

Transitions (see `conversations.ConversationStatus`):
    agent ──handoff──▶ waiting ──claim──▶ assigned ──close──▶ closed
      ▲                  │  ▲               │  │
      └────hand back─────┴──┼───────────────┘  └─reassign to a rep (stays assigned) / to a team (waiting)
                            └──reassign to a team
Every transition is one conditional UPDATE (``WHERE status IN (...)``): of two reps claiming at once exactly one
row update succeeds, and the agent's reply is stored only while the agent still owns the conversation
(`agent_may_reply`, called in the transaction that stores the reply). Notifications are queued in the same
transaction (outbox); live events are published after the commit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from appliance import metrics
from appliance.db import session_scope
from appliance.domain.accounts import Role, Team, TeamMember, User
from appliance.domain.availability import RepPresence, set_available, team_ids_of, touch_presence
from appliance.domain.conversations import (
    Conversation,
    ConversationNote,
    ConversationStatus,
    Message,
    MessageRole,
    add_message,
    conversation_for_buyer,
)
from appliance.domain.handoff import HandoffOutcome
from appliance.domain.quotes import Quote
from appliance.domain.types import utcnow
from appliance.live.contracts import INBOX_CHANNEL, Broker, conversation_channel
from appliance.notify.outbox import enqueue
from appliance.analytics.classify import handoff_reason
from appliance.analytics.digest import digest_for_email

S = ConversationStatus
MAX_REP_TEXT = 5000


class InboxError(Exception):
    """A rep's action that cannot be done; the message says why, for the rep."""


class ClaimLost(InboxError):
    """Someone else claimed the conversation first; ``holder`` names them ("" when unknown)."""

    def __init__(self, message: str, holder: str = "") -> None:
        super().__init__(message)
        self.holder = holder


@dataclass(frozen=True)
class BuyerPost:
    conversation_id: int
    message_id: int
    agent_answers: bool  # False: a person has the conversation (or it waits for one); the agent stays silent


# --- inside the answer path's transaction ------------------------------------------------------------------------

def agent_may_reply(*, session: Session, conversation_id: int, buyer_message_id: int) -> bool:
    """True when the agent still owns the conversation and this buyer message came after any hand-back. The UPDATE
    takes the row (PostgreSQL) or the database (SQLite) lock until the caller's commit, so a concurrent claim waits
    and sees the stored reply."""
    result = session.execute(
        update(Conversation).where(Conversation.id == conversation_id, Conversation.status == S.AGENT,
                                   Conversation.agent_resumes_after < buyer_message_id)
        .values(updated_at=utcnow()))
    return result.rowcount == 1  # type: ignore[attr-defined]


def record_handoff(*, session: Session, conversation_id: int, outcome: HandoffOutcome, reason: str,
                   label: str | None = None, public_url: str = "", notify: bool = True) -> bool:
    """agent → waiting, for the target routing chose; queues the reps' emails. False if the agent no longer owned
    the conversation (nothing changed). ``label``: the bounded reason (analytics.classify.REASONS key) for the
    metric; classified from the reason sentence when not given."""
    now = utcnow()
    result = session.execute(
        update(Conversation).where(Conversation.id == conversation_id, Conversation.status == S.AGENT)
        .values(status=S.WAITING, assigned_user_id=outcome.assigned_user_id,
                assigned_team_id=outcome.assigned_team_id, handoff_reason=reason[:500], handed_off_at=now,
                first_human_reply_at=None, updated_at=now))
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    metrics.HANDOFFS_ROUTED.labels(reason=label or handoff_reason(reason, None), target=outcome.target).inc()
    if notify:
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None
        quote = session.get(Quote, conversation.quote_id)
        for rep in _reps_to_tell(session, conversation):
            enqueue(session=session, to=rep.email,
                    subject=f"Handoff: {quote.buyer_company if quote else 'a buyer'} needs a person",
                    body=(f"A buyer on quote {quote.number if quote else ''} was handed over to you"
                          f"{' (your team)' if conversation.assigned_team_id else ''}.\n\nWhy: {reason}\n\n"
                          f"Open it in the inbox: {public_url}/inbox/c/{conversation_id}\n"
                          + digest_for_email(session=session, quote_id=conversation.quote_id)))
    return True


def _reps_to_tell(session: Session, conversation: Conversation) -> list[User]:
    if conversation.assigned_user_id is not None:
        user = session.get(User, conversation.assigned_user_id)
        return [user] if user else []
    if conversation.assigned_team_id is not None:
        return list(session.exec(select(User).join(TeamMember, TeamMember.user_id == User.id)
                                 .where(TeamMember.team_id == conversation.assigned_team_id)))
    return list(session.exec(select(User).where(User.role == Role.SALES_REP)))


# --- the service --------------------------------------------------------------------------------------------------

class ConversationService:
    def __init__(self, *, engine: Engine, broker: Broker, public_url: str = "", notify_reps: bool = True,
                 presence_timeout: timedelta = timedelta(minutes=3),
                 on_outbox: Callable[[], None] | None = None) -> None:
        self._engine = engine
        self._broker = broker
        self._public_url = public_url
        self._notify_reps = notify_reps
        self.presence_timeout = presence_timeout
        self._on_outbox = on_outbox or (lambda: None)

    # buyer side

    def post_buyer_message(self, *, quote_id: int, agent_id: int, key: str, text: str) -> BuyerPost:
        """Persist the buyer's message first (nothing is lost if answering fails). While people have the
        conversation, the reps see it live and the rep holding it gets an email for the first of a burst."""
        emailed = False
        with session_scope(self._engine) as session:
            conversation = conversation_for_buyer(session=session, quote_id=quote_id, agent_id=agent_id,
                                                  buyer_key=key)
            previous = session.exec(select(Message).where(Message.conversation_id == conversation.id)
                                    .order_by(Message.id.desc()).limit(1)).first()  # type: ignore[union-attr]
            message = add_message(session=session, conversation=conversation, role=MessageRole.BUYER, text=text)
            agent_answers = conversation.status == S.AGENT
            if (self._notify_reps and conversation.status == S.ASSIGNED and conversation.assigned_user_id
                    and (previous is None or previous.role != MessageRole.BUYER)):
                rep = session.get(User, conversation.assigned_user_id)
                quote = session.get(Quote, quote_id)
                if rep is not None:
                    enqueue(session=session, to=rep.email,
                            subject=f"New message from {quote.buyer_company if quote else 'a buyer'}",
                            body=f"{text}\n\nReply in the inbox: {self._public_url}/inbox/c/{conversation.id}\n")
                    emailed = True
            ids = int(conversation.id or 0), int(message.id or 0)
        self._announce(ids[0], "message")
        if emailed:
            self._on_outbox()
        return BuyerPost(ids[0], ids[1], agent_answers)

    def agent_replied(self, conversation_id: int) -> None:
        """After the answer path stored a reply (or a handoff): reps' views and lists refresh."""
        self._announce(conversation_id, "message")
        self._on_outbox()

    def leave_email(self, *, conversation_id: int, email: str) -> bool:
        """Store the buyer's email once (a conditional UPDATE); False when one was already left."""
        with session_scope(self._engine) as session:
            result = session.execute(update(Conversation).where(Conversation.id == conversation_id,
                                                                Conversation.buyer_email.is_(None))  # type: ignore[union-attr]
                                     .values(buyer_email=email, updated_at=utcnow()))
            stored = result.rowcount == 1  # type: ignore[attr-defined]
        if stored:
            self._announce(conversation_id, "status")
        return stored

    # rep side

    def claim(self, *, conversation_id: int, user: User) -> None:
        """Take the conversation: exactly one of several reps claiming at once wins; the others get ClaimLost."""
        with session_scope(self._engine) as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is not None and conversation.status == S.ASSIGNED \
                    and not can_see(session=session, user=user, conversation=conversation):
                # Lost the race for a conversation that was waiting for anyone: it left this rep's lists just now.
                holder = self._holder_name(conversation_id)
                raise ClaimLost(f"{holder or 'Someone'} has already taken this conversation.", holder)
            conversation = self._visible(session, conversation_id, user)
            if conversation.status == S.ASSIGNED and conversation.assigned_user_id == user.id:
                return
            result = session.execute(
                update(Conversation).where(Conversation.id == conversation_id,
                                           Conversation.status.in_([S.AGENT, S.WAITING]))  # type: ignore[attr-defined]
                .values(status=S.ASSIGNED, assigned_user_id=user.id, updated_at=utcnow(),
                        handed_off_at=func.coalesce(Conversation.handed_off_at, utcnow())))
            if result.rowcount != 1:  # type: ignore[attr-defined]
                session.rollback()
                holder = self._holder_name(conversation_id)
                raise ClaimLost(f"{holder} has already taken this conversation." if holder
                                else "This conversation can no longer be claimed.", holder)
        self._announce(conversation_id, "status")

    def reply(self, *, conversation_id: int, user: User, text: str) -> Message:
        """A rep's reply: the buyer sees it live, and by email if they left one."""
        text = _clean(text)
        emailed = False
        with session_scope(self._engine) as session:
            conversation = self._held(session, conversation_id, user)
            message = add_message(session=session, conversation=conversation, role=MessageRole.REP, text=text,
                                  author_user_id=user.id)
            if conversation.first_human_reply_at is None:
                now = utcnow()
                conversation.first_human_reply_at = now
                if conversation.handed_off_at is not None:
                    metrics.HANDOFF_FIRST_REPLY_SECONDS.observe(
                        max(0.0, (now - _aware(conversation.handed_off_at)).total_seconds()))
                session.add(conversation)
            if conversation.buyer_email:
                quote = session.get(Quote, conversation.quote_id)
                link = f"{self._public_url}/q/{quote.public_token}" if quote and quote.public_token else ""
                enqueue(session=session, to=conversation.buyer_email,
                        subject=f"Re: your question about quote {quote.number if quote else ''}",
                        body=f"{user.name} replied:\n\n{text}\n\nContinue the conversation: {link}\n")
                emailed = True
            session.flush()
            session.expunge(message)
        self._announce(conversation_id, "message")
        if emailed:
            self._on_outbox()
        return message

    def add_note(self, *, conversation_id: int, user: User, text: str) -> None:
        with session_scope(self._engine) as session:
            self._visible(session, conversation_id, user)
            session.add(ConversationNote(conversation_id=conversation_id, author_user_id=int(user.id or 0),
                                         text=_clean(text)))
        self._broker.publish(INBOX_CHANNEL, "note")
        self._broker.publish(conversation_channel(conversation_id), "note")

    def reassign(self, *, conversation_id: int, user: User, to_user_id: int | None = None,
                 to_team_id: int | None = None) -> None:
        """To a rep (they hold it now) or to a team (it waits for that team)."""
        if (to_user_id is None) == (to_team_id is None):
            raise InboxError("Choose a rep or a team.")
        with session_scope(self._engine) as session:
            conversation = self._visible(session, conversation_id, user)
            if conversation.status == S.CLOSED:
                raise InboxError("This conversation is closed.")
            if conversation.status == S.ASSIGNED and conversation.assigned_user_id != user.id \
                    and user.role != Role.SUPER_ADMIN:
                raise InboxError("Only the rep who has this conversation, or an admin, can reassign it.")
            if to_user_id is not None:
                target = session.get(User, to_user_id)
                if target is None or target.role != Role.SALES_REP:
                    raise InboxError("Choose a sales rep.")
                values = {"status": S.ASSIGNED, "assigned_user_id": to_user_id, "assigned_team_id": None}
            else:
                if session.get(Team, to_team_id) is None:
                    raise InboxError("Choose a team.")
                values = {"status": S.WAITING, "assigned_user_id": None, "assigned_team_id": to_team_id}
            session.execute(update(Conversation).where(Conversation.id == conversation_id,
                                                       Conversation.status == conversation.status)
                            .values(updated_at=utcnow(), **values))
            conversation = session.get(Conversation, conversation_id)
            session.refresh(conversation)
            if self._notify_reps:
                for rep in _reps_to_tell(session, conversation):
                    if rep.id != user.id:
                        enqueue(session=session, to=rep.email, subject="A conversation was passed to you",
                                body=f"{user.name} passed you a conversation: "
                                     f"{self._public_url}/inbox/c/{conversation_id}\n")
        self._announce(conversation_id, "status")
        self._on_outbox()

    def close(self, *, conversation_id: int, user: User) -> None:
        self._move(conversation_id, user, S.CLOSED)

    def hand_back(self, *, conversation_id: int, user: User) -> None:
        """Back to the agent, which answers only buyer messages that come after this moment."""
        self._move(conversation_id, user, S.AGENT)

    def _move(self, conversation_id: int, user: User, to: ConversationStatus) -> None:
        with session_scope(self._engine) as session:
            conversation = self._visible(session, conversation_id, user)
            if conversation.status in (S.CLOSED, S.AGENT):
                raise InboxError("A person does not have this conversation.")
            if conversation.status == S.ASSIGNED and conversation.assigned_user_id != user.id \
                    and user.role != Role.SUPER_ADMIN:
                raise InboxError("Only the rep who has this conversation, or an admin, can do that.")
            last = session.exec(select(func.max(Message.id)).where(Message.conversation_id == conversation_id)).one()
            result = session.execute(
                update(Conversation).where(Conversation.id == conversation_id,
                                           Conversation.status == conversation.status)
                .values(status=to, updated_at=utcnow(), agent_resumes_after=int(last or 0)))
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise InboxError("Someone changed this conversation at the same time; look again.")
        self._announce(conversation_id, "status")

    # availability

    def set_available(self, *, user: User, available: bool) -> None:
        with session_scope(self._engine) as session:
            record = session.get(User, user.id)
            assert record is not None
            set_available(session=session, user=record, available=available)
            touch_presence(session=session, user_id=int(user.id or 0))
        self._broker.publish(INBOX_CHANNEL, "presence")

    def touch_presence(self, user_id: int) -> None:
        with session_scope(self._engine) as session:
            touch_presence(session=session, user_id=user_id)

    def is_present(self, user_id: int, now: datetime | None = None) -> bool:
        with Session(self._engine) as session:
            presence = session.get(RepPresence, user_id)
        return presence is not None and (now or utcnow()) - _aware(presence.last_seen_at) <= self.presence_timeout

    # helpers

    def _announce(self, conversation_id: int, kind: str) -> None:
        self._broker.publish(conversation_channel(conversation_id), kind)
        self._broker.publish(INBOX_CHANNEL, kind)
        self.refresh_gauges()

    def refresh_gauges(self) -> None:
        """The waiting-conversations gauge from the database (at start, and after every change)."""
        with Session(self._engine) as session:
            metrics.CONVERSATIONS_WAITING.set(session.exec(
                select(func.count()).select_from(Conversation).where(Conversation.status == S.WAITING)).one())

    def _visible(self, session: Session, conversation_id: int, user: User) -> Conversation:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None or not can_see(session=session, user=user, conversation=conversation):
            raise LookupError("no such conversation")
        return conversation

    def _held(self, session: Session, conversation_id: int, user: User) -> Conversation:
        conversation = self._visible(session, conversation_id, user)
        if conversation.status != S.ASSIGNED or conversation.assigned_user_id != user.id:
            raise InboxError("Claim the conversation before replying.")
        return conversation

    def _holder_name(self, conversation_id: int) -> str:
        with Session(self._engine) as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is None or conversation.status != S.ASSIGNED or conversation.assigned_user_id is None:
                return ""
            holder = session.get(User, conversation.assigned_user_id)
            return holder.name if holder else ""


def can_see(*, session: Session, user: User, conversation: Conversation) -> bool:
    """Super admins see every conversation; a rep those assigned or waiting for them, their teams or anyone, and
    those on quotes they own."""
    if user.role == Role.SUPER_ADMIN:
        return True
    if conversation.assigned_user_id == user.id:
        return True
    if conversation.status == S.WAITING and conversation.assigned_user_id is None and (
            conversation.assigned_team_id is None
            or conversation.assigned_team_id in team_ids_of(session=session, user_id=int(user.id or 0))):
        return True
    quote = session.get(Quote, conversation.quote_id)
    return quote is not None and quote.owner_id == user.id


def _clean(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InboxError("Write something first.")
    if len(text) > MAX_REP_TEXT:
        raise InboxError(f"Please keep it under {MAX_REP_TEXT} characters.")
    return text


def _aware(value: datetime) -> datetime:
    from datetime import UTC

    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
