"""The create-agent wizard (super admin): name → handoff inbox (an existing chat inbox or a new one) → knowledge
sources (at least one: Files library, knowledge-base articles, an upload or a public URL) → create.

The wizard's state travels in the form itself (hidden fields), so "Back" keeps everything entered and nothing is
written to the database before the last step, except an uploaded file, which goes to the shared Files library
(where it is useful whether or not the agent gets created). The last step creates the inbox (if new), the agent and
its sources in one transaction, then wakes the ingestion worker.

The sources step lists the Files library with the sources page's picker (search, "recently updated" or "show all").
A search or a toggle re-renders the picker (HTMX) or the whole step (no JavaScript) from the posted form, so the
ticked files stay ticked whether or not they are listed; the search and the toggle are wizard state too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session, col, select
from starlette.datastructures import FormData, UploadFile

from appliance.domain.accounts import AuthSession, User
from appliance.domain.agents import AgentCreate, Inbox, create_agent, ensure_inbox, the_agent
from appliance.domain.knowledge import KnowledgeArticle, SourceKind, StoredFile, add_source, safe_filename, store_file
from appliance.web.routes.admin import base_context, page, super_admin, super_admin_csrf
from appliance.web.routes.admin_sources import check_public_url, library_files
from appliance.web.templating import is_htmx

router = APIRouter(prefix="/admin/agent/new")
Auth = tuple[User, AuthSession]
STEPS = ("name", "inbox", "sources", "review")
LIBRARY_OPS = {"search": None, "show_all": True, "show_recent": False}  # op → the "show all" it sets (None: kept)
MAX_QUERY = 200


@dataclass
class WizardState:
    """Everything entered so far; rebuilt from the form on every request."""

    name: str = ""
    inbox_choice: str = ""  # an existing inbox id, or "new"
    new_inbox: str = ""
    file_ids: list[int] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    q: str = ""  # the Files library search
    show_all: bool = False  # list every library file, not only the recently updated ones

    @classmethod
    def from_form(cls, form: FormData) -> WizardState:
        def ints(key: str) -> list[int]:
            return list(dict.fromkeys(int(v) for v in form.getlist(key) if str(v).isdigit()))

        urls = [str(v).strip() for v in form.getlist("urls") if str(v).strip()]
        return cls(name=str(form.get("name", "")).strip(), inbox_choice=str(form.get("inbox_choice", "")),
                   new_inbox=str(form.get("new_inbox", "")).strip(), file_ids=ints("file_id"),
                   article_ids=ints("article_id"), urls=list(dict.fromkeys(urls)),
                   q=str(form.get("q", "")).strip()[:MAX_QUERY], show_all=form.get("show_all") == "1")


def validate_step(session: Session, step: str, state: WizardState) -> dict[str, str]:
    """The field errors of one step (empty when it may be left)."""
    errors: dict[str, str] = {}
    if step == "name":
        if not state.name:
            errors["name"] = "The agent needs a name."
        elif len(state.name) > 80:
            errors["name"] = "At most 80 characters."
    elif step == "inbox":
        if state.inbox_choice == "new":
            if not state.new_inbox:
                errors["new_inbox"] = "Name the new inbox."
            elif len(state.new_inbox) > 120:
                errors["new_inbox"] = "At most 120 characters."
            elif session.exec(select(Inbox).where(Inbox.name == state.new_inbox)).first():
                errors["new_inbox"] = "An inbox with this name exists: choose it above."
        elif not (state.inbox_choice.isdigit() and session.get(Inbox, int(state.inbox_choice))):
            errors["inbox_choice"] = "Choose an inbox or create a new one."
    elif step == "sources":
        if not (state.file_ids or state.article_ids or state.urls):
            errors["sources"] = "Add at least one knowledge source."
        for url in state.urls:
            problem = check_public_url(url)
            if problem:
                errors["sources"] = f"{url}: {problem}"
    return errors


def _render(request: Request, auth: Auth, session: Session, step: str, state: WizardState,
            errors: dict[str, str], *, status_code: int = 200, block: str | None = None) -> Response:
    library = library_files(session, q=state.q, show_all=state.show_all)
    listed = {f.id for f in library}
    chosen = [f for f in (session.get(StoredFile, i) for i in state.file_ids) if f]
    context = base_context(request, auth, "wizard") | {
        "step": step, "steps": STEPS, "state": state, "errors": errors,
        "inboxes": list(session.exec(select(Inbox).order_by(Inbox.name))),
        "library": library, "library_q": state.q, "library_all": state.show_all, "library_post": router.prefix,
        "used_files": set(), "checked_files": set(state.file_ids),
        "chosen_unlisted": [f for f in chosen if f.id not in listed],  # ticked, but not in this search or list
        "articles": list(session.exec(select(KnowledgeArticle).order_by(col(KnowledgeArticle.updated_at).desc()))),
        "max_mb": request.app.state.settings.ingestion.max_file_bytes // (1024 * 1024),
    }
    return page(request, "admin/wizard.html", context, status_code=status_code, block=block)


@router.get("", response_class=HTMLResponse)
def wizard(request: Request, auth: Auth = Depends(super_admin)) -> Response:
    with Session(request.app.state.container.engine) as session:
        if the_agent(session=session) is not None:
            return RedirectResponse("/admin", status_code=303)
        return _render(request, auth, session, "name", WizardState(), {})


@router.post("", response_class=HTMLResponse)
async def wizard_step(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    """``step`` is the step shown; ``op`` is ``next``, ``back``, ``upload``, ``add_url``, ``create``, or one of the
    library picker's ``search``, ``show_all`` and ``show_recent`` (an HTMX request gets the picker alone)."""
    form = await request.form()
    state = WizardState.from_form(form)
    step = str(form.get("step", "name"))
    step = step if step in STEPS else "name"
    op = str(form.get("op", "next"))
    container = request.app.state.container
    with Session(container.engine) as session:
        if the_agent(session=session) is not None:
            return RedirectResponse("/admin", status_code=303)
        index = STEPS.index(step)
        if op == "back":
            return _render(request, auth, session, STEPS[max(index - 1, 0)], state, {})
        if op in LIBRARY_OPS:
            show_all = LIBRARY_OPS[op]
            state.show_all = state.show_all if show_all is None else show_all
            return _render(request, auth, session, step, state, {}, block="library" if is_htmx(request) else None)
        if op == "add_url":
            url = str(form.get("new_url", "")).strip()
            problem = check_public_url(url)
            if problem:
                return _render(request, auth, session, step, state, {"new_url": problem}, status_code=422)
            state.urls = list(dict.fromkeys([*state.urls, url]))
            return _render(request, auth, session, step, state, {})
        if op == "upload":
            upload = form.get("file")
            error = await _store_upload(request, session, upload, state)
            if error:
                return _render(request, auth, session, step, state, {"upload": error}, status_code=422)
            session.commit()
            return _render(request, auth, session, step, state, {})
        errors = validate_step(session, step, state)
        if errors:
            return _render(request, auth, session, step, state, errors, status_code=422)
        if op != "create" or step != "review":
            return _render(request, auth, session, STEPS[min(index + 1, len(STEPS) - 1)], state, {})
        for earlier in STEPS[:-1]:  # the hidden fields could have been edited: check everything again
            errors = validate_step(session, earlier, state)
            if errors:
                return _render(request, auth, session, earlier, state, errors, status_code=422)
        _create(session, state)
        session.commit()
    container.worker.notify()
    return RedirectResponse("/admin/sources", status_code=303)


