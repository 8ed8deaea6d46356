# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the eleventh date probe's tune half (bench/date_probe11.py) showed misread (synthetic pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extract_pages import BODY, TITLE, beijing_day

from crawler.extract import extract_article

URL = "http://news.example.cn/html/11.html"
NOW = datetime(2024, 3, 13, 8, 20, tzinfo=UTC)  # 16:20 in Beijing


def _page(info: str, *, head: str = "", body: str = BODY, above: str = "", below: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>{above}<div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{body}</div></div>{below}</body></html>"
    ).encode()


def _day(page: bytes, url: str = URL) -> date | None:
    return beijing_day(extract_article(url, page, fetched_at=NOW).published_at)


def test_a_first_printing_label_names_the_publication_beside_a_later_update() -> None:
    # 首发 (first published) beside 最后更新, either first, in any form of the day.
    for info in (
        "<p><span>首发：2007-02-02 23:46</span></p><p><span>最后更新：2007年2月18日</span></p>",
        "<p><span>最后更新：2007年2月18日</span>　<span>首发：2007.02.02 23:46</span></p>",
        "<p><span>首发时间：2007年02月02日</span> | <span>更新于：2007-02-18 10:00</span></p>",
    ):
        assert _day(_page(info)) == date(2007, 2, 2), info


def test_an_unlinked_list_of_dated_headlines_is_furniture() -> None:
    # A box of 最近更新 whose rows print a headline and its day without a link, and a linked list whose
    # short headlines (马云爸爸来了) read as no headline alone: both are lists of other articles.
    rows = "".join(
        f"<li>{t} <em>{d}</em></li>"
        for t, d in (
            ("广州首现非洲猪瘟疫情黄埔猪场", "2013-11-13"),
            ("校园应急避震演练方案出台", "2013-11-20"),
            ("上海胜华电缆集团多次被曝光", "2013-12-02"),
        )
    )
    box = f"<div class='recent'><h3>最近更新</h3><ul>{rows}</ul></div>"
    assert _day(_page("<span>来源：本站</span> <span>浏览：12次</span>", below=box)) is None
    linked = "".join(
        f"<li><a href='/n/{i}.shtml'>{t}</a>（{d}）</li>"
        for i, (t, d) in enumerate(
            (
                ("实名检举最高人民法院审判长枉法裁判", "2017-06-02"),
                ("两会今日开幕代表委员热议民生", "2017-09-17"),
                ("马云爸爸来了", "2017-08-22"),
            )
        )
    )
    box = f"<div class='related'><h4>相关阅读：</h4><ul>{linked}</ul></div>"
    assert _day(_page("<span>来源：本站</span>", below=box)) is None


def test_a_sentence_list_with_days_is_no_list_of_headlines() -> None:
    # A timeline in the text (rows that are sentences) keeps its days: the page's own day is read as before.
    rows = "".join(
        f"<li>{d} 市政府召开第{i}次专题会议，研究部署相关工作。</li>"
        for i, d in enumerate(("2013-11-13", "2013-11-20", "2013-12-02"), 1)
    )
    page = _page("<span>发布时间：2013-12-05 10:00</span>", body=BODY + f"<ul>{rows}</ul>")
    assert _day(page) == date(2013, 12, 5)


def test_a_posts_time_before_the_client_it_came_from_dates_it() -> None:
    # Weibo's post header: "今天 02:53 来自 iPhone客户端", "刚刚", "N分钟前", a year-less "9-7 03:59" of
    # the capture's year, a full day of an older year; read against the capture (16:20 in Beijing).
    for shown, want in (
        ("今天 02:53", date(2024, 3, 13)),
        ("刚刚", date(2024, 3, 13)),
        ("昨天 23:10", date(2024, 3, 12)),
        ("40分钟前", date(2024, 3, 13)),
        ("2-7 03:59", date(2024, 2, 7)),
        ("2019-3-5 10:21", date(2019, 3, 5)),
    ):
        post = (
            f"<div class='WB_detail'><div class='WB_info'><a>长沙晚报</a></div>"
            f"<div class='WB_from'><a>{shown}</a> 来自 <a>iPhone客户端</a></div>"
            f"<div class='WB_text'><h2>【{TITLE}】</h2>{BODY}</div>"
            "<div class='WB_handle'>转发 12 | 评论 30 | 赞 99</div></div>"
            "<div class='WB_feed_repeat'><h4>评论</h4><div class='comment'><a>晴天</a>：关注 <span class='time'>5分钟前</span> 来自Android</div>"
            "<div class='comment'><a>阿杰</a>：转发微博 <span class='time'>今天 15:02</span> 来自iPhone</div></div>"
        )
        page = f"<html><head><meta charset='utf-8'><title>长沙晚报的微博</title></head><body>{post}</body></html>"
        assert _day(page.encode(), "https://weibo.com/1653250279/1d062de3") == want, shown


