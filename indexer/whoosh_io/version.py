"""Refuse, in one line, a Whoosh whose internals the seam was not tested with.

The seam (:mod:`indexer.whoosh_io`) reads Whoosh's private names and byte formats,
which are not Whoosh's promise. Its ``__init__`` calls :func:`check_version` before
any of its modules imports one of them, so an untested version fails with
:class:`WhooshVersionError` (one line at the CLI), not an ImportError or a wrong read
deep inside a search. Its own module so that the names a test and ``pyproject.toml``
check (``tests/test_whoosh_seam.py``) sit apart from the code they guard.
"""

from __future__ import annotations

import importlib.metadata

from indexer.errors import IndexerError

DISTRIBUTION = "whoosh-reloaded"
# The versions whose internals this module was tested against; pyproject.toml pins the same.
TESTED_WHOOSH_VERSIONS: tuple[str, ...] = ("2.7.5",)


class WhooshVersionError(IndexerError):
    """The installed Whoosh is not a version this module's private names were tested with."""


def installed_version() -> str | None:
    """Return the installed whoosh-reloaded version (None when that distribution is missing)."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None


def check_version(version: str | None) -> None:
    """Raise :class:`WhooshVersionError` (a one-line message) unless ``version`` is a tested one."""
    if version in TESTED_WHOOSH_VERSIONS:
        return
    tested = ", ".join(TESTED_WHOOSH_VERSIONS)
    found = f"{DISTRIBUTION} {version} is installed" if version else f"{DISTRIBUTION} is not installed"
    raise WhooshVersionError(
        f"{found}, but the index reads Whoosh internals tested only with {tested}: "
        f"install it (pip install '{DISTRIBUTION}=={TESTED_WHOOSH_VERSIONS[-1]}')"
    )
