"""The agent's identity (super admin): its name, and its avatar from an upload or a URL, with a preview of the
buyer's chat header. ``avatars_router`` serves the stored avatars to everyone at ``/avatars/<sha256>.png``.

Every form re-renders the identity card: with the message next to its field (422, nothing saved), or saved. An
avatar is checked and re-encoded (domain/identity.py) in a worker thread; the URL is fetched by the guarded fetcher.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, Response
from pydantic import ValidationError
from sqlmodel import Session

from appliance.domain.accounts import AuthSession, User
from appliance.domain.agent_settings import field_errors
from appliance.domain.agents import Agent
from appliance.domain.identity import (
    ACCEPTED_MEDIA_TYPES,
    AVATAR_NAME,
    AVATAR_SIDE,
    MAX_AVATAR_BYTES,
    AgentNameUpdate,
    AvatarRejected,
    avatar_file,
    discard_avatar,
    is_current_avatar,
    normalise_avatar,
    set_avatar,
    store_avatar,
    update_name,
)
from appliance.ingestion.fetch import FetchRefused
from appliance.web.routes.admin import base_context, configured_agent, page, super_admin, super_admin_csrf
from appliance.web.templating import is_htmx

router = APIRouter(prefix="/admin/agent/identity")
avatars_router = APIRouter()
Auth = tuple[User, AuthSession]
MAX_URL_CHARS = 2048


def _page(request: Request, auth: Auth, agent: Agent, *, form: dict | None = None,  # type: ignore[type-arg]
          errors: dict[str, str] | None = None, saved: str = "", status_code: int = 200) -> Response:
    context = base_context(request, auth, "identity") | {
        "agent": agent, "form": {"name": agent.name, "url": ""} | (form or {}), "errors": errors or {},
        "saved": saved, "max_mb": MAX_AVATAR_BYTES // (1024 * 1024), "side": AVATAR_SIDE,
        "accept": ",".join(ACCEPTED_MEDIA_TYPES),
    }
    return page(request, "admin/identity.html", context, block="identity" if is_htmx(request) else None,
                status_code=status_code)


@router.get("", response_class=HTMLResponse)
def identity(request: Request, auth: Auth = Depends(super_admin)) -> Response:
    with Session(request.app.state.container.engine) as session:
        return _page(request, auth, configured_agent(session))


@router.post("/name", response_class=HTMLResponse)
async def save_name(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    raw = await request.form()
    name = str(raw.get("name", ""))
    with Session(request.app.state.container.engine) as session:
        agent = configured_agent(session)
        try:
            data = AgentNameUpdate(name=name)
        except ValidationError as error:
            return _page(request, auth, agent, form={"name": name}, errors=field_errors(error), status_code=422)
        update_name(session=session, agent=agent, data=data)
        session.commit()
        return _page(request, auth, agent, saved="Name saved.")


async def _use_avatar(request: Request, auth: Auth, content: bytes, field: str, form: dict) -> Response:  # type: ignore[type-arg]
    """Check and re-encode ``content``, store it and make it the agent's avatar; or show why not (nothing saved)."""
    settings = request.app.state.settings
    try:
        png = await asyncio.to_thread(normalise_avatar, content)
    except AvatarRejected as error:
        with Session(request.app.state.container.engine) as session:
            return _page(request, auth, configured_agent(session), form=form, errors={field: error.reason}, status_code=422)
    name = await asyncio.to_thread(store_avatar, data_dir=settings.data_dir, png=png)
    with Session(request.app.state.container.engine) as session:
        agent = configured_agent(session)
        previous = set_avatar(session=session, agent=agent, name=name)
        session.commit()
        if previous != name:
            discard_avatar(session=session, data_dir=settings.data_dir, name=previous)
        return _page(request, auth, agent, saved="Avatar saved.")


@router.post("/avatar", response_class=HTMLResponse)
async def upload_avatar(request: Request, file: UploadFile | None = None,
                        auth: Auth = Depends(super_admin_csrf)) -> Response:
    if file is None or not file.filename:
        with Session(request.app.state.container.engine) as session:
            return _page(request, auth, configured_agent(session), errors={"upload": "Choose an image to upload."},
                         status_code=422)
    content = await file.read(MAX_AVATAR_BYTES + 1)  # never more than the limit in memory
    return await _use_avatar(request, auth, content, "upload", {})


@router.post("/avatar-url", response_class=HTMLResponse)
async def avatar_from_url(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    raw = await request.form()
    url = str(raw.get("url", "")).strip()
    form = {"url": url}
    problem = None
    if not url:
        problem = "Enter the image's web address."
    elif len(url) > MAX_URL_CHARS:
        problem = f"The address is longer than {MAX_URL_CHARS} characters."
    else:
        try:
            fetched = await request.app.state.container.fetcher.fetch(
                url, max_bytes=MAX_AVATAR_BYTES, accept=ACCEPTED_MEDIA_TYPES)
        except FetchRefused as error:
            problem = fetch_problem(error.reason)
    if problem is not None:
        with Session(request.app.state.container.engine) as session:
            return _page(request, auth, configured_agent(session), form=form, errors={"url": problem}, status_code=422)
    return await _use_avatar(request, auth, fetched.body, "url", form)


def fetch_problem(reason: str) -> str:
    """The fetcher's reason ("refused: …" / "failed: …") as a sentence for the admin."""
    kind, _, detail = reason.partition(": ")
    if kind == "refused":
        return f"This address cannot be used: {detail}."
    if kind == "failed":
        return f"The image could not be downloaded: {detail}."
    return reason


@router.post("/avatar/remove", response_class=HTMLResponse)
async def remove_avatar(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    settings = request.app.state.settings
    with Session(request.app.state.container.engine) as session:
        agent = configured_agent(session)
        previous = set_avatar(session=session, agent=agent, name=None)
        session.commit()
        discard_avatar(session=session, data_dir=settings.data_dir, name=previous)
        return _page(request, auth, agent, saved="Avatar removed." if previous else "")


@avatars_router.get("/avatars/{name}.png")
def serve_avatar(request: Request, name: str) -> Response:
    """A current avatar, as stored. The name is its content's hash, so it is cached for a year."""
    file_name = f"{name}.png"
    if not AVATAR_NAME.fullmatch(file_name):  # 64 lower-case hex digits: nothing else reaches the file system
        raise HTTPException(404)
    with Session(request.app.state.container.engine) as session:
        current = is_current_avatar(session=session, name=file_name)
    path = avatar_file(data_dir=request.app.state.settings.data_dir, name=file_name) if current else None
    if path is None:
        raise HTTPException(404)
    return FileResponse(path, media_type="image/png", headers={
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
    })
