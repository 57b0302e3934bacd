"""The reps' inbox: the lists, one conversation, and the actions on it (claim, reply, internal note, reassign, close,
hand back), availability, and the live streams that keep an open inbox page fresh and its rep present. Sales reps and
super admins only; every POST needs the session's CSRF token. Routes parse, call the conversation service or the
inbox views, and render `templates/inbox/`.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session

from appliance.domain.accounts import AuthSession, Role, User
from appliance.domain.buyer_chat import segments
from appliance.domain.inbox import ClaimLost, InboxError
from appliance.domain.inbox_views import LIST_LABELS, counts, lists_for, mark_read, rows, unread_count, view, wait_label
from appliance.domain.types import utcnow
from appliance.live.contracts import INBOX_CHANNEL, conversation_channel
from appliance.live.sse import live_stream
from appliance.web.routes.admin import check_csrf, signed_in
from appliance.web.templating import is_htmx, templates

router = APIRouter(prefix="/inbox")
Auth = tuple[User, AuthSession]


def _container(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.container


def _base(request: Request, auth: Auth, **extra: object) -> dict:  # type: ignore[type-arg]
    user = auth[0]
    return {"user": user, "csrf": auth[1].csrf_token, "is_admin": user.role == Role.SUPER_ADMIN, "section": "inbox",
            "present": True, "wait_label": wait_label, "now": utcnow(), "segments": segments, **extra}


def _render(request: Request, template: str, context: dict, block: str | None = None,  # type: ignore[type-arg]
            status_code: int = 200, **headers: str) -> Response:
    response = templates.TemplateResponse(request, template, context, block_name=block, status_code=status_code,
                                          headers=headers or None)
    response.headers["Vary"] = "HX-Request"
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("", response_class=HTMLResponse)
def inbox_page(request: Request, auth: Auth = Depends(signed_in), list: str = "mine", q: str = "") -> Response:
    user = auth[0]
    names = lists_for(user)
    chosen = list if list in names else names[0]
    with Session(_container(request).engine) as session:
        context = _base(request, auth, lists=names, labels=LIST_LABELS, chosen=chosen, q=q[:200],
                        counts=counts(session=session, user=user),
                        rows=rows(session=session, user=user, name=chosen, search=q[:200], now=utcnow()),
                        available=session.get(User, user.id).available)  # type: ignore[union-attr]
    return _render(request, "inbox/inbox.html", context, block="lists" if is_htmx(request) else None)


@router.get("/badge", response_class=HTMLResponse)
def badge(request: Request, auth: Auth = Depends(signed_in)) -> Response:
    with Session(_container(request).engine) as session:
        count = unread_count(session=session, user=auth[0])
    return _render(request, "inbox/inbox.html", {"unread": count}, block="badge")


@router.get("/live")
async def inbox_live(request: Request, auth: Auth = Depends(signed_in)) -> Response:
    """An open inbox page: list changes, and the rep's presence (refreshed every heartbeat)."""
    service = _container(request).conversations
    user_id = int(auth[0].id or 0)
    return live_stream(_container(request).broker, [INBOX_CHANNEL], on_beat=lambda: service.touch_presence(user_id),
                       is_disconnected=request.is_disconnected)


@router.post("/availability", response_class=HTMLResponse)
def availability(request: Request, auth: Auth = Depends(check_csrf), available: str = Form("")) -> Response:
    _container(request).conversations.set_available(user=auth[0], available=available == "on")
    return _render(request, "inbox/inbox.html", _base(request, auth, available=available == "on"), block="availability")


@router.get("/c/{conversation_id}", response_class=HTMLResponse)
def conversation_page(request: Request, conversation_id: int, auth: Auth = Depends(signed_in)) -> Response:
    return _conversation(request, auth, conversation_id, block="conversation" if is_htmx(request) else None)


def _conversation(request: Request, auth: Auth, conversation_id: int, *, block: str | None = "conversation",
                  notice: str = "", status_code: int = 200, action: bool = False, holder: str = "") -> Response:
    with Session(_container(request).engine, expire_on_commit=False) as session:
        shown = view(session=session, user=auth[0], conversation_id=conversation_id)
        if shown is None and action and notice == "":  # e.g. passed to another rep: it left this rep's inbox
            return Response(status_code=200, headers={"HX-Redirect": "/inbox"})
        if shown is None and action and holder:
            # Lost a claim race for a conversation that left this rep's inbox as it was taken: say who has it,
            # without the conversation itself (no longer theirs to see).
            return _render(request, "inbox/_taken.html", _base(request, auth, holder=holder, notice=notice),
                           status_code=status_code)
        if shown is None:
            raise HTTPException(404)
        mark_read(session=session, user=auth[0], conversation_id=conversation_id)
    context = _base(request, auth, v=shown, notice=notice, action=action)  # action: the notice is (re)set
    return _render(request, "inbox/conversation.html", context, block=block, status_code=status_code)


@router.get("/c/{conversation_id}/live")
async def conversation_live(request: Request, conversation_id: int, auth: Auth = Depends(signed_in)) -> Response:
    with Session(_container(request).engine) as session:
        if view(session=session, user=auth[0], conversation_id=conversation_id) is None:
            raise HTTPException(404)
    service = _container(request).conversations
    user_id = int(auth[0].id or 0)
    return live_stream(_container(request).broker, [conversation_channel(conversation_id)],
                       on_beat=lambda: service.touch_presence(user_id), is_disconnected=request.is_disconnected)


