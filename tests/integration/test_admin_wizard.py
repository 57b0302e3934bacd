"""The create-agent wizard on a fresh install (real app, SQLite, MiniLM, Milvus-lite in a tmp dir): validation at
each step, state kept when going back, nothing written before the last step, and the agent with its sources after;
the Files library picker of the sources step (search, recently updated / show all) with ticks kept across both.

The tests share one install and run in file order: the library test needs the wizard, which the last test closes by
creating the agent.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from appliance.domain.accounts import Role, UserCreate, create_user
from appliance.domain.agents import Agent, Inbox
from appliance.domain.knowledge import KnowledgeSource, SourceKind, StoredFile, store_file
from appliance.domain.types import utcnow
from appliance.settings import Settings
from appliance.web.app import create_app

pytestmark = pytest.mark.slow
PASSWORD = "a-long-test-password"


@pytest.fixture(scope="module")
def client(tmp_path_factory, module_database_url):
    application = create_app(Settings(data_dir=tmp_path_factory.mktemp("wizard")))
    with TestClient(application, base_url="http://127.0.0.1") as test_client:
        with Session(application.state.container.engine) as session:
            create_user(session=session, data=UserCreate(email="admin@example.com", name="Ada", has_seat=True,
                                                         role=Role.SUPER_ADMIN, password=PASSWORD))
            session.commit()
        token = re.search(r'name="form_token" value="([^"]+)"', test_client.get("/login").text).group(1)
        test_client.post("/login", data={"email": "admin@example.com", "password": PASSWORD, "form_token": token})
        yield application, test_client


def _listed(response) -> list[str]:
    return [f.filename for f in response.context["library"]]


def _ticked(html: str) -> set[int]:
    return {int(i) for i in re.findall(r'name="file_id" value="(\d+)" checked', html)}


def test_the_sources_step_searches_the_library_and_keeps_ticked_files_across_searches_and_toggles(client):
    application, http = client
    csrf = re.search(r'name="csrf" value="([^"]+)"', http.get("/admin/agent/new").text).group(1)
    container = application.state.container
    with Session(container.engine) as session:  # ten library files, "price-1.md" the oldest
        names = [f"price-{n}.md" for n in range(1, 10)] + ["onboarding guide.md"]
        stored = [store_file(session=session, files_dir=container.settings.files_dir, filename=name,
                             content=f"# {name}\n\nText {n}.\n".encode()) for n, name in enumerate(names)]
        for age, item in enumerate(reversed(stored)):
            item.updated_at = utcnow() - timedelta(minutes=age + 1)
            session.add(item)
        session.commit()
        ids = {item.filename: item.id for item in stored}
    state = {"csrf": csrf, "name": "Max", "inbox_choice": "new", "new_inbox": "Closing deals", "step": "sources"}
    htmx = {"HX-Request": "true"}

    step = http.post("/admin/agent/new", data={**state, "step": "inbox", "op": "next"})
    assert step.context["step"] == "sources" and len(step.context["library"]) == 8  # the recently updated ones
    assert "price-1.md" not in _listed(step) and "Recently updated<" in step.text
    assert 'id="wizard-library-search"' in step.text and 'value="show_all"' in step.text
    first_button = re.search(r'<form id="wizard".*?<button ([^>]*)>', step.text, re.S).group(1)
    assert 'value="search"' in first_button  # Enter in the search box searches instead of leaving the step

    # A live search (HTMX) answers with the picker alone; the ticked oldest file stays ticked though not listed.
    found = http.post("/admin/agent/new", headers=htmx,
                      data={**state, "op": "search", "q": " Onboard ", "file_id": str(ids["price-1.md"])})
    assert found.status_code == 200 and "<form" not in found.text and 'id="wizard-library-search"' not in found.text
    assert found.template.name == "admin/wizard.html" and _listed(found) == ["onboarding guide.md"]
    assert "Files matching “Onboard”" in found.text and "show_all" not in found.text  # a search covers all files
    assert [f.id for f in found.context["chosen_unlisted"]] == [ids["price-1.md"]]
    assert _ticked(found.text) == {ids["price-1.md"]}
    nothing = http.post("/admin/agent/new", headers=htmx, data={**state, "op": "search", "q": "no such file"})
    assert _listed(nothing) == [] and "No files match." in nothing.text

    # Tick a result, clear the search: back to the recent list, both still ticked.
    both = [str(ids["price-1.md"]), str(ids["onboarding guide.md"])]
    cleared = http.post("/admin/agent/new", headers=htmx, data={**state, "op": "search", "q": "", "file_id": both})
    assert len(_listed(cleared)) == 8 and "onboarding guide.md" in _listed(cleared)
    assert _ticked(cleared.text) == {ids["price-1.md"], ids["onboarding guide.md"]}
    assert [f.filename for f in cleared.context["chosen_unlisted"]] == ["price-1.md"]

    # "Show all" and back, both ways, ticks kept; the choice travels in a hidden field of the picker.
    everything = http.post("/admin/agent/new", headers=htmx, data={**state, "op": "show_all", "file_id": both})
    assert len(_listed(everything)) == 10 and everything.context["chosen_unlisted"] == []
    assert "All files<" in everything.text and 'name="show_all" value="1"' in everything.text
    assert 'value="show_recent"' in everything.text and 'value="show_all"' not in everything.text
    assert _ticked(everything.text) == {ids["price-1.md"], ids["onboarding guide.md"]}
    searched = http.post("/admin/agent/new", headers=htmx,  # a search while all files are shown keeps the toggle
                         data={**state, "op": "search", "q": "price-9", "show_all": "1", "file_id": both})
    assert _listed(searched) == ["price-9.md"] and 'name="show_all" value="1"' in searched.text
    recent = http.post("/admin/agent/new", headers=htmx,
                       data={**state, "op": "show_recent", "show_all": "1", "file_id": both})
    assert len(_listed(recent)) == 8 and "Recently updated<" in recent.text and 'name="show_all"' not in recent.text
    assert _ticked(recent.text) == {ids["price-1.md"], ids["onboarding guide.md"]}

    # Without JavaScript the same buttons post the whole step.
    plain = http.post("/admin/agent/new", data={**state, "op": "search", "q": "price", "file_id": both})
    assert plain.context["step"] == "sources" and 'id="wizard-library-search"' in plain.text
    assert 'name="q" value="price"' in plain.text and len(_listed(plain)) == 9

    # The search and the toggle are wizard state: they survive Next and Back.
    review = http.post("/admin/agent/new", data={**state, "op": "next", "q": "price", "show_all": "1", "file_id": both})
    assert review.context["step"] == "review" and "2 file(s)" in review.text
    assert 'type="hidden" name="q" value="price"' in review.text
    back = http.post("/admin/agent/new", data={**state, "step": "review", "op": "back", "q": "price", "show_all": "1",
                                               "file_id": both})
    assert back.context["step"] == "sources" and back.context["state"].q == "price" and back.context["library_all"]
    assert len(_listed(back)) == 9 and _ticked(back.text) == {ids["price-1.md"], ids["onboarding guide.md"]}
    with Session(container.engine) as session:
        assert session.exec(select(Agent)).first() is None  # searching and toggling write nothing


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
