"""The date printed beside the headline (no label, no time, or relative) is the article's."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from crawler.extract import extract_article
from crawler.extract.dates import headline_date, yearless_date

SH = ZoneInfo("Asia/Shanghai")

BODY = "".join(
    f"<p>{p}</p>"
    for p in (
        "近日，城南派出所侦破了一起蹊跷的入室盗窃案，嫌疑人可以在不破坏门锁和窗户的前提下随意进出受害人的家。",
        "从去年年底开始，租住在城中村的何先生发现家里不对劲，时不时就有财物丢失，起初他并没有特别在意。",
        "直到今年五月，何先生发现手机、零钱甚至摄像头都不见了，这才起了疑心，于是在家里装了一个摄像头。",
        "民警通过监控视频锁定了嫌疑人的作案特征，小偷正是同一栋楼内的另一名租客，整栋楼的锁芯是同一款。",
    )
)
TITLE = "出租屋半年被偷8次：整栋楼共用一个锁芯"


def _blog(date_line: str, info_line: str) -> bytes:
    """A blog theme: the day in its own line over the headline or beside the poster, a dated comment below."""
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}-半亩方塘</title></head><body>
<div id="divTop"><h1 id="BlogTitle"><a href="/">半亩方塘</a></h1></div>
<div class="post">{date_line}<h2 class="post-title">{TITLE}</h2>{info_line}
<div class="post-body">{BODY}</div>
<h6 class="post-footer">作者:<a href="/author-1.html">admin</a> | 分类:<a href="/c-1.html">随笔</a></h6></div>
<ul class="msg"><li><span class="commentname">访客</span><small>发布于 2012-09-21 19:57:52 回复</small></li>
<li class="msgarticle">路过，支持博主！</li></ul>
<div id="divSidebar"><ul><li><a href="/post/7.html">城区主干道改造工程全面开工</a> 2012-05-11</li></ul></div>
</body></html>""".encode()


def test_bare_day_over_the_headline_beats_a_comments_labelled_date() -> None:
    page = _blog('<h4 class="post-date">2012年09月20日</h4>', "")
    item = extract_article("http://blog.example.cn/post/225.html", page)
    assert item.published_at is not None and item.published_at.date().isoformat() == "2012-09-20"


def test_yesterday_beside_the_headline_is_read_against_the_capture_time() -> None:
    info = '<div class="info"><span class="user">站长</span><span class="date">昨天 15:49</span></div>'
    page = _blog("", info)
    fetched = datetime(2020, 7, 3, 16, 49, tzinfo=SH)
    item = extract_article("http://blog.example.cn/838.html", page, fetched_at=fetched)
    assert item.published_at == datetime(2020, 7, 2, 15, 49, tzinfo=SH)


def test_headline_date_reads_below_the_headline_first_then_just_above() -> None:
    before = "首页 随笔 2019年3月5日 星期二 当前位置 2012年09月20日 标题在此 站长 2012-09-19 10:21"
    assert headline_date(before, "标题在此", "Asia/Shanghai") == datetime(2012, 9, 19, 10, 21, tzinfo=SH)
    assert headline_date(before.rsplit(" 站长", 1)[0], "标题在此", "Asia/Shanghai") == datetime(
        2012, 9, 20, tzinfo=SH
    )


def test_headline_date_needs_the_headline_and_a_capture_time_for_relative_days() -> None:
    assert headline_date("站点 2019年3月5日 正文", "别的标题", "Asia/Shanghai") is None
    assert headline_date("标题在此 3小时前 阅读(12)", "标题在此", "Asia/Shanghai") is None
    now = datetime(2020, 8, 29, 2, 55, tzinfo=SH)
    assert headline_date("标题在此 3小时前 阅读(12)", "标题在此", "Asia/Shanghai", now=now) == datetime(
        2020, 8, 28, 23, 55, tzinfo=SH
    )


def test_a_day_without_its_year_is_the_latest_such_day_up_to_the_capture_time() -> None:
    now = datetime(2019, 3, 9, 12, 0, tzinfo=SH)
    assert yearless_date("03-05 10:21", now, "Asia/Shanghai") == datetime(2019, 3, 5, 10, 21, tzinfo=SH)
    assert yearless_date("3月5日", now, "Asia/Shanghai") == datetime(2019, 3, 5, tzinfo=SH)
    assert yearless_date("12-30 08:00", now, "Asia/Shanghai") == datetime(2018, 12, 30, 8, tzinfo=SH)
    # A bare "3-5" (a score, a range) and a whole date are not this reading's.
    assert yearless_date("比分 3-5 落后", now, "Asia/Shanghai") is None
    assert yearless_date("2017-03-05", now, "Asia/Shanghai") is None


