"""Content gaps (PRODUCT 26): questions the knowledge could not answer, grouped by meaning, with the rep's later
answer; "write an article from this" opens the knowledge-base editor prefilled and, once saved, the article is a
source of the agent and the group shows when later questions are answered from it. Super admins see every quote and
write articles; a rep sees the gaps of the quotes they own.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from appliance.analytics.export import gaps_csv
from appliance.analytics.gaps import article_draft
from appliance.analytics.service import GAP_DAYS, RANGES, InsightService, parse_days
from appliance.domain.accounts import AuthSession, User
from appliance.domain.agent_settings import field_errors
from appliance.web.routes.admin import base_context, page, signed_in, super_admin, super_admin_csrf
from appliance.web.routes.admin_analytics import insight

router = APIRouter(prefix="/admin/gaps")
Auth = tuple[User, AuthSession]


@router.get("", response_class=HTMLResponse)
async def gaps(request: Request, auth: Auth = Depends(signed_in),
               service: InsightService = Depends(insight)) -> Response:
    days = _days(request)
    groups = await asyncio.to_thread(service.gaps, user=auth[0], days=days)  # embedding new questions is CPU work
    return page(request, "admin/gaps.html", base_context(request, auth, "gaps") | {"groups": groups, "days": days,
                                                                                   "ranges": RANGES})


def _days(request: Request) -> int:
    return parse_days(request.query_params.get("days"), GAP_DAYS)


@router.get("/export.csv")
async def export(request: Request, auth: Auth = Depends(signed_in),
                 service: InsightService = Depends(insight)) -> Response:
    groups = await asyncio.to_thread(service.gaps, user=auth[0], days=_days(request))
    return Response(gaps_csv(groups), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="content-gaps.csv"',
                             "Cache-Control": "private, no-store"})


def _editor(request: Request, auth: Auth, *, key: int, days: int, question: str, title: str, body: str,
            errors: dict[str, str], status_code: int = 200) -> Response:
    """The knowledge-base editor, prefilled, saving through this gap (so the article stays linked to it)."""
    context = base_context(request, auth, "kb") | {
        "article": None, "title": title, "body": body, "use_as_source": True, "errors": errors,
        "form_action": f"/admin/gaps/{key}/article?days={days}", "from_gap": question,
    }
    return page(request, "admin/kb_edit.html", context, status_code=status_code)


@router.get("/{key}/article", response_class=HTMLResponse)
async def new_article(request: Request, key: int, auth: Auth = Depends(super_admin),
                      service: InsightService = Depends(insight)) -> Response:
    days = _days(request)
    group = await asyncio.to_thread(service.gap, user=auth[0], key=key, days=days)
    if group is None:
        raise HTTPException(404)
    title, body = article_draft(group)
    return _editor(request, auth, key=key, days=days, question=group.title, title=title, body=body, errors={})


@router.post("/{key}/article", response_class=HTMLResponse)
async def save_article(request: Request, key: int, auth: Auth = Depends(super_admin_csrf),
                       service: InsightService = Depends(insight)) -> Response:
    form = await request.form()
    title, body = str(form.get("title", "")), str(form.get("body", ""))
    days = _days(request)
    try:
        article = await asyncio.to_thread(service.write_article, user=auth[0], key=key, title=title, body=body,
                                          days=days)
    except ValidationError as error:
        return _editor(request, auth, key=key, days=days, question="", title=title, body=body,
                       errors=field_errors(error), status_code=422)
    if article is None:
        raise HTTPException(404)
    request.app.state.container.worker.notify()
    return RedirectResponse(f"/admin/gaps?days={days}", status_code=303)
