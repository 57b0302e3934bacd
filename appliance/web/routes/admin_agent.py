"""The agent's settings (super admin): handoff rules with a type-ahead team picker, and message defaults with
quick replies (add, remove, reorder) and a live preview of the buyer's chat.

The message form posts an ``op``: ``save`` validates and saves; ``add`` / ``remove:i`` / ``up:i`` / ``down:i`` only
re-render the form with the edited list (nothing saved), so the editor works with or without JavaScript.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from sqlmodel import Session, col, select

from appliance.domain.accounts import AuthSession, Team, User
from appliance.domain.agent_settings import (
    HandoffRulesUpdate,
    MessageDefaultsUpdate,
    UnknownTeam,
    field_errors,
    update_handoff_rules,
    update_message_defaults,
)
from appliance.domain.agents import MAX_QUICK_REPLIES, Agent
from appliance.web.routes.admin import base_context, configured_agent, page, super_admin, super_admin_csrf
from appliance.web.templating import is_htmx

router = APIRouter(prefix="/admin/agent")
Auth = tuple[User, AuthSession]


def _int_list(values: list) -> list[int]:  # type: ignore[type-arg]
    return [int(v) for v in values if str(v).isdigit()]


# -- handoff rules ---------------------------------------------------------------------------------------------------

def _handoff_page(request: Request, auth: Auth, session: Session, form: dict, errors: dict[str, str],  # type: ignore[type-arg]
                  *, saved: bool = False, status_code: int = 200) -> Response:
    chosen = [t for t in session.exec(select(Team).where(col(Team.id).in_(form["team_ids"])))] if form["team_ids"] else []
    context = base_context(request, auth, "handoff") | {"form": form, "errors": errors, "saved": saved,
                                                         "chosen_teams": chosen}
    return page(request, "admin/handoff.html", context, block="handoff_form" if is_htmx(request) else None,
                status_code=status_code)


@router.get("/handoff", response_class=HTMLResponse)
def handoff(request: Request, auth: Auth = Depends(super_admin)) -> Response:
    with Session(request.app.state.container.engine) as session:
        agent = configured_agent(session)
        form = {"assign_to": agent.handoff_assign_to, "team_ids": list(agent.handoff_team_ids),
                "owner_unavailable_message": agent.owner_unavailable_message,
                "all_unavailable_message": agent.all_unavailable_message}
        return _handoff_page(request, auth, session, form, {})


@router.get("/teams", response_class=HTMLResponse)
def team_search(request: Request, q: str = "", auth: Auth = Depends(super_admin)) -> Response:
    """Type-ahead: teams whose name contains ``q`` (at most 10), as options to add to the picker."""
    with Session(request.app.state.container.engine) as session:
        statement = select(Team).order_by(Team.name).limit(10)
        if q.strip():
            statement = statement.where(col(Team.name).icontains(q.strip()))
        teams = list(session.exec(statement))
    return page(request, "admin/handoff.html", base_context(request, auth, "handoff") | {"matches": teams, "q": q},
                block="team_matches")


@router.post("/handoff", response_class=HTMLResponse)
async def save_handoff(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    raw = await request.form()
    form = {"assign_to": str(raw.get("assign_to", "")), "team_ids": list(dict.fromkeys(_int_list(raw.getlist("team_id")))),
            "owner_unavailable_message": str(raw.get("owner_unavailable_message", "")),
            "all_unavailable_message": str(raw.get("all_unavailable_message", ""))}
    with Session(request.app.state.container.engine) as session:
        agent = configured_agent(session)
        try:
            data = HandoffRulesUpdate(**form)
            update_handoff_rules(session=session, agent=agent, data=data)
        except ValidationError as error:
            errors = field_errors(error)
            if "form" in errors:
                errors["team_ids"] = errors.pop("form")
            return _handoff_page(request, auth, session, form, errors, status_code=422)
        except UnknownTeam as error:
            return _handoff_page(request, auth, session, form, {"team_ids": str(error)}, status_code=422)
        session.commit()
        form["team_ids"] = data.team_ids
        return _handoff_page(request, auth, session, form, {}, saved=True)


# -- message defaults ------------------------------------------------------------------------------------------------

def _messages_page(request: Request, auth: Auth, agent: Agent, form: dict, errors: dict[str, str],  # type: ignore[type-arg]
                   *, saved: bool = False, status_code: int = 200) -> Response:
    context = base_context(request, auth, "messages") | {"agent": agent, "form": form, "errors": errors,
                                                          "saved": saved, "max_replies": MAX_QUICK_REPLIES}
    response = page(request, "admin/messages.html", context, block="messages_form" if is_htmx(request) else None,
                    status_code=status_code)
    response.headers["HX-Trigger"] = "preview-changed"  # the preview beside the form re-renders from the form
    return response


@router.get("/messages", response_class=HTMLResponse)
def messages(request: Request, auth: Auth = Depends(super_admin)) -> Response:
    with Session(request.app.state.container.engine) as session:
        agent = configured_agent(session)
        form = {"welcome_message": agent.welcome_message, "first_action_message": agent.first_action_message,
                "quick_replies": list(agent.quick_replies)}
        return _messages_page(request, auth, agent, form, {})


def apply_reply_op(replies: list[str], op: str) -> list[str]:
    """The quick-reply list after an editor operation (``add``, ``remove:i``, ``up:i``, ``down:i``)."""
    replies = list(replies)
    name, _, index_text = op.partition(":")
    index = int(index_text) if index_text.isdigit() else -1
    if name == "add" and len(replies) < MAX_QUICK_REPLIES:
        replies.append("")
    elif name == "remove" and 0 <= index < len(replies):
        replies.pop(index)
    elif name == "up" and 0 < index < len(replies):
        replies[index - 1], replies[index] = replies[index], replies[index - 1]
    elif name == "down" and 0 <= index < len(replies) - 1:
        replies[index + 1], replies[index] = replies[index], replies[index + 1]
    return replies


@router.post("/messages", response_class=HTMLResponse)
async def save_messages(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    raw = await request.form()
    form = {"welcome_message": str(raw.get("welcome_message", "")),
            "first_action_message": str(raw.get("first_action_message", "")),
            "quick_replies": [str(v) for v in raw.getlist("quick_reply")]}
    op = str(raw.get("op", "save"))
    with Session(request.app.state.container.engine) as session:
        agent = configured_agent(session)
        if op not in ("save", "preview"):
            form["quick_replies"] = apply_reply_op(form["quick_replies"], op)
            return _messages_page(request, auth, agent, form, {})
        try:
            data = MessageDefaultsUpdate(**form)
        except ValidationError as error:
            return _messages_page(request, auth, agent, form, field_errors(error), status_code=422)
        if op == "preview":
            return _messages_page(request, auth, agent, form, {})
        update_message_defaults(session=session, agent=agent, data=data)
        session.commit()
        form["quick_replies"] = data.quick_replies
        return _messages_page(request, auth, agent, form, {}, saved=True)


@router.post("/messages/preview", response_class=HTMLResponse)
async def preview_messages(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    """The buyer chat's opening as the form stands (nothing saved): the live preview beside the form."""
    raw = await request.form()
    form = {"welcome_message": str(raw.get("welcome_message", ""))[:500],
            "first_action_message": str(raw.get("first_action_message", ""))[:500],
            "quick_replies": [str(v)[:80] for v in raw.getlist("quick_reply") if str(v).strip()][:MAX_QUICK_REPLIES]}
    with Session(request.app.state.container.engine) as session:
        agent = configured_agent(session)
        context = base_context(request, auth, "messages") | {"agent": agent, "form": form}
    return page(request, "admin/messages.html", context, block="preview")
