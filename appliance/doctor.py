"""`appliance doctor`: check an install and say what is wrong and how to fix it.

Each check is a function of the settings (and paths) that returns `Finding`s; nothing here changes the install.
Checks: the Python packages against the lock (`requirements/appliance.lock`) and torch being the CPU build where no
GPU profile is configured; the model files against `models/manifest.json`; the data directory (exists, writable, free
space, the secret key's permissions); the database (reachable, schema at the code's migration head); the model
server when the OpenAI-compatible backend is configured (reachable, serves the configured model).

The vector store is not opened: Milvus-lite locks its file to one process, and the appliance may be running.
"""

from __future__ import annotations

import os
import sys
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from appliance.lockfile import differences, installed_versions, read_lock
from appliance.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LOCK = REPO_ROOT / "requirements" / "appliance.lock"
MIN_FREE_BYTES = 2 * 1024**3  # below this, ingestion and the vector store soon fail: a warning
CRITICAL_FREE_BYTES = 256 * 1024**2  # below this, SQLite's WAL and uploads fail: an error


class Status(Enum):
    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Finding:
    check: str
    status: Status
    detail: str
    fix: str = ""


def check_packages(lock_path: Path = DEFAULT_LOCK) -> list[Finding]:
    """Installed packages against the lock, and torch being the CPU build."""
    name = "python packages"
    findings: list[Finding] = []
    installed = installed_versions()
    if not lock_path.is_file():
        findings.append(Finding(name, Status.WARN, f"no lock file at {lock_path} (installed from a wheel?): "
                                "versions not checked"))
    else:
        found = differences(read_lock(lock_path), installed)
        if found:
            shown = "; ".join(map(str, found[:8])) + (f"; and {len(found) - 8} more" if len(found) > 8 else "")
            findings.append(Finding(name, Status.FAIL, f"{len(found)} package(s) differ from {lock_path.name}: {shown}",
                                    f"{_pip()} install --require-hashes --no-deps -r {lock_path} (or re-run "
                                    "scripts/setup)"))
        else:
            findings.append(Finding(name, Status.OK, f"every package in {lock_path.name} is installed at its version"))
    torch_version = installed.get("torch")
    if torch_version is None:
        findings.append(Finding("torch", Status.FAIL, "torch is not installed",
                                f"{_pip()} install torch==2.13.0 (the CPU build; see scripts/setup)"))
    elif not torch_version.endswith("+cpu"):
        findings.append(Finding("torch", Status.WARN, f"torch {torch_version} is not the CPU build: fine on a GPU "
                                "box, several GB of CUDA libraries otherwise", "scripts/setup installs torch==2.13.0+cpu"))
    else:
        findings.append(Finding("torch", Status.OK, f"torch {torch_version}"))
    return findings


def check_models(models_dir: Path) -> list[Finding]:
    from appliance.models import ModelMissing, verify_models

    try:
        ok, report = verify_models(models_dir)
    except (ModelMissing, OSError, ValueError, KeyError) as error:
        return [Finding("models", Status.FAIL, f"cannot read the manifest in {models_dir}: {error}",
                        "run from the appliance's folder, or pass --models-dir")]
    if ok:
        summary = next((line for line in report.splitlines() if line.startswith("OK:")), "verified")
        return [Finding("models", Status.OK, summary.removeprefix("OK: "))]
    problems = [line.strip() for line in report.splitlines()
                if any(word in line for word in ("MISSING", "WRONG", "UNRECORDED"))]
    return [Finding("models", Status.FAIL, "; ".join(problems[:5]) or "verification failed",
                    f"appliance models verify --models-dir {models_dir} shows each file and its fix")]


def check_data_dir(settings: Settings, *, min_free: int = MIN_FREE_BYTES,
                   critical_free: int = CRITICAL_FREE_BYTES) -> list[Finding]:
    name = "data directory"
    folder = settings.data_dir.resolve()
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if not folder.exists():
        if existing is None or not os.access(existing, os.W_OK):
            return [Finding(name, Status.FAIL, f"{folder} does not exist and {existing} is not writable",
                            f"create it: mkdir -p {folder} && chown <the appliance's user> {folder}")]
        findings = [Finding(name, Status.WARN, f"{folder} does not exist yet (created on first start)")]
    elif not folder.is_dir():
        return [Finding(name, Status.FAIL, f"{folder} is not a directory", "set APPLIANCE_DATA_DIR to a folder")]
    elif not os.access(folder, os.W_OK | os.X_OK):
        return [Finding(name, Status.FAIL, f"{folder} is not writable by this user",
                        f"chown -R <the appliance's user> {folder}")]
    else:
        findings = [Finding(name, Status.OK, f"{folder} is writable")]
    free = shutil.disk_usage(existing or folder).free
    gib = free / 1024**3
    if free < critical_free:
        findings.append(Finding("free space", Status.FAIL, f"{gib:.2f} GiB free under {folder}: the database and "
                                "uploads will fail", "free space or move APPLIANCE_DATA_DIR to a larger disk"))
    elif free < min_free:
        findings.append(Finding("free space", Status.WARN, f"{gib:.2f} GiB free under {folder}: ingestion may run "
                                "out", "free space or move APPLIANCE_DATA_DIR to a larger disk"))
    else:
        findings.append(Finding("free space", Status.OK, f"{gib:.1f} GiB free"))
    key = folder / "secret_key"
    if key.is_file() and key.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        findings.append(Finding("secret key", Status.FAIL, f"{key} can be read by other users "
                                f"(mode {oct(key.stat().st_mode & 0o777)})", f"chmod 600 {key}"))
    return findings


