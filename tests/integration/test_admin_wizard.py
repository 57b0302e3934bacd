"""The create-agent wizard on a fresh install (real app, SQLite, MiniLM, Milvus-lite in a tmp dir): validation at
each step, state kept when going back, nothing written before the last step, and the agent with its sources after.
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from appliance.domain.accounts import Role, UserCreate, create_user
from appliance.domain.agents import Agent, Inbox
from appliance.domain.knowledge import KnowledgeSource, SourceKind, StoredFile
from appliance.settings import Settings
from appliance.web.app import create_app

pytestmark = pytest.mark.slow
PASSWORD = "a-long-test-password"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    application = create_app(Settings(data_dir=tmp_path_factory.mktemp("wizard")))
    with TestClient(application, base_url="http://127.0.0.1") as test_client:
        with Session(application.state.container.engine) as session:
            create_user(session=session, data=UserCreate(email="admin@example.com", name="Ada", has_seat=True,
                                                         role=Role.SUPER_ADMIN, password=PASSWORD))
            session.commit()
        token = re.search(r'name="form_token" value="([^"]+)"', test_client.get("/login").text).group(1)
        test_client.post("/login", data={"email": "admin@example.com", "password": PASSWORD, "form_token": token})
        yield application, test_client


def test_the_wizard_validates_each_step_keeps_state_and_creates_the_agent(client):
    application, http = client
    start = http.get("/admin/agent/new")
    assert start.template.name == "admin/wizard.html" and start.context["step"] == "name"
    csrf = re.search(r'name="csrf" value="([^"]+)"', start.text).group(1)
    engine = application.state.container.engine

    empty = http.post("/admin/agent/new", data={"csrf": csrf, "step": "name", "name": "  ", "op": "next"})
    assert empty.status_code == 422 and empty.context["step"] == "name"
    assert "needs a name" in re.search(r'id="name-error">([^<]*)<', empty.text).group(1)

    inbox = http.post("/admin/agent/new", data={"csrf": csrf, "step": "name", "name": "Max", "op": "next"})
    assert inbox.context["step"] == "inbox"
    no_inbox = http.post("/admin/agent/new", data={"csrf": csrf, "step": "inbox", "name": "Max",
                                                   "inbox_choice": "new", "new_inbox": "", "op": "next"})
    assert no_inbox.status_code == 422 and "Name the new inbox" in no_inbox.text

    state = {"csrf": csrf, "name": "Max", "inbox_choice": "new", "new_inbox": "Closing deals"}
    sources = http.post("/admin/agent/new", data={**state, "step": "inbox", "op": "next"})
    assert sources.context["step"] == "sources"
    none_chosen = http.post("/admin/agent/new", data={**state, "step": "sources", "op": "next"})
    assert none_chosen.status_code == 422 and "at least one knowledge source" in none_chosen.text

    bad_url = http.post("/admin/agent/new", data={**state, "step": "sources", "op": "add_url", "new_url": "file:///etc"})
    assert bad_url.status_code == 422 and re.search(r'id="new-url-error">[^<]+<', bad_url.text)
    uploaded = http.post("/admin/agent/new", data={**state, "step": "sources", "op": "upload"},
                         files={"file": ("faq.md", b"# FAQ\n\nDelivery takes 5 days.\n")})
    file_id = uploaded.context["state"].file_ids[0]
    with_url = http.post("/admin/agent/new", data={**state, "step": "sources", "op": "add_url",
                                                   "file_id": str(file_id), "new_url": "https://example.com/x2"})
    assert with_url.context["state"].urls == ["https://example.com/x2"]

    chosen = {**state, "file_id": str(file_id), "urls": "https://example.com/x2"}
    review = http.post("/admin/agent/new", data={**chosen, "step": "sources", "op": "next"})
    assert review.context["step"] == "review" and "Closing deals (new)" in review.text
    back = http.post("/admin/agent/new", data={**chosen, "step": "review", "op": "back"})
    assert back.context["step"] == "sources" and back.context["state"].file_ids == [file_id]
    assert 'value="%d" checked' % file_id in back.text  # the choice is still ticked
    back_to_name = http.post("/admin/agent/new", data={**chosen, "step": "inbox", "op": "back"})
    assert 'value="Max"' in back_to_name.text

    with Session(engine) as session:  # nothing written yet but the library file
        assert session.exec(select(Agent)).first() is None and session.exec(select(Inbox)).first() is None
        assert session.get(StoredFile, file_id).filename == "faq.md"

    created = http.post("/admin/agent/new", data={**chosen, "step": "review", "op": "create"},
                        follow_redirects=False)
    assert created.status_code == 303 and created.headers["Location"] == "/admin/sources"
    with Session(engine) as session:
        agent = session.exec(select(Agent)).one()
        made = session.exec(select(KnowledgeSource).where(KnowledgeSource.agent_id == agent.id)).all()
        assert agent.name == "Max" and not agent.active
        assert session.get(Inbox, agent.inbox_id).name == "Closing deals"
    assert sorted(s.kind for s in made) == sorted([SourceKind.FILE, SourceKind.URL])
    assert http.get("/admin/agent/new", follow_redirects=False).headers["Location"] == "/admin"  # one per install
