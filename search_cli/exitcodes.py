"""Named exit codes shared by every subcommand."""

from __future__ import annotations

OK = 0
ERROR = 1
USAGE = 2
NO_RESULTS = 3
THRESHOLD = 4  # a health threshold was crossed (report)
PARTIAL_FAILURE = 5  # a batch ran, but some of its lines could not (named on stderr)
INTERRUPTED = 130
