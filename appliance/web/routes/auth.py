"""Sign in and sign out of the admin console (server-side sessions, argon2 password hashes).

Sign-ins are throttled per account and per client address and every attempt is audited (domain/signins.py); the
form token is bound to a pre-session cookie and the POST must come from our own origin (web/security.py).
"""

from __future__ import annotations

import math

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session

from appliance import metrics
from appliance.domain.accounts import User
from appliance.domain.signins import SignInOutcome, ThrottlePolicy, record_sign_in, sign_in
from appliance.web.ratelimit import client_address
from appliance.web.security import login_form_ok, login_form_token, start_session
from appliance.web.templating import templates

router = APIRouter()
PAGE = "admin/login.html"


def throttle_policy(request: Request) -> ThrottlePolicy:
    security = request.app.state.settings.security
    return ThrottlePolicy(
        account_free=security.login_free_failures_per_account, address_free=security.login_free_failures_per_address,
        base_seconds=security.login_backoff_base_seconds, max_delay_seconds=security.login_max_delay_seconds,
        window_seconds=security.login_window_seconds,
    )


def _form(request: Request, *, status_code: int = 200, headers: dict[str, str] | None = None,
          **context: object) -> Response:
    carrier = Response()
    token = login_form_token(request, carrier)
    response = templates.TemplateResponse(request, PAGE, {"form_token": token, **context}, status_code=status_code,
                                          headers=headers)
    for name, value in carrier.headers.items():
        if name.lower() == "set-cookie":
            response.headers.append("set-cookie", value)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> Response:
    return _form(request)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, email: str = Form("", max_length=320), password: str = Form("", max_length=1024),
          form_token: str = Form("", max_length=128)) -> Response:
    address = client_address(request)
    with Session(request.app.state.container.engine) as session:
        if not login_form_ok(request, form_token):
            record_sign_in(session=session, email=email, address=address, outcome=SignInOutcome.REFUSED)
            session.commit()
            metrics.SIGN_INS.labels(outcome=SignInOutcome.REFUSED.value).inc()
            return _form(request, status_code=403, email=email,
                         error="This sign-in form expired or was sent from another site. Please sign in again.")
        result = sign_in(session=session, email=email, password=password, address=address,
                         policy=throttle_policy(request))
        session.commit()
        metrics.SIGN_INS.labels(outcome=result.outcome.value).inc()
        if result.wait_seconds > 0:
            metrics.RATE_LIMITED.labels(limit="sign_in").inc()
            wait = math.ceil(result.wait_seconds)
            return _form(request, status_code=429, headers={"Retry-After": str(wait)}, email=email,
                         error=f"Too many failed sign-ins. Please wait {wait} seconds before trying again.")
        if result.user_id is None:
            return _form(request, status_code=401, email=email, error="Wrong email or password.")
        user = session.get(User, result.user_id)
        response = RedirectResponse("/admin", status_code=303)
        start_session(session=session, user=user, request=request, response=response)  # type: ignore[arg-type]
        session.commit()
        return response
