"""Generator backed by an OpenAI-compatible chat server (vLLM in production).

Invariants:
- Every failure leaves as ``GenerationError`` with one of the reasons ``unavailable`` (cannot connect, 5xx, stream
  broken, breaker open), ``timeout`` (connect, first token, whole answer), ``busy`` (no slot freed in time, 429) or
  ``invalid`` (malformed payload, other 4xx, JSON that does not match its schema).
- Closing the stream early (``aclose()`` or cancelling the consuming task) closes the HTTP connection before the
  close returns, so the server sees the disconnect and vLLM aborts the request.
- At most ``max_concurrency`` requests are in flight; a circuit breaker fails fast while the server keeps failing.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, TypeVar

import httpx

from appliance import metrics
from appliance.inference.contracts import ChatMessage, GenerationError
from appliance.inference.guard import CircuitBreaker, ConcurrencyLimiter, GenerationGuard
from appliance.settings import InferenceSettings

T = TypeVar("T")

#: Characters of an error body kept in a GenerationError message.
ERROR_BODY_CHARS = 300


class OpenAICompatibleGenerator:
    """Streams chat completions from ``settings.base_url`` (``/chat/completions`` with ``stream=true``)."""

    name = "openai"

    def __init__(
        self,
        settings: InferenceSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``settings.breaker_failure_threshold`` / ``breaker_cooldown_seconds`` tune the circuit breaker;
        ``clock`` (monotonic seconds) is what the breaker's cool-down is measured with."""
        self._settings = settings
        self._base_url = settings.base_url.rstrip("/")
        headers = {"Accept": "application/json"}
        api_key = settings.api_key.get_secret_value()
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self._client = httpx.AsyncClient(
            headers=headers,
            timeout=httpx.Timeout(
                settings.total_timeout_seconds,
                connect=settings.connect_timeout_seconds,
                pool=settings.first_token_timeout_seconds,
            ),
            # One spare connection for the model lookup, so it never waits behind the generations.
            limits=httpx.Limits(
                max_connections=settings.max_concurrency + 1, max_keepalive_connections=settings.max_concurrency
            ),
        )
        self._guard = GenerationGuard(
            ConcurrencyLimiter(
                max_concurrency=settings.max_concurrency,
                queue_timeout_seconds=settings.first_token_timeout_seconds,
            ),
            CircuitBreaker(
                failure_threshold=settings.breaker_failure_threshold,
                timeout_threshold=settings.breaker_timeout_threshold,
                cooldown_seconds=settings.breaker_cooldown_seconds,
                clock=clock,
                on_open=metrics.MODEL_BREAKER_OPENED.inc,
            ),
        )
        self._model: str | None = settings.model or None
        self._model_lock = asyncio.Lock()

    # -- public -----------------------------------------------------------------------------------------------

    async def stream(
        self, messages: Sequence[ChatMessage], *, max_tokens: int, temperature: float = 0.0
    ) -> AsyncIterator[str]:
        """Yield the answer's non-empty text deltas in order; see the module docstring for failures."""
        settings = self._settings
        loop = asyncio.get_running_loop()
        started = loop.time()  # before the queue: the wait for a slot counts against the first-token limit
        first_token_deadline = started + min(settings.first_token_timeout_seconds, settings.total_timeout_seconds)
        total_deadline = started + settings.total_timeout_seconds
        async with self._guard.admit(deadline=first_token_deadline):
            model = await self._resolved_model(first_token_deadline)
            body = {
                "model": model,
                "messages": [{"role": m.role, "content": m.content} for m in messages],
                "max_tokens": max_tokens,
                "temperature": temperature,
                "stream": True,
            }
            request = self._client.build_request(
                "POST", f"{self._base_url}/chat/completions", json=body, headers={"Accept": "text/event-stream"}
            )
            response = await self._within(
                first_token_deadline, "the first token", self._client.send(request, stream=True)
            )
            try:
                await self._raise_for_status(response, first_token_deadline)
                lines = response.aiter_lines()
                got_token = False
                finished = False
                while True:
                    deadline = total_deadline if got_token else first_token_deadline
                    what = "the whole answer" if got_token else "the first token"
                    line = await self._within(deadline, what, anext(lines, None))
                    if line is None:
                        break
                    event = _sse_data(line)
                    if event is None:
                        continue
                    if event == "[DONE]":
                        finished = True
                        break
                    delta, finish_reason = _stream_delta(event)
                    if finish_reason:
                        finished = True
                    if delta:
                        got_token = True
                        yield delta
                if not finished:
                    raise GenerationError("unavailable", "the model server ended the stream before [DONE]")
            finally:
                # Closing an unfinished response closes its connection: the server sees the disconnect.
                await response.aclose()

    async def complete_json(
        self,
        messages: Sequence[ChatMessage],
        *,
        schema: dict[str, Any],
        max_tokens: int,
        name: str = "answer",
        temperature: float = 0.0,
    ) -> dict[str, Any]:
        """One non-streaming completion constrained to ``schema`` (vLLM structured output), parsed and validated.

        Raises ``ValueError`` if ``schema`` itself is not a valid JSON Schema (a caller bug, not the server's), and
        ``GenerationError("invalid")`` if the answer is not a JSON object that validates against it.
        """
        import jsonschema

        validator_class = jsonschema.validators.validator_for(schema)
        try:
            validator_class.check_schema(schema)
        except jsonschema.SchemaError as error:
            raise ValueError(f"complete_json was given an invalid JSON Schema: {error.message}") from error
        validator = validator_class(schema)
        settings = self._settings
        # Structured calls (the follow-up rewrite) run before the answer: a short budget of their own, queue included.
        deadline = asyncio.get_running_loop().time() + min(settings.structured_timeout_seconds,
                                                             settings.total_timeout_seconds)
        async with self._guard.admit(deadline=deadline):
            model = await self._resolved_model(deadline)
            body = {
                "model": model,
                "messages": [{"role": m.role, "content": m.content} for m in messages],
                "max_tokens": max_tokens,
                "temperature": temperature,
                "stream": False,
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {"name": name, "schema": schema, "strict": True},
                },
            }
            response = await self._within(
                deadline, "the whole answer", self._client.post(f"{self._base_url}/chat/completions", json=body)
            )
            await self._raise_for_status(response, deadline)
            content = _message_content(response)
            try:
                data = json.loads(content)
            except json.JSONDecodeError as error:
                raise GenerationError("invalid", f"the model's answer is not JSON: {error}") from None
            errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
            if errors:
                where = "/".join(str(p) for p in errors[0].absolute_path) or "(root)"
                raise GenerationError(
                    "invalid", f"the model's JSON does not match the schema at {where}: {errors[0].message}"
                )
            if not isinstance(data, dict):
                raise GenerationError("invalid", "the model's JSON is not an object")
            return data

    def health(self) -> dict[str, object]:
        """Breaker state, consecutive failures, requests in flight and waiting (for metrics and /health)."""
        return self._guard.health()

    async def aclose(self) -> None:
        await self._client.aclose()

    # -- helpers ----------------------------------------------------------------------------------------------

    async def _resolved_model(self, deadline: float) -> str:
        """``settings.model``, or the first model the server lists (asked once, then remembered)."""
        if self._model:
            return self._model
        async with self._model_lock:
            if self._model:
                return self._model
            response = await self._within(
                deadline, "the model list", self._client.get(f"{self._base_url}/models")
            )
            await self._raise_for_status(response, deadline)
            try:
                model = response.json()["data"][0]["id"]
            except (ValueError, KeyError, IndexError, TypeError):
                raise GenerationError(
                    "invalid",
                    f"{self._base_url}/models lists no model; set inference.model (APPLIANCE_INFERENCE__MODEL)",
                ) from None
            if not isinstance(model, str) or not model:
                raise GenerationError("invalid", f"{self._base_url}/models returned a model without an id")
            self._model = model
            return model

    async def _within(self, deadline: float, what: str, operation: Awaitable[T]) -> T:
        """Await one network step before ``deadline`` (event-loop time), mapping failures to GenerationError.

        Never wraps a ``yield``: a timeout here cancels only this step, not the consumer of the stream.
        """
        try:
            async with asyncio.timeout_at(deadline):
                return await operation
        except TimeoutError:
            raise GenerationError(
                "timeout", f"the model server at {self._base_url} did not deliver {what} in time"
            ) from None
        except httpx.ConnectTimeout:
            raise GenerationError(
                "timeout",
                f"could not connect to the model server at {self._base_url} within "
                f"{self._settings.connect_timeout_seconds:g} s",
            ) from None
        except httpx.TimeoutException:
            raise GenerationError(
                "timeout", f"the model server at {self._base_url} did not deliver {what} in time"
            ) from None
        except httpx.ConnectError as error:
            raise GenerationError(
                "unavailable", f"cannot connect to the model server at {self._base_url}: {error}"
            ) from None
        except httpx.HTTPError as error:
            raise GenerationError(
                "unavailable", f"the connection to the model server at {self._base_url} broke: {error!r}"
            ) from None

    async def _raise_for_status(self, response: httpx.Response, deadline: float) -> None:
        if response.status_code < 400:
            return
        try:
            await self._within(deadline, "the error body", response.aread())
            detail = response.text[:ERROR_BODY_CHARS]
        except GenerationError:
            detail = ""
        status = response.status_code
        message = f"the model server answered {status} to {response.request.url.path}: {detail}"
        if status == 429:
            raise GenerationError("busy", message)
        if status >= 500:
            raise GenerationError("unavailable", message)
        if status in (401, 403):
            raise GenerationError("unavailable", message + " (check inference.api_key)")
        raise GenerationError("invalid", message)


