"""Find damage in an index generation's files: what ``index check`` reports and searches fall back on.

Whoosh trusts its files: a ``.pst`` (postings) cut in half reads as
``Block tag error b''`` on the first query that touches the lost part, and a
cut ``.trm`` (term dictionary) fails when a reader opens. This module looks
for such damage without the store:

* quick (the default of ``index check``, and what a failing search runs): every
  postings store (``indexer.termstore``) opens and holds the arrays its header
  names, every segment has one, the table of contents opens, every segment's files open, the term dictionary's
  key array and hash tables lie inside its file, the last term's postings
  (written last, so they end the ``.pst``) lie inside the postings file and
  decode, and every column's first and last values read;
* deep (``index check --deep``): every term of the stores is decoded (docnums
  increasing and inside the run), every Whoosh term's posting blocks are read and
  their count compared with the term's document frequency, and every column
  value and stored document is read;
* checksums (``index check`` with or without ``--deep``, and ``index update``): the
  size and CRC-32 of every file, recorded in ``meta.json`` (``files``) when the
  generation was written (:func:`file_manifest`), are compared with the files'.
  Bytes flipped inside a posting list or one date value keep every size and table
  right, so only reading every byte finds them: 25 ms of CPU at 10,000 articles
  (67 MB), where the deep check decodes for 10 s. Segment files are written once,
  under names of their own, so a manifest a killed writer left behind names
  fewer files, never other bytes. A search opening the index compares the sizes
  only (``indexer.searchers.check_sizes``): the checksums read the whole index,
  more than a search's own CPU time (README, "Damage a search does not see").

The W3 codec internals it needs (``OrderedHashReader`` positions,
``W3TermInfo`` extents, segment file names) are read through
``indexer.whoosh_io``; the codec is the only one our schema writes.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from indexer import whoosh_io
from indexer.errors import Garbled, IndexDamaged
from indexer.schema import unpack_state, unpack_text
from indexer.termstore import Store, store_files
from indexer.whoosh_io import read_postings

DAMAGED_MESSAGE = "the index is damaged: run newsarchive index rebuild"
# A generation's metadata file: named here, where damage is told, and read by ``indexer.generations``.
META = "meta.json"
MISSING_META = "is missing (it names the generation's schema, dictionary and file checksums)"
# Files of a generation that change after it is written (locks, its metadata): no checksum.
_UNLISTED = frozenset({META, "readers.lock", "MAIN_WRITELOCK"})
_READ = 1 << 20


def _crc32(path: Path) -> int:
    crc = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_READ):
            crc = zlib.crc32(chunk, crc)
    return crc


def manifest_entry(entry: object) -> tuple[Any, Any] | None:
    """Return a manifest entry's (size, CRC-32) as written, or None when it is no such pair.

    A ``meta.json`` edited by hand or from another version may hold anything under ``files``:
    the updates, the checks and a search opening the index read an entry by this one test.
    """
    if isinstance(entry, list) and len(entry) == 2:
        return entry[0], entry[1]
    return None


def file_manifest(gen: Path, previous: Mapping[str, Any] | None = None) -> dict[str, list[int]]:
    """Return ``{file name: [size, CRC-32]}`` of the index files of ``gen``, for its ``meta.json``.

    A file ``previous`` (the manifest before an update) lists keeps its entry, read
    then: an update writes new segment files and never rewrites one, and a checksum
    computed again over a file damaged since would bless the damage.
    """
    manifest: dict[str, list[int]] = {}
    for path in sorted(gen.iterdir()):
        if path.name in _UNLISTED or path.name.startswith(".") or not path.is_file():
            continue
        known = manifest_entry((previous or {}).get(path.name))
        if known is not None:
            manifest[path.name] = [int(known[0]), int(known[1])]
        else:
            manifest[path.name] = [path.stat().st_size, _crc32(path)]
    return manifest


def _check_manifest(gen: Path, manifest: Mapping[str, Any], damage: list[Damage]) -> None:
    """Compare each file ``manifest`` lists with its size and CRC-32 when written."""
    for name, entry in sorted(manifest.items()):
        path = gen / name
        written = manifest_entry(entry)
        if not path.is_file() or written is None:
            continue  # merged away since, or removed: the checks above name a live file that is gone
        size, crc = written
        actual = path.stat().st_size
        if actual != size:
            damage.append(Damage(name, f"is {actual} bytes, {size} when written"))
        elif _crc32(path) != crc:
            damage.append(Damage(name, "its bytes differ from those written (checksum)"))


@dataclass(frozen=True)
class Damage:
    """One damaged part of a generation: the file (by name, no directory) and what is wrong."""

    file: str
    problem: str

    def line(self) -> str:
        """Return the one-line description."""
        return f"{self.file}: {self.problem}"


def _why(exc: BaseException) -> str:
    """Say in a maintainer's words why a file does not read.

    Our own checks say what they found (:class:`Garbled`); what Whoosh, pickle or struct raise on
    damaged bytes (``ValueError: invalid literal for int() with base 10: '1?1cf2...'``,
    ``UnpicklingError``) names no fault a reader can act on, only that the bytes are not those
    written, and the remedy is the same rebuild.
    """
    if isinstance(exc, Garbled):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot be read: {exc.strerror.lower()}"
    return "garbled or cut short"


def _complete(read: int, frequency: int, deleted: int) -> bool:
    """Tell whether a term's postings hold as many documents as its dictionary entry says.

    Whoosh's matcher of a segment with deletions has already stepped past the
    deleted documents that lead a posting list, so up to ``deleted`` fewer are
    read: an ``index update`` that replaced an article is no damage.
    """
    return frequency - deleted <= read <= frequency


def _check_terms(storage: Any, seg: Any, reader: Any, damage: list[Damage], deep: bool) -> None:
    fault = whoosh_io.term_table_fault(storage, seg, reader)
    if fault is not None:
        damage.append(Damage(*fault))
        return
    last = whoosh_io.last_term(reader)
    if last is None:
        return
    pst = whoosh_io.segment_file(seg, "postings")
    checked = list(reader.all_terms()) if deep else [last]
    deleted = len(reader.deleted_docs_set) if deep and reader.has_deletions() else 0
    for field, btext in checked:
        try:
            ids, _ = read_postings(reader, field, btext)
        except Exception as exc:  # any failure to decode a block is damage
            damage.append(Damage(pst, f"postings of a {field} term do not decode ({_why(exc)})"))
            return
        if deep and not _complete(len(ids), reader.doc_frequency(field, btext), deleted):
            damage.append(Damage(pst, f"postings of a {field} term are incomplete"))
            return


# The columns every document has a value in, what it holds and how it decodes: searches read each
# match's article id in ``state`` and check an exact phrase in ``ftext`` (without it, '"鹤鸣湖"' found
# no article).
_EVERY_DOCUMENT: tuple[tuple[str, str, Callable[[bytes], object]], ...] = (
    ("ftext", "text", unpack_text),
    ("state", "article id", unpack_state),
)


def _check_columns(seg: Any, reader: Any, damage: list[Damage], deep: bool) -> None:
    count = reader.doc_count_all()
    if not count:
        return
    docs = range(count) if deep else sorted({0, count - 1})
    for name in sorted(reader.schema.names()):
        if not reader.has_column(name):
            continue
        try:
            column = reader.column_reader(name, translate=False)  # raw: no date conversion of "no date"
            for docnum in docs:
                column[docnum]
        except Exception as exc:
            damage.append(Damage(whoosh_io.segment_file(seg, name), f"does not read ({_why(exc)})"))
    for name, holds, decode in _EVERY_DOCUMENT:
        if not reader.has_column(name):  # written for every document: a segment without it lost the file
            damage.append(Damage(whoosh_io.segment_file(seg, name), "is missing"))
            continue
        try:
            values = reader.column_reader(name)
            for docnum in docs:
                value = values[docnum]
                if not value:  # what a column cut short or deleted reads as
                    raise Garbled(f"document {docnum} has no {holds}")
                try:
                    decode(value)  # a flipped digit reads as bytes, but as no article id
                except Exception as exc:
                    raise Garbled(f"document {docnum}'s {holds} is garbled") from exc
        except Exception as exc:
            damage.append(Damage(whoosh_io.segment_file(seg, name), f"does not read ({_why(exc)})"))
    try:
        stored = {}
        for docnum in docs:
            stored[docnum] = reader.stored_fields(docnum)
            if "id" not in stored[docnum]:  # every document stores its article's id
                raise Garbled(f"document {docnum} has no article id")
    except Exception as exc:
        damage.append(Damage(whoosh_io.segment_file(seg, "stored"), f"does not read ({_why(exc)})"))
        return
    _check_dates(seg, reader, stored, damage)


def _check_dates(seg: Any, reader: Any, stored: dict[int, dict[str, Any]], damage: list[Damage]) -> None:
    """Compare the ``published`` column, which date filters and sorting read, with the stored dates.

    Any eight bytes read as some date, and a column cut short or deleted reads as "no date": a
    search limited by date then answered "no article contains ..." for dated articles.
    """
    field = reader.schema["published"]
    if not any(doc.get("published") is not None for doc in stored.values()):
        return
    name = whoosh_io.segment_file(seg, "published")
    if not reader.has_column("published"):
        damage.append(Damage(name, "is missing"))
        return
    missing = field.column_type.default_value()
    try:
        column = reader.column_reader("published", translate=False)
        for docnum, doc in stored.items():
            date = doc.get("published")
            if column[docnum] != (missing if date is None else field.to_column_value(date)):
                damage.append(Damage(name, f"disagrees with the stored date of document {docnum}"))
                return
    except Exception as exc:
        damage.append(Damage(name, f"does not read ({_why(exc)})"))


def _open_failure(ix: Any, seg: Any, exc: Exception) -> Damage:
    """Name the file that keeps a segment from opening (the term dictionary, most often)."""
    found = whoosh_io.unopenable_terms(ix, seg)
    if found is not None:
        name, terms_exc = found
        return Damage(name, f"does not open ({_why(terms_exc)})")
    return Damage(f"segment {whoosh_io.segment_name(seg)}", f"does not open ({_why(exc)})")


def require_meta(gen: Path) -> None:
    """Raise :class:`IndexDamaged` when generation ``gen`` lost its ``meta.json``.

    Read without it, the generation passed for one of another schema and dictionary, and
    ``index stats`` printed "none" for each of its lines as if the index were sound.
    """
    if not (gen / META).is_file():
        raise IndexDamaged(f"{DAMAGED_MESSAGE} ({META}: {MISSING_META})")


def find_damage(gen: Path, *, deep: bool = False, written: object = None) -> list[Damage]:
    """Return what is damaged in generation ``gen`` (empty when every check passes).

    ``written`` is the generation's manifest (``files`` of its metadata, :func:`file_manifest`):
    every file it lists is compared with its size and CRC-32 when written, after the other
    checks found nothing (they name the damage in their own words). None, or an index
    written before manifests: no such comparison.
    """
    if not (gen / META).is_file():  # read as an index of another schema and dictionary, it is damage
        return [Damage(META, MISSING_META)]
    damage = _find_damage(gen, deep)
    if isinstance(written, Mapping) and not damage:
        _check_manifest(gen, written, damage)
    return damage


def _find_damage(gen: Path, deep: bool) -> list[Damage]:
    try:
        ix = whoosh_index.open_dir(str(gen))
        segments = whoosh_io.segments(ix)
    except Exception as exc:
        return [Damage("table of contents", f"does not open ({_why(exc)})")]
    damage: list[Damage] = []
    covered: set[str] = set()
    for path in store_files(gen):
        try:
            store = Store(path)
        except Exception as exc:
            damage.append(Damage(path.name, f"does not open ({_why(exc)})"))
            continue
        covered.update(store.bases)
        if deep:
            try:
                problem = store.check_postings()
            except Exception as exc:  # bytes no check foresaw: still damage, never a traceback
                problem = f"postings do not decode ({_why(exc)})"
            if problem:
                damage.append(Damage(path.name, problem))
    if damage:  # the segments' text postings are in the damaged store: reading them fails the same way
        return damage
    for seg in segments:
        if whoosh_io.segment_id(seg) not in covered:
            damage.append(Damage(f"segment {whoosh_io.segment_name(seg)}", "its postings store is missing"))
            continue
        try:
            reader = whoosh_io.open_segment(ix, seg)
        except Exception as exc:
            damage.append(_open_failure(ix, seg, exc))
            continue
        try:
            storage = whoosh_io.segment_storage(ix, seg)
            before = len(damage)
            _check_terms(storage, seg, reader, damage, deep)
            if len(damage) == before:
                _check_columns(seg, reader, damage, deep)
        except Exception as exc:
            damage.append(Damage(f"segment {whoosh_io.segment_name(seg)}", f"does not read ({_why(exc)})"))
        finally:
            try:
                reader.close()
            except Exception:  # closing a half-opened reader of a damaged file
                pass
    return damage
