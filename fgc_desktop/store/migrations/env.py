"""Alembic's entry point. The app passes its own connection in ``config.attributes``."""

from alembic import context
from sqlalchemy import create_engine

from fgc_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection):
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url") or ""
    with create_engine(url).begin() as own_connection:
        _run(own_connection)
