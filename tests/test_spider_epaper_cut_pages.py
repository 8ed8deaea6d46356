"""An edition page cut short at the origin, served with a Content-Length that matches the cut, is no "found".

The integrity middleware refused a body cut in transfer (fewer bytes than its Content-Length, half a
gzip stream, no length and no closing tag) but took a page the server itself held cut short: a CMS
that wrote half a file serves it with its true length. An edition's first page cut in its page list
recorded the edition "found" with its first page alone: the other pages' articles were never
fetched, and nothing said so. An e-paper page that opens its document (``<html>``, ``<body>``) and
ends before closing it is now refused as truncated: a first page makes the date failed (checked
again by the next crawl), a further page is named in the edition's "incomplete" note.

The site is served by a local 127.0.0.1 server from files on disk, so each Content-Length is the
file's true size.
"""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest
from sitegen.build import build_site
from sitegen.crawl import crawl
from sitegen.serve import serve_site

from archive.items import INCOMPLETE_PREFIX, UNCLOSED_PART
from archive.queries import incomplete_editions
from archive.schema import open_store
from archive.truncation import decoded_body, document_cut_short
from crawler.report.build import build_report
from search_cli.commands.crawl import format_summary
from search_cli.commands.report import format_report

pytestmark = pytest.mark.slow  # a real crawl: make test-fast leaves it out

D1, D2 = date(2024, 3, 1), date(2024, 3, 2)


def cut(path: Path, marker: str) -> bytes:
    """Cut the file at ``path`` just after ``marker`` (as a CMS that wrote half of it); return the whole."""
    whole = path.read_bytes()
    at = whole.index(marker.encode("utf-8")) + len(marker.encode("utf-8"))
    path.write_bytes(whole[:at])
    return whole


def test_cut_documents_are_told_from_whole_ones_and_stubs() -> None:
    whole = b"<!DOCTYPE html>\n<html><body><ul><li>a</li></ul></body></html>\n"
    assert not document_cut_short(whole)
    assert document_cut_short(whole[:30])
    assert not document_cut_short(b"<HTML><BODY>x</Body></Html>")
    # A script stub that never opens a document says nothing of its end (its redirect is followed).
    assert not document_cut_short(b'<script>location.href="node_2.htm"</script>')
    assert decoded_body(gzip.compress(whole), ["gzip"]) == whole
    assert decoded_body(whole, []) == whole
    assert decoded_body(gzip.compress(whole), ["gzip", "br"]) is None  # stacked: not judged


def test_a_whole_page_with_a_long_trailer_after_its_closing_tag_is_whole() -> None:
    """Only the last 2 KiB were searched for the closing tag: a page a JSP template pads with blank
    lines, or that carries a statistics script and comments after ``</html>``, was refused as
    truncated on every crawl, its editions failed for good."""
    whole = b"<html><body><ul><li>a</li></ul></body></html>"
    assert not document_cut_short(whole + b"\r\n" * 4000)
    stats = b"<!-- cnzz -->\n<script>var _hmt = _hmt || [];" + b"x" * 4000 + b"</script>\n"
    assert not document_cut_short(whole + stats)
    assert not document_cut_short(b"<HTML><BODY>x</BODY>" + b" " * 5000 + b"<!-- end -->")
    # A page cut before its closing tags is still cut, however long.
    assert document_cut_short(whole[:30] + b"<p>" + "正文".encode() * 3000)


