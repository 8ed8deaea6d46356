"""Edition-page link parsing on a real Founder page and on the bundled sample site."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crawler.extract.epaper import parse_edition_page, parse_label
from crawler.sample_site import SITE_DIR

DATA = Path(__file__).parent / "data" / "epaper"
KJRB_URL = "http://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2023-02/10/node_2.htm"


def test_real_founder_page_lists_its_pages_articles_and_pdf() -> None:
    html = (DATA / "stdaily-kjrb-2023-02-10-node_2.htm").read_text(encoding="utf-8-sig")
    page = parse_edition_page(KJRB_URL, html)
    assert (page.number, page.name) == ("01", "今日要闻")
    assert page.pdf_url.endswith("/kjrb/images/2023-02/10/01/KJRB2023021001.pdf")
    assert [link.url.rsplit("/", 1)[1] for link in page.pages] == [
        f"node_{n}.htm" for n in (3, 2, 4, 5, 6, 7, 8, 9)
    ]
    # Labels win over "下一版" for the same page.
    assert (
        dict((link.url.rsplit("/", 1)[1], link.text) for link in page.pages)["node_3.htm"] == "第02版：综 合"
    )
    assert [link.url.rsplit("/", 1)[1] for link in page.articles] == [
        "content_548643.htm",
        "content_548646.htm",
        "content_548655.htm",
        "content_548659.htm",
        "content_548662.htm",
    ]
    assert page.articles[0].text == "新时代十年伟大变革奠定坚实基础"
    # Footer links to the paper's site (other host, other dates) are not articles of this edition.
    assert all("2009-05" not in link.url for link in page.articles)


def test_sample_site_edition_page() -> None:
    path = SITE_DIR / "html" / "2016-07" / "20" / "node_1.htm"
    url = "http://127.0.0.1:8000/html/2016-07/20/node_1.htm"
    page = parse_edition_page(url, path.read_text(encoding="utf-8"))
    assert (page.number, page.name) == ("01", "要闻")
    assert [a.url for a in page.articles] == ["http://127.0.0.1:8000/html/2016-07/20/content_1001.htm"]
    assert [p.url for p in page.pages] == [
        "http://127.0.0.1:8000/html/2016-07/20/node_1.htm",
        "http://127.0.0.1:8000/html/2016-07/20/node_2.htm",
    ]


def test_new_family_layout_and_content_directories_are_the_same_edition() -> None:
    html = """<a href="node_01.html">第01版：要闻</a><a href="node_02.html">第02版：经济</a>
    <a href="../../../content/202301/05/content_77.html">标题甲</a>
    <a href="../../../content/202212/30/content_1.html">旧文</a>"""
    page = parse_edition_page("https://e.example.cn/pc/layout/202301/05/node_01.html", html)
    assert [a.url for a in page.articles] == ["https://e.example.cn/pc/content/202301/05/content_77.html"]
    assert len(page.pages) == 2


def test_parse_label() -> None:
    assert parse_label("第A03版：专 题") == ("A03", "专题")
    assert parse_label("第12版") == ("12", "")
    assert parse_label("要闻") == ("", "要闻")


def test_an_edition_page_names_its_own_date_by_its_date_line_and_dated_links() -> None:
    # What tells the latest edition served (HTTP 200) under another date's URL from that date's own.
    html = (DATA / "stdaily-kjrb-2023-02-10-node_2.htm").read_text(encoding="utf-8-sig")
    served_for = KJRB_URL.replace("2023-02/10", "2023-02/12")  # relative links resolve into 02/12
    page = parse_edition_page(served_for, html)
    assert {d for d, _ in page.dates} == {date(2023, 2, 10)}
    assert [how for _, how in page.dates] == [
        "date line 2023年02月10日 星期五",
        "link ../../../images/2023-02/10/01/KJRB2023021001.pdf",
    ]
    # The footer's links to the paper's site (another host, 2009 dates) date nothing.
    assert all("2009" not in how for _, how in page.dates)


def test_only_a_date_line_or_an_edition_link_dates_a_page() -> None:
    from crawler.extract.edition_dates import date_line

    assert date_line(" 2023年02月10日 星期五 ") == date(2023, 2, 10)
    assert date_line("出版日期：2023-2-10 总第1234期") == date(2023, 2, 10)
    assert date_line("2023年02月10日 第01版：要闻") == date(2023, 2, 10)
    assert date_line("2023年2月30日") is None
    # A title or a sentence that mentions a date is not the page's date line.
    assert date_line("2023年2月9日召开的全市经济工作会议部署今年重点任务") is None
    assert date_line("2023年2月9日至2月10日") is None
    html = """<div class="date">2024年03月06日</div>
    <a href="../../2024-03/05/node_1.htm">2024年03月05日</a><select><option>2024-03-04</option></select>
    <script>var d = "2024-03-03";</script><a href="node_2.htm">第02版</a>
    <a href="content_9.htm">2024年3月2日的事</a>
    <a href="http://other.example.cn/html/2024-03/01/content_1.htm">友站</a>"""
    page = parse_edition_page("http://e.example.cn/html/2024-03/07/node_1.htm", html)
    # The date line, and the link to another edition's page as written (node_2.htm says nothing).
    assert page.dates == [
        (date(2024, 3, 6), "date line 2024年03月06日"),
        (date(2024, 3, 5), "link ../../2024-03/05/node_1.htm"),
    ]


def test_edition_elsewhere_names_the_edition_a_date_was_answered_with() -> None:
    from crawler.spiders.epaper import edition_elsewhere

    template = "http://e.example.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm"
    html = (DATA / "stdaily-kjrb-2023-02-10-node_2.htm").read_text(encoding="utf-8-sig")

    def elsewhere(day: date, url: str, redirected: bool = False) -> str:
        return edition_elsewhere(template, day, url, redirected, parse_edition_page(url, html))

    own = "http://e.example.cn/html/2023-02/10/node_1.htm"
    assert elsewhere(date(2023, 2, 10), own) == ""
    assert elsewhere(date(2023, 2, 12), own.replace("/10/", "/12/")) == (
        "another edition: the page served for 2023-02-12 is the edition of 2023-02-10 "
        "(date line 2023年02月10日 星期五)"
    )
    assert elsewhere(date(2023, 2, 12), own, redirected=True) == (
        f"another edition: redirected to {own} (the edition of 2023-02-10, not 2023-02-12)"
    )
    # A page that names no date at all is taken for the date asked (nothing says otherwise).
    bare = parse_edition_page(own, '<a href="content_1.htm">标题</a><a href="node_2.htm">第02版</a>')
    assert edition_elsewhere(template, date(2023, 2, 12), own, False, bare) == ""
    # A redirect to a login page is no edition, and no other edition either.
    login = "http://e.example.cn/login.htm?from=/html/2023-02/12/node_1.htm"
    assert edition_elsewhere(template, date(2023, 2, 12), login, True, bare) == (
        f"redirected to {login} (not an edition of 2023-02-12)"
    )


def test_a_header_clock_is_not_the_edition_date() -> None:
    # The edition of 2024-03-05 crawled on 2024-03-07: the site's header prints the day the page was
    # served ("今天是 ..."), the edition's own links are relative (they name no date). The page names no
    # date of another edition: it is the edition of the date asked, not "another edition" of 03-07.
    from crawler.spiders.epaper import edition_elsewhere

    template = "http://e.example.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm"
    url = "http://e.example.cn/html/2024-03/05/node_1.htm"
    links = '<a href="node_2.htm">第02版：综合</a><a href="content_11.htm">全市经济工作会议召开</a>'
    for header in (
        "<div class='top'>今天是 2024年3月7日 星期四</div>",
        "<div class='top'>今天是：2024-03-07</div>",
        "<p>当前日期：2024年03月07日</p>",
        "<span id='today'>2024年3月7日 星期四</span>",
        "<td class='headclock'>2024-3-7 星期四</td>",
    ):
        page = parse_edition_page(url, f"<html><body>{header}{links}</body></html>")
        assert page.dates == [], header
        assert edition_elsewhere(template, date(2024, 3, 5), url, False, page) == "", header
    # The edition's own date line still names it (今日 alone is no clock: 今日早报 is a paper).
    page = parse_edition_page(url, f"<div>今日早报 2024年03月06日 星期三</div>{links}")
    assert page.dates == [(date(2024, 3, 6), "date line 今日早报 2024年03月06日 星期三")]
    assert edition_elsewhere(template, date(2024, 3, 5), url, False, page).startswith(
        "another edition: the page served for 2024-03-05 is the edition of 2024-03-06"
    )


def test_a_page_whose_only_date_is_the_day_it_was_served_is_no_evidence() -> None:
    # The edition of 2024-03-05 crawled on 2024-03-07 from a site whose header prints the day with no
    # label, and whose links name no date: the line is the site's clock, or 03-07's edition served for
    # 03-05; nothing tells. Taken for the date asked (archived, not lost); a dated link still decides.
    from crawler.extract.edition_dates import served_day_only
    from crawler.spiders.epaper import edition_elsewhere

    template = "http://e.example.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm"
    url = "http://e.example.cn/html/2024-03/05/node_1.htm"
    links = '<a href="node_2.htm">第02版：综合</a><a href="content_11.htm">全市经济工作会议召开</a>'
    page = parse_edition_page(url, f"<div class='top'>2024年3月7日 星期四</div>{links}")
    served = date(2024, 3, 7)
    assert served_day_only(page.dates, served) == "date line 2024年3月7日 星期四"
    assert edition_elsewhere(template, date(2024, 3, 5), url, False, page, served) == ""
    assert edition_elsewhere(template, date(2024, 3, 5), url, False, page, date(2024, 3, 8)).startswith(
        "another edition: the page served for 2024-03-05 is the edition of 2024-03-07"
    )
    dated = parse_edition_page(
        url, f"<div>2024年3月7日 星期四</div>{links}<a href='../../2024-03/07/content_3.htm'>三</a>"
    )
    assert served_day_only(dated.dates, served) == ""
    assert edition_elsewhere(template, date(2024, 3, 5), url, False, dated, served).startswith(
        "another edition"
    )


def test_a_combined_edition_names_its_range_and_is_filed_under_its_first_day() -> None:
    # 合刊: one edition for a holiday's days, printed under a range where the date line stands.
    from crawler.extract.edition_dates import combined_range
    from crawler.spiders.epaper import edition_elsewhere

    near = date(2026, 3, 4)
    assert combined_range("2026年2月16日-22日", None) == (date(2026, 2, 16), date(2026, 2, 22))
    assert combined_range("03月04日—05日 合刊", near) == (date(2026, 3, 4), date(2026, 3, 5))
    assert combined_range("03月04日—05日 合刊", None) is None  # no year to read it in
    assert combined_range("2025年12月31日至2026年1月2日 星期三", None) == (
        date(2025, 12, 31),
        date(2026, 1, 2),
    )
    assert combined_range("12月31日～1月2日 元旦合刊", date(2026, 1, 1)) == (
        date(2025, 12, 31),
        date(2026, 1, 2),
    )
    assert combined_range("本期为春节合刊（2月16日至22日）", date(2026, 2, 16)) == (
        date(2026, 2, 16),
        date(2026, 2, 22),
    )
    # A sentence naming two days is no date line; a range back in time or a month long is none.
    assert combined_range("2月16日至22日全市开展春节慰问活动并走访困难群众", near) is None
    assert combined_range("2026年2月22日-16日", None) is None
    assert combined_range("2026年2月1日-28日", None) is None

    template = "http://e.example.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm"
    html = '<div class="date">03月04日—05日 合刊</div><a href="content_1.htm">标题</a>'
    own = "http://e.example.cn/html/2026-03/04/node_1.htm"
    page = parse_edition_page(own, html)
    assert page.combined == (date(2026, 3, 4), date(2026, 3, 5), "03月04日—05日 合刊")
    assert page.dates == [(date(2026, 3, 4), "date line 03月04日—05日 合刊")]
    assert edition_elsewhere(template, date(2026, 3, 4), own, False, page) == ""
    # The same page served under 03-05's URL (relative links and all) names the range by the day asked.
    later = parse_edition_page(own.replace("/04/", "/05/"), html, near=date(2026, 3, 5))
    assert later.combined == page.combined


def test_an_incomplete_combined_edition_keeps_its_range_in_its_reason() -> None:
    # The report reads a found combined edition's range from its reason; a long "incomplete" note
    # before it must not cut it off.
    from archive.items import combined_note, combined_span, incomplete_reason, keep_combined

    note = combined_note(date(2026, 2, 16), date(2026, 2, 22), "2026年2月16日-22日")
    long = incomplete_reason([("article", "http://e.example.cn/" + "x" * 300, "http_500")])
    reason = keep_combined(long, note)
    assert len(reason) <= 256 and reason.startswith("incomplete: article http://e.example.cn/xxx")
    assert combined_span(reason) == (date(2026, 2, 16), date(2026, 2, 22))
    assert keep_combined(long, "") == long[:256]
    endless = combined_note(date(2026, 2, 16), date(2026, 2, 22), "二" * 300)  # a long date line is cut
    reason = keep_combined(long, endless)
    assert len(reason) <= 256 and reason.startswith("incomplete: article http://e.example.cn/xxx")
    assert combined_span(reason) == (date(2026, 2, 16), date(2026, 2, 22))


def test_a_combined_edition_printed_in_figures_is_filed_under_its_first_day() -> None:
    # 2024-02-10—17 合刊: the same range in figures; the page served for a later day of it names the
    # range, so that day is covered, not another date's edition. A time after a dash is no range.
    from crawler.extract.edition_dates import combined_range
    from crawler.spiders.epaper import edition_elsewhere

    assert combined_range("2024-02-10—17 合刊", None) == (date(2024, 2, 10), date(2024, 2, 17))
    assert combined_range("2024.02.10-02.17", None) == (date(2024, 2, 10), date(2024, 2, 17))
    assert combined_range("2024/2/10至2024/2/17", None) == (date(2024, 2, 10), date(2024, 2, 17))
    assert combined_range("2024-02-10 - 17:30", None) is None
    assert combined_range("2024-02-10 17:30", None) is None

    template = "http://e.example.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm"
    html = '<div class="date">2024-02-10—17 合刊</div><a href="content_1.htm">标题</a>'
    own = "http://e.example.cn/html/2024-02/10/node_1.htm"
    page = parse_edition_page(own, html)
    assert page.combined == (date(2024, 2, 10), date(2024, 2, 17), "2024-02-10—17 合刊")
    assert edition_elsewhere(template, date(2024, 2, 10), own, False, page) == ""


def test_a_page_missing_from_its_own_page_list_is_named_by_the_label_it_prints() -> None:
    # Named by its URL (node_02.html), the page was listed, reported and cited under a number
    # the paper never printed. Its header prints the label in each of these forms.
    pages = '<a href="node_01.html">第01版：要闻</a><a href="node_03.html">第03版：经济</a>'
    article = '<a href="content_7.html">第02版的一篇文章</a>'
    for printed, label in (
        ("<div class='banci'>第02版：<strong>综 合</strong></div>", ("02", "综合")),
        ("<td>第02版 综合</td>", ("02", "综合")),
        ("<span>A2版：要闻</span>", ("A2", "要闻")),
        ("<p>02版</p>", ("02", "")),
    ):
        html = f"<html><body><div>2024年03月05日</div>{printed}{pages}{article}</body></html>"
        page = parse_edition_page("https://e.example.cn/html/2024-03/05/node_02.html", html)
        assert (page.number, page.name) == label, printed
    # Its title, when the header prints none; link texts (下一版, an article's) are never its label.
    html = f"<html><head><title>某某日报-第02版：综合</title></head><body>{pages}{article}</body></html>"
    page = parse_edition_page("https://e.example.cn/html/2024-03/05/node_02.html", html)
    assert (page.number, page.name) == ("02", "综合")
    page = parse_edition_page("https://e.example.cn/html/2024-03/05/node_02.html", f"<p>下一版</p>{article}")
    assert (page.number, page.name) == ("", "")


def test_the_real_founder_page_without_its_own_link_keeps_its_printed_label() -> None:
    html = (DATA / "stdaily-kjrb-2023-02-10-node_2.htm").read_text(encoding="utf-8-sig")
    html = html.replace("<a id=pageLink href=./node_2.htm>第01版：今日要闻</a>", "")
    page = parse_edition_page(KJRB_URL, html)
    assert all(not link.url.endswith("/node_2.htm") for link in page.pages)
    assert (page.number, page.name) == ("01", "今日要闻")
