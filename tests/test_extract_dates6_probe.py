# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the sixth date probe's tune half (bench/date_probe6.py) showed misread (synthetic pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extract_pages import BODY, TITLE, beijing_day

from crawler.extract import extract_article
from crawler.extract.dates import dateline_date, headline_date, labelled_date

URL = "http://news.example.cn/html/9.html"
NOW = datetime(2024, 3, 13, 8, 20, tzinfo=UTC)


def _page(info: str, *, head: str = "", body: str = BODY, above: str = "", below: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>{above}<div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{body}</div></div>{below}</body></html>"
    ).encode()


def test_a_forum_author_card_before_the_post_header_is_the_members() -> None:
    # Discuz! prints the author's card (注册 / 最后登录 without 时间) left of the first post, before its header.
    card = "<dl><dt>UID</dt><dd>77548</dd><dt>注册</dt><dd>2013-11-11</dd><dt>最后登录</dt><dd>2018-12-13</dd><dt>积分</dt><dd>4227</dd></dl>"
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE} - 论坛</title></head><body><h1><span id='thread_subject'>{TITLE}</span></h1>"
        f"<table class='plhin'><tr><td class='pls'><a class='xw1'>Tiger_77</a>{card}</td><td class='plc'>"
        f"<div class='authi'>楼主 <span>发表于 2018/08/12 04:05</span> | 只看该作者</div><div class='t_f'>{BODY}</div></td></tr></table></body></html>"
    ).encode()
    assert beijing_day(extract_article("http://bbs.example.cn/thread-1-1-1.html", page).published_at) == date(2018, 8, 12)
    assert headline_date(f"{TITLE} Tiger_77 UID 77548 注册 2013-11-11 上次访问 2018-12-13 积分 42", TITLE) is None
    joined = page.replace("<dt>注册</dt>".encode(), "<dt>加入时间</dt>".encode())
    assert beijing_day(extract_article("http://bbs.example.cn/thread-1-1-1.html", joined).published_at) == date(2018, 8, 12)
    assert labelled_date("老王头 UID 393063 加入时间 1998-2-11 上次访问时间 2007-1-9 积分 9707") is None


def test_a_quoted_originals_day_in_the_first_post_is_the_originals() -> None:
    # A repost's first post: its header's day, then the quoted original's (原文发表于, [转帖] 原作者：X 发表日期：).
    for quote in (
        "<p>以下内容转自人民网，原文发表于2014年5月19日：</p>",
        "<blockquote>[转帖] 原作者：Tiger_77　发表日期：2014-05-19</blockquote>",
    ):
        page = (
            f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='thread'><h2>{TITLE}</h2>"
            f"<div class='post'><div class='author'>路人甲</div><div class='posthead'>2014.06.15 03:14 发表</div>"
            f"<div class='postbody'>{quote}{BODY}</div></div></div></body></html>"
        ).encode()
        assert beijing_day(extract_article(URL, page).published_at) == date(2014, 6, 15), quote


def test_a_day_named_only_as_an_update_in_metadata_dates_no_page() -> None:
    # No visible day of the article's own; metadata names only when it was last changed.
    for head in (
        '<meta property="article:modified_time" content="2021-09-23T19:38:10+08:00">',
        '<meta property="og:updated_time" content="2021-09-23T19:38:10+08:00">',
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","dateModified":"2021-09-23 19:38:16"}</script>',
        '<meta http-equiv="last-modified" content="2021-09-23">',
    ):
        page = (
            f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body><div class='main'><h1>{TITLE}</h1>"
            f"<div class='info'>来源：新华网</div><div class='content'>{BODY}</div></div></body></html>"
        ).encode()
        assert extract_article(URL, page, fetched_at=NOW).published_at is None, head


def test_wordpress_zh_cn_month_names_and_an_update_printed_first() -> None:
    # WordPress zh_CN prints "2018年八月13日", "三月 23, 2010 下午5:36", "12月 13, 2015 @ 06:48";
    # a theme may print the <time class="updated"> before the published one, neither with a datetime.
    for shown, day in (
        ("2018年八月13日", date(2018, 8, 13)),
        ("三月 23, 2010 下午5:36", date(2010, 3, 23)),
        ("十二月 28, 2003", date(2003, 12, 28)),
        ("12月 13, 2015 @ 06:48", date(2015, 12, 13)),
    ):
        info = f"发布于 <a href='/?p=5' rel='bookmark'><time class='updated'>2016年九月25日</time><time class='entry-date published'>{shown}</time></a> 作者 老王头"
        assert beijing_day(extract_article(URL, _page(info)).published_at) == day, shown


