"""Read WARC files record by record, naming damaged records instead of failing on them.

Our WARC files hold one gzip member per record (see ``crawler/warc.py``).
Reading them member by member with ``zlib`` rather than through warcio's
iterator alone gives three things a reprocess needs on a damaged disk:

* a truncated or corrupt member is caught by gzip's own length and CRC-32
  check (warcio returns "as much as possible" of a cut member, which is how
  a fragment once replaced an article's text);
* the damaged record is named by its file and offset, in words, never with
  the binary warcio puts in its error messages;
* reading goes on at the next member that decodes to a WARC record, so one
  damaged record costs itself, not the rest of the file.

Each intact member is then parsed by warcio with digest checking on: a
record whose ``WARC-Payload-Digest`` / ``WARC-Block-Digest`` does not match
its bytes (damaged before compression) is reported the same way.
"""

from __future__ import annotations

import io
import mmap
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

_MAGIC = b"\x1f\x8b\x08"
_CHUNK = 1 << 20
_GZIP = zlib.MAX_WBITS | 16


@dataclass(frozen=True)
class Damage:
    """A record that cannot be trusted: where it is and why, in words."""

    warc_file: str
    offset: int
    reason: str

    def line(self) -> str:
        """Return the one-line message for logs and the terminal."""
        return f"damaged capture: {self.warc_file} at offset {self.offset}: {self.reason}"


@dataclass(frozen=True)
class Record:
    """One intact WARC record with its payload read (``content`` is the HTTP body, decoded)."""

    offset: int
    record: Any  # warcio ArcWarcRecord, its streams already consumed
    content: bytes


def _inflate(data: Any, start: int) -> tuple[bytes, int] | str:
    """Decompress the gzip member at ``start``; return (bytes, end offset) or why it failed."""
    decoder = zlib.decompressobj(_GZIP)
    out: list[bytes] = []
    pos = start
    try:
        while not decoder.eof:
            if pos >= len(data):
                return "truncated: the file ends inside this record"
            chunk = data[pos : pos + _CHUNK]
            out.append(decoder.decompress(chunk))
            pos += len(chunk)
    except zlib.error:
        return "corrupt compressed data (gzip check failed)"
    return b"".join(out), pos - len(decoder.unused_data)


def _resync(data: Any, after: int) -> int:
    """Return the offset of the next member that decodes to a WARC record, or -1."""
    pos = after
    while True:
        pos = int(data.find(_MAGIC, pos + 1))
        if pos < 0:
            return -1
        result = _inflate(data, pos)
        if not isinstance(result, str) and result[0].startswith(b"WARC/"):
            return pos


def _members(data: Any, relative: str) -> Iterator[tuple[int, bytes] | Damage]:
    pos = 0
    size = len(data)
    while pos < size:
        if data[pos : pos + 3] != _MAGIC:
            if not data[pos:size].strip(b"\r\n\x00"):
                return  # trailing padding
            yield Damage(relative, pos, "not a gzip member where a record should start")
        else:
            result = _inflate(data, pos)
            if not isinstance(result, str):
                yield pos, result[0]
                pos = result[1]
                continue
            yield Damage(relative, pos, result)
        pos = _resync(data, pos)
        if pos < 0:
            return


def _parse(member: bytes, offset: int, relative: str) -> Iterator[Record | Damage]:
    """Parse the records of one decompressed member, reading each payload and checking digests."""
    iterator = iter(ArchiveIterator(io.BytesIO(member), check_digests=True))
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except Exception:  # warcio raises several kinds on malformed headers
            yield Damage(relative, offset, "not a valid WARC record")
            return
        try:
            content = record.content_stream().read()
        except Exception:  # a Content-Encoding or chunked body that does not decode
            yield Damage(relative, offset, "the HTTP body does not decode")
            continue
        if getattr(record.raw_stream, "limit", 0):
            yield Damage(relative, offset, "truncated: shorter than its Content-Length")
            continue
        if record.digest_checker.passed is False:
            yield Damage(relative, offset, "payload digest does not match")
            continue
        yield Record(offset, record, content)


def read_records(path: Path, relative: str) -> Iterator[Record | Damage]:
    """Yield every record of the WARC file at ``path`` (named ``relative`` in messages), or its damage."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Damage(relative, 0, f"cannot open ({exc.strerror or exc.__class__.__name__})")
        return
    with handle:
        size = path.stat().st_size
        if size == 0:
            return  # a run killed between opening its file and writing the first record
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            for item in _members(data, relative):
                if isinstance(item, Damage):
                    yield item
                else:
                    yield from _parse(item[1], item[0], relative)