def check_database(settings: Settings) -> list[Finding]:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from appliance.db import alembic_config, create_db_engine

    url = settings.database_url
    shown = url.split("@")[-1] if "@" in url else url  # never print a password
    if url.startswith("sqlite") and not Path(url.split("///", 1)[-1]).exists():
        return [Finding("database", Status.WARN, f"{shown} does not exist yet (created and migrated on first start)")]
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            current = MigrationContext.configure(connection).get_current_heads()
        heads = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    except SQLAlchemyError as error:
        return [Finding("database", Status.FAIL, f"cannot reach {shown}: {str(error).splitlines()[0]}",
                        "check APPLIANCE_DATABASE__URL, the server and its credentials")]
    finally:
        engine.dispose()
    if set(current) == set(heads):
        return [Finding("database", Status.OK, f"{shown} reachable, schema at {', '.join(heads)}")]
    if not current:
        return [Finding("database", Status.WARN, f"{shown} reachable but empty (migrated on first start)",
                        "appliance upgrade")]
    newer = set(current) - set(heads)
    if newer:
        return [Finding("database", Status.FAIL, f"{shown} is at {', '.join(sorted(newer))}, newer than this code "
                        f"({', '.join(heads)})", "run the appliance version that wrote it, or restore a backup")]
    return [Finding("database", Status.FAIL, f"{shown} is at {', '.join(current)}, the code expects "
                    f"{', '.join(heads)}", "back up, then run `appliance upgrade` (migrations)")]


def check_model_server(settings: Settings, *, timeout: float = 5.0) -> list[Finding]:
    import httpx

    inference = settings.inference
    if inference.backend != "openai":
        return [Finding("model server", Status.OK, "embedded CPU backend: no server to reach")]
    url = inference.base_url.rstrip("/") + "/models"
    headers = {}
    if inference.api_key.get_secret_value():
        headers["Authorization"] = f"Bearer {inference.api_key.get_secret_value()}"
    try:
        response = httpx.get(url, headers=headers, timeout=timeout)
    except httpx.HTTPError as error:
        return [Finding("model server", Status.FAIL, f"cannot reach {url}: {error.__class__.__name__}: {error}",
                        "start vLLM (compose/ or scripts/setup-vllm-cpu) or fix APPLIANCE_INFERENCE__BASE_URL")]
    if response.status_code != 200:
        return [Finding("model server", Status.FAIL, f"{url} answered HTTP {response.status_code}",
                        "check APPLIANCE_INFERENCE__API_KEY and the server's logs")]
    try:
        served = [m.get("id", "") for m in response.json().get("data", [])]
    except (ValueError, AttributeError):
        return [Finding("model server", Status.FAIL, f"{url} did not answer with an OpenAI model list",
                        "APPLIANCE_INFERENCE__BASE_URL must be the API root, e.g. http://host:8001/v1")]
    if inference.model and inference.model not in served:
        return [Finding("model server", Status.FAIL, f"{url} serves {served or 'no model'}, not the configured "
                        f"'{inference.model}'", "set APPLIANCE_INFERENCE__MODEL to one of the served names")]
    return [Finding("model server", Status.OK, f"{url} serves {', '.join(served) or 'a model'}")]


def run_checks(settings: Settings, *, models_dir: Path, lock_path: Path = DEFAULT_LOCK) -> list[Finding]:
    checks: list[Callable[[], list[Finding]]] = [
        lambda: check_packages(lock_path),
        lambda: check_models(models_dir),
        lambda: check_data_dir(settings),
        lambda: check_database(settings),
        lambda: check_model_server(settings),
    ]
    findings: list[Finding] = []
    for check in checks:
        findings.extend(check())
    return findings


def report(findings: list[Finding]) -> str:
    lines = []
    for finding in findings:
        lines.append(f"{finding.status.value:<5} {finding.check}: {finding.detail}")
        if finding.fix and finding.status is not Status.OK:
            lines.append(f"      fix: {finding.fix}")
    failed = sum(f.status is Status.FAIL for f in findings)
    warned = sum(f.status is Status.WARN for f in findings)
    lines.append("")
    lines.append(f"{failed} problem(s), {warned} warning(s)" if failed or warned else "everything checked is fine")
    return "\n".join(lines)


def _pip() -> str:
    return f"{Path(sys.executable)} -m pip"
