# ruff: noqa: E501  (HTML page templates are kept one line a tag, as pages print them)
"""Write the dates half of the CMS probe: where real sites put an article's day and title, truth by construction.

Usage: ``python tools/make_cms_probe_dates.py [--data DIR]``; rewrites
``tests/data/cms_probe/dates/*.html`` and ``tests/data/cms_probe/dates.jsonl``.

Why: the other probe sets report dates 0.99 and titles 0.97, yet graders found
dates right on 0.57 of their unseen pages. This set was written apart from the
extractor (its date, title and meta rules unread) to see whether the figure
holds on pages placed the way real sites place them: a date line under the
title in many forms (``2005-5-7 21:23:57``, ``发表于 2012-3-4 10:21``,
``时间：2019年03月04日``, ``发布时间:2020/1/2``, ``来源：XX 2021-06-07``,
full-width digits, two-digit years, dotted dates, weekdays, ``今天 10:21`` /
``昨天 08:00`` / ``前天`` against the crawl time the row carries in ``fetched``,
ROC ``民國110年3月4日`` in Big5, ``3月4日`` with the year only in the URL or a
masthead), forum threads (the first post's date, not the replies'), blogs,
government notices (成文日期 and 发布日期: the day is 发布日期, as the other sets
count it), pages dated only by their URL (``/2019/0304/``, ``/20190304/``,
``t20190304_``), JSON-LD, ``article:published_time`` and ``pubdate`` metas,
and traps: sidebars, related lists and long listings with dates, comments,
footers with copyright years, a masthead printing the crawl day, "updated"
dates printed before the published one, an event date in the first line of
the text, a document's signing date at its foot. Titles: og:title against a
logo ``<h1>``, site-wide ``<title>`` (``首页 - XX网``), a heading in a div,
``<strong>`` or ``<font>``, no ``<title>``, a ``<title>`` with a ``_XX新闻网``
suffix as the only place the title is printed.

The **templates are ours**, written from memory of how such pages print. The
**texts are real**: inews BDCI-2019 train texts of 300-2,500 characters that no
other probe or dev-set page uses, that print no credit (the people set's
filter) and no full date of their own (so the page's furniture and the traps
placed on purpose are the only dates), ordered by ``sha1("dates-probe:" + id)``;
page ``i`` takes text ``i`` and template ``i % len(TEMPLATES)``. Authors are
``[]`` on every page (logins, 佚名 and outlets only), so author figures here
measure junk alone (but for four texts that credit their writer themselves: ``TEXT_CREDITS``). Split: ``sha1(path)`` first hex digit < 8 is tune, else report.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import opencc

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from make_cms_probe_people import _CREDIT  # noqa: E402
from make_cms_probe_portals import draw_unused, paragraphs, probe_main  # noqa: E402

from bench.cms_probe import split_of  # noqa: E402

OUT = REPO / "tests" / "data" / "cms_probe"
SALT = "dates-probe"
COUNT = 100
TW = opencc.OpenCC("s2twp")
HK = opencc.OpenCC("s2hk")

OUTLETS = "中国新闻网 人民网 新华网 光明网 中国经济网 央广网 中国青年网 东方网 北青网 大众网".split()
PAPERS = "城市晚报 江城日报 滨海日报 北方晨报 南国都市报 西部商报 临江日报 东州晚报".split()
LOGINS = ("admin", "qq_41234567", "wx_8812", "user2019", "lj_zhang", "tianya0806", "bbs_fan")
RELATED = [
    "全市安全生产工作会议召开",
    "多部门联合开展专项整治行动",
    "一批重点项目集中签约",
    "市民关心的这些事有了新进展",
    "暖心！他们用行动诠释责任担当",
    "今年以来经济运行稳中向好",
    "这些新规下月起施行",
    "夏季防溺水安全提示请收好",
    "我市召开优化营商环境推进会",
    "文明城市创建工作再部署",
]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass
class Made:
    """One page: markup, encoding, url, the day it was published, its title, and the crawl time if it matters."""

    html: str
    encoding: str
    url: str
    day: date
    title: str
    fetched: str = ""


@dataclass
class Ctx:
    """What a template needs for one page: text, a day and time, a seeded generator."""

    idx: int
    title: str
    paras: list[str]
    when: datetime
    rng: random.Random

    @property
    def y(self) -> int:
        return self.when.year

    @property
    def m(self) -> int:
        return self.when.month

    @property
    def d(self) -> int:
        return self.when.day

    @property
    def iso(self) -> str:
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

    @property
    def t(self) -> str:
        return f"{self.when:%H:%M}"

    @property
    def ts(self) -> str:
        return f"{self.when:%H:%M:%S}"

    @property
    def cn(self) -> str:
        return f"{self.y}年{self.m:02d}月{self.d:02d}日"

    @property
    def cn_short(self) -> str:
        return f"{self.y}年{self.m}月{self.d}日"

    @property
    def h(self) -> str:
        return html.escape(self.title)

    def ps(self, indent: str = "", paras: list[str] | None = None) -> str:
        return "\n".join(f"<p>{indent}{html.escape(p)}</p>" for p in (paras or self.paras))

    def pick(self, items: list[str] | tuple[str, ...]) -> str:
        return self.rng.choice(list(items))

    def other(self, lo: int, hi: int) -> datetime:
        """A day ``lo``..``hi`` days after (negative: before) the page's day."""
        return self.when + timedelta(days=self.rng.randint(lo, hi), hours=self.rng.randint(-3, 3))

    def made(
        self, text: str, encoding: str, url: str, fetched: datetime | None = None, title: str | None = None
    ) -> Made:
        return Made(
            text,
            encoding,
            url,
            self.when.date(),
            title if title is not None else self.title,
            fetched.isoformat() + "+08:00" if fetched else "",
        )


def esc(s: str) -> str:
    return html.escape(s)


def ymd(t: datetime) -> str:
    return f"{t:%Y-%m-%d}"


def related(c: Ctx, n: int = 5, before: bool = True, fmt: str = "{:%Y-%m-%d}") -> str:
    """A related list whose items carry days near the page's (earlier by default)."""
    out = []
    for i in range(n):
        t = c.other(-30, -1) if before else c.other(1, 20)
        out.append(
            f'<li><a href="/news/{t:%Y%m}/{t:%d}/{7000 + 31 * i + c.idx}.html">{RELATED[(i + c.idx) % len(RELATED)]}</a><span class="date">{fmt.format(t)}</span></li>'
        )
    return '<div class="related"><h3>相关新闻</h3><ul>' + "".join(out) + "</ul></div>"


