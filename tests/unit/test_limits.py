"""The request-size cap in front of a tiny Starlette app: driven directly over ASGI (to count what the app pulled from
the client) and through a real uvicorn server on 127.0.0.1 (to see the 413 arrive before the body is sent)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from appliance.web.limits import RequestSizeLimit

LIMIT = 10_000
BOUNDARY = "limit-test-boundary"
HANDLED: list[str] = []  # what the routes finished; a refused request must not appear here


async def upload(request: Request) -> PlainTextResponse:
    form = await request.form()
    data = await form["file"].read()  # type: ignore[union-attr]
    HANDLED.append(f"upload {len(data)}")
    return PlainTextResponse(f"got {len(data)} bytes")


async def swallow(request: Request) -> PlainTextResponse:
    """An app that hides the error and answers 200: the cap must still win."""
    try:
        body = await request.body()
    except Exception:  # noqa: BLE001 - the point of this route
        return PlainTextResponse("read error ignored")
    HANDLED.append(f"swallow {len(body)}")
    return PlainTextResponse("ok")


async def broken(request: Request) -> PlainTextResponse:
    raise RuntimeError("a bug in the app")


def tiny_app() -> RequestSizeLimit:
    routes = [Route("/upload", upload, methods=["POST"]), Route("/swallow", swallow, methods=["POST"]),
              Route("/broken", broken, methods=["POST"])]
    return RequestSizeLimit(Starlette(routes=routes), max_bytes=LIMIT)


def multipart(size: int) -> bytes:
    return (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + b"x" * size + f"\r\n--{BOUNDARY}--\r\n".encode()


def call(app, path: str, chunks: list[bytes], *, content_length: int | str | None) -> tuple[int, bytes, int]:  # type: ignore[no-untyped-def]
    """Run one request through ``app``; returns the status, the body and how many body chunks were pulled."""
    headers = [(b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode())]
    if content_length is not None:
        headers.append((b"content-length", str(content_length).encode()))
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "", "headers": headers,
             "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 80)}
    pulled = 0
    sent: list[dict] = []  # type: ignore[type-arg]

    async def receive() -> dict:  # type: ignore[type-arg]
        nonlocal pulled
        if pulled < len(chunks):
            pulled += 1
            return {"type": "http.request", "body": chunks[pulled - 1], "more_body": pulled < len(chunks)}
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:  # type: ignore[type-arg]
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    starts = [m for m in sent if m["type"] == "http.response.start"]
    assert len(starts) == 1, sent
    return starts[0]["status"], b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body"), pulled


def pieces(data: bytes, size: int = 1000) -> list[bytes]:
    return [data[i:i + size] for i in range(0, len(data), size)]


def test_a_declared_length_over_the_limit_is_refused_without_reading_the_body():
    HANDLED.clear()
    body = multipart(LIMIT * 5)
    status, text, pulled = call(tiny_app(), "/upload", pieces(body), content_length=len(body))
    assert (status, pulled, HANDLED) == (413, 0, [])
    assert b"larger than" in text


def test_a_chunked_body_is_cut_off_as_soon_as_it_passes_the_limit():
    HANDLED.clear()
    body = multipart(LIMIT * 5)
    chunks = pieces(body)
    status, text, pulled = call(tiny_app(), "/upload", chunks, content_length=None)
    assert status == 413 and b"larger than" in text and HANDLED == []
    assert pulled == LIMIT // 1000 + 1 < len(chunks)  # the chunk that passed the limit was the last one read


def test_the_caps_answer_replaces_whatever_the_app_says_about_the_cut_off_body():
    HANDLED.clear()
    status, text, _ = call(tiny_app(), "/swallow", pieces(b"y" * (LIMIT + 1)), content_length=None)
    assert (status, HANDLED) == (413, [])
    assert b"ignored" not in text


def test_bodies_within_the_limit_reach_the_app_whole():
    HANDLED.clear()
    body = multipart(LIMIT - 500)
    assert len(body) <= LIMIT
    for declared in (len(body), None):
        status, text, _ = call(tiny_app(), "/upload", pieces(body), content_length=declared)
        assert (status, text) == (200, f"got {LIMIT - 500} bytes".encode())
    assert HANDLED == [f"upload {LIMIT - 500}"] * 2
    status, _, _ = call(tiny_app(), "/swallow", pieces(b"z" * LIMIT), content_length=None)  # exactly the limit
    assert status == 200 and HANDLED[-1] == f"swallow {LIMIT}"


def test_a_malformed_length_is_refused_and_other_errors_are_not_hidden():
    status, _, pulled = call(tiny_app(), "/upload", pieces(b"x" * 10), content_length="12abc")
    assert (status, pulled) == (400, 0)
    status, _, pulled = call(tiny_app(), "/upload", pieces(b"x" * 10), content_length="-1")
    assert (status, pulled) == (400, 0)
    with pytest.raises(RuntimeError, match="a bug in the app"):
        call(tiny_app(), "/broken", [b"small"], content_length=5)


# --- through a real server -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def server() -> Iterator[int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    instance = uvicorn.Server(uvicorn.Config(tiny_app(), host="127.0.0.1", port=port, log_level="warning",
                                             lifespan="off"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield port
    instance.should_exit = True
    thread.join(timeout=10)


def _exchange(port: int, head: bytes, body: bytes = b"") -> bytes:
    """Send the request head (and ``body``, if any), then read the answer until the server closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head + body)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def test_a_real_server_answers_413_before_the_client_sends_the_body(server):
    HANDLED.clear()
    head = (f"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
            f"Content-Length: {50 * 1024 * 1024}\r\n\r\n").encode()
    answer = _exchange(server, head)  # not one byte of the 50 MB body was sent
    assert answer.startswith(b"HTTP/1.1 413 ") and b"connection: close" in answer.lower()
    assert HANDLED == []


def test_a_real_server_cuts_off_a_chunked_upload(server):
    HANDLED.clear()
    head = (f"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
            "Transfer-Encoding: chunked\r\n\r\n").encode()
    body = b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces(multipart(LIMIT * 3), 4096))
    answer = _exchange(server, head, body)  # no final 0-length chunk: the server must not wait for the rest
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert HANDLED == []
