"""A cap on request bodies, enforced before anything reads them.

Starlette spools a multipart upload to a temporary file while it parses the form, so a route that checks the
upload's size only does so once the whole body is on disk. ``RequestSizeLimit`` sits in front of the app instead:

* a ``Content-Length`` above the limit is answered 413 at once, without reading a byte of the body;
* a body without one (chunked) is counted as it streams; the first chunk past the limit ends the request: the app
  receives an error instead of the chunk, and whatever it tries to answer is replaced by the 413;
* a ``Content-Length`` that is not a number is answered 400.

Add it last in ``create_app`` (the last middleware added is the outermost), so no other middleware reads the body
first.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MULTIPART_OVERHEAD = 1024 * 1024  # room for the form's boundaries, headers and small fields around one file


class BodyTooLarge(Exception):
    """Raised to the app from ``receive`` when the body passes the limit."""


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.3g} MB" if count >= 1024 * 1024 else f"{count} bytes"


class RequestSizeLimit:
    """ASGI middleware: HTTP request bodies larger than ``max_bytes`` get 413 Request Entity Too Large."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        if max_bytes < 0:
            raise ValueError("max_bytes must not be negative")
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == "invalid":
            await _refuse(send, 400, "The request's Content-Length is not valid.")
            return
        if isinstance(declared, int) and declared > self.max_bytes:
            await _refuse(send, 413, f"The request is larger than {_size(self.max_bytes)}.")
            return

        received = 0
        exceeded = False
        started = False

        async def counting_receive() -> Message:
            nonlocal received, exceeded
            if exceeded:
                raise BodyTooLarge
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:
                return  # the app's answer to a cut-off body is dropped; the 413 below replaces it
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not exceeded:  # not ours: let the server (or outer middleware) report it
                raise
        if exceeded and not started:
            await _refuse(send, 413, f"The request is larger than {_size(self.max_bytes)}.")


def _content_length(scope: Scope) -> int | str | None:
    """The declared body size, None when absent, or "invalid" (not digits, or several different values)."""
    values = {value.strip() for name, value in scope.get("headers", []) if name.lower() == b"content-length"}
    if not values:
        return None
    if len(values) > 1:
        return "invalid"
    value = values.pop()
    return int(value) if value.isdigit() else "invalid"


async def _refuse(send: Send, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),  # the unread body must not be taken for the next request
        (b"x-content-type-options", b"nosniff"),
    ]})
    await send({"type": "http.response.body", "body": body})