def sidebar(c: Ctx, head: str = "热点排行", n: int = 6) -> str:
    out = []
    for i in range(n):
        t = c.other(-10, 10)
        out.append(
            f'<li><a href="/a/{8000 + i + c.idx}.html">{RELATED[(i + 3 + c.idx) % len(RELATED)]}</a> <em>{t:%m-%d}</em></li>'
        )
    return f'<div class="side"><h3>{head}</h3><ul>' + "".join(out) + "</ul></div>"


def comments(c: Ctx, n: int = 3, fmt: str = "{:%Y-%m-%d %H:%M}") -> str:
    out = []
    for i in range(n):
        t = c.other(1, 6)
        out.append(
            f'<li><span class="user">{LOGINS[(c.idx + i) % len(LOGINS)]}</span> <span class="ctime">{fmt.format(t)}</span><p>说得好，支持！</p></li>'
        )
    return '<div class="comments"><h3>网友评论</h3><ul>' + "".join(out) + "</ul></div>"


def footer(site: str, start: int = 2003, end: int | None = None) -> str:
    span = f"{start}-{end}" if end else str(start)
    return f'<div class="footer">Copyright © {span} {esc(site)} All Rights Reserved. 版权所有 未经授权禁止转载 ICP备{start % 100 + 10}号</div>'


def page(
    c: Ctx,
    site: str,
    body: str,
    charset: str = "utf-8",
    title: str | None = None,
    head: str = "",
    end: int | None = None,
) -> str:
    t = (
        ""
        if title == ""
        else f"<title>{esc(title) if title is not None else c.h + '_' + esc(site)}</title>\n"
    )
    return f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n{t}{head}\n</head>\n<body>\n<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/local/">本地</a> | <a href="/about/">关于我们</a></div>\n{body}\n{footer(site, end=end or c.y + c.rng.randint(0, 3))}\n</body>\n</html>\n'


def uid(c: Ctx) -> int:
    return 10000 + 37 * c.idx


# --- date line under the title ----------------------------------------------------------------------------


def dede_unpadded(c: Ctx) -> Made:
    """2000s DedeCMS: ``2005-5-7 21:23:57 来源：X 作者：佚名 点击：``, GBK."""
    body = f"""<div class="position">当前位置：<a href="/">主页</a> &gt; <a href="/news/">新闻中心</a> &gt;</div>
<div class="title"><h2>{c.h}</h2></div>
<div class="info">{c.y}-{c.m}-{c.d} {c.when.hour}:{c.when:%M:%S} 来源：{c.pick(OUTLETS)} 作者：佚名 点击：<script src="/plus/count.php?aid={uid(c)}"></script>次</div>
<div class="content">{c.ps("　　")}</div>
{related(c)}"""
    return c.made(
        page(c, "临江信息网", body, "gbk"), "gbk", f"http://www.example-ljxx.com/news/{uid(c)}.html"
    )


def fabiaoyu_blog(c: Ctx) -> Made:
    """A blog entry: ``发表于 2012-3-4 10:21``, archive list of other posts' days in the sidebar."""
    posts = "".join(
        f"<li>{t:%Y年%m月} ({c.rng.randint(2, 9)})</li>" for t in (c.other(-40, -31), c.other(-70, -60))
    )
    body = f"""<div id="blog-title">{esc(c.pick(LOGINS))}的博客</div>
<div class="post"><h2 class="post-title"><a href="#">{c.h}</a></h2>
<div class="post-meta">发表于 {c.y}-{c.m}-{c.d} {c.t} | 分类：随笔 | 阅读({c.idx * 7 + 30}) | 评论(3)</div>
<div class="post-body">{c.ps()}</div></div>
<div class="sidebar"><h3>文章归档</h3><ul>{posts}</ul></div>
{comments(c)}"""
    return c.made(
        page(c, "博客", body, title=f"{c.title} - {c.pick(LOGINS)}的博客"),
        "utf-8",
        f"http://blog.example-bk.com/u/{uid(c)}/entry/{uid(c) + 5}",
    )


def shijian_cn(c: Ctx) -> Made:
    """``时间：2019年03月04日 来源：X``, a hot list with MM-DD days before the article."""
    body = f"""{sidebar(c)}
<div class="article"><h1>{c.h}</h1>
<div class="art_info">时间：{c.cn}　来源：{c.pick(OUTLETS)}　字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="art_con">{c.ps("　　")}</div></div>"""
    return c.made(page(c, "江城新闻网", body), "utf-8", f"http://www.example-jcxw.cn/html/news/{uid(c)}.html")


def fabushijian_slash(c: Ctx) -> Made:
    """``发布时间:2020/1/2 9:05``, title in an h2, related list with slash days."""
    body = f"""<div class="main"><h2 class="tit">{c.h}</h2>
<div class="fbsj">发布时间:{c.y}/{c.m}/{c.d} {c.when.hour}:{c.when:%M}　　浏览次数:{c.idx * 13 + 5}</div>
<div class="txt">{c.ps("　　")}</div></div>
{related(c, fmt="{:%Y/%m/%d}")}"""
    return c.made(page(c, "滨海在线", body), "utf-8", f"https://www.example-bhzx.com/show.asp?id={uid(c)}")


def source_first(c: Ctx) -> Made:
    """``来源：X日报 2021-06-07 08:12``, related list after the text."""
    body = f"""<div class="detail"><h1>{c.h}</h1>
<p class="source">来源：{c.pick(PAPERS)}　{c.iso} {c.t}</p>
<div class="detail-body">{c.ps()}</div>
<p class="editor">（责任编辑：{c.pick(["王晓", "李然", "张敏"])}）</p></div>
{related(c)}{comments(c)}"""
    return c.made(page(c, "东州网", body), "utf-8", f"http://news.example-dz.cn/system/{uid(c)}.shtml")


def fullwidth_gov(c: Ctx) -> Made:
    """A GB2312 county government page: full-width digits, title in a td, site-wide <title>."""
    fw = f"{c.y}年{c.m}月{c.d}日".translate(FW)
    body = f"""<table width="980" align="center"><tr><td class="dh">您现在的位置：首页 &gt; 政务动态</td></tr>
<tr><td class="bt" align="center" height="50">{c.h}</td></tr>
<tr><td align="center" class="sj">{fw}　　信息来源：县政府办公室　　阅读次数：{c.idx * 3 + 11}</td></tr>
<tr><td class="zw">{c.ps("　　")}</td></tr></table>"""
    return c.made(
        page(c, "临江县人民政府", body, "gb2312", title="首页 - 临江县人民政府网"),
        "gb2312",
        f"http://www.example-ljx.gov.cn/zwdt/show.asp?id={uid(c)}",
    )


