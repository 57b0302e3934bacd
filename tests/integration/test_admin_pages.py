"""The admin console through HTTP against the real app (SQLite, MiniLM, Milvus-lite and the ingestion worker in a tmp
dir): knowledge sources (add by upload / URL / article / library, bulk removal with confirmation), knowledge-base
articles, handoff rules, message defaults and quotes. Checks template names and context as well as the HTML.
"""

from __future__ import annotations

import asyncio
import re
from datetime import date
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from appliance.answering.chat import ask
from appliance.domain.conversations import Conversation, ConversationStatus
from appliance.domain.accounts import Role, UserCreate, create_user, ensure_team
from appliance.domain.agents import Agent, AgentCreate, create_agent, ensure_inbox, set_active
from appliance.domain.knowledge import (
    IngestionJob,
    JobState,
    KnowledgeArticle,
    KnowledgeSource,
    SourceKind,
    StoredFile,
)
from appliance.domain.quotes import LineItemCreate, Quote, QuoteCreate, create_quote
from appliance.settings import Settings
from appliance.web.app import create_app

pytestmark = pytest.mark.slow
PASSWORD = "a-long-test-password"
ADMIN, REP, SEATLESS = "admin@example.com", "rep@example.com", "noseat@example.com"


def seed(engine) -> None:  # type: ignore[no-untyped-def]
    """One super admin, a rep with a seat and one without, two teams, the agent, and a quote per rep."""
    with Session(engine) as session:
        create_user(session=session, data=UserCreate(email=ADMIN, name="Ada Admin", role=Role.SUPER_ADMIN,
                                                     has_seat=True, password=PASSWORD))
        rep = create_user(session=session, data=UserCreate(email=REP, name="Robin Rep", has_seat=True,
                                                           password=PASSWORD))
        seatless = create_user(session=session, data=UserCreate(email=SEATLESS, name="Sam Seatless",
                                                                password=PASSWORD))
        ensure_team(session=session, name="Enterprise sales")
        ensure_team(session=session, name="Legal")
        inbox = ensure_inbox(session=session, name="Closing agent")
        create_agent(session=session, data=AgentCreate(name="Max", inbox_id=inbox.id))
        for number, owner in (("Q-1", rep), ("Q-2", seatless)):
            create_quote(session=session, data=QuoteCreate(
                number=number, title=f"Quote {number}", buyer_company="Depot Ltd", currency="EUR",
                created_on=date(2026, 11, 1), expires_on=date(2026, 12, 1), owner_id=owner.id,
                line_items=[LineItemCreate(name="Forklift X2", quantity=Decimal(2), unit_price=Decimal(31500))]))
        session.commit()


@pytest.fixture(scope="module")
def app(tmp_path_factory, module_database_url):
    settings = Settings(data_dir=tmp_path_factory.mktemp("admin"))
    application = create_app(settings)
    with TestClient(application, base_url="http://127.0.0.1") as client:
        seed(application.state.container.engine)
        yield application, client


