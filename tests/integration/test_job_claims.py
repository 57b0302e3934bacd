"""Several ingestion workers on one PostgreSQL database (as several appliance processes would be): every queued job
is run exactly once, and a claim dies with the worker that held it (real PostgreSQL, Milvus-lite, docling)."""

from __future__ import annotations

import asyncio
import time

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from appliance.container import build_container
from appliance.db import claim, create_db_engine, session_scope
from appliance.domain.knowledge import IngestionJob, JobState
from appliance.ingestion.jobs import IngestionWorker
from appliance.settings import DatabaseSettings, Settings
from tests.conftest import fresh_database
from tests.integration.test_ingestion_jobs import _add_article, _agent

ARTICLES = {f"Topic {n}": f"# Topic {n}\n\nThe T{n} sensor reports the temperature every {n} minutes.\n"
            for n in range(1, 7)}


@pytest.mark.asyncio
async def test_two_workers_run_every_job_exactly_once(tmp_path):
    with fresh_database("postgresql", tmp_path) as url:
        settings = Settings(data_dir=tmp_path / "data", database=DatabaseSettings(url=url))
        container = await build_container(settings, with_generator=False)
        other_engine = create_db_engine(url)  # the second worker's own connections, as in another process
        try:
            with session_scope(container.engine) as session:
                agent_id = _agent(session, "Claims")
                sources = {_add_article(session, agent_id, title, body) for title, body in ARTICLES.items()}
            second = IngestionWorker(engine=other_engine, settings=settings.ingestion, embedder=container.embedder,
                                     store=container.store, gate=container.gate, fetcher=container.fetcher)
            first_outcomes, second_outcomes = await asyncio.gather(container.worker.run_pending(),
                                                                   second.run_pending())
            ran = [o.source_id for o in first_outcomes + second_outcomes]
            assert sorted(ran) == sorted(sources)  # each job once, by one of the two
            assert {o.state for o in first_outcomes + second_outcomes} == {JobState.READY}
            with Session(container.engine) as session:
                jobs = session.exec(select(IngestionJob).where(IngestionJob.source_id.in_(sources))).all()
            assert [job.attempts for job in jobs] == [1] * len(sources)
        finally:
            other_engine.dispose()
            await container.aclose()


def test_a_claim_is_exclusive_and_dies_with_its_connection(tmp_path):
    with fresh_database("postgresql", tmp_path) as url:
        one, two = create_db_engine(url), create_db_engine(url)
        try:
            with claim(one, "ingestion-job", 7) as mine:
                assert mine
                with claim(two, "ingestion-job", 7) as theirs:
                    assert not theirs
                with claim(two, "ingestion-job", 8) as other_job:
                    assert other_job
            with claim(two, "ingestion-job", 7) as after_release:
                assert after_release
            held = one.connect()  # a worker that claims and dies: its connection closes, the claim goes with it
            assert held.execute(text("SELECT pg_try_advisory_lock(14001, 9)")).scalar()
            backend = held.execute(text("SELECT pg_backend_pid()")).scalar()
            with claim(two, "ingestion-job", 9) as while_alive:
                assert not while_alive
            held.invalidate()  # the connection is closed, not returned to the pool
            _wait_until_the_server_ends(two, backend)
            with claim(two, "ingestion-job", 9) as after_death:
                assert after_death
        finally:
            one.dispose()
            two.dispose()


def _wait_until_the_server_ends(engine, backend: int, deadline_s: float = 120.0) -> None:
    """The server ends a closed client's backend (and frees its locks) a moment after the socket closes; on a
    two-core machine busy with evaluations beside the tests that moment once took longer than 30 s."""
    until = time.monotonic() + deadline_s
    with engine.connect() as conn:
        while conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"), {"pid": backend}).scalar():
            assert time.monotonic() < until, f"backend {backend} still alive {deadline_s:.0f} s after its client closed"
            time.sleep(0.05)


def test_on_sqlite_every_claim_succeeds(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'one.db'}")
    with claim(engine, "ingestion-job", 1) as first, claim(engine, "ingestion-job", 1) as second:
        assert first and second  # one process owns a SQLite appliance
    engine.dispose()
