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


# --- the sign-in form (login CSRF) ----------------------------------------------------------------------------
# The form token is bound to a pre-session cookie (random, HttpOnly, SameSite=Strict) and the POST must come from our
# own origin: a page elsewhere can neither read the token for its visitor's browser nor send the cookie along, so it
# cannot sign a victim in to an account of its choosing.

LOGIN_COOKIE = "login_nonce"


def _login_token_for(request: Request, nonce: str) -> str:
    return hmac.new(_secret(request).encode(), f"login-form:{nonce}".encode(), hashlib.sha256).hexdigest()


def login_form_token(request: Request, response: Response) -> str:
    """The token for the sign-in form in ``response``; sets the pre-session cookie when the browser has none."""
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    if not (16 <= len(nonce) <= 64 and nonce.replace("-", "").replace("_", "").isalnum()):
        nonce = secrets.token_urlsafe(24)
        response.set_cookie(LOGIN_COOKIE, nonce, httponly=True, samesite="strict",
                            secure=request.app.state.settings.web.secure_cookies, path="/login", max_age=60 * 60 * 12)
    return _login_token_for(request, nonce)


def same_origin(request: Request) -> bool:
    """False when the request says it comes from another origin (Origin, else Referer); True when it does not say."""
    sent = request.headers.get("origin") or request.headers.get("referer")
    if not sent:
        return True  # not a browser form post from another site (browsers send Origin on every POST)
    if sent == "null":
        return False
    from urllib.parse import urlsplit

    parts = urlsplit(sent)
    origin = f"{parts.scheme}://{parts.netloc}".lower()
    own = {f"{request.url.scheme}://{request.headers.get('host', request.url.netloc)}".lower()}
    public = request.app.state.settings.web.public_url
    if public:
        public_parts = urlsplit(public)
        own.add(f"{public_parts.scheme}://{public_parts.netloc}".lower())
    return origin in own


def login_form_ok(request: Request, token: str) -> bool:
    """The sign-in POST carries the token of this browser's pre-session cookie and comes from our own origin."""
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    return bool(nonce) and hmac.compare_digest(token, _login_token_for(request, nonce)) and same_origin(request)
