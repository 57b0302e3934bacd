"""The admin console end to end in headless Chromium against `appliance demo`: knowledge sources (search, filter,
add content, live status, bulk removal with confirmation), a knowledge-base article, handoff rules, message defaults
with the live preview, quotes (copy, revoke and regenerate the buyer link), and a sales rep kept out of the
super-admin pages. Screenshots of the main screens go to docs/screenshots/.
"""

from __future__ import annotations

import os

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.test_buyer_flow import ROOT, browser, demo  # noqa: F401 - the shared fixtures

pytestmark = pytest.mark.e2e
SHOTS = ROOT / "docs" / "screenshots"
WAIT = 300_000  # ingestion on a 2-core CPU: generous, never asserted as a duration


def _login(browser, demo, role: str):  # noqa: F811
    email = next(email for email, r in demo["logins"] if r == role)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(demo["base"] + "/login")
    page.fill("#email", email)
    page.fill("#password", demo["password"])
    page.click("button[type=submit]")
    page.wait_for_url("**/admin")
    return context, page


def _shot(page, name: str) -> None:
    if os.environ.get("APPLIANCE_SCREENSHOTS"):  # opt-in: refreshing docs/ must not be a side effect of testing
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_sources_search_filter_add_and_bulk_remove(demo, browser):  # noqa: F811
    context, page = _login(browser, demo, "super_admin")
    page.click("nav >> text=Knowledge sources")
    page.wait_for_url("**/admin/sources")
    rows = page.locator("#source-table tbody tr[data-source]")
    everything = rows.count()
    assert everything >= 5
    page.locator("tr[data-source] .status.ready").first.wait_for(timeout=WAIT)
    _shot(page, "admin-sources")

    page.select_option("#source-kind", "url")
    expect(rows).to_have_count(1)
    assert "URL" in rows.first.inner_text()
    page.select_option("#source-kind", "")
    expect(rows).to_have_count(everything)  # the unfiltered table is back before the search starts
    page.fill("#source-search", "onboarding")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("onboarding", ignore_case=True)
    page.fill("#source-search", "")
    expect(rows).to_have_count(everything)

    # Bad input: the message shows next to the field and nothing is added.
    page.fill("#source-url", "ftp://example.com/price-list")
    page.click("#source-url ~ button")
    assert "http://" in page.locator("#url-error").inner_text()
    assert page.locator("#source-table tr[data-source]").count() == everything

    # A new knowledge-base article becomes a source; its status updates live until it is ready.
    page.goto(demo["base"] + "/admin/kb/new")
    page.fill("#article-title", "Spare batteries")
    page.fill("#article-body", "## Spare batteries\n\n- Each T20 sensor takes one CR123A cell.\n- Spares ship in 5 days.")
    page.click("text=Create article")
    page.wait_for_url("**/admin/kb")
    _shot(page, "admin-knowledge-base")
    page.goto(demo["base"] + "/admin/sources")
    row = page.locator("tr[data-source='Spare batteries']")
    row.locator(".status.ready").wait_for(timeout=WAIT)  # swapped in by the polling table, no reload

    # Bulk removal asks first, then removes; the file stays in the Files library.
    onboarding = page.locator("tr[data-source='onboarding-guide.md']")
    row.locator("input[type=checkbox]").check()
    onboarding.locator("input[type=checkbox]").check()
    page.click("#remove-selected")
    page.locator(".confirm").wait_for()
    assert "Remove 2 sources?" in page.locator(".confirm").inner_text()
    _shot(page, "admin-sources-remove-confirm")
    page.click(".confirm >> text=Remove as source")
    expect(page.locator("tr[data-source='Spare batteries']")).to_have_count(0)
    assert page.locator("tr[data-source='onboarding-guide.md']").count() == 0
    library = page.locator("#library").inner_text()
    assert "onboarding-guide.md" in library

    # Add it back from the Files library.
    page.locator("#library input[type=checkbox]").first.wait_for()
    page.locator("#library label", has_text="onboarding-guide.md").locator("input").check()
    page.click("text=Add files")
    page.locator("tr[data-source='onboarding-guide.md']").wait_for()
    context.close()


