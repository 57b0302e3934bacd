"""The reps' inbox through the real app (SQLite, MiniLM, Milvus-lite, the answer pipeline) over HTTP, and the
conversation service's guarantees under concurrency: one reply per buyer message, one winner of a claim, the agent
silent once a person has the conversation, hand-back, internal notes never shown to the buyer, the email left once
and a rep's reply delivered to it through the outbox by a real SMTP server (aiosmtpd) with an outage in between.
"""

from __future__ import annotations

import re
from email import message_from_bytes
from email.policy import default
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from appliance.answering.chat import buyer_key
from appliance.domain.accounts import Role, User, UserCreate, add_team_member, create_user, ensure_team
from appliance.domain.agents import AgentCreate, create_agent, ensure_inbox, set_active
from appliance.domain.availability import touch_presence
from appliance.domain.conversations import Conversation, ConversationStatus, Decision, Message, MessageRole
from appliance.domain.inbox import ClaimLost, InboxError
from appliance.domain.quotes import LineItemCreate, Quote, QuoteCreate, create_quote, enable_agent
from appliance.notify.outbox import OutboxEmail, OutboxSender, OutboxState
from appliance.notify.smtp import SmtpNotifier
from appliance.settings import Settings, SmtpSettings
from appliance.web.app import create_app

pytestmark = pytest.mark.slow
PASSWORD = "a-long-test-password"
ADMIN, OWNER, MATE = "admin@example.com", "owner@example.com", "mate@example.com"


def seed(engine) -> str:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        admin = create_user(session=session, data=UserCreate(email=ADMIN, name="Ada Admin", role=Role.SUPER_ADMIN,
                                                             has_seat=True, password=PASSWORD))
        owner = create_user(session=session, data=UserCreate(email=OWNER, name="Olga Owner", has_seat=True,
                                                             password=PASSWORD))
        mate = create_user(session=session, data=UserCreate(email=MATE, name="Mats Mate", password=PASSWORD))
        team = ensure_team(session=session, name="DACH Sales")
        add_team_member(session=session, team=team, user=owner)
        add_team_member(session=session, team=team, user=mate)
        inbox = ensure_inbox(session=session, name="Closing agent")
        agent = create_agent(session=session, data=AgentCreate(name="Max", inbox_id=inbox.id))
        set_active(session=session, agent=agent, active=True)
        quote = create_quote(session=session, data=QuoteCreate(
            number="Q-7", title="Forklifts", buyer_company="Depot Ltd", currency="EUR", created_on=date(2026, 11, 1),
            expires_on=date(2026, 12, 31), owner_id=owner.id,
            line_items=[LineItemCreate(name="Forklift X2", quantity=Decimal(2), unit_price=Decimal(31500))]))
        enable_agent(session=session, quote=quote, by=admin)
        session.commit()
        return str(quote.public_token)


@pytest.fixture(scope="module")
def app(tmp_path_factory, module_database_url):
    settings = Settings(data_dir=tmp_path_factory.mktemp("inbox"))
    application = create_app(settings)
    with TestClient(application, base_url="http://127.0.0.1") as client:
        token = seed(application.state.container.engine)
        yield application, client, token


def engine_of(app):  # type: ignore[no-untyped-def]
    return app.state.container.engine


def user(app, email: str) -> User:  # type: ignore[no-untyped-def]
    with Session(engine_of(app)) as session:
        return session.exec(select(User).where(User.email == email)).one()


def present(app, *emails: str) -> None:  # type: ignore[no-untyped-def]
    with Session(engine_of(app)) as session:
        for email in emails:
            touch_presence(session=session, user_id=int(user(app, email).id or 0))
        session.commit()


