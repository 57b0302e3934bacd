"""The web surface against the real app (SQLite, Milvus-lite, MiniLM in a tmp dir): an authorisation matrix over
every route and role, CSRF on every state change, login CSRF, sign-in throttling with its audit log, /api/sources
for super admins only, /metrics bearer token, no OpenAPI document by default, /healthz, error pages (issue 12)."""

from __future__ import annotations

import errno
import re
import time
from datetime import date
from decimal import Decimal

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import Session, select

from appliance.domain.accounts import Role, UserCreate, create_user
from appliance.domain.agents import AgentCreate, create_agent, ensure_inbox
from appliance.domain.quotes import LineItemCreate, QuoteCreate, create_quote, enable_agent
from appliance.domain.signins import SignInAttempt, SignInOutcome
from appliance.settings import SecuritySettings, Settings
from appliance.web.app import create_app

pytestmark = pytest.mark.slow
PASSWORD = "a-long-test-password"
ADMIN, REP = "admin@example.com", "rep@example.com"
PUBLIC_PREFIXES = ("/login", "/healthz", "/metrics", "/q/", "/avatars/", "/static")
SUPER_ADMIN_DEPENDENCIES = {"super_admin", "super_admin_csrf"}


def seed(engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        create_user(session=session, data=UserCreate(email=ADMIN, name="Ada Admin", role=Role.SUPER_ADMIN,
                                                     has_seat=True, password=PASSWORD))
        rep = create_user(session=session, data=UserCreate(email=REP, name="Robin Rep", has_seat=True,
                                                           password=PASSWORD))
        for email in ("victim@example.com", "other@example.com", "third@example.com"):
            create_user(session=session, data=UserCreate(email=email, name="U", password=PASSWORD))
        inbox = ensure_inbox(session=session, name="Closing agent")
        create_agent(session=session, data=AgentCreate(name="Max", inbox_id=inbox.id))
        quote = create_quote(session=session, data=QuoteCreate(
            number="Q-1", title="Quote Q-1", buyer_company="Depot Ltd", currency="EUR", created_on=date(2026, 11, 1),
            expires_on=date(2026, 12, 1), owner_id=rep.id,
            line_items=[LineItemCreate(name="Forklift X2", quantity=Decimal(2), unit_price=Decimal(31500))]))
        enable_agent(session=session, quote=quote, by=rep)  # a public link; the agent itself stays inactive
        session.commit()


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    security = SecuritySettings(login_free_failures_per_account=3, login_free_failures_per_address=8,
                                login_backoff_base_seconds=1.0, buyer_messages_per_minute=3,
                                buyer_messages_per_minute_per_address=5)
    settings = Settings(data_dir=tmp_path_factory.mktemp("security"), security=security)
    application = create_app(settings)
    with TestClient(application, base_url="http://127.0.0.1") as client:
        seed(application.state.container.engine)
        yield application, client


def form_token(client: TestClient) -> str:
    return re.search(r'name="form_token" value="([^"]+)"', client.get("/login").text).group(1)


def login(client: TestClient, email: str) -> str:
    client.cookies.clear()
    response = client.post("/login", data={"email": email, "password": PASSWORD, "form_token": form_token(client)},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/admin").text).group(1)


def attempts(application, email: str) -> list[SignInOutcome]:  # type: ignore[no-untyped-def]
    with Session(application.state.container.engine) as session:
        rows = session.exec(select(SignInAttempt).where(SignInAttempt.email == email).order_by(SignInAttempt.id))
        return [row.outcome for row in rows]


# --- the authorisation matrix ---------------------------------------------------------------------------------------


def _dependency_names(dependant) -> set[str]:  # type: ignore[no-untyped-def]
    names = set()
    for dependency in dependant.dependencies:
        names.add(getattr(dependency.call, "__name__", ""))
        names |= _dependency_names(dependency)
    return names


def _api_routes(routes_list) -> list[APIRoute]:  # type: ignore[no-untyped-def]
    """Every APIRoute, also inside included routers (FastAPI 0.165 keeps them as ``_IncludedRouter``; the routers
    here carry their prefix themselves and are included without another)."""
    found = []
    for route in routes_list:
        if isinstance(route, APIRoute):
            found.append(route)
        elif getattr(route, "original_router", None) is not None:
            found.extend(_api_routes(route.original_router.routes))
    return found


def routes(application) -> list[tuple[str, str, set[str]]]:  # type: ignore[no-untyped-def]
    found = []
    for route in _api_routes(application.routes):
        path = re.sub(r"\{[^}]+\}", "1", route.path)
        for method in sorted(route.methods - {"HEAD"}):
            found.append((method, path, _dependency_names(route.dependant)))
    return found


def test_the_matrix_covers_the_console(app) -> None:
    application, _ = app
    paths = {path for _, path, _ in routes(application)}
    assert {"/admin", "/admin/sources", "/api/sources", "/login", "/healthz"} <= paths
    assert len([p for p in paths if p.startswith(("/admin", "/api", "/inbox"))]) >= 30


def test_anonymous_visitors_reach_nothing_but_public_routes(app) -> None:
    application, client = app
    client.cookies.clear()
    for method, path, _ in routes(application):
        if path.startswith(PUBLIC_PREFIXES):
            continue
        response = client.request(method, path, follow_redirects=False)
        assert response.status_code in (303, 401, 403, 404), (method, path, response.status_code)
        if response.status_code == 303:
            assert response.headers["Location"] == "/login", (method, path)


def test_reps_are_refused_every_super_admin_route(app) -> None:
    application, client = app
    csrf = login(client, REP)
    checked = 0
    for method, path, dependencies in routes(application):
        if not dependencies & SUPER_ADMIN_DEPENDENCIES:
            continue
        response = client.request(method, path, data={"csrf": csrf} if method != "GET" else None,
                                  headers={"X-CSRF-Token": csrf} if method != "GET" else {}, follow_redirects=False)
        assert response.status_code == 403, (method, path, response.status_code)
        checked += 1
    assert checked >= 20


def test_every_state_change_needs_the_session_csrf_token(app) -> None:
    application, client = app
    login(client, ADMIN)
    checked = 0
    for method, path, _ in routes(application):
        if method == "GET" or path.startswith(PUBLIC_PREFIXES):
            continue
        response = client.request(method, path, data={"csrf": "forged"}, follow_redirects=False)
        assert response.status_code in (403, 404), (method, path, response.status_code)
        checked += 1
    assert checked >= 15


def test_api_sources_is_for_super_admins_only(app) -> None:
    _, client = app
    login(client, REP)
    assert client.get("/api/sources").status_code == 403
    login(client, ADMIN)
    response = client.get("/api/sources")
    assert response.status_code == 200 and "sources" in response.json()


# --- login CSRF -----------------------------------------------------------------------------------------------------


def test_a_login_token_without_its_pre_session_cookie_is_refused(app) -> None:
    application, client = app
    token = form_token(client)
    client.cookies.clear()  # the attacker's page holds a token but cannot make the victim's browser send the cookie
    response = client.post("/login", data={"email": ADMIN, "password": PASSWORD, "form_token": token},
                           follow_redirects=False)
    assert response.status_code == 403 and "session" not in response.cookies
    assert "sent from another site" in response.text
    assert attempts(application, ADMIN)[-1] == SignInOutcome.REFUSED


def test_a_login_token_from_another_browser_is_refused(app) -> None:
    _, client = app
    attacker_token = form_token(client)
    client.cookies.clear()
    form_token(client)  # the victim's browser has its own pre-session cookie
    response = client.post("/login", data={"email": ADMIN, "password": PASSWORD, "form_token": attacker_token},
                           follow_redirects=False)
    assert response.status_code == 403


@pytest.mark.parametrize("origin", ["https://evil.example", "null", "http://127.0.0.1.evil.example"])
def test_a_login_post_from_another_origin_is_refused(app, origin: str) -> None:
    _, client = app
    client.cookies.clear()
    token = form_token(client)
    response = client.post("/login", data={"email": ADMIN, "password": PASSWORD, "form_token": token},
                           headers={"Origin": origin}, follow_redirects=False)
    assert response.status_code == 403


def test_a_login_post_from_our_own_origin_signs_in(app) -> None:
    _, client = app
    client.cookies.clear()
    token = form_token(client)
    response = client.post("/login", data={"email": ADMIN, "password": PASSWORD, "form_token": token},
                           headers={"Origin": "http://127.0.0.1"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["Location"] == "/admin"


def test_the_pre_session_cookie_is_http_only_and_strict(app) -> None:
    _, client = app
    client.cookies.clear()
    cookie = client.get("/login").headers["set-cookie"].lower()
    assert "login_nonce=" in cookie and "httponly" in cookie and "samesite=strict" in cookie


# --- sign-in throttle and audit log ---------------------------------------------------------------------------------


def wrong(client: TestClient, email: str):  # type: ignore[no-untyped-def]
    return client.post("/login", data={"email": email, "password": "wrong-password-123", "form_token":
                                       form_token(client)}, follow_redirects=False)


def test_wrong_passwords_for_one_account_back_off_even_the_right_one(app) -> None:
    application, client = app
    client.cookies.clear()
    for _ in range(4):  # 3 free failures, then one more allowed at once (its lock starts after it)
        assert wrong(client, "victim@example.com").status_code == 401
    refused = client.post("/login", data={"email": "victim@example.com", "password": PASSWORD,
                                          "form_token": form_token(client)}, follow_redirects=False)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert "Too many failed sign-ins" in refused.text and "session" not in refused.cookies
    for _ in range(3):  # a flood during the lock: refused, and recorded once, not once per request
        assert wrong(client, "victim@example.com").status_code == 429
    time.sleep(1.1)  # the first backoff step (login_backoff_base_seconds = 1) has passed
    accepted = client.post("/login", data={"email": "victim@example.com", "password": PASSWORD,
                                           "form_token": form_token(client)}, follow_redirects=False)
    assert accepted.status_code == 303
    assert attempts(application, "victim@example.com") == [SignInOutcome.FAILURE] * 4 + [
        SignInOutcome.THROTTLED, SignInOutcome.SUCCESS]


def test_failures_over_many_accounts_from_one_address_back_off_that_address(app) -> None:
    _, client = app
    client.cookies.clear()
    statuses = [wrong(client, f"nobody{index}@example.com").status_code for index in range(12)]
    assert statuses.count(429) >= 1, statuses
    blocked = client.post("/login", data={"email": "third@example.com", "password": PASSWORD,
                                          "form_token": form_token(client)}, follow_redirects=False)
    assert blocked.status_code == 429  # a fresh account from the same address waits as well


# --- machine endpoints ----------------------------------------------------------------------------------------------


def test_openapi_document_is_off_by_default(app) -> None:
    _, client = app
    assert client.get("/api/openapi.json").status_code == 404
    assert client.get("/docs").status_code == 404


def test_metrics_can_require_a_bearer_token(app) -> None:
    application, client = app
    assert client.get("/metrics").status_code == 200
    application.state.settings.security.metrics_token = SecretStr("m" * 40)
    try:
        assert client.get("/metrics").status_code == 401
        assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
        ok = client.get("/metrics", headers={"Authorization": "Bearer " + "m" * 40})
        assert ok.status_code == 200
        assert 'appliance_model_breaker_state{state="closed"} 1.0' in ok.text
    finally:
        application.state.settings.security.metrics_token = SecretStr("")


def test_healthz_reports_ok_then_degraded_when_the_model_server_is_unreachable(app) -> None:
    from appliance.health import ModelProbe
    from appliance.inference.openai_client import OpenAICompatibleGenerator
    from appliance.settings import InferenceSettings

    application, client = app
    report = client.get("/healthz").json()
    assert report["status"] == "ok" and report["ingestion"]["unfinished_jobs"] >= 0
    dead = InferenceSettings(backend="openai", base_url="http://127.0.0.1:9/v1", model="m")
    container, probe = application.state.container, application.state.model_probe
    container.generator = OpenAICompatibleGenerator(dead)
    application.state.model_probe = ModelProbe(Settings(inference=dead))
    try:
        report = client.get("/healthz").json()
    finally:
        container.generator, application.state.model_probe = None, probe
    assert report["status"] == "degraded" and report["model"]["reachable"] is False
    assert any("cannot be reached" in problem for problem in report["problems"])


def test_a_full_disk_gives_a_clear_page(app) -> None:
    application, client = app

    def disk_full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    application.add_api_route("/__security_test/disk-full", disk_full)
    response = client.get("/__security_test/disk-full")
    assert response.status_code == 507 and response.headers["content-type"].startswith("text/html")
    assert "disk is full" in response.text and "administrator" in response.text


# --- buyer rate limits ----------------------------------------------------------------------------------------------


def buyer_page(application, client: TestClient) -> tuple[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    from appliance.domain.quotes import Quote

    with Session(application.state.container.engine) as session:
        token = session.exec(select(Quote.public_token).where(Quote.number == "Q-1")).one()
    client.cookies.clear()
    page = client.get(f"/q/{token}")
    csrf = re.search(r'"X-CSRF-Token": "([^"]+)"', page.text).group(1)
    return f"/q/{token}", {"X-CSRF-Token": csrf, "HX-Request": "true"}


def test_buyers_are_rate_limited_per_cookie_and_per_address_with_a_clear_message(app) -> None:
    application, client = app
    path, headers = buyer_page(application, client)
    for _ in range(3):  # buyer_messages_per_minute = 3 (the agent is inactive: the route answers politely)
        assert client.post(f"{path}/messages", data={"text": "How long is the warranty?"},
                           headers=headers).status_code == 200
    limited = client.post(f"{path}/messages", data={"text": "And the battery?"}, headers=headers)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert limited.headers["HX-Retarget"] == "#chat-error"
    assert "faster than the assistant can answer" in limited.text and "seconds" in limited.text
    assert "<html" not in limited.text  # a fragment for the chat's error line
    # a fresh cookie from the same address: 2 more messages reach the per-address limit of 5
    path, headers = buyer_page(application, client)
    statuses = [client.post(f"{path}/messages", data={"text": "Hello?"}, headers=headers).status_code
                for _ in range(3)]
    assert statuses == [200, 200, 429]
