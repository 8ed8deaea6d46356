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
  value and stored document is read.

It reads Whoosh 2.7 W3 codec internals (``OrderedHashReader`` positions,
``W3TermInfo`` extents), like ``indexer/postings.py``; the codec is the only
one our schema writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.reading import SegmentReader

from indexer.postings import read_postings
from indexer.termstore import Store, store_files

DAMAGED_MESSAGE = "the index is damaged: run newsarchive index rebuild"


@dataclass(frozen=True)
class Damage:
    """One damaged part of a generation: the file (by name, no directory) and what is wrong."""

    file: str
    problem: str

    def line(self) -> str:
        """Return the one-line description."""
        return f"{self.file}: {self.problem}"


def _why(exc: BaseException) -> str:
    """Name an exception in words fit for one line (Whoosh's messages may hold raw bytes)."""
    text = str(exc)
    if not text or not text.isprintable() or len(text) > 120 or "\\x" in text or "b'" in text:
        return exc.__class__.__name__
    return f"{exc.__class__.__name__}: {text}"


def _extent(info: Any) -> tuple[int, int]:
    offset, length = info.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves the length in a 1-tuple
        length = length[0]
    return int(offset), int(length)


def _check_terms(storage: Any, seg: Any, reader: Any, damage: list[Damage], deep: bool) -> None:
    terms = reader._terms
    tindex = terms._tindex
    trm = seg.make_filename(".trm")
    pst = seg.make_filename(".pst")
    trm_size = storage.file_length(trm)
    pst_size = storage.file_length(pst)
    if tindex.indexbase + tindex.indexlen * tindex.indexsize > trm_size or tindex.endofdata > trm_size:
        damage.append(Damage(trm, "the term table runs past the end of the file (truncated)"))
        return
    if any(pos < 0 or pos + slots * 12 > trm_size for pos, slots in tindex.tables):
        damage.append(Damage(trm, "a hash table runs past the end of the file (truncated)"))
        return
    if tindex.indexlen == 0:
        return
    last = tindex._get_pos(tindex.indexbase + (tindex.indexlen - 1) * tindex.indexsize)
    found = tindex.key_and_range_at(last)
    if found is None:
        damage.append(Damage(trm, "the last term lies outside the term data"))
        return
    key, datapos, datalen = found
    info = W3TermInfo.from_bytes(tindex.dbfile.get(datapos, datalen))
    if not info.is_inlined():
        offset, length = _extent(info)
        if offset + length > pst_size:
            damage.append(
                Damage(pst, f"{pst_size} bytes where the postings need {offset + length} (truncated)")
            )
            return
    fieldname, text = terms._keydecoder(key)
    checked = list(reader.all_terms()) if deep else [(fieldname, text)]
    for field, btext in checked:
        try:
            ids, _ = read_postings(reader, field, btext)
        except Exception as exc:  # any failure to decode a block is damage
            damage.append(Damage(pst, f"postings of a {field} term do not decode ({_why(exc)})"))
            return
        if deep and len(ids) != reader.doc_frequency(field, btext):
            damage.append(Damage(pst, f"postings of a {field} term are incomplete"))
            return


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
            damage.append(Damage(seg.make_filename(f".{name}.col"), f"does not read ({_why(exc)})"))
    try:
        for docnum in docs:
            reader.stored_fields(docnum)
    except Exception as exc:
        damage.append(Damage(seg.make_filename("._stored.col"), f"does not read ({_why(exc)})"))


def _open_failure(ix: Any, seg: Any, exc: Exception) -> Damage:
    """Name the file that keeps a segment from opening (the term dictionary, most often)."""
    try:
        seg.codec().terms_reader(ix.storage, seg).close()
    except Exception as terms_exc:
        name = seg.make_filename(".seg" if seg.is_compound() else ".trm")
        return Damage(name, f"does not open ({_why(terms_exc)})")
    return Damage(f"segment {seg.segid}", f"does not open ({_why(exc)})")


def find_damage(gen: Path, *, deep: bool = False) -> list[Damage]:
    """Return what is damaged in generation ``gen`` (empty when every check passes)."""
    try:
        ix = whoosh_index.open_dir(str(gen))
        segments = ix._segments()
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
            problem = store.check_postings()
            if problem:
                damage.append(Damage(path.name, problem))
    if damage:  # the segments' text postings are in the damaged store: reading them fails the same way
        return damage
    for seg in segments:
        if str(seg.segment_id()) not in covered:
            damage.append(Damage(f"segment {seg.segid}", "its postings store is missing"))
        try:
            reader = SegmentReader(ix.storage, ix.schema, seg)
        except Exception as exc:
            damage.append(_open_failure(ix, seg, exc))
            continue
        try:
            # Small segments are one compound ``.seg`` file holding the others.
            storage = seg.open_compound_file(ix.storage) if seg.is_compound() else ix.storage
            before = len(damage)
            _check_terms(storage, seg, reader, damage, deep)
            if len(damage) == before:
                _check_columns(seg, reader, damage, deep)
        except Exception as exc:
            damage.append(Damage(f"segment {seg.segid}", f"does not read ({_why(exc)})"))
        finally:
            try:
                reader.close()
            except Exception:  # closing a half-opened reader of a damaged file
                pass
    return damage
