"""The knowledge base (super admin): write and edit articles (Markdown: headings, lists), optionally used as sources.

Saving an edited article re-queues every source built from it, so the agent answers from the new text once the
worker has re-indexed it. A form with bad input saves nothing and shows the message next to the field.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlmodel import Session, col, select

from appliance.domain.accounts import AuthSession, User
from appliance.domain.agent_settings import field_errors
from appliance.domain.agents import the_agent
from appliance.domain.articles import update_article
from appliance.domain.knowledge import (
    KnowledgeArticle,
    KnowledgeArticleCreate,
    KnowledgeSource,
    SourceKind,
    add_source,
    create_article,
)
from appliance.web.routes.admin import base_context, page, super_admin, super_admin_csrf

router = APIRouter(prefix="/admin/kb")
Auth = tuple[User, AuthSession]


@router.get("", response_class=HTMLResponse)
def articles(request: Request, auth: Auth = Depends(super_admin)) -> Response:
    with Session(request.app.state.container.engine) as session:
        rows = list(session.exec(select(KnowledgeArticle).order_by(col(KnowledgeArticle.updated_at).desc())))
        used = {s.article_id: s for s in session.exec(select(KnowledgeSource).where(col(KnowledgeSource.article_id).is_not(None)))}
    return page(request, "admin/kb_list.html", base_context(request, auth, "kb") | {"articles": rows, "used": used})


def _editor(request: Request, auth: Auth, *, article: KnowledgeArticle | None, title: str, body: str,
            use_as_source: bool, errors: dict[str, str], status_code: int = 200) -> Response:
    context = base_context(request, auth, "kb") | {
        "article": article, "title": title, "body": body, "use_as_source": use_as_source, "errors": errors,
    }
    return page(request, "admin/kb_edit.html", context, status_code=status_code)


@router.get("/new", response_class=HTMLResponse)
def new_article(request: Request, auth: Auth = Depends(super_admin)) -> Response:
    return _editor(request, auth, article=None, title="", body="", use_as_source=True, errors={})


@router.post("/new", response_class=HTMLResponse)
async def create(request: Request, auth: Auth = Depends(super_admin_csrf)) -> Response:
    form = await request.form()
    title, body = str(form.get("title", "")), str(form.get("body", ""))
    use_as_source = form.get("use_as_source") == "yes"
    try:
        data = KnowledgeArticleCreate(title=title, body=body)
    except ValidationError as error:
        return _editor(request, auth, article=None, title=title, body=body, use_as_source=use_as_source,
                       errors=field_errors(error), status_code=422)
    container = request.app.state.container
    with Session(container.engine) as session:
        article = create_article(session=session, data=data)
        agent = the_agent(session=session)
        if use_as_source and agent is not None:
            add_source(session=session, agent_id=agent.id, kind=SourceKind.KB_ARTICLE,  # type: ignore[arg-type]
                       title=article.title, article_id=article.id)
        session.commit()
    if use_as_source:
        container.worker.notify()
    return RedirectResponse("/admin/kb", status_code=303)


@router.get("/{article_id}", response_class=HTMLResponse)
def edit_article(request: Request, article_id: int, auth: Auth = Depends(super_admin)) -> Response:
    with Session(request.app.state.container.engine) as session:
        article = session.get(KnowledgeArticle, article_id)
        if article is None:
            raise HTTPException(404)
        return _editor(request, auth, article=article, title=article.title, body=article.body,
                       use_as_source=False, errors={})


@router.post("/{article_id}", response_class=HTMLResponse)
async def save_article(request: Request, article_id: int, auth: Auth = Depends(super_admin_csrf)) -> Response:
    form = await request.form()
    title, body = str(form.get("title", "")), str(form.get("body", ""))
    container = request.app.state.container
    with Session(container.engine, expire_on_commit=False) as session:
        article = session.get(KnowledgeArticle, article_id)
        if article is None:
            raise HTTPException(404)
        try:
            data = KnowledgeArticleCreate(title=title, body=body)
        except ValidationError as error:
            return _editor(request, auth, article=article, title=title, body=body, use_as_source=False,
                           errors=field_errors(error), status_code=422)
        requeued = update_article(session=session, article=article, data=data)
        session.commit()
    if requeued:
        container.worker.notify()
    return RedirectResponse("/admin/kb", status_code=303)
