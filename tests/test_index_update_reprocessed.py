"""``index update`` takes every article whose text changed, whatever its ``updated_at``.

``reprocess`` stores a changed text dated by its capture (a version's fetched
time), often before the index's watermark: the update skipped it ("0 changed")
while ``index check`` called it stale, and nothing but a rebuild made it searchable.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from store_support import WIRE, article

from archive.articles import ensure_source, upsert_article
from archive.schema import open_store
from indexer.check import check_index
from indexer.search import search
from indexer.sync import rebuild_from_store, update_from_store


def test_a_change_dated_before_the_watermark_is_indexed(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    index_path = tmp_path / "index"
    captured = datetime(2016, 7, 20, 8, 0, tzinfo=UTC)  # the capture's time, long before the rebuild
    with open_store(db_url) as factory, factory.begin() as session:
        ensure_source(session, "paper-a")
        upsert_article(session, article("http://a/1"), now=captured)
        upsert_article(
            session, article("http://a/2", title="今天的新闻")
        )  # stored now: a recent watermark
    rebuild_from_store(db_url, index_path)
    with open_store(db_url) as factory, factory.begin() as session:  # as reprocess writes a new extraction
        changed = article("http://a/1", body=WIRE + "鹤鸣湖公园同日开放。")
        assert upsert_article(session, changed, now=captured).outcome == "changed"
    stats = update_from_store(db_url, index_path)
    assert stats.changed == 1
    assert check_index(db_url, index_path).stale == 0
    assert search(index_path, "鹤鸣湖").total == 1
