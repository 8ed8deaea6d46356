"""``last_seen`` only moves forward: re-reading an older capture (``reprocess``) never takes it back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from store_support import article

from archive.articles import UNCHANGED, ensure_source, upsert_article
from archive.models import Article
from archive.schema import open_store

FIRST = datetime(2026, 12, 6, 3, 57, 38, 908217, tzinfo=UTC)  # the demo's first crawl
RECRAWL = datetime(2026, 12, 6, 3, 57, 59, tzinfo=UTC)  # its second crawl saw the article again
CAPTURE = datetime(2026, 12, 6, 3, 57, 38, tzinfo=UTC)  # the first capture's WARC-Date (whole seconds)


def test_reprocessing_an_older_capture_keeps_last_seen_and_validators(tmp_path: Path) -> None:
    """The demo after crawl, re-crawl and ``reprocess``: ``last_seen`` went back from the re-crawl's
    03:57:59 to the capture's 03:57:38, a moment before ``first_seen`` (03:57:38.908)."""
    with open_store(f"sqlite:///{tmp_path / 'a.sqlite3'}") as sessions, sessions.begin() as s:
        ensure_source(s, "paper-a", "甲报", "", "epaper")
        first = upsert_article(s, article("http://a/1", http_etag="v1"), now=FIRST)
        upsert_article(s, article("http://a/1", http_etag="v2"), now=RECRAWL)
        again = upsert_article(s, article("http://a/1", http_etag="v1"), now=CAPTURE)
        row = s.get(Article, first.article_id)
        assert row is not None and again.outcome == UNCHANGED
        assert (row.first_seen, row.last_seen, row.http_etag) == (FIRST, RECRAWL, "v2")