class Buyer:
    """One buyer's browser: its own cookie jar, the page's CSRF token, and the chat's actions."""

    def __init__(self, app, token: str) -> None:  # type: ignore[no-untyped-def]
        self.client = TestClient(app, base_url="http://127.0.0.1")
        self.token = token
        page = self.client.get(f"/q/{token}")
        assert page.status_code == 200
        self.csrf = re.search(r'X-CSRF-Token": "([0-9a-f]+)', page.text).group(1)

    def say(self, text: str) -> int:
        response = self.client.post(f"/q/{self.token}/messages", data={"text": text},
                                    headers={"X-CSRF-Token": self.csrf, "HX-Request": "true"})
        assert response.status_code == 200, response.text
        return int(re.findall(r'id="message-(\d+)"', response.text)[-1])

    def reply(self, message_id: int) -> str:
        with self.client.stream("GET", f"/q/{self.token}/replies/{message_id}") as stream:
            return "".join(stream.iter_text())

    def page(self) -> str:
        return self.client.get(f"/q/{self.token}").text

    def conversation(self, app) -> Conversation:  # type: ignore[no-untyped-def]
        with Session(engine_of(app)) as session:
            quote = session.exec(select(Quote).where(Quote.public_token == self.token)).one()
            cookie = self.client.cookies.get("buyer")
            from itsdangerous import URLSafeSerializer

            raw = URLSafeSerializer(app.state.secret_key, salt="buyer").loads(cookie)
            return session.exec(select(Conversation).where(
                Conversation.buyer_key == buyer_key(raw, int(quote.id or 0)))).one()


class Rep:
    def __init__(self, app, email: str) -> None:  # type: ignore[no-untyped-def]
        self.client = TestClient(app, base_url="http://127.0.0.1")
        token = re.search(r'name="form_token" value="([^"]+)"', self.client.get("/login").text).group(1)
        response = self.client.post("/login", data={"email": email, "password": PASSWORD, "form_token": token},
                                    follow_redirects=False)
        assert response.status_code == 303
        self.csrf = re.search(r'name="csrf" value="([^"]+)"', self.client.get("/admin").text).group(1)

    def post(self, path: str, **data: str):  # type: ignore[no-untyped-def]
        return self.client.post(path, data=data, headers={"X-CSRF-Token": self.csrf, "HX-Request": "true"})


def test_a_request_for_a_person_waits_for_the_present_owner_who_gets_an_email(app):
    application, _, token = app
    present(application, OWNER)
    buyer = Buyer(application, token)
    asked = buyer.say("Can I talk to a person please?")
    streamed = buyer.reply(asked)
    assert "Olga Owner" in streamed
    conversation = buyer.conversation(application)
    assert conversation.status == ConversationStatus.WAITING and conversation.assigned_user_id == user(
        application, OWNER).id
    assert conversation.handed_off_at is not None and conversation.handoff_reason
    with Session(engine_of(application)) as session:
        mails = session.exec(select(OutboxEmail).where(OutboxEmail.to_address == OWNER)).all()
    assert mails and "Depot Ltd" in mails[-1].subject and f"/inbox/c/{conversation.id}" in mails[-1].body
    owner = Rep(application, OWNER)
    listed = owner.client.get("/inbox?list=mine")
    assert "Depot Ltd" in listed.text and listed.context["counts"]["mine"] >= 1
    view = owner.client.get(f"/inbox/c/{conversation.id}")
    assert view.status_code == 200 and view.context["v"].handoff is not None
    assert "Why the agent handed off" in view.text
    assert 'id="quote-lines"' in view.text and "Forklift X2" in view.text and "€63,000.00" in view.text


