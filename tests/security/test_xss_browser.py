"""XSS payloads in every sink a buyer or an admin sees, in headless Chromium (issue 12): the agent's name, welcome
message and quick replies, the quote's title, company, line items, terms and notes, a knowledge source's title, and
a buyer's own chat message. Escaping is checked, not just the CSP: no payload element may exist in the DOM (the CSP
would stop a script, not an injected element), and the payload's text is shown literally. Also in the browser: a
buyer over the rate limit reads why in the chat's error line (the 429 fragment is swapped in by app.js).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
import uvicorn
from playwright.sync_api import expect
from sqlmodel import Session

from appliance.domain.accounts import Role, UserCreate, create_user
from appliance.domain.agents import AgentCreate, create_agent, ensure_inbox, set_active
from appliance.domain.knowledge import SourceKind, add_source
from appliance.domain.quotes import LineItemCreate, QuoteCreate, create_quote, enable_agent
from appliance.settings import SecuritySettings, Settings
from appliance.web.app import create_app
from tests.e2e.test_admin_flows import _sign_in
from tests.e2e.test_buyer_flow import browser  # noqa: F401 - the shared fixture

pytestmark = pytest.mark.e2e
PASSWORD = "a-long-test-password"
ADMIN = "admin@example.com"
PROBE = '<img id="xss-probe" src="x">'
BREAKOUT = '"><svg id="xss-probe-2"></svg><b id="xss-probe-3">'
TEMPLATE = "{{ 7*7 }}"


def payload(label: str) -> str:
    return f"{label} {PROBE}{BREAKOUT}{TEMPLATE}"


@pytest.fixture(scope="module")
def appliance(tmp_path_factory) -> Iterator[tuple[str, str]]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("xss"), security=SecuritySettings(buyer_messages_per_minute=2))
    app = create_app(settings)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 300
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the appliance did not start")
        time.sleep(0.2)
    with Session(app.state.container.engine) as session:
        admin = create_user(session=session, data=UserCreate(email=ADMIN, name="Ada", role=Role.SUPER_ADMIN,
                                                             has_seat=True, password=PASSWORD))
        inbox = ensure_inbox(session=session, name="Closing agent")
        agent = create_agent(session=session, data=AgentCreate(
            name=payload("Max")[:80], welcome_message=payload("Welcome"), first_action_message=payload("First"),
            quick_replies=[payload("Quick")[:80]], inbox_id=inbox.id))
        set_active(session=session, agent=agent, active=True)
        quote = create_quote(session=session, data=QuoteCreate(
            number="Q-XSS", title=payload("Title"), buyer_company=payload("Company"), currency="EUR",
            created_on=date(2026, 11, 1), expires_on=date(2026, 12, 1), owner_id=admin.id,
            terms=payload("Terms"), notes=payload("Notes"),
            line_items=[LineItemCreate(name=payload("Item")[:200], quantity=Decimal(1), unit_price=Decimal(10))]))
        enable_agent(session=session, quote=quote, by=admin)
        add_source(session=session, agent_id=int(agent.id or 0), kind=SourceKind.URL, title=payload("Source"),
                   url="https://docs.example.com/x")
        session.commit()
        token = quote.public_token
    yield f"http://127.0.0.1:{port}", str(token)
    server.should_exit = True
    thread.join(timeout=30)


def assert_escaped(page) -> None:  # type: ignore[no-untyped-def]
    for probe in ("#xss-probe", "#xss-probe-2", "#xss-probe-3"):
        assert page.locator(probe).count() == 0, probe
    # A template engine that evaluated the payload would show 49 right after the breakout markup; other numbers on
    # the page (dates, random link tokens) must not count, so look where the payload's template part stands.
    text = page.locator("body").inner_text()
    assert 'xss-probe-3">49' not in text
    assert 'xss-probe-3">{{ 7*7 }}' in text  # the payload is shown, as text


def test_buyer_page_and_chat_escape_every_payload(appliance, browser) -> None:  # noqa: F811
    base, token = appliance
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/q/{token}")
    expect(page.get_by_text("Title <img", exact=False).first).to_be_visible()
    assert_escaped(page)
    page.fill("#chat-text", payload("Question"))
    page.press("#chat-text", "Enter")
    expect(page.get_by_text("Question <img", exact=False).first).to_be_visible(timeout=60_000)
    assert_escaped(page)
    context.close()


@pytest.mark.parametrize("path", ["/admin", "/admin/sources", "/admin/quotes", "/admin/agent/messages"])
def test_admin_pages_escape_every_payload(appliance, browser, path: str) -> None:  # noqa: F811
    base, _ = appliance
    context, page = _sign_in(browser, base, ADMIN, PASSWORD)
    response = page.goto(base + path)
    assert response is not None and response.status < 400, path
    assert_escaped(page)
    context.close()


def test_a_rate_limited_buyer_reads_why_in_the_chat(appliance, browser) -> None:  # noqa: F811
    base, token = appliance
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/q/{token}")
    for text in ("First question?", "Second question?", "Third question?"):  # buyer_messages_per_minute = 2
        page.fill("#chat-text", text)
        page.press("#chat-text", "Enter")
        if text != "Third question?":
            expect(page.get_by_text(text).first).to_be_visible(timeout=60_000)
    expect(page.locator("#chat-error")).to_contain_text("faster than the assistant can answer", timeout=30_000)
    expect(page.locator("#chat-error")).to_contain_text("seconds")
    assert page.get_by_text("Third question?").count() == 0  # refused, not stored
    context.close()