def test_platform_info_lines_without_a_year_or_with_just_now() -> None:
    """百家号/微博 print this year's posts as "发布时间：03-05 10:21" or "3月5日 10:21", new ones as 刚刚."""
    now = datetime(2019, 3, 9, 12, 0, tzinfo=SH)
    for info in ("发布时间：03-05 10:21　来源：城市生活圈", "3月5日 10:21 来自 微博 weibo.com"):
        page = _blog("", f'<div class="info">{info}</div>')
        item = extract_article("http://blog.example.cn/1.html", page, fetched_at=now)
        assert item.published_at == datetime(2019, 3, 5, 10, 21, tzinfo=SH), info
    page = _blog("", '<div class="info">刚刚　来源：城市生活圈</div>')
    item = extract_article(
        "http://blog.example.cn/1.html", page, fetched_at=datetime(2019, 3, 5, 10, 30, tzinfo=SH)
    )
    assert item.published_at == datetime(2019, 3, 5, 10, 30, tzinfo=SH)


def test_info_line_between_a_headline_glued_to_the_text_and_the_text() -> None:
    """Sohu 2004: the extractor joins the <h1> to the text and drops the date line between them."""
    headline = "一男子醉驾摩托车出门看热闹 被交警逮个正着"
    related = "".join(
        f"<li><a href='/news/{d}.html'>市民关心的这些事有了新进展{d}</a><span>2004-03-0{d}</span></li>"
        for d in (5, 4, 3)
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>{headline}-新闻中心-搜狐</title></head><body>"
        "<table><tr><td><a href='/'>搜狐首页</a> - <a href='/news/'>新闻中心</a></td></tr></table>"
        f"<table width='760'><tr><td width='560'><div class='c'><h1>{headline}</h1></div>"
        "<div class='sourceTime'>2004年03月06日17:54&nbsp;[<a>我来说两句</a>]&nbsp;来源：<a>新京报</a></div>"
        f"<div id='sohu_content'>{BODY}</div><div class='related'><b>相关</b><ul>{related}</ul></div></td>"
        f"<td width='200'><b>今日推荐</b><ul>{related}</ul></td></tr></table></body></html>"
    ).encode()
    item = extract_article("file:///tmp/sohu.html", page)
    assert item.published_at is not None and item.published_at.date().isoformat() == "2004-03-06"


def _thread(shown: str) -> bytes:
    """A Discuz! X3 thread: the opening post's time shown relative, replies with their own days."""
    post = BODY.replace("</p><p>", "<br />").replace("<p>", "").replace("</p>", "")

    def one(pid: int, poster: str, when: str, text: str) -> str:
        return (
            f"<div id='post_{pid}'><table><tr><td class='pls'><div class='authi'><a class='xw1'>{poster}</a>"
            f"</div></td><td class='plc'><div class='pi'><div class='authi'><em id='authorposton{pid}'>"
            f"发表于 {when}</em> | <a>只看该作者</a></div></div><div class='pcb'><table><tr>"
            f"<td class='t_f'>{text}</td></tr></table></div></td></tr></table></div>"
        )

    replies = "".join(one(n, f"路人{n}", f"2015-3-{12 + n} 09:0{n}", "顶一下，说得有道理。") for n in (1, 2))
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE} - 百姓话题 - 古城论坛 - Powered by Discuz!</title>"
        f"</head><body><div id='pt'><a>古城论坛</a> › <a>百姓话题</a></div><div id='postlist'>"
        f"<h1 class='ts'><span id='thread_subject'>{TITLE}</span></h1>"
        f"{one(9, '东篱采菊', shown, post)}{replies}</div></body></html>"
    ).encode()


def test_a_relative_post_time_is_read_from_its_title_without_a_capture_time() -> None:
    for shown in (
        '<span title="2015-3-12 10:21">前天&nbsp;10:21</span>',
        '<span title="2015-3-12 10:21">3&nbsp;天前</span>',
    ):
        item = extract_article("http://bbs.example.cn/thread-1-1-1.html", _thread(shown))
        assert item.published_at == datetime(2015, 3, 12, 10, 21, tzinfo=SH), shown
