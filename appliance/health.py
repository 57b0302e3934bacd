"""What `/healthz` reports: the database, the model server (reachable? circuit breaker?) and the ingestion backlog.

``status`` is ``ok`` when everything works, ``degraded`` when buyers are still served but something is wrong (the
model server is unreachable or its breaker is not closed: answers fall back to extractive; ingestion is backed up),
``down`` when the database cannot be reached. The decision is :func:`assess`, a pure function.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime

import httpx
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from appliance.domain.knowledge import FINAL_JOB_STATES, IngestionJob
from appliance.domain.types import utcnow
from appliance.settings import Settings

PROBE_TIMEOUT_SECONDS = 1.0
PROBE_CACHE_SECONDS = 10.0


@dataclass(frozen=True)
class HealthInputs:
    database_ok: bool
    model_in_use: bool
    model_reachable: bool | None  # None: not probed (in-process model, or not in use)
    breaker_state: str  # closed | open | half_open
    unfinished_jobs: int
    oldest_unfinished_seconds: float
    backlog_limit_seconds: float


def assess(inputs: HealthInputs) -> tuple[str, list[str]]:
    """(status, problems): ``down`` without a database, ``degraded`` with any other problem, else ``ok``."""
    if not inputs.database_ok:
        return "down", ["the database cannot be reached"]
    problems = []
    if inputs.model_in_use and inputs.model_reachable is False:
        problems.append("the model server cannot be reached: answers are extractive")
    if inputs.model_in_use and inputs.breaker_state != "closed":
        problems.append(f"the model server's circuit breaker is {inputs.breaker_state.replace('_', '-')}: "
                        "answers are extractive")
    if inputs.unfinished_jobs and inputs.oldest_unfinished_seconds > inputs.backlog_limit_seconds:
        problems.append(f"ingestion is backed up: {inputs.unfinished_jobs} job(s) unfinished, the oldest for "
                        f"{inputs.oldest_unfinished_seconds / 60:.0f} min")
    return ("degraded" if problems else "ok"), problems


class ModelProbe:
    """Is the OpenAI-compatible model server answering ``GET /models``? Asked at most every ``PROBE_CACHE_SECONDS``."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings.inference
        self._lock = threading.Lock()
        self._checked_at = -PROBE_CACHE_SECONDS
        self._reachable: bool | None = None

    def reachable(self) -> bool | None:
        if self._settings.backend != "openai":
            return None
        with self._lock:
            if time.monotonic() - self._checked_at < PROBE_CACHE_SECONDS:
                return self._reachable
            headers = {}
            key = self._settings.api_key.get_secret_value()
            if key:
                headers["Authorization"] = f"Bearer {key}"
            try:
                response = httpx.get(f"{self._settings.base_url.rstrip('/')}/models", headers=headers,
                                     timeout=PROBE_TIMEOUT_SECONDS)
                self._reachable = response.status_code < 500
            except httpx.HTTPError:
                self._reachable = False
            self._checked_at = time.monotonic()
            return self._reachable


def _backlog(engine: Engine, now: datetime) -> tuple[int, float]:
    with Session(engine) as session:
        count, oldest = session.exec(
            select(func.count(), func.min(IngestionJob.created_at))
            .where(col(IngestionJob.state).not_in(list(FINAL_JOB_STATES)))
        ).one()
    if oldest is None:
        return int(count or 0), 0.0
    if oldest.tzinfo is None:
        from datetime import UTC

        oldest = oldest.replace(tzinfo=UTC)
    return int(count or 0), max(0.0, (now - oldest).total_seconds())


def health_report(*, engine: Engine, generator: object | None, probe: ModelProbe, settings: Settings) -> dict:  # type: ignore[type-arg]
    """The `/healthz` document: ``status``, ``problems`` and the figures behind them."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        database_ok = True
        jobs, oldest = _backlog(engine, utcnow())
    except Exception:  # noqa: BLE001 - any database failure is "down"
        database_ok, jobs, oldest = False, 0, 0.0
    breaker = generator.health() if generator is not None else {"state": "closed"}  # type: ignore[attr-defined]
    inputs = HealthInputs(
        database_ok=database_ok, model_in_use=generator is not None,
        model_reachable=probe.reachable() if generator is not None else None,
        breaker_state=str(breaker.get("state", "closed")), unfinished_jobs=jobs, oldest_unfinished_seconds=oldest,
        backlog_limit_seconds=settings.ingestion.backlog_degraded_seconds,
    )
    status, problems = assess(inputs)
    return {
        "status": status, "problems": problems,
        "model": {"in_use": inputs.model_in_use, "reachable": inputs.model_reachable, **breaker},
        "ingestion": {"unfinished_jobs": jobs, "oldest_unfinished_seconds": round(oldest, 1)},
    }
