"""A small archive for the web interface tests: real store, real index, hostile content.

Archived pages are hostile input, so titles, bodies, authors, a source name
and a URL here carry ``<script>``, ``onerror=`` and ``javascript:`` payloads
that set ``window.__xss`` if they ever run. One article has two versions, two
papers share a reprint, one paper has found / no-edition / failed dates and a
raw capture (itself hostile) in a WARC file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

from sqlalchemy import select, update
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.articles import ensure_source, upsert_article
from archive.config import index_dir, resolve_db_url, warc_dir
from archive.editions import finish_run, record_edition, record_page, start_run
from archive.items import ArticleItem, EditionItem, PageItem
from archive.models import Article, Source
from archive.schema import open_store
from indexer.sync import rebuild_from_store

XSS_TITLE = '脱贫攻坚<script>window.__xss="title"</script><img src=x onerror="window.__xss=\'img\'">'
XSS_BODY = (
    '脱贫攻坚战取得决定性进展，记者在村里看到<script>window.__xss="body"</script>新房。\n'
    "详情见<a href=\"javascript:window.__xss='link'\">这里</a>，"
    "<svg onload=\"window.__xss='svg'\"></svg>村民收入翻了一番。"
)
XSS_URL = "javascript:window.__xss='url'//http://paper-b.example/xss.html"
XSS_SOURCE_NAME = "<img src=x onerror=\"window.__xss='source'\">晨报"
CAPTURE_HTML = (
    '<html><head><meta charset="utf-8"><title>原始页面</title></head><body>'
    '<h1 id="captured">脱贫攻坚 原始页面</h1>'
    '<script>window.__xss="capture"; try { parent.document.title = "pwned"; } catch (e) {}</script>'
    "<img src=x onerror=\"window.__xss='capture-img'\"></body></html>"
)
WIRE = (
    "新华社长春7月20日电 记者从吉林省扶贫办获悉，今年上半年全省脱贫攻坚工作取得新进展，"
    "贫困村基础设施建设完成投资十二亿元。扶贫部门表示，下半年将继续推进产业扶贫和易地搬迁，"
    "确保全年脱贫任务顺利完成，为全面建成小康社会打下坚实基础。"
)


@dataclass(frozen=True)
class WebArchive:
    """Where the test archive is and the ids the tests look at."""

    home: Path
    db_url: str
    hostile_id: int
    versioned_id: int
    reprint_ids: tuple[int, int]
    plain_ids: tuple[int, ...]
    spring_ids: tuple[int, ...]
    # Page 02 of paper-a's 2016-05-10 edition: archived in this order, printed in the reverse one.
    page_two_ids: tuple[int, int] = (0, 0)


EDITION_DAY = date(2016, 5, 10)
PAGE_TWO_URL = "http://paper-a.example/2016-05/10/node_2.htm"


def _write_capture(home: Path) -> tuple[str, int]:
    """Write one hostile article response to a WARC file; return (file relative to warc/, offset)."""
    root = warc_dir(home)
    path = root / "paper-b" / "run-1" / "20160720T000000-1-00000.warc.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        offset = handle.tell()
        payload = CAPTURE_HTML.encode("utf-8")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "http://paper-b.example/xss.html",
            "response",
            payload=BytesIO(payload),
            length=len(payload),
            http_headers=http,
        )
        writer.write_record(record)
    return path.relative_to(root).as_posix(), offset


def _write_page_capture(home: Path, links: list[str]) -> tuple[str, int]:
    """Write e-paper page 02 as captured: its article links in print order."""
    root = warc_dir(home)
    path = root / "paper-a" / "run-1" / "20160510T000000-1-00000.warc.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'<li><a href="{link}">文章</a></li>' for link in links)
    html = f'<html><head><meta charset="utf-8"></head><body><ul>{body}</ul></body></html>'.encode()
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        offset = handle.tell()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            PAGE_TWO_URL, "response", payload=BytesIO(html), length=len(html), http_headers=http
        )
        writer.write_record(record)
    return path.relative_to(root).as_posix(), offset


def _at(day: int, month: int = 7, year: int = 2016) -> datetime:
    return datetime(year, month, day, 0, 30, tzinfo=UTC)  # 08:30 in Changchun


def build_web_archive(home: Path) -> WebArchive:
    """Create the store, the WARC file and the index under ``home``; return the ids of interest."""
    db_url = resolve_db_url(None, home)
    warc_file, warc_offset = _write_capture(home)
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "paper-a", name="城市晚报", region="吉林 白城")
        ensure_source(session, "paper-b", name="晨报")
        session.execute(update(Source).where(Source.id == "paper-b").values(name=XSS_SOURCE_NAME))
        run = start_run(session, "paper-a", "epaper", {"since": "2016-07-18", "until": "2016-07-22"})
        statuses = {18: "found", 19: "no-edition", 20: "found", 21: "failed", 22: "found"}
        for day, status in statuses.items():
            reason = "HTTP 503 on the page list" if status == "failed" else ""
            record_edition(session, EditionItem("paper-a", date(2016, 7, day), status, reason=reason), run.id)
        finish_run(session, run.id, "finished", {"fetched": 9, "new": 6})

        plain = []
        months = [(5, 10), (6, 3), (6, 20), (8, 2)]
        for n, (month, day) in enumerate(months):
            item = ArticleItem(
                url=f"http://paper-a.example/{n}.html",
                source_id="paper-a",
                title=f"洮北区脱贫攻坚第{n + 1}期",
                lead_title="聚焦扶贫",
                subtitle=f"第{n + 1}篇",
                body=f"洮北区推进脱贫攻坚，第{n + 1}期报道。\n村民王{n}说，日子越过越好。",
                published_at=_at(day, month),
                authors=["张三" if n % 2 == 0 else "李四"],
                dateline="本报讯",
                paper="城市晚报",
                section="要闻",
                page_number="01",
                edition_date=date(2016, month, day),
            )
            plain.append(upsert_article(session, item).article_id)
        hostile = upsert_article(
            session,
            ArticleItem(
                url=XSS_URL,
                source_id="paper-b",
                title=XSS_TITLE,
                lead_title='<b onmouseover="window.__xss=1">引</b>',
                subtitle="<iframe src=javascript:alert(1)>",
                body=XSS_BODY,
                published_at=_at(20),
                authors=["<svg onload=\"window.__xss='author'\">"],
                dateline="<script>window.__xss='dateline'</script>",
                paper="晨报",
                section='=HYPERLINK("http://evil.example")',
                warc_file=warc_file,
                warc_offset=warc_offset,
            ),
        ).article_id
        first = ArticleItem(
            url="http://paper-a.example/versioned.html",
            source_id="paper-a",
            title="鹤鸣湖湿地保护工作启动",
            body="鹤鸣湖湿地保护工作今天启动。\n预计投资三千万元。\n第三段不变。",
            published_at=_at(21),
            authors=["王五"],
            paper="城市晚报",
        )
        upsert_article(session, first, now=_at(21))
        second = ArticleItem(
            **{
                **first.__dict__,
                "title": "鹤鸣湖湿地保护工程正式启动",
                "body": "鹤鸣湖湿地保护工作今天启动。\n预计投资五千万元。\n第三段不变。",
            }
        )
        versioned = upsert_article(session, second, now=_at(22)).article_id
        reprint_a = upsert_article(
            session,
            ArticleItem(
                url="http://paper-a.example/wire.html",
                source_id="paper-a",
                title="全省脱贫攻坚上半年新进展",
                body=WIRE,
                published_at=_at(20),
                authors=["新华社"],
                paper="城市晚报",
            ),
        ).article_id
        reprint_b = upsert_article(
            session,
            ArticleItem(
                url="http://paper-b.example/wire.html",
                source_id="paper-b",
                title="吉林脱贫攻坚取得新进展",
                body=WIRE,
                published_at=_at(21),
                authors=["新华社"],
                paper="晨报",
            ),
        ).article_id
        # Twelve more for paging (query 春耕); the first title is a spreadsheet formula.
        spring = []
        for n in range(12):
            title = '=HYPERLINK("http://evil.example","点击")春耕' if n == 0 else f"春耕备耕第{n}天"
            spring.append(
                upsert_article(
                    session,
                    ArticleItem(
                        url=f"http://paper-a.example/spring-{n}.html",
                        source_id="paper-a",
                        title=title,
                        body=f"春耕生产有序推进，第{n}天，农机手们忙个不停。",
                        published_at=_at(1 + n, 4),
                        authors=["赵六"],
                        paper="城市晚报",
                    ),
                ).article_id
            )
        # Paper-a's 2016-05-10 edition: page 01 (要闻, with a PDF) holds the first plain article; page 02
        # (经济) holds two more, archived as 2-then-1 while the captured page prints them 1-then-2.
        page_two = []
        for n, title in ((2, "白城市经济运行平稳"), (1, "白城市召开经济工作会议")):
            page_two.append(
                upsert_article(
                    session,
                    ArticleItem(
                        url=f"http://paper-a.example/2016-05/10/content_{n}.htm",
                        source_id="paper-a",
                        title=title,
                        body=f"白城市经济新闻第{n}条。",
                        published_at=datetime(2016, 5, 9, 16, 0, tzinfo=UTC),  # midnight in Baicheng: no time
                        authors=["周七"],
                        paper="城市晚报",
                        section="经济",
                        page_number="02",
                        edition_date=EDITION_DAY,
                    ),
                ).article_id
            )
        warc_page, page_offset = _write_page_capture(
            home, ["content_1.htm", "../../2016-05/10/content_2.htm", "node_1.htm"]
        )
        record_page(
            session,
            PageItem(
                "paper-a",
                EDITION_DAY,
                "01",
                name="要闻",
                url="http://paper-a.example/2016-05/10/node_1.htm",
                pdf_url="http://paper-a.example/2016-05/10/01.pdf",
            ),
            run.id,
        )
        record_page(
            session,
            PageItem(
                "paper-a",
                EDITION_DAY,
                "02",
                name="经济",
                url=PAGE_TWO_URL,
                warc_file=warc_page,
                warc_offset=page_offset,
            ),
            run.id,
        )
        ids = list(session.scalars(select(Article.id)))
        assert len(ids) == 22, ids
    rebuild_from_store(db_url, index_dir(home))
    return WebArchive(
        home,
        db_url,
        hostile,
        versioned,
        (reprint_a, reprint_b),
        tuple(plain),
        tuple(spring),
        (page_two[1], page_two[0]),
    )
