"""Use cases: each opens one unit of work, applies the domain rules, writes the change and its audit, commits."""
