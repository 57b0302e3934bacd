"""`create_app(settings)`: the FastAPI application. Heavy objects are built once in the lifespan (see container.py)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from appliance.settings import Settings
from appliance.web.templating import templates

STATIC_DIR = Path(__file__).parent / "static"
VENDOR_FILES = ("vendor/htmx.min.js", "vendor/sse.js")
log = logging.getLogger(__name__)


class StaticAssetsMissing(RuntimeError):
    pass


def check_static_assets() -> None:
    missing = [name for name in VENDOR_FILES if not (STATIC_DIR / name).is_file()]
    if missing:
        raise StaticAssetsMissing(
            f"front-end files missing: {', '.join(missing)}; run scripts/setup (it installs htmx from the npm "
            "registry with `npm ci --prefix web-vendor` and copies it into appliance/web/static/vendor)"
        )


async def _warm(pipeline) -> None:  # type: ignore[no-untyped-def]
    try:
        embedded = await pipeline.warm_all()
        log.info("answer units of the ready sources embedded ahead of questions: %d", embedded)
    except Exception:  # noqa: BLE001 - answering still works, paying for the vectors on first use
        log.exception("warming the answer units failed")


def create_app(settings: Settings, *, container=None) -> FastAPI:  # type: ignore[no-untyped-def]
    """The web app. Pass ``container`` to reuse one already built (tests); otherwise the lifespan builds it."""
    check_static_assets()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from appliance.container import build_container

        own = container is None
        app.state.container = container or await build_container(settings)
        app.state.secret_key = settings.resolved_secret_key()
        worker_task = asyncio.create_task(app.state.container.worker.run_forever())
        # Sources ingested before this start: their sentence vectors are computed in the background.
        warm_task = asyncio.create_task(_warm(app.state.container.pipeline))
        tasks = [worker_task, warm_task]
        from appliance.analytics.outcomes import run_forever as settle_outcomes

        tasks.append(asyncio.create_task(settle_outcomes(app.state.container.engine)))  # insight counters
        if settings.smtp.host and app.state.container.outbox is not None:  # no server: emails wait in the outbox
            tasks.append(asyncio.create_task(app.state.container.outbox.run_forever()))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if own:
                await app.state.container.aclose()

    app = FastAPI(title="Closing agent appliance", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json" if settings.security.openapi else None)
    app.state.settings = settings
    from appliance.health import ModelProbe
    from appliance.web.errors import install_error_pages
    from appliance.web.ratelimit import BuyerLimits

    app.state.buyer_limits = BuyerLimits.from_settings(settings.security)
    app.state.model_probe = ModelProbe(settings)
    install_error_pages(app)  # rate limits (429) and a full disk (507) as pages the person can read
    app.state.banner = ""
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    from appliance.web.routes import (admin, admin_agent, admin_identity, admin_kb, admin_quotes, admin_sources,
                                      admin_test_panel, admin_wizard, api, auth, buyer, inbox)
    from appliance.web.routes import admin_analytics, admin_gaps, buyer_feedback

    app.include_router(buyer.router)
    app.include_router(auth.router)
    app.include_router(admin.router)
    app.include_router(admin_sources.router)
    app.include_router(admin_kb.router)
    app.include_router(admin_agent.router)
    app.include_router(admin_identity.router)
    app.include_router(admin_identity.avatars_router)
    app.include_router(admin_quotes.router)
    app.include_router(admin_wizard.router)
    app.include_router(admin_test_panel.router)
    app.include_router(api.router)
    app.include_router(inbox.router)
    app.include_router(buyer_feedback.router)
    app.include_router(admin_analytics.router)
    app.include_router(admin_gaps.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):  # type: ignore[no-untyped-def]
        if exc.status_code == 404:
            return templates.TemplateResponse(request, "not_found.html", {}, status_code=404)
        if exc.status_code in (401, 303) and exc.headers and "Location" in exc.headers:
            return HTMLResponse("", status_code=303, headers=exc.headers)
        return PlainTextResponse(str(exc.detail), status_code=exc.status_code, headers=exc.headers)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        # same-origin, not no-referrer: under no-referrer browsers send "Origin: null" on our own form posts, and
        # the sign-in's Origin check (web/security.py) must tell our origin from another site's. Nothing leaves.
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        )
        return response

    from appliance.web.limits import MULTIPART_OVERHEAD, RequestSizeLimit

    # Added last = outermost: a request body over the cap is refused (413) before anything spools or parses it.
    app.add_middleware(RequestSizeLimit, max_bytes=settings.ingestion.max_file_bytes + MULTIPART_OVERHEAD)
    return app
