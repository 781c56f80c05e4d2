"""``python -m expectgap``: the command line."""

import sys

from expectgap.cli import main

sys.exit(main())
