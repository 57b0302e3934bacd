"""Quotes with line items, exact totals (Decimal, per currency) and the buyer link.

Totals are computed here by code, never by the model: a line's subtotal is quantity × unit price, its discount is
rounded half-up to the currency's minor unit, and the quote's totals are sums of the rounded line figures, so the
page, the citations and the agent's answers always show the same numbers.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from pydantic import field_validator, model_validator
from sqlalchemy import Column
from sqlmodel import Field, Session, SQLModel, select

from appliance.domain.accounts import Role, User
from appliance.domain.types import DecimalText, JSONColumn, utcnow

CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
ZERO_DECIMAL_CURRENCIES = {"JPY", "KRW", "CLP", "ISK", "VND", "XOF", "XAF", "UGX", "PYG", "RWF"}
THREE_DECIMAL_CURRENCIES = {"BHD", "JOD", "KWD", "OMR", "TND"}
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CHF": "CHF ", "CAD": "CA$", "AUD": "A$"}


def minor_unit(currency: str) -> Decimal:
    if currency in ZERO_DECIMAL_CURRENCIES:
        return Decimal("1")
    if currency in THREE_DECIMAL_CURRENCIES:
        return Decimal("0.001")
    return Decimal("0.01")


def round_money(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(minor_unit(currency), rounding=ROUND_HALF_UP)


def format_money(amount: Decimal, currency: str) -> str:
    """``$126,730.00`` style: grouping commas, the currency's minor unit, symbol when known else the code."""
    rounded = round_money(amount, currency)
    places = -minor_unit(currency).as_tuple().exponent  # type: ignore[operator]
    text = f"{rounded:,.{places}f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


def format_quantity(quantity: Decimal) -> str:
    normalized = quantity.normalize()
    return f"{normalized:,f}" if normalized == normalized.to_integral() else f"{normalized:,}"


def format_percent(percent: Decimal) -> str:
    return f"{percent.normalize():f}%"


class LineItemBase(SQLModel):
    sku: str = Field(default="", max_length=64)
    name: str = Field(max_length=200)
    quantity: Decimal = Field(sa_column=Column(DecimalText, nullable=False))
    unit_price: Decimal = Field(sa_column=Column(DecimalText, nullable=False))
    discount_percent: Decimal = Field(default=Decimal(0), sa_column=Column(DecimalText, nullable=False))


class LineItemCreate(LineItemBase):
    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a line item needs a name")
        return value.strip()

    @field_validator("quantity")
    @classmethod
    def _quantity(cls, value: Decimal) -> Decimal:
        if not value.is_finite() or value <= 0:
            raise ValueError("quantity must be greater than zero")
        return value

    @field_validator("unit_price")
    @classmethod
    def _price(cls, value: Decimal) -> Decimal:
        if not value.is_finite() or value < 0:
            raise ValueError("unit price must be zero or more")
        return value

    @field_validator("discount_percent")
    @classmethod
    def _discount(cls, value: Decimal) -> Decimal:
        if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
            raise ValueError("discount must be between 0 and 100 percent")
        return value


