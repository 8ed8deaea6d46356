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

from archive.truncation import content_encodings, encoded_body_complete

_MAGIC = b"\x1f\x8b\x08"
_CHUNK = 1 << 20
_GZIP = zlib.MAX_WBITS | 16
CUT_THROUGH = "truncated: the file ends inside this record"  # the reason of the record a cut file ends in
# What the crawl fetched a record as (article, edition, page, listing, feed, sitemap); written by
# crawler.warc, read here so a damaged record whose headers were read is named for what it holds.
KIND_HEADER = "WARC-Newsarchive-Kind"


@dataclass(frozen=True)
class Damage:
    """A record that cannot be trusted: where it is and why, in words."""

    warc_file: str
    offset: int
    reason: str
    read: bool = False  # an article capture read whole and refused (cut in transfer), not unreadable
    kind: str = ""  # the record's KIND_HEADER when its headers were read ("" when they were not)

    @property
    def of_page(self) -> bool:
        """Tell a record known to hold no article (an edition page, listing, feed): nothing stored from it."""
        return self.kind not in ("", "article")

    def line(self) -> str:
        """Return the one-line message for logs and the terminal."""
        if self.of_page:
            # Said as a damaged article capture "(kept the stored text)", it sent the archivist
            # looking for an article whose text was never at stake.
            noun = "page" if self.kind in ("edition", "page") else self.kind
            return (
                f"damaged {noun} capture: {self.warc_file} at offset {self.offset}: {self.reason}"
                " (nothing stored from it changes)"
            )
        return f"damaged capture: {self.warc_file} at offset {self.offset}: {self.reason}"


@dataclass(frozen=True)
class Record:
    """One intact WARC record with its payload read (``content`` is the HTTP body, decoded)."""

    offset: int
    record: Any  # warcio ArcWarcRecord, its streams already consumed
    content: bytes
    cut: str = ""  # how the HTTP body was cut short in transfer ("" when whole): the crawl refused it


def _inflate(data: Any, start: int) -> tuple[bytes, int] | str:
    """Decompress the gzip member at ``start``; return (bytes, end offset) or why it failed."""
    decoder = zlib.decompressobj(_GZIP)
    out: list[bytes] = []
    pos = start
    try:
        while not decoder.eof:
            if pos >= len(data):
                return CUT_THROUGH
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
        kind = record.rec_headers.get_header(KIND_HEADER) or ""
        stream = record.raw_stream
        raw = _Recording(stream) if record.http_headers else None
        if raw is not None:
            record.raw_stream = raw
        try:
            content = record.content_stream().read()
        except Exception:  # a Content-Encoding or chunked body that does not decode
            yield Damage(relative, offset, "the HTTP body does not decode", kind=kind)
            continue
        finally:
            record.raw_stream = stream
        if getattr(stream, "limit", 0):
            yield Damage(relative, offset, "truncated: shorter than its Content-Length", kind=kind)
            continue
        if record.digest_checker.passed is False:
            yield Damage(relative, offset, "payload digest does not match", kind=kind)
            continue
        cut = _cut_in_transfer(record, bytes(raw.data)) if raw is not None else ""
        yield Record(offset, record, content, cut)


class _Recording:
    """A stream that keeps what is read from it: the HTTP body as received, before decoding."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.data = bytearray()

    def read(self, *args: Any) -> bytes:
        chunk: bytes = self.stream.read(*args)
        self.data += chunk
        return chunk

    def readline(self, *args: Any) -> bytes:
        line: bytes = self.stream.readline(*args)
        self.data += line
        return line

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _cut_in_transfer(record: Any, raw: bytes) -> str:
    """Say how a response's HTTP body was cut short in transfer ("" when whole): the crawl's rule.

    The crawl refuses such a response (``crawler.middlewares.integrity``) but its WARC keeps it as
    received; read again, half a gzip stream decodes to half a text without complaint.
    """
    marked = record.rec_headers.get_header("WARC-Truncated")
    if marked:
        return f"cut short in transfer (WARC-Truncated: {marked})"
    if record.rec_type != "response":
        return ""
    headers = record.http_headers
    status = headers.get_statuscode() or ""
    if not status.isdigit() or int(status) < 200 or int(status) in (204, 304):
        return ""
    length = (headers.get_header("content-length") or "").strip()
    chunked = (headers.get_header("transfer-encoding") or "").lower() == "chunked"
    if length.isdigit() and not chunked and len(raw) < int(length):
        return f"the HTTP body has {len(raw)} of its {length} bytes"
    encodings = content_encodings(
        value for name, value in headers.headers if name.lower() == "content-encoding"
    )
    if raw and not encoded_body_complete(raw, encodings):
        return f"its {encodings[-1]} stream ends early"
    return ""


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
