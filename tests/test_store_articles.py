"""Store writes on SQLite and PostgreSQL: upsert by URL, versions, reprint clusters, editions."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from store_support import DB_PARAMS, WIRE, article, make_db_url

from archive.articles import CHANGED, NEW, UNCHANGED, ensure_source, touch_articles, upsert_articles
from archive.editions import record_edition, record_page, start_run
from archive.items import EditionItem, PageItem
from archive.models import Article, ArticleVersion, CrawlRun, Edition, LshBand, Page
from archive.queries import article_versions, cluster_members
from archive.schema import open_store

T0 = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    with open_store(db_url) as factory:
        with factory.begin() as s:
            for sid in ("paper-a", "paper-b", "paper-c"):
                ensure_source(s, sid)
        yield factory


def test_new_unchanged_changed_keeps_versions(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        (r1,) = upsert_articles(s, [article("http://a/1")], now=T0)
    assert r1.outcome == NEW
    with sessions.begin() as s:
        (r2,) = upsert_articles(s, [article("http://a/1")], now=T0 + timedelta(days=1))
    assert (r2.article_id, r2.outcome) == (r1.article_id, UNCHANGED)
    with sessions.begin() as s:
        row = s.get(Article, r1.article_id)
        assert row is not None
        assert row.version == 1 and row.last_seen == T0 + timedelta(days=1) and row.updated_at == T0
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 0
    edited = WIRE.replace("一百二十亿元", "一百二十五亿元")
    with sessions() as s:
        (current,) = article_versions(s, r1.article_id)
    assert current.fetched_at == T0  # its capture, as the article page and show --versions date it
    with sessions.begin() as s:
        (r3,) = upsert_articles(
            s, [article("http://a/1", body=edited, title="更正")], now=T0 + timedelta(days=2)
        )
    assert (r3.article_id, r3.outcome) == (r1.article_id, CHANGED)
    with sessions() as s:
        versions = article_versions(s, r1.article_id)
        assert [v.version for v in versions] == [1, 2]
        # Kept as a version, version 1 stays dated as it was shown (it read T0 + 1 day, its last_seen:
        # a citation of ?version=1 changed its retrieved date when version 2 came).
        assert versions[0].body == WIRE and versions[0].title != "更正" and versions[0].fetched_at == T0
        assert versions[1].body == edited and versions[1].title == "更正"
        assert versions[1].fetched_at == T0 + timedelta(days=2)
    with sessions.begin() as s:
        upsert_articles(s, [article("http://a/1", body=WIRE)], now=T0 + timedelta(days=3))
    with sessions() as s:
        versions = article_versions(s, r1.article_id)
        assert s.scalar(select(func.count()).select_from(Article)) == 1
    assert [v.fetched_at for v in versions] == [T0, T0 + timedelta(days=2), T0 + timedelta(days=3)]


def test_batch_mixes_outcomes_and_repeated_urls(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        upsert_articles(s, [article("http://a/1"), article("http://a/2", body="另一篇稿件" * 20)], now=T0)
    batch = [
        article("http://a/1"),
        article("http://a/2", body="另一篇稿件有改动" * 20),
        article("http://a/3", body="第三篇" * 30),
        article("http://a/3", body="第三篇改了" * 30),
    ]
    with sessions.begin() as s:
        results = upsert_articles(s, batch, now=T0 + timedelta(hours=1))
    assert [r.outcome for r in results] == [UNCHANGED, CHANGED, NEW, CHANGED]
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 3
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 2


def test_a_batch_holding_an_article_and_its_copies_counts_the_copies_alone(
    sessions: sessionmaker[Session],
) -> None:
    # A run counts the reprints its batches link; the report counts the articles filed in a cluster
    # not their own (cluster_id != id). Both counted the first article too when its copy came in the
    # same batch (a crawl's run said "reprints 3" of two copies, its report 2).
    near = WIRE.replace("一百二十亿元", "一百二十亿").replace("有力支撑", "坚实支撑")
    batch = [
        article("http://a/1"),
        article("http://b/1", "paper-b", body=near),
        article("http://c/1", "paper-c"),
    ]
    with sessions.begin() as s:
        first, copy, exact = upsert_articles(s, batch, now=T0)
    assert not first.reprint  # the cluster's first article: a copy of nothing archived before it
    assert (copy.reprint, copy.cluster_id) == ("near", first.article_id)
    assert (exact.reprint, exact.cluster_id) == ("exact", first.article_id)
    with sessions() as s:
        rows = s.execute(select(Article.id, Article.cluster_id)).all()
    copies = [id_ for id_, cluster in rows if cluster is not None and cluster != id_]
    assert sorted(copies) == sorted([copy.article_id, exact.article_id])


def test_nul_characters_are_stripped(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        (r,) = upsert_articles(
            s, [article("http://a/nul", title="标\x00题", body=WIRE + "\x00", authors=["张\x00三"])]
        )
    with sessions() as s:
        row = s.get(Article, r.article_id)
        assert row is not None and "\x00" not in row.title + row.body + "".join(row.authors)


def test_reprints_are_linked_never_dropped(sessions: sessionmaker[Session]) -> None:
    near = (
        WIRE.replace("一百二十亿元", "一百二十亿")
        .replace("三千公里", "三千余公里")
        .replace("有力支撑", "坚实支撑")
    )
    other = "本报讯 市图书馆昨日举办暑期少儿读书活动，吸引了两百多名小读者参加。" * 4
    with sessions.begin() as s:
        (a,) = upsert_articles(s, [article("http://a/1", "paper-a")], now=T0)
        (u,) = upsert_articles(s, [article("http://a/2", "paper-a", body=other, title="读书")], now=T0)
    with sessions.begin() as s:
        (b,) = upsert_articles(s, [article("http://b/9", "paper-b", body=near, authors=["李四"])], now=T0)
        (c,) = upsert_articles(s, [article("http://c/5", "paper-c")], now=T0)
    assert (b.reprint, b.cluster_id) == ("near", a.article_id)
    assert (c.reprint, c.cluster_id) == ("exact", a.article_id)
    assert u.cluster_id is None
    with sessions() as s:
        members = cluster_members(s, b.article_id)
        assert sorted(m.id for m in members) == sorted([a.article_id, b.article_id, c.article_id])
        assert {m.source_id for m in members} == {"paper-a", "paper-b", "paper-c"}
        assert cluster_members(s, u.article_id)[0].cluster_id is None
        assert (
            s.scalar(select(func.count()).select_from(LshBand).where(LshBand.article_id == b.article_id))
            == 16
        )


def test_two_clusters_merge_when_a_bridge_arrives(sessions: sessionmaker[Session]) -> None:
    half = len(WIRE) // 2
    left, right = WIRE[:half] * 2, WIRE[half:] * 2
    with sessions.begin() as s:
        (a,) = upsert_articles(s, [article("http://a/1", body=left)])
        (b,) = upsert_articles(s, [article("http://b/1", "paper-b", body=right)])
        (c,) = upsert_articles(s, [article("http://c/1", "paper-c", body=left + right)])
    # Merging depends on shared bands, so only assert the invariant: every cluster label is a member.
    with sessions() as s:
        labels = set(s.scalars(select(Article.cluster_id).where(Article.cluster_id.is_not(None))))
        for label in labels:
            assert s.get(Article, label) is not None and s.get(Article, label).cluster_id == label  # type: ignore[union-attr]
    assert a.article_id < b.article_id < c.article_id


def test_touch_marks_not_modified_articles_seen(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        (r,) = upsert_articles(s, [article("http://a/1")], now=T0)
    with sessions.begin() as s:
        assert touch_articles(s, ["http://a/1", "http://a/unknown"], now=T0 + timedelta(days=3)) == 1
    with sessions() as s:
        row = s.get(Article, r.article_id)
        assert row is not None and row.last_seen == T0 + timedelta(days=3) and row.updated_at == T0


def test_editions_only_move_up_and_pages_upsert(sessions: sessionmaker[Session]) -> None:
    day = date(2016, 7, 20)
    with sessions.begin() as s:
        record_edition(s, EditionItem("paper-a", day, "found", url="http://a/e"), None)
        record_edition(s, EditionItem("paper-a", day, "failed", reason="HTTP 503"), None)
        record_page(
            s, PageItem("paper-a", day, "01", name="要闻", warc_file="f.warc.gz", warc_offset=7), None
        )
        record_page(s, PageItem("paper-a", day, "01", name="要闻版"), None)
        record_page(s, PageItem("paper-a", date(2016, 7, 21), "02", name="本地"), None)
    with sessions() as s:
        edition = s.scalars(select(Edition).where(Edition.edition_date == day)).one()
        assert (edition.status, edition.url, edition.reason) == ("found", "http://a/e", "")
        page = s.scalars(select(Page).where(Page.edition_id == edition.id)).one()
        assert (page.name, page.warc_file, page.warc_offset) == ("要闻版", "f.warc.gz", 7)
        assert s.scalar(select(func.count()).select_from(Edition)) == 2


def test_a_page_read_without_its_label_then_with_it_is_one_page(sessions: sessionmaker[Session]) -> None:
    """A page first fetched cut short (its own 第02版 label lost, so numbered by its URL, node_02.html)
    and fetched whole by the next crawl became a second page row beside the first: the report counted
    the edition 3 pages for the paper's 2 and its page listed a phantom page node_02.html. Either order
    keeps one row per page URL, under the label when one crawl read it."""
    day, other = date(2016, 7, 20), date(2016, 7, 21)
    url = "http://a/pc/layout/201607/20/node_02.html"
    with sessions.begin() as s:
        record_page(s, PageItem("paper-a", day, "01", name="要闻", url="http://a/node_01.html"), None)
        record_page(s, PageItem("paper-a", day, "", url=url, warc_file="a.warc.gz", warc_offset=1), None)
        record_page(s, PageItem("paper-a", day, "02", name="综合", url=url, warc_file="b.warc.gz"), None)
        # The other way round: a page labelled by an earlier crawl, cut short in a later one.
        record_page(s, PageItem("paper-a", other, "02", name="综合", url=url.replace("20", "21")), None)
        record_page(s, PageItem("paper-a", other, "", url=url.replace("20", "21"), warc_file="c"), None)
    with sessions() as s:
        pages = {
            (edition.edition_date, page.number, page.name, page.warc_file)
            for page, edition in s.execute(select(Page, Edition).join(Edition, Page.edition_id == Edition.id))
        }
    assert pages == {
        (day, "01", "要闻", ""),
        (day, "02", "综合", "b.warc.gz"),
        (other, "02", "综合", "c"),
    }


def test_a_failed_recheck_of_a_found_edition_is_named_with_its_reason(
    sessions: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    """A re-crawl of a found date that the site answered with its busy page kept the date found, as it
    should, but said only "failed 1": no date, no reason (the run's failed editions are read from
    the rows, and the row stayed found), and exit 7 pointed at a 'requests failed:' line never printed."""
    from archive.batches import write_batch

    day = date(2024, 3, 4)
    write_batch(sessions, [EditionItem("paper-a", day, "found", url="http://a/e")], None)
    busy = "HTTP 200 error page (系统繁忙)"
    with caplog.at_level("WARNING", logger="archive.batches"):
        recheck = write_batch(sessions, [EditionItem("paper-a", day, "failed", reason=busy)], None)
        failed = write_batch(
            sessions, [EditionItem("paper-a", date(2024, 3, 5), "failed", reason="HTTP 500")], None
        )
    # Counted in the run's counters (its JSON column), so `runs` and the crawl summary say it: the
    # row stays found, so the run's failed editions, read from the rows, cannot list it.
    assert (recheck["editions/recheck_failed"], failed["editions/recheck_failed"]) == (1, 0)
    # And which date, in the same counters (no column of its own): `runs` names it, from the run's row.
    assert recheck["editions/recheck_failed/2024-03-04"] == 1
    assert "editions/recheck_failed/2024-03-05" not in failed
    from archive.models import CrawlRun
    from search_cli.commands.runs import run_as_dict

    with sessions.begin() as s:
        s.add(CrawlRun(source_id="paper-a", status="finished", counters=dict(recheck)))
    with sessions() as s:
        run = s.scalars(select(CrawlRun)).one()
        assert run_as_dict(run)["recheck_failed_dates"] == ["2024-03-04"]
    (said,) = [r.getMessage() for r in caplog.records]
    assert said == f"paper-a 2024-03-04: this check failed ({busy}); its edition stays found as archived"
    with sessions() as s:
        assert s.scalars(select(Edition.status).where(Edition.edition_date == day)).one() == "found"


def test_an_edition_moves_down_only_on_a_check_that_nothing_archived_contradicts(
    sessions: sessionmaker[Session],
) -> None:
    """A re-check that saw no edition demotes a "found" unless the date's archived articles are its own.

    An old "found" may be the latest edition a site served for this date (its
    articles are dated another day) or may have nothing archived: the new
    evidence wins. Articles of the date keep it found (a site that removed an
    old edition), and a failed check never demotes. No article is deleted.
    """
    from crawler.report.build import build_report
    from crawler.sources import SourceConfig, UrlTemplate
    from webui.queries import source_health

    days = [date(2024, 3, d) for d in range(1, 7)]
    other = datetime(2024, 3, 6, 8, 0, tzinfo=UTC)  # 16:00 in Asia/Shanghai, the source's default zone
    with sessions.begin() as s:
        for day in days:
            record_edition(s, EditionItem("paper-a", day, "found", url=f"http://a/{day}"), None)
        own = [
            article(f"http://a/own/{n}", edition_date=days[1], published_at=datetime(2024, 3, 2, tzinfo=UTC))
            for n in range(2)
        ]
        latest = [article(f"http://a/latest/{n}", edition_date=days[2], published_at=other) for n in range(3)]
        undated = [article("http://a/undated", edition_date=days[3], published_at=None)]
        late = [
            article("http://a/late", edition_date=days[4], published_at=datetime(2024, 3, 4, 20, tzinfo=UTC))
        ]
        upsert_articles(s, [*own, *latest, *undated, *late])
    another = (
        "another edition: the page served for {} is the edition of 2024-03-06 (date line 2024年03月06日)"
    )
    with sessions.begin() as s:
        run = start_run(s, "paper-a", "epaper", {}).id
        for day in days[:5]:
            record_edition(
                s,
                EditionItem("paper-a", day, "no-edition", url=f"http://a/{day}", reason=another.format(day)),
                run,
            )
        record_edition(s, EditionItem("paper-a", days[5], "failed", reason="HTTP 503"), run)
    with sessions() as s:
        rows = {e.edition_date: e for e in s.scalars(select(Edition))}
        # Nothing archived under 03-01: the old "found" has nothing to show for it.
        assert (rows[days[0]].status, rows[days[0]].reason, rows[days[0]].run_id) == (
            "no-edition",
            another.format(days[0]),
            run,
        )
        # Its own articles keep 03-02 found, reason and run untouched.
        assert (rows[days[1]].status, rows[days[1]].reason, rows[days[1]].run_id) == ("found", "", None)
        # 03-03's articles are 03-06's: the old crawl filed the latest edition under it.
        assert rows[days[2]].status == "no-edition"
        assert rows[days[2]].reason == another.format(days[2])
        # Undated articles prove nothing either way; a date read in the paper's zone (04:00 on
        # 03-05 in Shanghai) is the edition's own.
        assert rows[days[3]].status == rows[days[4]].status == rows[days[5]].status == "found"
        assert s.scalar(select(func.count()).select_from(Article)) == 7
    # The articles stay under 03-03; the report and the calendar say where their pages date them, also
    # after a later check's reason replaced the demoting one (it was kept in the reason, and lost).
    with sessions.begin() as s:
        record_edition(s, EditionItem("paper-a", days[2], "no-edition", reason="HTTP 404"), None)
    note = "3 articles filed here are dated 2024-03-06 by their pages (kept, not moved)"
    source = SourceConfig("paper-a", "A", "epaper", templates=(UrlTemplate("http://a/{date:%Y%m%d}"),))
    with sessions() as s:
        row = {r.day: r for r in build_report(s, source, days[0], days[5]).dates}[days[2]]
        health = source_health(s, ["paper-a"])[0]
    assert (row.status, row.articles, row.reason) == ("no-edition", 3, f"HTTP 404; {note}")
    cell = next(d for m in health.months for d in m.days if d.day == days[2])
    assert (cell.status, cell.reason) == ("no-edition", f"HTTP 404; {note}")


def test_one_helper_joins_a_dates_reason_and_where_its_articles_belong(
    sessions: sessionmaker[Session],
) -> None:
    """The report and the calendar join a demoted date's reason and its misfiled note the same way,
    through one helper: dates without a note are left out, an empty reason gives the note alone."""
    from archive.editions import join_reasons, reasons_with_misfiled

    days = [date(2024, 3, d) for d in (1, 2, 3)]
    elsewhere = datetime(2024, 3, 6, 8, 0, tzinfo=UTC)
    with sessions.begin() as s:
        upsert_articles(
            s,
            [
                article("http://a/x/1", edition_date=days[0], published_at=elsewhere),
                article("http://a/x/2", edition_date=days[1], published_at=elsewhere),
                article("http://a/own", edition_date=days[2], published_at=datetime(2024, 3, 3, tzinfo=UTC)),
            ],
        )
    note = "1 article filed here is dated 2024-03-06 by its page (kept, not moved)"  # was "their pages"
    with sessions() as s:
        joined = reasons_with_misfiled(s, "paper-a", {days[0]: "HTTP 404", days[1]: "", days[2]: "HTTP 404"})
    assert joined == {days[0]: f"HTTP 404; {note}", days[1]: note}
    assert join_reasons("", "a", "", "b") == "a; b"


def test_a_not_yet_published_check_is_provisional_and_moves_nothing_down(
    sessions: sessionmaker[Session],
) -> None:
    """A "no edition" seen on the date's own day is no evidence yet: it never demotes a found edition
    (even one with nothing archived, which a settled "no edition" would demote), a failed re-check
    keeps it, a settled "no edition" replaces it, and an edition found later that day promotes it."""
    from archive.items import is_not_yet, not_yet_reason

    morning = datetime(2024, 3, 7, 7, 30)
    days = [date(2024, 3, d) for d in (7, 8, 9, 10)]
    pending = not_yet_reason(morning, "HTTP 404")
    assert pending == "not yet published (checked 07:30): HTTP 404"  # naive: as rows before labels read
    with sessions.begin() as s:
        record_edition(s, EditionItem("paper-a", days[0], "found", url="http://a/e"), None)
        for day in days:
            record_edition(s, EditionItem("paper-a", day, "no-edition", reason=pending), None)
        record_edition(s, EditionItem("paper-a", days[1], "failed", reason="HTTP 503"), None)
        record_edition(s, EditionItem("paper-a", days[2], "no-edition", reason="HTTP 404"), None)
        record_edition(s, EditionItem("paper-a", days[3], "found", url="http://a/e4"), None)
    with sessions() as s:
        rows = {e.edition_date: e for e in s.scalars(select(Edition))}
    assert (rows[days[0]].status, rows[days[0]].reason) == ("found", "")
    assert (rows[days[1]].status, rows[days[1]].reason) == ("no-edition", pending)
    assert is_not_yet(rows[days[1]].status, rows[days[1]].reason)
    assert (rows[days[2]].status, rows[days[2]].reason) == ("no-edition", "HTTP 404")
    assert not is_not_yet(rows[days[2]].status, rows[days[2]].reason)
    assert rows[days[3]].status == "found"


def test_a_reprint_found_later_changes_no_article_and_no_fetch_time(sessions: sessionmaker[Session]) -> None:
    """A copy stored in a later run moves the first article's cluster, nothing of what the site printed.

    The report must not count that article as changed by the site, and its one
    version keeps the time it was fetched (not the time its copy turned up).
    """
    from crawler.report.build import build_report
    from crawler.sources import SourceConfig, UrlTemplate

    day = date(2016, 7, 20)
    with sessions.begin() as s:
        first = start_run(s, "paper-a", "epaper", {}).id
        record_edition(s, EditionItem("paper-a", day, "found", url="http://a/e"), first)
        (a,) = upsert_articles(s, [article("http://a/1", edition_date=day)], run_id=first)
    with sessions.begin() as s:
        second = start_run(s, "paper-a", "epaper", {}).id
        record_edition(s, EditionItem("paper-a", day, "found", url="http://a/e"), second)
        (b,) = upsert_articles(s, [article("http://a/2", edition_date=day)], run_id=second)
    assert b.reprint and b.cluster_id == a.article_id  # the copy joined the first article's cluster
    source = SourceConfig("paper-a", "A", "epaper", templates=(UrlTemplate("http://a/{date:%Y%m%d}"),))
    with sessions() as s:
        (row,) = build_report(s, source, day, day).dates
        assert (row.articles, row.new, row.changed) == (2, 1, 0)
        stored = s.get(Article, a.article_id)
        assert stored is not None and stored.updated_at > stored.first_seen  # the cluster move
        (only,) = article_versions(s, a.article_id)
        assert only.fetched_at == stored.first_seen


STORED = (
    "本报讯 12月28日，白城市召开全市经济工作推进会议，总结前一阶段重点工作推进情况，安排部署下一阶段任务。\n"
    "会议指出，今年以来全市经济运行总体平稳、稳中有进，主要经济指标保持在合理区间，民生保障水平持续提升。\n"
    "会议强调，要紧盯全年目标任务不放松，抓项目、扩投资、稳增长，确保完成全年各项目标任务，为明年开好局打下基础。\n"
    "会议还对安全生产、冬季供暖、节日市场供应等工作进行了安排部署，要求各级干部坚守岗位、履职尽责。"
)


def test_a_worse_recapture_keeps_the_stored_text(sessions: sessionmaker[Session]) -> None:
    """Captures over half the stored text but worse than it: cut mid-sentence, a login wall."""
    cut = STORED[: int(len(STORED) * 0.8)]  # a page truncated at the origin: ends mid-sentence
    assert cut[-1] not in "。！？" and len(cut) > len(STORED) / 2
    paragraphs = STORED.split("\n")
    wall = "\n".join([*paragraphs[:3], "本文为付费内容，请登录后阅读全文。"])
    credited = STORED + "\n（新华社发）"
    with sessions.begin() as s:
        upsert_articles(s, [article(f"http://a/{n}", body=STORED) for n in range(4)], now=T0)
        # An extractor that learns to drop the credit lines: the text now ends at a bracket.
        upsert_articles(
            s, [article("http://a/4", body=credited + "\n责任编辑：张三　校对：李四　审核：王五")], now=T0
        )
    with sessions.begin() as s:
        results = upsert_articles(
            s,
            [
                article("http://a/0", body=cut),
                article("http://a/1", body=wall),
                # Edits stay edits: the last paragraph dropped (ends at a full stop), a sentence added.
                article("http://a/2", body="\n".join(paragraphs[:3])),
                article("http://a/3", body=STORED + "（完）"),
                article("http://a/4", body=credited),
            ],
            now=T0 + timedelta(days=1),
        )
    assert [r.outcome for r in results] == ["damaged", "damaged", CHANGED, CHANGED, CHANGED]
    assert "mid-sentence" in results[0].damage and "付费内容" in results[1].damage
    with sessions() as s:
        rows = {url: body for url, body in s.execute(select(Article.url, Article.body))}
        assert rows["http://a/0"] == rows["http://a/1"] == STORED
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 3


def test_a_found_edition_without_articles_says_so_in_the_report(sessions: sessionmaker[Session]) -> None:
    """An edition is recorded as its page is fetched: a crawl killed before its articles left it 'found'."""
    from archive.editions import finish_run
    from crawler.report.build import build_report
    from crawler.sources import SourceConfig, UrlTemplate

    cut, whole = date(2016, 7, 20), date(2016, 7, 21)
    with sessions.begin() as s:
        killed = start_run(s, "paper-a", "epaper", {}).id
        record_edition(s, EditionItem("paper-a", cut, "found", url="http://a/e1"), killed)
        finish_run(s, killed, "interrupted", {}, "process died")
        done = start_run(s, "paper-a", "epaper", {}).id
        record_edition(s, EditionItem("paper-a", whole, "found", url="http://a/e2"), done)
        upsert_articles(s, [article("http://a/1", edition_date=whole)], run_id=done)
        finish_run(s, done, "finished", {}, "finished")
    source = SourceConfig("paper-a", "A", "epaper", templates=(UrlTemplate("http://a/{date:%Y%m%d}"),))
    with sessions() as s:
        first, second = build_report(s, source, cut, whole).dates
    assert (first.status, first.articles) == ("found", 0)
    assert first.reason == f"no article stored; run {killed} interrupted: crawl the date again with --resume"
    assert (second.status, second.articles, second.reason) == ("found", 1, "")
    with sessions.begin() as s:  # a run killed after some of an edition's articles (its process gone)
        gone = start_run(s, "paper-a", "epaper", {}).id
        record_edition(s, EditionItem("paper-a", whole, "found", url="http://a/e2"), gone)
        s.get(CrawlRun, gone).args = {  # type: ignore[union-attr]
            "host": socket.gethostname(),
            "pid": _dead_pid(),
            "since": whole.isoformat(),
            "until": whole.isoformat(),
        }
    with sessions() as s:
        report = build_report(s, source, whole, whole)
    (partial,) = report.dates
    assert (partial.articles, partial.reason) == (
        1,
        f"run {gone} running (process gone): crawl the date again with --resume",
    )
    # Its runs line said 'running 1' of the dead run, then 'killed 1', where ``runs`` and the web
    # page say 'running (process gone)'. The JSON key stays ``killed``.
    assert report.runs.get("killed") == 1 and "running" not in report.runs, report.runs
    from search_cli.commands.report import format_report

    assert ", running (process gone) 1" in format_report(report)


def _dead_pid() -> int:
    """Return the pid of a process that has ended (and been reaped)."""
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(child.stdout)


def test_report_columns_add_up_when_the_last_crawl_did_not_see_an_article(
    sessions: sessionmaker[Session],
) -> None:
    """A re-crawl that refused one article's capture as damaged counts it "refused"; one it never saw, unseen.

    Before, the refused one read "unseen" too, as if the paper had dropped it.
    """
    from archive.editions import finish_run
    from crawler.report.build import build_report
    from crawler.sources import SourceConfig, UrlTemplate

    day = date(2016, 12, 28)
    with sessions.begin() as s:
        first = start_run(s, "paper-a", "epaper", {}).id
        record_edition(s, EditionItem("paper-a", day, "found", url="http://a/e"), first)
        upsert_articles(s, [article(f"http://a/{n}", edition_date=day, body=STORED) for n in range(4)])
        finish_run(s, first, "finished", {})
    with sessions.begin() as s:
        second = start_run(s, "paper-a", "epaper", {}).id
        record_edition(s, EditionItem("paper-a", day, "found", url="http://a/e"), second)
        results = upsert_articles(
            s,
            [
                article("http://a/0", edition_date=day, body=STORED),
                article("http://a/1", edition_date=day, body=STORED + "（完）"),
                article("http://a/2", edition_date=day, body=STORED[:150]),
            ],
        )
        assert [r.outcome for r in results] == [UNCHANGED, CHANGED, "damaged"]
        finish_run(s, second, "finished", {})
    source = SourceConfig("paper-a", "A", "epaper", templates=(UrlTemplate("http://a/{date:%Y%m%d}"),))
    with sessions() as s:
        report = build_report(s, source, day, day)
    (row,) = report.dates
    assert (row.articles, row.new, row.changed, row.unchanged, row.refused, row.unseen) == (4, 0, 1, 1, 1, 1)
    assert (report.totals["refused"], report.totals["unseen"]) == (1, 1)


def test_a_page_cut_short_after_a_whole_read_keeps_the_whole_reads_pdf_and_capture(
    sessions: sessionmaker[Session],
) -> None:
    """A later read of a labelled page cut short (no label, so no PDF link either) joins its row: it
    wrote its empty PDF link and its cut-short capture over the whole read's, the page listed without
    its PDF and cited from the damaged capture."""
    day = date(2016, 7, 20)
    url = "http://a/pc/layout/201607/20/node_02.html"
    whole = PageItem("paper-a", day, "02", name="综合", url=url, pdf_url="http://a/02.pdf", warc_file="b")
    whole.warc_offset = 7
    with sessions.begin() as s:
        record_page(s, whole, None)
        record_page(s, PageItem("paper-a", day, "", url=url, warc_file="c", warc_offset=9), None)
    with sessions() as s:
        pages = {(p.number, p.name, p.pdf_url, p.warc_file, p.warc_offset) for p in s.scalars(select(Page))}
    assert pages == {("02", "综合", "http://a/02.pdf", "b", 7)}
