"""The schema revision this version of the app writes, kept apart from the migration code so that reading it costs
no import of SQLAlchemy or Alembic (the first frame checks a file against it before either is loaded)."""

HEAD = "0003"  # the newest revision in migrations/versions (a test keeps the two in step)
