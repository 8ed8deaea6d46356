"""``indexer.facets.month_counts``: counts agree with the search totals and use the papers' months."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from archive.articles import ensure_source, upsert_article
from archive.config import index_dir, resolve_db_url
from archive.items import ArticleItem
from archive.schema import open_store
from indexer.errors import QueryError
from indexer.facets import month_counts
from indexer.search import search
from indexer.sync import rebuild_from_store


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("facets")
    db_url = resolve_db_url(None, home)
    rows = [
        ("a", "2016-07-31T15:59:00", "扶贫 晚报 七月"),  # 23:59 in Shanghai: still July
        ("a", "2016-07-31T16:00:00", "扶贫 晚报 八月"),  # 00:00 on 1 August in Shanghai
        ("b", "2016-03-02T02:00:00", "扶贫 晨报 三月"),
        ("b", "2016-03-20T02:00:00", "扶贫 晨报 三月 搬迁"),
        ("a", None, "扶贫 无日期"),
    ]
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "a")
        ensure_source(session, "b")
        for n, (source, published, body) in enumerate(rows):
            upsert_article(
                session,
                ArticleItem(
                    url=f"http://example.test/{n}",
                    source_id=source,
                    title=f"标题{n}",
                    body=body,
                    published_at=datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None,
                ),
            )
    rebuild_from_store(db_url, index_dir(home))
    return index_dir(home)


def test_months_are_the_papers_months(index: Path) -> None:
    counts = month_counts(index, "扶贫")
    assert counts.months == {"2016-03": 2, "2016-07": 1, "2016-08": 1}
    assert counts.undated == 1 and counts.total == 5
    assert counts.month_range() == [f"2016-{m:02d}" for m in range(3, 9)]  # gaps included


def test_counts_per_source_add_up(index: Path) -> None:
    counts = month_counts(index, "扶贫", by_source=True)
    assert counts.by_source == {"a": {"2016-07": 1, "2016-08": 1}, "b": {"2016-03": 2}}


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("扶贫", {}),
        ("扶贫", {"source": "b"}),
        ("扶贫", {"since": date(2016, 8, 1)}),
        ("扶贫", {"since": date(2016, 3, 1), "until": date(2016, 7, 31)}),
        ("晨报 -搬迁", {}),
        ("晚报 OR 搬迁", {}),
        ("date:2016-07", {}),
    ],
)
def test_total_equals_the_search_total(index: Path, query: str, filters: dict[str, object]) -> None:
    assert month_counts(index, query, **filters).total == search(index, query, **filters).total  # type: ignore[arg-type]


def test_partial_matches_are_not_counted_like_search(index: Path) -> None:
    counts = month_counts(index, "晨报 八月")
    assert not counts.relaxed and counts.total == search(index, "晨报 八月").total


def test_query_errors_are_the_search_errors(index: Path) -> None:
    with pytest.raises(QueryError, match="empty"):
        month_counts(index, "  ")
    assert month_counts(index, '"扶贫').total == search(index, '"扶贫').total  # text, not an error
