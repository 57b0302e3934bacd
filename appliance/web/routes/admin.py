"""The admin console (first screens): the agent and its activation (saying which buyer pages gain or lose the chat,
with a confirmation before deactivating), knowledge sources with live status, quotes with their buyer links. Every
state change needs a signed-in user, the right role, and the session's CSRF token.
"""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2_fragments import render_block
from sqlmodel import Session, col, func, select

from appliance.domain.accounts import AuthSession, Role, User
from appliance.domain.agents import Agent, set_active, the_agent
from appliance.domain.conversations import Conversation, ConversationStatus
from appliance.domain.knowledge import KnowledgeSource, SourceStatus
from appliance.domain.quotes import Quote
from appliance.web.security import current_session, end_session
from appliance.web.templating import is_htmx, templates

router = APIRouter(prefix="/admin")
PENDING = {SourceStatus.QUEUED, SourceStatus.PROCESSING}
DASHBOARD_BLOCKS = {"sources": "sources", "agent-card": "agent_card"}  # HX-Target → the block that fills it


def signed_in(request: Request) -> tuple[User, AuthSession]:
    with Session(request.app.state.container.engine, expire_on_commit=False) as session:
        found = current_session(session=session, request=request)
    if found is None:
        raise HTTPException(303, headers={"Location": "/login"})
    return found


async def check_csrf(request: Request, auth: tuple[User, AuthSession] = Depends(signed_in)) -> tuple[User, AuthSession]:
    sent = request.headers.get("X-CSRF-Token")
    if sent is None:
        form = await request.form()
        sent = str(form.get("csrf", ""))
    if not hmac.compare_digest(sent, auth[1].csrf_token):
        raise HTTPException(403, "missing or invalid CSRF token; reload the page")
    return auth


def super_admin(auth: tuple[User, AuthSession] = Depends(signed_in)) -> tuple[User, AuthSession]:
    """A signed-in super admin; anyone else gets 403 (reps reach only their quotes)."""
    if auth[0].role != Role.SUPER_ADMIN:
        raise HTTPException(403, "only a super admin can open this page")
    return auth


def super_admin_csrf(auth: tuple[User, AuthSession] = Depends(check_csrf)) -> tuple[User, AuthSession]:
    """A state change by a super admin, with the session's CSRF token."""
    if auth[0].role != Role.SUPER_ADMIN:
        raise HTTPException(403, "only a super admin can change the agent")
    return auth


class FragmentResponse(HTMLResponse):
    """One block of a page (an HTMX swap target). Like a full template response, it reports its template and
    context to the ASGI ``http.response.debug`` extension, so tests check fragments by context too."""

    def __init__(self, html: str, *, template: object, context: dict, status_code: int) -> None:  # type: ignore[type-arg]
        super().__init__(html, status_code=status_code)
        self.template = template
        self.context = context

    async def __call__(self, scope, receive, send):  # type: ignore[no-untyped-def]
        if "http.response.debug" in scope.get("extensions", {}):
            await send({"type": "http.response.debug", "info": {"template": self.template, "context": self.context}})
        await super().__call__(scope, receive, send)


def configured_agent(session: Session) -> Agent:
    """The agent the settings pages edit; until one is created they all send the admin to the overview."""
    agent = the_agent(session=session)
    if agent is None:
        raise HTTPException(303, headers={"Location": "/admin"})
    return agent


def page(request: Request, template: str, context: dict, *, block: str | None = None,  # type: ignore[type-arg]
         status_code: int = 200) -> Response:
    """Render a console page, or one of its blocks for an HTMX swap; the response varies on HX-Request."""
    if block is None:
        response: Response = templates.TemplateResponse(request, template, context, status_code=status_code)
    else:
        rendered = render_block(templates.env, template, block, {**context, "request": request})
        response = FragmentResponse(rendered, template=templates.get_template(template), context=context,
                                    status_code=status_code)
    response.headers["Vary"] = "HX-Request"
    return response


