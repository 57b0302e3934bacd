"""Insight through the real app (SQLite, the real embedders, Milvus-lite, docling, the answer pipeline, the inbox
service) over HTTP: buyers ask, the agent answers or hands off, a rep replies; then the buyer's feedback, the
analytics figures, charts and CSV, the content gaps grouped across languages, the article written from a gap that
answers the next buyer with a citation, the deal digest, and the counters settled once.
"""

from __future__ import annotations

import csv
import io
import re
import time
from datetime import date, timedelta
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY
from sqlmodel import Session, select

from appliance.analytics.models import AnswerFeedback, DecisionOutcome, GapArticle
from appliance.analytics.outcomes import settle
from appliance.domain.accounts import Role, UserCreate, create_user
from appliance.domain.agents import AgentCreate, create_agent, ensure_inbox, set_active
from appliance.domain.availability import touch_presence
from appliance.domain.conversations import Citation, Decision
from appliance.domain.knowledge import (KnowledgeArticleCreate, KnowledgeSource, SourceKind, SourceStatus,
                                        add_source, create_article)
from appliance.domain.quotes import LineItemCreate, QuoteCreate, create_quote, enable_agent
from appliance.domain.types import utcnow
from appliance.settings import Settings
from appliance.web.app import create_app

pytestmark = pytest.mark.slow
PASSWORD = "a-long-test-password"
ADMIN, OWNER, OTHER = "admin@example.com", "owner@example.com", "other@example.com"
SECURITY = """# Security and hosting

## Certifications

Northwind Sensors is certified to ISO 27001 since 2021; the certificate is renewed every year after an external audit.

## Hosting

All customer data is hosted in data centres in Frankfurt, Germany.
"""
GAP_QUESTION = "Do you integrate with SAP?"
GAP_SPANISH = "¿Tienen integración con SAP?"
REP_ANSWER = ("Yes: the Northwind gateway exports every sensor reading to SAP S/4HANA through the standard IDoc "
              "interface; setting it up takes one day.")


def seed(engine) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        admin = create_user(session=session, data=UserCreate(email=ADMIN, name="Ada Admin", role=Role.SUPER_ADMIN,
                                                             has_seat=True, password=PASSWORD))
        owner = create_user(session=session, data=UserCreate(email=OWNER, name="Olga Owner", has_seat=True,
                                                             password=PASSWORD))
        other = create_user(session=session, data=UserCreate(email=OTHER, name="Otto Other", has_seat=True,
                                                             password=PASSWORD))
        agent = create_agent(session=session, data=AgentCreate(
            name="Max", inbox_id=ensure_inbox(session=session, name="Closing agent").id))
        set_active(session=session, agent=agent, active=True)
        article = create_article(session=session, data=KnowledgeArticleCreate(title="Security and hosting",
                                                                              body=SECURITY))
        add_source(session=session, agent_id=agent.id, kind=SourceKind.KB_ARTICLE, title=article.title,
                   article_id=article.id)
        tokens = {}
        for number, user in (("Q-100", owner), ("Q-200", other)):
            quote = create_quote(session=session, data=QuoteCreate(
                number=number, title="Warehouse sensors", buyer_company=f"Depot {number}", currency="EUR",
                created_on=date(2026, 11, 1), expires_on=date(2026, 12, 31), owner_id=user.id,
                line_items=[LineItemCreate(name="Temperature sensor", quantity=Decimal(120),
                                           unit_price=Decimal(49))]))
            enable_agent(session=session, quote=quote, by=admin)
            tokens[number] = str(quote.public_token)
        session.commit()
    return tokens


def wait_ready(engine, timeout: float = 180) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with Session(engine) as session:
            sources = session.exec(select(KnowledgeSource)).all()
        if sources and all(s.status == SourceStatus.READY for s in sources):
            return
        assert not any(s.status == SourceStatus.FAILED for s in sources), [s.error for s in sources]
        time.sleep(0.5)
    pytest.fail("the knowledge sources did not become ready")


class Buyer:
    def __init__(self, app, token: str) -> None:  # type: ignore[no-untyped-def]
        self.client = TestClient(app, base_url="http://127.0.0.1")
        self.token = token
        self.csrf = re.search(r'X-CSRF-Token": "([0-9a-f]+)', self.client.get(f"/q/{token}").text).group(1)

    def ask(self, text: str) -> tuple[int, str]:
        """Post a question and read the streamed reply; returns the buyer message id and the reply's HTML."""
        posted = self.client.post(f"/q/{self.token}/messages", data={"text": text},
                                  headers={"X-CSRF-Token": self.csrf, "HX-Request": "true"})
        assert posted.status_code == 200, posted.text
        message_id = int(re.findall(r'id="message-(\d+)"', posted.text)[-1])
        with self.client.stream("GET", f"/q/{self.token}/replies/{message_id}") as stream:
            return message_id, "".join(stream.iter_text())

    def feedback(self, agent_message_id: int, helpful: str, csrf: str | None = None):  # type: ignore[no-untyped-def]
        return self.client.post(f"/q/{self.token}/feedback/{agent_message_id}", data={"helpful": helpful},
                                headers={"X-CSRF-Token": self.csrf if csrf is None else csrf, "HX-Request": "true"})


