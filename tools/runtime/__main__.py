"""`python -m tools.runtime [--force]` (make runtime): see tools/runtime/__init__.py."""

import sys

from tools.runtime import main

sys.exit(main(sys.argv[1:]))
