# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""ROC years on Taiwanese pages, and dates only a page's scripts or attributes hold (wave 3's last tune misses)."""

from __future__ import annotations

from datetime import date, datetime

from extract_pages import BEIJING, BODY, TITLE, beijing_day
from lxml.html import fromstring

from crawler.extract import extract_article
from crawler.extract.dates import labelled_date, roc_date
from crawler.extract.structured import marked_date, script_date
from crawler.extract.taiwan import taiwanese_page, traditional_share


def _page(info: str, *, head: str = "", lang: str = "", foot: str = "") -> bytes:
    html = f"<html lang='{lang}'>" if lang else "<html>"
    return (
        f"{html}<head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div><div class='main'><h3>{TITLE}</h3>"
        f"<div class='info'>{info}</div><div class='content'>{BODY}</div></div>{foot}</body></html>"
    ).encode()


def test_traditional_share_counts_characters_written_only_in_traditional() -> None:
    assert traditional_share("發布日期") == 0.25  # 發 only: 布, 日, 期 are common to both scripts
    assert traditional_share("著名作家") == 0.0  # 著 is simplified too
    assert traditional_share("") == 0.0


def test_a_page_is_taiwanese_by_minguo_host_language_or_script() -> None:
    assert taiwanese_page("中華民國105年", "http://a.cn/")
    assert taiwanese_page("新闻", "https://www.moe.gov.tw/news/1")
    assert taiwanese_page("新闻", "", "zh-Hant-TW")
    assert taiwanese_page("臺北市政府新聞處發布最新消息與活動資訊", "")
    # The mainland's 民国 (the 1912-1949 era) and a simplified page are no evidence.
    assert not taiwanese_page("民国时期的老照片", "http://a.cn/", "zh-CN")


def test_a_two_digit_roc_year_after_a_traditional_label_is_an_roc_one() -> None:
    assert beijing_day(labelled_date("發布日期：97.08.25")) == date(2008, 8, 25)
    # A simplified label on a page with no evidence keeps the two-digit Gregorian year ...
    assert beijing_day(labelled_date("发布日期：97.08.25")) == date(1997, 8, 25)
    # ... which the page's evidence turns into an ROC one; a zero-padded year is Gregorian still.
    assert beijing_day(labelled_date("发布日期：97.08.25", roc=True)) == date(2008, 8, 25)
    assert beijing_day(labelled_date("發布日期：08.08.25")) == date(2008, 8, 25)
    # An ROC year to come is none.
    assert labelled_date("發布日期：999.08.25") is None


def test_an_roc_day_alone_in_its_element_reads_two_digits_only_when_taiwanese() -> None:
    assert roc_date("97年12月24日") is None
    assert beijing_day(roc_date("97年12月24日", roc=True)) == date(2008, 12, 24)
    page = _page("<span class='date'>97年12月24日</span>　點閱次數：2436")
    assert beijing_day(extract_article("http://news.example.cn/html/3.html", page).published_at) == date(
        2008, 12, 24
    )


def test_an_roc_date_line_reads_on_a_taiwanese_page_and_not_on_a_simplified_one() -> None:
    item = extract_article("http://news.example.cn/html/1.html", _page("發布日期：99/10/04"))
    assert beijing_day(item.published_at) == date(2010, 10, 4)
    tw = extract_article("https://www.example.gov.tw/html/1.html", _page("发布日期：99/10/04"))
    assert beijing_day(tw.published_at) == date(2010, 10, 4)
    cn = extract_article("http://news.example.cn/html/1.html", _page("发布日期：99/10/04"))
    assert beijing_day(cn.published_at) == date(1999, 10, 4)


def test_the_time_key_of_the_articles_page_data_object_is_its_date() -> None:
    script = (
        "<script>var serverTime = '2026-07-04 16:26:00';"
        "var BASE_DATA = { articleInfo: { title: 'A &amp; B', subInfo: { source: '新华网', time: '2019-12-24 08:30:00' } } };</script>"
    )
    item = extract_article(
        "http://news.example.cn/show.php?id=3", _page("<span class='src'>新华网</span>", head=script)
    )
    assert beijing_day(item.published_at) == date(2019, 12, 24)


def test_a_server_clock_or_a_page_objects_time_is_no_article_time() -> None:
    script = "<script>var serverTime = '2026-07-04 16:26:00'; var page = { now: '2026-07-04 16:26:00', time: '2026-07-04 16:26:00' };</script>"
    assert script_date(fromstring(_page("", head=script)), "Asia/Shanghai") is None


def test_an_epoch_attribute_on_the_info_lines_time_element_is_its_date() -> None:
    ms = int(datetime(2017, 5, 16, 9, 30, tzinfo=BEIJING).timestamp()) * 1000
    info = f'<span class="time" id="news-time" data-val="{ms}"></span><span class="src">搜狐</span>'
    script = "<script>var serverTime = '2023-12-09 10:00:00';</script>"
    item = extract_article("http://news.example.cn/a/1.shtml", _page(info, head=script))
    assert beijing_day(item.published_at) == date(2017, 5, 16)
    # A related list's items carry their own, and a filled element's text is read as text.
    related = f'<ul><li>旧闻 <span class="time" data-val="{ms}"></span></li></ul>'
    assert (
        marked_date(fromstring(_page("<span class='src'>搜狐</span>", foot=related)), "Asia/Shanghai") is None
    )
    shown = f'<span class="time" data-val="{ms}">2017-05-16</span>'
    assert marked_date(fromstring(_page(shown)), "Asia/Shanghai") is None


def test_whether_a_page_is_taiwans_is_asked_once_with_its_url_and_only_for_an_roc_shaped_day(
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    import crawler.extract.taiwan as taiwan

    calls: list[str] = []

    def counted(text: str, url: str, lang: str = "") -> bool:
        calls.append(url)
        return taiwanese_page(text, url, lang)

    monkeypatch.setattr(taiwan, "taiwanese_page", counted)
    # A .tw host makes a bare two-digit year in a date element an ROC one, in every rule that reads it.
    item = extract_article(
        "https://www.example.gov.tw/News_Content.aspx?n=1", _page("<span class='date'>97年12月24日</span>")
    )
    assert beijing_day(item.published_at) == date(2008, 12, 24)
    assert calls == ["https://www.example.gov.tw/News_Content.aspx?n=1"]
    calls.clear()
    # A page with no ROC-shaped day never reads its whole text for the answer.
    extract_article("http://news.example.cn/html/1.html", _page("发布时间：2019-03-04 10:21"))
    assert calls == []
