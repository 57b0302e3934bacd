"""The knowledge sources page (super admin): the table with live status, search and category filter, bulk removal
with a confirmation step, and "add content" by upload, public URL, knowledge-base article or Files library.

Invariants: every POST checks the session's CSRF token; a form with bad input saves nothing and shows the message
next to its field; an upload is read at most ``ingestion.max_file_bytes + 1`` bytes and named by ``safe_filename``;
removing a source never deletes its file from the Files library.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from appliance.domain.accounts import AuthSession, User
from appliance.domain.knowledge import (
    KnowledgeArticle,
    KnowledgeSource,
    SourceKind,
    SourceStatus,
    StoredFile,
    add_source,
    is_being_removed,
    safe_filename,
    store_file,
)
from appliance.web.routes.admin import base_context, configured_agent, page, super_admin, super_admin_csrf
from appliance.web.templating import is_htmx

router = APIRouter(prefix="/admin/sources")
Auth = tuple[User, AuthSession]
PENDING = {SourceStatus.QUEUED, SourceStatus.PROCESSING}
KINDS = {"file": SourceKind.FILE, "url": SourceKind.URL, "kb_article": SourceKind.KB_ARTICLE}
RECENT_FILES = 8


def contains_pattern(q: str) -> str:
    """A LIKE pattern (escape character backslash) matching ``q`` anywhere, its own % and _ taken literally."""
    escaped = q.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _sources(session: Session, agent_id: int, q: str, kind: str) -> list[KnowledgeSource]:
    statement = select(KnowledgeSource).where(KnowledgeSource.agent_id == agent_id)
    if kind in KINDS:
        statement = statement.where(KnowledgeSource.kind == KINDS[kind])
    if q.strip():
        pattern = contains_pattern(q)
        statement = statement.where(or_(func.lower(KnowledgeSource.title).like(pattern, escape="\\"),
                                        func.lower(func.coalesce(KnowledgeSource.url, "")).like(pattern,
                                                                                                 escape="\\")))
    return list(session.exec(statement.order_by(col(KnowledgeSource.updated_at).desc())))


def library_files(session: Session, *, q: str = "", show_all: bool = False) -> list[StoredFile]:
    """The Files library, most recently updated first: a short recent list unless ``show_all`` or a search."""
    statement = select(StoredFile).order_by(col(StoredFile.updated_at).desc())
    if q.strip():
        statement = statement.where(func.lower(StoredFile.filename).like(contains_pattern(q), escape="\\"))
    elif not show_all:
        statement = statement.limit(RECENT_FILES)
    return list(session.exec(statement))


def _context(request: Request, auth: Auth, session: Session, **extra: object) -> dict:  # type: ignore[type-arg]
    agent = configured_agent(session)
    q = request.query_params.get("q", "")
    kind = request.query_params.get("kind", "")
    sources = _sources(session, agent.id, q, kind)  # type: ignore[arg-type]
    used_files = {s.file_id for s in session.exec(select(KnowledgeSource).where(KnowledgeSource.agent_id == agent.id))}
    used_articles = {s.article_id for s in session.exec(select(KnowledgeSource).where(
        KnowledgeSource.agent_id == agent.id))}
    files = {f.id: f for f in session.exec(select(StoredFile))}
    context = base_context(request, auth, "sources") | {
        "agent": agent, "sources": sources, "q": q, "kind": kind, "files": files,
        "pending": any(s.status in PENDING or is_being_removed(s) for s in sources),
        "library": library_files(session, show_all=request.query_params.get("all") == "1"),
        "used_files": used_files, "used_articles": used_articles,
        "articles": list(session.exec(select(KnowledgeArticle).order_by(col(KnowledgeArticle.updated_at).desc()))),
        "max_mb": request.app.state.settings.ingestion.max_file_bytes // (1024 * 1024),
        "errors": {}, "confirm": [], "added": [], "url": "",
    }
    return context | extra


@router.get("", response_class=HTMLResponse)
def sources_page(request: Request, auth: Auth = Depends(super_admin)) -> Response:
    with Session(request.app.state.container.engine) as session:
        context = _context(request, auth, session)
    target = request.headers.get("HX-Target") if is_htmx(request) else None
    block = {"source-table": "table", "library": "library"}.get(target or "")
    return page(request, "admin/sources.html", context, block=block)


@router.get("/library", response_class=HTMLResponse)
def library(request: Request, q: str = "", all: str = "", auth: Auth = Depends(super_admin)) -> Response:
    """The Files library picker (search, recent list, "show all"): a fragment for the add-content panel."""
    with Session(request.app.state.container.engine) as session:
        context = _context(request, auth, session, library=library_files(session, q=q, show_all=all == "1"),
                           library_q=q)
    return page(request, "admin/sources.html", context, block="library")


@router.post("/remove", response_class=HTMLResponse)
async def remove(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    """Step one (no ``confirmed``): show which sources would go. Step two: remove them (vectors, then rows)."""
    form = await request.form()
    ids = sorted({int(v) for v in form.getlist("source_id") if str(v).isdigit()})
    container = request.app.state.container
    with Session(container.engine) as session:
        agent = configured_agent(session)
        chosen = [s for s in (session.get(KnowledgeSource, i) for i in ids) if s and s.agent_id == agent.id]
        if not chosen:
            context = _context(request, auth, session, errors={"remove": "Select at least one source to remove."})
            return page(request, "admin/sources.html", context, block="table" if is_htmx(request) else None,
                        status_code=422)
        if form.get("confirmed") != "yes":
            context = _context(request, auth, session, confirm=chosen)
            return page(request, "admin/sources.html", context, block="table" if is_htmx(request) else None)
    for source in chosen:
        await container.worker.remove_source(source.id)
    return _after_change(request, auth)


def _after_change(request: Request, auth: Auth, **extra: object) -> Response:
    """The table (HTMX, with the Files library swapped out of band: which files are sources changed) or a redirect
    back to the page (plain form post), after a successful change."""
    if not is_htmx(request):
        return RedirectResponse("/admin/sources", status_code=303)
    with Session(request.app.state.container.engine) as session:
        context = _context(request, auth, session, oob_library=True, **extra)
    return page(request, "admin/sources.html", context, block="table")


def _form_error(request: Request, auth: Auth, field: str, message: str, **extra: object) -> Response:
    with Session(request.app.state.container.engine) as session:
        context = _context(request, auth, session, errors={field: message}, **extra)
    return page(request, "admin/sources.html", context, status_code=422)


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request, file: UploadFile | None = None, auth: Auth = Depends(super_admin_csrf)) -> Response:
    limit = request.app.state.settings.ingestion.max_file_bytes
    if file is None or not file.filename:
        return _form_error(request, auth, "upload", "Choose a file to upload.")
    content = await file.read(limit + 1)
    if len(content) > limit:
        return _form_error(request, auth, "upload", f"The file is larger than {limit // (1024 * 1024)} MB.")
    if not content:
        return _form_error(request, auth, "upload", "The file is empty.")
    container = request.app.state.container
    with Session(container.engine) as session:
        agent = configured_agent(session)
        stored = store_file(session=session, files_dir=container.settings.files_dir, filename=file.filename,
                            content=content)
        if session.exec(select(KnowledgeSource).where(KnowledgeSource.agent_id == agent.id,
                                                      KnowledgeSource.file_id == stored.id)).first():
            session.commit()  # the file stays in the library; it is already a source
            return _form_error(request, auth, "upload", f"{stored.filename} is already a source.")
        add_source(session=session, agent_id=agent.id, kind=SourceKind.FILE,  # type: ignore[arg-type]
                   title=safe_filename(file.filename), file_id=stored.id)
        session.commit()
    container.worker.notify()
    return _after_change(request, auth)


def check_public_url(url: str) -> str | None:
    """Why ``url`` cannot be a source, or None. (The guarded fetcher refuses private addresses when it runs.)"""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "Enter a full web address starting with http:// or https://."
    if len(url) > 2048:
        return "The address is longer than 2048 characters."
    if parts.username or parts.password:
        return "The address must not contain a user name or password."
    return None


@router.post("/url", response_class=HTMLResponse)
async def add_url(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    form = await request.form()
    url = str(form.get("url", "")).strip()
    problem = check_public_url(url)
    container = request.app.state.container
    with Session(container.engine) as session:
        agent = configured_agent(session)
        if problem is None and session.exec(select(KnowledgeSource).where(
                KnowledgeSource.agent_id == agent.id, KnowledgeSource.url == url)).first():
            problem = "This address is already a source."
        if problem:
            return _form_error(request, auth, "url", problem, url=url)
        add_source(session=session, agent_id=agent.id, kind=SourceKind.URL, title=url, url=url)  # type: ignore[arg-type]
        session.commit()
    container.worker.notify()
    return _after_change(request, auth)


@router.post("/articles", response_class=HTMLResponse)
async def add_articles(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    return await _add_chosen(request, auth, "article_id", "articles")


@router.post("/files", response_class=HTMLResponse)
async def add_files(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    return await _add_chosen(request, auth, "file_id", "files")


async def _add_chosen(request: Request, auth: Auth, field: str, error_key: str) -> Response:
    """Add the checked knowledge-base articles or library files as sources (those already sources are skipped)."""
    form = await request.form()
    ids = sorted({int(v) for v in form.getlist(field) if str(v).isdigit()})
    container = request.app.state.container
    with Session(container.engine) as session:
        agent = configured_agent(session)
        model = KnowledgeArticle if field == "article_id" else StoredFile
        found = [item for item in (session.get(model, i) for i in ids) if item is not None]
        attribute = getattr(KnowledgeSource, field)
        existing = set(session.exec(select(attribute).where(KnowledgeSource.agent_id == agent.id)))
        new = [item for item in found if item.id not in existing]
        if not new:
            what = "article" if field == "article_id" else "file"
            return _form_error(request, auth, error_key, f"Select at least one {what} that is not a source yet.")
        for item in new:
            if isinstance(item, KnowledgeArticle):
                add_source(session=session, agent_id=agent.id, kind=SourceKind.KB_ARTICLE,  # type: ignore[arg-type]
                           title=item.title, article_id=item.id)
            else:
                add_source(session=session, agent_id=agent.id, kind=SourceKind.FILE,  # type: ignore[arg-type]
                           title=item.filename, file_id=item.id)
        session.commit()
    container.worker.notify()
    return _after_change(request, auth)
