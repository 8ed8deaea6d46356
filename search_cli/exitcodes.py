"""Named exit codes shared by every subcommand (cron and monitoring read them)."""

from __future__ import annotations

OK = 0
ERROR = 1  # an error: bad configuration, a missing file, a crawl that could not start
USAGE = 2  # a bad command line
NO_RESULTS = 3  # nothing found (search, runs, sources list ...)
THRESHOLD = 4  # a health check failed: report alerts, index check problems, sources check --online
DAMAGED = 5  # damaged data found: reprocess skipped damaged captures, a damaged index
# The commands that return it, as a user types them (tests/test_exitcode_docs.py holds the docs to them);
# search and index update by raising IndexDamaged, which search_cli.main maps to DAMAGED.
DAMAGED_COMMANDS = ("reprocess", "index check", "index update", "search")
PARTIAL = 6  # it ran, but part failed: some editions or requests of a crawl, some lines of a batch
PARTIAL_FAILURE = PARTIAL  # the name search --batch uses
UNREACHABLE = 7  # nothing could be fetched at all (every request refused or failed)
NO_ARCHIVE = ERROR  # no archive where a reading command was told to look (a mistyped --home): a missing file
INTERRUPTED = 130  # Ctrl-C or SIGTERM; what was fetched is stored
# A long-running service ends on a stop (SIGTERM from a service manager, or Ctrl-C): that is its
# normal end, not an interruption, and a service manager stopping a daemon expects 0. The commands
# that return it, as a user types them (tests/test_exitcode_docs.py holds README and --help to them).
SERVICE_STOPPED = OK
SERVICES = ("schedule run",)  # without --once: a --once pass (cron) is a command like any other

# Shown at the end of ``newsarchive --help``; README.md has the same table.
EPILOG = """\
exit codes:
  0    all good
  1    error (one line on stderr: bad configuration, missing file, crawl could not start)
  2    bad command line
  3    no results
  4    a health check failed (report alerts, sources check --online, index check problems
       or no index at all)
  5    damaged data found (reprocess skipped damaged captures, index check, index update,
       index stats or search found a damaged index)
  6    partly failed: some editions or requests of a crawl, or some lines of search --batch
  7    nothing fetched: every request of the crawl was refused or failed
  130  interrupted (Ctrl-C, SIGTERM); schedule run without --once is a service:
       a stop ends it with 0 (1 when one of its crawls failed)

Global options (--home, --db-url, --sources, --log-file, --json, -q, --traceback) go
before or after the command. Run 'newsarchive COMMAND --help' for the options of one command."""
