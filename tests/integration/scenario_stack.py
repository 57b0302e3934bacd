"""A scenario folder built on the real stack (SQLite, docling, the embedders, Milvus-lite, the pipeline) for the
answer-path tests that write their own small scenario: the container with the scenario's agent, quote and sources
ingested, a buyer question asked as the buyer chat asks it, and the passage a citation opens."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from appliance.answering.chat import ask
from appliance.container import Container, build_container
from appliance.domain.buyer_chat import cited_passage
from appliance.domain.conversations import Conversation, Decision, Message
from appliance.domain.quotes import Quote
from appliance.scenarios import BuiltScenario, build_scenario, load_scenario, serve_folder
from appliance.settings import Settings

Built = tuple[Container, BuiltScenario]

REP = {"email": "rep@seller.example", "name": "Sam Rep", "role": "sales_rep", "teams": ["Sales"]}


def write_scenario(folder: Path, *, name: str, quote: dict[str, Any], articles: dict[str, tuple[str, str]]) -> Path:
    """A scenario folder of one rep (the quote's owner, handed off to) and knowledge-base articles (``articles``: file
    name -> (title, Markdown text)); ``quote``: the quote's number, title, buyer, dates, terms, notes and line items
    (the currency EUR and the owner unless given)."""
    (folder / "knowledge").mkdir(exist_ok=True)
    for file_name, (_, text) in articles.items():
        (folder / "knowledge" / file_name).write_text(text)
    spec = {
        "name": name,
        "agent": {"name": "Ada", "quick_replies": [], "handoff": {"assign_to": "quote_owner"}},
        "users": [REP],
        "quote": {"currency": "EUR", "owner": REP["email"], **quote},
        "sources": [{"type": "kb_article", "path": f"knowledge/{file_name}", "title": title}
                    for file_name, (title, _) in articles.items()],
    }
    (folder / "scenario.json").write_text(json.dumps(spec))
    return folder


@asynccontextmanager
async def built_scenario(scenario_dir: Path, data_dir: Path) -> AsyncIterator[Built]:
    """The container with ``scenario_dir`` built and its sources ingested (served over HTTP while they are)."""
    container = await build_container(Settings(data_dir=data_dir), extra_allowed_hosts=("127.0.0.1",))
    try:
        with serve_folder(scenario_dir) as url_base:
            result = build_scenario(container, load_scenario(scenario_dir), url_base=url_base,
                                    password="a-long-test-password")
            await container.worker.run_pending()
        yield container, result
    finally:
        await container.aclose()


async def ask_buyer(built: Built, text: str, key: str):  # type: ignore[no-untyped-def]
    """``text`` asked in the buyer chat of the scenario's quote (``key``: the buyer's conversation)."""
    container, result = built
    return await ask(container.engine, container.pipeline, quote_id=result.quote_id, agent_id=result.agent_id,
                     key=key, text=text, max_chars=2000)


def decision_signals(built: Built, reply) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The signals the decision behind ``reply`` recorded with its evidence."""
    container, _ = built
    with Session(container.engine) as session:
        decision = session.exec(select(Decision).where(Decision.agent_message_id == reply.message_id)).one()
        return dict(decision.evidence["signals"])


def opened_citation(built: Built, citation):  # type: ignore[no-untyped-def]
    """What the buyer's "open the passage" view shows for ``citation`` (None when it cannot be found)."""
    container, result = built
    with Session(container.engine) as session:
        conversation = session.get(Conversation, session.get(Message, citation.message_id).conversation_id)
        return cited_passage(session=session, quote=session.get(Quote, result.quote_id), conversation=conversation,
                             citation_id=int(citation.id))
