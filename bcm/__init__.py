"""The domain: scoring, review and due rules, plan rules, lessons, incident log rules, and the services (use cases)."""

__version__ = "0.1.0"
