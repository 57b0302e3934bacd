"""Sign in and sign out of the admin console (server-side sessions, argon2 password hashes)."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session

from appliance.domain.accounts import authenticate
from appliance.web.security import check_login_form_token, login_form_token, start_session
from appliance.web.templating import templates

router = APIRouter()


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> Response:
    return templates.TemplateResponse(request, "admin/login.html", {"form_token": login_form_token(request)})


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, email: str = Form(""), password: str = Form(""), form_token: str = Form("")) -> Response:
    check_login_form_token(request, form_token)
    with Session(request.app.state.container.engine) as session:
        user = authenticate(session=session, email=email, password=password)
        if user is None:
            return templates.TemplateResponse(
                request, "admin/login.html",
                {"form_token": login_form_token(request), "error": "Wrong email or password.", "email": email},
                status_code=401,
            )
        response = RedirectResponse("/admin", status_code=303)
        start_session(session=session, user=user, request=request, response=response)
        session.commit()
        return response
