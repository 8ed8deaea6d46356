"""Reprocess says a damaged page record (an edition page's capture) for what it is, apart from articles.

Counted and printed as a damaged article capture "(kept the stored text)", it sent the archivist
looking for an article whose text was never at stake: reprocess stores nothing from a page record.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from test_reprocess import snapshot
from test_reprocess_damage import crawled, human_summary, member_end, outcomes, reprocess  # noqa: F401

from archive.warc_read import KIND_HEADER, Record, read_records

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out


def _page_offset(path: Path) -> int:
    """Return the offset of the first edition page's response record in ``path``."""
    for item in read_records(path, "f"):
        if isinstance(item, Record) and item.record.rec_type == "response":
            if item.record.rec_headers.get_header(KIND_HEADER) in ("edition", "page"):
                return item.offset
    raise AssertionError("the crawl captured no edition page")


def test_a_damaged_page_record_is_said_a_damaged_page_capture_and_counted_apart(
    crawled: tuple[str, Path, Path],  # noqa: F811
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db_url, first, _ = crawled
    before = snapshot(db_url)
    page = _page_offset(first)
    data = first.read_bytes()
    head, sep, body = gzip.decompress(data[page : member_end(first, page)]).partition(b"\r\n\r\n")
    flipped = body.replace(b"</body>", b"</BODY>", 1)  # same length: only the digest can tell
    assert flipped != body
    # Appended (a page read again), so the articles' records keep their offsets.
    offset = len(data)
    first.write_bytes(data + gzip.compress(head + sep + flipped))
    assert reprocess(home, db_url, tmp_path, monkeypatch) == 5  # the WARC is damaged all the same
    out, err = capsys.readouterr()
    report = json.loads(out)
    relative = first.relative_to(home / "warc").as_posix()
    line = (
        f"damaged page capture: {relative} at offset {offset}: payload digest does not match"
        " (nothing stored from it changes)"
    )
    assert report["damaged"] == [line] and line in err.splitlines()
    # Not an article capture: counted apart, and the article captures still add up.
    assert report["counters"] == {"skipped/damaged_page": 1, "articles/unchanged": 3}
    assert outcomes({k: v for k, v in report["counters"].items() if k != "skipped/damaged_page"}) == 3
    assert report["captures"] == 3
    assert snapshot(db_url) == before
    assert human_summary(home, db_url, tmp_path, monkeypatch, capsys) == (
        5,
        "reprocessed 3 article captures from 2 WARC files: new 0, changed 0, unchanged 3, skipped 0, "
        "damaged page captures 1 (nothing stored from them changes)"
    )
