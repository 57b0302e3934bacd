"""Database engine, sessions and migrations.

SQLite runs in WAL mode with ``synchronous=FULL`` (nothing acknowledged is lost on a crash) and foreign keys on;
PostgreSQL is used as-is by URL. The schema is owned by Alembic (``appliance/migrations``): `migrate()` upgrades to
head, and the app refuses to start on a database newer than the code.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def create_db_engine(url: str) -> Engine:
    """An engine for ``url``; for SQLite the folder is created and the pragmas are set on every connection."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent)."""
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


# --------------------------------------------------------------------------------------------- claims across workers

CLAIM_NAMESPACES = {"ingestion-job": 14_001}  # the first key of pg_try_advisory_lock(int, int): one per kind of work


@contextmanager
def claim(engine: Engine, kind: str, item_id: int) -> Iterator[bool]:
    """Claim one piece of work (e.g. an ingestion job) for this process while the block runs; yields False when
    another process holds it (skip it then).

    On PostgreSQL, several workers share the database: the claim is a session-level advisory lock held on a
    connection of its own for the whole block, so it lasts as long as the work, is released at the end, and dies with
    the worker (a crashed worker's connection closes and its work can be claimed again, which is what makes an
    interrupted job resumable). Not ``SELECT … FOR UPDATE SKIP LOCKED`` on the job row: the job updates its own row
    in several transactions while it runs, and a row lock held by the claim would block them. On SQLite one process
    owns the database and the vector store, so every claim succeeds.
    """
    if engine.dialect.name != "postgresql":
        yield True
        return
    from sqlalchemy import text

    namespace = CLAIM_NAMESPACES[kind]
    with engine.connect() as connection:
        got = bool(connection.execute(text("SELECT pg_try_advisory_lock(:ns, :id)"),
                                      {"ns": namespace, "id": int(item_id)}).scalar())
        connection.commit()
        try:
            yield got
        finally:
            if got:
                connection.execute(text("SELECT pg_advisory_unlock(:ns, :id)"), {"ns": namespace, "id": int(item_id)})
                connection.commit()
