"""The agent's identity page against the real app (SQLite, MiniLM, Milvus-lite in a tmp dir): the name, an avatar
by upload and by URL (fetched by the guarded fetcher from a local HTTP server that the settings allow explicitly),
refused addresses and files with the message next to the field, the public avatar route, who may do what, and the
request-size cap.
"""

from __future__ import annotations

import html
import io
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from PIL import Image
from sqlmodel import Session, select

from appliance.domain.agents import Agent
from appliance.domain.identity import AVATAR_SIDE, avatars_dir
from appliance.settings import IngestionSettings, Settings
from appliance.web.app import create_app
from appliance.web.limits import MULTIPART_OVERHEAD, RequestSizeLimit
from tests.integration.test_admin_pages import ADMIN, REP, login, seed

pytestmark = pytest.mark.slow
MAX_FILE_BYTES = 8 * 1024 * 1024
REQUESTS: list[str] = []  # paths the local image server was asked for


def image_bytes(colour: tuple[int, int, int], fmt: str = "PNG", size: tuple[int, int] = (120, 90)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format=fmt)
    return out.getvalue()


class ImageHandler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        REQUESTS.append(self.path)
        routes = {
            "/avatar.jpg": (200, "image/jpeg", image_bytes((20, 160, 40), "JPEG")),
            "/fake.png": (200, "image/png", b"<html><body>not an image</body></html>"),
            "/page.html": (200, "text/html", b"<h1>Hello</h1>"),
        }
        if self.path == "/to-private":
            self.send_response(302)
            self.send_header("Location", "http://10.1.2.3/avatar.png")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status, content_type, body = routes.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def image_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), ImageHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def with_identity(app: FastAPI, settings: Settings) -> FastAPI:
    """The app as create_app will build it once the identity routes and the size cap are registered there."""
    from appliance.web.routes import admin_identity

    if "/admin/agent/identity" not in {getattr(route, "path", "") for route in app.routes}:
        app.include_router(admin_identity.router)
        app.include_router(admin_identity.avatars_router)
    if not any(middleware.cls is RequestSizeLimit for middleware in app.user_middleware):
        app.add_middleware(RequestSizeLimit, max_bytes=settings.ingestion.max_file_bytes + MULTIPART_OVERHEAD)
    return app


@pytest.fixture(scope="module")
def app(tmp_path_factory, module_database_url):
    # The local image server is on 127.0.0.1: allowed here by name, the way an intranet host would be listed.
    settings = Settings(data_dir=tmp_path_factory.mktemp("identity"),
                        ingestion=IngestionSettings(max_file_bytes=MAX_FILE_BYTES, fetch_allow_hosts=["127.0.0.1"]))
    application = with_identity(create_app(settings), settings)
    with TestClient(application, base_url="http://127.0.0.1") as client:
        seed(application.state.container.engine)
        yield application, client


def agent(application) -> Agent:  # type: ignore[no-untyped-def]
    with Session(application.state.container.engine) as session:
        return session.exec(select(Agent)).one()


def field_error(response, field: str) -> str:  # type: ignore[no-untyped-def]
    found = re.search(rf'id="{field}">([^<]*)<', response.text)
    assert found, response.text[:500]
    return html.unescape(found.group(1)).strip()


def test_the_page_shows_the_form_and_the_buyer_preview(app):
    _, client = app
    login(client, ADMIN)
    page = client.get("/admin/agent/identity")
    assert page.status_code == 200 and page.template.name == "admin/identity.html"
    assert page.headers["Vary"] == "HX-Request" and page.context["section"] == "identity"
    assert 'id="identity-preview"' in page.text and "<strong>Max</strong>" in page.text
    assert 'name="csrf"' in page.text and 'enctype="multipart/form-data"' in page.text


