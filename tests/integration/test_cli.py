"""The command line refuses bad input with a clear message and exit status 2, changing nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("APPLIANCE_")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "appliance.cli", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("name,value,expected", [
    ("APPLIANCE_INFERENCE__BACKEND", "gpt", "inference.backend"),
    ("APPLIANCE_SECURITY__SECRET_KEY", "changeme", "secret_key is too weak"),
    ("APPLIANCE_RETRIEVAL__DENSE_CANDIDATES", "many", "retrieval.dense_candidates"),
])
def test_malformed_settings_are_named(tmp_path, name, value, expected):
    result = run("ask", "Q-1", "hello", "--data-dir", str(tmp_path), env={name: value})
    assert result.returncode == 2
    assert "invalid settings" in result.stderr and expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not any(tmp_path.iterdir())  # nothing created


def test_missing_embedder_model_names_the_folder(tmp_path):
    missing = tmp_path / "models" / "bge-m3"
    result = run("ask", "Q-1", "hello", "--data-dir", str(tmp_path / "data"),
                 env={"APPLIANCE_RETRIEVAL__EMBEDDER_PATH": str(missing)})
    assert result.returncode == 2
    assert str(missing) in result.stderr and "Traceback" not in result.stderr


def test_unknown_quote_and_bad_scenario(tmp_path):
    result = run("eval", str(tmp_path))
    assert result.returncode == 2 and "scenario.json is missing" in result.stderr


def test_create_admin_refuses_a_short_password(tmp_path):
    result = run("create-admin", "--email", "boss@example.com", "--data-dir", str(tmp_path),
                 env={"APPLIANCE_ADMIN_PASSWORD": "short"})
    assert result.returncode == 2 and "password" in result.stderr
