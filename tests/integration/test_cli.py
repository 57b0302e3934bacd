"""The command line refuses bad input with a clear message and exit status 2, changing nothing."""

from __future__ import annotations

import json
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


def test_several_scenarios_need_a_report_folder(tmp_path):
    result = run("eval", str(tmp_path / "a"), str(tmp_path / "b"))
    assert result.returncode == 2 and "--json-dir" in result.stderr and "Traceback" not in result.stderr
    result = run("eval", str(tmp_path / "a"), str(tmp_path / "b"), "--json-dir", str(tmp_path / "out"),
                 "--json-out", str(tmp_path / "one.json"))
    assert result.returncode == 2 and "--json-out names one report" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_a_batch_of_scenarios_reports_each_and_names_the_one_that_failed(tmp_path):
    from tests.integration.scenario_stack import write_scenario

    (tmp_path / "kiosk-supply").mkdir()
    good = write_scenario(
        tmp_path / "kiosk-supply", name="kiosk-supply",
        articles={"warranty.md": ("Warranty", "# Warranty\n\nEvery kiosk carries a 3-year warranty on parts.\n")},
        quote={"number": "K-1", "title": "Kiosks", "buyer_company": "Stadtwerke Nord", "created_on": "2026-11-01",
               "expires_on": "2026-12-31", "terms": "Payment within 30 days.", "notes": "",
               "line_items": [{"sku": "K-20", "name": "Self-service kiosk K-20", "quantity": 2, "unit_price": 9800,
                               "discount_percent": 0}]})
    (good / "questions.jsonl").write_text(
        '{"id": "q1", "question": "How long is the warranty on the kiosks?", "expect": "answer", '
        '"sources": ["warranty.md"], "facts": ["3-year"]}\n')
    broken = tmp_path / "broken"
    broken.mkdir()  # no scenario.json: reported, and the good one's report is still written
    out = tmp_path / "reports"
    result = run("eval", str(broken), str(good), "--json-dir", str(out))
    assert result.returncode == 2 and "1 of 2 scenarios failed: broken" in result.stderr, result.stderr
    report = json.loads((out / "kiosk-supply.json").read_text())
    assert report["scenario"] == "kiosk-supply" and report["per_question"][0]["decision"] == "answer"
    assert not (out / "broken.json").exists()