def test_a_notes_time_before_its_ip_region_dates_it() -> None:
    # Xiaohongshu's and other platforms' time line under the text: "编辑于 02-26 陕西", "3天前 北京",
    # "编辑于 昨天 21:11 广东", "2019-03-05 · IP 属地浙江".
    for shown, want in (
        ("编辑于 02-26 陕西", date(2024, 2, 26)),
        ("3天前 北京", date(2024, 3, 10)),
        ("编辑于 昨天 21:11 广东", date(2024, 3, 12)),
        ("2019-03-05 · IP 属地浙江", date(2019, 3, 5)),
    ):
        note = (
            f"<div class='note'><div class='author'><span>小鱼儿</span><button>关注</button></div>"
            f"<div class='title'>{TITLE}</div><div class='desc'>{BODY}</div>"
            f"<div class='bottom'><span class='date'>{shown}</span></div>"
            f"<div class='interactions'>共 12 条评论<div><span>好实用</span><span>01-03 上海</span></div></div></div>"
        )
        page = f"<html><head><meta charset='utf-8'><title>{TITLE} - 小红书</title></head><body>{note}</body></html>"
        assert _day(page.encode(), "https://www.xiaohongshu.com/explore/42c7974ee3cdd1419118a5d9") == want, (
            shown
        )


def test_a_publication_label_in_a_header_table_below_other_days() -> None:
    # A journal article's dates table kept in the text's opening lines, the publication row after the
    # 收稿/修回/录用 rows and more than a few lines down.
    rows = "".join(
        f"<tr><th>{k}：</th><td>{v}</td></tr>"
        for k, v in (
            ("收稿日期", "2014-10-15"),
            ("修回日期", "2014-11-22"),
            ("录用日期", "2014-12-05"),
            ("出版日期", "2015-03-23"),
            ("刊期", "2015年第10期"),
        )
    )
    head = (
        "<div class='journal'>中国农业科学 2015年第10期</div>"
        f"<h1>{TITLE}</h1><div class='authors'>王小明，李娜</div>"
        f"<div class='abstract'><b>摘要：</b>{BODY[:60]}。</div><div class='keywords'><b>关键词：</b>公交；线路</div>"
        "<div class='fund'><b>基金项目：</b>国家社会科学基金项目（2012年度，20BXW063）</div>"
        f"<table class='dates'>{rows}</table>"
    )
    page = f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='main'>{head}<div class='fulltext'>{BODY}</div></div></body></html>"
    assert _day(page.encode(), "http://journal.example.edu.cn/CN/abstract/abstract67041.shtml") == date(
        2015, 3, 23
    )


def test_an_answers_own_stamp_under_its_text_beats_the_other_answers() -> None:
    # A Q&A answer page: the question over the answer, the answer's time after its text (编辑于 昨天 …,
    # 发布于 a clock of the capture's day, a full day with the IP region), then other answers of their days.
    for shown, want in (
        ("编辑于 昨天 08:55", date(2024, 3, 12)),
        ("发布于 09:10", date(2024, 3, 13)),
        ("编辑于 2021-04-13 05:30 · IP 属地福建", date(2021, 4, 13)),
    ):
        others = "".join(
            f"<div class='AnswerItem'><span class='UserLink'>阿杰</span><div class='RichContent-inner'><p>我觉得要看具体情况，不能一概而论。</p></div>"
            f"<div class='ContentItem-time'>发布于 {d} 10:00</div></div>"
            for d in ("2023-05-01", "2022-11-20")
        )
        page = (
            f"<html><head><meta charset='utf-8'><title>{TITLE}？ - 知乎</title></head><body>"
            f"<div class='QuestionHeader'><h1 class='QuestionHeader-title'>{TITLE}？</h1><div>关注者 120 被浏览 53000</div></div>"
            f"<div class='Question-main'><div>38 个回答</div><div class='AnswerItem'><span class='UserLink'>小鱼儿</span>"
            f"<div class='RichContent-inner'>{BODY}</div><div class='ContentItem-time'><a>{shown}</a></div>"
            f"<div class='ContentItem-actions'>赞同 727 · 14 条评论 · 分享 · 收藏</div></div>"
            f"<div class='MoreAnswers'><h3>更多回答</h3>{others}</div></div></body></html>"
        )
        assert _day(page.encode(), "https://www.zhihu.com/question/510105905/answer/4936170446") == want, (
            shown
        )


def test_a_reprints_first_printing_note_and_prose_before_laizi_are_no_stamps() -> None:
    # "本文首发于2015年4月1日《三联生活周刊》" names the original's first printing, not this page's; a
    # story's "1月29日来自贵阳市城发集团消息" is prose, not a post's time before its client.
    note = "<p>（本文首发于2015年4月1日《三联生活周刊》）</p>"
    page = _page("<span>发布时间：2015-09-28 10:00</span> <span>来源：三联生活周刊</span>", body=note + BODY)
    assert _day(page) == date(2015, 9, 28)
    prose = "<p>　　贵阳网讯 1月29日来自贵阳市城发集团消息，截至1月28日，人民大道南段8个控制性节点工程有序推进。</p>"
    assert _day(_page("<span>来源：人民网</span>", body=prose + BODY)) is None


