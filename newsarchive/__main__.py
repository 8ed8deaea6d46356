"""Run the ``newsarchive`` command: ``python -m newsarchive ARGS``."""

from __future__ import annotations

import sys

from search_cli.main import main

if __name__ == "__main__":
    sys.exit(main())
