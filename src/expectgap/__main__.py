"""``python -m expectgap``: the command line."""

from expectgap.cli import run

run()
