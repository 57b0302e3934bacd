"""`appliance backup DIR`, `appliance restore DIR` and `appliance upgrade`.

A backup is a folder holding everything an appliance needs to come back as it was:

* ``database.sqlite`` (SQLite's online backup API: a consistent copy while the server keeps running) or
  ``database.pgdump`` (``pg_dump --format=custom``: one consistent snapshot of a running PostgreSQL);
* ``vectors.db/``: the Milvus-lite folder, copied while its write gate is held (see ``milvus_store.write_gate``):
  vector writes, ingestion's and the quote index's, wait while the copy runs and none is half-flushed. The copy is
  then opened and checked: every ready source without an unfinished job has exactly its passage count of vectors;
* ``data/``: every other file of the data directory: stored uploads, avatars, the generated secret key (mode
  0600 kept), anything else features keep there; caches (``models/``, converted model weights) are left out;
* ``manifest.json``, written last: what the backup holds, the schema revision, and the SHA-256 of every file.
  A folder without it is an unfinished backup and ``restore`` refuses it.

The database is dumped while the vector gate is held, so the two agree, except for what a crash would leave: a job
whose vectors were written but whose outcome was not yet committed is unfinished in the dump, and the restored
appliance re-runs it (jobs are their own intent log, see ``ingestion/jobs.py``).

With a Milvus server (``retrieval.vector_uri`` = http://...) the vectors live in that server: back it up with
Milvus' own tools; the backup says it holds no vectors. Settings given in the environment (a secret key, a
database password) are not in the data directory and not in the backup: keep them with your deployment.

``restore`` writes into an empty data directory (and, for PostgreSQL, an empty database) only, checks every
checksum first, and runs the migrations afterwards, so a backup of an older version restores into a newer one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from appliance.settings import Settings

MANIFEST = "manifest.json"
FORMAT = "closing-agent-backup"
FORMAT_VERSION = 1
SQLITE_FILE = "database.sqlite"
PG_FILE = "database.pgdump"
VECTORS_DIR = "vectors.db"
DATA_DIR = "data"
CACHES = frozenset({"models"})  # rebuilt on start; large
GATE_TIMEOUT_SECONDS = 600.0


class BackupError(Exception):
    """The backup or restore cannot be done; the message says why and what to do."""


@dataclass
class BackupReport:
    folder: Path
    database: str
    files: int = 0
    bytes: int = 0
    vectors: str = ""
    revision: str | None = None
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------- backup


def backup(settings: Settings, target: Path) -> BackupReport:
    """Write a backup of the appliance configured by ``settings`` into ``target`` (absent or empty)."""
    from appliance.retrieval.milvus_store import WRITE_GATE_SUFFIX, write_gate

    started = time.monotonic()
    target = Path(target)
    data_dir = settings.data_dir.resolve()
    if not data_dir.is_dir():
        raise BackupError(f"the data directory {data_dir} does not exist: nothing to back up")
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} is not empty: back up into a new or empty folder")
    if _inside(target.resolve(), data_dir):
        raise BackupError(f"{target} is inside the data directory {data_dir}: choose a folder outside it")
    target.mkdir(parents=True, exist_ok=True)
    os.chmod(target, 0o700)  # it holds the secret key and every buyer conversation

    url = settings.database_url
    kind = _database_kind(url)
    report = BackupReport(folder=target, database=kind)
    vectors = _local_vectors(settings)
    gate = Path(str(vectors) + WRITE_GATE_SUFFIX) if vectors else None
    with _timed_gate(write_gate, gate):
        if kind == "sqlite":
            _sqlite_backup(_sqlite_path(url), target / SQLITE_FILE)
        else:
            _pg_dump(url, target / PG_FILE)
        expected: dict[int, int] = {}
        if vectors is not None and vectors.exists():
            shutil.copytree(vectors, target / VECTORS_DIR, ignore=shutil.ignore_patterns("LOCK"))
            report.vectors = "milvus-lite"
            expected = _expected_vectors(url)
        elif vectors is not None:
            report.vectors = "none yet"
        else:
            report.vectors = "server"
            report.notes.append(f"the vectors live in the Milvus server {settings.vector_uri}: back it up with "
                                "Milvus' own tools (milvus-backup)")
    if report.vectors == "milvus-lite":
        _check_vectors(target, settings.retrieval.collection, expected)
    skip = {p.resolve() for p in (vectors, gate) if p is not None}
    if kind == "sqlite":
        db = _sqlite_path(url)
        skip |= {db.resolve(), Path(f"{db}-wal").resolve(), Path(f"{db}-shm").resolve(),
                 Path(f"{db}-journal").resolve()}
    _copy_data(data_dir, target / DATA_DIR, skip)
    report.revision = _revision_of_backup(target, kind)
    files = _checksums(target)
    report.files, report.bytes = len(files), sum(size for _, size in files.values())
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "database": kind,
        "vectors": report.vectors,
        "collection": settings.retrieval.collection,
        "schema_revision": report.revision,
        "files": {name: {"sha256": digest, "bytes": size} for name, (digest, size) in sorted(files.items())},
    }
    _write_private(target / MANIFEST, json.dumps(manifest, indent=2) + "\n")
    report.seconds = round(time.monotonic() - started, 2)
    return report


def _timed_gate(gate_factory, path: Path | None):  # type: ignore[no-untyped-def]
    """The exclusive vector gate, or an error naming the wait when a write holds it for too long."""
    import contextlib
    import fcntl

    if path is None:
        return gate_factory(None, exclusive=True)

    @contextlib.contextmanager
    def held():  # type: ignore[no-untyped-def]
        with open(path, "a+b") as handle:
            deadline = time.monotonic() + GATE_TIMEOUT_SECONDS
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise BackupError(f"a vector write has held {path} for {GATE_TIMEOUT_SECONDS:.0f} s: "
                                          "try again when ingestion is quieter") from None
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    return held()


def _sqlite_backup(source: Path, destination: Path) -> None:
    if not source.exists():
        raise BackupError(f"the database {source} does not exist: nothing to back up")
    with sqlite3.connect(source, timeout=30) as src, sqlite3.connect(destination) as dst:
        src.backup(dst)
        (ok,) = dst.execute("PRAGMA integrity_check").fetchone()
        if ok != "ok":
            raise BackupError(f"the copied database fails its integrity check: {ok}")
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    os.chmod(destination, 0o600)


def _pg_dump(url: str, destination: Path) -> None:
    args, env = _libpq(url)
    _run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", f"--file={destination}", args],
         env, "pg_dump")
    os.chmod(destination, 0o600)


def _expected_vectors(url: str) -> dict[int, int]:
    """Passages per ready source with no unfinished job, read while the vector gate is held: their vectors were
    flushed before they became ready, and nothing may change them until the gate opens."""
    from sqlmodel import Session, select

    from appliance.db import create_db_engine
    from appliance.domain.knowledge import IngestionJob, KnowledgeSource, SourceStatus
    from appliance.ingestion.jobs import UNFINISHED

    engine = create_db_engine(url)
    try:
        with Session(engine) as session:
            busy = set(session.exec(select(IngestionJob.source_id).where(UNFINISHED)).all())
            ready = session.exec(select(KnowledgeSource).where(KnowledgeSource.status == SourceStatus.READY)).all()
            return {int(s.id): s.passage_count for s in ready if s.id not in busy}  # type: ignore[arg-type]
    finally:
        engine.dispose()


def _check_vectors(target: Path, collection: str, expected: dict[int, int]) -> None:
    """Open (a scratch copy of) the copied Milvus-lite folder and compare its vectors with the database."""
    with tempfile.TemporaryDirectory(prefix="appliance-backup-check-") as scratch:
        copy = Path(scratch) / VECTORS_DIR
        shutil.copytree(target / VECTORS_DIR, copy)
        counts = _vector_counts(copy, collection, sorted(expected))
    wrong = {sid: (want, counts.get(sid, 0)) for sid, want in expected.items() if counts.get(sid, 0) != want}
    if wrong:
        detail = ", ".join(f"source {sid}: {want} passages, {got} vectors" for sid, (want, got) in wrong.items())
        raise BackupError(f"the copied vectors do not match the database ({detail}); run the backup again")


def _vector_counts(folder: Path, collection: str, source_ids: list[int]) -> dict[int, int]:
    from milvus_lite.server_manager import server_manager_instance
    from pymilvus import MilvusClient

    client = MilvusClient(uri=str(folder))
    try:
        if not client.has_collection(collection):
            return {}
        client.load_collection(collection)
        counts: dict[int, int] = {}
        for source_id in source_ids:
            [row] = client.query(collection, filter=f'doc_kind == "source" and doc_id == {int(source_id)}',
                                 output_fields=["count(*)"])
            counts[source_id] = int(row["count(*)"])
        return counts
    finally:
        client.close()
        server_manager_instance.release_server(str(folder))


def _copy_data(data_dir: Path, destination: Path, skip: set[Path]) -> None:
    destination.mkdir(mode=0o700)
    for entry in sorted(data_dir.iterdir()):
        if entry.resolve() in skip or entry.name in CACHES or entry.name.endswith(".write-gate"):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, destination / entry.name, symlinks=True)
        elif entry.is_file():
            shutil.copy2(entry, destination / entry.name)


# --------------------------------------------------------------------------------------------- restore


def restore(settings: Settings, source: Path) -> BackupReport:
    """Restore the backup in ``source`` into the empty data directory (and database) ``settings`` name."""
    started = time.monotonic()
    source = Path(source)
    manifest = _read_manifest(source)
    _verify(source, manifest)
    data_dir = settings.data_dir
    if data_dir.exists() and any(data_dir.iterdir()):
        raise BackupError(f"the data directory {data_dir} is not empty: restore into a new or empty one "
                          "(move the current one aside first)")
    url = settings.database_url
    kind = _database_kind(url)
    if kind != manifest["database"]:
        raise BackupError(f"the backup holds a {manifest['database']} database but this appliance is configured "
                          f"for {kind}: set APPLIANCE_DATABASE__URL accordingly")
    vectors = _local_vectors(settings)
    if manifest["vectors"] == "milvus-lite" and vectors is None:
        raise BackupError("the backup holds Milvus-lite vectors but this appliance uses a Milvus server: leave "
                          "APPLIANCE_RETRIEVAL__VECTOR_URI empty to restore them")
    if kind == "postgresql":
        _require_empty_postgres(url)
    data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    _copy_tree_contents(source / DATA_DIR, data_dir)
    if kind == "sqlite":
        db = _sqlite_path(url)
        if db.exists():
            raise BackupError(f"the database file {db} already exists: restore into an empty place")
        db.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / SQLITE_FILE, db)
    else:
        args, env = _libpq(url)
        _run([_pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
              f"--dbname={args}", str(source / PG_FILE)], env, "pg_restore")
    report = BackupReport(folder=source, database=kind, vectors=manifest["vectors"])
    if manifest["vectors"] == "milvus-lite" and vectors is not None:
        if vectors.exists():
            raise BackupError(f"the vector folder {vectors} already exists: restore into an empty place")
        vectors.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source / VECTORS_DIR, vectors)
    elif manifest["vectors"] == "server":
        report.notes.append("the backup holds no vectors (they were in a Milvus server): restore that server "
                            "with Milvus' own tools")
    before, after = upgrade(settings)
    moved = _relocate_stored_files(settings)
    if moved:
        report.notes.append(f"{moved} stored file path(s) now point into {settings.files_dir}")
    report.revision = after
    if before != after:
        report.notes.append(f"schema upgraded from {before} to {after}")
    report.files = len(manifest["files"])
    report.bytes = sum(int(f["bytes"]) for f in manifest["files"].values())
    report.seconds = round(time.monotonic() - started, 2)
    return report


def _read_manifest(source: Path) -> dict[str, Any]:
    path = source / MANIFEST
    if not path.is_file():
        raise BackupError(f"{source} holds no {MANIFEST}: it is not a backup, or the backup did not finish")
    try:
        manifest = json.loads(path.read_text())
    except ValueError as exc:
        raise BackupError(f"{path} is damaged ({exc})") from None
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"{source} is not a backup this version can restore "
                          f"(format {manifest.get('format')!r} version {manifest.get('format_version')!r})")
    return manifest


def _verify(source: Path, manifest: dict[str, Any]) -> None:
    found = _checksums(source)
    listed = manifest["files"]
    missing = sorted(set(listed) - set(found))
    extra = sorted(set(found) - set(listed))
    changed = sorted(name for name in set(listed) & set(found) if found[name][0] != listed[name]["sha256"])
    if missing or changed or extra:
        parts = [f"{label}: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}"
                 for label, names in (("missing", missing), ("changed", changed), ("unexpected", extra)) if names]
        raise BackupError(f"the backup in {source} is damaged ({'; '.join(parts)}); nothing was restored")


def _require_empty_postgres(url: str) -> None:
    from sqlalchemy import inspect

    from appliance.db import create_db_engine

    engine = create_db_engine(url)
    try:
        tables = inspect(engine).get_table_names()
    except Exception as exc:
        raise BackupError(f"cannot reach the PostgreSQL database: {exc}") from None
    finally:
        engine.dispose()
    if tables:
        raise BackupError(f"the PostgreSQL database is not empty ({len(tables)} tables): restore into a new, "
                          "empty database (createdb) and point APPLIANCE_DATABASE__URL at it")


def _copy_tree_contents(source: Path, destination: Path) -> None:
    for entry in sorted(source.iterdir()):
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, destination / entry.name, symlinks=True)
        else:
            shutil.copy2(entry, destination / entry.name)


def _relocate_stored_files(settings: Settings) -> int:
    """Point every stored file's row at its copy in this data directory. Rows hold absolute paths
    (``knowledge.store_file``), which name the backed-up appliance's folder; files are stored by their SHA-256."""
    from sqlmodel import Session, select

    from appliance.db import create_db_engine
    from appliance.domain.knowledge import StoredFile

    files_dir = settings.files_dir.resolve()
    engine = create_db_engine(settings.database_url)
    moved = 0
    try:
        with Session(engine) as session:
            for stored in session.exec(select(StoredFile)).all():
                here = files_dir / stored.sha256
                if stored.storage_path != str(here) and here.is_file():
                    stored.storage_path = str(here)
                    session.add(stored)
                    moved += 1
            session.commit()
    finally:
        engine.dispose()
    return moved