def test_the_name_is_validated_next_to_the_field_then_saved(app):
    application, client = app
    csrf = login(client, ADMIN)
    refused = client.post("/admin/agent/identity/name", data={"csrf": csrf, "name": "   "})
    assert refused.status_code == 422 and "needs a name" in field_error(refused, "name-error")
    too_long = client.post("/admin/agent/identity/name", data={"csrf": csrf, "name": "N" * 81})
    assert too_long.status_code == 422 and "80" in field_error(too_long, "name-error")
    assert agent(application).name == "Max"

    saved = client.post("/admin/agent/identity/name", data={"csrf": csrf, "name": "  Nova <b>the</b> closer "},
                        headers={"HX-Request": "true"})
    assert saved.status_code == 200 and "<html" not in saved.text and 'id="identity"' in saved.text
    assert saved.context["saved"] == "Name saved."
    assert "Nova &lt;b&gt;the&lt;/b&gt; closer" in saved.text  # escaped in the preview
    assert agent(application).name == "Nova <b>the</b> closer"
    client.post("/admin/agent/identity/name", data={"csrf": csrf, "name": "Max"})


def test_an_uploaded_avatar_is_re_encoded_stored_by_hash_and_served(app):
    application, client = app
    csrf = login(client, ADMIN)
    upload = client.post("/admin/agent/identity/avatar", data={"csrf": csrf},
                         files={"file": ("../../me at the beach.html", image_bytes((200, 30, 30)), "text/html")})
    assert upload.status_code == 200 and upload.context["saved"] == "Avatar saved."
    name = agent(application).avatar_path
    assert name and re.fullmatch(r"[0-9a-f]{64}\.png", name)
    stored = avatars_dir(application.state.settings.data_dir) / name
    assert stored.is_file() and [p.name for p in stored.parent.iterdir()] == [name]
    assert f'src="/avatars/{name}"' in upload.text  # the preview shows it

    served = client.get(f"/avatars/{name}")
    assert served.status_code == 200 and served.content == stored.read_bytes()
    assert served.headers["content-type"] == "image/png"
    assert served.headers["x-content-type-options"] == "nosniff"
    assert "immutable" in served.headers["cache-control"]
    image = Image.open(io.BytesIO(served.content))
    assert image.format == "PNG" and image.size == (AVATAR_SIDE, AVATAR_SIDE)

    # Replacing it removes the old file; the old address is gone.
    replaced = client.post("/admin/agent/identity/avatar", data={"csrf": csrf},
                           files={"file": ("b.gif", image_bytes((30, 30, 200), "GIF"), "image/gif")})
    assert replaced.status_code == 200
    new_name = agent(application).avatar_path
    assert new_name != name and not stored.exists() and client.get(f"/avatars/{name}").status_code == 404

    removed = client.post("/admin/agent/identity/avatar/remove", data={"csrf": csrf})
    assert removed.status_code == 200 and removed.context["saved"] == "Avatar removed."
    assert agent(application).avatar_path is None
    assert client.get(f"/avatars/{new_name}").status_code == 404
    assert list(stored.parent.iterdir()) == []


