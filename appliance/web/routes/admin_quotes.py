"""Quotes in the console: the list (a rep sees their own, a super admin all), creating and editing a quote with its
line items, turning the agent on for a quote (the seat is checked by ``quotes.enable_agent``), copying the buyer
link, revoking it and regenerating a new one.

A rep creates quotes they own; a super admin picks the owner. Only the quote's owner or a super admin may act on a
quote; every POST checks the session's CSRF token.
"""

from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlmodel import Session, col, select

from appliance.domain.accounts import AuthSession, Role, User
from appliance.domain.quotes import (
    LineItem,
    Quote,
    QuoteCreate,
    SeatRequired,
    compute_totals,
    create_quote,
    enable_agent,
    line_items,
    new_token,
    revoke_link,
    update_quote,
)
from appliance.domain.types import utcnow
from appliance.web.routes.admin import base_context, check_csrf, page, signed_in
from appliance.web.templating import is_htmx

router = APIRouter(prefix="/admin/quotes")
Auth = tuple[User, AuthSession]


def _visible(session: Session, user: User) -> list[Quote]:
    statement = select(Quote).order_by(col(Quote.id).desc())
    if user.role != Role.SUPER_ADMIN:
        statement = statement.where(Quote.owner_id == user.id)
    return list(session.exec(statement))


def _context(request: Request, auth: Auth, session: Session, **extra: object) -> dict:  # type: ignore[type-arg]
    quotes = _visible(session, auth[0])
    totals = {q.id: compute_totals(line_items(session=session, quote_id=q.id), q.currency).total  # type: ignore[arg-type]
              for q in quotes}
    owners = {u.id: u for u in session.exec(select(User))}
    return base_context(request, auth, "quotes") | {"quotes": quotes, "totals": totals, "owners": owners,
                                                     "errors": {}} | extra


@router.get("", response_class=HTMLResponse)
def quotes_page(request: Request, auth: Auth = Depends(signed_in)) -> Response:
    with Session(request.app.state.container.engine) as session:
        context = _context(request, auth, session)
    return page(request, "admin/quotes.html", context, block="quote_table" if is_htmx(request) else None)


def _owned_quote(session: Session, user: User, quote_id: int) -> Quote:
    """The quote, if this user may act on it; a rep asking for someone else's quote gets 404 (no existence leak)."""
    quote = session.get(Quote, quote_id)
    if quote is None or (user.role != Role.SUPER_ADMIN and quote.owner_id != user.id):
        raise HTTPException(404)
    return quote


def _done(request: Request, auth: Auth, *, errors: dict[int, str] | None = None, status_code: int = 200) -> Response:
    if not is_htmx(request) and not errors:
        return RedirectResponse("/admin/quotes", status_code=303)
    with Session(request.app.state.container.engine) as session:
        context = _context(request, auth, session, errors=errors or {})
    return page(request, "admin/quotes.html", context, block="quote_table" if is_htmx(request) else None,
                status_code=status_code)


@router.post("/{quote_id}/agent", response_class=HTMLResponse)
def turn_agent_on(request: Request, quote_id: int, auth: Auth = Depends(check_csrf)) -> Response:
    with Session(request.app.state.container.engine) as session:
        quote = _owned_quote(session, auth[0], quote_id)
        try:
            enable_agent(session=session, quote=quote, by=auth[0])
        except SeatRequired as error:
            return _done(request, auth, errors={quote_id: str(error).capitalize() + "."}, status_code=422)
        session.commit()
    return _done(request, auth)


@router.post("/{quote_id}/agent/off", response_class=HTMLResponse)
def turn_agent_off(request: Request, quote_id: int, auth: Auth = Depends(check_csrf)) -> Response:
    with Session(request.app.state.container.engine) as session:
        quote = _owned_quote(session, auth[0], quote_id)
        quote.agent_enabled = False
        quote.updated_at = utcnow()
        session.add(quote)
        session.commit()
    return _done(request, auth)


@router.post("/{quote_id}/revoke", response_class=HTMLResponse)
def revoke(request: Request, quote_id: int, auth: Auth = Depends(check_csrf)) -> Response:
    """The buyer link stops working at once; the agent stays on until a new link is made."""
    with Session(request.app.state.container.engine) as session:
        revoke_link(session=session, quote=_owned_quote(session, auth[0], quote_id))
        session.commit()
    return _done(request, auth)