async def _store_upload(request: Request, session: Session, upload: object, state: WizardState) -> str | None:
    """Put an uploaded file in the Files library and select it; or say why not."""
    if not isinstance(upload, UploadFile) or not upload.filename:
        return "Choose a file to upload."
    limit = request.app.state.settings.ingestion.max_file_bytes
    content = await upload.read(limit + 1)
    if len(content) > limit:
        return f"The file is larger than {limit // (1024 * 1024)} MB."
    if not content:
        return "The file is empty."
    stored = store_file(session=session, files_dir=request.app.state.container.settings.files_dir,
                        filename=safe_filename(upload.filename), content=content)
    state.file_ids = list(dict.fromkeys([*state.file_ids, stored.id]))  # type: ignore[list-item]
    return None


def _create(session: Session, state: WizardState) -> None:
    if state.inbox_choice == "new":
        inbox_id = ensure_inbox(session=session, name=state.new_inbox).id
    else:
        inbox_id = int(state.inbox_choice)
    agent = create_agent(session=session, data=AgentCreate(name=state.name, inbox_id=inbox_id))  # type: ignore[arg-type]
    for file_id in state.file_ids:
        stored = session.get(StoredFile, file_id)
        if stored is not None:
            add_source(session=session, agent_id=agent.id, kind=SourceKind.FILE, title=stored.filename,  # type: ignore[arg-type]
                       file_id=stored.id)
    for article_id in state.article_ids:
        article = session.get(KnowledgeArticle, article_id)
        if article is not None:
            add_source(session=session, agent_id=agent.id, kind=SourceKind.KB_ARTICLE, title=article.title,  # type: ignore[arg-type]
                       article_id=article.id)
    for url in state.urls:
        add_source(session=session, agent_id=agent.id, kind=SourceKind.URL, title=url, url=url)  # type: ignore[arg-type]
