"""Scenario folders (agent, users, quote, knowledge, questions): read, validated, and built through the product's
own services. Used by `appliance demo` (the demo company) and `appliance eval` (evaluation scenarios).

URL sources are HTML files served by a loopback server that the caller starts; the fetcher allows that server
explicitly (nothing else on loopback).
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from appliance.container import Container
from appliance.db import session_scope
from appliance.domain.accounts import Role, UserCreate, add_team_member, create_user, ensure_team
from appliance.domain.agents import AgentCreate, create_agent, ensure_inbox, set_active
from appliance.domain.knowledge import (
    KnowledgeArticleCreate,
    SourceKind,
    add_source,
    create_article,
    store_file,
)
from appliance.domain.quotes import LineItemCreate, QuoteCreate, create_quote, enable_agent


class ScenarioError(ValueError):
    pass


class HandoffSpec(BaseModel):
    assign_to: str | dict[str, list[str]] = "quote_owner"
    owner_unavailable_message: str = ""
    all_unavailable_message: str = ""


class AgentSpec(BaseModel):
    name: str
    welcome_message: str = ""
    first_action_message: str = ""
    quick_replies: list[str] = []
    handoff: HandoffSpec = HandoffSpec()


class UserSpec(BaseModel):
    email: str
    name: str
    role: Literal["super_admin", "sales_rep"]
    teams: list[str] = []


class LineItemSpec(BaseModel):
    sku: str = ""
    name: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal = Decimal(0)


class QuoteSpec(BaseModel):
    number: str
    title: str
    owner: str
    buyer_company: str
    buyer_contacts: list[str] = []
    currency: str
    created_on: date
    expires_on: date
    line_items: list[LineItemSpec]
    terms: str = ""
    notes: str = ""


class SourceSpec(BaseModel):
    type: Literal["file", "url", "kb_article"]
    path: str
    title: str = ""
    why: str = ""

    @property
    def name(self) -> str:
        return Path(self.path).name


class ScenarioSpec(BaseModel):
    name: str
    description: str = ""
    agent: AgentSpec
    users: list[UserSpec]
    quote: QuoteSpec
    sources: list[SourceSpec]
    rejected_sources: list[SourceSpec] = []


class QuestionSpec(BaseModel):
    id: str
    question: str
    expect: Literal["answer", "clarify", "handoff"]
    sources: list[str] = []
    facts: list[str] = []
    must_not: list[str] = []
    language: str = "en"


@dataclass
class Scenario:
    folder: Path
    spec: ScenarioSpec
    questions: list[QuestionSpec]


@dataclass
class BuiltScenario:
    agent_id: int
    quote_id: int
    token: str
    source_ids: dict[str, int] = field(default_factory=dict)  # file name -> source id
    rejected_ids: dict[str, int] = field(default_factory=dict)
    logins: list[tuple[str, str, str]] = field(default_factory=list)  # (email, password, role)


def load_scenario(folder: Path) -> Scenario:
    folder = Path(folder)
    spec_path = folder / "scenario.json"
    if not spec_path.is_file():
        raise ScenarioError(f"{folder} is not a scenario folder: scenario.json is missing")
    try:
        spec = ScenarioSpec.model_validate_json(spec_path.read_text())
    except ValidationError as error:
        raise ScenarioError(f"{spec_path}: {error}") from error
    for source in [*spec.sources, *spec.rejected_sources]:
        if not (folder / source.path).is_file():
            raise ScenarioError(f"{spec_path}: source file {source.path} does not exist")
    questions: list[QuestionSpec] = []
    questions_path = folder / "questions.jsonl"
    if questions_path.exists():
        for number, line in enumerate(questions_path.read_text().splitlines(), start=1):
            if line.strip():
                try:
                    questions.append(QuestionSpec.model_validate_json(line))
                except ValidationError as error:
                    raise ScenarioError(f"{questions_path}:{number}: {error}") from error
    return Scenario(folder=folder, spec=spec, questions=questions)


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve ``folder`` over HTTP on 127.0.0.1 (a random port) for URL sources; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def build_scenario(container: Container, scenario: Scenario, *, url_base: str, password: str,
                   activate: bool = True) -> BuiltScenario:
    """Create users, teams, the agent, its sources and the quote (agent on), all through the domain services.

    Ingestion jobs are queued, not run: the caller runs the worker.
    """
    spec = scenario.spec
    settings = container.settings
    with session_scope(container.engine) as session:
        users = {}
        logins: list[tuple[str, str, str]] = []
        admin_email = f"admin@{spec.name}.example"
        if not any(u.role == "super_admin" for u in spec.users):
            admin = create_user(session=session, data=UserCreate(
                email=admin_email, name="Admin", role=Role.SUPER_ADMIN, has_seat=True, password=password))
            users[admin.email] = admin
            logins.append((admin.email, password, "super_admin"))
        for user_spec in spec.users:
            user = create_user(session=session, data=UserCreate(
                email=user_spec.email, name=user_spec.name, role=Role(user_spec.role), has_seat=True,
                password=password))
            users[user.email] = user
            logins.append((user.email, password, user_spec.role))
            for team_name in user_spec.teams:
                add_team_member(session=session, team=ensure_team(session=session, name=team_name), user=user)
        handoff = spec.agent.handoff
        team_ids: list[int] = []
        assign_to = "quote_owner"
        if isinstance(handoff.assign_to, dict):
            assign_to = "teams"
            team_ids = [int(ensure_team(session=session, name=n).id or 0) for n in handoff.assign_to.get("teams", [])]
        elif handoff.assign_to != "quote_owner":
            raise ScenarioError(f"unknown handoff.assign_to {handoff.assign_to!r}")
        inbox = ensure_inbox(session=session, name=f"{spec.agent.name} handoffs")
        defaults = AgentCreate(name=spec.agent.name, inbox_id=int(inbox.id or 0))
        agent = create_agent(session=session, data=AgentCreate(
            name=spec.agent.name, inbox_id=int(inbox.id or 0),
            welcome_message=spec.agent.welcome_message or defaults.welcome_message,
            first_action_message=spec.agent.first_action_message or defaults.first_action_message,
            quick_replies=spec.agent.quick_replies, handoff_assign_to=assign_to, handoff_team_ids=team_ids,
            owner_unavailable_message=handoff.owner_unavailable_message or defaults.owner_unavailable_message,
            all_unavailable_message=handoff.all_unavailable_message or defaults.all_unavailable_message,
        ))
        agent_id = int(agent.id or 0)
        built = BuiltScenario(agent_id=agent_id, quote_id=0, token="", logins=logins)
        for source_spec, bucket in [*((s, built.source_ids) for s in spec.sources),
                                    *((s, built.rejected_ids) for s in spec.rejected_sources)]:
            path = scenario.folder / source_spec.path
            if source_spec.type == "file":
                stored = store_file(session=session, files_dir=settings.files_dir, filename=path.name,
                                    content=path.read_bytes())
                source = add_source(session=session, agent_id=agent_id, kind=SourceKind.FILE, title=path.name,
                                    file_id=stored.id)
            elif source_spec.type == "kb_article":
                article = create_article(session=session, data=KnowledgeArticleCreate(
                    title=source_spec.title or path.stem, body=path.read_text()))
                source = add_source(session=session, agent_id=agent_id, kind=SourceKind.KB_ARTICLE,
                                    title=article.title, article_id=article.id)
            else:
                url = f"{url_base}/{source_spec.path}"
                source = add_source(session=session, agent_id=agent_id, kind=SourceKind.URL, title=path.name, url=url)
            bucket[path.name] = int(source.id or 0)
        quote_spec = spec.quote
        owner = users.get(quote_spec.owner.lower())
        if owner is None:
            raise ScenarioError(f"the quote owner {quote_spec.owner} is not among the scenario's users")
        quote = create_quote(session=session, data=QuoteCreate(
            number=quote_spec.number, title=quote_spec.title, buyer_company=quote_spec.buyer_company,
            buyer_contacts=quote_spec.buyer_contacts, currency=quote_spec.currency,
            created_on=quote_spec.created_on, expires_on=quote_spec.expires_on, terms=quote_spec.terms,
            notes=quote_spec.notes, owner_id=int(owner.id or 0),
            line_items=[LineItemCreate(**item.model_dump()) for item in quote_spec.line_items],
        ))
        enable_agent(session=session, quote=quote, by=owner)
        if activate:
            set_active(session=session, agent=agent, active=True)
        built.quote_id = int(quote.id or 0)
        built.token = quote.public_token or ""
    return built
