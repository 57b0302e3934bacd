"""The reps' inbox end to end: `appliance demo` with a real SMTP server (aiosmtpd) in this process, and real headless
Chromium with separate browser contexts side by side, one per buyer and one per rep. The tests run in order on one
demo install (the first needs nobody to have opened an inbox yet).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from email import message_from_bytes
from email.policy import default

import pytest
from playwright.sync_api import expect

from tests.e2e.test_buyer_flow import ROOT, _free_port, browser, wait_until_up  # noqa: F401 - shared fixtures

pytestmark = pytest.mark.e2e
SHOTS = ROOT / "docs" / "screenshots"
LIVE = 20_000  # ms: a live update arrives well within this on a loaded 2-core machine
ANSWER = 120_000  # ms: the agent's first answers on a cold demo


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    if os.environ.get("APPLIANCE_SCREENSHOTS"):  # opt-in: refreshing docs/ must not be a side effect of testing
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


class Mailbox:
    """A real SMTP server on a free loopback port, collecting (recipients, subject, body)."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.received: list[tuple[list[str], str, str]] = []
        outer = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
                parsed = message_from_bytes(envelope.content, policy=default)
                outer.received.append((list(envelope.rcpt_tos), str(parsed["Subject"]), parsed.get_content()))
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    def wait_for(self, recipient: str, text: str, timeout: float = 30.0) -> tuple[str, str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for rcpt, subject, body in self.received:
                if recipient in rcpt and text in body:
                    return subject, body
            time.sleep(0.2)
        raise AssertionError(f"no email to {recipient} containing {text!r}; got {self.received!r}")


@pytest.fixture(scope="module")
def mailbox():
    box = Mailbox()
    box.controller.start()
    yield box
    box.controller.stop()


@pytest.fixture(scope="module")
def demo(tmp_path_factory, mailbox):
    """The demo appliance (README's command) sending mail to the test's SMTP server."""
    data_dir = tmp_path_factory.mktemp("inbox-demo")
    port = _free_port()
    log_path = data_dir / "server.log"
    env = {**os.environ, "APPLIANCE_WEB__PORT": str(port), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "APPLIANCE_SMTP__HOST": "127.0.0.1", "APPLIANCE_SMTP__PORT": str(mailbox.port),
           "APPLIANCE_SMTP__FROM_ADDRESS": "agent@coldtrace.example", "APPLIANCE_INBOX__OUTBOX_POLL_SECONDS": "1"}
    with open(log_path, "w") as log:
        process = subprocess.Popen([sys.executable, "-m", "appliance.cli", "demo", "--data-dir", str(data_dir)],
                                   cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(process, base, log_path, "appliance demo")
        output = log_path.read_text()
        link = re.search(r"Buyer quote page : (\S+)", output).group(1)
        logins = dict((role_email[1], role_email[0]) for role_email in
                      re.findall(r"^\s{4}(\S+@\S+)\s+(super_admin|sales_rep)$", output, re.M))
        reps = re.findall(r"^\s{4}(\S+@\S+)\s+sales_rep$", output, re.M)
        password = re.search(r"^\s{4}password: (\S+)$", output, re.M).group(1)
        yield {"base": base, "link": link, "reps": reps, "admin": logins["super_admin"], "password": password,
               "log": log_path}
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _rep(browser, demo, name: str, path: str = "/inbox"):  # type: ignore[no-untyped-def]  # noqa: F811
    """A signed-in rep (``lena``, ``jonas``, ``priya`` or ``admin``) in their own browser context, on ``path``."""
    email = demo["admin"] if name == "admin" else next(e for e in demo["reps"] if e.startswith(name))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    page.goto(demo["base"] + "/login")
    page.fill("#email", email)
    page.fill("#password", demo["password"])
    page.click("button[type=submit]")
    page.wait_for_url("**/admin")
    page.goto(demo["base"] + path)
    return context, page


def _live(page) -> None:  # type: ignore[no-untyped-def]
    """Wait until htmx has processed the page and its live stream is open (app.js marks it on htmx:sseOpen; the
    inbox counts as present from then on), then let the snapshot that opening triggers land."""
    page.wait_for_selector('[sse-connect][data-live="open"]', state="attached", timeout=LIVE)
    page.wait_for_timeout(500)


def _buyer(browser):  # type: ignore[no-untyped-def]  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    return context, context.new_page()


def _ask(page, text: str) -> None:  # type: ignore[no-untyped-def]
    before = page.locator("#messages .msg.buyer").count()
    page.fill("#chat-text", text)
    page.click("#chat-form button[type=submit]")
    expect(page.locator("#messages .msg.buyer")).to_have_count(before + 1, timeout=LIVE)


def _handed_off(page) -> str:  # type: ignore[no-untyped-def]
    """Wait for the agent's handoff reply to finish streaming; its text."""
    expect(page.locator(".msg.agent.streaming")).to_have_count(0, timeout=ANSWER)
    return page.locator(".msg.agent:not(.intro)").last.inner_text()


def _open_newest(page, list_name: str) -> int:  # type: ignore[no-untyped-def]
    page.goto(page.url.split("/inbox")[0] + f"/inbox?list={list_name}")
    link = page.locator("#lists tbody tr a").first
    conversation_id = int(link.get_attribute("href").rsplit("/", 1)[-1])
    link.click()
    page.wait_for_url(f"**/inbox/c/{conversation_id}")
    _live(page)  # htmx (deferred) has processed the page and its stream is open
    return conversation_id


def test_nobody_available_shows_the_message_the_email_form_and_a_later_reply_arrives_by_smtp(demo, browser,  # noqa: F811
                                                                                                mailbox):
    buyer_context, buyer = _buyer(browser)
    buyer.goto(demo["link"])
    _ask(buyer, "Can I talk to a person?")
    said = _handed_off(buyer)
    assert "offline" in said and "email" in said  # the agent's configured "all reps unavailable" message
    form = buyer.locator("#email-form")
    expect(form).to_be_visible()
    buyer.fill("#buyer-email", "not an email")
    buyer.evaluate("() => document.getElementById('buyer-email').setAttribute('type', 'text')")
    buyer.click("#email-form button[type=submit]")
    expect(buyer.locator("#email-form .field-error")).to_contain_text("valid email")
    buyer.fill("#buyer-email", "anna.cfo@buyer.example")
    buyer.click("#email-form button[type=submit]")
    expect(buyer.locator("#email-done")).to_contain_text("anna.cfo@buyer.example")
    _shot(buyer, "inbox-buyer-email")
    buyer.reload()
    assert buyer.locator("#email-form").count() == 0  # asked once
    buyer_context.close()  # the buyer has left

    rep_context, rep = _rep(browser, demo, "lena")
    expect(rep.locator("#tab-teams .count")).not_to_have_text("0")
    _open_newest(rep, "teams")
    expect(rep.locator("#buyer-email")).to_have_text("anna.cfo@buyer.example")
    rep.click("#claim")
    expect(rep.locator("#conv-status")).to_have_text("assigned")
    rep.fill("#reply-text", "Hi Anna, Lena here: the pilot price holds until 31 December.")
    rep.click("#send-reply")
    expect(rep.locator("#transcript .msg.rep")).to_contain_text("pilot price holds")
    subject, body = mailbox.wait_for("anna.cfo@buyer.example", "pilot price holds")
    assert "Q-" in subject or "quote" in subject.lower()
    assert demo["link"].split("/q/")[1] in body.replace("=\n", "")  # the link back to the conversation
    rep_context.close()


def test_a_handoff_appears_live_in_the_reps_inbox(demo, browser):  # noqa: F811
    rep_context, rep = _rep(browser, demo, "jonas", "/inbox?list=teams")
    _live(rep)
    rows_before = rep.locator("#lists tbody tr").count()
    buyer_context, buyer = _buyer(browser)
    buyer.goto(demo["link"])
    _ask(buyer, "I would like to speak to a human, please.")
    said = _handed_off(buyer)
    assert "DACH Sales" in said  # Jonas's inbox is open, so his team is available
    expect(rep.locator("#lists tbody tr")).to_have_count(rows_before + 1, timeout=LIVE)  # without reloading
    _shot(rep, "inbox-list")
    rep_context.close()
    buyer_context.close()


def test_claim_then_the_reps_reply_reaches_the_buyer_live_and_the_agent_stays_silent(demo, browser):  # noqa: F811
    rep_context, rep = _rep(browser, demo, "jonas")
    buyer_context, buyer = _buyer(browser)
    buyer.goto(demo["link"])
    _ask(buyer, "Can I talk to someone from sales?")
    _handed_off(buyer)
    conversation_id = _open_newest(rep, "teams")
    rep.click("#claim")
    expect(rep.locator("#conv-status")).to_have_text("assigned")
    expect(rep.locator("#conv-assignee")).to_contain_text("Jonas")
    rep.fill("#reply-text", "Hello, Jonas from DACH Sales here. How can I help?")
    rep.click("#send-reply")
    expect(buyer.locator("#messages .msg.rep")).to_contain_text("Jonas from DACH Sales", timeout=LIVE)  # live
    agent_replies = buyer.locator("#messages .msg.agent:not(.intro)").count()
    _ask(buyer, "How long do the sensor batteries last?")
    expect(buyer.locator("#messages")).to_contain_text("A member of our team has this conversation")
    expect(rep.locator("#transcript")).to_contain_text("sensor batteries", timeout=LIVE)  # live, the other way
    buyer.wait_for_timeout(3000)
    assert buyer.locator("#messages .msg.agent:not(.intro)").count() == agent_replies  # the agent stayed silent
    assert buyer.locator(".msg.agent.streaming").count() == 0
    _shot(rep, "inbox-conversation")
    _shot(buyer, "inbox-buyer-live-reply")
    rep.fill("#note-text", "Internal: asks about batteries; send the datasheet.")
    rep.click("#add-note")
    expect(rep.locator("#notes")).to_contain_text("send the datasheet")
    buyer.reload()
    assert "send the datasheet" not in buyer.content()  # internal notes never reach the buyer
    assert rep.url.endswith(f"/inbox/c/{conversation_id}")
    rep_context.close()
    buyer_context.close()


def test_a_second_reps_simultaneous_claim_loses_cleanly(demo, browser):  # noqa: F811
    buyer_context, buyer = _buyer(browser)
    buyer.goto(demo["link"])
    jonas_context, jonas = _rep(browser, demo, "jonas")
    lena_context, lena = _rep(browser, demo, "lena")
    _ask(buyer, "Please connect me with a sales rep.")
    _handed_off(buyer)
    conversation_id = _open_newest(jonas, "teams")
    lena.goto(demo["base"] + f"/inbox/c/{conversation_id}")
    expect(jonas.locator("#claim")).to_be_visible()
    expect(lena.locator("#claim")).to_be_visible()
    _live(jonas)  # both pages: htmx has processed them (it loads deferred) and their streams are open
    _live(lena)
    spots = [page.locator("#claim").bounding_box() for page in (jonas, lena)]
    for page, box in zip((jonas, lena), spots):  # two real clicks within milliseconds: both requests in flight
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for page in (jonas, lena):
        expect(page.locator("#conv-status")).to_have_text("assigned", timeout=LIVE)
    holders = {jonas.locator("#conv-assignee").inner_text(), lena.locator("#conv-assignee").inner_text()}
    assert len(holders) == 1  # both see the one winner
    deadline = time.monotonic() + LIVE / 1000
    while time.monotonic() < deadline and not any(
            "already taken" in page.locator("#notice").inner_text() for page in (jonas, lena)):
        jonas.wait_for_timeout(200)
    notices = [page.locator("#notice").inner_text() for page in (jonas, lena)]
    lost = [n for n in notices if "already taken" in n]
    assert len(lost) == 1 and notices.count("") == 1, notices  # the loser is told; the winner sees no error
    for context in (jonas_context, lena_context, buyer_context):
        context.close()


def test_hand_back_makes_the_agent_answer_again(demo, browser):  # noqa: F811
    rep_context, rep = _rep(browser, demo, "jonas")
    buyer_context, buyer = _buyer(browser)
    buyer.goto(demo["link"])
    _ask(buyer, "I want to talk to a person.")
    _handed_off(buyer)
    _open_newest(rep, "teams")
    rep.click("#claim")
    expect(rep.locator("#conv-status")).to_have_text("assigned")
    rep.fill("#reply-text", "Happy to help. Anything else the assistant cannot answer?")
    rep.click("#send-reply")
    expect(buyer.locator("#messages .msg.rep")).to_have_count(1, timeout=LIVE)
    rep.click("#hand-back")  # confirmed in the dialog
    expect(rep.locator("#conv-status")).to_have_text("agent")
    _ask(buyer, "How long do the sensor batteries last?")
    expect(buyer.locator(".msg.agent.streaming")).to_have_count(0, timeout=ANSWER)
    answer = buyer.locator("#messages .msg.agent:not(.intro)").last
    assert "year" in answer.inner_text().lower()  # the agent answers from the knowledge again
    assert buyer.locator("#messages .msg.agent:not(.intro)").count() == 2  # the handoff and this answer only
    rep_context.close()
    buyer_context.close()


def test_reload_and_a_dropped_connection_lose_and_double_nothing(demo, browser):  # noqa: F811
    rep_context, rep = _rep(browser, demo, "jonas")
    buyer_context, buyer = _buyer(browser)
    buyer.goto(demo["link"])
    _ask(buyer, "Could a person call me back?")
    _handed_off(buyer)
    _open_newest(rep, "teams")
    rep.click("#claim")
    rep.fill("#reply-text", "First reply from Jonas.")
    rep.click("#send-reply")
    expect(buyer.locator("#messages .msg.rep")).to_have_count(1, timeout=LIVE)
    buyer.reload()
    expect(buyer.locator("#messages .msg.rep")).to_have_count(1)  # shown once after a reload
    buyer.wait_for_timeout(1500)
    buyer_context.set_offline(True)  # the buyer's connection drops
    rep.fill("#reply-text", "Second reply, sent while the buyer was offline.")
    rep.click("#send-reply")
    expect(rep.locator("#transcript .msg.rep")).to_have_count(2)
    buyer.wait_for_timeout(2000)
    buyer_context.set_offline(False)  # the stream reconnects and the page re-fetches what it missed
    expect(buyer.locator("#messages .msg.rep")).to_have_count(2, timeout=LIVE * 3)
    rep.fill("#reply-text", "Third reply, after the reconnect.")
    rep.click("#send-reply")
    expect(buyer.locator("#messages .msg.rep")).to_have_count(3, timeout=LIVE)
    texts = [buyer.locator("#messages .msg.rep").nth(i).inner_text() for i in range(3)]
    assert [t.count("reply") for t in texts] == [1, 1, 1] and len(set(texts)) == 3  # none lost, none doubled
    buyer.reload()
    expect(buyer.locator("#messages .msg.rep")).to_have_count(3)
    rep_context.close()
    buyer_context.close()


def _badge(page) -> int:  # type: ignore[no-untyped-def]
    badge = page.locator("#unread-badge")
    return int(badge.inner_text()) if badge.count() else 0


def test_the_unread_badge_counts_new_buyer_messages(demo, browser):  # noqa: F811
    rep_context, rep = _rep(browser, demo, "jonas", "/admin")
    rep.wait_for_timeout(1500)  # the badge loads with the page
    before = _badge(rep)
    buyer_context, buyer = _buyer(browser)
    buyer.goto(demo["link"])
    _ask(buyer, "Can I talk to a person?")
    _handed_off(buyer)
    expect(rep.locator("#unread-badge")).to_have_text(str(before + 1), timeout=40_000)  # it refreshes by itself
    rep.goto(demo["base"] + "/inbox?list=teams")
    rep.locator("#lists tbody tr.unread a").first.click()
    rep.goto(demo["base"] + "/admin")
    rep.wait_for_timeout(1500)
    assert _badge(rep) == before  # opened: read
    rep_context.close()
    buyer_context.close()


def test_an_away_owner_routes_to_the_team(demo, browser):  # noqa: F811
    admin_context, admin = _rep(browser, demo, "admin", "/admin/agent/handoff")
    admin.check("input[name=assign_to][value=quote_owner]")
    admin.click("#handoff-form button[type=submit]")
    expect(admin.locator("input[name=assign_to][value=quote_owner]")).to_be_checked()
    lena_context, lena = _rep(browser, demo, "lena")  # the demo quote's owner
    _live(lena)
    if lena.locator("#my-availability").inner_text() == "available":
        lena.click("#availability-toggle")
    expect(lena.locator("#my-availability")).to_have_text("away")
    jonas_context, jonas = _rep(browser, demo, "jonas", "/inbox?list=teams")
    _live(jonas)
    rows_before = jonas.locator("#lists tbody tr").count()
    try:
        buyer_context, buyer = _buyer(browser)
        buyer.goto(demo["link"])
        _ask(buyer, "Can I talk to a person?")
        said = _handed_off(buyer)
        assert "DACH Sales team" in said and "Lena" not in said
        expect(jonas.locator("#lists tbody tr")).to_have_count(rows_before + 1, timeout=LIVE)
        assert "DACH Sales team" in jonas.locator("#lists tbody tr").first.inner_text()
        buyer_context.close()
    finally:
        lena.click("#availability-toggle")
        expect(lena.locator("#my-availability")).to_have_text("available")
        admin.goto(demo["base"] + "/admin/agent/handoff")
        admin.check("input[name=assign_to][value=teams]")
        admin.click("#handoff-form button[type=submit]")
    for context in (admin_context, lena_context, jonas_context):
        context.close()