def test_a_bad_upload_is_refused_next_to_the_field_and_nothing_changes(app):
    application, client = app
    csrf = login(client, ADMIN)
    client.post("/admin/agent/identity/avatar", data={"csrf": csrf},
                files={"file": ("ok.png", image_bytes((200, 200, 30)), "image/png")})
    before = agent(application).avatar_path
    files_before = sorted(avatars_dir(application.state.settings.data_dir).iterdir())
    truncated = image_bytes((1, 2, 3), size=(300, 300))
    for file, message in (
        (("avatar.png", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "image/png"),
         "not a PNG, JPEG, WebP or GIF"),
        (("avatar.png", truncated[: len(truncated) // 2], "image/png"), "damaged"),
        (("avatar.bmp", image_bytes((1, 2, 3), "BMP"), "image/bmp"), "not a PNG, JPEG, WebP or GIF"),
        (("big.png", b"\x89PNG\r\n\x1a\n" + b"0" * (5 * 1024 * 1024), "image/png"), "larger than 5 MB"),
        (("", b"", "application/octet-stream"), "Choose an image"),
    ):
        response = client.post("/admin/agent/identity/avatar", data={"csrf": csrf}, files={"file": file})
        assert response.status_code == 422, file[0]
        assert message in field_error(response, "upload-error"), file[0]
    assert agent(application).avatar_path == before
    assert sorted(avatars_dir(application.state.settings.data_dir).iterdir()) == files_before


def test_an_avatar_from_a_url_goes_through_the_guarded_fetcher(app, image_server):
    application, client = app
    csrf = login(client, ADMIN)
    REQUESTS.clear()
    fetched = client.post("/admin/agent/identity/avatar-url", data={"csrf": csrf, "url": f"{image_server}/avatar.jpg"})
    assert fetched.status_code == 200 and fetched.context["saved"] == "Avatar saved.", fetched.text[:500]
    name = agent(application).avatar_path
    served = Image.open(io.BytesIO(client.get(f"/avatars/{name}").content))
    assert served.size == (AVATAR_SIDE, AVATAR_SIDE) and served.getpixel((128, 128))[1] > 120  # the green JPEG

    for url, message in (
        ("http://10.1.2.3/avatar.png", "private address"),  # refused before any connection
        ("http://169.254.169.254/latest/meta-data/", "metadata address"),
        (f"{image_server}/to-private", "private address"),  # the redirect is checked too
        (f"{image_server}/page.html", "content type text/html is not accepted"),
        (f"{image_server}/fake.png", "not a PNG, JPEG, WebP or GIF"),  # the declared type is not trusted
        (f"{image_server}/missing.png", "HTTP 404"),
        ("file:///etc/passwd", "only http and https"),
        ("", "Enter the image's web address"),
    ):
        response = client.post("/admin/agent/identity/avatar-url", data={"csrf": csrf, "url": url})
        assert response.status_code == 422, url
        assert message in field_error(response, "url-error"), url
        assert response.context["form"]["url"] == url.strip()  # the address stays in the field
    assert agent(application).avatar_path == name
    assert "/avatar.png" not in REQUESTS  # the private target of the redirect was never fetched


def test_the_avatar_route_serves_only_stored_hash_names(app):
    application, client = app
    secret = application.state.settings.data_dir / "secret_key"
    assert secret.exists()
    for path in ("/avatars/..%2fsecret_key.png", "/avatars/%2e%2e%2f%2e%2e%2fsecret_key.png",
                 "/avatars/" + "A" * 64 + ".png", "/avatars/" + "0" * 64 + ".png", "/avatars/" + "0" * 64 + ".PNG",
                 "/avatars/secret_key.png"):
        assert client.get(path).status_code == 404, path


def test_only_a_super_admin_with_the_csrf_token_changes_the_identity(app):
    application, client = app
    login(client, ADMIN)
    before = agent(application).model_dump()
    png = image_bytes((9, 9, 9))
    actions = (("/admin/agent/identity/name", {"name": "Hacked"}, None),
               ("/admin/agent/identity/avatar", {}, {"file": ("a.png", png, "image/png")}),
               ("/admin/agent/identity/avatar-url", {"url": "http://127.0.0.1:1/a.png"}, None),
               ("/admin/agent/identity/avatar/remove", {}, None))
    for path, data, files in actions:  # signed in, no token / a forged one
        assert client.post(path, data=data, files=files).status_code == 403, path
        assert client.post(path, data={**data, "csrf": "forged"}, files=files).status_code == 403, path

    csrf = login(client, REP)
    assert client.get("/admin/agent/identity").status_code == 403
    assert "/admin/agent/identity" not in client.get("/admin").text
    for path, data, files in actions:  # a valid session and token, still refused
        assert client.post(path, data={**data, "csrf": csrf}, files=files).status_code == 403, path
    assert agent(application).model_dump() == before

    client.cookies.clear()
    response = client.get("/admin/agent/identity", follow_redirects=False)
    assert response.status_code == 303 and response.headers["Location"] == "/login"


def test_a_body_over_the_cap_is_refused_before_it_is_read(app):
    application, client = app
    csrf = login(client, ADMIN)
    before = agent(application).avatar_path
    cap = MAX_FILE_BYTES + MULTIPART_OVERHEAD
    response = client.post("/admin/agent/identity/avatar", data={"csrf": csrf},
                           files={"file": ("huge.png", b"\x89PNG" + b"0" * cap, "image/png")})
    assert response.status_code == 413 and "larger than" in response.text
    assert agent(application).avatar_path == before
