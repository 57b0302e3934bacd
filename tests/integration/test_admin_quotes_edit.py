"""Editing a quote in the console through HTTP against the real app (SQLite, MiniLM, Milvus-lite in a tmp dir): the
form comes pre-filled, rows can be added and removed, bad input is refused next to the field and nothing is saved,
only the owner or a super admin may edit, every POST needs the CSRF token, the buyer link survives the edit, and a
failure part-way through the save leaves the quote exactly as it was. Also the agent's activation on the dashboard
(which buyer pages lose or get the chat, and the confirmation before deactivating), sharing this module's app.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from appliance.domain.accounts import User
from appliance.domain.agents import set_active, the_agent
from appliance.domain.quotes import LineItem, Quote, compute_totals, line_items
from appliance.settings import Settings
from appliance.web.app import create_app
from tests.integration.test_admin_pages import ADMIN, REP, SEATLESS, login, seed

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory, module_database_url):
    application = create_app(Settings(data_dir=tmp_path_factory.mktemp("quote-edit")))
    with TestClient(application, base_url="http://127.0.0.1") as client:
        seed(application.state.container.engine)
        yield application, client


def quote(application, number: str) -> tuple[Quote, list[LineItem]]:  # type: ignore[no-untyped-def]
    """The stored quote and its line items, read fresh from the database."""
    with Session(application.state.container.engine) as session:
        found = session.exec(select(Quote).where(Quote.number == number)).one()
        return found, line_items(session=session, quote_id=found.id)


def rows(items: list[LineItem]) -> list[tuple]:  # type: ignore[type-arg]
    return [(i.id, i.position, i.sku, i.name, i.quantity, i.unit_price, i.discount_percent) for i in items]


def form_of(response) -> dict:  # type: ignore[no-untyped-def]
    """The edit page's form as the browser would post it back (line items as parallel lists)."""
    form = dict(response.context["form"])
    lines = form.pop("lines")
    return form | {f"line_{name}": [line[name] for line in lines]
                   for name in ("sku", "name", "quantity", "unit_price", "discount_percent")}