# --------------------------------------------------------------------------------------------- upgrade


def upgrade(settings: Settings) -> tuple[str | None, str | None]:
    """Run the migrations to the newest revision; returns (revision before, revision after)."""
    from appliance.db import create_db_engine, migrate

    engine = create_db_engine(settings.database_url)
    try:
        before = _revision(engine)
        migrate(engine)
        return before, _revision(engine)
    finally:
        engine.dispose()


def _revision(engine) -> str | None:  # type: ignore[no-untyped-def]
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _revision_of_backup(target: Path, kind: str) -> str | None:
    if kind != "sqlite":
        return None  # in the dump; restore upgrades it anyway
    with sqlite3.connect(target / SQLITE_FILE) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return row[0] if row else None


# --------------------------------------------------------------------------------------------- helpers


def _database_kind(url: str) -> str:
    name = make_url(url).get_backend_name()
    if name not in ("sqlite", "postgresql"):
        raise BackupError(f"backups support SQLite and PostgreSQL, not {name}")
    return name


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(database)


def _local_vectors(settings: Settings) -> Path | None:
    uri = settings.vector_uri
    return Path(uri).expanduser().resolve() if uri.endswith(".db") else None


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password (which goes in PGPASSWORD, never on a command line)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password is not None:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    if candidates:
        return str(candidates[-1])
    raise BackupError(f"{name} is not installed (apt-get install postgresql-client)")


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{what} failed (exit {result.returncode}): {result.stderr.strip()[-800:]}")


def _checksums(folder: Path) -> dict[str, tuple[str, int]]:
    """SHA-256 and size of every file under ``folder`` except the manifest itself."""
    out: dict[str, tuple[str, int]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink() or path == folder / MANIFEST:
            continue
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        out[path.relative_to(folder).as_posix()] = (digest.hexdigest(), path.stat().st_size)
    return out


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents
