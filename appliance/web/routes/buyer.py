"""The buyer's quote page: the quote, and the chat with the agent and, after a handoff, with a person (HTMX + SSE).
Buyers are anonymous and untrusted: everything is looked up through the link's token and the buyer's own signed
cookie, and a bad token is a plain 404. The routes parse, call the domain, and render templates.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session
from sse_starlette.sse import EventSourceResponse

from appliance.answering.chat import MessageRejected, buyer_key, clean_buyer_text
from appliance.answering.pipeline import ReplyDone, TextDelta
from appliance.domain.accounts import EMAIL_RE
from appliance.domain.buyer_chat import (
    QuotePage,
    buyer_conversation,
    chat,
    cited_passage,
    quote_page,
    rep_messages_after,
    segments,
    stored_reply,
)
from appliance.domain.conversations import Message, MessageRole
from appliance.domain.quotes import compute_totals, line_items
from appliance.inference.contracts import GenerationError
from appliance.live.contracts import conversation_channel
from appliance.live.sse import SSE_HEADERS, live_stream
from appliance.web.ratelimit import limit_buyer_messages
from appliance.web.security import buyer_csrf, buyer_id, check_buyer_csrf, ensure_buyer_id
from appliance.web.templating import is_htmx, templates

router = APIRouter(prefix="/q")
PAGE = "buyer/quote.html"
_streams: dict[int, tuple[asyncio.Lock, int]] = {}  # buyer message id → (its lock, streams using it)


@contextlib.asynccontextmanager
async def _one_answer_at_a_time(message_id: int) -> AsyncIterator[None]:
    """Streams of one buyer message's reply in this process take turns: the first computes the reply, the others
    then replay the stored one (the database keeps one reply per message in any case; this saves the work)."""
    lock, users = _streams.get(message_id, (asyncio.Lock(), 0))
    _streams[message_id] = (lock, users + 1)
    try:
        async with lock:
            yield
    finally:
        lock, users = _streams[message_id]
        if users <= 1:
            del _streams[message_id]
        else:
            _streams[message_id] = (lock, users - 1)


def _container(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.container


def _page(session: Session, token: str) -> QuotePage:
    page = quote_page(session=session, token=token)
    if page is None:
        raise HTTPException(404)
    return page


def _key(request: Request, page: QuotePage, buyer: str | None = None) -> str | None:
    buyer = buyer or buyer_id(request)
    return buyer_key(buyer, int(page.quote.id or 0)) if buyer else None


def _block(request: Request, block: str, context: dict, **headers: str) -> Response:  # type: ignore[type-arg]
    return templates.TemplateResponse(request, PAGE, {"segments": segments, **context}, block_name=block,
                                      headers=headers or None)


def _error(request: Request, text: str) -> Response:
    return _block(request, "chat_error", {"error": text}, **{"HX-Retarget": "#chat-error", "HX-Reswap": "innerHTML"})


@router.get("/{token}", response_class=HTMLResponse)
def quote_page_route(request: Request, token: str) -> Response:
    with Session(_container(request).engine) as session:
        page = _page(session, token)
        totals = compute_totals(line_items(session=session, quote_id=int(page.quote.id or 0)), page.quote.currency)
        cookie_carrier = Response()
        buyer = ensure_buyer_id(request, cookie_carrier)
        state = chat(session=session, conversation=buyer_conversation(session=session, quote=page.quote,
                                                                      key=_key(request, page, buyer)))
        context = {
            "quote": page.quote, "agent": page.agent, "totals": totals, "owner": page.owner, "token": token,
            "chat": state, "csrf": buyer_csrf(request, buyer), "segments": segments,
            "max_chars": request.app.state.settings.answering.max_message_chars,
        }
        response = templates.TemplateResponse(request, PAGE, context)
    for header, value in cookie_carrier.headers.items():
        if header.lower() == "set-cookie":
            response.headers.append("set-cookie", value)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/{token}/messages", response_class=HTMLResponse, dependencies=[Depends(limit_buyer_messages)])
def post_message(request: Request, token: str, text: str = Form("")) -> Response:
    container = _container(request)
    with Session(container.engine) as session:
        page = _page(session, token)
    buyer = buyer_id(request)
    if buyer is None:
        raise HTTPException(403, "cookies are required to chat; reload the page")
    check_buyer_csrf(request, buyer)
    if page.agent is None:  # the agent was deactivated while this page was open: end the chat politely
        contact = f" Please contact {page.owner.name} directly." if page.owner else ""
        return _error(request, f"The assistant is no longer available on this quote.{contact}")
    try:
        question = clean_buyer_text(text, max_chars=request.app.state.settings.answering.max_message_chars)
    except MessageRejected as rejected:
        return _error(request, str(rejected))
    posted = container.conversations.post_buyer_message(
        quote_id=int(page.quote.id or 0), agent_id=int(page.agent.id or 0), key=_key(request, page, buyer),
        text=question)
    with Session(container.engine) as session:
        message = session.get(Message, posted.message_id)
        first = message is not None and _is_first(session, message)
    return _block(request, "exchange", {
        "message": message, "token": token, "pending": posted.agent_answers, "agent_silent": not posted.agent_answers,
        "start_live": first, "citations": {},
    })


def _is_first(session: Session, message: Message) -> bool:
    from sqlmodel import select

    earlier = session.exec(select(Message.id).where(Message.conversation_id == message.conversation_id,
                                                    Message.id < message.id).limit(1)).first()  # type: ignore[operator]
    return earlier is None


@router.get("/{token}/replies/{message_id}")
async def stream_reply(request: Request, token: str, message_id: int) -> Response:
    container = _container(request)
    with Session(container.engine) as session:
        page = _page(session, token)
        conversation = buyer_conversation(session=session, quote=page.quote, key=_key(request, page))
        message = session.get(Message, message_id)
        if conversation is None or message is None or message.conversation_id != conversation.id \
                or message.role != MessageRole.BUYER:
            raise HTTPException(404)
        conversation_id = int(conversation.id or 0)

    async def events():  # type: ignore[no-untyped-def]
        done: ReplyDone | None = None
        try:
            async with _one_answer_at_a_time(message_id):
                async for event in container.pipeline.reply(conversation_id=conversation_id,
                                                            buyer_message_id=message_id):
                    if isinstance(event, TextDelta):
                        yield {"event": "token", "data": _render_text(event.text)}
                    else:
                        done = event
        except (GenerationError, LookupError):
            done = None
        if done is not None and done.message_id is not None and done.decision != "replay":
            container.conversations.agent_replied(conversation_id)
        yield {"event": "done", "data": _final_html(request, token, done)}

    return EventSourceResponse(events(), ping=15, headers=SSE_HEADERS)


def _render_text(text: str) -> str:
    return templates.env.from_string("{{ text }}").render(text=text)  # autoescaped like every template


def _final_html(request: Request, token: str, done: ReplyDone | None) -> str:
    template = templates.env.get_template(PAGE)
    if done is None:
        context = template.new_context({"failed": True})
    elif done.message_id is None:  # the agent stays silent: a person has taken over, or the agent was turned off
        return ""
    else:
        with Session(_container(request).engine) as session:
            message, cites, ask_email = stored_reply(session=session, message_id=done.message_id)
        context = template.new_context({
            "message": message, "token": token, "citations": {done.message_id: cites}, "segments": segments,
            "ask_email": ask_email, "decision": done.decision,
        })
    return "".join(template.blocks["agent_message"](context))


@router.get("/{token}/live")
async def live(request: Request, token: str) -> Response:
    """The buyer's live stream: says when a person wrote in this conversation (the page then fetches /updates)."""
    container = _container(request)
    with Session(container.engine) as session:
        page = _page(session, token)
        conversation = buyer_conversation(session=session, quote=page.quote, key=_key(request, page))
        if conversation is None:
            raise HTTPException(404)
        channel = conversation_channel(int(conversation.id or 0))
    return live_stream(container.broker, [channel], is_disconnected=request.is_disconnected)