def twodigit_year(c: Ctx) -> Made:
    """A Discuz!-7-style post header in two-digit years, GBK; replies later."""
    replies = "".join(
        f'<div class="post"><div class="postinfo"><a>{LOGINS[(c.idx + i + 1) % len(LOGINS)]}</a> 发表于 {t:%y-%m-%d %H:%M}</div><div class="t_msg">顶一个，楼主说得对。</div></div>'
        for i, t in enumerate([c.other(0, 2), c.other(3, 9)])
    )
    body = f"""<div id="nav"><a href="index.php">临江论坛</a> &raquo; <a href="forumdisplay.php?fid=2">本地新闻</a> &raquo; {c.h}</div>
<h1>{c.h}</h1>
<div class="post"><div class="postinfo"><a>{c.pick(LOGINS)}</a> 发表于 {c.when:%y-%m-%d %H:%M}</div><div class="t_msg">{c.ps()}</div></div>
{replies}"""
    return c.made(
        page(c, "临江论坛", body, "gbk", title=f"{c.title} - 本地新闻 - 临江论坛 - Powered by Discuz!"),
        "gbk",
        f"http://bbs.example-lj.com/viewthread.php?tid={uid(c)}",
    )


def today_rel(c: Ctx) -> Made:
    """``今天 10:21`` on a forum post header, captured later the same day."""
    fetched = c.when + timedelta(minutes=c.rng.randint(20, 90))
    if fetched.date() != c.when.date():
        fetched = c.when.replace(hour=23, minute=59)
    reply = f'<div class="pi">{LOGINS[(c.idx + 1) % len(LOGINS)]} <em>发表于 今天 {fetched:%H:%M}</em></div><div class="t_f">同感。</div>'
    body = f"""<div class="bm"><span id="thread_subject">{c.h}</span></div>
<div class="pi"><a class="xw1">{c.pick(LOGINS)}</a> <em id="authorposton">发表于 今天 {c.t}</em></div>
<div class="t_f">{c.ps()}</div>
{reply}
<div id="ft">GMT+8, {fetched:%Y-%m-%d %H:%M}, Processed in 0.05 second(s)</div>"""
    return c.made(
        page(c, "滨海社区", body, title=f"{c.title} - 滨海社区", end=fetched.year),
        "utf-8",
        f"http://bbs.example-bh.cn/thread-{uid(c)}-1-1.html",
        fetched,
    )


def yesterday_rel(c: Ctx) -> Made:
    """``昨天 08:00`` under a news title, captured the next day."""
    fetched = (c.when + timedelta(days=1)).replace(hour=c.rng.randint(9, 21))
    body = f"""<div class="art"><h1>{c.h}</h1><div class="meta"><span class="src">{c.pick(OUTLETS)}</span> <span class="time">昨天 {c.t}</span></div>
<div class="cont">{c.ps()}</div></div>{sidebar(c, "24小时热榜")}"""
    return c.made(
        page(c, "掌上滨海", body, title=c.title, end=fetched.year),
        "utf-8",
        f"https://m.example-zsbh.cn/a/{uid(c)}",
        fetched,
    )


def qiantian_rel(c: Ctx) -> Made:
    """``前天 21:23`` on a forum-portal article, captured two days later."""
    fetched = (c.when + timedelta(days=2)).replace(hour=c.rng.randint(9, 21))
    body = f"""<div class="h hm"><h1 class="ph">{c.h}</h1><p class="xg1">前天 {c.t}<span class="pipe">|</span> 发布者: admin<span class="pipe">|</span> 查看: {c.idx * 5}</p></div>
<div class="d"><table><tr><td id="article_content">{c.ps()}</td></tr></table></div>"""
    return c.made(
        page(c, "东州家园", body, title=f"{c.title} - 东州家园", end=fetched.year),
        "utf-8",
        f"http://www.example-dzjy.com/article-{uid(c)}-1.html",
        fetched,
    )


def roc_big5(c: Ctx) -> Made:
    """A Taiwan township page in Big5: ``民國110年3月4日``."""
    title = TW.convert(c.title)
    paras = [TW.convert(p) for p in c.paras]
    body = f"""<table width="90%"><tr><td class="title">{esc(title)}</td></tr>
<tr><td class="date">發布日期：民國{c.y - 1911}年{c.m}月{c.d}日　　發布單位：民政課</td></tr>
<tr><td>{c.ps("　　", paras)}</td></tr></table>"""
    return c.made(
        TW.convert(page(c, "和平鄉公所", body, "big5", title=f"{title}-和平鄉公所")),
        "big5",
        f"http://www.example-hp.gov.tw/news_view.asp?sn={uid(c)}",
        title=title,
    )


def no_year_url(c: Ctx) -> Made:
    """``03月04日 10:21`` with the year only in the URL path."""
    body = f"""<div class="ntitle"><h1>{c.h}</h1></div><div class="nsub"><span>{c.m:02d}月{c.d:02d}日 {c.t}</span> <span>{c.pick(OUTLETS)}</span></div>
<div class="ntext">{c.ps()}</div>{related(c, 3, fmt="{:%m-%d}")}"""
    return c.made(
        page(c, "临江热线", body), "utf-8", f"http://news.example-ljrx.com/{c.y}/{c.m:02d}/{uid(c)}.shtml"
    )


def no_year_masthead(c: Ctx) -> Made:
    """An e-paper page: the issue's year-month-day in the masthead, ``3月4日`` again by the title."""
    body = f"""<div class="masthead">{esc(c.pick(PAPERS))}　{c.cn} 星期{"一二三四五六日"[c.when.weekday()]}　第A{c.idx % 8 + 1}版：要闻</div>
<div class="art"><h1>{c.h}</h1><p class="sub">{c.m}月{c.d}日讯</p>{c.ps("　　")}</div>
<div class="pn"><a href="#">上一篇</a> <a href="#">下一篇</a></div>"""
    return c.made(page(c, "数字报", body), "utf-8", f"http://epaper.example-sz.cn/html/content_{uid(c)}.htm")


def weekday_line(c: Ctx) -> Made:
    """``2019年03月04日 星期一 10:21``; the masthead prints the crawl day first."""
    crawl = c.other(60, 400)
    body = f"""<div class="topbar">今天是：{crawl:%Y}年{crawl.month}月{crawl.day}日 星期{"一二三四五六日"[crawl.weekday()]}　<a href="#">设为首页</a></div>
<div class="art"><h1>{c.h}</h1><div class="info">{c.cn} 星期{"一二三四五六日"[c.when.weekday()]} {c.t}　来源：{c.pick(OUTLETS)}</div>
<div class="text">{c.ps("　　")}</div></div>"""
    return c.made(
        page(c, "西部网", body, end=crawl.year),
        "utf-8",
        f"http://www.example-xb.cn/news/show-{uid(c)}.html",
        crawl,
    )


