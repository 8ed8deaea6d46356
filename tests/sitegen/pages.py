"""Templates of a generated Founder e-paper site: edition pages, articles, sitemaps, feeds, listings.

Plain string templates (no DOM building) so that thousands of pages are
written in seconds. Markup follows the real Founder pages in
``../shared/data/epaper-founder-samples``: ``node_N`` pages with a page list,
an image map and a PDF link, ``content_ID`` pages carrying the
``enpproperty`` record.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime
from html import escape

SHANGHAI = timezone(timedelta(hours=8))


def _meta(charset: str | None) -> str:
    return f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""


def edition_page(
    *,
    paper: str,
    day: date,
    number: int,
    name: str,
    pages: Sequence[tuple[str, str]],
    articles: Sequence[tuple[str, str]],
    pdf: str | None,
    charset: str | None,
) -> str:
    """Return one page (版面) of an edition: page list, image-map areas, title list and PDF link."""
    page_links = "\n".join(
        f'<li><a id="pageLink" href="{href}">{escape(label)}</a></li>' for href, label in pages
    )
    areas = "".join(
        f'<area shape="rect" coords="0,{i * 40},300,{i * 40 + 39}" href="{href}?div=-1">'
        for i, (href, _) in enumerate(articles)
    )
    titles = "\n".join(
        f'<li><a href="{href}?div=-1"><div id="mp{i}">{escape(title)}</div></a></li>'
        for i, (href, title) in enumerate(articles)
    )
    pdf_link = f'<div class="pdf"><a href="{pdf}">PDF下载</a></div>' if pdf else ""
    return (
        f"<!DOCTYPE html>\n<html><head>{_meta(charset)}<title>{escape(paper)}数字报</title></head>\n<body>\n"
        f'<div class="date">{day.year}年{day.month:02d}月{day.day:02d}日</div>\n'
        f'<div class="pageName">第{number:02d}版：{escape(name)}</div>\n{pdf_link}\n'
        f'<img src="page.jpg" usemap="#PagePicMap"><map name="PagePicMap">{areas}</map>\n'
        f'<ul class="pages">{page_links}</ul>\n<ul class="titles">{titles}</ul>\n'
        '<div class="footer"><a href="http://www.example.org/about.htm">关于本报</a></div>\n</body></html>\n'
    )


def empty_edition_page(paper: str, charset: str | None) -> str:
    """Return the page some papers serve (HTTP 200) for a date without an edition."""
    return (
        f"<!DOCTYPE html>\n<html><head>{_meta(charset)}<title>{escape(paper)}数字报</title></head>\n"
        "<body><p>本期暂无内容</p></body></html>\n"
    )


def article_page(
    *,
    paper: str,
    article_id: int,
    day: date,
    title: str,
    paragraphs: Sequence[str],
    page_name: str,
    number: int,
    back: str,
    charset: str | None,
    new_family: bool,
) -> str:
    """Return a Founder article page with its ``enpproperty`` record and body."""
    body = "".join(f"<P>{escape(p)}</P>\n" for p in paragraphs)
    record = (
        f"<!--enpproperty <articleid>{article_id}</articleid><date>{day.isoformat()}</date><author></author>"
        f"<title>{escape(title)}</title><keyword></keyword><subtitle></subtitle><introtitle></introtitle>"
        f"<siteid>1</siteid><nodeid>{number}</nodeid><nodename>{escape(page_name)}</nodename>"
        "<nodesearchname></nodesearchname>/enpproperty-->"
    )
    content = (
        f"<founder-content>{body}</founder-content>"
        if new_family
        else f"<!--enpcontent-->{body}<!--/enpcontent-->"
    )
    return (
        f"<!DOCTYPE html>\n<html><head>{_meta(charset)}\n"
        f"<title>{escape(title)}--{escape(paper)}</title></head>\n"
        f"<body>\n{record}\n"
        f'<div class="header"><a href="{back}">返回版面</a></div>\n'
        f'<table><tr><td class="title"><h1>{escape(title)}</h1></td></tr>\n'
        f'<tr><td class="info">{escape(paper)} {day.isoformat()} '
        f"第{number:02d}版：{escape(page_name)}</td></tr>\n"
        f'<tr><td class="content">{content}</td></tr></table>\n</body></html>\n'
    )


def listing_page(
    *, title: str, links: Sequence[tuple[str, str]], pager: Sequence[str], extra: str = ""
) -> str:
    """Return a listing page: article links, a pager and optional extra markup."""
    items = "\n".join(f'<li><a href="{href}">{escape(text)}</a></li>' for href, text in links)
    pages = " ".join(f'<a href="{href}">{i + 1}</a>' for i, href in enumerate(pager))
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{escape(title)}</title></head>\n'
        f'<body><ul class="list">{items}</ul>\n<div class="pager">{pages}</div>{extra}</body></html>\n'
    )


def _stamp(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 30), SHANGHAI)


def urlset(entries: Sequence[tuple[str, date]]) -> str:
    """Return a plain sitemap with ``lastmod`` dates."""
    urls = "".join(
        f"<url><loc>{escape(u)}</loc><lastmod>{_stamp(d, 6).isoformat()}</lastmod></url>\n"
        for u, d in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
    )


def sitemap_index(entries: Sequence[tuple[str, date]]) -> str:
    """Return a sitemap index whose children carry ``lastmod``."""
    maps = "".join(
        f"<sitemap><loc>{escape(u)}</loc><lastmod>{d.isoformat()}</lastmod></sitemap>\n" for u, d in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{maps}</sitemapindex>\n'
    )


def news_sitemap(entries: Sequence[tuple[str, date, str]], paper: str) -> str:
    """Return a Google News sitemap (``news:publication_date`` and ``news:title``; no ``lastmod``)."""
    urls = "".join(
        f"<url><loc>{escape(u)}</loc><news:news><news:publication><news:name>{escape(paper)}</news:name>"
        f"<news:language>zh</news:language></news:publication>"
        f"<news:publication_date>{_stamp(d, 7).isoformat()}</news:publication_date>"
        f"<news:title>{escape(t)}</news:title></news:news></url>\n"
        for u, d, t in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{urls}</urlset>\n'
    )


def rss(entries: Sequence[tuple[str, date, str]], paper: str, encoding: str = "UTF-8") -> str:
    """Return an RSS 2.0 feed with RFC 822 ``pubDate``s."""
    items = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(u)}</link>"
        f"<pubDate>{format_datetime(_stamp(d, 8))}</pubDate><guid>{escape(u)}</guid></item>\n"
        for u, d, t in entries
    )
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        f'<rss version="2.0"><channel><title>{escape(paper)}</title>'
        f"<link>/</link><description>{escape(paper)}</description>\n{items}</channel></rss>\n"
    )


def atom(entries: Sequence[tuple[str, date, str]], paper: str) -> str:
    """Return an Atom feed with ``published`` and ``updated`` dates."""
    items = "".join(
        f'<entry><title>{escape(t)}</title><link rel="alternate" href="{escape(u)}"/><id>{escape(u)}</id>'
        f"<updated>{_stamp(d, 23).isoformat()}</updated>"
        f"<published>{_stamp(d, 9).isoformat()}</published></entry>\n"
        for u, d, t in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(paper)}</title><id>urn:newsarchive:test</id>\n{items}</feed>\n"
    )


def tiny_pdf(label: str) -> bytes:
    """Return a minimal valid one-page PDF (no text): the spiders record PDF links, not content."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = bytearray(b"%PDF-1.4\n% " + label.encode("ascii", "replace") + b"\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