class Staff:
    def __init__(self, app, email: str) -> None:  # type: ignore[no-untyped-def]
        self.client = TestClient(app, base_url="http://127.0.0.1")
        token = re.search(r'name="form_token" value="([^"]+)"', self.client.get("/login").text).group(1)
        response = self.client.post("/login", data={"email": email, "password": PASSWORD, "form_token": token},
                                    follow_redirects=False)
        assert response.status_code == 303
        self.csrf = re.search(r'name="csrf" value="([^"]+)"', self.client.get("/admin").text).group(1)

    def post(self, path: str, **data: str):  # type: ignore[no-untyped-def]
        return self.client.post(path, data=data, headers={"X-CSRF-Token": self.csrf}, follow_redirects=False)


def decision_of(engine, buyer_message_id: int) -> Decision:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        return session.exec(select(Decision).where(Decision.buyer_message_id == buyer_message_id)).one()


@pytest.fixture(scope="module")
def world(tmp_path_factory, module_database_url):
    """The app with a seeded history (on SQLite and on PostgreSQL): an answer, two gap questions (English and
    Spanish) one of which a rep answered, a request for a person, and a question on another rep's quote."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("insight"))
    application = create_app(settings)
    with TestClient(application, base_url="http://127.0.0.1"):
        engine = application.state.container.engine
        tokens = seed(engine)
        wait_ready(engine)
        with Session(engine) as session:  # the owner has the inbox open: handoffs go to them
            from appliance.domain.accounts import User

            owner = session.exec(select(User).where(User.email == OWNER)).one()
            touch_presence(session=session, user_id=int(owner.id or 0))
            session.commit()
        history: dict[str, object] = {"tokens": tokens}
        answered = Buyer(application, tokens["Q-100"])
        history["answered"], _ = answered.ask("Are you certified to ISO 27001?")
        history["answered_buyer"] = answered
        gap = Buyer(application, tokens["Q-100"])
        history["gap"], _ = gap.ask(GAP_QUESTION)
        history["gap_es"], _ = Buyer(application, tokens["Q-100"]).ask(GAP_SPANISH)
        history["person"], _ = Buyer(application, tokens["Q-100"]).ask("Can I talk to a person, please?")
        history["other"], _ = Buyer(application, tokens["Q-200"]).ask("Where is our data hosted?")
        rep = Staff(application, OWNER)
        conversation = decision_of(engine, int(history["gap"])).conversation_id  # type: ignore[arg-type]
        assert rep.post(f"/inbox/c/{conversation}/claim").status_code in (200, 303)
        assert rep.post(f"/inbox/c/{conversation}/reply", text=REP_ANSWER).status_code in (200, 303)
        yield application, history


def test_the_seeded_history_went_through_the_real_decision(world):
    application, history = world
    engine = application.state.container.engine
    assert decision_of(engine, history["answered"]).kind == "answer"
    assert decision_of(engine, history["gap"]).kind in ("handoff", "clarify")
    assert decision_of(engine, history["person"]).kind == "handoff"


def test_feedback_is_one_click_changeable_and_only_for_the_buyer_who_got_the_answer(world):
    application, history = world
    engine = application.state.container.engine
    buyer = history["answered_buyer"]
    decision = decision_of(engine, history["answered"])
    agent_message = int(decision.agent_message_id or 0)
    widget = buyer.client.get(f"/q/{buyer.token}/feedback/{agent_message}")
    assert "Was this helpful?" in widget.text and 'aria-pressed="true"' not in widget.text
    assert buyer.feedback(agent_message, "yes").status_code == 200
    with Session(engine) as session:
        assert session.get(AnswerFeedback, decision.id).helpful is True
    changed = buyer.feedback(agent_message, "no")
    assert changed.status_code == 200 and 'class="feedback-no" name="helpful" value="no" aria-pressed="true"' in \
        changed.text
    with Session(engine) as session:
        assert session.get(AnswerFeedback, decision.id).helpful is False
    assert buyer.feedback(agent_message, "yes").status_code == 200  # and back: the answer is confirmed
    # Someone else (another browser), a missing CSRF token, a bad value, a handoff message: refused.
    stranger = Buyer(application, buyer.token)
    assert stranger.feedback(agent_message, "no").status_code == 404
    assert buyer.feedback(agent_message, "no", csrf="forged").status_code == 403
    assert buyer.feedback(agent_message, "maybe").status_code == 422
    handoff = decision_of(engine, history["person"])
    assert buyer.feedback(int(handoff.agent_message_id or 0), "yes").status_code == 404
    with Session(engine) as session:
        assert session.get(AnswerFeedback, decision.id).helpful is True
    # The buyer's page loads the widget under the answer.
    page = buyer.client.get(f"/q/{buyer.token}").text
    assert f'hx-get="/q/{buyer.token}/feedback/{agent_message}"' in page


def test_analytics_figures_reasons_and_scope(world):
    application, history = world
    admin = Staff(application, ADMIN)
    response = admin.client.get("/admin/analytics?days=7&period=day")
    assert response.status_code == 200
    report = response.context["report"]
    total = report.total
    assert total.questions == 5 and total.conversations == 5
    assert total.answered >= 1 and total.handed_off >= 2
    assert total.confirmed == 1  # the helpful feedback
    reasons = {r.key: r.count for r in report.reasons}
    assert reasons.get("person") == 1 and sum(reasons.values()) == total.handed_off
    assert {row.label.split(" · ")[0] for row in report.by_quote} == {"Q-100", "Q-200"}
    assert "es" in {row.key for row in report.by_language}
    assert len(total.waits) >= 1 and total.wait_median is not None and total.wait_median >= 0
    assert "What the figures mean" in response.text and "Resolution assumed" in response.text
    owner = Staff(application, OWNER)
    mine = owner.client.get("/admin/analytics").context["report"]
    assert {row.label.split(" · ")[0] for row in mine.by_quote} == {"Q-100"} and mine.total.questions == 4
    assert Staff(application, OTHER).client.get("/admin/quotes/1/digest").status_code == 404
    one = report.by_quote[0]
    only = admin.client.get(f"/admin/analytics?days=7&quote={one.key}").context["report"]
    assert [row.key for row in only.by_quote] == [one.key] and only.total.questions == one.questions
    refused = owner.client.get(f"/admin/analytics?quote={next(r.key for r in report.by_quote if 'Q-200' in r.label)}")
    assert refused.context["report"].total.questions == 0  # another rep's quote: nothing


def test_charts_are_svg_images_and_every_table_exports_to_csv(world):
    application, _ = world
    admin = Staff(application, ADMIN)
    for name in ("outcomes", "resolution", "reasons"):
        svg = admin.client.get(f"/admin/analytics/charts/{name}.svg?days=30")
        assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
        assert svg.text.lstrip().startswith(("<?xml", "<svg")) and "<rect" in svg.text or "<path" in svg.text
        assert "script-src" not in svg.headers["content-security-policy"]  # default-src 'none': no script
    assert admin.client.get("/admin/analytics/charts/nope.svg").status_code == 404
    for table in ("periods", "quotes", "languages", "reasons", "handoffs"):
        exported = admin.client.get(f"/admin/analytics/export/{table}.csv?days=7")
        assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
        rows = list(csv.reader(io.StringIO(exported.text)))
        assert len(rows) >= 2, table
    periods = list(csv.DictReader(io.StringIO(admin.client.get("/admin/analytics/export/periods.csv").text)))
    assert periods[-1]["day"] == "Total" and periods[-1]["questions"] == "5"
    assert Staff(application, OTHER).client.get("/admin/analytics/export/quotes.csv").text.count("Q-100") == 0


def test_gaps_group_across_languages_with_the_reps_answer_and_close_the_loop(world):
    application, history = world
    engine = application.state.container.engine
    admin = Staff(application, ADMIN)
    groups = admin.client.get("/admin/gaps").context["groups"]
    training = next(g for g in groups if GAP_QUESTION in g.examples)
    assert admin.client.get("/admin/gaps?days=7").context["days"] == 7
    assert admin.client.get("/admin/gaps?days=nonsense").context["days"] == 90
    assert GAP_SPANISH in training.examples and training.count == 2
    assert training.languages == ["en", "es"] and training.quotes == ["Q-100"]
    assert training.rep_answer == REP_ANSWER and training.status == "open"
    assert not any("talk to a person" in q for g in groups for q in g.examples)  # intent, not a gap
    exported = list(csv.DictReader(io.StringIO(admin.client.get("/admin/gaps/export.csv").text)))
    assert any(r["question"] == GAP_QUESTION and r["rep_answer"] == REP_ANSWER and r["questions"] == "2"
               for r in exported)
    editor = admin.client.get(f"/admin/gaps/{training.key}/article")
    assert editor.status_code == 200 and REP_ANSWER in editor.text and "from-gap" in editor.text
    assert Staff(application, OWNER).client.get(f"/admin/gaps/{training.key}/article").status_code == 403
    assert admin.post(f"/admin/gaps/{training.key}/article", title="", body="x").status_code == 422
    title, body = editor.context["title"], editor.context["body"]
    saved = admin.post(f"/admin/gaps/{training.key}/article", title=title, body=body)
    assert saved.status_code == 303 and saved.headers["location"] == "/admin/gaps?days=90"
    with Session(engine) as session:
        link = session.exec(select(GapArticle)).one()
        assert set(link.buyer_message_ids) == {history["gap"], history["gap_es"]}
    wait_ready(engine)
    assert admin.client.get("/admin/gaps").context["groups"][0].status in ("open", "article")
    message_id, reply = Buyer(application, history["tokens"]["Q-100"]).ask("Is there an SAP integration?")
    decision = decision_of(engine, message_id)
    assert decision.kind == "answer", (decision.reason, reply)
    with Session(engine) as session:
        cited = session.exec(select(Citation).where(Citation.message_id == decision.agent_message_id)).all()
        source = session.exec(select(KnowledgeSource).where(KnowledgeSource.article_id == link.article_id)).one()
    assert any(c.doc_kind == "source" and c.doc_id == source.id for c in cited)
    covered = next(g for g in admin.client.get("/admin/gaps").context["groups"] if g.key == training.key)
    assert covered.status == "covered" and covered.article.answered


def test_deal_digest_by_topic(world):
    application, _ = world
    admin = Staff(application, ADMIN)
    with Session(application.state.container.engine) as session:
        from appliance.domain.quotes import Quote

        quote = session.exec(select(Quote).where(Quote.number == "Q-100")).one()
    page = admin.client.get(f"/admin/quotes/{quote.id}/digest")
    assert page.status_code == 200
    digest = page.context["digest"]
    labels = [t.label for t in digest.topics]
    assert "Buyer asked for a person" in labels
    assert digest.counts["answered"] >= 1 and digest.counts["rep"] >= 1
    assert "Are you certified to ISO 27001?" in page.text


def test_outcomes_settle_once_and_count(world):
    application, _ = world
    engine = application.state.container.engine

    def counted(name: str, **labels: str) -> float:
        return REGISTRY.get_sample_value(name, labels) or 0.0

    before = counted("appliance_resolutions_total", resolution="confirmed")
    gaps_before = sum(counted("appliance_gap_questions_total", decision=d) for d in ("clarify", "handoff"))
    later = utcnow() + timedelta(hours=1)
    settled = settle(engine=engine, now=later)
    assert settled >= 5
    assert settle(engine=engine, now=later) == 0  # each decision once
    assert counted("appliance_resolutions_total", resolution="confirmed") == before + 1
    assert sum(counted("appliance_gap_questions_total", decision=d) for d in ("clarify", "handoff")) >= \
        gaps_before + 2
    with Session(engine) as session:
        assert session.exec(select(DecisionOutcome).where(DecisionOutcome.resolution == "confirmed")).all()


def test_the_reps_handoff_email_carries_the_deal_digest(world):
    application, _ = world
    from appliance.notify.outbox import OutboxEmail

    with Session(application.state.container.engine) as session:
        mails = session.exec(select(OutboxEmail).where(OutboxEmail.to_address == OWNER)).all()
    handoffs = [m for m in mails if m.subject.startswith("Handoff")]
    assert handoffs
    last = handoffs[-1].body
    assert "Deal digest for quote Q-100" in last and "Are you certified to ISO 27001?" in last
    assert "(answered by the agent)" in last


def test_settling_twice_at_once_counts_each_answer_once(world):
    """Two workers settling at the same moment (the same rows): each outcome is inserted and counted once."""
    application, history = world
    engine = application.state.container.engine
    from concurrent.futures import ThreadPoolExecutor

    message_id, _ = Buyer(application, history["tokens"]["Q-100"]).ask("Are you certified to ISO 27001?")
    decision = decision_of(engine, message_id)
    later = utcnow() + timedelta(hours=2)
    with ThreadPoolExecutor(2) as pool:
        settled = list(pool.map(lambda _: settle(engine=engine, now=later), range(2)))
    assert sum(settled) == 1, settled
    with Session(engine) as session:
        assert session.get(DecisionOutcome, decision.id) is not None
