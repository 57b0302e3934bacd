"""The buyer's quote page: the quote, and the chat with the agent (HTMX + SSE). Buyers are anonymous and untrusted:
everything is looked up through the link's token and the buyer's own signed cookie, and a bad token is a plain 404.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session, select
from sse_starlette.sse import EventSourceResponse

from appliance.answering.chat import MessageRejected, buyer_key, clean_buyer_text, post_buyer_message
from appliance.answering.pipeline import ReplyDone, TextDelta
from appliance.answering.quote_passages import quote_document
from appliance.domain.accounts import EMAIL_RE, User
from appliance.domain.agents import Agent
from appliance.domain.conversations import (
    Citation,
    Conversation,
    ConversationStatus,
    Decision,
    Message,
    MessageRole,
    citations_for,
    transcript,
)
from appliance.domain.knowledge import KnowledgeSource
from appliance.domain.quotes import Quote, compute_totals, line_items, quote_by_token
from appliance.inference.contracts import GenerationError
from appliance.web.security import buyer_csrf, buyer_id, check_buyer_csrf, ensure_buyer_id
from appliance.web.templating import templates

router = APIRouter(prefix="/q")
CONTEXT_CHARS = 500
_CITE_MARK = re.compile(r"\[(\d{1,2})\]")


@dataclass
class _Page:
    quote: Quote
    agent: Agent | None  # None: no active agent on this quote (no chat shown)


def _load(session: Session, token: str) -> _Page:
    quote = quote_by_token(session=session, token=token)
    if quote is None:
        raise HTTPException(404)
    agent = session.exec(select(Agent).order_by(Agent.id)).first()
    live = agent is not None and agent.active and quote.agent_enabled
    return _Page(quote=quote, agent=agent if live else None)


def _engine(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.container.engine


def _conversation(session: Session, quote: Quote, buyer: str | None) -> Conversation | None:
    if not buyer:
        return None
    key = buyer_key(buyer, int(quote.id or 0))
    return session.exec(
        select(Conversation).where(Conversation.quote_id == quote.id, Conversation.buyer_key == key,
                                   Conversation.status != ConversationStatus.CLOSED)
    ).first()


def render_body(text: str, citations: list[Citation], token: str) -> str:
    """Message text, HTML-escaped, with [n] markers turned into links that open the cited passage."""
    by_number = {c.number: c for c in citations}

    def link(match: re.Match[str]) -> str:
        citation = by_number.get(int(match.group(1)))
        if citation is None:
            return match.group(0)
        return (f'<a class="cite" href="/q/{token}/citations/{citation.id}" hx-get="/q/{token}/citations/{citation.id}" '
                f'hx-target="#passage" hx-swap="innerHTML" title="{html.escape(citation.title)}">'
                f"[{citation.number}]</a>")

    return _CITE_MARK.sub(link, html.escape(text))


@router.get("/{token}", response_class=HTMLResponse)
def quote_page(request: Request, token: str) -> Response:
    with Session(_engine(request)) as session:
        page = _load(session, token)
        items = line_items(session=session, quote_id=int(page.quote.id or 0))
        totals = compute_totals(items, page.quote.currency)
        owner = session.get(User, page.quote.owner_id)
        cookie_carrier = Response()
        buyer = ensure_buyer_id(request, cookie_carrier)
        conversation = _conversation(session, page.quote, buyer)
        messages = transcript(session=session, conversation_id=int(conversation.id)) if conversation else []
        cites = citations_for(session=session, message_ids=[int(m.id or 0) for m in messages])
        pending = _unanswered(session, conversation, messages)
        context = {
            "quote": page.quote, "agent": page.agent, "totals": totals, "owner": owner, "token": token,
            "messages": messages, "citations": cites, "render_body": render_body, "pending": pending,
            "csrf": buyer_csrf(request, buyer), "conversation": conversation,
            "max_chars": request.app.state.settings.answering.max_message_chars,
        }
        page_response = templates.TemplateResponse(request, "buyer/quote.html", context)
        for header, value in cookie_carrier.headers.items():
            if header.lower() == "set-cookie":
                page_response.headers.append("set-cookie", value)
        page_response.headers["Cache-Control"] = "no-store"
        return page_response


def _unanswered(session: Session, conversation: Conversation | None, messages: list[Message]) -> int | None:
    """The last buyer message still waiting for the agent (its reply was interrupted), if any."""
    if conversation is None or conversation.status != ConversationStatus.AGENT or not messages:
        return None
    last = messages[-1]
    if last.role != MessageRole.BUYER:
        return None
    decided = session.exec(select(Decision).where(Decision.buyer_message_id == last.id)).first()
    return None if decided else last.id


@router.post("/{token}/messages", response_class=HTMLResponse)
def post_message(request: Request, token: str, text: str = Form("")) -> Response:
    with Session(_engine(request)) as session:
        page = _load(session, token)
        buyer = buyer_id(request)
        if buyer is None:
            raise HTTPException(403, "cookies are required to chat; reload the page")
        check_buyer_csrf(request, buyer)
        if page.agent is None:  # the agent was deactivated while this page was open: end the chat politely
            owner = session.get(User, page.quote.owner_id)
            contact = f" Please contact {owner.name} directly." if owner else ""
            return templates.TemplateResponse(
                request, "buyer/quote.html", {"error": f"The assistant is no longer available on this quote.{contact}"},
                block_name="chat_error", headers={"HX-Retarget": "#chat-error", "HX-Reswap": "innerHTML"},
            )
        quote_id, agent_id = int(page.quote.id or 0), int(page.agent.id or 0)
    try:
        question = clean_buyer_text(text, max_chars=request.app.state.settings.answering.max_message_chars)
    except MessageRejected as rejected:
        return templates.TemplateResponse(
            request, "buyer/quote.html", {"error": str(rejected)}, block_name="chat_error",
            headers={"HX-Retarget": "#chat-error", "HX-Reswap": "innerHTML"},
        )
    conversation_id, message_id = post_buyer_message(
        _engine(request), quote_id=quote_id, agent_id=agent_id, key=buyer_key(buyer, quote_id), text=question)
    with Session(_engine(request)) as session:
        conversation = session.get(Conversation, conversation_id)
        message = session.get(Message, message_id)
        agent_silent = conversation is not None and conversation.status != ConversationStatus.AGENT
    return templates.TemplateResponse(
        request, "buyer/quote.html",
        {"message": message, "token": token, "pending": None if agent_silent else message_id,
         "agent_silent": agent_silent, "render_body": render_body, "citations": {}},
        block_name="exchange",
    )


@router.get("/{token}/replies/{message_id}")
async def stream_reply(request: Request, token: str, message_id: int) -> Response:
    engine = _engine(request)
    with Session(engine) as session:
        page = _load(session, token)
        conversation = _conversation(session, page.quote, buyer_id(request))
        message = session.get(Message, message_id)
        if conversation is None or message is None or message.conversation_id != conversation.id \
                or message.role != MessageRole.BUYER:
            raise HTTPException(404)
        conversation_id = int(conversation.id or 0)
    pipeline = request.app.state.container.pipeline

    async def events():  # type: ignore[no-untyped-def]
        done: ReplyDone | None = None
        try:
            async for event in pipeline.reply(conversation_id=conversation_id, buyer_message_id=message_id):
                if isinstance(event, TextDelta):
                    yield {"event": "token", "data": html.escape(event.text)}
                else:
                    done = event
        except (GenerationError, LookupError):
            done = None
        yield {"event": "done", "data": _final_html(request, token, done)}

    return EventSourceResponse(events(), ping=15, headers={"Cache-Control": "no-store"})


def _final_html(request: Request, token: str, done: ReplyDone | None) -> str:
    if done is None:
        return '<p class="note" role="alert">Sorry, something went wrong while answering. Please try again.</p>'
    if done.message_id is None:  # the agent stays silent: a person has taken over, or the agent was turned off
        return ""
    with Session(_engine(request)) as session:
        message = session.get(Message, done.message_id)
        conversation = session.get(Conversation, message.conversation_id) if message else None
        decision = session.exec(select(Decision).where(Decision.agent_message_id == done.message_id)).first()
        cites = citations_for(session=session, message_ids=[done.message_id])
    ask_email = bool(decision and decision.evidence.get("ask_email"))
    template = templates.env.get_template("buyer/quote.html")
    context = template.new_context({
        "message": message, "token": token, "citations": cites, "render_body": render_body,
        "ask_email": ask_email and conversation is not None and not conversation.buyer_email,
        "decision": decision.kind.value if decision else "",
    })
    return "".join(template.blocks["agent_message"](context))


@router.get("/{token}/citations/{citation_id}", response_class=HTMLResponse)
def citation(request: Request, token: str, citation_id: int) -> Response:
    with Session(_engine(request)) as session:
        page = _load(session, token)
        conversation = _conversation(session, page.quote, buyer_id(request))
        cited = session.get(Citation, citation_id)
        message = session.get(Message, cited.message_id) if cited else None
        if conversation is None or cited is None or message is None or message.conversation_id != conversation.id:
            raise HTTPException(404)
        full_text, current_hash = _document_text(session, cited, page.quote)
    changed = bool(cited.content_sha256) and current_hash != cited.content_sha256
    if full_text and not changed and full_text[cited.start:cited.end] == cited.text:
        before = full_text[max(0, cited.start - CONTEXT_CHARS):cited.start]
        after = full_text[cited.end:cited.end + CONTEXT_CHARS]
    else:
        before, after = "", ""
    context = {"citation": cited, "before": before, "after": after, "changed": changed, "token": token}
    block = "passage" if request.headers.get("HX-Request") == "true" else None
    response = templates.TemplateResponse(request, "buyer/citation.html", context, block_name=block)
    response.headers["Vary"] = "HX-Request"
    return response


def _document_text(session: Session, cited: Citation, quote: Quote) -> tuple[str, str]:
    if cited.doc_kind == "source":
        source = session.get(KnowledgeSource, cited.doc_id)
        return (source.canonical_text, source.content_sha256) if source else ("", "")
    if cited.doc_id != quote.id:
        return "", ""
    document = quote_document(quote=quote, items=line_items(session=session, quote_id=int(quote.id or 0)),
                              owner=session.get(User, quote.owner_id), agent_id=0)
    return document.text, document.sha256


@router.post("/{token}/email", response_class=HTMLResponse)
def leave_email(request: Request, token: str, email: str = Form("")) -> Response:
    with Session(_engine(request)) as session:
        page = _load(session, token)
        buyer = buyer_id(request)
        if buyer is None:
            raise HTTPException(403, "cookies are required; reload the page")
        check_buyer_csrf(request, buyer)
        conversation = _conversation(session, page.quote, buyer)
        if conversation is None:
            raise HTTPException(404)
        email = email.strip().lower()
        if not EMAIL_RE.match(email):
            return HTMLResponse('<p class="field-error" role="alert">Please enter a valid email address.</p>'
                                '<p class="note">Try again below.</p>', status_code=200)
        conversation.buyer_email = email
        session.add(conversation)
        session.commit()
    return HTMLResponse(f'<p class="note">Thanks, we will reply to {html.escape(email)}.</p>')
