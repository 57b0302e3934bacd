"""The buyer's one-click feedback on an answer (helpful / not helpful, changeable). The widget under each agent
answer loads itself (`buyer/_feedback.html`), so every place that renders an agent message shows it with its stored
state. Like the other buyer POSTs: the buyer's signed cookie, the CSRF header, and the message looked up through the
buyer's own conversation (anyone else's is a 404).
"""

from __future__ import annotations

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from appliance.analytics.feedback import FeedbackState, answer_decision, feedback_state, record_feedback
from appliance.db import session_scope
from appliance.domain.buyer_chat import buyer_conversation, quote_page
from appliance.web.security import buyer_id, check_buyer_csrf
from appliance.web.templating import templates

router = APIRouter(prefix="/q")
WIDGET = "buyer/_feedback.html"


def _render(request: Request, token: str, state: FeedbackState | None) -> Response:
    response = templates.TemplateResponse(request, WIDGET, {"token": token, "feedback": state}, block_name="widget")
    response.headers["Cache-Control"] = "no-store"
    return response


def _buyer_key(request: Request, quote_id: int, buyer: str | None) -> str | None:
    from appliance.answering.chat import buyer_key

    return buyer_key(buyer, quote_id) if buyer else None


@router.get("/{token}/feedback/{message_id}", response_class=HTMLResponse)
def feedback_widget(request: Request, token: str, message_id: int) -> Response:
    """The widget for one agent message: empty when it is not an answer of this buyer's conversation."""
    with session_scope(request.app.state.container.engine) as session:
        page = quote_page(session=session, token=token)
        if page is None:
            raise HTTPException(404)
        conversation = buyer_conversation(session=session, quote=page.quote,
                                          key=_buyer_key(request, int(page.quote.id or 0), buyer_id(request)))
        decision = answer_decision(session=session, conversation=conversation, message_id=message_id)
        state = feedback_state(session=session, decision=decision) if decision is not None else None
    return _render(request, token, state)


@router.post("/{token}/feedback/{message_id}", response_class=HTMLResponse)
def give_feedback(request: Request, token: str, message_id: int, helpful: str = Form("")) -> Response:
    if helpful not in ("yes", "no"):
        raise HTTPException(422, "helpful must be yes or no")
    buyer = buyer_id(request)
    if buyer is None:
        raise HTTPException(403, "cookies are required; reload the page")
    check_buyer_csrf(request, buyer)
    with session_scope(request.app.state.container.engine) as session:
        page = quote_page(session=session, token=token)
        if page is None:
            raise HTTPException(404)
        conversation = buyer_conversation(session=session, quote=page.quote,
                                          key=_buyer_key(request, int(page.quote.id or 0), buyer))
        decision = answer_decision(session=session, conversation=conversation, message_id=message_id)
        if decision is None:
            raise HTTPException(404)
        state = record_feedback(session=session, decision=decision, helpful=helpful == "yes")
    return _render(request, token, state)