def dotted_no_title_tag(c: Ctx) -> Made:
    """No <title>; title in a div; ``2017.03.04`` dotted."""
    body = f"""<div class="article-title">{c.h}</div><div class="article-date">{c.y}.{c.m:02d}.{c.d:02d}</div>
<div class="article-content">{c.ps()}</div>"""
    return c.made(page(c, "城市生活", body, title=""), "utf-8", f"https://www.example-cssh.com/p/{uid(c)}")


def bracket_date_strong(c: Ctx) -> Made:
    """Title in <strong>, site-wide <title>, ``[2008-3-4]``."""
    body = f"""<table width="760"><tr><td align="center"><strong style="font-size:18px">{c.h}</strong></td></tr>
<tr><td align="center"><font color="#666">[{c.y}-{c.m}-{c.d}]　　来源：本站</font></td></tr>
<tr><td>{c.ps("　　")}</td></tr></table>"""
    return c.made(
        page(c, "东州教育网", body, "gb2312", title="首页 - 东州教育网"),
        "gb2312",
        f"http://www.example-dzjy.net/Article/ShowArticle.asp?ArticleID={uid(c)}",
    )


def font_no_title(c: Ctx) -> Made:
    """2000s page: no <title>, title in ``<font size=5><b>``, ``日期：2006-03-04``."""
    body = f"""<table width="700" align="center"><tr><td align="center"><font size="5" color="#000000"><b>{c.h}</b></font></td></tr>
<tr><td align="right"><font size="2">日期：{c.iso}　　【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
<tr><td><font size="3">{c.ps("　　")}</font></td></tr></table>"""
    return c.made(
        page(c, "西城在线", body, "gbk", title=""), "gbk", f"http://www.example-xczx.com/news/{uid(c)}.htm"
    )


def title_suffix_only(c: Ctx) -> Made:
    """The title only in ``<title>X_XX新闻网</title>``; the page's heading is a column name."""
    body = f"""<div class="lm"><h2>本地要闻</h2></div>
<div class="date">{c.cn_short} {c.t}</div>
<div class="content">{c.ps("　　")}</div>{related(c)}"""
    return c.made(
        page(c, "临江新闻网", body, title=f"{c.title}_临江新闻网"),
        "utf-8",
        f"http://www.example-ljxww.cn/bdyw/{uid(c)}.html",
    )


def og_vs_logo_h1(c: Ctx) -> Made:
    """A logo <h1> before the article, og:title, site-wide <title>; date in ``<span class="pubtime">``."""
    head = f'<meta property="og:title" content="{c.h}">\n<meta property="og:type" content="article">'
    body = f"""<h1 class="logo"><a href="/">南国网</a></h1>
<div class="article"><div class="art-hd">{c.h}</div><div class="art-meta"><span class="pubtime">{c.iso} {c.ts}</span></div>
<div class="art-bd">{c.ps()}</div></div>{related(c)}"""
    return c.made(
        page(c, "南国网", body, title="南国网 - 南国人的新闻门户", head=head),
        "utf-8",
        f"https://www.example-ng.com/article/{uid(c)}.html",
    )


def h1_and_subhead(c: Ctx) -> Made:
    """Column name in an h1, the article's title in an h2 below it, ``发布：`` date."""
    body = f"""<div class="column"><h1>今日关注</h1></div>
<div class="news"><h2>{c.h}</h2><div class="info">发布：{c.iso} {c.t}　来源：{c.pick(OUTLETS)}</div>
<div class="news-text">{c.ps()}</div></div>"""
    return c.made(page(c, "北方网", body), "utf-8", f"http://www.example-bf.com/gz/{uid(c)}.html")


# --- forums and blogs -------------------------------------------------------------------------------------


def tianya_thread(c: Ctx) -> Made:
    """A 天涯-style thread: ``时间：2012-03-04 10:21:33`` on the first post, replies each with their own."""
    reps = "".join(
        f'<div class="atl-item"><div class="atl-info"><span>作者：<a>{LOGINS[(c.idx + i + 2) % len(LOGINS)]}</a></span> <span>时间：{t:%Y-%m-%d %H:%M:%S}</span></div><div class="bbs-content">支持楼主！</div></div>'
        for i, t in enumerate([c.other(1, 3), c.other(4, 12), c.other(13, 40)])
    )
    body = f"""<div class="atl-head"><h1><span class="s_title">{c.h}</span></h1>
<div class="atl-info"><span>楼主：<a>{c.pick(LOGINS)}</a></span> <span>时间：{c.iso} {c.ts}</span> <span>点击：{c.idx * 11}</span> <span>回复：3</span></div></div>
<div class="atl-main"><div class="bbs-content">{c.ps("　　")}</div></div>{reps}"""
    return c.made(
        page(c, "天涯社区", body, title=f"{c.title}_天涯杂谈_天涯社区"),
        "utf-8",
        f"http://bbs.example-ty.cn/post-free-{uid(c)}-1.shtml",
    )


def phpwind_thread(c: Ctx) -> Made:
    """phpwind: ``发表于: 2010-03-04 10:21``, 楼主 then replies; GBK."""
    reps = "".join(
        f'<div class="read_t"><div class="tipTop">{i + 1}楼 发表于: {t:%Y-%m-%d %H:%M}</div><div class="tpc_content">路过看看。</div></div>'
        for i, t in enumerate([c.other(0, 1), c.other(2, 5)])
    )
    body = f"""<div class="crumbs">东州论坛 » 民生话题 » 帖子</div>
<div class="read_t"><h1 id="subject_tpc">{c.h}</h1><div class="tipTop">楼主 发表于: {c.y}-{c.m:02d}-{c.d:02d} {c.t}</div><div class="tpc_content">{c.ps()}</div></div>{reps}"""
    return c.made(
        page(c, "东州论坛", body, "gbk", title=f"{c.title}|民生话题 - 东州论坛 - powered by phpwind.net"),
        "gbk",
        f"http://bbs.example-dz.net/read.php?tid={uid(c)}",
    )


def tieba_thread(c: Ctx) -> Made:
    """A 贴吧-style thread: the first floor's day printed after its text, replies below."""
    reps = "".join(
        f'<div class="l_post"><div class="d_post_content">顶</div><div class="post-tail-wrap"><span class="tail-info">{i + 2}楼</span><span class="tail-info">{t:%Y-%m-%d %H:%M}</span></div></div>'
        for i, t in enumerate([c.other(0, 2), c.other(3, 8)])
    )
    body = f"""<div class="core_title"><h3 class="core_title_txt" title="{c.h}">{c.h}</h3></div>
<div class="l_post"><div class="d_author">{c.pick(LOGINS)}</div><div class="d_post_content">{c.ps()}</div><div class="post-tail-wrap"><span class="tail-info">1楼</span><span class="tail-info">{c.iso} {c.t}</span></div></div>{reps}"""
    return c.made(
        page(c, "百度贴吧", body, title=f"{c.title}_临江吧_百度贴吧"),
        "utf-8",
        f"https://tieba.example-bd.com/p/{uid(c) * 1000}",
    )