@router.post("/{quote_id}/regenerate", response_class=HTMLResponse)
def regenerate(request: Request, quote_id: int, auth: Auth = Depends(check_csrf)) -> Response:
    """A new unguessable buyer link; the old one stops working. Needs the agent on (and so a seat)."""
    with Session(request.app.state.container.engine) as session:
        quote = _owned_quote(session, auth[0], quote_id)
        if not quote.agent_enabled:
            return _done(request, auth, errors={quote_id: "Turn the agent on for this quote first."}, status_code=422)
        if not auth[0].has_seat:
            return _done(request, auth, errors={quote_id: "Only a sales rep holding a closing-agent seat can make a buyer link."},
                         status_code=422)
        quote.public_token = new_token()
        quote.updated_at = utcnow()
        session.add(quote)
        session.commit()
    return _done(request, auth)


# -- create and edit a quote ----------------------------------------------------------------------------------------

LINE_FIELDS = ("sku", "name", "quantity", "unit_price", "discount_percent")
QUOTE_FIELDS = ("number", "title", "buyer_company", "currency", "created_on", "expires_on", "terms", "notes",
                "buyer_contacts", "owner_id")


def quote_form_errors(error: ValidationError) -> dict[str, str]:
    """{field: message}; a line item's field is keyed ``line-{index}-{field}``, model-level errors ``form``."""
    errors: dict[str, str] = {}
    for item in error.errors():
        loc = [str(part) for part in item["loc"]]
        key = "form" if not loc else (f"line-{loc[1]}-{loc[2]}" if loc[0] == "line_items" and len(loc) > 2
                                      else loc[0])
        message = item["msg"].removeprefix("Value error, ")
        if "decimal" in message.lower() or "date" in message.lower() and "valid" in message.lower():
            message = "Enter a number." if "decimal" in message.lower() else "Enter a date (YYYY-MM-DD)."
        errors.setdefault(key, message[:1].upper() + message[1:])
    return errors


def _blank_line() -> dict[str, str]:
    return dict.fromkeys(LINE_FIELDS, "")


def _quote_editor(request: Request, auth: Auth, session: Session, form: dict, errors: dict[str, str],  # type: ignore[type-arg]
                  *, quote: Quote | None = None, status_code: int = 200) -> Response:
    """The quote form: a new quote when ``quote`` is None, else the edit form of that quote."""
    reps = list(session.exec(select(User).order_by(User.name)))
    context = base_context(request, auth, "quotes") | {"form": form, "errors": errors, "reps": reps, "quote": quote}
    return page(request, "admin/quote_new.html", context, status_code=status_code)


def _form_of(quote: Quote, items: list[LineItem]) -> dict:  # type: ignore[type-arg]
    """The edit form's fields for a stored quote (numbers in plain notation, never ``1E+4``)."""
    return {"number": quote.number, "title": quote.title, "buyer_company": quote.buyer_company,
            "currency": quote.currency, "created_on": quote.created_on.isoformat(),
            "expires_on": quote.expires_on.isoformat(), "terms": quote.terms, "notes": quote.notes,
            "buyer_contacts": ", ".join(quote.buyer_contacts), "owner_id": str(quote.owner_id),
            "lines": [{"sku": i.sku, "name": i.name, "quantity": f"{i.quantity:f}", "unit_price": f"{i.unit_price:f}",
                       "discount_percent": f"{i.discount_percent:f}"} for i in items] or [_blank_line()]}


async def _submitted(request: Request, auth: Auth, *,
                     owner_id: int | None = None) -> tuple[dict, str]:  # type: ignore[type-arg]
    """The form as typed (to show it again) and the operation: ``save``, ``add_line`` or ``remove_line:{index}``.

    A rep's quotes are their own: the owner is the rep (new) or stays as it was (``owner_id``, edit).
    """
    raw = await request.form()
    columns = {name: [str(v) for v in raw.getlist(f"line_{name}")] for name in LINE_FIELDS}
    count = max((len(values) for values in columns.values()), default=0)
    lines = [{name: (columns[name][i] if i < len(columns[name]) else "") for name in LINE_FIELDS} for i in range(count)]
    form: dict = {key: str(raw.get(key, "")) for key in QUOTE_FIELDS}  # type: ignore[type-arg]
    if auth[0].role != Role.SUPER_ADMIN:
        form["owner_id"] = str(owner_id if owner_id is not None else auth[0].id)
    form["lines"] = lines
    return form, str(raw.get("op", "save"))