def test_an_edition_page_cut_at_the_origin_is_never_found(tmp_path: Path) -> None:
    root = tmp_path / "site"
    manifest = build_site(
        root,
        n_articles=8,
        dates=[D1, D2],
        families=("old",),
        with_pdfs=False,
        with_sitemap=False,
        with_feed=False,
        with_listing=False,
        seed=3,
        edition_charset="utf-8",
    )
    first, second = manifest.editions
    # D1's first page is cut in its page list: page 2 and its articles are not named.
    first_page = root / first.path.lstrip("/")
    whole_first = cut(first_page, "第01版：要闻</a></li>\n")
    # D2's second page is cut in its list of titles.
    second_page = root / second.pages[1].lstrip("/")
    whole_second = cut(second_page, '<ul class="titles">')
    with serve_site(root) as url:
        source = manifest.source(url, "epaper")
        result = crawl(source, tmp_path / "crawl", since=D1, until=D2)
        editions = {e["edition_date"]: e for e in result.editions}
        assert editions[D1.isoformat()]["status"] == "failed", editions
        # The reason says what happened and what to do if the paper never closes its pages.
        assert editions[D1.isoformat()]["reason"] == (
            "truncated body (the edition page ends without its closing tag: cut short at the origin? "
            "if the paper never closes its pages, set NEWSARCHIVE_UNCLOSED_PAGES = true "
            "in its [source.settings])"
        )
        last = editions[D2.isoformat()]
        assert last["status"] == "found" and last["reason"].startswith(INCOMPLETE_PREFIX), last
        assert last["reason"] == f"incomplete: page {url}{second.pages[1]} not archived ({UNCLOSED_PART})"
        assert result.counters["failed/truncated"] == 2
        assert result.counters["editions/failed"] == 1 and result.counters["editions/incomplete"] == 1
        # The note said "(truncated)" and no more: what to do is said where the note is read (report,
        # crawl summary), as the first page's failure says it. No scheduled crawl checks the date again
        # past its revisit window: the archivist must crawl it again.
        advice = (
            "crawl the date again with --resume once the paper serves the page whole; if the paper never "
            "closes its pages, set NEWSARCHIVE_UNCLOSED_PAGES = true in its [source.settings]"
        )
        with open_store(f"sqlite:///{tmp_path / 'crawl' / 'home' / 'archive.sqlite3'}") as sessions:
            with sessions() as session:
                report = build_report(session, source, D1, D2, today=D2)
                assert incomplete_editions(session, [result.summary.run_id]) == {
                    result.summary.run_id: [(D2, last["reason"])]
                }
        (row,) = [r for r in report.dates if r.day == D2]
        assert row.reason == f"{last['reason']}; {advice}"
        assert advice in format_report(report)
        lines = format_summary(
            "sitegen-epaper", result.summary, "epaper", [], incomplete=[(D2, last["reason"])]
        )
        assert (
            f"  editions incomplete: 2024-03-02 ({last['reason'].removeprefix(INCOMPLETE_PREFIX)}): {advice}"
            in (lines.splitlines())
        ), lines
        # The paper's server holds the whole pages again: the next crawl finds both dates whole.
        first_page.write_bytes(whole_first)
        second_page.write_bytes(whole_second)
        again = crawl(source, tmp_path / "crawl", since=D1, until=D2)
        assert {e["edition_date"]: (e["status"], e["reason"]) for e in again.editions} == {
            D1.isoformat(): ("found", ""),
            D2.isoformat(): ("found", ""),
        }


def test_a_paper_whose_pages_never_close_is_found(tmp_path: Path) -> None:
    """HTML5 lets a page omit ``</body></html>``: a paper whose whole pages never close failed every
    edition for good, and its archivist saw only "truncated". A page that ends whole (on a complete tag,
    every container of its content closed) is taken; one whose sloppy markup also leaves a container
    open is refused unless ``NEWSARCHIVE_UNCLOSED_PAGES`` in its ``[source.settings]`` takes it."""
    root = tmp_path / "site"
    manifest = build_site(
        root,
        n_articles=4,
        dates=[D1],
        families=("old",),
        with_pdfs=False,
        with_sitemap=False,
        with_feed=False,
        with_listing=False,
        seed=3,
        edition_charset="utf-8",
    )
    (edition,) = manifest.editions
    pages = [root / path.lstrip("/") for path in {edition.path, *edition.pages}]
    for page in pages:
        text = page.read_text("utf-8")
        # A footer that signs off (版权所有): a nav link's 关于本报 alone also stands above the content.
        signed = text.replace("关于本报</a></div>", "关于本报</a> 版权所有</div>")
        page.write_text(signed.replace("</body>", "").replace("</html>", ""), "utf-8")
    with serve_site(root) as url:
        unclosed = crawl(manifest.source(url, "epaper"), tmp_path / "unclosed", since=D1, until=D1)
        assert [(e["status"], e["reason"]) for e in unclosed.editions] == [("found", "")]
        assert unclosed.counters.get("failed/truncated", 0) == 0 and unclosed.articles
    for page in pages:  # the footer's container left open too: its end no longer tells it from a cut
        text = page.read_text("utf-8")
        assert "版权所有</div>" in text
        page.write_text(text.replace("版权所有</div>", "版权所有"), "utf-8")
    with serve_site(root) as url:
        strict = crawl(manifest.source(url, "epaper"), tmp_path / "strict", since=D1, until=D1)
        assert [e["status"] for e in strict.editions] == ["failed"]
        lenient = manifest.source(url, "epaper", settings={"NEWSARCHIVE_UNCLOSED_PAGES": True})
        found = crawl(lenient, tmp_path / "lenient", since=D1, until=D1)
        assert [(e["status"], e["reason"]) for e in found.editions] == [("found", "")]
        assert found.counters.get("failed/truncated", 0) == 0 and found.articles
