"""Error pages a person can read: a rate limit (429, with ``Retry-After``) and a full disk (507).

For an HTMX request from the buyer's chat a rate-limit message goes to the chat's error line (``#chat-error``);
anything else gets a page.
"""

from __future__ import annotations

import errno
import logging

from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy.exc import OperationalError

from appliance import metrics
from appliance.web.ratelimit import RateLimited
from appliance.web.templating import is_htmx, templates

log = logging.getLogger(__name__)
PAGE = "error.html"
DISK_FULL = ("The appliance's disk is full, so nothing new can be saved right now. Nothing already saved was lost. "
             "Please tell the administrator; once space is freed, try again.")


def is_disk_full(error: BaseException) -> bool:
    """ENOSPC/EDQUOT from the OS, or SQLite's "database or disk is full"."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = str(error).lower()
    return isinstance(error, OperationalError) and ("disk is full" in text or "no space left" in text)


def _page(request: Request, *, title: str, message: str, status_code: int, headers: dict[str, str]) -> Response:
    if is_htmx(request):
        headers = {**headers, "HX-Retarget": "#chat-error", "HX-Reswap": "innerHTML"}
        return templates.TemplateResponse(request, PAGE, {"title": title, "message": message},
                                          block_name="message", status_code=status_code, headers=headers)
    return templates.TemplateResponse(request, PAGE, {"title": title, "message": message}, status_code=status_code,
                                      headers=headers)


def install_error_pages(app: FastAPI) -> None:
    @app.exception_handler(RateLimited)
    async def rate_limited(request: Request, exc: RateLimited) -> Response:
        metrics.RATE_LIMITED.labels(limit="buyer").inc()
        return _page(request, title="Please slow down", message=exc.message, status_code=429,
                     headers={"Retry-After": str(exc.retry_after)})

    async def disk_full(request: Request, exc: Exception) -> Response:
        if not is_disk_full(exc):
            raise exc
        log.error("disk full while serving %s %s: %s", request.method, request.url.path, exc)
        return _page(request, title="The disk is full", message=DISK_FULL, status_code=507,
                     headers={"Retry-After": "60"})

    app.add_exception_handler(OSError, disk_full)
    app.add_exception_handler(OperationalError, disk_full)