def test_two_reps_claiming_at_once_exactly_one_wins(app):
    application, _, token = app
    present(application, OWNER)
    buyer = Buyer(application, token)
    buyer.reply(buyer.say("I want to speak to a human"))
    conversation_id = int(buyer.conversation(application).id or 0)
    service = application.state.container.conversations
    contenders = [user(application, ADMIN), user(application, OWNER)] * 3
    barrier = threading.Barrier(len(contenders))

    def attempt(who: User) -> str:
        barrier.wait()
        try:
            service.claim(conversation_id=conversation_id, user=who)
            return f"won:{who.id}"
        except ClaimLost as lost:
            return f"lost:{lost}"

    with ThreadPoolExecutor(len(contenders)) as pool:
        results = list(pool.map(attempt, contenders))
    winners = {r for r in results if r.startswith("won")}
    assert len(winners) == 1, results  # the same rep may "win" again idempotently; never two different reps
    assert any("already taken" in r for r in results if r.startswith("lost"))
    loser = Rep(application, OWNER if f"won:{user(application, ADMIN).id}" in winners else ADMIN)
    refused = loser.post(f"/inbox/c/{conversation_id}/claim")
    assert refused.status_code == 409 and "already taken this conversation" in refused.text


def test_once_a_rep_has_it_the_agent_is_silent_and_the_reply_reaches_the_buyer(app):
    application, _, token = app
    present(application, OWNER)
    buyer = Buyer(application, token)
    buyer.reply(buyer.say("Can I talk to a person?"))
    conversation_id = int(buyer.conversation(application).id or 0)
    owner = Rep(application, OWNER)
    assert owner.post(f"/inbox/c/{conversation_id}/reply", text="too early").status_code == 422  # claim first
    assert owner.post(f"/inbox/c/{conversation_id}/claim").status_code == 200
    later = buyer.say("What is the price of the forklifts?")
    page_after_post = buyer.page()
    assert f'sse-connect="/q/{token}/replies/{later}"' not in page_after_post  # no agent stream for it
    assert buyer.reply(later).count("event: done") == 1
    with Session(engine_of(application)) as session:
        assert session.exec(select(Decision).where(Decision.buyer_message_id == later)).first() is None
        told = session.exec(select(OutboxEmail).where(OutboxEmail.to_address == OWNER,
                                                      OutboxEmail.subject == "New message from Depot Ltd")).all()
    assert told and any("What is the price of the forklifts?" in mail.body for mail in told)  # the holder is told
    answered = owner.post(f"/inbox/c/{conversation_id}/reply", text="Hi, Olga here: 2 × €31,500, see the quote.")
    assert answered.status_code == 200 and "Olga here" in answered.text
    assert owner.post(f"/inbox/c/{conversation_id}/notes", text="Price sensitive; loop in finance").status_code == 200
    updates = buyer.client.get(f"/q/{token}/updates", params={"after": 0})
    assert "Olga here" in updates.text and "finance" not in updates.text
    assert "Olga here" in buyer.page() and "finance" not in buyer.page()
    assert "finance" in owner.client.get(f"/inbox/c/{conversation_id}").text


def _decisions_counted() -> float:
    from prometheus_client import REGISTRY

    return sum(REGISTRY.get_sample_value("appliance_decisions_total", {"decision": kind}) or 0.0
               for kind in ("answer", "clarify", "handoff"))


def test_concurrent_reply_streams_store_one_reply(app):
    """Three GETs of one reply stream at once: one decision and one agent message are stored."""
    application, client, token = app
    buyer = Buyer(application, token)
    asked = buyer.say("Do you also sell electric delivery vans?")
    cookie = {"Cookie": f"buyer={buyer.client.cookies.get('buyer')}"}

    def stream(_: int) -> str:  # through the app's own client: one event loop, as under uvicorn
        return client.get(f"/q/{token}/replies/{asked}", headers=cookie).text

    counted = _decisions_counted()
    with ThreadPoolExecutor(3) as pool:
        streams = list(pool.map(stream, range(3)))
    assert all("event: done" in s for s in streams)
    with Session(engine_of(application)) as session:
        decisions = session.exec(select(Decision).where(Decision.buyer_message_id == asked)).all()
        agent_messages = session.exec(select(Message).where(
            Message.conversation_id == decisions[0].conversation_id, Message.role == MessageRole.AGENT)).all()
    assert len(decisions) == 1 and len(agent_messages) == 1
    assert _decisions_counted() == counted + 1  # computed once: the other two streams replayed the stored reply
    texts = {re.sub(r"\s+", " ", "".join(re.findall(r"data: (.*)", s))) for s in streams}
    assert len(texts) == 1  # all three streams carry the one stored reply


