"""Alembic migrations on a real SQLite file and a real PostgreSQL database: upgrade to head, down to base and up
again, and the migrated schema matches the models (a model change without its migration fails here)."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlmodel import SQLModel

import appliance.domain  # noqa: F401  (registers every table)
from appliance.db import alembic_config, create_db_engine, migrate


def test_upgrade_downgrade_upgrade_and_the_schema_matches_the_models(database_url):
    engine = create_db_engine(database_url)
    try:
        config = alembic_config(engine)
        head = ScriptDirectory.from_config(config).get_current_head()
        migrate(engine)
        assert _revision(engine) == head
        tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
        assert tables == set(SQLModel.metadata.tables)

        command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        assert _revision(engine) is None

        migrate(engine)
        assert _revision(engine) == head
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
        assert differences == [], f"the models differ from the migrated schema: {differences}"
    finally:
        engine.dispose()


def test_every_revision_steps_down_and_up_one_at_a_time(database_url):
    """Each revision's downgrade undoes exactly its upgrade (walked one step at a time from head)."""
    engine = create_db_engine(database_url)
    try:
        config = alembic_config(engine)
        revisions = list(ScriptDirectory.from_config(config).walk_revisions())  # head first
        migrate(engine)
        for revision in revisions:
            command.downgrade(config, "-1")
            assert _revision(engine) == revision.down_revision
            command.upgrade(config, "+1")
            assert _revision(engine) == revision.revision
            command.downgrade(config, "-1")
        assert _revision(engine) is None
    finally:
        engine.dispose()


def _revision(engine) -> str | None:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
