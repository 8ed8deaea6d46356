"""The one seam to Whoosh's internals: every private name and byte format of it we rely on is here.

Whoosh stores, we match and rank. The rest of ``indexer`` uses Whoosh's
public API only (``whoosh.index.open_dir``, fields, queries, a reader's
``postings``/``column_reader``, a writer's ``update_document``/``commit``);
what it needs beyond that, for speed, lives in this package, one module per role:

* ``version``: the guard below (tested versions, :class:`WhooshVersionError`);
* ``columns``: a column's offsets summed by numpy (``VarBytesColumn.Reader``, patched on import);
* ``reading``: a term's posting blocks straight into arrays (``W3LeafMatcher``
  attributes), a field's length column as one byte string (``LENGTHS_COLUMN``,
  ``byte_to_length``), the word fields' posting value (``frequency_value``);
* ``segments``: the segments of a table of contents, their files, and the term
  dictionary's layout (``W3TermInfo`` extents, the ordered hash table's positions)
  that ``indexer.integrity`` checks;
* ``postwriter``: a segment's term and posting files written in the W3 codec's
  bytes (``tests/test_index_postwriter.py`` compares them with Whoosh's own
  writer, file for file);
* ``writers``: the chunk writer of a rebuild (a ``SegmentWriter`` and a posting
  pool that group postings by term; the text fields' postings are set aside for
  our postings store, ``indexer.storebuild``), the join of a rebuild's segments,
  the table of contents of a rebuild, and the update writer that leaves replaced
  files for a later clean-up.

It was one module of 850 lines; it is a package so that each role reads on its
own, and still one seam: one folder, the only place (``tests/test_whoosh_seam.py``,
``tests/test_layering.py``) allowed Whoosh's private names. Everyone else imports
the names below from ``indexer.whoosh_io``.

Those names and layouts are not Whoosh's promise, so this package checks the
installed whoosh-reloaded version before any of its modules imports them, and
refuses (:class:`WhooshVersionError`, one line at the CLI) a version it was not
tested with. ``TESTED_WHOOSH_VERSIONS`` and the pin in ``pyproject.toml``
agree (``tests/test_whoosh_seam.py``). The writing modules (``postwriter``,
``writers``) are imported on first use of one of their names, and their writer
classes built on first use, so a search process never imports ``whoosh.writing``
nor pays for importing them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from indexer.whoosh_io.version import (
    DISTRIBUTION,
    TESTED_WHOOSH_VERSIONS,
    WhooshVersionError,
    check_version,
    installed_version,
)

check_version(installed_version())

# Only now the modules that import private names: an untested version may lack them, and must fail
# with the line above.
from indexer.whoosh_io import columns  # noqa: E402, F401  (installs the numpy column offsets)
from indexer.whoosh_io.reading import frequency_value, read_field_lengths, read_postings  # noqa: E402
from indexer.whoosh_io.segments import (  # noqa: E402
    last_term,
    open_segment,
    reader_location,
    segment_file,
    segment_id,
    segment_name,
    segment_storage,
    segments,
    term_table_fault,
    unopenable_terms,
)

if TYPE_CHECKING:
    from indexer.whoosh_io.postwriter import write_hash_tables, write_terms
    from indexer.whoosh_io.writers import (
        CHUNK_LIMIT_MB,
        chunk_writer,
        commit_segments,
        finish_segment,
        join_segments,
        merge_segment,
        remove_unlisted_files,
        update_writer,
        writer_folder,
    )

# The writing side, loaded on first use: a search never runs it (as when this was one module whose
# writer classes were built on first use), and does not pay for importing it.
_WRITING = {
    "write_hash_tables": "postwriter",
    "write_terms": "postwriter",
    **dict.fromkeys(
        (
            "CHUNK_LIMIT_MB",
            "chunk_writer",
            "commit_segments",
            "finish_segment",
            "join_segments",
            "merge_segment",
            "remove_unlisted_files",
            "update_writer",
            "writer_folder",
        ),
        "writers",
    ),
}


def __getattr__(name: str) -> Any:
    """Import a writing name's module on first use (PEP 562)."""
    module = _WRITING.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "CHUNK_LIMIT_MB",
    "DISTRIBUTION",
    "TESTED_WHOOSH_VERSIONS",
    "WhooshVersionError",
    "check_version",
    "chunk_writer",
    "commit_segments",
    "finish_segment",
    "frequency_value",
    "installed_version",
    "join_segments",
    "last_term",
    "merge_segment",
    "open_segment",
    "read_field_lengths",
    "read_postings",
    "reader_location",
    "remove_unlisted_files",
    "segment_file",
    "segment_id",
    "segment_name",
    "segment_storage",
    "segments",
    "term_table_fault",
    "unopenable_terms",
    "update_writer",
    "write_hash_tables",
    "write_terms",
    "writer_folder",
]
