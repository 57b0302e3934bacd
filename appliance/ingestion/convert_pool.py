"""Warm conversion workers: docling children reused across documents.

Starting a conversion child costs seconds (importing docling and torch); converting a small document costs a
fraction of that. A :class:`ConversionPool` keeps up to ``size`` children alive between documents
(``python -m appliance.ingestion._convert_worker --parent-pid PID --serve MEMORY_BYTES``), each converting one
document at a time, and keeps today's guarantees:

* every child runs under RLIMIT_AS (``memory_bytes``), in its own session, and is SIGKILLed by the kernel when the
  appliance dies (PR_SET_PDEATHSIG; the children are started from one long-lived thread of the pool, since the
  signal follows the thread that started them);
* every document has a wall-clock limit: past it the child (and its process group) is killed;
* a child is replaced after any failed document (its state is not trusted after an error, a MemoryError or a
  document docling refused), after a time-out or crash, after ``max_documents`` documents and when its resident
  memory passes ``max_rss_bytes``; the replacement is started at once, so the next document finds it warm.

Isolation differs from one child per document in one way: documents converted by the same child share its memory
for that child's life, bounded by ``max_documents``. ``size=0`` (setting ``ingestion.conversion_workers=0``) goes
back to a fresh child per document.
"""

from __future__ import annotations

import atexit
import collections
import json
import logging
import os
import select
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from appliance.ingestion.document import ConvertedDocument, IngestionError

log = logging.getLogger(__name__)

WORKER_MODULE = "appliance.ingestion._convert_worker"
SERVE_OPTION = "--serve"
STDERR_TAIL_LINES = 20


class _Died(Exception):
    """The child closed its stdout (it exited or was killed) before answering."""


