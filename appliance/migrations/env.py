"""Alembic environment: runs against the engine the appliance hands over (see appliance.db.migrate)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import appliance.domain  # noqa: F401  (registers every table)

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    from sqlmodel import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