def test_hand_back_makes_the_agent_answer_new_questions_only(app):
    application, _, token = app
    present(application, OWNER)
    buyer = Buyer(application, token)
    buyer.reply(buyer.say("Let me talk to a sales rep"))
    conversation_id = int(buyer.conversation(application).id or 0)
    owner = Rep(application, OWNER)
    owner.post(f"/inbox/c/{conversation_id}/claim")
    handled = buyer.say("Is there a discount for three forklifts?")
    owner.post(f"/inbox/c/{conversation_id}/reply", text="Yes, 5% for three.")
    back = owner.post(f"/inbox/c/{conversation_id}/hand-back")
    assert back.status_code == 200 and 'id="conv-status">agent<' in back.text
    assert buyer.conversation(application).status == ConversationStatus.AGENT
    assert f"/replies/{handled}" not in buyer.page()  # what a person handled is not re-answered
    assert "event: done" in buyer.reply(handled)
    with Session(engine_of(application)) as session:
        assert session.exec(select(Decision).where(Decision.buyer_message_id == handled)).first() is None
    fresh = buyer.say("How many forklifts are in this quote?")
    assert f"/replies/{fresh}" in buyer.page()
    buyer.reply(fresh)
    with Session(engine_of(application)) as session:
        assert session.exec(select(Decision).where(Decision.buyer_message_id == fresh)).first() is not None


def test_an_earlier_question_whose_answer_never_started_is_still_answered(app):
    application, _, token = app
    buyer = Buyer(application, token)
    first = buyer.say("How many forklifts are in this quote?")  # the tab closes before the stream opens
    second = buyer.say("When does the quote expire?")
    page = buyer.page()
    assert f"/replies/{first}" in page and f"/replies/{second}" in page
    buyer.reply(first)
    assert f"/replies/{first}" not in buyer.page()


def test_reps_see_only_what_they_may_take(app):
    application, _, token = app
    present(application, OWNER)
    buyer = Buyer(application, token)
    buyer.reply(buyer.say("Can I talk to a person?"))
    conversation_id = int(buyer.conversation(application).id or 0)
    mate = Rep(application, MATE)  # same team, but it waits for the owner
    assert mate.client.get(f"/inbox/c/{conversation_id}").status_code == 404
    assert mate.post(f"/inbox/c/{conversation_id}/claim").status_code == 404
    owner = Rep(application, OWNER)
    owner.post(f"/inbox/c/{conversation_id}/claim")
    team_id = application.state.container.engine and _team_id(application, "DACH Sales")
    assert owner.post(f"/inbox/c/{conversation_id}/reassign", target=f"team:{team_id}").status_code == 200
    listed = mate.client.get("/inbox?list=teams")
    assert listed.context["counts"]["teams"] >= 1 and f"/inbox/c/{conversation_id}" in listed.text
    assert mate.post(f"/inbox/c/{conversation_id}/claim").status_code == 200
    handed = mate.post(f"/inbox/c/{conversation_id}/reassign", target=f"user:{user(application, OWNER).id}")
    assert handed.status_code == 200 and handed.headers["HX-Redirect"] == "/inbox"  # it left Mats's inbox
    assert 'id="conv-assignee">Olga Owner<' in owner.client.get(f"/inbox/c/{conversation_id}").text  # Olga holds it
    assert mate.post(f"/inbox/c/{conversation_id}/reassign", target="user:999999").status_code == 404  # not theirs
    owner.post(f"/inbox/c/{conversation_id}/reassign", target="nobody")  # refused: neither a rep nor a team
    assert "Choose a rep or a team" in owner.post(f"/inbox/c/{conversation_id}/reassign", target="x").text
    assert "all" not in listed.context["lists"]  # only super admins see every conversation
    admin = Rep(application, ADMIN)
    assert f"/inbox/c/{conversation_id}" in admin.client.get("/inbox?list=all").text
    assert mate.client.post(f"/inbox/c/{conversation_id}/close").status_code == 403  # no CSRF token


