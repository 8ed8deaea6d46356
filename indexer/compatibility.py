"""Whether a generation was written with today's schema and dictionaries (searches and writers ask).

Kept out of ``indexer.build`` so that a search, which must refuse an index
built with another analysis, loads no writer code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from indexer.analysis import dictionary_hash
from indexer.errors import IndexOutdated
from indexer.generations import read_meta
from indexer.integrity import require_meta
from indexer.schema import SCHEMA_VERSION

USERDICT_NAME = "userdict.txt"
# Why an index must be rebuilt, without its path (the web page translates these).
OLD_SCHEMA = "index schema version %(found)s, this program writes %(writes)s"
OTHER_DICTIONARY = "the jieba dictionary or user dictionary changed since the index was built"


def userdict_for(index_path: Path) -> str | None:
    """Return the user dictionary of the data directory (``<home>/userdict.txt``) if there is one."""
    path = index_path.parent / USERDICT_NAME
    return str(path.resolve()) if path.exists() else None


def check_compatible(index_path: Path, gen: Path) -> dict[str, Any]:
    """Return the generation's metadata, or raise if today's analysis differs from the index's."""
    require_meta(gen)
    meta = read_meta(gen)
    if meta.get("schema_version") != SCHEMA_VERSION:
        raise IndexOutdated(
            f"the index at {index_path} has schema version {meta.get('schema_version')}, "
            f"this program writes {SCHEMA_VERSION}: rebuild needed (run: newsarchive index rebuild)",
            OLD_SCHEMA,
            {"found": str(meta.get("schema_version")), "writes": str(SCHEMA_VERSION)},
        )
    if meta.get("dictionary_hash") != dictionary_hash(userdict_for(index_path)):
        raise IndexOutdated(
            f"the jieba dictionary or user dictionary changed since the index at {index_path} was built: "
            "rebuild needed (run: newsarchive index rebuild)",
            OTHER_DICTIONARY,
            {},
        )
    return meta