class LineItem(LineItemBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(foreign_key="quote.id", index=True, ondelete="CASCADE")
    position: int = Field(default=0)


class QuoteBase(SQLModel):
    number: str = Field(max_length=64, unique=True, index=True)
    title: str = Field(max_length=200)
    buyer_company: str = Field(max_length=200)
    currency: str = Field(default="USD", max_length=3)
    created_on: date
    expires_on: date
    terms: str = Field(default="", max_length=10_000)
    notes: str = Field(default="", max_length=10_000)


class QuoteCreate(QuoteBase):
    owner_id: int
    buyer_contacts: list[str] = []
    line_items: list[LineItemCreate]

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        value = value.strip().upper()
        if not CURRENCY_RE.match(value):
            raise ValueError("currency must be a three-letter ISO 4217 code")
        return value

    @field_validator("number", "title", "buyer_company")
    @classmethod
    def _required(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("this field is required")
        return value.strip()

    @model_validator(mode="after")
    def _dates_and_items(self) -> QuoteCreate:
        if self.expires_on < self.created_on:
            raise ValueError("the quote cannot expire before it is created")
        if not self.line_items:
            raise ValueError("a quote needs at least one line item")
        return self


class Quote(QuoteBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="user.id")
    buyer_contacts: list[str] = Field(default_factory=list, sa_column=Column(JSONColumn, nullable=False))
    agent_enabled: bool = Field(default=False)
    public_token: str | None = Field(default=None, max_length=64, unique=True, index=True)
    version: int = Field(default=1, description="Bumped on every change; the quote's passages carry it.")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


@dataclass(frozen=True)
class LineTotals:
    item: LineItem
    subtotal: Decimal
    discount_amount: Decimal
    total: Decimal
    discounted_unit_price: Decimal


@dataclass(frozen=True)
class QuoteTotals:
    lines: list[LineTotals]
    subtotal: Decimal
    discount: Decimal
    total: Decimal


def compute_totals(items: list[LineItem], currency: str) -> QuoteTotals:
    lines: list[LineTotals] = []
    for item in items:
        subtotal = round_money(item.quantity * item.unit_price, currency)
        discount = round_money(subtotal * item.discount_percent / Decimal(100), currency)
        unit = round_money(item.unit_price * (Decimal(100) - item.discount_percent) / Decimal(100), currency)
        lines.append(LineTotals(item, subtotal, discount, subtotal - discount, unit))
    subtotal = sum((line.subtotal for line in lines), Decimal(0))
    discount = sum((line.discount_amount for line in lines), Decimal(0))
    return QuoteTotals(lines=lines, subtotal=subtotal, discount=discount, total=subtotal - discount)


def create_quote(*, session: Session, data: QuoteCreate) -> Quote:
    if session.exec(select(Quote).where(Quote.number == data.number)).first():
        raise ValueError(f"a quote numbered {data.number} already exists")
    if session.get(User, data.owner_id) is None:
        raise ValueError("the quote owner does not exist")
    quote = Quote.model_validate(data.model_dump(exclude={"line_items"}))
    session.add(quote)
    session.flush()
    for position, item in enumerate(data.line_items):
        session.add(LineItem.model_validate({**item.model_dump(), "quote_id": quote.id, "position": position}))
    session.flush()
    return quote


def update_quote(*, session: Session, quote: Quote, data: QuoteCreate) -> Quote:
    """Replace a quote's fields and line items with ``data``, in the caller's transaction (nothing is committed).

    The quote keeps its id, its buyer link and its agent switch; its version is bumped so its passages are re-made.
    Raises ``ValueError`` before changing anything when the number belongs to another quote or the owner does not
    exist. The caller commits once, so a failure part-way leaves the quote as it was.
    """
    clash = session.exec(select(Quote).where(Quote.number == data.number, Quote.id != quote.id)).first()
    if clash is not None:
        raise ValueError(f"a quote numbered {data.number} already exists")
    if session.get(User, data.owner_id) is None:
        raise ValueError("the quote owner does not exist")
    for name, value in data.model_dump(exclude={"line_items"}).items():
        setattr(quote, name, value)
    quote.version += 1
    quote.updated_at = utcnow()
    session.add(quote)
    for item in line_items(session=session, quote_id=int(quote.id or 0)):
        session.delete(item)
    session.flush()
    for position, item in enumerate(data.line_items):
        session.add(LineItem.model_validate({**item.model_dump(), "quote_id": quote.id, "position": position}))
    session.flush()
    return quote


def line_items(*, session: Session, quote_id: int) -> list[LineItem]:
    return list(session.exec(select(LineItem).where(LineItem.quote_id == quote_id).order_by(LineItem.position)))


class SeatRequired(PermissionError):
    pass


def enable_agent(*, session: Session, quote: Quote, by: User) -> Quote:
    """Turn the closing agent on for a quote and give it a buyer link (an unguessable token).

    Only the quote's owner or a super admin may, and only someone holding a closing-agent seat.
    """
    if not by.has_seat:
        raise SeatRequired("only a sales rep holding a closing-agent seat can turn the agent on for a quote")
    if by.role != Role.SUPER_ADMIN and by.id != quote.owner_id:
        raise PermissionError("only the quote's owner can turn the agent on for it")
    quote.agent_enabled = True
    if quote.public_token is None:
        quote.public_token = new_token()
    quote.updated_at = utcnow()
    session.add(quote)
    session.flush()
    return quote


def revoke_link(*, session: Session, quote: Quote) -> Quote:
    quote.public_token = None
    quote.updated_at = utcnow()
    session.add(quote)
    session.flush()
    return quote


def new_token() -> str:
    return secrets.token_urlsafe(32)


def quote_by_token(*, session: Session, token: str) -> Quote | None:
    """The quote a buyer link points to, while the link is live (not revoked or regenerated); None otherwise.

    It does not look at ``agent_enabled`` or whether the agent is active: the buyer page opens either way and shows
    the chat only when both are on (the caller decides)."""
    if not token or len(token) > 64:
        return None
    quote = session.exec(select(Quote).where(Quote.public_token == token)).first()
    if quote is None or not secrets.compare_digest(quote.public_token or "", token):
        return None
    return quote
