"""Storage: SQLAlchemy models, engine and session factory, Alembic migrations, backup. Imports nothing else of ours."""
