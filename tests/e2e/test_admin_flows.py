"""Admin flows end to end in headless Chromium: signing in and out, the create-agent wizard on a fresh install,
deactivating and activating the agent (what buyers see), and editing a quote (new total, same buyer link).

The sign-in, activation and quote tests share one `appliance demo` for the module; the wizard needs an install
without an agent, so it gets its own `appliance create-admin` + `appliance serve` in a temporary data directory.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect
from sqlmodel import Session

from appliance.db import create_db_engine
from appliance.domain.agents import ensure_inbox
from appliance.settings import Settings
from tests.e2e.test_admin_console import _shot
from tests.e2e.test_buyer_flow import ROOT, _free_port, browser, demo, wait_until_up  # noqa: F401 - shared fixtures

pytestmark = pytest.mark.e2e
FRESH_EMAIL, FRESH_PASSWORD = "ada@example.com", "a-long-fresh-install-password"


def _sign_in(browser, base: str, email: str, password: str):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base + "/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin")
    return context, page


def _super_admin(demo) -> str:  # noqa: F811
    return next(email for email, role in demo["logins"] if role == "super_admin")


def _money(text: str) -> Decimal:
    """``€56,999.05`` or ``1,234.50 SEK`` → Decimal."""
    return Decimal(re.sub(r"[^\d.]", "", text.replace(",", "")))


def test_wrong_password_then_sign_in_then_sign_out_ends_the_session(demo, browser):  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    page.goto(demo["base"] + "/admin")
    assert page.url.endswith("/login")  # signed out: the console sends you to sign in
    page.fill("#email", _super_admin(demo))
    page.fill("#password", "not the password")
    page.click("button[type=submit]")
    expect(page.locator(".field-error")).to_contain_text("Wrong email or password")
    assert page.locator("#email").input_value() == _super_admin(demo)  # the email is kept
    page.fill("#password", demo["password"])
    page.click("button[type=submit]")
    page.wait_for_url("**/admin")
    signed_in_cookies = context.cookies()

    page.click("text=Sign out")
    page.wait_for_url("**/login")
    page.go_back()  # the console page from the history: asking the server again lands on the sign-in page
    page.reload()
    assert page.url.endswith("/login")
    page.goto(demo["base"] + "/admin")
    assert page.url.endswith("/login")

    replay = browser.new_context()  # the old session cookie is dead on the server, not just deleted in the browser
    replay.add_cookies(signed_in_cookies)
    stale = replay.new_page()
    stale.goto(demo["base"] + "/admin")
    assert stale.url.endswith("/login")
    replay.close()
    context.close()


def test_deactivating_removes_the_chat_from_buyer_pages_and_activating_brings_it_back(demo, browser):  # noqa: F811
    context, admin = _sign_in(browser, demo["base"], _super_admin(demo), demo["password"])
    buyer = browser.new_page()
    buyer.goto(demo["link"])
    assert buyer.locator("#chat-form").count() == 1
    expect(admin.locator("#agent-state")).to_have_text("active")
    assert "Deactivating removes the chat from" in admin.locator("#activation-effect").inner_text()

    admin.click("#agent-toggle")
    confirm = admin.locator("#agent-card .confirm")
    expect(confirm).to_contain_text("lose the chat")
    assert confirm.locator("ul.affected li").count() >= 1  # names the quotes whose buyer pages change
    confirm.locator("text=Cancel").click()
    expect(admin.locator("#agent-card .confirm")).to_have_count(0)
    expect(admin.locator("#agent-state")).to_have_text("active")
    buyer.reload()
    assert buyer.locator("#chat-form").count() == 1  # cancelling changed nothing

    admin.click("#agent-toggle")
    admin.click("text=Deactivate the agent")
    try:
        expect(admin.locator("#agent-state")).to_have_text("inactive")
        assert "Activating puts the chat on" in admin.locator("#activation-effect").inner_text()
        buyer.reload()
        assert buyer.locator("#chat-form").count() == 0  # the quote without the chat
        assert buyer.locator("table.line-items").count() == 1
    finally:
        if admin.locator("#agent-toggle", has_text=re.compile(r"^Activate$")).count():
            admin.click("#agent-toggle")
    expect(admin.locator("#agent-state")).to_have_text("active")
    buyer.reload()
    assert buyer.locator("#chat-form").count() == 1
    buyer.close()
    context.close()


def test_editing_a_line_price_changes_the_total_and_keeps_the_buyer_link(demo, browser):  # noqa: F811
    context, page = _sign_in(browser, demo["base"], _super_admin(demo), demo["password"])
    token = demo["link"].rsplit("/q/", 1)[1]
    page.goto(demo["base"] + "/admin/quotes")
    row = page.locator(f"tr:has(input.buyer-link[value$='/q/{token}'])")
    link_before = row.locator("input.buyer-link").input_value()
    number = row.get_attribute("data-quote")
    total_before = _money(row.locator("td.num").inner_text())
    row.locator("text=Edit").click()
    page.wait_for_url("**/edit")
    expect(page.locator("h1")).to_have_text(f"Edit quote {number}")

    lines = page.locator("table.line-editor tbody tr")
    count = lines.count()
    page.click("text=Add a line")
    expect(lines).to_have_count(count + 1)
    page.click(f"[aria-label='Remove line {count + 1}']")
    expect(lines).to_have_count(count)

    price = page.locator("[aria-label='Line 1 unit price']")
    old_price = Decimal(price.input_value())
    quantity = Decimal(page.locator("[aria-label='Line 1 quantity']").input_value())
    discount = Decimal(page.locator("[aria-label='Line 1 discount percent']").input_value() or "0")
    price.fill("twelve")
    page.click("text=Save changes")
    expect(page.locator("#line-0-unit_price-error")).to_contain_text("number")
    assert page.locator("#quote-number").input_value() == number  # the form is kept, nothing saved

    new_price = old_price + Decimal("100")
    page.locator("[aria-label='Line 1 unit price']").fill(f"{new_price:f}")
    page.click("text=Save changes")
    page.wait_for_url("**/admin/quotes")

    def line_total(unit_price: Decimal) -> Decimal:  # cents, half-up, as a buyer's calculator would
        cents = Decimal("0.01")
        subtotal = (quantity * unit_price).quantize(cents, ROUND_HALF_UP)
        return subtotal - (subtotal * discount / 100).quantize(cents, ROUND_HALF_UP)

    expected = total_before - line_total(old_price) + line_total(new_price)
    row = page.locator(f"tr[data-quote='{number}']")
    assert _money(row.locator("td.num").inner_text()) == expected
    assert row.locator("input.buyer-link").input_value() == link_before  # the buyer link is unchanged

    buyer = context.new_page()
    buyer.goto(link_before)
    assert _money(buyer.locator("table.line-items tfoot tr.total td.num").inner_text()) == expected
    assert httpx.get(demo["link"]).status_code == 200
    context.close()


@pytest.fixture()
def fresh(tmp_path):
    """A first install as the README describes it: `appliance create-admin`, then `appliance serve`; no agent yet.
    One chat inbox exists already (as one would from an earlier setup), so the wizard offers a choice."""
    data_dir = tmp_path / "fresh"
    port = _free_port()
    env = {**os.environ, "APPLIANCE_WEB__PORT": str(port), "APPLIANCE_ADMIN_PASSWORD": FRESH_PASSWORD,
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    subprocess.run([sys.executable, "-m", "appliance.cli", "create-admin", "--email", FRESH_EMAIL, "--name", "Ada",
                    "--data-dir", str(data_dir)], cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    engine = create_db_engine(Settings(data_dir=data_dir).database_url)
    with Session(engine) as session:
        ensure_inbox(session=session, name="Sales chat")
        session.commit()
    engine.dispose()
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen([sys.executable, "-m", "appliance.cli", "serve", "--data-dir", str(data_dir)],
                                   cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(process, base, log_path, "appliance serve")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def test_the_create_agent_wizard_end_to_end(fresh, browser):  # noqa: F811
    context, page = _sign_in(browser, fresh, FRESH_EMAIL, FRESH_PASSWORD)
    page.click("text=Create the agent")
    page.wait_for_url("**/admin/agent/new")
    step = page.locator("ol.steps li[aria-current=step]")
    expect(step).to_contain_text("Name")

    page.click("#wizard-next")  # each step refuses to be left incomplete, with the reason next to the field
    expect(page.locator("#name-error")).to_contain_text("needs a name")
    page.fill("#agent-name", "Max")
    page.click("#wizard-next")
    expect(step).to_contain_text("Handoff inbox")
    assert page.locator("label.check", has_text="Sales chat").count() == 1
    page.check("#inbox-new")
    page.click("#wizard-next")
    expect(page.locator("#new-inbox-error")).to_contain_text("Name the new inbox")
    page.fill("#new-inbox", "Closing deals")
    page.click("#wizard-next")
    expect(step).to_contain_text("Knowledge sources")
    page.click("#wizard-next")
    expect(page.locator("#sources-error")).to_contain_text("at least one knowledge source")

    # Fill the Files library from this device: nine small files, each ticked as it arrives.
    for n in range(1, 10):
        page.set_input_files("#wizard-file", {"name": f"faq-{n}.md", "mimeType": "text/markdown",
                                              "buffer": f"# FAQ {n}\n\nDelivery zone {n} takes {n} days.\n".encode()})
        page.click("button[value=upload]")
        expect(page.locator("label.check", has_text=f"faq-{n}.md").locator("input")).to_be_checked()
    boxes = page.locator("#wizard input[name=file_id]")
    for box in boxes.all():
        box.uncheck()
    page.fill("#wizard-url", "file:///etc/passwd")
    page.click("button[value=add_url]")
    expect(page.locator("#new-url-error")).not_to_be_empty()
    scope = page.locator("#wizard-library .library-scope")
    listed = page.locator("#wizard-library .library-list input[name=file_id]")
    expect(scope).to_have_text("Recently updated")
    expect(boxes).to_have_count(8)  # the eight most recent; the oldest waits behind "Show all"
    assert page.locator("label.check", has_text="faq-1.md").count() == 0
    page.click("button[value=show_all]")
    expect(boxes).to_have_count(9)
    expect(scope).to_have_text("All files")
    page.locator("label.check", has_text="faq-1.md").locator("input").check()
    page.locator("label.check", has_text="faq-9.md").locator("input").check()

    # Search as you type: the list filters, the ticked files wait aside, still ticked; a result can be ticked.
    page.fill("#wizard-library-search", "faq-5")
    expect(scope).to_have_text("Files matching “faq-5”")
    expect(listed).to_have_count(1)
    expect(page.locator("#wizard-library .library-list label", has_text="faq-5.md")).to_have_count(1)
    expect(page.locator("#wizard-library .library-chosen input:checked")).to_have_count(2)
    page.locator("#wizard-library .library-list label", has_text="faq-5.md").locator("input").check()
    page.fill("#wizard-library-search", "")  # cleared: all files again ("Show all" is still on), all three ticked
    expect(scope).to_have_text("All files")
    expect(listed).to_have_count(9)
    for name in ("faq-1.md", "faq-5.md", "faq-9.md"):
        expect(page.locator("label.check", has_text=name).locator("input")).to_be_checked()
    page.click("button[value=show_recent]")  # and back to the recent list: faq-1 is older, still ticked aside
    expect(scope).to_have_text("Recently updated")
    expect(listed).to_have_count(8)
    expect(page.locator("#wizard-library .library-chosen label", has_text="faq-1.md").locator("input")).to_be_checked()
    expect(page.locator("#wizard input[name=file_id]:checked")).to_have_count(3)
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url) if frame == page.main_frame else None)
    page.fill("#wizard-library-search", "faq-9")  # Enter searches, in place (HTMX): it does not leave the step
    page.press("#wizard-library-search", "Enter")
    expect(listed).to_have_count(1)
    expect(step).to_contain_text("Knowledge sources")
    assert navigations == []
    page.fill("#wizard-library-search", "")
    expect(listed).to_have_count(8)
    _shot(page, "admin-wizard-sources")
    page.click("#wizard-next")
    expect(step).to_contain_text("Create")
    review = page.locator("dl.review")
    expect(review).to_contain_text("Closing deals (new)")
    expect(review).to_contain_text("3 file(s)")
    _shot(page, "admin-wizard-review")

    # Back keeps everything entered; change the inbox to the existing one on the way.
    page.click("button[value=back]")
    expect(step).to_contain_text("Knowledge sources")
    for name in ("faq-1.md", "faq-5.md", "faq-9.md"):
        expect(page.locator("label.check", has_text=name).locator("input")).to_be_checked()
    expect(page.locator("#wizard input[name=file_id]:checked")).to_have_count(3)
    page.click("button[value=back]")
    expect(step).to_contain_text("Handoff inbox")
    assert page.locator("#new-inbox").input_value() == "Closing deals" and page.is_checked("#inbox-new")
    page.locator("label.check", has_text="Sales chat").locator("input").check()
    page.click("button[value=back]")
    expect(step).to_contain_text("Name")
    assert page.locator("#agent-name").input_value() == "Max"
    page.click("#wizard-next")
    expect(page.locator("label.check", has_text="Sales chat").locator("input")).to_be_checked()
    page.click("#wizard-next")
    expect(page.locator("#wizard input[name=file_id]:checked")).to_have_count(3)
    page.click("#wizard-next")
    expect(review).to_contain_text("Sales chat")
    expect(review).to_contain_text("3 file(s)")

    page.click("text=Create the agent")
    page.wait_for_url("**/admin/sources")
    for name in ("faq-1.md", "faq-5.md", "faq-9.md"):
        expect(page.locator(f"tr[data-source='{name}']")).to_have_count(1)
    assert page.locator("tr[data-source]").count() == 3
    page.goto(fresh + "/admin")
    assert "Max" in page.locator("#agent-card").inner_text()
    expect(page.locator("#agent-state")).to_have_text("inactive")
    page.goto(fresh + "/admin/agent/new")
    assert page.url.endswith("/admin")  # one agent per install: the wizard is done
    context.close()