def discuz_x_thread(c: Ctx) -> Made:
    """Discuz! X: first post ``发表于 2012-3-4 10:21`` unpadded, an edit note later, replies; GBK."""
    edit = c.other(1, 5)
    reps = "".join(
        f'<div id="post_{i}"><div class="authi"><a>{LOGINS[(c.idx + i) % len(LOGINS)]}</a> <em>发表于 {t.year}-{t.month}-{t.day} {t:%H:%M}</em></div><td class="t_f">学习了</td></div>'
        for i, t in enumerate([c.other(0, 1), c.other(2, 6)])
    )
    body = f"""<div id="pt"><a href="./">西部论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">城事</a></div>
<h1 class="ts"><span id="thread_subject">{c.h}</span></h1>
<div id="post_1"><div class="authi"><a>{c.pick(LOGINS)}</a> <em id="authorposton1">发表于 {c.y}-{c.m}-{c.d} {c.t}</em></div>
<td class="t_f"><i class="pstatus"> 本帖最后由 {c.pick(LOGINS)} 于 {edit.year}-{edit.month}-{edit.day} {edit:%H:%M} 编辑 </i><br>{c.ps()}</td></div>{reps}"""
    return c.made(
        page(c, "西部论坛", body, "gbk", title=f"{c.title} - 城事 - 西部论坛 - Powered by Discuz!"),
        "gbk",
        f"http://bbs.example-xb.com/thread-{uid(c)}-1-1.html",
    )


def sina_blog(c: Ctx) -> Made:
    """A 新浪博客-style entry: ``(2012-03-04 10:21:33)``, 博文目录 days in the sidebar, comments; GBK."""
    body = f"""<div class="blogtitle"><h2 class="titName SG_txta">{c.h}</h2><span class="time SG_txtc">({c.iso} {c.ts})</span></div>
<div class="articalTag">标签：<a>杂谈</a> 分类：<a>随笔</a></div>
<div class="articalContent">{c.ps()}</div>
{sidebar(c, "博文目录", 5)}{comments(c, 2)}"""
    return c.made(
        page(c, "新浪博客", body, "gbk", title=f"{c.title}_{c.pick(LOGINS)}_新浪博客"),
        "gbk",
        f"http://blog.example-sina.com.cn/s/blog_{uid(c):x}0102e{c.idx:03d}.html",
    )


def wordpress_time(c: Ctx) -> Made:
    """WordPress: article:published_time, <time datetime>, a modified date, og:title."""
    mod = c.other(3, 90)
    head = f"""<meta property="og:title" content="{c.h}">
<meta property="article:published_time" content="{c.iso}T{c.ts}+08:00">
<meta property="article:modified_time" content="{mod:%Y-%m-%dT%H:%M:%S}+08:00">"""
    body = f"""<article><header class="entry-header"><h1 class="entry-title">{c.h}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{c.iso}T{c.ts}+08:00">{c.cn_short}</time><time class="updated" datetime="{mod:%Y-%m-%dT%H:%M:%S}+08:00">{mod.year}年{mod.month}月{mod.day}日</time></div></header>
<div class="entry-content">{c.ps()}</div></article>
<aside class="widget"><h2>近期文章</h2>{related(c, 4)}</aside>"""
    return c.made(
        page(c, "山间小记", body, title=f"{c.title} – 山间小记", head=head),
        "utf-8",
        f"https://www.example-sjxj.com/?p={uid(c)}",
    )


def blog_date_header(c: Ctx) -> Made:
    """A Blogger-style page: the day as a header above the title (``2015年3月4日星期三``)."""
    body = f"""<div class="date-outer"><h2 class="date-header"><span>{c.y}年{c.m}月{c.d}日星期{"一二三四五六日"[c.when.weekday()]}</span></h2>
<div class="post"><h3 class="post-title">{c.h}</h3><div class="post-body">{c.ps()}</div>
<div class="post-footer">发布者 {c.pick(LOGINS)} 于 {c.when:%p}{c.when.hour % 12 or 12}:{c.when:%M}</div></div></div>""".replace(
        "AM", "上午"
    ).replace("PM", "下午")
    return c.made(
        page(c, "江南笔记", body, title=f"江南笔记: {c.title}"),
        "utf-8",
        f"https://example-jnbj.blogspot.com/{c.y}/{c.m:02d}/blog-post_{c.idx}.html",
    )


# --- government notices ---------------------------------------------------------------------------------


def gov_both_dates(c: Ctx) -> Made:
    """信息公开: 成文日期 days before 发布日期, in a metadata table; the day is 发布日期."""
    signed = c.when - timedelta(days=c.rng.randint(2, 15))
    body = f"""<table class="xxgk"><tr><td>索引号：</td><td>11330000MB{c.idx:04d}/{c.y}-{uid(c)}</td><td>分类：</td><td>通知</td></tr>
<tr><td>发布机构：</td><td>市人民政府办公室</td><td>成文日期：</td><td>{signed:%Y-%m-%d}</td></tr>
<tr><td>文号：</td><td>临政办发〔{c.y}〕{c.idx + 3}号</td><td>发布日期：</td><td>{c.iso}</td></tr>
<tr><td>名称：</td><td colspan="3">{c.h}</td></tr></table>
<div class="zw"><h1>{c.h}</h1>{c.ps("　　")}<p align="right">临江市人民政府办公室</p><p align="right">{signed.year}年{signed.month}月{signed.day}日</p></div>"""
    return c.made(
        page(c, "临江市人民政府", body),
        "utf-8",
        f"http://www.example-lj.gov.cn/art/{c.y}/{c.m}/{c.d}/art_{1229 + c.idx}_{uid(c)}.html",
    )


def gov_signature_cn(c: Ctx) -> Made:
    """发布时间 at the top, the signature in Chinese numerals (二〇一九年三月四日) days earlier at the foot."""
    signed = c.when - timedelta(days=c.rng.randint(1, 9))
    digits = "〇一二三四五六七八九"

    def cnum(n: int) -> str:
        tens, ones = divmod(n, 10)
        return (
            digits[n]
            if n < 10
            else (digits[tens] if tens > 1 else "") + "十" + (digits[ones] if ones else "")
        )

    sign = "".join(digits[int(x)] for x in str(signed.year)) + f"年{cnum(signed.month)}月{cnum(signed.day)}日"
    body = f"""<div class="title"><h1>{c.h}</h1></div><div class="property">发布时间：{c.iso} {c.ts}　来源：县农业农村局　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="con">{c.ps("　　")}<p style="text-align:right">县农业农村局</p><p style="text-align:right">{sign}</p></div>"""
    return c.made(
        page(c, "临江县人民政府", body),
        "utf-8",
        f"http://www.example-ljx.gov.cn/col/col{c.idx % 9 + 1}/art/{uid(c)}.html",
    )


