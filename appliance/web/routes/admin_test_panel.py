"""The test panel (super admin): ask a question on a chosen quote against the agent's current configuration, active
or not, and see the decision, its confidence, the passages retrieved and the answer with its citations.

A test question runs the real answer path in preview (``AnswerPipeline.reply(preview=True)``): it answers before the
agent is activated and on quotes that do not have the agent turned on yet, so an admin can check the configuration
before any buyer sees it. It runs in a conversation of its own (buyer key ``test-panel:…``), which is closed as soon
as the answer is in, so it never waits in a rep's inbox.
"""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session, col, select

from appliance.answering.chat import MessageRejected, ask, clean_buyer_text, close_conversation
from appliance.domain.accounts import AuthSession, User
from appliance.domain.agents import the_agent
from appliance.domain.knowledge import KnowledgeSource
from appliance.domain.quotes import Quote
from appliance.web.routes.admin import base_context, page, super_admin, super_admin_csrf
from appliance.web.templating import is_htmx

router = APIRouter(prefix="/admin/test")
Auth = tuple[User, AuthSession]


INACTIVE = ("The agent is not active: answers here are a preview of the current configuration. Buyers see no chat "
            "until you activate it on the overview page.")


def _quotes(session: Session) -> list[Quote]:
    """Every quote, newest first: the panel previews the agent on quotes that do not have it on yet."""
    return list(session.exec(select(Quote).order_by(col(Quote.id).desc())))


@router.get("", response_class=HTMLResponse)
def test_panel(request: Request, auth: Auth = Depends(super_admin)) -> Response:
    with Session(request.app.state.container.engine) as session:
        agent = the_agent(session=session)
        notice = "" if agent is None or agent.active else INACTIVE
        context = base_context(request, auth, "test") | {"quotes": _quotes(session), "result": None, "errors": {},
                                                         "notice": notice, "question": "", "quote_id": None,
                                                         "passages": []}
    return page(request, "admin/test_panel.html", context)


@router.post("", response_class=HTMLResponse)
async def run_test(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    form = await request.form()
    question = str(form.get("question", ""))
    quote_id = int(str(form.get("quote_id", ""))) if str(form.get("quote_id", "")).isdigit() else None
    container = request.app.state.container
    errors: dict[str, str] = {}
    with Session(container.engine) as session:
        agent = the_agent(session=session)
        if agent is None:
            raise HTTPException(303, headers={"Location": "/admin"})
        quotes = _quotes(session)
        notice = "" if agent.active else INACTIVE
        if quote_id is None or quote_id not in {q.id for q in quotes}:
            errors["quote_id"] = "Choose a quote."
    try:
        text = clean_buyer_text(question, max_chars=container.settings.answering.max_message_chars)
    except MessageRejected as error:
        errors["question"] = str(error)
    base = base_context(request, auth, "test") | {"quotes": quotes, "question": question, "quote_id": quote_id,
                                                  "notice": notice}
    block = "result" if is_htmx(request) else None
    if errors:
        return page(request, "admin/test_panel.html", base | {"errors": errors, "result": None, "passages": []},
                    block=block, status_code=422)
    result = await ask(container.engine, container.pipeline, quote_id=quote_id, agent_id=agent.id,  # type: ignore[arg-type]
                       key=f"test-panel:{secrets.token_hex(8)}", text=text,
                       max_chars=container.settings.answering.max_message_chars, preview=True)
    close_conversation(container.engine, result.conversation_id)
    passages = _passages(container.engine, result.evidence.get("candidates", []))
    return page(request, "admin/test_panel.html", base | {"errors": {}, "result": result, "passages": passages},
                block=block)


def _passages(engine, candidates: list[dict]) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    """The retrieved passages with their text (sources) and scores, best first, as the decision saw them."""
    shown = []
    with Session(engine) as session:
        for candidate in candidates[:8]:
            text = ""
            if candidate.get("doc_kind") == "source":
                source = session.get(KnowledgeSource, candidate.get("doc_id"))
                if source is not None:
                    text = source.canonical_text[candidate["start"]:candidate["end"]]
            shown.append(candidate | {"text": text})
    return shown
