"""Persistence: SQLAlchemy models, the engine, migrations, queries and the audit trail."""
