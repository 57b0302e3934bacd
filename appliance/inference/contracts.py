"""The one contract every text-generation backend satisfies.

Backends: `openai_client.OpenAICompatibleGenerator` (vLLM, or any server speaking the OpenAI chat API) and
`embedded.EmbeddedGenerator` (SmolLM2 in-process on the CPU). Both stream text deltas.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol


@dataclass(frozen=True)
class ChatMessage:
    role: Literal["system", "user", "assistant"]
    content: str


class GenerationError(RuntimeError):
    """The backend could not produce an answer (down, timed out, busy, or returned garbage).

    ``reason`` is one short machine-readable word: ``unavailable``, ``timeout``, ``busy``, ``invalid``.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class Generator(Protocol):
    """Streams a chat completion.

    Invariants: yields non-empty text deltas in order; stops after ``max_tokens``; raises ``GenerationError``
    (never another exception type) when it cannot go on; closing the iterator early stops the generation.
    """

    name: str

    def stream(
        self, messages: Sequence[ChatMessage], *, max_tokens: int, temperature: float = 0.0
    ) -> AsyncIterator[str]:
        ...

    async def aclose(self) -> None:
        """Release connections, threads and model memory."""
        ...
