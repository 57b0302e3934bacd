"""What the buyer's quote page shows, looked up for the buyer routes: the quote behind a link, whether the agent is
live on it, the buyer's own conversation, its transcript with citations, and an exact cited passage. Buyers are
anonymous and untrusted: everything is reached through the link's token and the buyer's own key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlmodel import Session, select

from appliance.answering.quote_passages import quote_document
from appliance.domain.accounts import User
from appliance.domain.agents import Agent, the_agent
from appliance.domain.conversations import (
    Citation,
    Conversation,
    ConversationStatus,
    Decision,
    Message,
    MessageRole,
    citations_for,
    transcript,
    unanswered_buyer_messages,
)
from appliance.domain.knowledge import KnowledgeSource
from appliance.domain.quotes import Quote, line_items, quote_by_token

CONTEXT_CHARS = 500
_CITE_MARK = re.compile(r"\[(\d{1,2})\]")


@dataclass
class QuotePage:
    quote: Quote
    agent: Agent | None  # None: no live agent on this quote (no chat shown)
    owner: User | None


@dataclass
class Chat:
    conversation: Conversation | None
    messages: list[Message] = field(default_factory=list)
    citations: dict[int, list[Citation]] = field(default_factory=dict)
    pending: set[int] = field(default_factory=set)  # buyer messages whose reply the page streams
    ask_email: bool = False  # the agent said nobody is available and the buyer has not left an email yet


@dataclass(frozen=True)
class Segment:
    text: str
    citation: Citation | None = None


def quote_page(*, session: Session, token: str) -> QuotePage | None:
    quote = quote_by_token(session=session, token=token)
    if quote is None:
        return None
    agent = the_agent(session=session)
    live = agent is not None and agent.active and quote.agent_enabled
    return QuotePage(quote=quote, agent=agent if live else None, owner=session.get(User, quote.owner_id))


def buyer_conversation(*, session: Session, quote: Quote, key: str | None) -> Conversation | None:
    """The buyer's open conversation on this quote (each buyer has their own), if they have one."""
    if not key:
        return None
    return session.exec(select(Conversation).where(
        Conversation.quote_id == quote.id, Conversation.buyer_key == key,
        Conversation.status != ConversationStatus.CLOSED)).first()


def chat(*, session: Session, conversation: Conversation | None) -> Chat:
    if conversation is None:
        return Chat(conversation=None)
    messages = transcript(session=session, conversation_id=int(conversation.id or 0))
    asked_for_email = session.exec(select(Decision).where(Decision.conversation_id == conversation.id)
                                   .order_by(Decision.id.desc()).limit(1)).first()  # type: ignore[union-attr]
    return Chat(
        conversation=conversation, messages=messages,
        citations=citations_for(session=session, message_ids=[int(m.id or 0) for m in messages]),
        pending=set(unanswered_buyer_messages(session=session, conversation=conversation)),
        ask_email=bool(asked_for_email and asked_for_email.evidence.get("ask_email")) and not conversation.buyer_email,
    )


def rep_messages_after(*, session: Session, conversation: Conversation, after: int) -> list[Message]:
    """The reps' messages the buyer's page has not shown yet (it appends the ones it lacks)."""
    return list(session.exec(select(Message).where(
        Message.conversation_id == conversation.id, Message.role == MessageRole.REP,
        Message.id > after).order_by(Message.id)))  # type: ignore[arg-type, operator]


def stored_reply(*, session: Session, message_id: int) -> tuple[Message | None, list[Citation], bool]:
    """The agent message, its citations, and whether its decision asked for the buyer's email."""
    message = session.get(Message, message_id)
    decision = session.exec(select(Decision).where(Decision.agent_message_id == message_id)).first()
    conversation = session.get(Conversation, message.conversation_id) if message else None
    ask_email = bool(decision and decision.evidence.get("ask_email") and conversation
                     and not conversation.buyer_email)
    return message, citations_for(session=session, message_ids=[message_id]).get(message_id, []), ask_email


def segments(text: str, citations: list[Citation]) -> list[Segment]:
    """A message split at its [n] markers: plain text, and the citation each marker refers to (unknown markers stay
    text). The template escapes the text and turns citations into links."""
    by_number = {c.number: c for c in citations}
    parts: list[Segment] = []
    position = 0
    for match in _CITE_MARK.finditer(text):
        citation = by_number.get(int(match.group(1)))
        if citation is None:
            continue
        if match.start() > position:
            parts.append(Segment(text[position:match.start()]))
        parts.append(Segment(match.group(0), citation))
        position = match.end()
    if position < len(text):
        parts.append(Segment(text[position:]))
    return parts


@dataclass(frozen=True)
class Passage:
    citation: Citation
    before: str
    after: str
    changed: bool


def cited_passage(*, session: Session, quote: Quote, conversation: Conversation | None,
                  citation_id: int) -> Passage | None:
    """The exact cited span with its context, if the citation belongs to this buyer's conversation."""
    cited = session.get(Citation, citation_id)
    message = session.get(Message, cited.message_id) if cited else None
    if conversation is None or cited is None or message is None or message.conversation_id != conversation.id:
        return None
    full_text, current_hash = _document_text(session, cited, quote)
    changed = bool(cited.content_sha256) and current_hash != cited.content_sha256
    if full_text and not changed and full_text[cited.start:cited.end] == cited.text:
        before = full_text[max(0, cited.start - CONTEXT_CHARS):cited.start]
        after = full_text[cited.end:cited.end + CONTEXT_CHARS]
    else:
        before, after = "", ""
    return Passage(cited, before, after, changed)


def _document_text(session: Session, cited: Citation, quote: Quote) -> tuple[str, str]:
    if cited.doc_kind == "source":
        source = session.get(KnowledgeSource, cited.doc_id)
        return (source.canonical_text, source.content_sha256) if source else ("", "")
    if cited.doc_id != quote.id:
        return "", ""
    document = quote_document(quote=quote, items=line_items(session=session, quote_id=int(quote.id or 0)),
                              owner=session.get(User, quote.owner_id), agent_id=0)
    return document.text, document.sha256
