"""Analytics (PRODUCT 25): the figures per period, quote and language, the charts (SVG images rendered by the
server), a CSV export of every table, and the deal digest of a quote (PRODUCT 27). Super admins see every quote, a
rep the quotes they own. Definitions of the figures: `appliance/analytics/figures.py` and the screen's help text.
"""

from __future__ import annotations

import threading

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from appliance.analytics.charts import CHARTS
from appliance.analytics.digest import STATUS
from appliance.analytics.export import TABLES, to_csv
from appliance.analytics.service import RANGES, InsightService, ReportRequest
from appliance.analytics.figures import PERIODS
from appliance.domain.accounts import AuthSession, User
from appliance.web.routes.admin import base_context, page, signed_in

router = APIRouter(prefix="/admin")
Auth = tuple[User, AuthSession]
_lock = threading.Lock()
# An image of our own making, shown with <img>: it runs no script and loads nothing; its inline styles are its own.
SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def insight(request: Request) -> InsightService:
    """The app's insight service, built once (it keeps the question vectors of the gap report)."""
    state = request.app.state
    with _lock:
        if getattr(state, "insight", None) is None:
            container = state.container
            # The multilingual embedder groups a question with its translations; the retrieval embedder otherwise.
            state.insight = InsightService(engine=container.engine,
                                           embedder=container.multilingual or container.embedder)
    return state.insight


def _ask(request: Request) -> ReportRequest:
    query = request.query_params
    return ReportRequest.parse(query.get("days"), query.get("period"), query.get("quote"))


@router.get("/analytics", response_class=HTMLResponse)
def analytics(request: Request, auth: Auth = Depends(signed_in),
              service: InsightService = Depends(insight)) -> Response:
    ask = _ask(request)
    report = service.report(user=auth[0], ask=ask)
    query = f"days={ask.days}&period={ask.period}" + (f"&quote={ask.quote_id}" if ask.quote_id else "")
    context = base_context(request, auth, "analytics") | {
        "report": report, "ask": ask, "query": query, "ranges": RANGES, "periods": PERIODS,
        "window_minutes": int(service.window.total_seconds() // 60),
    }
    return page(request, "admin/analytics.html", context)


@router.get("/analytics/charts/{name}.svg")
def chart(request: Request, name: str, auth: Auth = Depends(signed_in),
          service: InsightService = Depends(insight)) -> Response:
    render = CHARTS.get(name)
    if render is None:
        raise HTTPException(404)
    svg = render(service.report(user=auth[0], ask=_ask(request)))
    return Response(svg, media_type="image/svg+xml",
                    headers={"Content-Security-Policy": SVG_CSP, "Cache-Control": "private, no-store"})


@router.get("/analytics/export/{table}.csv")
def export(request: Request, table: str, auth: Auth = Depends(signed_in),
           service: InsightService = Depends(insight)) -> Response:
    if table not in TABLES:
        raise HTTPException(404)
    ask = _ask(request)
    text = to_csv(service.report(user=auth[0], ask=ask), table)
    filename = f"analytics-{table}-{ask.days}d-{ask.period}.csv"
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"',
                             "Cache-Control": "private, no-store"})


@router.get("/quotes/{quote_id}/digest", response_class=HTMLResponse)
def digest(request: Request, quote_id: int, auth: Auth = Depends(signed_in),
           service: InsightService = Depends(insight)) -> Response:
    found = service.digest(user=auth[0], quote_id=quote_id)
    if found is None:
        raise HTTPException(404)
    return page(request, "admin/analytics_digest.html",
                base_context(request, auth, "quotes") | {"digest": found, "status_labels": STATUS})