def login(client: TestClient, email: str) -> str:
    """Sign in (fresh cookies) and return the session's CSRF token from the console page."""
    client.cookies.clear()
    token = re.search(r'name="form_token" value="([^"]+)"', client.get("/login").text).group(1)
    response = client.post("/login", data={"email": email, "password": PASSWORD, "form_token": token},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    page = client.get("/admin")
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def sources(app) -> dict[str, KnowledgeSource]:  # type: ignore[no-untyped-def]
    with Session(app.state.container.engine) as session:
        return {s.title: s for s in session.exec(select(KnowledgeSource))}


def test_add_content_by_upload_url_and_article_then_filter_and_search(app):
    application, client = app
    csrf = login(client, ADMIN)
    page = client.get("/admin/sources")
    assert page.template.name == "admin/sources.html" and page.headers["Vary"] == "HX-Request"
    assert "No sources yet" in page.text

    upload = client.post("/admin/sources/upload", data={"csrf": csrf},
                         files={"file": ("../../etc/price list.md", b"# Prices\n\nThe X2 costs 31,500 EUR.\n")},
                         follow_redirects=False)
    assert upload.status_code == 303
    url = client.post("/admin/sources/url", data={"csrf": csrf, "url": "https://docs.example.com/x2"},
                      follow_redirects=False)
    assert url.status_code == 303
    article = client.post("/admin/kb/new", data={"csrf": csrf, "title": "Support hours",
                                                 "body": "## Hours\n\n- 08:00 to 18:00 CET", "use_as_source": "yes"},
                          follow_redirects=False)
    assert article.status_code == 303

    found = sources(application)
    assert {"price list.md", "https://docs.example.com/x2", "Support hours"} <= set(found)
    assert found["price list.md"].kind == SourceKind.FILE
    with Session(application.state.container.engine) as session:
        stored = session.exec(select(StoredFile)).one()
    assert stored.filename == "price list.md"  # the path was cut off by safe_filename

    table = client.get("/admin/sources", params={"kind": "url"}, headers={"HX-Request": "true",
                                                                       "HX-Target": "source-table"})
    assert table.context["kind"] == "url" and [s.title for s in table.context["sources"]] == [
        "https://docs.example.com/x2"]
    assert "<html" not in table.text and 'id="source-table"' in table.text
    searched = client.get("/admin/sources", params={"q": "SUPPORT"})
    assert [s.title for s in searched.context["sources"]] == ["Support hours"]


def test_bad_input_is_refused_next_to_the_field_and_nothing_is_saved(app):
    application, client = app
    csrf = login(client, ADMIN)
    before = set(sources(application))
    for target, data, files, field in (
        ("/admin/sources/url", {"url": "ftp://example.com/file"}, None, "url-error"),
        ("/admin/sources/url", {"url": "not a url"}, None, "url-error"),
        ("/admin/sources/upload", {}, {"file": ("empty.txt", b"")}, "upload-error"),
        ("/admin/sources/articles", {}, None, "articles-error"),
    ):
        response = client.post(target, data={"csrf": csrf, **data}, files=files)
        assert response.status_code == 422, target
        message = re.search(rf'id="{field}">([^<]+)<', response.text)
        assert message and message.group(1).strip(), (target, response.text[:300])
    assert set(sources(application)) == before

    limit = application.state.settings.ingestion.max_file_bytes
    application.state.settings.ingestion.max_file_bytes = 10
    try:
        too_big = client.post("/admin/sources/upload", data={"csrf": csrf}, files={"file": ("big.txt", b"x" * 11)})
    finally:
        application.state.settings.ingestion.max_file_bytes = limit
    assert too_big.status_code == 422 and "larger than" in too_big.text
    with Session(application.state.container.engine) as session:
        assert session.exec(select(StoredFile).where(StoredFile.filename == "big.txt")).first() is None


def test_every_post_needs_the_csrf_token(app):
    _, client = app
    login(client, ADMIN)
    assert client.post("/admin/sources/url", data={"url": "https://example.com/"}).status_code == 403
    assert client.post("/admin/agent/handoff", data={"csrf": "forged"}).status_code == 403


def test_bulk_removal_asks_first_then_removes_the_sources_but_keeps_the_file(app):
    application, client = app
    csrf = login(client, ADMIN)
    client.post("/admin/sources/url", data={"csrf": csrf, "url": "https://docs.example.com/remove-me"})
    found = sources(application)
    chosen = [found["price list.md"].id, found["https://docs.example.com/remove-me"].id]

    nothing = client.post("/admin/sources/remove", data={"csrf": csrf}, headers={"HX-Request": "true"})
    assert nothing.status_code == 422 and "Select at least one source" in nothing.text

    asked = client.post("/admin/sources/remove", data={"csrf": csrf, "source_id": chosen},
                        headers={"HX-Request": "true"})
    assert asked.status_code == 200 and [s.id for s in asked.context["confirm"]] == chosen
    assert "Remove 2 sources?" in asked.text
    assert set(sources(application)) >= {"price list.md", "https://docs.example.com/remove-me"}  # not yet

    done = client.post("/admin/sources/remove", data={"csrf": csrf, "source_id": chosen, "confirmed": "yes"},
                       headers={"HX-Request": "true"})
    assert done.status_code == 200 and done.template.name == "admin/sources.html"
    assert 'id="library" hx-swap-oob="innerHTML"' in done.text  # the library shows the file as available again
    remaining = sources(application)
    assert "price list.md" not in remaining and "https://docs.example.com/remove-me" not in remaining
    with Session(application.state.container.engine) as session:
        assert session.exec(select(StoredFile).where(StoredFile.filename == "price list.md")).one()
        assert not session.exec(select(IngestionJob).where(IngestionJob.source_id.in_(chosen))).all()

    again = client.post("/admin/sources/files", data={"csrf": csrf, "file_id": [found["price list.md"].file_id]},
                        follow_redirects=False)
    assert again.status_code == 303 and "price list.md" in sources(application)  # the library file is reusable


def test_editing_an_article_requeues_its_source(app):
    application, client = app
    csrf = login(client, ADMIN)
    with Session(application.state.container.engine) as session:
        article = session.exec(select(KnowledgeArticle).where(KnowledgeArticle.title == "Support hours")).one()
    editor = client.get(f"/admin/kb/{article.id}")
    assert editor.template.name == "admin/kb_edit.html" and editor.context["title"] == "Support hours"

    empty = client.post(f"/admin/kb/{article.id}", data={"csrf": csrf, "title": "  ", "body": "text"})
    assert empty.status_code == 422 and "required" in re.search(r'id="title-error">([^<]*)<', empty.text).group(1)

    source = sources(application)["Support hours"]
    with Session(application.state.container.engine) as session:
        jobs_before = len(session.exec(select(IngestionJob).where(IngestionJob.source_id == source.id)).all())
    saved = client.post(f"/admin/kb/{article.id}", data={"csrf": csrf, "title": "Support hours (EU)",
                                                        "body": "## Hours\n\n- 09:00 to 17:00 CET"},
                        follow_redirects=False)
    assert saved.status_code == 303
    with Session(application.state.container.engine) as session:
        assert session.get(KnowledgeArticle, article.id).body.endswith("17:00 CET")
        jobs = session.exec(select(IngestionJob).where(IngestionJob.source_id == source.id)).all()
        assert session.get(KnowledgeSource, source.id).title == "Support hours (EU)"
    assert len(jobs) == jobs_before + 1 or any(job.state == JobState.QUEUED for job in jobs)


def test_handoff_rules_validate_then_save(app):
    application, client = app
    csrf = login(client, ADMIN)
    page = client.get("/admin/agent/handoff")
    assert page.template.name == "admin/handoff.html" and page.context["form"]["assign_to"] == "quote_owner"
    matches = client.get("/admin/agent/teams", params={"q": "leg"}, headers={"HX-Request": "true"})
    assert [t.name for t in matches.context["matches"]] == ["Legal"] and "<html" not in matches.text
    legal_id = matches.context["matches"][0].id

    no_team = client.post("/admin/agent/handoff", data={
        "csrf": csrf, "assign_to": "teams", "owner_unavailable_message": "Back soon.",
        "all_unavailable_message": ""}, headers={"HX-Request": "true"})
    assert no_team.status_code == 422
    assert set(no_team.context["errors"]) == {"team_ids", "all_unavailable_message"}
    assert "choose at least one team" in re.search(r'id="teams-error">([^<]*)<', no_team.text).group(1).lower()
    with Session(application.state.container.engine) as session:
        assert session.exec(select(Agent)).one().owner_unavailable_message != "Back soon."  # nothing half-saved

    unknown = client.post("/admin/agent/handoff", data={
        "csrf": csrf, "assign_to": "teams", "team_id": ["9999"], "owner_unavailable_message": "Back soon.",
        "all_unavailable_message": "Offline."})
    assert unknown.status_code == 422 and "no team with id 9999" in unknown.text

    saved = client.post("/admin/agent/handoff", data={
        "csrf": csrf, "assign_to": "teams", "team_id": [str(legal_id)], "owner_unavailable_message": "Back soon.",
        "all_unavailable_message": "Everyone is offline."}, headers={"HX-Request": "true"})
    assert saved.status_code == 200 and saved.context["saved"] and "Handoff rules saved" in saved.text
    with Session(application.state.container.engine) as session:
        agent = session.exec(select(Agent)).one()
    assert agent.handoff_assign_to == "teams" and agent.handoff_team_ids == [legal_id]
    assert agent.all_unavailable_message == "Everyone is offline."


def test_message_defaults_edit_quick_replies_preview_and_save(app):
    application, client = app
    csrf = login(client, ADMIN)
    form = {"csrf": csrf, "welcome_message": "Hello!", "first_action_message": "Ask about pricing.",
            "quick_replies": None}
    base = {k: v for k, v in form.items() if v is not None}

    added = client.post("/admin/agent/messages", data={**base, "quick_reply": ["Pricing", "Delivery"], "op": "add"},
                        headers={"HX-Request": "true"})
    assert added.context["form"]["quick_replies"] == ["Pricing", "Delivery", ""]
    assert added.headers["HX-Trigger"] == "preview-changed"
    moved = client.post("/admin/agent/messages", data={**base, "quick_reply": ["Pricing", "Delivery"], "op": "up:1"})
    assert moved.context["form"]["quick_replies"] == ["Delivery", "Pricing"]
    removed = client.post("/admin/agent/messages", data={**base, "quick_reply": ["Pricing", "Delivery"],
                                                         "op": "remove:0"})
    assert removed.context["form"]["quick_replies"] == ["Delivery"]
    with Session(application.state.container.engine) as session:
        assert session.exec(select(Agent)).one().welcome_message != "Hello!"  # editing is not saving

    preview = client.post("/admin/agent/messages/preview", data={**base, "quick_reply": ["<b>Talk</b>"]},
                          headers={"HX-Request": "true"})
    assert "Hello!" in preview.text and "&lt;b&gt;Talk&lt;/b&gt;" in preview.text and "<form" not in preview.text

    bad = client.post("/admin/agent/messages", data={**base, "welcome_message": " ",
                                                     "quick_reply": ["Same", "same"], "op": "save"})
    assert bad.status_code == 422
    assert set(bad.context["errors"]) == {"welcome_message", "quick_replies"}
    assert re.search(r'id="welcome-error">[^<]+<', bad.text)

    saved = client.post("/admin/agent/messages", data={**base, "quick_reply": ["Delivery", "", "Pricing"],
                                                       "op": "save"})
    assert saved.status_code == 200 and saved.context["saved"]
    with Session(application.state.container.engine) as session:
        agent = session.exec(select(Agent)).one()
    assert (agent.welcome_message, agent.quick_replies) == ("Hello!", ["Delivery", "Pricing"])


def test_quotes_turn_on_copy_revoke_regenerate(app):
    application, client = app
    csrf = login(client, REP)
    page = client.get("/admin/quotes")
    assert [q.number for q in page.context["quotes"]] == ["Q-1"]  # a rep sees only their own quotes
    quote_id = page.context["quotes"][0].id

    on = client.post(f"/admin/quotes/{quote_id}/agent", data={"csrf": csrf}, headers={"HX-Request": "true"})
    assert on.status_code == 200
    with Session(application.state.container.engine) as session:
        first = session.get(Quote, quote_id).public_token
    assert first and f"/q/{first}" in on.text and 'data-copy="link-' in on.text
    assert client.get(f"/q/{first}").status_code == 200

    client.post(f"/admin/quotes/{quote_id}/revoke", data={"csrf": csrf})
    assert client.get(f"/q/{first}").status_code == 404
    client.post(f"/admin/quotes/{quote_id}/regenerate", data={"csrf": csrf})
    with Session(application.state.container.engine) as session:
        second = session.get(Quote, quote_id).public_token
    assert second and second != first and client.get(f"/q/{second}").status_code == 200


def test_turning_the_agent_on_needs_a_seat(app):
    application, client = app
    csrf = login(client, SEATLESS)
    page = client.get("/admin/quotes")
    quote_id = page.context["quotes"][0].id
    refused = client.post(f"/admin/quotes/{quote_id}/agent", data={"csrf": csrf}, headers={"HX-Request": "true"})
    assert refused.status_code == 422 and "seat" in refused.context["errors"][quote_id]
    with Session(application.state.container.engine) as session:
        quote = session.get(Quote, quote_id)
    assert not quote.agent_enabled and quote.public_token is None


SUPER_ADMIN_PAGES = ("/admin/sources", "/admin/sources/library", "/admin/kb", "/admin/kb/new", "/admin/kb/1",
                     "/admin/agent/handoff", "/admin/agent/teams", "/admin/agent/messages", "/admin/test",
                     "/admin/agent/new", "/admin/agent/identity")
SUPER_ADMIN_ACTIONS = ("/admin/sources/remove", "/admin/sources/upload", "/admin/sources/url",
                       "/admin/sources/articles", "/admin/sources/files", "/admin/kb/new", "/admin/kb/1",
                       "/admin/agent/handoff", "/admin/agent/messages", "/admin/agent/messages/preview",
                       "/admin/agent/active", "/admin/test", "/admin/agent/new",
                       "/admin/agent/identity/name", "/admin/agent/identity/avatar-url", "/admin/agent/identity/avatar/remove")


def test_a_sales_rep_cannot_reach_super_admin_pages_or_actions(app):
    application, client = app
    csrf = login(client, REP)
    home = client.get("/admin")
    assert "/admin/sources" not in home.text and "/admin/agent/handoff" not in home.text  # not in the nav either
    for path in SUPER_ADMIN_PAGES:
        assert client.get(path).status_code == 403, path
    with Session(application.state.container.engine) as session:
        before = (len(session.exec(select(KnowledgeSource)).all()), session.exec(select(Agent)).one().model_dump())
        source_ids = [str(s.id) for s in session.exec(select(KnowledgeSource))]
    for path in SUPER_ADMIN_ACTIONS:  # a valid session and CSRF token, still refused
        response = client.post(path, data={"csrf": csrf, "source_id": source_ids, "confirmed": "yes",
                                           "url": "https://example.com/", "title": "t", "body": "b",
                                           "active": "false", "welcome_message": "x", "first_action_message": "y",
                                           "assign_to": "quote_owner", "owner_unavailable_message": "a",
                                           "all_unavailable_message": "b"})
        assert response.status_code == 403, path
    with Session(application.state.container.engine) as session:
        after = (len(session.exec(select(KnowledgeSource)).all()), session.exec(select(Agent)).one().model_dump())
        other = session.exec(select(Quote).where(Quote.number == "Q-2")).one()
    assert after == before
    for action in ("agent", "revoke", "regenerate", "agent/off"):  # someone else's quote: as if it did not exist
        assert client.post(f"/admin/quotes/{other.id}/{action}", data={"csrf": csrf}).status_code == 404


def test_signed_out_visitors_are_sent_to_the_login_page(app):
    _, client = app
    client.cookies.clear()
    for path in SUPER_ADMIN_PAGES + ("/admin/quotes",):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["Location"] == "/login", path


def _nothing_live(session: Session) -> tuple[Agent, Quote]:
    agent = session.exec(select(Agent)).one()
    set_active(session=session, agent=agent, active=False)
    quote = session.exec(select(Quote).where(Quote.number == "Q-1")).one()
    quote.agent_enabled = False
    session.add(quote)
    session.commit()
    session.refresh(agent)
    session.refresh(quote)
    return agent, quote


def test_the_test_panel_shows_decision_confidence_passages_and_answer(app):
    application, client = app
    csrf = login(client, ADMIN)
    with Session(application.state.container.engine) as session:
        _nothing_live(session)  # the panel previews: the agent inactive, off on the quote
    panel = client.get("/admin/test")
    assert panel.template.name == "admin/test_panel.html" and not panel.context["errors"]
    assert "preview" in panel.context["notice"] and 'id="test-notice"' in panel.text
    assert "Q-1" in [q.number for q in panel.context["quotes"]]  # every quote, the agent on or not
    quote_id = next(q.id for q in panel.context["quotes"] if q.number == "Q-1")

    empty = client.post("/admin/test", data={"csrf": csrf, "quote_id": str(quote_id), "question": "   "},
                        headers={"HX-Request": "true"})
    assert empty.status_code == 422 and re.search(r'id="test-question-error">[^<]+<', empty.text)
    unknown = client.post("/admin/test", data={"csrf": csrf, "quote_id": "999999", "question": "Hello?"},
                          headers={"HX-Request": "true"})
    assert unknown.status_code == 422 and re.search(r'id="test-quote-error">[^<]+<', unknown.text)

    asked = client.post("/admin/test", data={"csrf": csrf, "quote_id": str(quote_id),
                                             "question": "How many forklifts are in this quote?"},
                        headers={"HX-Request": "true"})
    assert asked.status_code == 200 and "<html" not in asked.text
    result = asked.context["result"]
    assert result.decision in {"answer", "clarify", "handoff"} and result.message_id is not None  # not silent
    assert 'id="test-decision"' in asked.text and 'id="test-confidence"' in asked.text
    assert asked.context["passages"], "the panel lists the passages the decision saw"
    with Session(application.state.container.engine) as session:
        conversation = session.get(Conversation, result.conversation_id)
        still = session.exec(select(Agent)).one(), session.get(Quote, quote_id)
    assert conversation.status == ConversationStatus.CLOSED and conversation.buyer_key.startswith("test-panel:")
    assert not still[0].active and not still[1].agent_enabled  # the preview changed nothing


def test_a_buyer_conversation_stays_silent_while_the_agent_is_inactive(app):
    """Preview is the test panel's alone: the same question from a buyer's conversation gets no reply."""
    application, _ = app
    container = application.state.container
    with Session(container.engine) as session:
        agent, quote = _nothing_live(session)
        ids = int(agent.id), int(quote.id)
    result = asyncio.run(ask(container.engine, container.pipeline, quote_id=ids[1], agent_id=ids[0],
                             key="buyer-1", text="How many forklifts are in this quote?", max_chars=2000))
    assert result.decision == "silent" and result.message_id is None and not result.evidence


def test_creating_a_quote_with_line_items_validates_every_field(app):
    application, client = app
    csrf = login(client, REP)
    form = client.get("/admin/quotes/new")
    assert form.template.name == "admin/quote_new.html" and len(form.context["form"]["lines"]) == 3
    more = client.post("/admin/quotes/new", data={"csrf": csrf, "op": "add_line", "line_name": ["A", "", ""]})
    assert len(more.context["form"]["lines"]) == 4 and more.context["form"]["lines"][0]["name"] == "A"

    fields = {"csrf": csrf, "number": "Q-9", "title": "Spare parts", "buyer_company": "Depot Ltd",
              "currency": "eur", "created_on": "2026-11-02", "expires_on": "2026-12-02", "terms": "Net 30",
              "notes": "", "buyer_contacts": "cfo@depot.example, it@depot.example", "op": "save",
              "owner_id": "1"}  # ignored for a rep: they own what they create
    bad = client.post("/admin/quotes/new", data={
        **fields, "currency": "euro", "line_sku": ["P1", "P2"], "line_name": ["Battery", ""],
        "line_quantity": ["0", "1"], "line_unit_price": ["12.50", "abc"], "line_discount_percent": ["", "150"]})
    assert bad.status_code == 422
    errors = bad.context["errors"]
    assert {"currency", "line-0-quantity", "line-1-name", "line-1-unit_price", "line-1-discount_percent"} <= set(errors)
    assert re.search(r'id="line-0-quantity-error">[^<]+<', bad.text)
    with Session(application.state.container.engine) as session:
        assert session.exec(select(Quote).where(Quote.number == "Q-9")).first() is None

    duplicate = client.post("/admin/quotes/new", data={**fields, "number": "Q-1", "line_name": ["Battery"],
                                                       "line_quantity": ["2"], "line_unit_price": ["12.50"]})
    assert duplicate.status_code == 422 and "already exists" in duplicate.context["errors"]["number"]

    made = client.post("/admin/quotes/new", data={**fields, "line_sku": ["P1", "", ""],
                                                  "line_name": ["Battery", "", ""], "line_quantity": ["4", "", ""],
                                                  "line_unit_price": ["12.50", "", ""],
                                                  "line_discount_percent": ["10", "", ""]}, follow_redirects=False)
    assert made.status_code == 303
    listing = client.get("/admin/quotes")
    created = next(q for q in listing.context["quotes"] if q.number == "Q-9")
    assert created.currency == "EUR" and created.buyer_contacts == ["cfo@depot.example", "it@depot.example"]
    assert owners_name(listing, created) == "Robin Rep"
    assert listing.context["totals"][created.id] == Decimal("45.00")  # 4 × 12.50 − 10 %


def owners_name(response, quote) -> str:  # type: ignore[no-untyped-def]
    return response.context["owners"][quote.owner_id].name