@dataclass(frozen=True)
class PoolConfig:
    memory_bytes: int
    size: int
    max_documents: int
    max_rss_bytes: int


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    documents: int = 0
    tail: collections.deque[str] = field(default_factory=lambda: collections.deque(maxlen=STDERR_TAIL_LINES))

    def start_draining(self) -> None:
        """Read the child's stderr forever (a full pipe would block it), keeping the last lines for error messages."""

        def drain() -> None:
            assert self.process.stderr is not None
            for raw in self.process.stderr:
                self.tail.append(raw.decode("utf-8", "replace").rstrip())

        threading.Thread(target=drain, name=f"convert-stderr-{self.process.pid}", daemon=True).start()

    def alive(self) -> bool:
        return self.process.poll() is None

    def ask(self, request: dict[str, object], timeout: float, max_bytes: int) -> bytes:
        """Send one request and return the answer line; raises TimeoutError, _Died or IngestionError (too big)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        try:
            self.process.stdin.write(json.dumps(request).encode() + b"\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            raise _Died from None
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + timeout
        chunks: list[bytes] = []
        size = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise _Died
            chunks.append(chunk)
            size += len(chunk)
            if chunk.endswith(b"\n"):
                return b"".join(chunks)
            if size > max_bytes:
                raise IngestionError("the converted document is too large")

    def kill(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        for stream in (self.process.stdin, self.process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL does not wait for this long
            pass


class ConversionPool:
    """Up to ``config.size`` warm conversion children; :meth:`convert` is thread-safe and blocks while all are busy."""

    def __init__(self, config: PoolConfig, *, env: dict[str, str], package_root: str) -> None:
        self.config = config
        self._env = env
        self._package_root = package_root
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(config.size)
        # One long-lived thread starts every child: PR_SET_PDEATHSIG fires when the *thread* that forked the child
        # ends, and the threads of asyncio.to_thread are not ours to keep alive.
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="convert-spawner")
        self._closed = False
        self._live = 0  # children started and not yet retired
        self.started = 0  # children started so far (read by tests and the benchmark)
        self.retired: collections.Counter[str] = collections.Counter()  # why children were replaced

    # -------------------------------------------------------------------------------------------- public

    def convert(self, request: dict[str, object], *, timeout: float, max_result_bytes: int,
                parse) -> ConvertedDocument:  # type: ignore[no-untyped-def]
        """Convert ``request`` in a warm child; ``parse(returncode, stdout, stderr)`` turns its answer into a
        document or an IngestionError, exactly as for a one-shot child."""
        if self._closed:
            raise IngestionError("the appliance is shutting down")
        with self._slots:
            worker = self._take()
            try:
                line = worker.ask(request, timeout, max_result_bytes)
            except TimeoutError:
                self._retire(worker, "timeout")
                raise IngestionError(
                    f"conversion took longer than {timeout:.0f} s and was stopped "
                    "(the document is too large or too complex)"
                ) from None
            except _Died:
                worker.kill()
                returncode = worker.process.returncode if worker.process.returncode is not None else -9
                self._retire(worker, "crash")
                parse(returncode, b"", "\n".join(worker.tail).encode())  # raises: an empty answer is a failure
                raise IngestionError("the conversion process stopped without answering") from None
            except BaseException:
                self._retire(worker, "failure")
                raise
            worker.documents += 1
            try:
                answer = json.loads(line)
            except ValueError:
                self._retire(worker, "failure")
                raise IngestionError("the conversion process answered nonsense") from None
            reason = self._retire_reason(worker, answer)
            if reason:
                self._retire(worker, reason)
            else:
                with self._lock:
                    self._idle.append(worker)
            return parse(0, line, b"")

    def close(self) -> None:
        """Stop every idle child; busy ones stop when their document ends."""
        self._closed = True
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.kill()
        self._spawner.shutdown(wait=False)

    def idle_pids(self) -> list[int]:
        """The pids of the idle children still alive (dead ones are dropped, to be replaced when needed)."""
        with self._lock:
            dead = [worker for worker in self._idle if not worker.alive()]
            self._idle = [worker for worker in self._idle if worker not in dead]
        for worker in dead:
            worker.kill()
            self._forget(worker, "died idle")
        with self._lock:
            return [worker.process.pid for worker in self._idle]

    # -------------------------------------------------------------------------------------------- children

    def _take(self) -> _Worker:
        while True:
            with self._lock:
                worker = self._idle.pop() if self._idle else None
            if worker is None:
                # On the spawner thread, behind any replacement it is already starting: take that one if so.
                worker = self._spawner.submit(self._idle_or_spawn).result()
            if worker.alive():
                return worker
            worker.kill()
            self._forget(worker, "died idle")

    def _idle_or_spawn(self) -> _Worker:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self._spawn()

    def _forget(self, worker: _Worker, reason: str) -> None:
        with self._lock:
            self._live -= 1
        self.retired[reason] += 1

    def _retire_reason(self, worker: _Worker, answer: dict[str, object]) -> str:
        if not answer.get("ok"):
            return "failure"
        if worker.documents >= self.config.max_documents:
            return "max documents"
        if int(answer.get("rss_bytes") or 0) > self.config.max_rss_bytes:  # type: ignore[call-overload]
            return "memory"
        return ""

    def _retire(self, worker: _Worker, reason: str) -> None:
        worker.kill()
        self._forget(worker, reason)
        log.info("conversion worker %s replaced (%s) after %s document(s)", worker.process.pid, reason,
                 worker.documents)
        if not self._closed:
            try:
                self._spawner.submit(self._spawn_idle)
            except RuntimeError:  # the pool was closed meanwhile
                pass

    def _spawn_idle(self) -> None:
        with self._lock:
            if self._closed or self._live >= self.config.size:
                return
        worker = self._spawn()
        with self._lock:
            if self._closed:
                worker.kill()
            else:
                self._idle.append(worker)

    def _spawn(self) -> _Worker:
        process = subprocess.Popen(
            [sys.executable, "-m", WORKER_MODULE, "--parent-pid", str(os.getpid()), SERVE_OPTION,
             str(self.config.memory_bytes)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=self._env,
            start_new_session=True,
        )
        self.started += 1
        with self._lock:
            self._live += 1
        worker = _Worker(process)
        worker.start_draining()
        return worker


# --------------------------------------------------------------------------------------------- one pool per config

_POOLS: dict[PoolConfig, ConversionPool] = {}
_POOLS_LOCK = threading.Lock()


def pool_for(config: PoolConfig, *, env: dict[str, str], package_root: str) -> ConversionPool:
    """The process's pool for ``config`` (children are started with its memory limit, so limits pick the pool)."""
    with _POOLS_LOCK:
        pool = _POOLS.get(config)
        if pool is None:
            pool = _POOLS[config] = ConversionPool(config, env=env, package_root=package_root)
        return pool


def close_pools() -> None:
    """Stop every warm child of this process (also run at exit; the kernel kills them if we die harder)."""
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
        _POOLS.clear()
    for pool in pools:
        pool.close()


atexit.register(close_pools)
