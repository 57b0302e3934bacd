"""Two appliance workers on one PostgreSQL database, each a whole app (its lifespan, ingestion loop, answer path and
live broker) in this process: a rep's reply on one reaches the buyer whose live stream is open on the other, and
sources queued while both ingestion loops run are each ingested exactly once. (Each worker keeps its own
Milvus-lite folder here, since Milvus-lite allows one owner; in production both use one Milvus server.)"""

from __future__ import annotations

import queue
import secrets
import threading
import time

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from appliance.db import session_scope
from appliance.domain.knowledge import IngestionJob, KnowledgeSource, SourceStatus
from appliance.settings import DatabaseSettings, SecuritySettings, Settings
from appliance.web.app import create_app
from tests.conftest import fresh_database
from tests.integration.test_inbox_service import OWNER, Buyer, Rep, present, seed
from tests.integration.test_ingestion_jobs import _add_article, _agent

pytestmark = pytest.mark.slow
WAIT = 120.0  # bounds the waits only; nothing asserts on time


@pytest.fixture(scope="module")
def workers(tmp_path_factory):  # type: ignore[no-untyped-def]
    with fresh_database("postgresql", tmp_path_factory.mktemp("db")) as url:
        key = secrets.token_hex(32)  # every worker signs cookies with the same key, as the README says
        apps = [create_app(Settings(data_dir=tmp_path_factory.mktemp(f"worker{n}"),
                                    database=DatabaseSettings(url=url),
                                    security=SecuritySettings(secret_key=key))) for n in (1, 2)]
        with TestClient(apps[0], base_url="http://127.0.0.1"), TestClient(apps[1], base_url="http://127.0.0.1"):
            token = seed(apps[0].state.container.engine)
            yield apps, token


def _listen(client: TestClient, path: str, lines: queue.Queue[str], stop: threading.Event) -> None:
    with client.stream("GET", path) as stream:
        for line in stream.iter_lines():
            lines.put(line)
            if stop.is_set():
                return


def test_a_reply_on_one_worker_reaches_the_buyer_on_the_other(workers):
    (first, second), token = workers
    present(first, OWNER)
    buyer = Buyer(second, token)  # the buyer's page is served by the second worker
    buyer.reply(buyer.say("Can I talk to a person?"))
    conversation_id = int(buyer.conversation(second).id or 0)

    lines: queue.Queue[str] = queue.Queue()
    stop = threading.Event()
    listener = threading.Thread(target=_listen, args=(buyer.client, f"/q/{token}/live", lines, stop), daemon=True)
    listener.start()
    time.sleep(1.0)  # the stream subscribes when its response starts

    owner = Rep(first, OWNER)  # the rep works on the first worker
    assert owner.post(f"/inbox/c/{conversation_id}/claim").status_code == 200
    assert owner.post(f"/inbox/c/{conversation_id}/reply", text="Hi, Olga here from worker one.").status_code == 200
    seen: list[str] = []
    deadline = time.monotonic() + WAIT
    while not any(line.startswith("event:") and "message" in line for line in seen):
        assert time.monotonic() < deadline, f"no live event reached the other worker: {seen}"
        try:
            seen.append(lines.get(timeout=1.0))
        except queue.Empty:
            continue
    stop.set()
    assert "Olga here from worker one" in buyer.client.get(f"/q/{token}/updates", params={"after": 0}).text


def test_sources_queued_while_both_ingestion_loops_run_are_ingested_once(workers):
    (first, second), _ = workers
    engine = first.state.container.engine
    with session_scope(engine) as session:
        agent_id = _agent(session, "Both workers")
        sources = [_add_article(session, agent_id, f"Topic {n}", f"# Topic {n}\n\nThe T{n} sensor reports the "
                                f"temperature every {n} minutes.\n") for n in range(1, 5)]
    # not notified: both ingestion loops find the jobs on their next poll (every 5 s), as they would across processes
    deadline = time.monotonic() + WAIT * 3
    while True:
        with Session(engine) as session:
            states = [session.get(KnowledgeSource, s).status for s in sources]
        if all(state == SourceStatus.READY for state in states):
            break
        assert time.monotonic() < deadline, states
        time.sleep(1.0)
    with Session(engine) as session:
        jobs = session.exec(select(IngestionJob).where(IngestionJob.source_id.in_(sources))).all()
    assert sorted(job.attempts for job in jobs) == [1] * len(sources)
    holders = [[app for app in (first, second)
                if app.state.container.store.document_passages(doc_kind="source", doc_id=source)]
               for source in sources]
    assert all(len(held) == 1 for held in holders)  # each job's vectors were written by exactly one worker
