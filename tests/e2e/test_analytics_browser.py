"""Insight end to end: `appliance demo` and real headless Chromium. A buyer's feedback on an answer; the analytics
screen with its figures, server-rendered SVG charts and CSV export on a history made through the real answer path
and inbox; a content gap that a rep's answer turns into an article, after which the same question is answered with
a citation of that article; the deal digest of the quote; reps seeing only their own quotes. The tests run in order
on one demo install (each builds on the history the previous ones made).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect
from sqlmodel import Session, col, select

from appliance.db import create_db_engine
from appliance.domain.conversations import Message, MessageRole
from appliance.settings import Settings
from tests.e2e.test_admin_console import _shot
from tests.e2e.test_buyer_flow import browser, demo  # noqa: F401 - shared fixtures

pytestmark = pytest.mark.e2e
ANSWER = 120_000  # ms: the agent's first answers on a cold demo
GAP = "Do you have an Android app?"
GAP_GERMAN = "Gibt es eine Android-App?"
REP_ANSWER = ("Yes: the Coldtrace app for Android 12 and later shows live readings and alarms, and lets a "
              "technician acknowledge an alarm. It is free with every cloud plan.")


def _sign_in(browser, demo, who: str, path: str):  # type: ignore[no-untyped-def]  # noqa: F811
    """``who``: "admin" or the first name of a demo rep (lena owns the demo quote, jonas does not)."""
    email = next(e for e, role in demo["logins"] if (role == "super_admin" if who == "admin" else e.startswith(who)))
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.goto(demo["base"] + "/login")
    page.fill("#email", email)
    page.fill("#password", demo["password"])
    page.click("button[type=submit]")
    page.wait_for_url("**/admin")
    page.goto(demo["base"] + path)
    return context, page


def _ask(page, text: str) -> None:  # type: ignore[no-untyped-def]
    """Ask in the buyer's chat and wait until the agent's reply has finished streaming."""
    before = page.locator("#messages .msg.buyer").count()
    page.fill("#chat-text", text)
    page.click("#chat-form button[type=submit]")
    expect(page.locator("#messages .msg.buyer")).to_have_count(before + 1, timeout=30_000)
    expect(page.locator(".msg.agent.streaming")).to_have_count(0, timeout=ANSWER)


def _ask_over_http(demo, text: str) -> str:  # noqa: F811
    """A buyer in another browser (plain HTTP): posts a question and reads the streamed reply to the end."""
    with httpx.Client(timeout=300) as client:
        page = client.get(demo["link"])
        csrf = re.search(r'X-CSRF-Token": "([0-9a-f]+)', page.text).group(1)
        token = demo["link"].rsplit("/", 1)[1]
        posted = client.post(f"{demo['base']}/q/{token}/messages", data={"text": text},
                             headers={"X-CSRF-Token": csrf, "HX-Request": "true"})
        assert posted.status_code == 200, posted.text
        message_id = re.findall(r'id="message-(\d+)"', posted.text)[-1]
        with client.stream("GET", f"{demo['base']}/q/{token}/replies/{message_id}") as stream:
            return "".join(stream.iter_text())


def _conversation_of(demo, question: str) -> int:  # noqa: F811
    engine = create_db_engine(Settings(data_dir=Path(demo["log"]).parent).database_url)
    try:
        with Session(engine) as session:
            message = session.exec(select(Message).where(Message.text == question, Message.role == MessageRole.BUYER)
                                   .order_by(col(Message.id).desc())).first()
            assert message is not None, question
            return message.conversation_id
    finally:
        engine.dispose()


def test_a_buyer_marks_an_answer_helpful_then_changes_their_mind(demo, browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(demo["link"])
    _ask(page, "How long do the sensor batteries last?")
    answer = page.locator(".msg.agent:not(.intro)").last
    expect(answer.locator("a.cite").first).to_be_visible()
    widget = answer.locator(".feedback")
    expect(widget).to_contain_text("Was this helpful?", timeout=10_000)
    widget.locator("button.feedback-yes").click()
    expect(answer.locator("button.feedback-yes")).to_have_attribute("aria-pressed", "true")
    expect(answer.locator(".feedback")).to_contain_text("glad it helped")
    page.reload()  # stored with the decision: still there after a reload
    answer = page.locator(".msg.agent:not(.intro)").last
    expect(answer.locator("button.feedback-yes")).to_have_attribute("aria-pressed", "true", timeout=10_000)
    answer.locator("button.feedback-no").click()
    expect(answer.locator("button.feedback-no")).to_have_attribute("aria-pressed", "true")
    expect(answer.locator("button.feedback-yes")).to_have_attribute("aria-pressed", "false")
    answer.locator("button.feedback-yes").click()  # and back: a confirmed resolution for the next test
    expect(answer.locator("button.feedback-yes")).to_have_attribute("aria-pressed", "true")
    _shot(page, "insight-buyer-feedback")
    context.close()


def test_the_analytics_screen_shows_figures_charts_and_exports_csv(demo, browser):  # noqa: F811
    for question in (GAP, GAP_GERMAN, "I would like to talk to a person, please."):
        assert "event: done" in _ask_over_http(demo, question)
    context, page = _sign_in(browser, demo, "admin", "/admin/analytics?days=7")
    expect(page.locator("h1")).to_have_text("Analytics")
    assert int(page.locator("#fig-questions").inner_text()) >= 4
    assert int(page.locator("#fig-conversations").inner_text()) >= 4
    expect(page.locator("#fig-confirmed-assumed")).to_contain_text("1 /")  # the helpful answer
    expect(page.locator("#reasons")).to_contain_text("Buyer asked for a person")
    expect(page.locator("#by-language")).to_contain_text("de")
    for chart in ("#chart-outcomes", "#chart-resolution", "#chart-reasons"):
        image = page.locator(chart)
        expect(image).to_be_visible()
        # The SVG loaded and rendered as an image under the page's CSP (a broken image has no natural width).
        assert image.evaluate("(img) => img.complete && img.naturalWidth") > 0, chart
    expect(page.locator("#definitions")).to_contain_text("Resolution assumed")
    _shot(page, "insight-analytics")
    with page.expect_download() as download:
        page.locator("#by-period + p a.csv").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text())))
    assert rows[-1]["day"] == "Total" and int(rows[-1]["questions"]) >= 4 and int(rows[-1]["confirmed"]) == 1
    page.select_option("#period", "week")
    page.click("#analytics-filter button[type=submit]")
    page.wait_for_url("**period=week**")
    expect(page.locator("#by-period thead th").first).to_have_text("Week")
    context.close()


def test_a_gap_turns_into_an_article_and_the_same_question_is_then_answered_from_it(demo, browser):  # noqa: F811
    conversation = _conversation_of(demo, GAP)
    rep_context, rep = _sign_in(browser, demo, "lena", f"/inbox/c/{conversation}")
    rep.click("#claim")
    expect(rep.locator("#conv-status")).to_have_text("assigned")
    rep.fill("#reply-text", REP_ANSWER)
    rep.click("#send-reply")
    expect(rep.locator("#transcript .msg.rep")).to_contain_text("Android 12")
    rep_context.close()

    context, page = _sign_in(browser, demo, "admin", "/admin/gaps")
    group = page.locator(".gap-group", has_text=GAP)
    expect(group).to_contain_text(GAP_GERMAN)  # grouped by meaning across languages
    expect(group.locator(".gap-count")).to_have_text("2 questions")
    expect(group.locator(".rep-answer")).to_contain_text("Android 12")
    expect(page.locator(".gap-group", has_text="talk to a person")).to_have_count(0)  # intent is not a gap
    group.locator("a.write-article").click()
    expect(page.locator("#from-gap")).to_contain_text(GAP)
    expect(page.locator("#article-title")).to_have_value(GAP)
    expect(page.locator("#article-body")).to_contain_text("Android 12")
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/gaps\?days=90$"))
    group = page.locator(".gap-group", has_text=GAP)
    expect(group.locator(".gap-article")).to_contain_text(GAP)
    # The article becomes a ready source (ingestion runs in the background).
    page.goto(demo["base"] + "/admin/sources")
    expect(page.locator("tr", has_text=GAP).locator(".status")).to_contain_text("ready", timeout=ANSWER)

    buyer_context = browser.new_context(viewport={"width": 1280, "height": 900})
    buyer = buyer_context.new_page()
    buyer.goto(demo["link"])
    _ask(buyer, GAP)
    answer = buyer.locator(".msg.agent:not(.intro)").last
    expect(answer).to_contain_text("Android 12")
    citation = answer.locator("ol.citations a", has_text=GAP).first
    expect(citation).to_be_visible()
    citation.click()
    expect(buyer.locator("#passage mark")).to_contain_text("Android 12", timeout=10_000)
    buyer_context.close()

    page.goto(demo["base"] + "/admin/gaps")
    group = page.locator(".gap-group", has_text=GAP)
    expect(group.locator(".status")).to_have_text("Covered")
    expect(group.locator(".gap-article")).to_contain_text("answered 1 later question")
    _shot(page, "insight-gaps")
    context.close()


def test_the_deal_digest_of_the_quote(demo, browser):  # noqa: F811
    context, page = _sign_in(browser, demo, "lena", "/admin/quotes")
    page.locator("a", has_text="Digest").first.click()
    page.wait_for_url("**/digest")
    digest = page.locator("#deal-digest")
    expect(digest.locator("h1")).to_contain_text("Deal digest")
    expect(digest).to_contain_text("How long do the sensor batteries last?")
    expect(digest.locator(".digest-topic", has_text="Buyer asked for a person")).to_be_visible()
    expect(digest.locator(".digest-item[data-status='rep']", has_text=GAP)).to_contain_text("Android 12")
    assert int(digest.locator("dd[data-status='answered']").inner_text()) >= 2
    _shot(page, "insight-digest")
    context.close()


def test_a_rep_sees_only_the_quotes_they_own(demo, browser):  # noqa: F811
    context, page = _sign_in(browser, demo, "jonas", "/admin/analytics")  # jonas owns no quote
    expect(page.locator("#fig-questions")).to_have_text("0")
    expect(page.locator("#by-quote")).to_contain_text("No questions")
    page.goto(demo["base"] + "/admin/gaps")
    expect(page.locator("#no-gaps")).to_be_visible()
    expect(page.locator("a.write-article")).to_have_count(0)
    context.close()
    context, page = _sign_in(browser, demo, "lena", "/admin/analytics")  # lena owns the demo quote
    assert int(page.locator("#fig-questions").inner_text()) >= 5
    context.close()