def gov_url_t(c: Ctx) -> Made:
    """A ministry page: ``t20190304_123.html``, date line ``日期：`` plus a sidebar of notices."""
    body = f"""<div class="TRS_Editor"><h2 class="tit">{c.h}</h2><div class="pages-date">{c.iso} {c.t}　来源：办公厅</div>
{c.ps("　　")}</div>{sidebar(c, "通知公告")}"""
    return c.made(
        page(c, "示例部", body, title=f"{c.title}_示例部门户网站"),
        "utf-8",
        f"http://www.example-mof.gov.cn/zhengwuxinxi/tongzhi/{c.y}{c.m:02d}/t{c.y}{c.m:02d}{c.d:02d}_{uid(c)}.htm",
    )


def gov_visits_gbk(c: Ctx) -> Made:
    """A county bureau in GBK: ``发布日期：2012年3月4日　点击数：``, the title in a span, footer years."""
    body = f"""<div class="wz"><span class="wzbt">{c.h}</span>
<div class="wzxx">作者：佚名　　发布日期：{c.cn_short}　　点击数：{c.idx * 9 + 2}</div>
<div class="wznr">{c.ps("　　")}</div></div>
<div class="prev">上一篇：<a href="#">{RELATED[c.idx % len(RELATED)]}</a></div>"""
    return c.made(
        page(c, "临江县教育局", body, "gbk", title="临江县教育局欢迎您！"),
        "gbk",
        f"http://jyj.example-ljx.gov.cn/ReadNews.asp?NewsID={uid(c)}",
    )


# --- dates only in the URL ------------------------------------------------------------------------------


def url_slash_mmdd(c: Ctx) -> Made:
    """Dated only by its URL (``/2019/0304/``); the related list carries other days."""
    body = f"""<div class="art"><h1>{c.h}</h1><div class="src">来源：{c.pick(OUTLETS)}</div><div class="body">{c.ps("　　")}</div></div>{related(c)}"""
    return c.made(
        page(c, "北青在线", body),
        "utf-8",
        f"http://www.example-bqzx.com/{c.y}/{c.m:02d}{c.d:02d}/{uid(c)}.shtml",
    )


def url_compact(c: Ctx) -> Made:
    """Dated only by its URL (``/20190304/``), GB2312, copyright years in the footer."""
    body = f"""<table width="950"><tr><td class="title"><h1>{c.h}</h1></td></tr><tr><td class="text">{c.ps("　　")}</td></tr></table>"""
    return c.made(
        page(c, "南方在线", body, "gb2312"),
        "gb2312",
        f"http://news.example-nfzx.com/{c.y}{c.m:02d}{c.d:02d}/n{uid(c)}.shtml",
    )


def url_dash(c: Ctx) -> Made:
    """Dated only by its URL (``/2019-03/04/``), a hot list with MM-DD days."""
    body = (
        f"""{sidebar(c, "排行")}<div class="content"><h1>{c.h}</h1><div class="text">{c.ps()}</div></div>"""
    )
    return c.made(
        page(c, "中部网", body),
        "utf-8",
        f"http://www.example-zbw.cn/news/{c.y}-{c.m:02d}/{c.d:02d}/content_{uid(c)}.htm",
    )


# --- metadata ---------------------------------------------------------------------------------------------


def jsonld_only(c: Ctx) -> Made:
    """JSON-LD datePublished and a later dateModified; no visible date; related items dated later."""
    mod = c.other(1, 30)
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": c.title,
            "datePublished": f"{c.iso}T{c.ts}+08:00",
            "dateModified": f"{mod:%Y-%m-%dT%H:%M:%S}+08:00",
            "publisher": {"@type": "Organization", "name": "东方财讯"},
        },
        ensure_ascii=False,
    )
    head = f'<script type="application/ld+json">{ld}</script>'
    body = f"""<div class="article"><h1>{c.h}</h1><div class="art-body">{c.ps()}</div></div>{related(c, 4, before=False)}"""
    return c.made(page(c, "东方财讯", body, head=head), "utf-8", f"https://www.example-dfcx.com/a/{uid(c)}")


def meta_pubdate(c: Ctx) -> Made:
    """``<meta name="pubdate">`` and ``<meta name="publishdate">``; the visible line prints only the time and source."""
    head = f'<meta name="pubdate" content="{c.iso} {c.ts}">\n<meta name="publishdate" content="{c.iso}">'
    body = f"""<div class="main"><h1>{c.h}</h1><div class="info"><span>{c.t}</span> <span>来源：{c.pick(OUTLETS)}</span></div><div class="content">{c.ps()}</div></div>{related(c)}{comments(c)}"""
    return c.made(
        page(c, "中原网", body, head=head), "utf-8", f"http://www.example-zyw.cn/news/{uid(c)}.html"
    )


def updated_first(c: Ctx) -> Made:
    """``更新时间：`` printed before ``发布时间：`` on the same line."""
    upd = c.other(1, 20)
    body = f"""<div class="detail"><h1>{c.h}</h1><div class="time">更新时间：{upd:%Y-%m-%d %H:%M}　　发布时间：{c.iso} {c.t}</div><div class="detail-con">{c.ps()}</div></div>"""
    return c.made(page(c, "财经时报网", body), "utf-8", f"https://www.example-cjsb.com/detail/{uid(c)}.html")


def modified_meta_only(c: Ctx) -> Made:
    """A visible date line and a ``last-modified`` meta days later (not the publication date)."""
    mod = c.other(2, 40)
    head = f'<meta http-equiv="last-modified" content="{mod:%Y-%m-%d %H:%M:%S}">\n<meta name="keywords" content="{c.h}">'
    body = f"""<div class="newsview"><div class="tit">{c.h}</div><div class="sub">{c.cn_short} {c.t}　{c.pick(PAPERS)}</div><div class="nr">{c.ps("　　")}</div></div>"""
    return c.made(
        page(c, "西江网", body, head=head), "utf-8", f"http://www.example-xjw.cn/html/{uid(c)}.html"
    )


def baidu_pubtime_span(c: Ctx) -> Made:
    """``<span id="pubtime_baidu">`` beside a 来源 span, date with seconds, a listing of 20 dated items first."""
    items = "".join(
        f'<li><a href="/l/{9000 + i}.html">{RELATED[(i + c.idx) % len(RELATED)]}</a><span>{c.other(-60, 60):%Y-%m-%d}</span></li>'
        for i in range(20)
    )
    body = f"""<div class="left"><h3>最新资讯</h3><ul class="list">{items}</ul></div>
<div class="right"><h1>{c.h}</h1><div class="info"><span id="pubtime_baidu">{c.iso} {c.ts}</span> <span id="source_baidu">来源：{c.pick(OUTLETS)}</span></div><div id="text">{c.ps()}</div></div>"""
    return c.made(page(c, "中州在线", body), "utf-8", f"http://www.example-zzzx.cn/zx/{uid(c)}.html")