def _team_id(application, name: str) -> int:  # type: ignore[no-untyped-def]
    from appliance.domain.accounts import Team

    with Session(engine_of(application)) as session:
        return int(session.exec(select(Team).where(Team.name == name)).one().id or 0)


def test_unread_badge_counts_new_buyer_messages(app):
    application, _, token = app
    present(application, OWNER)
    buyer = Buyer(application, token)
    buyer.reply(buyer.say("Can I talk to a person?"))
    conversation_id = int(buyer.conversation(application).id or 0)
    owner = Rep(application, OWNER)
    before = int(re.search(r">(\d+)<", owner.client.get("/inbox/badge").text).group(1))
    owner.client.get(f"/inbox/c/{conversation_id}")
    after = owner.client.get("/inbox/badge").text
    assert int((re.search(r">(\d+)<", after) or re.search("()", "")).group(1) or 0) == before - 1


class Mailbox:
    """A real SMTP server (aiosmtpd) on a free port in this process; collects what it receives."""

    def __init__(self, port: int = 0) -> None:
        import socket

        from aiosmtpd.controller import Controller

        if not port:
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                port = probe.getsockname()[1]

        self.messages: list[tuple[list[str], str]] = []
        mailbox = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
                parsed = message_from_bytes(envelope.content, policy=default)
                mailbox.messages.append((list(envelope.rcpt_tos), parsed.get_content()))
                return "250 OK"

        self.port = port
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=port)

    def start(self) -> int:
        self.controller.start()
        return self.port

    def stop(self) -> None:
        self.controller.stop()


def test_the_buyers_email_is_left_once_and_a_reps_reply_reaches_it_through_an_outage(app):
    application, _, token = app
    with Session(engine_of(application)) as session:  # every rep's inbox has been closed for long
        from appliance.domain.availability import RepPresence

        for presence in session.exec(select(RepPresence)).all():
            session.delete(presence)
        session.commit()
    buyer = Buyer(application, token)
    streamed = buyer.reply(buyer.say("Can I talk to a person?"))
    assert "Leave your email" in streamed and 'id="email-form"' in streamed  # the agent's configured message
    conversation = buyer.conversation(application)
    assert conversation.status == ConversationStatus.WAITING and 'id="email-form"' in buyer.page()
    bad = buyer.client.post(f"/q/{token}/email", data={"email": "not-an-email"},
                            headers={"X-CSRF-Token": buyer.csrf, "HX-Request": "true"})
    assert "valid email" in bad.text
    good = buyer.client.post(f"/q/{token}/email", data={"email": " CFO@Depot.example "},
                             headers={"X-CSRF-Token": buyer.csrf, "HX-Request": "true"})
    assert "cfo@depot.example" in good.text
    again = buyer.client.post(f"/q/{token}/email", data={"email": "other@depot.example"},
                              headers={"X-CSRF-Token": buyer.csrf, "HX-Request": "true"})
    assert "already have your email" in again.text
    assert buyer.conversation(application).buyer_email == "cfo@depot.example"
    assert 'id="email-form"' not in buyer.page()  # asked once
    owner = Rep(application, OWNER)
    owner.post(f"/inbox/c/{conversation.id}/claim")
    owner.post(f"/inbox/c/{conversation.id}/reply", text="Hello from Olga: the forklifts ship in May.")
    mailbox = Mailbox()
    port = mailbox.start()
    mailbox.stop()  # the mail server is down
    sender = OutboxSender(engine=engine_of(application), notifier=SmtpNotifier(
        SmtpSettings(host="127.0.0.1", port=port, from_address="agent@seller.example", timeout_seconds=2)),
        retry_base_seconds=0.01)
    assert sender.send_due() == 0
    with Session(engine_of(application)) as session:
        pending = session.exec(select(OutboxEmail).where(OutboxEmail.to_address == "cfo@depot.example")).one()
    assert pending.state == OutboxState.PENDING and pending.attempts == 1 and pending.last_error
    mailbox = Mailbox(port)
    mailbox.start()  # back up on the same port
    try:
        import time

        time.sleep(0.05)
        assert sender.send_due() >= 1
        delivered = [body for rcpt, body in mailbox.messages if rcpt == ["cfo@depot.example"]]
        assert delivered and "the forklifts ship in May" in delivered[0] and f"/q/{token}" in delivered[0]
        with Session(engine_of(application)) as session:
            row = session.get(OutboxEmail, pending.id)
        assert row.state == OutboxState.SENT and row.attempts == 2
    finally:
        mailbox.stop()


