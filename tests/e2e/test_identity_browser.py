"""The identity page in headless Chromium: rename the agent, upload an avatar and see it in the buyer-chat preview
(served by /avatars/ under the app's Content-Security-Policy), and a bad file refused next to the field.

The appliance runs in this process under uvicorn (real SQLite, MiniLM and Milvus-lite in a tmp dir) with a super
admin seeded: the demo's document ingestion is not needed here.
"""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect
import uvicorn
from PIL import Image

from appliance.settings import Settings
from appliance.web.app import create_app
from tests.e2e.test_admin_console import _shot
from tests.e2e.test_admin_flows import _sign_in
from tests.e2e.test_buyer_flow import browser  # noqa: F401 - the shared fixture
from tests.integration.test_admin_identity import with_identity
from tests.integration.test_admin_pages import ADMIN, PASSWORD, seed

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def appliance(tmp_path_factory) -> Iterator[str]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("identity-e2e"))
    app = with_identity(create_app(settings), settings)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 300  # the lifespan loads MiniLM on a shared CPU
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the appliance did not start")
        time.sleep(0.2)
    seed(app.state.container.engine)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)


def test_set_the_name_upload_an_avatar_and_see_the_preview(appliance, browser, tmp_path):  # noqa: F811
    photo = tmp_path / "team photo.jpg"
    picture = Image.new("RGB", (640, 480), (30, 90, 200))
    picture.paste((250, 200, 0), (220, 140, 420, 340))
    picture.save(photo, format="JPEG")
    not_an_image = tmp_path / "avatar.png"
    not_an_image.write_text("<html><body>hello</body></html>")

    context, page = _sign_in(browser, appliance, ADMIN, PASSWORD)
    page.goto(appliance + "/admin/agent/identity")
    preview = page.locator("#identity-preview")
    assert preview.locator("img").count() == 0 and preview.locator(".avatar").inner_text() == "M"

    page.fill("#agent-name", "")
    page.click("text=Save name")
    page.locator("#name-error:not(:empty)").wait_for()
    assert "name" in page.locator("#name-error").inner_text()
    page.fill("#agent-name", "Nova")
    page.click("text=Save name")
    page.locator(".saved", has_text="Name saved.").wait_for()
    assert page.locator("#identity-preview strong").inner_text() == "Nova"

    page.set_input_files("#avatar-file", str(not_an_image))
    page.click("text=Upload avatar")
    page.locator("#upload-error:not(:empty)").wait_for()
    assert "not a PNG, JPEG, WebP or GIF" in page.locator("#upload-error").inner_text()
    assert page.locator("#identity-preview img").count() == 0

    page.set_input_files("#avatar-file", str(photo))
    page.click("text=Upload avatar")
    page.locator(".saved", has_text="Avatar saved.").wait_for()
    avatar = page.locator("#identity-preview img.avatar")
    avatar.wait_for()
    assert avatar.get_attribute("src").startswith("/avatars/")
    full = page.locator("#avatar-full")
    expect(full).to_have_js_property("complete", True)
    expect(full).to_have_js_property("naturalWidth", 256)  # the browser loaded the re-encoded square from our storage
    expect(full).to_have_js_property("naturalHeight", 256)
    shown = page.locator("#avatar-full").screenshot()
    centre = Image.open(io.BytesIO(shown)).convert("RGB")
    r, g, b = centre.getpixel((centre.width // 2, centre.height // 2))
    assert r > 200 and g > 150 and b < 80  # the yellow centre of the photo, cropped to a square
    _shot(page, "admin-identity")

    page.click("text=Remove avatar")
    page.locator(".saved", has_text="Avatar removed.").wait_for()
    assert page.locator("#identity-preview img").count() == 0
    assert page.locator("#identity-preview .avatar").inner_text() == "N"
    context.close()
