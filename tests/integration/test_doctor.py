"""`appliance doctor` on real installs: a migrated SQLite file, a real HTTP model server, the real lock checker."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from appliance.db import create_db_engine, migrate
from appliance.doctor import (
    Status,
    check_data_dir,
    check_database,
    check_model_server,
    check_packages,
    report,
)
from appliance.settings import DatabaseSettings, InferenceSettings, Settings
from tests.fakes.model_server import MODEL_ID, FakeModelServer

ROOT = Path(__file__).resolve().parents[2]


def _settings(tmp_path: Path, **inference: object) -> Settings:
    return Settings(data_dir=tmp_path / "data", inference=InferenceSettings(**inference))  # type: ignore[arg-type]


def _statuses(findings) -> dict[str, Status]:  # type: ignore[no-untyped-def]
    return {f.check: f.status for f in findings}


def test_a_locked_package_at_another_version_is_a_failure_with_the_fix(tmp_path):
    lock = tmp_path / "appliance.lock"
    lock.write_text("fastapi==0.0.1 \\\n    --hash=sha256:00\nno-such-package-anywhere==1.0 \\\n    --hash=sha256:00\n")
    findings = check_packages(lock)
    packages = next(f for f in findings if f.check == "python packages")
    assert packages.status is Status.FAIL
    assert "fastapi is " in packages.detail and "the lock says 0.0.1" in packages.detail
    assert "no-such-package-anywhere==1.0 is locked but not installed" in packages.detail
    assert "--require-hashes --no-deps -r" in packages.fix


def test_a_missing_lock_is_a_warning_not_a_pass(tmp_path):
    findings = check_packages(tmp_path / "absent.lock")
    assert _statuses(findings)["python packages"] is Status.WARN


def test_data_directory_free_space_and_secret_key_permissions(tmp_path):
    settings = _settings(tmp_path)
    assert _statuses(check_data_dir(settings))["data directory"] is Status.WARN  # not created yet
    settings.data_dir.mkdir()
    key = settings.data_dir / "secret_key"
    key.write_text("x" * 40)
    key.chmod(0o644)
    findings = check_data_dir(settings)
    assert _statuses(findings)["data directory"] is Status.OK
    assert _statuses(findings)["secret key"] is Status.FAIL
    key.chmod(0o600)
    assert "secret key" not in _statuses(check_data_dir(settings))
    tight = check_data_dir(settings, min_free=1 << 62, critical_free=1)
    assert _statuses(tight)["free space"] is Status.WARN
    full = check_data_dir(settings, min_free=1 << 62, critical_free=1 << 61)
    assert _statuses(full)["free space"] is Status.FAIL
    plain_file = tmp_path / "not-a-dir"
    plain_file.write_text("")
    assert _statuses(check_data_dir(Settings(data_dir=plain_file)))["data directory"] is Status.FAIL


def test_database_reachable_and_at_the_migration_head(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    settings = Settings(data_dir=tmp_path, database=DatabaseSettings(url=url))
    assert _statuses(check_database(settings))["database"] is Status.WARN  # no file yet
    engine = create_db_engine(url)
    migrate(engine)
    engine.dispose()
    finding = check_database(settings)[0]
    assert finding.status is Status.OK, finding.detail
    with create_db_engine(url).begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'from_the_future'")
    finding = check_database(settings)[0]
    assert finding.status is Status.FAIL and "newer than this code" in finding.detail


def test_an_unreachable_database_server_is_a_failure_without_its_password(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://appliance:hunter2secret@127.0.0.1:{port}/appliance?connect_timeout=2"
    settings = Settings(data_dir=tmp_path, database=DatabaseSettings(url=url))
    finding = check_database(settings)[0]
    assert finding.status is Status.FAIL
    assert "hunter2secret" not in finding.detail


def test_model_server_reachable_serving_the_configured_model(tmp_path):
    with FakeModelServer() as server:
        ok = check_model_server(_settings(tmp_path, backend="openai", base_url=server.base_url, model=MODEL_ID))[0]
        assert ok.status is Status.OK and MODEL_ID in ok.detail
        wrong = check_model_server(_settings(tmp_path, backend="openai", base_url=server.base_url, model="other"))[0]
        assert wrong.status is Status.FAIL and "not the configured 'other'" in wrong.detail
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    down = check_model_server(_settings(tmp_path, backend="openai", base_url=f"http://127.0.0.1:{port}/v1"),
                              timeout=2)[0]
    assert down.status is Status.FAIL and "cannot reach" in down.detail
    assert check_model_server(_settings(tmp_path))[0].status is Status.OK  # embedded: nothing to reach


def test_the_command_prints_every_check_and_fails_on_a_problem(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "APPLIANCE_INFERENCE__BACKEND": "openai",
           "APPLIANCE_INFERENCE__BASE_URL": "http://127.0.0.1:9/v1"}
    done = subprocess.run([sys.executable, "-m", "appliance.cli", "doctor", "--data-dir", str(data),
                           "--models-dir", str(ROOT / "models")], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    for check in ("python packages", "torch", "models", "data directory", "database", "model server"):
        assert f" {check}:" in done.stdout
    assert "FAIL  model server: cannot reach http://127.0.0.1:9/v1/models" in done.stdout
    assert report([]) == "\neverything checked is fine"