def test_an_edit_stamp_beside_the_publication_stamp_yields_to_it() -> None:
    # A column's foot prints both: "编辑于 2015-10-09 12:11・IP 属地北京 发布于 2015-04-07 05:21".
    foot = "<div class='ContentItem-time'>编辑于 2015-10-09 12:11・IP 属地北京 发布于 2015-04-07 05:21</div>"
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE} - 知乎</title></head><body>"
        f"<div class='Post-header'><h1>{TITLE}</h1><div>老王头</div></div><div class='Post-RichText'>{BODY}</div>{foot}"
        "<div class='comments'><h4>网友评论</h4><div>游客 2015/04/13 05:20 说得好</div></div></body></html>"
    )
    assert _day(page.encode(), "https://zhuanlan.zhihu.com/p/673094661") == date(2015, 4, 7)


def test_a_weibo_stamps_title_gives_its_year() -> None:
    # <a title="2016-03-09 10:21">3-9 10:21</a> 来自 …: the element's title holds the year the year-less
    # stamp leaves out (captured in 2024, the stamp alone would read 2024-03-09).
    post = (
        "<div class='WB_detail'><div class='WB_info'><a>长沙晚报</a></div>"
        "<div class='WB_from'><a title='2016-03-09 10:21'>3-9 10:21</a> 来自 <a>iPhone客户端</a></div>"
        f"<div class='WB_text'><h2>【{TITLE}】</h2>{BODY}</div></div>"
    )
    page = f"<html><head><meta charset='utf-8'><title>长沙晚报的微博</title></head><body>{post}</body></html>"
    assert _day(page.encode(), "https://weibo.com/1653250279/1d062de3") == date(2016, 3, 9)


def test_a_labelled_day_under_the_text_gives_an_agency_datelines_year() -> None:
    # A print view captured years later: the text opens with "中新网浙江新闻12月26日电" (no year: the
    # capture's, 2023, would be guessed) and the same day stands whole under the text, 【发布日期：…】.
    body = (
        "<p>　　中新网浙江新闻12月26日电　（见习记者 范宇斌）12月26日，记者从当地公安局获悉，近日一名老人因偷盗两株蜡梅盆栽被拘留。</p>"
        + BODY
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body onload='window.print()'>"
        f"<div class='tools'>【<a href='javascript:window.print()'>打印</a>】【<a>关闭窗口</a>】</div>"
        f"<h1>{TITLE}</h1>{body}<p class='editor'>（责任编辑：王丽）</p>"
        "<div class='info'>【发布日期：2014.12.26 16:04:29】【来源：办公室】</div></body></html>"
    )
    assert _day(page.encode(), "http://news.example.cn/printpage.asp?ArticleID=49564") == date(2014, 12, 26)


FIRE = "<p>　　12月8日上午10时30分许，中山区吉庆街30号突然起火，由于老式居民楼采用了大量木质结构，因此火势迅速蔓延。</p>"


def test_a_relative_time_rendered_from_its_exact_one_reads_the_exact_one() -> None:
    # An AMP page's <amp-timeago datetime="…Z">191天前</amp-timeago>: the words were written at the page's
    # build, not at the capture; the attribute when it was published (05:03 in Beijing, the UTC day before).
    tag = "<amp-timeago layout='fixed' width='160' height='20' datetime='2009-02-15T21:03:29Z' locale='zh-CN'>191天前</amp-timeago>"
    page = (
        f"<html amp lang='zh-CN'><head><meta charset='utf-8'><title>{TITLE}</title>"
        "<link rel='canonical' href='http://news.example.cn/news/show.php?id=835451'></head><body>"
        f"<header class='amp-header'><a href='/'>news.example.cn</a></header><article><h1>{TITLE}</h1><div class='byline'>{tag}</div>{FIRE}{BODY}</article></body></html>"
    )
    captured = datetime(2009, 8, 26, 19, 41, tzinfo=UTC)
    found = extract_article(
        "https://m.news.example.cn/amp/8260151.html", page.encode(), fetched_at=captured
    ).published_at
    assert beijing_day(found) == date(2009, 2, 16)


def test_readers_comments_ip_stamps_are_no_post_stamp() -> None:
    # Comments under an article print "02-14 · IP 属地山东": their days, not the article's (undated here).
    cmts = "".join(
        f"<div class='cmt'><span>{u}</span> <span>{w}</span> <span>{d} · IP 属地山东</span></div>"
        for u, w, d in (("天天向上", "支持", "02-14"), ("老王头", "有道理", "02-15"))
    )
    below = f"<div class='cmts'><h4>评论</h4>{cmts}</div>"
    assert _day(_page("<span>来源：本站</span>", below=below)) is None
