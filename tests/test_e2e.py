"""The whole path on the bundled sample site: crawl -> store -> index -> search."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from archive.config import index_dir, resolve_db_url
from archive.engine import create_store_engine, make_session_factory
from archive.models import Article, ArticleVersion, CrawlRun, Edition, Page
from crawler.demo import DEMO_OVERRIDES, DEMO_QUERIES, demo_dates, demo_source
from crawler.report.build import build_report
from crawler.runner import run_crawl
from indexer.search import search
from indexer.sync import rebuild_from_store

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out


def _crawl(base_url: str, home: Path, **settings: object) -> dict[str, int]:
    since, until = demo_dates()
    summary = run_crawl(
        demo_source(base_url),
        since=since,
        until=until,
        home=str(home),
        overrides={**DEMO_OVERRIDES, **settings},
    )
    assert summary.status == "finished"
    return summary.counters


def test_crawl_store_index_search(sample_site_url: str, home: Path) -> None:
    counters = _crawl(sample_site_url, home)
    assert counters["articles/new"] == 3
    assert counters["editions/found"] == 2

    db_url = resolve_db_url(None, home)
    sessions = make_session_factory(create_store_engine(db_url))
    with sessions() as session:
        articles = {a.title: a for a in session.scalars(select(Article))}
        assert set(articles) == {
            "洮北区以“工匠精神”为标杆 抓实脱贫攻坚各项工作",
            "全力打造鹤鸣湖环卫保洁“星级”服务",
            "白城师范学院音乐学院举办三下乡活动",
        }
        lead = articles["洮北区以“工匠精神”为标杆 抓实脱贫攻坚各项工作"]
        assert lead.subtitle == "全区已投入扶贫资金3.9亿元新建产业项目110个"
        assert lead.authors == ["孙红", "张连鹏"]
        assert lead.dateline == "城市晚报白城讯"
        assert lead.body.startswith("“工匠精神”的精髓，是精益求精")
        assert "\ufffd" not in lead.body and "问题，逐条" in lead.body
        assert lead.section == "要闻" and lead.page_number == "01"
        assert lead.published_at is not None and lead.published_at.isoformat() == "2016-07-19T16:00:00+00:00"
        gbk = articles["全力打造鹤鸣湖环卫保洁“星级”服务"]
        assert gbk.photographers == ["闫洪生", "张殿文"]
        assert "鹤鸣湖畔" in gbk.body
        three = articles["白城师范学院音乐学院举办三下乡活动"]
        assert three.authors == ["张风"] and three.photographers == ["马彬"]
        assert not three.body.endswith("摄")
        assert session.scalar(select(func.count()).select_from(Page)) == 4
        assert {e.status for e in session.scalars(select(Edition))} == {"found"}
        run = session.scalars(select(CrawlRun)).one()
        assert run.status == "finished" and run.counters["articles/new"] == 3

    assert rebuild_from_store(db_url, index_dir(home)) == 3
    for query, expected in DEMO_QUERIES:
        page = search(index_dir(home), query)
        assert page.hits, query
        assert expected in page.hits[0].title
        assert any(hit for _, hit in page.hits[0].snippet_parts), "the snippet highlights the query"


def test_second_crawl_finds_everything_unchanged(sample_site_url: str, home: Path) -> None:
    _crawl(sample_site_url, home)
    counters = _crawl(sample_site_url, home)
    assert counters["articles/unchanged"] == 3
    assert counters.get("articles/new", 0) == 0 and counters.get("articles/changed", 0) == 0
    sessions = make_session_factory(create_store_engine(resolve_db_url(None, home)))
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 3
        assert session.scalar(select(func.count()).select_from(ArticleVersion)) == 0
        assert session.scalar(select(func.count()).select_from(CrawlRun)) == 2


def test_articles_a_resumed_crawl_skipped_but_the_edition_lists_are_seen_not_unseen(
    sample_site_url: str, home: Path
) -> None:
    # The report counted all 3 "unseen" after `crawl --resume`, as if the paper had dropped them.
    _crawl(sample_site_url, home)
    counters = _crawl(sample_site_url, home, NEWSARCHIVE_RESUME=True)
    assert counters["skipped/archived"] == 3 and counters.get("articles/unchanged", 0) == 0
    since, until = demo_dates()
    sessions = make_session_factory(create_store_engine(resolve_db_url(None, home)))
    with sessions() as session:
        totals = build_report(session, demo_source(sample_site_url), since, until).totals
    assert (totals["articles"], totals["unseen"], totals["unchanged"], totals["new"]) == (3, 0, 3, 0)
