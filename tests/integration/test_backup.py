"""`appliance backup` / `restore` / `upgrade` on real SQLite or PostgreSQL, Milvus-lite and docling: a backup taken
while the appliance runs restores into an empty data directory and answers a question with the same citations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import Session, select

from appliance.answering.chat import ask
from appliance.backup import MANIFEST, BackupError, backup, restore, upgrade
from appliance.container import build_container
from appliance.domain.knowledge import KnowledgeSource, SourceStatus, StoredFile
from appliance.scenarios import build_scenario, load_scenario, serve_folder
from appliance.settings import DatabaseSettings, Settings
from tests.conftest import DATABASES, fresh_database
from tests.integration.test_answer_path import scenario_dir  # noqa: F401  (the forklift scenario fixture)

QUESTION = "How long does the X2 battery last on one charge?"


async def _answer(container, built, key: str):  # type: ignore[no-untyped-def]
    reply = await ask(container.engine, container.pipeline, quote_id=built.quote_id, agent_id=built.agent_id,
                      key=key, text=QUESTION, max_chars=2000)
    return reply.decision, [(c.doc_kind, c.doc_id, c.start, c.end, c.text, c.content_sha256) for c in reply.citations]


@pytest.mark.parametrize("kind", DATABASES)
@pytest.mark.asyncio
async def test_a_running_appliance_is_backed_up_and_restored_with_the_same_answers(kind, scenario_dir,  # noqa: F811
                                                                                     tmp_path):
    backup_dir = tmp_path / "backup"
    with fresh_database(kind, tmp_path / "db-original") as original_url:
        settings = Settings(data_dir=tmp_path / "original", database=DatabaseSettings(url=original_url))
        key = settings.resolved_secret_key()
        scenario = load_scenario(scenario_dir)
        with serve_folder(scenario_dir) as url_base:
            container = await build_container(settings, extra_allowed_hosts=("127.0.0.1",))
            try:
                built = build_scenario(container, scenario, url_base=url_base, password="a-long-test-password")
                await container.worker.run_pending()
                with Session(container.engine) as session:
                    article = next(s for s in session.exec(select(KnowledgeSource)).all()
                                   if s.status == SourceStatus.READY)
                    stored = session.exec(select(StoredFile)).all()
                before = await _answer(container, built, "buyer-before")
                assert before[0] == "answer" and before[1], before
                report = backup(settings, backup_dir)  # online: the container (and Milvus-lite) is open
            finally:
                await container.aclose()
        assert report.vectors == "milvus-lite" and report.database == kind
        manifest = json.loads((backup_dir / MANIFEST).read_text())
        assert "data/secret_key" in manifest["files"] and oct(os.stat(backup_dir / "data" / "secret_key").st_mode
                                                               & 0o777) == "0o600"
        assert stored and all(f"data/files/{file.sha256}" in manifest["files"] for file in stored)

    with fresh_database(kind, tmp_path / "db-restored") as restored_url:
        restored = Settings(data_dir=tmp_path / "restored", database=DatabaseSettings(url=restored_url))
        report = restore(restored, backup_dir)
        assert report.revision is not None
        assert restored.resolved_secret_key() == key  # buyer cookies and sessions stay valid
        container = await build_container(restored, with_generator=False)
        try:
            with Session(container.engine) as session:
                again = session.get(KnowledgeSource, article.id)
                assert again.status == SourceStatus.READY and again.canonical_text == article.canonical_text
                for file in session.exec(select(StoredFile)).all():  # the restored rows name the restored files
                    assert Path(file.storage_path) == (restored.files_dir / file.sha256).resolve()
                    assert Path(file.storage_path).read_bytes()
            after = await _answer(container, built, "buyer-after")
        finally:
            await container.aclose()
        assert after == before  # same decision, same citations: same sources, spans and content hashes

        with pytest.raises(BackupError, match="not empty"):
            restore(restored, backup_dir)
        assert upgrade(restored)[0] == upgrade(restored)[1]  # already at head: nothing to do


def test_damaged_or_unfinished_backups_and_unsafe_targets_are_refused(tmp_path):
    with fresh_database("sqlite", tmp_path / "db") as url:
        settings = Settings(data_dir=tmp_path / "data", database=DatabaseSettings(url=url))
        upgrade(settings)
        settings.resolved_secret_key()
        (tmp_path / "occupied").mkdir()
        (tmp_path / "occupied" / "x").write_text("x")
        with pytest.raises(BackupError, match="not empty"):
            backup(settings, tmp_path / "occupied")
        with pytest.raises(BackupError, match="inside the data directory"):
            backup(settings, tmp_path / "data" / "backup")
        report = backup(settings, tmp_path / "good")
        assert report.vectors == "none yet" and report.revision

    elsewhere = Settings(data_dir=tmp_path / "new", database=DatabaseSettings(url=f"sqlite:///{tmp_path}/new.db"))
    (tmp_path / "good" / "data" / "secret_key").write_text("tampered")
    with pytest.raises(BackupError, match="damaged.*changed: data/secret_key"):
        restore(elsewhere, tmp_path / "good")
    (tmp_path / "good" / MANIFEST).unlink()
    with pytest.raises(BackupError, match="did not finish"):
        restore(elsewhere, tmp_path / "good")
    assert not (tmp_path / "new").exists()  # nothing was written


def test_the_commands_are_on_the_command_line(tmp_path):
    for command in ("backup", "restore", "upgrade"):
        result = subprocess.run([sys.executable, "-m", "appliance.cli", command, "--help"], capture_output=True,
                                text=True, check=False)
        assert result.returncode == 0 and "usage: appliance " + command in result.stdout
    env = {**os.environ, "APPLIANCE_DATA_DIR": str(tmp_path / "data"),
           "APPLIANCE_DATABASE__URL": f"sqlite:///{tmp_path / 'data' / 'appliance.db'}"}
    first = subprocess.run([sys.executable, "-m", "appliance.cli", "upgrade"], env=env, capture_output=True,
                           text=True, check=False)
    assert first.returncode == 0 and "upgraded from empty to" in first.stdout, first.stderr
    refused = subprocess.run([sys.executable, "-m", "appliance.cli", "restore", str(tmp_path / "nothing")], env=env,
                             capture_output=True, text=True, check=False)
    assert refused.returncode == 2 and "not a backup" in refused.stderr
