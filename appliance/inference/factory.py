"""Builds the configured text-generation backend.

Each backend module is imported only when chosen, so the web layer never imports transformers (embedded) at start
unless the embedded backend is configured, and the OpenAI-compatible client never needs torch.
"""

from __future__ import annotations

from pathlib import Path

from appliance.inference.contracts import Generator
from appliance.settings import InferenceSettings


def build_generator(settings: InferenceSettings, *, cache_dir: Path | None = None) -> Generator:
    """The backend named by ``settings.backend``; nothing heavy is loaded yet (see ``EmbeddedGenerator.load``).

    The OpenAI-compatible client takes its timeouts, concurrency and circuit breaker (``breaker_failure_threshold``,
    ``breaker_cooldown_seconds``) from ``settings``.

    ``cache_dir``: where the embedded backend keeps its model converted from GGUF, so that later starts load in
    under a second instead of parsing the GGUF file for tens of seconds (e.g. ``settings.data_dir / "models"``).
    """
    if settings.backend == "openai":
        from appliance.inference.openai_client import OpenAICompatibleGenerator

        return OpenAICompatibleGenerator(settings)
    if settings.backend == "embedded":
        from appliance.inference.embedded import EmbeddedGenerator

        return EmbeddedGenerator(settings, cache_dir=cache_dir)
    raise ValueError(f"unknown inference.backend {settings.backend!r}: use 'embedded' or 'openai'")