def test_team_hours_are_saved_validated_and_routing_follows_them(app):
    """An away owner's conversation goes to their team while it is open, and waits for anyone when it is closed."""
    from datetime import UTC, datetime, timedelta

    from appliance.domain.agents import the_agent
    from appliance.domain.handoff import plan_handoff

    application, _, token = app
    admin = Rep(application, ADMIN)
    team_id = _team_id(application, "DACH Sales")
    page = admin.client.get("/inbox/teams")
    assert page.status_code == 200 and "DACH Sales" in page.text
    assert Rep(application, MATE).client.get("/inbox/teams").status_code == 403
    bad = admin.post(f"/inbox/teams/{team_id}", timezone="Mars/Olympus", day0="09:00-17:00")
    assert bad.status_code == 422 and "not a known time zone" in bad.text and 'value="Mars/Olympus"' in bad.text
    bad = admin.post(f"/inbox/teams/{team_id}", timezone="Europe/Berlin", day0="17:00-09:00")
    assert bad.status_code == 422 and "ends before it starts" in bad.text
    # Open every day 00:00-24:00 except today's local date, which is a holiday: closed right now.
    today = datetime.now(UTC).astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin")).date()
    days = {f"day{d}": "00:00-24:00" for d in range(7)}
    saved = admin.post(f"/inbox/teams/{team_id}", timezone="Europe/Berlin", holidays=today.isoformat(), **days)
    assert saved.status_code == 200 and "Saved." in saved.text

    engine = engine_of(application)
    owner, mate = user(application, OWNER), user(application, MATE)
    now = datetime.now(UTC)
    with Session(engine) as session:
        touch_presence(session=session, user_id=int(mate.id or 0))
        record = session.get(User, owner.id)
        record.available = False  # the owner set themselves away
        session.add(record)
        session.commit()
        agent = the_agent(session=session)
        quote = session.exec(select(Quote).where(Quote.public_token == token)).one()
        closed = plan_handoff(session=session, agent=agent, quote=quote, now=now,
                              presence_timeout=timedelta(minutes=3))
        assert closed.target == "anyone" and closed.buyer_message == agent.owner_unavailable_message
    admin.post(f"/inbox/teams/{team_id}", timezone="Europe/Berlin", holidays="", **days)  # open around the clock
    with Session(engine) as session:
        opened = plan_handoff(session=session, agent=agent, quote=quote, now=now,
                              presence_timeout=timedelta(minutes=3))
        assert (opened.target, opened.assigned_team_id) == ("team", team_id) and "DACH Sales" in opened.buyer_message
        record = session.get(User, owner.id)
        record.available = True
        session.add(record)
        session.commit()
    admin.post(f"/inbox/teams/{team_id}", timezone="UTC")  # no hours at all: always open again


