"""Incident mode: starting an incident, the recovery clock, cards, sitreps and the decision log."""
