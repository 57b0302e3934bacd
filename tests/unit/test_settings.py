import pytest
from pydantic import ValidationError

from appliance.settings import Settings


def test_defaults_are_the_embedded_cpu_profile(tmp_path):
    settings = Settings(data_dir=tmp_path)
    assert settings.inference.backend == "embedded"
    assert settings.database_url.startswith("sqlite:///")
    assert settings.vector_uri.endswith("vectors.db")


def test_nested_environment_values(monkeypatch, tmp_path):
    monkeypatch.setenv("APPLIANCE_INFERENCE__BACKEND", "openai")
    monkeypatch.setenv("APPLIANCE_RETRIEVAL__DENSE_CANDIDATES", "33")
    settings = Settings(data_dir=tmp_path)
    assert settings.inference.backend == "openai"
    assert settings.retrieval.dense_candidates == 33


@pytest.mark.parametrize("name,value", [
    ("APPLIANCE_INFERENCE__BACKEND", "gpt"),
    ("APPLIANCE_RETRIEVAL__DENSE_CANDIDATES", "0"),
    ("APPLIANCE_SECURITY__SECRET_KEY", "changeme"),
    ("APPLIANCE_ANSWERING__CLARIFY_THRESHOLD", "0.9"),
    ("APPLIANCE_INFERENCE__BREAKER_FAILURE_THRESHOLD", "0"),
    ("APPLIANCE_INFERENCE__BREAKER_COOLDOWN_SECONDS", "0"),
    ("APPLIANCE_INFERENCE__BREAKER_COOLDOWN_SECONDS", "-5"),
])
def test_malformed_settings_are_refused(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings()


def test_generated_secret_is_kept_private(tmp_path):
    settings = Settings(data_dir=tmp_path)
    key = settings.resolved_secret_key()
    assert len(key) >= 32 and key == settings.resolved_secret_key()
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_breaker_settings_from_the_environment(monkeypatch, tmp_path):
    assert Settings(data_dir=tmp_path).inference.breaker_failure_threshold == 5
    monkeypatch.setenv("APPLIANCE_INFERENCE__BREAKER_FAILURE_THRESHOLD", "2")
    monkeypatch.setenv("APPLIANCE_INFERENCE__BREAKER_COOLDOWN_SECONDS", "7.5")
    inference = Settings(data_dir=tmp_path).inference
    assert (inference.breaker_failure_threshold, inference.breaker_cooldown_seconds) == (2, 7.5)
