"""FakeModelServer: a real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions protocol.

It runs uvicorn in a background thread on a random port and answers each request with the next scripted `Reply`
(the last one repeats). It records what the clients sent and whether they hung up before the reply was over, which
is how the tests see that closing a stream really reaches the server (vLLM aborts a request on that signal).

    with FakeModelServer() as server:
        server.script(Reply(deltas=["Hel", "lo"]))
        settings = InferenceSettings(backend="openai", base_url=server.base_url, model="fake")
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import uvicorn

MODEL_ID = "fake-model"


@dataclass(frozen=True)
class Reply:
    """What the server does with one chat-completions request.

    deltas: content deltas streamed in order (or joined into one message when the request is not streaming).
    status: HTTP status; anything but 200 sends ``body`` (or a JSON error) and nothing else.
    raw_events: SSE ``data:`` payloads sent verbatim instead of deltas (garbage, error objects).
    hang_before_headers: never answer at all.
    hang_after: stop after this many deltas (0: after the role chunk) and hold the connection open until the client
        leaves.
    break_after: after this many deltas, fail the response so the connection drops mid-stream.
    first_token_delay: seconds to wait before the first delta.
    done: send ``data: [DONE]`` at the end.
    content: the whole message of a non-streaming answer (defaults to the joined deltas).
    """

    deltas: Sequence[str] = ("Hello", ",", " world", ".")
    status: int = 200
    body: str | None = None
    raw_events: Sequence[str] | None = None
    hang_before_headers: bool = False
    hang_after: int | None = None
    break_after: int | None = None
    first_token_delay: float = 0.0
    done: bool = True
    content: str | None = None


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None
    client_disconnected: bool = False
    completed: bool = False


class _MidStreamFailure(Exception):
    """Raised inside the app to make uvicorn drop the connection mid-response."""


@dataclass
class FakeModelServer:
    """See the module docstring. Use as a context manager, or call ``start()`` / ``stop()``."""

    models: Sequence[str] = (MODEL_ID,)
    requests: list[RecordedRequest] = field(default_factory=list)
    _replies: list[Reply] = field(default_factory=lambda: [Reply()])
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _disconnected: threading.Event = field(default_factory=threading.Event)
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None
    port: int = 0

    # -- scripting and observation ------------------------------------------------------------------------

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with these replies, in order; the last one repeats."""
        if not replies:
            raise ValueError("script at least one reply")
        with self._lock:
            self._replies = list(replies)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def wait_for_disconnect(self, timeout: float = 10.0) -> bool:
        """Block until a client hung up before its reply was over (True), or ``timeout`` passes (False)."""
        return self._disconnected.wait(timeout)

    # -- lifecycle --------------------------------------------------------------------------------------------

    def start(self) -> FakeModelServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._app, interface="asgi3", lifespan="off", log_level="critical", access_log=False
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="fake-model-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("FakeModelServer did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> FakeModelServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the ASGI app -----------------------------------------------------------------------------------------

    def _next_reply(self) -> Reply:
        with self._lock:
            return self._replies.pop(0) if len(self._replies) > 1 else self._replies[0]

    async def _app(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        raw = b""
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        record = RecordedRequest(
            method=scope["method"],
            path=scope["path"],
            headers={k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]},
            body=json.loads(raw) if raw else None,
        )
        with self._lock:
            self.requests.append(record)

        if scope["method"] == "GET" and scope["path"].endswith("/models"):
            data = {"object": "list", "data": [{"id": m, "object": "model"} for m in self.models]}
            await _send_json(send, 200, data)
            record.completed = True
            return
        if not scope["path"].endswith("/chat/completions"):
            await _send_json(send, 404, {"error": {"message": "not found"}})
            return

        reply = self._next_reply()
        answer = asyncio.ensure_future(self._answer(reply, record, send))
        watcher = asyncio.ensure_future(receive())
        await asyncio.wait({answer, watcher}, return_when=asyncio.FIRST_COMPLETED)
        if watcher.done() and not answer.done():
            record.client_disconnected = True
            self._disconnected.set()
            answer.cancel()
        else:
            watcher.cancel()
        try:
            await answer
        except asyncio.CancelledError:
            pass
        if answer.cancelled():
            return
        if isinstance(answer.exception(), _MidStreamFailure):
            raise _MidStreamFailure("scripted mid-stream failure")

    async def _answer(self, reply: Reply, record: RecordedRequest, send: Any) -> None:
        if reply.hang_before_headers:
            await asyncio.Event().wait()
        if reply.status != 200:
            body = reply.body if reply.body is not None else json.dumps({"error": {"message": "scripted failure"}})
            await _send_raw(send, reply.status, body.encode(), "application/json")
            record.completed = True
            return
        streaming = bool(record.body and record.body.get("stream"))
        if not streaming:
            content = reply.content if reply.content is not None else "".join(reply.deltas)
            await _send_json(send, 200, _completion(content))
            record.completed = True
            return

        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")],
            }
        )

        async def event(payload: str) -> None:
            await send({"type": "http.response.body", "body": f"data: {payload}\n\n".encode(), "more_body": True})

        await event(json.dumps(_chunk({"role": "assistant", "content": ""})))
        if reply.raw_events is not None:
            for payload in reply.raw_events:
                await event(payload)
        else:
            for index, delta in enumerate(reply.deltas):
                if reply.hang_after is not None and index >= reply.hang_after:
                    await asyncio.Event().wait()
                if reply.break_after is not None and index >= reply.break_after:
                    raise _MidStreamFailure("scripted")
                if index == 0 and reply.first_token_delay:
                    await asyncio.sleep(reply.first_token_delay)
                await event(json.dumps(_chunk({"content": delta})))
            if reply.hang_after is not None:
                await asyncio.Event().wait()
            await event(json.dumps(_chunk({}, finish_reason="stop")))
        if reply.done:
            await event("[DONE]")
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        record.completed = True


def _chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "model": MODEL_ID,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }


def _completion(content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "model": MODEL_ID,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
    }


async def _send_json(send: Any, status: int, payload: Any) -> None:
    await _send_raw(send, status, json.dumps(payload).encode(), "application/json")


async def _send_raw(send: Any, status: int, body: bytes, content_type: str) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body, "more_body": False})