def _sse_data(line: str) -> str | None:
    """The payload of an SSE ``data:`` line; None for blank lines, comments and other fields."""
    if not line.startswith("data:"):
        return None
    data = line[5:]
    return data[1:] if data.startswith(" ") else data


def _stream_delta(event: str) -> tuple[str, str | None]:
    """(content delta, finish reason) of one streamed chunk; raises GenerationError on anything malformed."""
    try:
        payload = json.loads(event)
    except json.JSONDecodeError:
        raise GenerationError(
            "invalid", f"the model server streamed a chunk that is not JSON: {event[:80]!r}"
        ) from None
    if not isinstance(payload, dict):
        raise GenerationError("invalid", "the model server streamed a chunk that is not a JSON object")
    if "error" in payload:
        error = payload["error"]
        message = error.get("message") if isinstance(error, dict) else error
        raise GenerationError("unavailable", f"the model server reported an error mid-answer: {message}")
    choices = payload.get("choices")
    if not isinstance(choices, list):
        raise GenerationError("invalid", "the model server streamed a chunk without a choices list")
    if not choices:  # e.g. the final usage chunk
        return "", None
    choice = choices[0]
    delta = choice.get("delta") if isinstance(choice, dict) else None
    if not isinstance(delta, dict):
        raise GenerationError("invalid", "the model server streamed a choice without a delta object")
    content = delta.get("content")
    if content is not None and not isinstance(content, str):
        raise GenerationError("invalid", "the model server streamed non-text content")
    finish_reason = choice.get("finish_reason")
    return content or "", finish_reason if isinstance(finish_reason, str) else None


def _message_content(response: httpx.Response) -> str:
    try:
        content = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise GenerationError("invalid", "the model server's completion has no choices[0].message.content") from None
    if not isinstance(content, str):
        raise GenerationError("invalid", "the model server's completion content is not text")
    return content