def test_metrics_follow_handoffs_and_first_replies(app):
    from prometheus_client import REGISTRY

    application, _, token = app
    present(application, OWNER)

    def sample(name: str, **labels: str) -> float:
        return REGISTRY.get_sample_value(name, labels) or 0.0

    def routed_to_owner() -> float:
        return sum(sample("appliance_handoffs_routed_total", reason=reason, target="owner") for reason in
                   ("person", "negotiation", "change", "complaint", "competitor", "commercial", "legal", "knowledge"))

    routed = routed_to_owner()
    replies = sample("appliance_handoff_first_human_reply_seconds_count")
    buyer = Buyer(application, token)
    buyer.reply(buyer.say("Can I talk to a person?"))
    conversation_id = int(buyer.conversation(application).id or 0)
    assert routed_to_owner() == routed + 1
    assert sample("appliance_conversations_waiting") >= 1
    owner = Rep(application, OWNER)
    owner.post(f"/inbox/c/{conversation_id}/claim")
    owner.post(f"/inbox/c/{conversation_id}/reply", text="Here I am.")
    owner.post(f"/inbox/c/{conversation_id}/reply", text="Still here.")
    assert sample("appliance_handoff_first_human_reply_seconds_count") == replies + 1  # the first reply only
    page = owner.client.get(f"/inbox/c/{conversation_id}").text  # why, in words, from the decision's cause
    why = re.search(r'<p id="handoff-reason">([^<]*)</p>', page)
    assert why is not None and why.group(1).startswith("Buyer asked for a person ·"), why
    assert 'placeholder="Write to the buyer…"' in page  # the owner holds it: no "claim first" hint


def test_a_rep_who_loses_the_race_for_a_conversation_waiting_for_anyone_is_told_who_won(app):
    """Once claimed, the conversation leaves the other reps' lists; a claim that lost the race still says so."""
    from sqlalchemy import update

    application, _, token = app
    buyer = Buyer(application, token)
    buyer.say("Hello, is anyone there?")
    conversation_id = int(buyer.conversation(application).id or 0)
    with Session(engine_of(application)) as session:
        session.execute(update(Conversation).where(Conversation.id == conversation_id)
                        .values(status=ConversationStatus.WAITING, assigned_user_id=None, assigned_team_id=None))
        other = create_user(session=session, data=UserCreate(email="third@example.com", name="Tess Third",
                                                             password=PASSWORD))
        session.commit()
        session.refresh(other)
        session.expunge(other)
    service = application.state.container.conversations
    service.claim(conversation_id=conversation_id, user=user(application, MATE))
    with pytest.raises(ClaimLost, match="Mats Mate has already taken"):
        service.claim(conversation_id=conversation_id, user=other)
    third = Rep(application, "third@example.com")
    assert third.client.get(f"/inbox/c/{conversation_id}").status_code == 404
    # The losing click (its page still shows the conversation) is told who has it, not given a 404 that leaves the
    # page saying "waiting"; the conversation itself is no longer shown to this rep.
    refused = third.post(f"/inbox/c/{conversation_id}/claim")
    assert refused.status_code == 409 and "Mats Mate has already taken this conversation." in refused.text
    assert '<strong id="conv-status">assigned</strong>' in refused.text
    assert '<strong id="conv-assignee">Mats Mate</strong>' in refused.text
    assert "Hello, is anyone there?" not in refused.text


def test_buyer_and_rep_text_is_escaped_everywhere(app):
    """Buyers are untrusted: markup in a message is shown as text on the buyer page and in the rep's inbox."""
    application, _, token = app
    present(application, OWNER)
    buyer = Buyer(application, token)
    buyer.reply(buyer.say("Can I talk to a person? <img src=x onerror=alert(1)> [1]"))
    conversation_id = int(buyer.conversation(application).id or 0)
    owner = Rep(application, OWNER)
    owner.post(f"/inbox/c/{conversation_id}/claim")
    owner.post(f"/inbox/c/{conversation_id}/reply", text="<b>bold?</b> [2]")
    for html in (buyer.page(), owner.client.get(f"/inbox/c/{conversation_id}").text,
                 owner.client.get("/inbox?list=mine").text,
                 buyer.client.get(f"/q/{token}/updates", params={"after": 0}).text):
        assert "<img src=x" not in html and "<b>bold?</b>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in buyer.page() and "&lt;b&gt;bold?&lt;/b&gt;" in buyer.page()
