"""The indexer package's exception base: each maps to one line at the CLI."""

from __future__ import annotations


class IndexerError(Exception):
    """Base of every error the indexer package raises on purpose."""


class QueryError(IndexerError):
    """The query cannot be parsed or is over the limits."""


class IndexMissing(IndexerError):
    """There is no index yet at the expected place."""


class IndexBusy(IndexerError):
    """Another process is writing the index."""


class IndexOutdated(IndexerError):
    """The index was written with another schema or dictionary than this program's: it must be rebuilt.

    ``label`` (an English sentence with ``%(found)s`` and ``%(writes)s``) and ``values`` say why
    without the index's path, so the web page can translate it; ``str()`` is the CLI's line.
    """

    def __init__(self, message: str, label: str, values: dict[str, str]) -> None:
        super().__init__(message)
        self.label = label
        self.values = values


class IndexDamaged(IndexerError):
    """The live index generation's files are damaged (truncated, corrupt): it must be rebuilt."""


class Garbled(ValueError):
    """A file's bytes are not what was written; the message says what is wrong, in a maintainer's words.

    A ValueError, so every handler of Whoosh's own decoding errors takes it too; ``index check`` shows
    its message alone, where Python's (``invalid literal for int()``) would name no fault.
    """