def test_the_owner_edits_a_line_price_and_the_totals_and_buyer_page_follow(app):
    application, client = app
    engine = application.state.container.engine
    csrf = login(client, REP)
    listing = client.get("/admin/quotes")
    q1, _ = quote(application, "Q-1")
    assert f'href="/admin/quotes/{q1.id}/edit"' in listing.text
    client.post(f"/admin/quotes/{q1.id}/agent", data={"csrf": csrf})  # the rep holds a seat: a live buyer link
    with Session(engine) as session:
        set_active(session=session, agent=the_agent(session=session), active=True)
        session.commit()
    before, _ = quote(application, "Q-1")
    assert before.public_token

    page = client.get(f"/admin/quotes/{q1.id}/edit")
    assert page.template.name == "admin/quote_new.html" and page.context["quote"].id == q1.id
    assert page.context["form"]["lines"] == [{"sku": "", "name": "Forklift X2", "quantity": "2",
                                              "unit_price": "31500", "discount_percent": "0"}]
    assert "Edit quote Q-1" in page.text and "Save changes" in page.text and "stays the same" in page.text
    posted = form_of(page) | {"csrf": csrf, "op": "save", "line_unit_price": ["29999.50"],
                              "line_discount_percent": ["5"]}
    saved = client.post(f"/admin/quotes/{q1.id}/edit", data=posted, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["Location"] == "/admin/quotes"

    after, items = quote(application, "Q-1")
    assert [(i.name, i.unit_price, i.discount_percent) for i in items] == [("Forklift X2", Decimal("29999.50"),
                                                                          Decimal(5))]
    assert compute_totals(items, "EUR").total == Decimal("56999.05")  # 59 999.00 − 2 999.95
    assert after.public_token == before.public_token and after.agent_enabled
    assert after.version == before.version + 1
    assert client.get("/admin/quotes").context["totals"][q1.id] == Decimal("56999.05")
    client.cookies.clear()
    buyer = client.get(f"/q/{after.public_token}")
    assert buyer.status_code == 200 and "€56,999.05" in buyer.text


def test_rows_are_added_and_removed_without_saving(app):
    application, client = app
    csrf = login(client, REP)
    q1, items = quote(application, "Q-1")
    form = form_of(client.get(f"/admin/quotes/{q1.id}/edit")) | {"csrf": csrf}
    more = client.post(f"/admin/quotes/{q1.id}/edit", data=form | {"op": "add_line"})
    assert more.status_code == 200 and len(more.context["form"]["lines"]) == 2
    assert more.context["form"]["lines"][1] == dict.fromkeys(("sku", "name", "quantity", "unit_price",
                                                              "discount_percent"), "")
    two = form_of(more) | {"csrf": csrf, "line_name": ["Forklift X2", "Battery"], "line_quantity": ["2", "4"],
                           "line_unit_price": ["31500", "120"]}
    fewer = client.post(f"/admin/quotes/{q1.id}/edit", data=two | {"op": "remove_line:0"})
    assert [line["name"] for line in fewer.context["form"]["lines"]] == ["Battery"]
    assert 'aria-label="Remove line 1"' in fewer.text
    assert rows(quote(application, "Q-1")[1]) == rows(items)  # nothing saved by a row operation


def test_bad_input_is_refused_next_to_the_field_and_nothing_changes(app):
    application, client = app
    csrf = login(client, REP)
    q1, items = quote(application, "Q-1")
    form = form_of(client.get(f"/admin/quotes/{q1.id}/edit")) | {"csrf": csrf, "op": "save"}

    bad = client.post(f"/admin/quotes/{q1.id}/edit", data=form | {
        "title": "Renamed", "currency": "euro", "line_sku": ["P1", "P2"], "line_name": ["Forklift X2", ""],
        "line_quantity": ["0", "1"], "line_unit_price": ["31500", "abc"], "line_discount_percent": ["", "150"]})
    assert bad.status_code == 422 and bad.template.name == "admin/quote_new.html"
    assert {"currency", "line-0-quantity", "line-1-name", "line-1-unit_price",
            "line-1-discount_percent"} <= set(bad.context["errors"])
    assert "greater than zero" in re.search(r'id="line-0-quantity-error">([^<]*)<', bad.text).group(1)
    assert bad.context["form"]["title"] == "Renamed"  # what was typed is kept

    no_lines = client.post(f"/admin/quotes/{q1.id}/edit", data=form | {
        "line_sku": [""], "line_name": [""], "line_quantity": [""], "line_unit_price": [""],
        "line_discount_percent": [""]})
    assert no_lines.status_code == 422 and "at least one line item" in no_lines.context["errors"]["form"]
    backwards = client.post(f"/admin/quotes/{q1.id}/edit", data=form | {"expires_on": "2026-10-01"})
    assert backwards.status_code == 422 and "expire before" in backwards.context["errors"]["form"]
    taken = client.post(f"/admin/quotes/{q1.id}/edit", data=form | {"number": "Q-2"})
    assert taken.status_code == 422 and "already exists" in taken.context["errors"]["number"]
    assert re.search(r'id="number-error">[^<]+<', taken.text)

    after, after_items = quote(application, "Q-1")
    assert (after.title, after.number, after.version) == (q1.title, "Q-1", q1.version)
    assert rows(after_items) == rows(items)


def test_only_the_owner_or_a_super_admin_may_edit_and_csrf_is_checked(app):
    application, client = app
    q1, _ = quote(application, "Q-1")
    q2, q2_items = quote(application, "Q-2")  # owned by the seatless rep
    csrf = login(client, REP)
    assert client.get(f"/admin/quotes/{q2.id}/edit").status_code == 404  # as if it did not exist
    form = form_of(client.get(f"/admin/quotes/{q1.id}/edit")) | {"op": "save"}
    refused = client.post(f"/admin/quotes/{q2.id}/edit", data=form | {"csrf": csrf, "number": "Q-2"})
    assert refused.status_code == 404
    assert client.post(f"/admin/quotes/{q1.id}/edit", data=form | {"csrf": "forged"}).status_code == 403
    assert client.get("/admin/quotes/999999/edit").status_code == 404

    with Session(application.state.container.engine) as session:
        admin_id = session.exec(select(User).where(User.email == ADMIN)).one().id
        seatless_id = session.exec(select(User).where(User.email == SEATLESS)).one().id
    kept = client.post(f"/admin/quotes/{q1.id}/edit", data=form | {"csrf": csrf, "owner_id": str(admin_id)},
                       follow_redirects=False)
    assert kept.status_code == 303 and quote(application, "Q-1")[0].owner_id == q1.owner_id  # a rep keeps their quote

    csrf = login(client, ADMIN)
    page = client.get(f"/admin/quotes/{q2.id}/edit")
    assert page.status_code == 200 and 'id="quote-owner"' in page.text  # a super admin edits any quote, picks the owner
    moved = client.post(f"/admin/quotes/{q2.id}/edit", data=form_of(page) | {
        "csrf": csrf, "op": "save", "title": "Reassigned", "owner_id": str(admin_id)}, follow_redirects=False)
    assert moved.status_code == 303
    after, items = quote(application, "Q-2")
    assert (after.title, after.owner_id) == ("Reassigned", admin_id) and after.owner_id != seatless_id
    assert [(i.name, i.quantity) for i in items] == [(i.name, i.quantity) for i in q2_items]


def test_a_failure_part_way_through_the_save_leaves_the_quote_as_it_was(app):
    """A database trigger refuses the second new line item: by then the old line items are deleted and the quote's
    fields changed in the transaction, so only a single commit keeps the stored quote whole."""
    application, client = app
    engine = application.state.container.engine
    q1, items = quote(application, "Q-1")
    postgres = engine.dialect.name == "postgresql"
    with engine.begin() as connection:
        if postgres:
            connection.execute(text("CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                    "RAISE EXCEPTION 'refused by the test trigger'; END $$"))
            connection.execute(text("CREATE TRIGGER refuse_boom BEFORE INSERT ON lineitem FOR EACH ROW "
                                    "WHEN (NEW.name = 'BOOM') EXECUTE FUNCTION refuse_boom()"))
        else:
            connection.execute(text("CREATE TRIGGER refuse_boom BEFORE INSERT ON lineitem WHEN NEW.name = 'BOOM' "
                                    "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"))
    try:
        plain = TestClient(application, base_url="http://127.0.0.1", raise_server_exceptions=False)
        csrf = login(plain, REP)
        form = form_of(plain.get(f"/admin/quotes/{q1.id}/edit")) | {"csrf": csrf, "op": "save"}
        failed = plain.post(f"/admin/quotes/{q1.id}/edit", data=form | {
            "title": "Half saved?", "line_name": ["Forklift X3", "BOOM"], "line_sku": ["", ""],
            "line_quantity": ["1", "1"], "line_unit_price": ["1", "1"], "line_discount_percent": ["", ""]})
        assert failed.status_code == 500
    finally:
        with engine.begin() as connection:
            connection.execute(text("DROP TRIGGER refuse_boom" + (" ON lineitem" if postgres else "")))
            if postgres:
                connection.execute(text("DROP FUNCTION refuse_boom()"))
    after, after_items = quote(application, "Q-1")
    assert (after.title, after.version) == (q1.title, q1.version)
    assert rows(after_items) == rows(items)


def test_the_dashboard_says_which_buyer_pages_lose_the_chat_and_asks_before_deactivating(app):
    """Activation in the console (it shares this module's app: the agent switch is what buyers of an edited quote
    see next): the dashboard names the buyer pages that lose or get the chat, and deactivating needs a second click."""
    application, client = app
    engine = application.state.container.engine
    csrf = login(client, REP)
    q1, _ = quote(application, "Q-1")
    if not q1.public_token:
        client.post(f"/admin/quotes/{q1.id}/agent", data={"csrf": csrf})
    assert 'id="activation-effect"' not in client.get("/admin").text  # a rep sees the state, not the switch
    assert client.post("/admin/agent/active", data={"csrf": csrf, "active": "false",
                                                     "confirmed": "yes"}).status_code == 403
    with Session(engine) as session:
        set_active(session=session, agent=the_agent(session=session), active=True)
        session.commit()
    link = f"/q/{quote(application, 'Q-1')[0].public_token}"

    csrf = login(client, ADMIN)
    dashboard = client.get("/admin")
    assert [q.number for q in dashboard.context["live_quotes"]] == ["Q-1"]
    assert "Deactivating removes the chat from 1 quote page " in dashboard.text
    htmx = {"HX-Request": "true", "HX-Target": "agent-card"}
    asked = client.post("/admin/agent/active", data={"csrf": csrf, "active": "false"}, headers=htmx)
    assert asked.status_code == 200 and asked.context["confirm"] is True
    assert "Deactivate Max?" in asked.text and "Buyers on 1 quote page lose the chat" in asked.text
    assert "Q-1 · Depot Ltd" in asked.text and "<html" not in asked.text  # only the agent card is swapped
    with Session(engine) as session:
        assert the_agent(session=session).active  # nothing changed before the confirmation
    assert 'id="chat-form"' in client.get(link).text

    done = client.post("/admin/agent/active", data={"csrf": csrf, "active": "false", "confirmed": "yes"},
                       headers=htmx)
    assert "is <span" in done.text and ">inactive<" in done.text
    assert "Activating puts the chat on 1 quote page" in done.text
    page = client.get(link)
    assert page.status_code == 200 and 'id="chat-form"' not in page.text and "€" in page.text

    back = client.post("/admin/agent/active", data={"csrf": csrf, "active": "true"}, follow_redirects=False)
    assert back.status_code == 303 and back.headers["Location"] == "/admin"  # without JavaScript: a plain redirect
    assert 'id="chat-form"' in client.get(link).text
    assert client.post("/admin/agent/active", data={"active": "false", "confirmed": "yes"}).status_code == 403
    cancel = client.get("/admin", headers=htmx)  # "Cancel" swaps the card back; the sources table polls its block
    assert 'id="agent-toggle"' in cancel.text and "<table" not in cancel.text
    polled = client.get("/admin", headers={"HX-Request": "true", "HX-Target": "sources"})
    assert "<table" in polled.text and 'id="agent-toggle"' not in polled.text
    assert polled.headers["Vary"] == "HX-Request"