def test_a_wire_dateline_with_its_year_opens_the_text() -> None:
    # Press-release wires print the year in the dateline; the page may print no date line at all.
    for opener in ("上海2007年4月17日电 /美通社/ -- ", "（2007年4月17日，上海）", "北京，2007年4月17日 — "):
        body = f"<p>{opener}本届大会将于2007年5月10日至12日在上海举行，多家企业参展，会期三天，吸引了大批观众。</p>{BODY}"
        page = _page("分享至：微信 微博 QQ空间", body=body)
        assert beijing_day(extract_article(URL, page, fetched_at=NOW).published_at) == date(2007, 4, 17), opener
    assert dateline_date("据了解，2007年4月17日电力公司宣布……", NOW) is None


def test_a_day_opening_a_sentence_before_a_word_in_dian_or_xun_is_no_dateline() -> None:
    # 截至2023年6月30日电商平台……: any two characters passed for the place and 电商's 电 for the wire's
    # 电, so the sentence's day became the page's (weeks before it was published).
    for opening in (
        "截至2023年6月30日电商平台交易额达到三千亿元，同比增长百分之十二。",
        "截至2023年6月30日电信用户总数达到十八亿户。",
        "截至2023年6月30日讯飞输入法的用户数突破七亿。",
    ):
        assert dateline_date(opening, NOW) is None, opening
    # The wire's own: 电 or 讯 then its credit, its agency's mark or the end of the head.
    for opener in ("上海2007年4月17日电 /美通社/ -- ", "上海2007年4月17日电（记者 王五）", "上海2007年4月17日电记者从"):
        found = dateline_date(opener + "本届大会将于五月举行。", NOW)
        assert found is not None and beijing_day(found) == date(2007, 4, 17), opener


def test_a_generic_date_label_on_the_toolbar_line_under_a_notice() -> None:
    # A notice's signature and 印发 days close its text; the page's day is on the toolbar line under it.
    tail = "<p align='right'>区人民政府</p><p align='right'>2017年12月24日</p><p>抄送：市委办公室，市人大常委会办公室。</p><p>区人民政府　　　　2017年12月26日印发</p>"
    below = "<div class='bot'>【日期：2018年1月2日】【<a href='javascript:window.print()'>打印本页</a>】【<a href='javascript:window.close()'>关闭窗口</a>】</div>"
    page = _page("县政发〔2017〕42号", body=BODY + tail, below=below)
    assert beijing_day(extract_article(URL, page, fetched_at=NOW).published_at) == date(2018, 1, 2)


def test_a_date_line_a_script_writes_from_an_epoch() -> None:
    # "发布时间：<script>document.write(new Date(1061507171000).toLocaleDateString())</script>"; a script
    # clock beside it writes the day it is viewed and names none.
    line = "发布时间：<script>document.write(new Date(1061507171000).toLocaleDateString());</script>　来源：新华网"
    clock = "<div class='today'><script>var d=new Date();document.write(d.getFullYear()+'年'+(d.getMonth()+1)+'月');</script></div>"
    page = _page(line, above=clock)
    assert beijing_day(extract_article(URL, page, fetched_at=NOW).published_at) == date(2003, 8, 22)


def test_an_epoch_a_script_writes_outside_a_date_line_is_not_the_pages() -> None:
    # Read as metadata (above the printed date line), any such script dated the page: a related
    # link's day written so, or a masthead clock from the server's time (the day it was fetched).
    written = "<script>document.write(new Date(1710318000000).toLocaleDateString());</script>"
    related = f"<div class='xgxw'>上一篇：<a href='/2.html'>省政府召开常务会议研究部署春耕生产</a> {written}</div>"
    masthead = f"<div class='today'>今天是：{written}</div>"
    clock = f"<div class='today'>北京时间：{written}</div>"
    for furniture in (dict(below=related), dict(above=masthead), dict(above=clock)):
        page = _page("发布时间：2019-05-03 10:20　来源：新华网", **furniture)
        assert beijing_day(extract_article(URL, page, fetched_at=NOW).published_at) == date(2019, 5, 3), furniture


def test_a_date_line_whose_day_a_comma_parts_from_its_next_field_is_the_pages() -> None:
    # "2019年05月03日，来源：新华网": the comma then a word was taken for a sentence's day (编者按：
    # 2012年7月11日，本报刊发了……) and passed by, and a related link's day under the text dated the page.
    related = "<div class='list'><ul><li><a href='/1.html'>市长会见外宾代表团一行</a> 2019-04-28</li></ul></div>"
    for info in (
        "2019年05月03日，来源：新华网",
        "2019-05-03，来源：新华网",
        "2019年5月3日，作者：张三",
        "新华网，2019年05月03日，责任编辑：李四",
        "2019年5月3日，作者 张三",
    ):
        page = _page(info, below=related)
        assert beijing_day(extract_article(URL, page, fetched_at=NOW).published_at) == date(2019, 5, 3), info


def test_an_english_byline_on_the_date_line_leaves_its_day_the_pages() -> None:
    # A bilingual site's own date line ("By Lily Chen | 中国日报网 | 2019-05-03"): "By X" before the day
    # was taken for an English original's byline and the day passed by, a related link's day taken.
    related = "<div class='list'><ul><li><a href='/1.html'>市长会见外宾代表团一行</a> 2019-04-28</li></ul></div>"
    for info in ("By Lily Chen | 中国日报网 | 2019-05-03", "By Lily Chen 2019年05月03日"):
        page = _page(info, below=related)
        assert beijing_day(extract_article(URL, page, fetched_at=NOW).published_at) == date(2019, 5, 3), info


