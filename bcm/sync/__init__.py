"""Offline replicas: a local SQLite file that syncs with a shared server database of the same schema."""