@router.get("/{token}/updates", response_class=HTMLResponse)
def updates(request: Request, token: str, after: int = 0) -> Response:
    """The reps' messages after ``after`` (the page appends those it does not show yet: nothing lost or doubled)."""
    with Session(_container(request).engine) as session:
        page = _page(session, token)
        conversation = buyer_conversation(session=session, quote=page.quote, key=_key(request, page))
        messages = rep_messages_after(session=session, conversation=conversation, after=after) if conversation else []
    response = _block(request, "updates", {"messages": messages, "token": token, "citations": {}})
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/{token}/citations/{citation_id}", response_class=HTMLResponse)
def citation(request: Request, token: str, citation_id: int) -> Response:
    with Session(_container(request).engine) as session:
        page = _page(session, token)
        conversation = buyer_conversation(session=session, quote=page.quote, key=_key(request, page))
        passage = cited_passage(session=session, quote=page.quote, conversation=conversation, citation_id=citation_id)
    if passage is None:
        raise HTTPException(404)
    context = {"citation": passage.citation, "before": passage.before, "after": passage.after,
               "changed": passage.changed, "token": token}
    response = templates.TemplateResponse(request, "buyer/citation.html", context,
                                          block_name="passage" if is_htmx(request) else None)
    response.headers["Vary"] = "HX-Request"
    return response


@router.post("/{token}/email", response_class=HTMLResponse)
def leave_email(request: Request, token: str, email: str = Form("")) -> Response:
    """The buyer leaves an email once, when nobody is available; a rep's later reply goes there."""
    container = _container(request)
    with Session(container.engine) as session:
        page = _page(session, token)
        buyer = buyer_id(request)
        if buyer is None:
            raise HTTPException(403, "cookies are required; reload the page")
        check_buyer_csrf(request, buyer)
        conversation = buyer_conversation(session=session, quote=page.quote, key=_key(request, page, buyer))
    if conversation is None:
        raise HTTPException(404)
    email = email.strip().lower()
    if len(email) > 320 or not EMAIL_RE.match(email):
        return _block(request, "email_form", {"token": token, "email_error": "Please enter a valid email address.",
                                              "email": email[:320]})
    stored = container.conversations.leave_email(conversation_id=int(conversation.id or 0), email=email)
    return _block(request, "email_done", {"email": email if stored else conversation.buyer_email,
                                          "already": not stored})