def _edit_lines(form: dict, op: str) -> bool:  # type: ignore[type-arg]
    """Add or remove a line item row in ``form`` (no saving); False when ``op`` is not a row operation."""
    if op == "add_line":
        form["lines"] = [*form["lines"], _blank_line()]
        return True
    index = op.removeprefix("remove_line:")
    if op.startswith("remove_line:") and index.isdigit():
        lines = [line for i, line in enumerate(form["lines"]) if i != int(index)]
        form["lines"] = lines or [_blank_line()]
        return True
    return False


def _quote_data(form: dict) -> QuoteCreate:  # type: ignore[type-arg]
    """Validate the form (rows left blank are dropped); raises ``ValidationError`` keyed like the form."""
    filled = [line for line in form["lines"] if any(line[name].strip() for name in LINE_FIELDS)]
    form["lines"] = filled or form["lines"]
    return QuoteCreate(
        **{k: v for k, v in form.items() if k not in ("lines", "buyer_contacts", "owner_id")},
        owner_id=int(form["owner_id"]) if form["owner_id"].isdigit() else 0,
        buyer_contacts=[c.strip() for c in form["buyer_contacts"].replace("\n", ",").split(",") if c.strip()],
        line_items=[{**line, "discount_percent": line["discount_percent"] or "0"} for line in filled],
    )


def _refused(error: ValueError) -> dict[str, str]:
    """A duplicate number or an unknown owner, next to its field."""
    return {"number" if "numbered" in str(error) else "owner_id": str(error).capitalize() + "."}


@router.get("/new", response_class=HTMLResponse)
def new_quote(request: Request, auth: Auth = Depends(signed_in)) -> Response:
    today = date.today()
    form = {"number": "", "title": "", "buyer_company": "", "currency": "USD", "created_on": today.isoformat(),
            "expires_on": (today + timedelta(days=30)).isoformat(), "terms": "", "notes": "", "buyer_contacts": "",
            "owner_id": str(auth[0].id), "lines": [_blank_line() for _ in range(3)]}
    with Session(request.app.state.container.engine) as session:
        return _quote_editor(request, auth, session, form, {})


@router.post("/new", response_class=HTMLResponse)
async def create_quote_from_form(request: Request, auth: Auth = Depends(check_csrf)) -> Response:
    form, op = await _submitted(request, auth)
    with Session(request.app.state.container.engine) as session:
        if _edit_lines(form, op):
            return _quote_editor(request, auth, session, form, {})
        try:
            create_quote(session=session, data=_quote_data(form))
        except ValidationError as error:
            return _quote_editor(request, auth, session, form, quote_form_errors(error), status_code=422)
        except ValueError as error:
            return _quote_editor(request, auth, session, form, _refused(error), status_code=422)
        session.commit()
    return RedirectResponse("/admin/quotes", status_code=303)


@router.get("/{quote_id}/edit", response_class=HTMLResponse)
def edit_quote(request: Request, quote_id: int, auth: Auth = Depends(signed_in)) -> Response:
    with Session(request.app.state.container.engine) as session:
        quote = _owned_quote(session, auth[0], quote_id)
        form = _form_of(quote, line_items(session=session, quote_id=quote_id))
        return _quote_editor(request, auth, session, form, {}, quote=quote)


@router.post("/{quote_id}/edit", response_class=HTMLResponse)
async def save_quote(request: Request, quote_id: int, auth: Auth = Depends(check_csrf)) -> Response:
    """Save an edited quote: its fields and all its line items change together, or nothing does (one commit).
    The buyer link stays the same; buyers see the new figures on their next page load."""
    with Session(request.app.state.container.engine) as session:
        quote = _owned_quote(session, auth[0], quote_id)
        form, op = await _submitted(request, auth, owner_id=quote.owner_id)
        if _edit_lines(form, op):
            return _quote_editor(request, auth, session, form, {}, quote=quote)
        try:
            update_quote(session=session, quote=quote, data=_quote_data(form))
        except ValidationError as error:
            return _quote_editor(request, auth, session, form, quote_form_errors(error), quote=quote, status_code=422)
        except ValueError as error:
            return _quote_editor(request, auth, session, form, _refused(error), quote=quote, status_code=422)
        session.commit()
    return RedirectResponse("/admin/quotes", status_code=303)
