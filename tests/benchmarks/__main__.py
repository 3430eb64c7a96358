"""`python -m tests.benchmarks [--quick | --size tiny|quick|county] [--repeat N] [--only NAME]`: see runner.py."""

from tests.benchmarks.runner import main

raise SystemExit(main())
