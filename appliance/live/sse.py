"""One SSE stream per open page: the broker's events on its channels, a heartbeat comment every 15 s, and the
headers a reverse proxy needs not to buffer it. Pages re-fetch a snapshot when the stream (re)opens (the htmx SSE
extension does not send Last-Event-ID), so the stream itself only has to say "something changed"."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

from starlette.responses import StreamingResponse

from appliance.live.contracts import Broker

HEARTBEAT_SECONDS = 15.0
SSE_HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no", "Connection": "keep-alive"}


def live_stream(broker: Broker, channels: list[str], *, on_beat: Callable[[], None] | None = None,
                heartbeat: float = HEARTBEAT_SECONDS, is_disconnected=None) -> StreamingResponse:  # type: ignore[no-untyped-def]
    """A `text/event-stream` response. ``on_beat`` runs (in a thread) at open and every heartbeat: presence."""

    async def body() -> AsyncIterator[str]:
        async with broker.subscribe(channels) as events:
            if on_beat is not None:
                await asyncio.to_thread(on_beat)
            yield ": open\n\nretry: 2000\n\n"
            iterator = events.__aiter__()
            while True:
                try:
                    event = await asyncio.wait_for(iterator.__anext__(), timeout=heartbeat)
                except TimeoutError:
                    if is_disconnected is not None and await is_disconnected():
                        return
                    if on_beat is not None:
                        await asyncio.to_thread(on_beat)
                    yield ": heartbeat\n\n"
                    continue
                yield f"id: {event.id}\nevent: {event.kind}\ndata: {event.channel}\n\n"

    return StreamingResponse(body(), media_type="text/event-stream", headers=SSE_HEADERS)
