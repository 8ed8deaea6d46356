"""Write a ``[[source]]`` entry into the registry, keeping its comments and formatting (tomlkit).

Archivists edit ``sources.toml`` by hand, so a tool that rewrites it must not
drop their comments, reorder their keys or reformat their tables. An existing
entry is updated key by key: keys discovery does not produce (selectors,
politeness, alerts...) stay as they were. The new text is validated with the
registry's own parser before the file is replaced (atomically), so a write
can never leave an invalid registry behind.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array, Table

from archive.errors import ConfigError
from crawler.sources import parse_registry

# Keys in the order a new entry shows them.
ENTRY_ORDER = (
    "id",
    "name",
    "region",
    "timezone",
    "kind",
    "allowed_domains",
    "schedule",
    "start_urls",
    "templates",
    "article_patterns",
    "page_patterns",
    "max_depth",
    "selectors",
)


def _value(key: str, value: Any) -> Any:
    if key == "templates":
        array: Array = tomlkit.array()
        for template in value:
            inline = tomlkit.inline_table()
            inline.update({k: v for k, v in template.items() if v})
            array.append(inline)
        array.multiline(True)
        return array
    if isinstance(value, dict):
        table = tomlkit.table()
        table.update(value)
        return table
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(value)
        return array
    return value


def entry_table(entry: Mapping[str, Any]) -> Table:
    """Return ``entry`` as a tomlkit table, keys in ``ENTRY_ORDER``."""
    table = tomlkit.table()
    for key in sorted(entry, key=lambda k: ENTRY_ORDER.index(k) if k in ENTRY_ORDER else len(ENTRY_ORDER)):
        if entry[key] not in ("", [], {}, None):
            table.add(key, _value(key, entry[key]))
    return table


def render_entry(entry: Mapping[str, Any]) -> str:
    """Return the ``[[source]]`` TOML text of ``entry`` (what ``--dry-run`` prints)."""
    doc = tomlkit.document()
    sources = tomlkit.aot()
    sources.append(entry_table(entry))
    doc.append("source", sources)
    return tomlkit.dumps(doc)


def _validate(text: str, path: Path) -> None:
    try:
        parse_registry(tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - tomlkit writes valid TOML
        raise ConfigError(f"{path}: the updated registry would not be valid TOML: {exc}") from exc


def updated_text(text: str, entry: Mapping[str, Any]) -> str:
    """Return registry ``text`` with ``entry`` added, or merged into the entry of the same id."""
    doc = tomlkit.parse(text)
    sources = doc.get("source")
    if sources is None:
        sources = tomlkit.aot()
        doc.append("source", sources)
    if not isinstance(sources, AoT):
        raise ConfigError("the registry's 'source' is not a list of [[source]] tables")
    for table in sources:
        if table.get("id") == entry["id"]:
            for key, value in entry.items():
                if value in ("", [], {}, None):
                    if key in table and key not in ("name", "region", "selectors"):
                        del table[key]
                    continue
                if key in ("name", "region", "selectors") and table.get(key):
                    continue  # the archivist's own wording and selectors win
                table[key] = _value(key, value)
            break
    else:
        sources.append(entry_table(entry))
    return tomlkit.dumps(doc)


def write_entry(path: Path, entry: Mapping[str, Any]) -> None:
    """Add or update ``entry`` in the registry at ``path`` (created when missing), atomically."""
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    try:
        new = updated_text(text, entry)
    except tomlkit.exceptions.TOMLKitError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    _validate(new, path)
    directory = path.resolve().parent
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(new)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