def base_context(request: Request, auth: tuple[User, AuthSession], section: str) -> dict:  # type: ignore[type-arg]
    return {"user": auth[0], "csrf": auth[1].csrf_token, "is_admin": auth[0].role == Role.SUPER_ADMIN,
            "section": section, "public_url": request.app.state.settings.public_url}


def activation_effect(session: Session) -> dict:  # type: ignore[type-arg]
    """What activating or deactivating the agent changes: the quotes whose buyer pages show the chat while the agent
    is active (agent on for the quote and a live buyer link), and the conversations the agent is answering there."""
    chat_on = select(Quote).where(col(Quote.agent_enabled).is_(True), col(Quote.public_token).is_not(None))
    live = list(session.exec(chat_on.order_by(col(Quote.number))))
    talking = session.exec(select(func.count()).select_from(Conversation).where(
        col(Conversation.quote_id).in_([q.id for q in live]), Conversation.status == ConversationStatus.AGENT)).one()
    return {"live_quotes": live, "open_conversations": int(talking)}


def _context(request: Request, session: Session, user: User, auth: AuthSession) -> dict:  # type: ignore[type-arg]
    agent = the_agent(session=session)
    sources = list(session.exec(select(KnowledgeSource).order_by(KnowledgeSource.id))) if agent else []
    quotes_query = select(Quote).order_by(Quote.id.desc())  # type: ignore[union-attr]
    if user.role != Role.SUPER_ADMIN:
        quotes_query = quotes_query.where(Quote.owner_id == user.id)
    owners = {u.id: u for u in session.exec(select(User))}
    return {
        "user": user, "csrf": auth.csrf_token, "agent": agent, "sources": sources,
        "pending": any(s.status in PENDING for s in sources), "quotes": list(session.exec(quotes_query)),
        "owners": owners, "is_admin": user.role == Role.SUPER_ADMIN, "section": "dashboard", "confirm": False,
        "public_url": request.app.state.settings.public_url,
    } | activation_effect(session)


@router.get("", response_class=HTMLResponse)
def dashboard(request: Request, auth: tuple[User, AuthSession] = Depends(signed_in)) -> Response:
    with Session(request.app.state.container.engine) as session:
        context = _context(request, session, *auth)
    target = request.headers.get("HX-Target") if is_htmx(request) else None
    return page(request, "admin/dashboard.html", context, block=DASHBOARD_BLOCKS.get(target or ""))


@router.post("/agent/active", response_class=HTMLResponse)
async def toggle_active(request: Request, auth: tuple[User, AuthSession] = Depends(check_csrf)) -> Response:
    """Activate, or deactivate after a confirmation that says which buyer pages lose the chat (``confirmed=yes``)."""
    if auth[0].role != Role.SUPER_ADMIN:
        raise HTTPException(403, "only a super admin can activate or deactivate the agent")
    form = await request.form()
    active = form.get("active") == "true"
    with Session(request.app.state.container.engine) as session:
        agent = the_agent(session=session)
        if agent is None:
            raise HTTPException(404)
        if agent.active and not active and form.get("confirmed") != "yes":
            context = _context(request, session, *auth) | {"confirm": True}
            return page(request, "admin/dashboard.html", context, block="agent_card" if is_htmx(request) else None)
        set_active(session=session, agent=agent, active=active)
        session.commit()
        if is_htmx(request):
            return page(request, "admin/dashboard.html", _context(request, session, *auth), block="agent_card")
    return RedirectResponse("/admin", status_code=303)


@router.post("/logout")
def logout(request: Request, auth: tuple[User, AuthSession] = Depends(check_csrf)) -> Response:
    response = RedirectResponse("/login", status_code=303)
    with Session(request.app.state.container.engine) as session:
        end_session(session=session, request=request, response=response)
        session.commit()
    return response
