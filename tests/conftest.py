import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


# --------------------------------------------------------------------------------------------- databases
# The database-facing tests run on SQLite and, when APPLIANCE_TEST_POSTGRES_URL names a PostgreSQL server (CI starts
# one with scripts/start-test-postgres), on PostgreSQL too: ask for `database_url` (one test) or
# `module_database_url` (a module-scoped app or container). Each PostgreSQL run gets a database of its own, created
# and dropped here; while it lives, APPLIANCE_DATABASE__URL names it, so Settings() built by the test, by the app and
# by any child process the test starts use it.

import contextlib  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

POSTGRES_URL_ENV = "APPLIANCE_TEST_POSTGRES_URL"
DATABASE_URL_ENV = "APPLIANCE_DATABASE__URL"
DATABASES = ("sqlite", "postgresql")


def postgres_server_url() -> str:
    """The test PostgreSQL server's URL; skips the test when none is configured, fails it under CI=true."""
    url = os.environ.get(POSTGRES_URL_ENV, "")
    if not url:
        reason = f"no PostgreSQL for the tests: set {POSTGRES_URL_ENV} (eval \"$(scripts/start-test-postgres)\")"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI must run the PostgreSQL suites")
        pytest.skip(reason)
    return url


@contextlib.contextmanager
def fresh_database(kind: str, folder: Path) -> Iterator[str]:
    """A new, empty database of ``kind`` ("sqlite": a file in ``folder``; "postgresql": a database of its own on
    the test server, dropped afterwards) with APPLIANCE_DATABASE__URL pointing at it meanwhile."""
    if kind == "sqlite":
        url = f"sqlite:///{folder / 'appliance.db'}"
        with _env(DATABASE_URL_ENV, url):
            yield url
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(postgres_server_url())
    name = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = server.set(database=name).render_as_string(hide_password=False)
        with _env(DATABASE_URL_ENV, url):
            yield url
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@contextlib.contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


@pytest.fixture(params=DATABASES)
def database_url(request, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """An empty database for one test, on each of SQLite and PostgreSQL."""
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=DATABASES)
def module_database_url(request, tmp_path_factory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """An empty database shared by one module's tests, on each of SQLite and PostgreSQL."""
    with fresh_database(request.param, tmp_path_factory.mktemp("db")) as url:
        yield url