def test_handoff_rules_and_message_defaults(demo, browser):  # noqa: F811
    context, page = _login(browser, demo, "super_admin")
    page.goto(demo["base"] + "/admin/agent/handoff")
    for chip in page.locator("#chosen-teams input").all():
        chip.uncheck()
    page.check("input[name=assign_to][value=teams]")
    page.fill("#all-unavailable", "")
    page.click("text=Save handoff rules")
    page.locator("#teams-error:not(:empty)").wait_for()
    assert "team" in page.locator("#teams-error").inner_text().lower()
    assert page.locator("#all-unavailable-error").inner_text().strip()
    # htmx wires the swapped-in form up only when it settles (20 ms later, and it drops "htmx-added" then): typing
    # before that fires no type-ahead request at all
    page.locator("#handoff-form:not(.htmx-added)").wait_for()

    page.fill("#team-search", "solu")
    # the type-ahead answered "solu", not the focus (a busy machine may answer the focus request slowly)
    expect(page.locator("#team-matches label")).to_have_count(1, timeout=15_000)
    page.locator("#team-matches label", has_text="Solutions Engineering").locator("input").check()
    page.fill("#all-unavailable", "Everyone is offline; leave your email.")
    page.click("text=Save handoff rules")
    page.locator(".saved").wait_for()
    assert "Solutions Engineering" in page.locator("#chosen-teams").inner_text()
    _shot(page, "admin-handoff-rules")

    page.goto(demo["base"] + "/admin/agent/messages")
    before = page.locator(".reply-list li").count()
    page.click("text=Add a quick reply")
    expect(page.locator(".reply-list li")).to_have_count(before + 1)
    page.locator(".reply-list li input").last.fill("Send me the contract")
    page.locator("#chat-preview .quick-reply", has_text="Send me the contract").wait_for()
    page.fill("#welcome", "Hi, I am Frida.")
    page.locator("#chat-preview .msg", has_text="Hi, I am Frida.").wait_for()
    page.locator(".reply-list li").last.locator("button[aria-label='Move up']").click()
    expect(page.locator(".reply-list li input").nth(before - 1)).to_have_value("Send me the contract")
    page.click("text=Save messages")
    page.locator(".saved").wait_for()
    _shot(page, "admin-message-defaults")
    page.goto(demo["link"])
    assert "Hi, I am Frida." in page.locator("#messages").inner_text()
    assert page.locator(".quick-reply", has_text="Send me the contract").count() == 1
    context.close()


def test_quote_link_copy_revoke_regenerate(demo, browser):  # noqa: F811
    context, page = _login(browser, demo, "sales_rep")
    page.goto(demo["base"] + "/admin/quotes")
    link_field = page.locator("input.buyer-link").first
    if link_field.count() == 0:  # the first rep in the list may not own the demo quote
        pytest.skip("the first demo rep owns no quote")
    first = link_field.input_value()
    _shot(page, "admin-quotes")
    page.click("text=Copy link")
    page.locator("[data-copy]", has_text="Copied").wait_for()
    page.click("text=Revoke link")
    page.locator("text=Link revoked.").wait_for()
    assert httpx.get(first).status_code == 404
    page.click("text=New link")
    page.locator("input.buyer-link").wait_for()
    second = page.locator("input.buyer-link").first.input_value()
    assert second != first and httpx.get(second).status_code == 200
    context.close()


def test_sales_rep_cannot_reach_super_admin_pages(demo, browser):  # noqa: F811
    context, page = _login(browser, demo, "sales_rep")
    assert page.locator("nav >> text=Knowledge sources").count() == 0
    for path in ("/admin/sources", "/admin/kb", "/admin/kb/new", "/admin/agent/handoff", "/admin/agent/messages"):
        response = page.goto(demo["base"] + path)
        assert response.status == 403, path
    csrf = page.goto(demo["base"] + "/admin").text()
    token = csrf.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    refused = page.request.post(demo["base"] + "/admin/sources/url",
                                form={"csrf": token, "url": "https://example.com/"})
    assert refused.status == 403
    context.close()


def test_test_panel_shows_the_decision_and_passages(demo, browser):  # noqa: F811
    context, page = _login(browser, demo, "super_admin")
    page.click("nav >> text=Test panel")
    page.wait_for_url("**/admin/test")
    page.fill("#test-question", "How long do the sensor batteries last?")
    page.click("#test-form button[type=submit]")
    page.locator("#test-decision").wait_for(timeout=WAIT)
    assert page.locator("#test-decision").inner_text() in {"answer", "clarify", "handoff"}
    assert page.locator("table.passages tbody tr").count() >= 1
    _shot(page, "admin-test-panel")
    context.close()


def test_a_rep_creates_a_quote(demo, browser):  # noqa: F811
    context, page = _login(browser, demo, "sales_rep")
    page.goto(demo["base"] + "/admin/quotes/new")
    page.fill("#quote-number", "E2E-1")
    page.fill("#quote-title", "Extra sensors")
    page.fill("#quote-buyer_company", "Nordfrost GmbH")
    page.fill("#quote-currency", "EUR")
    page.fill("[aria-label='Line 1 name']", "T20 sensor")
    page.fill("[aria-label='Line 1 quantity']", "0")
    page.fill("[aria-label='Line 1 unit price']", "89")
    page.click("text=Create quote")
    assert "greater than zero" in page.locator("#line-0-quantity-error").inner_text()
    assert page.locator("#quote-number").input_value() == "E2E-1"  # what was typed is kept
    page.fill("[aria-label='Line 1 quantity']", "10")
    _shot(page, "admin-quote-new")
    page.click("text=Create quote")
    page.wait_for_url("**/admin/quotes")
    assert "€890.00" in page.locator("tr[data-quote='E2E-1']").inner_text()
    context.close()
