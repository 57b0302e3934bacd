from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError
from sqlmodel import Session

from appliance.db import create_db_engine, migrate
from appliance.domain.accounts import Role, UserCreate, create_user
from appliance.domain.quotes import (
    LineItem,
    LineItemCreate,
    QuoteCreate,
    SeatRequired,
    compute_totals,
    create_quote,
    enable_agent,
    format_money,
    line_items,
    quote_by_token,
    revoke_link,
    update_quote,
)


def item(quantity, price, discount=0):
    return LineItem(name="x", quantity=Decimal(str(quantity)), unit_price=Decimal(str(price)),
                    discount_percent=Decimal(str(discount)))


def test_totals_are_exact_and_rounded_per_line():
    totals = compute_totals([item(667, "182.00", 5), item(3, "9800"), item(1, "0.10", "33.333")], "USD")
    assert totals.lines[0].subtotal == Decimal("121394.00")
    assert totals.lines[0].discount_amount == Decimal("6069.70")
    assert totals.lines[0].total == Decimal("115324.30")
    assert totals.lines[0].discounted_unit_price == Decimal("172.90")
    assert totals.lines[2].discount_amount == Decimal("0.03")  # 0.033333 rounds half-up to the cent
    assert totals.total == totals.subtotal - totals.discount
    assert totals.subtotal == Decimal("121394.00") + Decimal("29400.00") + Decimal("0.10")


def test_zero_decimal_currency_and_formatting():
    totals = compute_totals([item(3, "1999.5")], "JPY")
    assert totals.total == Decimal("5999")  # 5998.5 rounds half-up to whole yen
    assert format_money(Decimal("126730"), "USD") == "$126,730.00"
    assert format_money(Decimal("1234.5"), "SEK") == "1,234.50 SEK"


@pytest.mark.parametrize("field,value", [("quantity", "0"), ("unit_price", "-1"), ("discount_percent", "101"),
                                         ("quantity", "NaN")])
def test_line_item_validation(field, value):
    data = {"name": "Panel", "quantity": "1", "unit_price": "1", "discount_percent": "0", field: value}
    with pytest.raises(ValidationError):
        LineItemCreate(**data)


@pytest.fixture()
def session(database_url):
    engine = create_db_engine(database_url)
    migrate(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


def _user(session, email, seat=True, role=Role.SALES_REP):
    return create_user(session=session, data=UserCreate(email=email, name="Rep", role=role, has_seat=seat,
                                                        password="correct horse battery"))


def _quote(session, owner):
    return create_quote(session=session, data=QuoteCreate(
        number="Q-1", title="T", buyer_company="B", currency="eur", created_on=date(2026, 1, 1),
        expires_on=date(2026, 2, 1), owner_id=owner.id,
        line_items=[LineItemCreate(name="A", quantity="2", unit_price="10.50")]))


def test_quote_roundtrip_keeps_decimals_exact(session):
    owner = _user(session, "rep@example.com")
    quote = _quote(session, owner)
    session.commit()
    session.expire_all()
    items = line_items(session=session, quote_id=quote.id)
    assert items[0].unit_price == Decimal("10.50") and isinstance(items[0].unit_price, Decimal)
    assert quote.currency == "EUR"


def test_enabling_the_agent_needs_a_seat_and_ownership(session):
    owner = _user(session, "owner@example.com", seat=False)
    other = _user(session, "other@example.com", seat=True)
    quote = _quote(session, owner)
    with pytest.raises(SeatRequired):
        enable_agent(session=session, quote=quote, by=owner)
    with pytest.raises(PermissionError):
        enable_agent(session=session, quote=quote, by=other)
    owner.has_seat = True
    enable_agent(session=session, quote=quote, by=owner)
    token = quote.public_token
    assert token and len(token) >= 40
    assert quote_by_token(session=session, token=token).id == quote.id
    assert quote_by_token(session=session, token=token[:-1] + "x") is None
    revoke_link(session=session, quote=quote)
    assert quote_by_token(session=session, token=token) is None


def test_quote_cannot_expire_before_creation():
    with pytest.raises(ValidationError, match="expire"):
        QuoteCreate(number="Q", title="T", buyer_company="B", currency="USD", created_on=date(2026, 2, 1),
                    expires_on=date(2026, 1, 1), owner_id=1,
                    line_items=[LineItemCreate(name="A", quantity="1", unit_price="1")])


def _edit(owner_id, number="Q-1", **changes):
    fields = {"number": number, "title": "T2", "buyer_company": "B2", "currency": "usd", "created_on": date(2026, 1, 2),
              "expires_on": date(2026, 3, 1), "owner_id": owner_id,
              "line_items": [LineItemCreate(name="B", quantity="3", unit_price="19.99", discount_percent="10"),
                             LineItemCreate(name="C", quantity="1", unit_price="5")]}
    return QuoteCreate(**(fields | changes))


def test_updating_a_quote_replaces_its_line_items_and_keeps_its_link(session):
    owner = _user(session, "owner@example.com")
    quote = _quote(session, owner)
    enable_agent(session=session, quote=quote, by=owner)
    token, version = quote.public_token, quote.version
    session.commit()

    update_quote(session=session, quote=quote, data=_edit(owner.id))
    session.commit()
    session.expire_all()
    items = line_items(session=session, quote_id=quote.id)
    assert [(i.name, i.position, i.unit_price) for i in items] == [("B", 0, Decimal("19.99")), ("C", 1, Decimal(5))]
    assert compute_totals(items, quote.currency).total == Decimal("58.97")  # 59.97 − 6.00 (10 %, half-up) + 5
    assert (quote.title, quote.currency, quote.expires_on) == ("T2", "USD", date(2026, 3, 1))
    assert quote.public_token == token and quote.agent_enabled and quote.version == version + 1
    assert session.query(LineItem).count() == 2  # the old line is gone, not orphaned


def test_updating_refuses_a_taken_number_or_unknown_owner_before_changing_anything(session):
    owner = _user(session, "owner@example.com")
    quote = _quote(session, owner)
    create_quote(session=session, data=_edit(owner.id, number="Q-2"))
    session.commit()
    with pytest.raises(ValueError, match="already exists"):
        update_quote(session=session, quote=quote, data=_edit(owner.id, number="Q-2"))
    with pytest.raises(ValueError, match="owner"):
        update_quote(session=session, quote=quote, data=_edit(owner.id + 99))
    assert quote.title == "T" and [i.name for i in line_items(session=session, quote_id=quote.id)] == ["A"]
    update_quote(session=session, quote=quote, data=_edit(owner.id, number="Q-1"))  # its own number is fine