def test_an_editors_note_or_an_originals_day_above_the_date_line() -> None:
    # Between the headline and its date line: a 编者按 sentence naming an earlier day, or a bilingual
    # page's English original ("英文原文：Source: AP, 2019-02-06").
    for box in (
        "<div class='bianzhe'>编者按：2012年7月11日，本报刊发了《江阴会计培训》一文，引起广泛关注。今起，本报推出系列报道。</div>",
        "<div class='original'>英文原文：Source: AP, 2012-07-11</div>",
        "<div class='original'>英文原文：By Jane Smith | Reuters | July 11, 2012</div>",
    ):
        page = (
            f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='main'><h1>{TITLE}</h1>"
            f"{box}<div class='info'>2012-8-17 07:09:46 来源：南方日报</div><div class='content'>{BODY}</div></div></body></html>"
        ).encode()
        assert beijing_day(extract_article(URL, page, fetched_at=NOW).published_at) == date(2012, 8, 17), box
        untimed = page.replace(b"2012-8-17 07:09:46", "2012年08月17日".encode())
        assert beijing_day(extract_article(URL, untimed, fetched_at=NOW).published_at) == date(2012, 8, 17), box


def test_a_listed_companys_notice_is_of_its_signature_not_its_record_or_meeting_days() -> None:
    # 股权登记日, 除权（息）日 and 会议召开时间 are days to come; the board signs the notice at its foot.
    paras = [
        "本公司董事会于2017年2月1日召开第8届董事会会议，审议通过了以下事项。",
        "会议召开时间：2017年3月3日 14:30",
        "股权登记日：2017-02-16",
        *[p.removeprefix("<p>　　").removesuffix("</p>") for p in BODY.split("</p>") if p],
        "除权（息）日：2017-02-17",
    ]
    text = "".join(f"<p>{p}</p>" for p in paras) + "<p align='right'>恒瑞医疗股份有限公司董事会</p><p align='right'>2017年2月4日</p>"
    page = (
        f"<html><head><meta charset='utf-8'></head><body><div class='main'><div class='gg-head'>证券代码：600107　证券简称：恒瑞医疗　公告编号：2017-011</div>"
        f"<h1>恒瑞医疗：{TITLE}的公告</h1><div class='content'>{text}</div></div></body></html>"
    ).encode()
    assert beijing_day(extract_article(URL, page, fetched_at=NOW).published_at) == date(2017, 2, 4)
    # phpBB's "由 X » 2019年11月28日, 星期四 02:36": a weekday after the comma is no sentence.
    phpbb = _page("由 清风明月 » 2019年11月28日, 星期四 02:36")
    assert beijing_day(extract_article(URL, phpbb, fetched_at=NOW).published_at) == date(2019, 11, 28)



def test_the_date_line_under_the_pages_heading_when_a_heading_nearer_the_text_is_taken() -> None:
    # The text hardly echoes the page's heading; a heading nearer the text, which it echoes, is taken
    # for the headline. The date line ("19年3月4日", read only beside a headline) stands under the first.
    h1 = "春风化雨润心田 老区旧貌换新颜"
    comment = "<div class='cmt'><span>网友</span> <span>2023-05-06 10:00</span><p>支持</p></div>"
    page = (
        f"<html><head><meta charset='utf-8'><title>{h1}</title></head><body><div class='main'><h1>{h1}</h1>"
        f"<div class='info'>19年3月4日 来源：新华网</div><h2>公交线路调整方便沿线居民出行</h2>"
        f"<div class='content'>{BODY}</div>{comment}</div></body></html>"
    ).encode()
    assert beijing_day(extract_article(URL, page, fetched_at=NOW).published_at) == date(2019, 3, 4)


def test_the_date_line_under_the_pages_h1_before_a_day_under_a_nearer_heading() -> None:
    # The text hardly echoes the page's <h1>; the heading nearer the text is taken for the headline,
    # and a day printed under it (a byline's, a caption's) is not the page's: its line under the <h1> is.
    h1 = "春风化雨润心田 老区旧貌换新颜"
    for title in ("", f"<title>{h1}</title>"):
        for mid in ("<div>记者 王明 2019年3月7日</div>", "<p>[2019-03-07]</p>"):
            page = (
                f"<html><head><meta charset='utf-8'>{title}</head><body><div class='main'><h1>{h1}</h1>"
                f"<div class='info'>2019年03月05日</div><h2>公交线路调整方便沿线居民出行</h2>{mid}"
                f"<div class='content'>{BODY}</div></div></body></html>"
            ).encode()
            assert beijing_day(extract_article(URL, page, fetched_at=NOW).published_at) == date(2019, 3, 5), (title, mid)
