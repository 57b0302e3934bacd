"""`prepare_model` for real: the packaged SmolLM2 GGUF converted into a Hugging Face folder vLLM loads.

Slow (about 45 s to 3 min on 2 cores, 1.2 GB of memory): the conversion runs once per module into a tmp folder.
The time it took is printed (run with -s to see it); nothing asserts on it.
"""

from __future__ import annotations

import json
import shutil
import struct
import time
from pathlib import Path

import pytest

from appliance.models import STAMP_NAME, prepare_model, prepared_model_folder, sha256_file, verify_models

REPO_MODELS = Path(__file__).resolve().parents[2] / "models"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    models_dir = tmp_path_factory.mktemp("models")
    shutil.copy(REPO_MODELS / "manifest.json", models_dir / "manifest.json")
    started = time.perf_counter()
    report = prepare_model(models_dir)
    elapsed = time.perf_counter() - started
    print(f"\nprepare_model: {elapsed:.1f} s\n{report}")
    return models_dir, report


def _safetensors_header(path: Path) -> dict:  # type: ignore[type-arg]
    with open(path, "rb") as handle:
        (length,) = struct.unpack("<Q", handle.read(8))
        return json.loads(handle.read(length))


def test_the_folder_holds_config_safetensors_and_tokenizer(prepared: tuple[Path, str]) -> None:
    models_dir, report = prepared
    folder = prepared_model_folder(models_dir)
    assert folder == models_dir / "prepared" / "smollm2-135m-instruct"
    for name in ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json", "chat_template.jinja"):
        assert (folder / name).is_file(), name
        assert sha256_file(folder / name) in report  # the report prints every file's sha256
    assert str(folder.resolve()) in report
    assert not list(folder.parent.glob(".*partial")) and not list(folder.parent.glob(".*old"))


def test_no_quantization_remains(prepared: tuple[Path, str]) -> None:
    folder = prepared_model_folder(prepared[0])
    config = json.loads((folder / "config.json").read_text())
    assert "quantization_config" not in config
    assert config["architectures"] == ["LlamaForCausalLM"]
    header = _safetensors_header(folder / "model.safetensors")
    dtypes = {value["dtype"] for key, value in header.items() if key != "__metadata__"}
    assert dtypes == {"F32"}  # dequantized: no GGUF block types left
    assert "model.embed_tokens.weight" in header


def test_stamp_records_the_source_and_every_file(prepared: tuple[Path, str]) -> None:
    folder = prepared_model_folder(prepared[0])
    stamp = json.loads((folder / STAMP_NAME).read_text())
    assert stamp["source"]["sha256"] == "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
    assert stamp["versions"]["transformers"]
    for name, info in stamp["files"].items():
        assert sha256_file(folder / name) == info["sha256"]


def test_verify_accepts_it_and_a_second_prepare_does_nothing(prepared: tuple[Path, str]) -> None:
    models_dir, _ = prepared
    ok, text = verify_models(models_dir, "cpu")
    assert ok, text
    assert "ok       model.safetensors" in text
    folder = prepared_model_folder(models_dir)
    before = (folder / "model.safetensors").stat().st_mtime_ns
    again = prepare_model(models_dir)
    assert again.startswith("Already prepared")
    assert (folder / "model.safetensors").stat().st_mtime_ns == before


def test_verify_notices_a_changed_prepared_file(prepared: tuple[Path, str], tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    shutil.copytree(prepared[0], models_dir)
    config = models_dir / "prepared" / "smollm2-135m-instruct" / "config.json"
    config.write_text(config.read_text().replace('"silu"', '"gelu"'))
    ok, text = verify_models(models_dir, "cpu")
    assert not ok
    assert f"WRONG    {config}" in text


def test_transformers_loads_the_prepared_folder_without_gguf(prepared: tuple[Path, str]) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder = prepared_model_folder(prepared[0])
    tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(str(folder), local_files_only=True)
    assert getattr(model, "hf_quantizer", None) is None
    prompt = tokenizer.apply_chat_template([{"role": "user", "content": "Say hello."}], tokenize=False,
                                           add_generation_prompt=True)
    assert prompt.rstrip().endswith("<|im_start|>assistant")
    inputs = tokenizer(prompt, return_tensors="pt")
    with torch.no_grad():
        logits = model(**inputs).logits
    assert logits.shape[-1] == model.config.vocab_size
    assert torch.isfinite(logits).all()
