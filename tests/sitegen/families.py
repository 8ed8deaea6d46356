"""URL families of generated sites: where each family puts edition pages, articles and PDFs.

* ``old``: Founder classic, ``/html/YYYY-MM/DD/node_N.htm`` -> ``content_ID.htm``;
* ``new``: Founder PC, ``/pc/layout/YYYYMM/DD/node_NN.html`` -> ``/pc/content/.../content_ID.html``;
* ``pad``: Founder pad, ``/pad/column/YYYYMM/DD/node_NN.html`` -> ``/pad/content/.../content_ID.html``;
* ``code``: pages named by paper code, ``/html/YYYY-MM/DD/nbs.CODE_NN.htm`` ->
  ``nw.CODE_YYYYMMDD_K-NN.htm`` (article K of page NN), in People's Daily markup (no ``enpproperty``);
* ``news``: no e-paper: ``/news/YYYY/MMDD/ID.html`` articles, a home page, sitemaps named in robots.txt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

PAPER_CODE = "D220800bcrb"
TEMPLATES = {
    "old": "/html/{date:%Y-%m}/{date:%d}/node_1.htm",
    "new": "/pc/layout/{date:%Y%m}/{date:%d}/node_01.html",
    "pad": "/pad/column/{date:%Y%m}/{date:%d}/node_01.html",
    "code": "/html/{date:%Y-%m}/{date:%d}/nbs." + PAPER_CODE + "_01.htm",
}
FOUNDER = ("old", "new", "pad")


def edition_paths(family: str, day: date, page: int) -> tuple[str, str, str]:
    """Return (article directory, page path, PDF path) of page ``page`` on ``day``."""
    if family == "old":
        base = f"/html/{day:%Y-%m}/{day:%d}"
        return (
            base,
            f"{base}/node_{page}.htm",
            f"/images/{day:%Y-%m}/{day:%d}/{page:02d}/BCRB{day:%Y%m%d}{page:02d}.pdf",
        )
    if family in ("new", "pad"):
        root, layout = ("pc", "layout") if family == "new" else ("pad", "column")
        return (
            f"/{root}/content/{day:%Y%m}/{day:%d}",
            f"/{root}/{layout}/{day:%Y%m}/{day:%d}/node_{page:02d}.html",
            f"/{root}/pdf/{day:%Y%m}/{day:%d}/BCRB{day:%Y%m%d}{page:02d}.pdf",
        )
    if family == "code":
        base = f"/html/{day:%Y-%m}/{day:%d}"
        return (
            base,
            f"{base}/nbs.{PAPER_CODE}_{page:02d}.htm",
            f"/images/{day:%Y-%m}/{day:%d}/{page:02d}/rmrb{day:%Y%m%d}{page:02d}.pdf",
        )
    raise ValueError(f"no edition pages in family {family!r}")


def article_path(family: str, directory: str, article_id: int, day: date, page: int, seq: int) -> str:
    """Return the path of an article: ``seq`` is its 1-based number on its page."""
    if family == "old":
        return f"{directory}/content_{article_id}.htm"
    if family in ("new", "pad"):
        return f"{directory}/content_{article_id}.html"
    if family == "code":
        return f"{directory}/nw.{PAPER_CODE}_{day:%Y%m%d}_{seq}-{page:02d}.htm"
    return f"/news/{day:%Y}/{day:%m%d}/{article_id}.html"


def _meta(charset: str | None) -> str:
    return f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""


def code_article_page(
    *,
    paper: str,
    title: str,
    paragraphs: Sequence[str],
    day: date,
    page: int,
    page_name: str,
    back: str,
    charset: str | None,
) -> str:
    """Return an article in People's Daily e-paper markup: no enpproperty record, text in ``#ozoom``."""
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html>\n<html><head>{_meta(charset)}"
        f"<title>{escape(title)}--{escape(paper)}</title></head>\n"
        f'<body><div class="paper-bot"><a href="{back}">返回本版</a></div>\n'
        f'<div class="article"><h3></h3><h1>{escape(title)}</h1><h2></h2>\n'
        f'<p class="sec">{escape(paper)}（{day.year}年{day.month:02d}月{day.day:02d}日 '
        f"{page:02d} 版 {escape(page_name)}）</p>\n"
        f'<div id="ozoom"><founder-content>{body}</founder-content></div></div>\n</body></html>\n'
    )


def news_article_page(
    *, site: str, title: str, paragraphs: Sequence[str], day: date, charset: str | None
) -> str:
    """Return an article of a plain news site (no e-paper markup)."""
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html>\n<html><head>{_meta(charset)}<title>{escape(title)} - {escape(site)}</title>\n"
        f'<meta property="article:published_time" content="{day.isoformat()}T08:00:00+08:00"></head>\n'
        f'<body><div class="nav"><a href="/">首页</a></div>\n<div class="main"><h1>{escape(title)}</h1>\n'
        f'<div class="info"><span class="time">{day.isoformat()} 08:00</span></div>\n'
        f'<div class="article-content">{body}</div></div>\n</body></html>\n'
    )


def news_home(site: str, links: Sequence[tuple[str, str]], feed: str = "") -> str:
    """Return a news site's home page: the latest articles, and a feed link when ``feed`` is given."""
    items = "\n".join(f'<li><a href="{href}">{escape(text)}</a></li>' for href, text in links)
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{escape(site)}</title>'
        + (f'<link rel="alternate" type="application/rss+xml" href="{feed}">' if feed else "")
        + "</head>\n"
        '<body><div class="nav"><a href="/about.html">关于我们</a></div>\n'
        f'<ul class="latest">{items}</ul></body></html>\n'
    )
