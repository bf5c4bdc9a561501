"""`python -m reflekt.cli`, as `reflekt` and `python -m reflekt`."""

from reflekt.cli import run

run()
