"""Cookies and CSRF: the buyer's anonymous identity on a quote page, and the admin's login session."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from fastapi import HTTPException, Request, Response
from itsdangerous import BadSignature, URLSafeSerializer
from sqlmodel import Session

from appliance.domain.accounts import AuthSession, User
from appliance.domain.types import utcnow

BUYER_COOKIE = "buyer"
SESSION_COOKIE = "session"
SESSION_IDLE = timedelta(hours=8)


def _secret(request: Request) -> str:
    return request.app.state.secret_key


def buyer_id(request: Request) -> str | None:
    raw = request.cookies.get(BUYER_COOKIE)
    if not raw:
        return None
    try:
        return URLSafeSerializer(_secret(request), salt="buyer").loads(raw)
    except BadSignature:
        return None


def ensure_buyer_id(request: Request, response: Response) -> str:
    """The buyer's anonymous id from their signed cookie, set when missing (each browser is its own buyer)."""
    existing = buyer_id(request)
    if existing:
        return existing
    new_id = secrets.token_urlsafe(24)
    response.set_cookie(
        BUYER_COOKIE, URLSafeSerializer(_secret(request), salt="buyer").dumps(new_id), httponly=True,
        samesite="lax", secure=request.app.state.settings.web.secure_cookies, path="/q/", max_age=60 * 60 * 24 * 90,
    )
    return new_id


def buyer_csrf(request: Request, buyer: str) -> str:
    return hmac.new(_secret(request).encode(), f"buyer-csrf:{buyer}".encode(), hashlib.sha256).hexdigest()


def check_buyer_csrf(request: Request, buyer: str) -> None:
    sent = request.headers.get("X-CSRF-Token", "")
    if not hmac.compare_digest(sent, buyer_csrf(request, buyer)):
        raise HTTPException(403, "missing or invalid CSRF token; reload the page")


# --- admin sessions ------------------------------------------------------------------------------------------

def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(*, session: Session, user: User, request: Request, response: Response) -> None:
    """A fresh session on every login (the old cookie's session, if any, is deleted: no fixation)."""
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        stale = session.get(AuthSession, _hash(old))
        if stale is not None:
            session.delete(stale)
    token = secrets.token_urlsafe(32)
    session.add(AuthSession(id=_hash(token), user_id=int(user.id or 0), csrf_token=secrets.token_urlsafe(24)))
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict",
                        secure=request.app.state.settings.web.secure_cookies, path="/")


def end_session(*, session: Session, request: Request, response: Response) -> None:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        record = session.get(AuthSession, _hash(token))
        if record is not None:
            session.delete(record)
    response.delete_cookie(SESSION_COOKIE, path="/")


def current_session(*, session: Session, request: Request) -> tuple[User, AuthSession] | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    record = session.get(AuthSession, _hash(token))
    if record is None:
        return None
    if utcnow() - record.last_seen_at > SESSION_IDLE:
        session.delete(record)
        session.commit()
        return None
    user = session.get(User, record.user_id)
    if user is None:
        return None
    record.last_seen_at = utcnow()
    session.add(record)
    session.commit()
    return user, record


def login_form_token(request: Request) -> str:
    return URLSafeSerializer(_secret(request), salt="login").dumps(secrets.token_hex(8))


def check_login_form_token(request: Request, token: str) -> None:
    try:
        URLSafeSerializer(_secret(request), salt="login").loads(token)
    except BadSignature:
        raise HTTPException(403, "invalid form token; reload the page") from None
