"""The demo dataset: Kent's registers, plans, exercises and incidents from the committee papers (people invented)."""