# --- traps ------------------------------------------------------------------------------------------------


def body_event_date(c: Ctx) -> Made:
    """The text opens with the event's day; the page's own date line (days later) sits after the text."""
    ev = c.when - timedelta(days=c.rng.randint(2, 6))
    first = f"{ev.year}年{ev.month}月{ev.day}日，" + c.paras[0]
    body = f"""<div class="art"><h1>{c.h}</h1><div class="txt">{c.ps("　　", [first, *c.paras[1:]])}</div>
<div class="foot">（{c.pick(PAPERS)} {c.iso}）</div></div>"""
    return c.made(page(c, "南国都市网", body), "utf-8", f"http://www.example-ngds.com/content/{uid(c)}.html")


def event_date_and_line(c: Ctx) -> Made:
    """A date line ``2019-03-04 10:21`` and a text that names another full day in its second paragraph."""
    ev = c.when - timedelta(days=c.rng.randint(8, 40))
    paras = list(c.paras)
    paras.insert(min(1, len(paras)), f"据了解，该项工作自{ev.year}年{ev.month}月{ev.day}日启动以来进展顺利。")
    body = f"""<div class="article"><h1>{c.h}</h1><p class="date">{c.iso} {c.t}</p><div class="art-main">{c.ps("　　", paras)}</div></div>{related(c)}"""
    return c.made(page(c, "江城网", body), "utf-8", f"http://www.example-jcw.cn/a/{uid(c)}.html")


def copyright_only_footer_years(c: Ctx) -> Made:
    """The article date in an <em> after the source; footer ``Copyright © 2003-2021``; comments dated later."""
    body = f"""<div class="a-title"><h1>{c.h}</h1></div><div class="a-meta">{c.pick(OUTLETS)} <em>{c.iso}</em></div>
<div class="a-body">{c.ps()}</div>{comments(c, 4)}"""
    return c.made(
        page(c, "北方在线", body, end=c.y + 2), "utf-8", f"https://www.example-bfzx.com/article/{uid(c)}"
    )


def related_above(c: Ctx) -> Made:
    """A dated top-news strip above the article; the article's own date after its heading in ``<div class="source">``."""
    strip = "".join(
        f'<a href="/t/{i}.html">{RELATED[(i + c.idx) % len(RELATED)]} {c.other(-3, -1):%Y-%m-%d %H:%M}</a> '
        for i in range(4)
    )
    body = f"""<div class="topnews">{strip}</div>
<div class="article"><h1>{c.h}</h1><div class="source">{c.pick(OUTLETS)}　{c.y}年{c.m}月{c.d}日 {c.t}</div><div class="text">{c.ps("　　")}</div></div>"""
    return c.made(page(c, "东海网", body), "utf-8", f"http://www.example-dhw.com/news/{uid(c)}.html")


def prevnext_dates(c: Ctx) -> Made:
    """Previous/next links with their days; the page's date in a ``<span>`` among 浏览/字号 labels."""
    p, n = c.other(-5, -1), c.other(1, 5)
    body = f"""<div class="show"><h1>{c.h}</h1><div class="show-info"><span>浏览：{c.idx * 3}</span><span>{c.iso}</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>
<div class="show-text">{c.ps("　　")}</div>
<div class="pn"><p>上一篇：<a href="#">{RELATED[c.idx % len(RELATED)]}</a> ({p:%Y-%m-%d})</p><p>下一篇：<a href="#">{RELATED[(c.idx + 1) % len(RELATED)]}</a> ({n:%Y-%m-%d})</p></div></div>"""
    return c.made(page(c, "临江政务网", body), "utf-8", f"http://www.example-ljzw.cn/show/{uid(c)}.html")


def wechat_text_date(c: Ctx) -> Made:
    """A WeChat-style page: empty <title>, og:title, ``<em id="publish_time">2020年5月6日 10:21</em>``."""
    text = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title></title>
<meta property="og:title" content="{c.h}">
</head><body>
<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">{c.h}</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{c.pick(["临江发布", "滨海生活圈", "东州文旅"])}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{c.cn_short} {c.t}</em></div>
<div class="rich_media_content" id="js_content">{c.ps()}</div>
<div class="rich_media_tool">阅读 {c.idx * 100 + 57} <span>在看</span></div></div>
</body></html>
"""
    return c.made(
        text, "utf-8", f"https://mp.weixin.qq.com/s/{hashlib.sha1(f'dates{c.idx}'.encode()).hexdigest()[:22]}"
    )


def agency_dateline(c: Ctx) -> Made:
    """``新华社北京3月4日电`` at the head of the text, the date line under the title with seconds."""
    city = c.pick(["北京", "上海", "广州", "成都", "武汉"])
    first = f"新华社{city}{c.m}月{c.d}日电　" + c.paras[0]
    body = f"""<div class="h-title">{c.h}</div><div class="h-info"><span class="h-time">{c.iso} {c.ts}</span> <span>来源：新华网</span></div>
<div id="p-detail">{c.ps("　　", [first, *c.paras[1:]])}</div>{related(c)}"""
    return c.made(
        page(c, "新华网", body),
        "utf-8",
        f"http://www.example-xh.com/local/{c.y}-{c.m:02d}/{c.d:02d}/c_{uid(c) * 100}.htm",
    )


def hk_big5(c: Ctx) -> Made:
    """A Hong Kong page in Big5: ``2021年3月4日 星期四``, title in an h2; a sidebar of other days."""
    title = HK.convert(c.title)
    paras = [HK.convert(p) for p in c.paras]
    body = f"""<div class="news"><h2 class="title">{esc(title)}</h2><div class="date">{c.y}年{c.m}月{c.d}日 星期{"一二三四五六日"[c.when.weekday()]}</div>
<div class="content">{c.ps("", paras)}</div></div>
<div class="sidebar"><h3>即時新聞</h3><ul>{"".join(f"<li>{c.other(1, 3):%d/%m/%Y} {esc(HK.convert(RELATED[i]))}</li>" for i in range(4))}</ul></div>"""
    return c.made(
        HK.convert(page(c, "港聞網", body, "big5", title=f"{title} - 港聞網")),
        "big5",
        f"https://news.example-hk.com/article/{uid(c)}",
        title=title,
    )


def epaper_founder(c: Ctx) -> Made:
    """Founder e-paper: ``<!--enpproperty <date>``, the day in the page header, title in founder-title; GB2312."""
    prop = f"<!--enpproperty <articleid>{uid(c)}</articleid><date>{c.iso}</date><author></author><title>{c.title}</title><siteid>2</siteid><nodename>要闻</nodename>/enpproperty-->"
    body = f"""{prop}
