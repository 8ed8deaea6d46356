"""Named exit codes shared by every subcommand."""

from __future__ import annotations

OK = 0
ERROR = 1
USAGE = 2
NO_RESULTS = 3
THRESHOLD = 4  # a health threshold was crossed (report)
DAMAGED = 5  # damaged data found: reprocess skipped damaged captures, index check found a damaged index
PARTIAL_FAILURE = 6  # a batch ran, but some of its lines could not (named on stderr)
INTERRUPTED = 130