def _act(request: Request, auth: Auth, conversation_id: int, action) -> Response:  # type: ignore[no-untyped-def]
    try:
        action()
    except LookupError:
        raise HTTPException(404) from None
    except ClaimLost as lost:
        return _conversation(request, auth, conversation_id, notice=str(lost), status_code=409, action=True,
                             holder=lost.holder)
    except InboxError as refused:
        return _conversation(request, auth, conversation_id, notice=str(refused), status_code=422, action=True)
    return _conversation(request, auth, conversation_id, action=True)


@router.post("/c/{conversation_id}/claim", response_class=HTMLResponse)
def claim(request: Request, conversation_id: int, auth: Auth = Depends(check_csrf)) -> Response:
    service = _container(request).conversations
    return _act(request, auth, conversation_id, lambda: service.claim(conversation_id=conversation_id, user=auth[0]))


@router.post("/c/{conversation_id}/reply", response_class=HTMLResponse)
def reply(request: Request, conversation_id: int, auth: Auth = Depends(check_csrf), text: str = Form("")) -> Response:
    service = _container(request).conversations
    return _act(request, auth, conversation_id,
                lambda: service.reply(conversation_id=conversation_id, user=auth[0], text=text))


@router.post("/c/{conversation_id}/notes", response_class=HTMLResponse)
def note(request: Request, conversation_id: int, auth: Auth = Depends(check_csrf), text: str = Form("")) -> Response:
    service = _container(request).conversations
    return _act(request, auth, conversation_id,
                lambda: service.add_note(conversation_id=conversation_id, user=auth[0], text=text))


@router.post("/c/{conversation_id}/reassign", response_class=HTMLResponse)
def reassign(request: Request, conversation_id: int, auth: Auth = Depends(check_csrf),
             target: str = Form("")) -> Response:
    """``target`` is ``user:<id>`` or ``team:<id>``."""
    service = _container(request).conversations
    kind, _, raw = target.partition(":")
    target_id = int(raw) if raw.isdigit() else None

    def action() -> None:
        if target_id is None or kind not in ("user", "team"):
            raise InboxError("Choose a rep or a team.")
        service.reassign(conversation_id=conversation_id, user=auth[0],
                         to_user_id=target_id if kind == "user" else None,
                         to_team_id=target_id if kind == "team" else None)

    return _act(request, auth, conversation_id, action)


@router.post("/c/{conversation_id}/close", response_class=HTMLResponse)
def close(request: Request, conversation_id: int, auth: Auth = Depends(check_csrf)) -> Response:
    service = _container(request).conversations
    return _act(request, auth, conversation_id, lambda: service.close(conversation_id=conversation_id, user=auth[0]))


@router.post("/c/{conversation_id}/hand-back", response_class=HTMLResponse)
def hand_back(request: Request, conversation_id: int, auth: Auth = Depends(check_csrf)) -> Response:
    service = _container(request).conversations
    return _act(request, auth, conversation_id,
                lambda: service.hand_back(conversation_id=conversation_id, user=auth[0]))


# --- team business hours (super admins) ------------------------------------------------------------------------

def _teams_context(session: Session) -> list[dict]:  # type: ignore[type-arg]
    from sqlmodel import select

    from appliance.domain.accounts import Team
    from appliance.domain.availability import TeamSchedule

    teams = []
    for team in session.exec(select(Team).order_by(Team.name)):
        schedule = session.get(TeamSchedule, team.id)
        teams.append({
            "team": team, "timezone": schedule.timezone if schedule else "UTC",
            "days": {day: ", ".join(f"{a}-{b}" for a, b in (schedule.periods.get(str(day), []) if schedule else []))
                     for day in range(7)},
            "holidays": ", ".join(schedule.holidays) if schedule else "", "error": "",
        })
    return teams


@router.get("/teams", response_class=HTMLResponse)
def team_hours(request: Request, auth: Auth = Depends(signed_in)) -> Response:
    if auth[0].role != Role.SUPER_ADMIN:
        raise HTTPException(403, "only a super admin can set team hours")
    from appliance.domain.availability import WEEKDAYS

    with Session(_container(request).engine) as session:
        context = _base(request, auth, teams=_teams_context(session), weekdays=WEEKDAYS)
    return _render(request, "inbox/teams.html", context)


@router.post("/teams/{team_id}", response_class=HTMLResponse)
async def save_team_hours(request: Request, team_id: int, auth: Auth = Depends(check_csrf)) -> Response:
    if auth[0].role != Role.SUPER_ADMIN:
        raise HTTPException(403, "only a super admin can set team hours")
    from appliance.db import session_scope
    from appliance.domain.availability import WEEKDAYS, ScheduleError, save_schedule

    form = await request.form()
    days = {day: str(form.get(f"day{day}", ""))[:200] for day in range(7)}
    status_code, error = 200, ""
    try:
        with session_scope(_container(request).engine) as session:
            save_schedule(session=session, team_id=team_id, timezone=str(form.get("timezone", "UTC"))[:64],
                          days=days, holidays=str(form.get("holidays", ""))[:2000])
    except ScheduleError as refused:
        status_code, error = 422, str(refused)
    with Session(_container(request).engine) as session:
        teams = _teams_context(session)
    entry = next((t for t in teams if t["team"].id == team_id), None)
    if entry is None:
        raise HTTPException(404)
    if error:  # show what was typed, with the reason
        entry.update(timezone=str(form.get("timezone", "")), days=days, holidays=str(form.get("holidays", "")),
                     error=error)
    context = _base(request, auth, t=entry, weekdays=WEEKDAYS, saved=not error)
    return _render(request, "inbox/teams.html", context, block="team", status_code=status_code)
