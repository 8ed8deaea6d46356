"""Read one raw capture (the WARC response record an article was extracted from).

The file name comes from the database, so it is resolved and must stay
inside the WARC directory: a crafted row cannot make the server read another
file. Bodies are cut at ``MAX_BODY_BYTES``: this is for looking at, not for
downloading a whole PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from archive.errors import StoreError

MAX_BODY_BYTES = 2 * 1024 * 1024
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class RawCapture:
    """What the crawler received for one URL: status line, headers and (possibly cut) body."""

    url: str
    date: str
    status_line: str
    headers: list[tuple[str, str]]
    body: bytes
    truncated: bool
    # The encoding the crawl verified when it extracted the article from this body. Chinese e-papers
    # mostly name theirs in <meta> only (GBK under a bare "text/html"), which the text view cannot read.
    decoded_as: str = ""

    @property
    def content_type(self) -> str:
        """Return the captured Content-Type header, or an empty string."""
        for key, value in self.headers:
            if key.lower() == "content-type":
                return value
        return ""

    @property
    def charset(self) -> str | None:
        """Return the charset the server declared, if it is one Python knows."""
        match = _CHARSET.search(self.content_type)
        return _known(match.group(1)) if match else None

    def as_text(self) -> str:
        """Return headers and body as text (the encoding the crawl read it in, else the declared charset,
        else UTF-8; undecodable bytes replaced)."""
        head = "\n".join([self.status_line, *(f"{k}: {v}" for k, v in self.headers)])
        body = self.body.decode(_known(self.decoded_as) or self.charset or "utf-8", errors="replace")
        note = f"\n\n[cut at {MAX_BODY_BYTES} bytes]" if self.truncated else ""
        return f"{head}\n\n{body}{note}"


def _known(label: str) -> str | None:
    """Return ``label`` when Python has a codec of that name, else None."""
    try:
        "".encode(label)
    except (LookupError, ValueError):  # "" too
        return None
    return label


class CaptureMissing(StoreError):
    """The stored WARC file of a capture is not in the WARC directory: gone, not "try again later"."""

    def __init__(self, warc_file: str) -> None:
        self.warc_file = warc_file
        super().__init__(f"the raw capture file {warc_file} is missing from the WARC directory")


def warc_path(warc_root: Path, warc_file: str) -> Path:
    """Resolve a stored WARC file name under ``warc_root``, refusing names that leave it."""
    root = warc_root.resolve()
    path = (root / warc_file).resolve()
    if not warc_file or not path.is_relative_to(root):
        raise StoreError(f"the WARC file name {warc_file!r} is not under the WARC directory")
    return path


def read_capture(warc_root: Path, warc_file: str, offset: int) -> RawCapture:
    """Read the response record at ``offset`` of ``warc_file`` (:class:`CaptureMissing` when it is gone)."""
    path = warc_path(warc_root, warc_file)
    if not path.is_file():
        raise CaptureMissing(warc_file)
    unreadable = StoreError(f"no readable response record at offset {offset} of {warc_file}")
    if not 0 <= offset < path.stat().st_size:
        raise unreadable
    with path.open("rb") as handle:
        handle.seek(offset)
        try:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response":
                    break
                stream = record.content_stream()
                body = stream.read(MAX_BODY_BYTES + 1)
                http = record.http_headers
                return RawCapture(
                    url=record.rec_headers.get_header("WARC-Target-URI") or "",
                    date=record.rec_headers.get_header("WARC-Date") or "",
                    status_line=f"{http.protocol} {http.statusline}" if http else "",
                    headers=list(http.headers) if http else [],
                    body=body[:MAX_BODY_BYTES],
                    truncated=len(body) > MAX_BODY_BYTES,
                )
        except Exception:  # warcio raises many kinds on bytes that are not a record (a wrong offset)
            raise unreadable from None
    raise unreadable