<table><tr><td class="px12">{esc(c.pick(PAPERS))}　{c.cn}　第A0{c.idx % 8 + 1}版</td></tr>
<tr><td align="center" class="font01"><founder-title>{c.h}</founder-title></td></tr>
<tr><td><founder-content>{c.ps("　　")}</founder-content></td></tr></table>"""
    return c.made(
        page(c, "数字报刊", body, "gb2312"),
        "gb2312",
        f"http://epaper.example-fz.cn/html/{c.y}-{c.m:02d}/{c.d:02d}/content_{uid(c)}.htm",
    )


def mobile_md(c: Ctx) -> Made:
    """A mobile page: ``03-04 10:21`` without year and no other date; captured days later in the same year."""
    fetched = c.when + timedelta(days=c.rng.randint(1, 20))
    if fetched.year != c.y:
        fetched = c.when + timedelta(hours=5)
    body = f"""<header><h1 class="article-title">{c.h}</h1><div class="article-src"><span>{c.pick(OUTLETS)}</span><span class="time">{c.m:02d}-{c.d:02d} {c.t}</span></div></header>
<section class="article-body">{c.ps()}</section>"""
    return c.made(
        page(c, "手机滨海网", body, title=c.title, end=fetched.year),
        "utf-8",
        f"https://m.example-sjbh.com/news/{uid(c)}.html",
        fetched,
    )


def time_tag_only(c: Ctx) -> Made:
    """``<time datetime="...">3天前</time>``: the attribute carries the day, the text is relative."""
    fetched = c.when + timedelta(days=3, hours=c.rng.randint(1, 5))
    body = f"""<div class="post-wrap"><h1 class="post-title">{c.h}</h1><div class="post-meta"><time datetime="{c.iso}T{c.ts}+08:00">3天前</time> · 阅读 {c.idx * 17}</div><div class="post-content">{c.ps()}</div></div>"""
    return c.made(
        page(c, "知识社区", body, title=f"{c.title} - 知识社区", end=fetched.year),
        "utf-8",
        f"https://www.example-zssq.com/p/{uid(c)}",
        fetched,
    )


TEMPLATES: list[Callable[[Ctx], Made]] = [
    dede_unpadded,
    fabiaoyu_blog,
    shijian_cn,
    fabushijian_slash,
    source_first,
    fullwidth_gov,
    twodigit_year,
    today_rel,
    yesterday_rel,
    qiantian_rel,
    roc_big5,
    no_year_url,
    no_year_masthead,
    weekday_line,
    dotted_no_title_tag,
    bracket_date_strong,
    font_no_title,
    title_suffix_only,
    og_vs_logo_h1,
    h1_and_subhead,
    tianya_thread,
    phpwind_thread,
    tieba_thread,
    discuz_x_thread,
    sina_blog,
    wordpress_time,
    blog_date_header,
    gov_both_dates,
    gov_signature_cn,
    gov_url_t,
    gov_visits_gbk,
    url_slash_mmdd,
    url_compact,
    url_dash,
    jsonld_only,
    meta_pubdate,
    updated_first,
    modified_meta_only,
    baidu_pubtime_span,
    body_event_date,
    event_date_and_line,
    copyright_only_footer_years,
    related_above,
    prevnext_dates,
    wechat_text_date,
    agency_dateline,
    hk_big5,
    epaper_founder,
    mobile_md,
    time_tag_only,
]

# A text that prints a full date of its own would add a date the templates did not place.
_FULL_DATE = re.compile(
    r"(19|20)\d\d\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}|[０-９]{4}年|[〇一二三四五六七八九零]{4}年"
)
# Writers the texts credit themselves in forms the people set's filter misses (``X网讯（雷小军）``, a spaced
# ``作 者 ：石瑞珍``), found after the first run by a search of all 100 drawn texts for looser credit forms
# (a tune page showed the first two; the search, not the report half, found the other two). No page changed.
TEXT_CREDITS: dict[str, list[str]] = {
    "train-02372": ["雷小军"],
    "train-03850": ["石瑞珍"],
    "train-02183": ["蔡飞飞"],
    "train-04758": ["张韶阳"],
}
_TITLE_OK = re.compile(r"^[^_|\-…?？【】]{8,40}$")


def draw(root: Path) -> list[dict[str, str]]:
    """The texts, in the order of their salted hash, that no other set uses and that print no credit or full date."""
    return draw_unused(root, salt=SALT, count=COUNT, own=("dates.jsonl", "make_cms_probe_dates.py"), keep=_keep)


def _keep(row: dict[str, str]) -> bool:
    return (
        300 <= len(row["content"]) <= 2500
        and _TITLE_OK.match(row["title"] or "") is not None
        and "..." not in row["title"]
        and not _CREDIT.search(row["content"])
        and not _FULL_DATE.search(row["content"] + row["title"])
    )


def make(root: Path) -> list[dict[str, object]]:
    """Write every page and return the truth rows."""
    out_dir = OUT / "dates"
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    truth = []
    for idx, row in enumerate(draw(root)):
        tpl = TEMPLATES[idx % len(TEMPLATES)]
        rng = random.Random(f"{SALT}:{idx}")
        old = tpl.__name__ in {
            "dede_unpadded",
            "font_no_title",
            "bracket_date_strong",
            "gov_visits_gbk",
            "sina_blog",
            "twodigit_year",
            "url_compact",
            "phpwind_thread",
            "tianya_thread",
            "discuz_x_thread",
        }
        lo, hi = (2003, 2012) if old else (2012, 2023)
        if tpl.__name__ == "twodigit_year":
            lo, hi = 2008, 2012
        when = datetime(
            rng.randint(lo, hi),
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(7, 22),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )
        ctx = Ctx(idx, row["title"].strip(), paragraphs(row["content"]), when, rng)
        made = tpl(ctx)
        name = f"{idx:03d}_{tpl.__name__}_{row['id']}.html"
        (out_dir / name).write_bytes(made.html.encode(made.encoding, errors="xmlcharrefreplace"))
        path = f"tests/data/cms_probe/dates/{name}"
        out: dict[str, object] = {
            "path": path,
            "url": made.url,
            "title": made.title,
            "date": made.day.isoformat(),
            "authors": TEXT_CREDITS.get(row["id"], []),
            "kind": tpl.__name__,
            "encoding": made.encoding,
            "source_text": row["id"],
            "split": split_of(path),
        }
        if made.fetched:
            out["fetched"] = made.fetched
        truth.append(out)
    return truth


def main(argv: list[str] | None = None) -> int:
    """Write the pages and the truth file."""
    return probe_main(argv, __doc__, make, "dates")


if __name__ == "__main__":
    sys.exit(main())
