"""Benchmarks at county scale: `make bench` (or `python -m tests.benchmarks --help`). Not part of the pytest run."""
