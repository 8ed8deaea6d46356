# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""An independent probe of publication dates on the kinds of Chinese pages issue 20 names.

Usage: ``python -m bench.date_probe [--split tune|report|both] [--failures tune] [--dump DIR]
[--only-ours]``.

Written from issue 20's list of misses and the shapes of real Chinese sites (2000s GBK portals,
Discuz!/phpwind/Dvbbs threads, sina/163 blogs, government notices, dates only in the URL),
*before* anyone writing it read the date extraction code (``crawler/extract``), so that its
rate says whether the date rules generalise: our own sets read 1.000 and 0.990 while the graders'
pages read 0.57, so those sets were too close to the code that passed them.

Pages are made in code, deterministically, from real texts (the inews BDCI 2019 train texts in
``../shared/data/inews-bdci2019``; even records feed tune seeds, odd records report seeds, so a
report page never shows a text of a tune page). One seed is one page; the kind is ``seed % len(KINDS)``
and everything else (layout variant, date forms, traps, encoding) is drawn from ``Random(seed)``.
Seeds 0-227 are *tune* (failures may be read while changing rules), seeds 228-455 *report*
(aggregates only, never read page by page). Truth is the day the generator put in the article's own
date line (or its URL, signature, first post, metadata), in Beijing time; a page of kind ``nodate``
shows no date of its own, only furniture dates, and is right only when no date comes back.

Traps drawn on most pages: a sidebar of 热门文章/最新文章 with later dates, a related-articles list,
comments or replies with later dates, a copyright range, a page clock (``今天是…``) on the crawl
day, a quoted earlier event in the text, a 最后修改/最后编辑 time, a print-edition date in the source
line. Relative dates (``今天 10:21``, ``昨天``, ``3小时前``, ``刚刚``) are relative to the crawl time
passed as ``fetched_at``.

Wave 2 (seeds 1000-1095 tune, 1096-1191 report; kinds in ``KINDS2``) was added *after* the date code
had been read and tuned on wave 1's tune half: left-column portals, cnblogs-style footers, threads
whose replies outweigh the first post, channel-name ``<h1>``s, 上一篇/下一篇 dates, e-paper
edition dates, 微信公众号 pages and Hong Kong/Taiwan forms. Its report half is unseen like wave 1's.

Baselines on the same pages: htmldate (``find_date``, original date, extensive search) and
GNE (``GeneralNewsExtractor``), whose ``publish_time`` strings are read with a lenient parser.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.util import day_of_match  # noqa: E402

DATA = REPO.parent / "shared" / "data"
TEXTS = DATA / "inews-bdci2019" / "train.jsonl"
BEIJING = timezone(timedelta(hours=8))
PER_SPLIT = 228  # 12 pages of each of the 19 kinds (portal_gbk twice)
TUNE_SEEDS = range(0, PER_SPLIT)
REPORT_SEEDS = range(PER_SPLIT, 2 * PER_SPLIT)

# ---------------------------------------------------------------------------------------------
# Texts


# "2019-02-19 10:03来源:南宁新闻网": a repost copied its source page's date line into the text.
REPOST_LINE = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}\s*来源")


@dataclass(frozen=True)
class Text:
    """One inews record: headline and paragraphs."""

    title: str
    paragraphs: tuple[str, ...]


@cache
def texts() -> tuple[tuple[Text, ...], tuple[Text, ...]]:
    """Return the usable texts as (even records, odd records)."""
    even: list[Text] = []
    odd: list[Text] = []
    with TEXTS.open(encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            row = json.loads(line)
            title = re.sub(r"\s+", " ", row.get("title") or "").strip()
            paras = [p.strip(" \u3000\t") for p in re.split(r"\\n|\n", row.get("content") or "")]
            paras = [p for p in paras if len(p) >= 20 and "http" not in p and "www." not in p]
            if not title or len(title) > 40 or len(paras) < 3 or not 300 <= sum(map(len, paras)) <= 4000:
                continue
            if REPOST_LINE.search("".join(paras)):
                continue  # a repost's own date line in the text: its day would contradict the page's
            (even if index % 2 == 0 else odd).append(Text(title, tuple(paras[:12])))
    return tuple(even), tuple(odd)


def pick_text(rng: random.Random, split: str) -> Text:
    """A text of the split's half of the corpus."""
    even, odd = texts()
    return rng.choice(even if split == "tune" else odd)


def other_titles(rng: random.Random, split: str, n: int) -> list[str]:
    """Headlines of other texts of the same half, for sidebars and related lists."""
    even, odd = texts()
    pool = even if split == "tune" else odd
    return [t.title[:24] for t in rng.sample(pool, n)]


# ---------------------------------------------------------------------------------------------
# Date forms

WEEK = "一二三四五六日"
CN_DIGIT = "〇一二三四五六七八九"
FULL = str.maketrans("0123456789:-/", "０１２３４５６７８９：－／")
MONTHS = "January February March April May June July August September October November December".split()


def cn_number(n: int) -> str:
    """十二, 二十五, 三十一: the numerals of a signature date."""
    if n < 10:
        return CN_DIGIT[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGIT[tens]) + "十" + (CN_DIGIT[units] if units else "")


def cn_date(d: date) -> str:
    """二〇一九年三月五日."""
    return "".join(CN_DIGIT[int(c)] for c in str(d.year)) + f"年{cn_number(d.month)}月{cn_number(d.day)}日"


def dash(t: datetime, rng: random.Random, *, pad: bool | None = None, secs: bool | None = None) -> str:
    """2005-5-7 21:23:57, 2005-05-07 21:23, 2005/05/07 ... (the padding and seconds drawn)."""
    pad = rng.random() < 0.6 if pad is None else pad
    secs = rng.random() < 0.5 if secs is None else secs
    sep = rng.choice("--/.") if pad else "-"
    day = f"{t.year}{sep}{t.month:02d}{sep}{t.day:02d}" if pad else f"{t.year}-{t.month}-{t.day}"
    clock = f"{t.hour:02d}:{t.minute:02d}" + (f":{t.second:02d}" if secs else "")
    return f"{day} {clock}"


def cn(t: datetime, rng: random.Random, *, clock: bool | None = None) -> str:
    """2005年05月07日 21:23 or 2005年5月7日."""
    pad = rng.random() < 0.5
    day = f"{t.year}年{t.month:02d}月{t.day:02d}日" if pad else f"{t.year}年{t.month}月{t.day}日"
    clock = rng.random() < 0.5 if clock is None else clock
    return day + (f" {t.hour:02d}:{t.minute:02d}" if clock else "")


def any_form(t: datetime, rng: random.Random) -> str:
    """One of the common forms of a date line's date."""
    return dash(t, rng) if rng.random() < 0.6 else cn(t, rng)


def short(d: date, rng: random.Random) -> str:
    """The date of a sidebar or list row: (03-07), 2012-03-07, [3月7日]."""
    return rng.choice([f"({d.month:02d}-{d.day:02d})", f"{d:%Y-%m-%d}", f"[{d.month}月{d.day}日]", f"{d:%m/%d}"])


def draw_time(rng: random.Random, first: int, last: int) -> datetime:
    """A publication time in Beijing time between two years."""
    start = date(first, 1, 1).toordinal()
    day = date.fromordinal(rng.randint(start, date(last, 12, 28).toordinal()))
    day = day.replace(day=min(day.day, 28))  # no 29-31, so a year's change never makes a bad day
    return datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def later(t: datetime, rng: random.Random, lo: int = 1, hi: int = 60) -> datetime:
    """A time some days after ``t``."""
    return t + timedelta(days=rng.randint(lo, hi), minutes=rng.randint(0, 600))


# ---------------------------------------------------------------------------------------------
# Furniture and traps


def esc(text: str) -> str:
    """Escape text for HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class Ctx:
    """What one page's drawing needs: its random source, split, text, times."""

    rng: random.Random
    split: str
    text: Text
    pub: datetime  # the article's own time, Beijing
    crawl: datetime  # capture time, Beijing

    def titles(self, n: int) -> list[str]:
        return other_titles(self.rng, self.split, n)

    def between(self) -> date:
        """A day after publication and before the crawl: what hot lists and replies show."""
        lo, hi = self.pub.date().toordinal() + 1, self.crawl.date().toordinal()
        return date.fromordinal(self.rng.randint(lo, max(lo, hi)))


def sidebar(c: Ctx) -> str:
    """热门文章 / 最新文章 with dates of other days."""
    head = c.rng.choice(["热门文章", "最新文章", "热点排行", "推荐阅读", "本周热帖", "最新更新"])
    rows = "".join(
        f'<li><a href="/a/{c.rng.randint(1000, 99999)}.html">{esc(t)}</a> <span>{short(c.between(), c.rng)}</span></li>'
        for t in c.titles(c.rng.randint(4, 8))
    )
    return f'<div class="side"><h3>{head}</h3><ul>{rows}</ul></div>'


def related(c: Ctx) -> str:
    """相关新闻 with dates before and after the article's."""
    rows = []
    for t in c.titles(c.rng.randint(3, 6)):
        d = c.pub.date() + timedelta(days=c.rng.randint(-300, 40))
        rows.append(f'<li><a href="/n/{c.rng.randint(10000, 999999)}.shtml">{esc(t)}</a>（{d:%Y-%m-%d}）</li>')
    head = c.rng.choice(["相关新闻", "相关阅读", "相关链接", "延伸阅读", "相关文章"])
    return f'<div class="related"><h4>{head}：</h4><ul>{"".join(rows)}</ul></div>'


def comments(c: Ctx) -> str:
    """Readers' comments with later times."""
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        t = later(c.pub, c.rng, 0, 20)
        user = c.rng.choice(["网友", "新浪网友", "匿名用户", "游客", "abc" + str(c.rng.randint(10, 999))])
        says = c.rng.choice(["支持一下", "说得好！", "路过，看看。", "这个要顶。", "不知道说什么好"])
        rows.append(f'<div class="cmt"><span class="u">{user}</span> <span class="t">{dash(t, c.rng)}</span><p>{says}</p></div>')
    return f'<div class="comments"><h4>网友评论</h4>{"".join(rows)}</div>'


def clock(c: Ctx) -> str:
    """The page clock a server printed on the crawl day."""
    d = c.crawl.date()
    return f'<div class="topbar">今天是{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}</div>'


def copyright_line(c: Ctx) -> str:
    """Copyright range and ICP line."""
    first = c.rng.randint(1996, min(2004, c.pub.year))
    return (
        f'<div class="footer">Copyright &copy; {first}-{c.crawl.year} 版权所有 '
        f"京ICP证0{c.rng.randint(10000, 99999)}号 联系我们 | 关于我们</div>"
    )


def body_html(c: Ctx, tag: str = "p", quoted: bool = True) -> str:
    """The article's paragraphs, one with an earlier event's date quoted when drawn."""
    paras = list(c.text.paragraphs)
    if quoted and c.rng.random() < 0.5:
        old = c.pub - timedelta(days=c.rng.randint(200, 4000))
        i = c.rng.randrange(len(paras))
        form = c.rng.choice([f"{old.year}年{old.month}月", f"{old.year}年{old.month}月{old.day}日", f"{old:%Y-%m-%d}"])
        paras[i] = f"据了解，早在{form}，" + paras[i]
    return "".join(f"<{tag}>　　{esc(p)}</{tag}>" for p in paras)


def nav(c: Ctx) -> str:
    """A menu."""
    items = ["首页", "新闻", "国内", "国际", "社会", "财经", "体育", "娱乐", "科技", "论坛", "博客"]
    return '<div class="nav">' + " | ".join(f'<a href="/{i}/">{w}</a>' for i, w in enumerate(items)) + "</div>"


def traps(c: Ctx, names: tuple[str, ...] = ("sidebar", "related", "comments", "clock", "copyright")) -> dict[str, str]:
    """Draw each trap with probability 0.6; absent ones are empty strings."""
    makers = {"sidebar": sidebar, "related": related, "comments": comments, "clock": clock, "copyright": copyright_line}
    return {n: (makers[n](c) if c.rng.random() < 0.6 else "") for n in names}


def source_word(c: Ctx) -> str:
    """A source name."""
    return c.rng.choice(["新华网", "人民网", "中国新闻网", "本站原创", "南方日报", "北京青年报", "央视网", "综合"])


def print_edition(c: Ctx) -> str:
    """来源：《X日报》（2012年03月05日 第5版） with an earlier print day."""
    d = c.pub.date() - timedelta(days=c.rng.randint(0, 2))
    paper = c.rng.choice(["人民日报", "光明日报", "经济日报", "南方日报", "扬子晚报"])
    return f"来源：《{paper}》（{d.year}年{d.month:02d}月{d.day:02d}日 第{c.rng.randint(1, 16)}版）"


def page(title: str, head_extra: str, body: str, charset: str) -> str:
    """The outer page."""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{esc(title)}</title>{head_extra}"
        '<style>body{font-size:12px}</style><script>var _hmt=_hmt||[];</script></head>'
        f"<body>{body}</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# Kinds: each returns (url, html, charset, truth)

Made = tuple[str, str, str, date | None]


def host(c: Ctx) -> str:
    return c.rng.choice(["news.example.com.cn", "www.dailynews.cn", "xw.city-net.cn", "www.cqnews.net", "news.hnr.cn"])


def plain_url(c: Ctx) -> str:
    """A URL with no date in it."""
    n = c.rng.randint(1000, 999999)
    return c.rng.choice(
        [
            f"http://{host(c)}/html/{n}.html",
            f"http://{host(c)}/news/show.php?id={n}",
            f"http://{host(c)}/a/shehui/{n}.shtml",
            f"http://{host(c)}/article/{n}.htm",
        ]
    )


def dated_url(c: Ctx, d: date) -> str:
    """A URL whose path carries the day, in the shapes portals use."""
    n = c.rng.randint(100, 999999)
    y2 = d.year % 100
    return c.rng.choice(
        [
            f"http://{host(c)}/{d.year}/{d:%m%d}/{n}.html",
            f"http://{host(c)}/{d:%Y%m%d}/n{n}.shtml",
            f"http://{host(c)}/xwzx/{d:%Y%m}/t{d:%Y%m%d}_{n}.html",
            f"http://{host(c)}/{d:%Y%m}/{d:%d}/t{d:%Y%m%d}_{n}.htm",
            f"http://{host(c)}/{d:%Y-%m}/{d:%d}/content_{n}.htm",
            f"http://news.163.com/{y2:02d}/{d:%m%d}/{c.rng.randint(10, 23)}/7R{n}.html",
            f"http://{host(c)}/news/{d:%Y/%m/%d}/{n}.html",
        ]
    )


def portal_gbk(c: Ctx) -> Made:
    """A 2000s portal: table layout, GB2312, title in a td, the date line in a row near it (above, below, at the end)."""
    t = traps(c)
    nb = "&nbsp;" * c.rng.randint(1, 4)
    d = c.pub
    stamp = c.rng.choice(
        [
            dash(d, c.rng, pad=False, secs=True),
            dash(d, c.rng).replace(" ", "&nbsp;"),
            f"{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]} {d:%H:%M}",
            f"{d.year} 年 {d.month} 月 {d.day} 日",
            cn(d, c.rng, clock=True).replace(" ", ""),
            f"{d.year}.{d.month}.{d.day}",
        ]
    )
    line = c.rng.choice(
        [
            f"{stamp}{nb}来源：{source_word(c)}",
            f"http://{host(c)}{nb}{stamp}{nb}{source_word(c)}",
            f"【字体：大 中 小】{nb}{stamp}{nb}【打印】【关闭】",
            f"发布日期：{stamp}{nb}浏览次数：{c.rng.randint(10, 9999)}",
            f"{stamp}{nb}作者：佚名{nb}来源：{source_word(c)}",
            f"[{stamp}]",
        ]
    )
    title_cell = c.rng.choice(
        [
            f"<td align=center class=f24><b>{esc(c.text.title)}</b></td>",
            f"<td align=center><font size=5 color=#000080><strong>{esc(c.text.title)}</strong></font></td>",
            f"<td class=title height=40><span class=bt>{esc(c.text.title)}</span></td>",
            f"<td><p align=center><b><font style='font-size:16pt'>{esc(c.text.title)}</font></b></p></td>",
        ]
    )
    between = c.rng.choice(
        [
            "",
            "<tr><td height=1 bgcolor=#CCCCCC></td></tr>",
            f"<tr><td align=center class=f14>——{esc(c.titles(1)[0])}</td></tr>",
            "<tr><td><script src='/ad/banner468.js'></script><img src='/ad/1.gif' width=468></td></tr>",
            "<tr><td align=right>【<a href='#'>我要评论</a>】【<a href='#'>推荐给朋友</a>】</td></tr>",
        ]
    )
    where = c.rng.choice(["under", "under", "under", "above", "end"])
    date_row = f'<tr><td align=center class=f12 bgcolor="#EFEFEF">{line}</td></tr>'
    rows = [f"<tr>{title_cell}</tr>", between, date_row]
    if where == "above":
        rows = [f"<tr><td class=nav>您现在的位置：<a href='/'>首页</a> &gt;&gt; 正文{nb}{nb}{stamp}</td></tr>", rows[0], rows[1]]
    elif where == "end":
        rows = rows[:2]
    text = f'<tr><td class=f14 style="line-height:180%">{body_html(c, "p")}</td></tr>'
    end = (
        f"<tr><td align=right>（责任编辑：{user(c)}）{nb}{nb}{line}</td></tr>" if where == "end" else ""
    )
    body = (
        f"{t['clock']}{nav(c)}<table width=760 border=0 cellpadding=0 cellspacing=0><tr>"
        f'<td width=560 valign=top><table width="100%">{"".join(rows)}{text}{end}'
        f"<tr><td>{t['related']}</td></tr><tr><td>{t['comments']}</td></tr></table></td>"
        f"<td width=200 valign=top>{t['sidebar']}</td></tr></table>{t['copyright']}"
    )
    url = dated_url(c, c.pub.date()) if c.rng.random() < 0.3 else plain_url(c)
    return url, page(f"{c.text.title}_新闻中心", "", body, "gb2312"), "gbk", c.pub.date()


def tianya(c: Ctx) -> Made:
    """A Tianya/Baidu-Tieba-style thread: 作者：x 时间：2012-03-05 10:21:00 点击 回复 in an info bar; replies later."""
    c.pub = c.pub.replace(year=max(c.pub.year, 2006))

    def head(t: datetime) -> str:
        return (
            f"<div class='atl-info'><span>作者：<a class='js-vip-check'>{user(c)}</a></span> "
            f"<span>时间：{dash(t, c.rng, pad=True, secs=True)}</span> <span>点击：{c.rng.randint(10, 9999)}</span> "
            f"<span>回复：{c.rng.randint(1, 99)}</span></div>"
        )

    t = traps(c, ("sidebar", "copyright"))
    body = (
        f"<div id='nav'>天涯社区 &gt; 天涯杂谈</div><div class='atl-head'><h1><span class='s_title'>{esc(c.text.title)}</span></h1>"
        f"</div>{posts(c, head, head)}{t['sidebar']}{t['copyright']}"
    )
    url = f"http://bbs.tianya.cn/post-free-{c.rng.randint(10**5, 10**7)}-1.shtml"
    return url, page(f"{c.text.title}_天涯杂谈_论坛", "", body, "utf-8"), "utf-8", c.pub.date()


def elided_year(c: Ctx) -> Made:
    """A recent page printing the day without its year (03-05 10:21, 3月5日 10:21), captured weeks later."""
    c.crawl = c.pub + timedelta(days=c.rng.randint(0, 40), hours=c.rng.randint(0, 5))
    if c.crawl.year != c.pub.year:
        c.crawl = c.pub + timedelta(hours=2)
    t = traps(c, ("sidebar", "copyright", "clock"))
    shown = c.rng.choice([f"{c.pub:%m-%d %H:%M}", f"{c.pub.month}月{c.pub.day}日 {c.pub:%H:%M}", f"{c.pub:%m月%d日}"])
    line = c.rng.choice([f"<span class='date'>{shown}</span> {source_word(c)}", f"{source_word(c)} {shown}"])
    body = (
        f"{t['clock']}{nav(c)}<div class='article-box'><h1 class='article-title'>{esc(c.text.title)}</h1>"
        f"<div class='article-meta'>{line}</div><div class='article-content'>{body_html(c)}</div></div>"
        f"{t['sidebar']}{t['copyright']}"
    )
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", c.pub.date()


def dede_line(c: Ctx) -> Made:
    """A DedeCMS/PHPCMS-style article: 时间：… 来源：… 作者：… 点击：… under an h1, maybe an update time."""
    t = traps(c)
    upd = later(c.pub, c.rng, 1, 30)
    info = c.rng.choice(
        [
            f"时间：{dash(c.pub, c.rng)}　来源：{source_word(c)}　作者：admin　点击：<script>document.write(12)</script>次",
            f"发布时间：{any_form(c.pub, c.rng)} | 编辑：小编 | 阅读：{c.rng.randint(10, 999)}",
            f"<span>{dash(c.pub, c.rng)}</span> <span>{print_edition(c)}</span>",
            f"发表时间：{dash(c.pub, c.rng)}　最后修改：{dash(upd, c.rng)}",
            f"更新时间：{dash(upd, c.rng)} 　首发：{dash(c.pub, c.rng)}",
        ]
    )
    truth = c.pub.date()
    body = (
        f"{t['clock']}{nav(c)}<div class='wrap'><div class='main'><div class='place'>当前位置：<a href='/'>主页</a> &gt; "
        f"<a href='/news/'>新闻</a> &gt; 正文</div><div class='title'><h1>{esc(c.text.title)}</h1>"
        f"<div class='info'>{info}</div></div><div class='content'>{body_html(c)}</div>"
        f"<div class='page'>上一篇：<a href='/1.html'>{esc(c.titles(1)[0])}</a></div>{t['related']}{t['comments']}</div>"
        f"<div class='sidebar'>{t['sidebar']}</div></div>{t['copyright']}"
    )
    return plain_url(c), page(f"{c.text.title}-新闻资讯", "", body, "utf-8"), "utf-8", truth


def posts(c: Ctx, first_header: Callable[[datetime], str], header: Callable[[datetime], str]) -> str:
    """The thread: 楼主's post with the article text (often only its first paragraphs), replies with later times."""
    if c.rng.random() < 0.4:
        c.text = Text(c.text.title, c.text.paragraphs[: c.rng.randint(1, 3)])
    rows = [first_header(c.pub) + f'<div class="t_msgfont">{body_html(c, "p")}</div>']
    t = c.pub
    for _ in range(c.rng.randint(2, 6)):
        t = later(t, c.rng, 0, 5)
        says = c.rng.choice(["顶一个", "楼主辛苦了", "支持！", "不错不错，收藏了", "路过看看", "沙发"])
        rows.append(header(t) + f'<div class="t_msgfont">{says}</div>')
    return "".join(f'<div class="post">{r}</div>' for r in rows)


def user(c: Ctx) -> str:
    return c.rng.choice(["老王头", "smile2008", "江南雨", "清风明月", "路人甲", "Tiger_77", "天天向上"])


def discuz(c: Ctx) -> Made:
    """A Discuz! 6/7 or X thread: 发表于 in each post's header, 楼主, replies later."""
    x = c.rng.random() < 0.5
    c.pub = c.pub.replace(year=max(c.pub.year, 2006))

    def head(t: datetime, first: bool = False) -> str:
        tag = "楼主" if first else f"{c.rng.randint(2, 30)}#"
        when = f"发表于 {dash(t, c.rng, pad=False, secs=False)}"
        if x and (c.crawl - t).days < 7 and not first:
            when = f'发表于 <span title="{dash(t, c.rng, pad=False, secs=False)}">{(c.crawl - t).days}&nbsp;天前</span>'
        return (
            f'<table class="plhin"><tr><td class="pls"><a class="xw1">{user(c)}</a></td><td class="plc">'
            f'<div class="pi"><strong><a>{tag}</a></strong><div class="authi"><em id="authorposton{c.rng.randint(1, 9999999)}">'
            f"{when}</em> | 只看该作者</div></div></td></tr></table>"
        )

    t = traps(c, ("sidebar", "copyright"))
    title = f"{c.text.title} - 社会新闻 - {c.rng.choice(['西祠', '天府', '化龙巷', '小鱼'])}论坛 - Powered by Discuz!"
    body = (
        f'<div id="hd">{nav(c)}</div><div id="pt">论坛 &rsaquo; 社会新闻 &rsaquo; 查看内容</div>'
        f'<div id="postlist"><div class="ts"><h1><span id="thread_subject">{esc(c.text.title)}</span></h1>'
        f"查看: {c.rng.randint(100, 9999)}|回复: {c.rng.randint(2, 99)}</div>"
        f"{posts(c, lambda tt: head(tt, True), head)}</div>{t['sidebar']}"
        f'<div id="ft">{t["copyright"]}Powered by <strong>Discuz!</strong> X2.5 &copy; 2001-{c.crawl.year} Comsenz Inc.</div>'
    )
    url = f"http://bbs.{host(c).split('.', 1)[1]}/thread-{c.rng.randint(1000, 999999)}-1-1.html"
    return url, page(title, "", body, "gbk"), "gbk", c.pub.date()


def phpwind(c: Ctx) -> Made:
    """A phpwind thread: 发表于: 2008-03-02 10:21 and 楼主 / 沙发 / 板凳."""
    floors = iter(["楼主", "沙发", "板凳", "地板", "4楼", "5楼", "6楼", "7楼"])

    def head(t: datetime) -> str:
        return (
            f'<div class="tipTop"><span class="fl">{next(floors)}</span> <a>{user(c)}</a> '
            f'<span class="gray" title="{dash(t, c.rng, pad=True, secs=True)}">发表于: {dash(t, c.rng, pad=True, secs=False)}</span> '
            "<a>只看楼主</a> <a>引用</a></div>"
        )

    t = traps(c, ("sidebar", "copyright", "clock"))
    body = (
        f"{t['clock']}<div id='breadcrumb'>&raquo; 论坛 &raquo; 新闻时事</div>"
        f"<h1 id='subject_tpc'>{esc(c.text.title)}</h1>{posts(c, head, head)}{t['sidebar']}"
        f"<div id='footer'>Powered by phpwind v8.7 Code &copy; 2003-{c.crawl.year} phpwind.com{t['copyright']}</div>"
    )
    url = f"http://bbs.{host(c).split('.', 1)[1]}/read.php?tid={c.rng.randint(1000, 999999)}"
    return url, page(f"{c.text.title}|新闻时事 - 论坛", "", body, "gbk"), "gbk", c.pub.date()


def dvbbs(c: Ctx) -> Made:
    """A Dvbbs table thread: 发表时间：2005-5-7 21:23:57 under each post."""
    c.pub = c.pub.replace(year=min(max(c.pub.year, 2003), 2009))

    def head(t: datetime) -> str:
        return (
            f"<table class=tableborder1 width='97%'><tr><td class=tablebody1 width=170>{user(c)}<br>等级：论坛游侠<br>"
            f"文章：{c.rng.randint(1, 999)}<br>注册：{dash(t - timedelta(days=c.rng.randint(30, 900)), c.rng, pad=False)}</td>"
            f"<td class=tablebody1>发表时间：{dash(t, c.rng, pad=False, secs=True)}</td></tr></table>"
        )

    t = traps(c, ("copyright",))
    body = (
        f"<table class=tableborder1><tr><th>主题：{esc(c.text.title)}</th></tr></table>"
        f"{posts(c, head, head)}{t['copyright']}<center>Powered by Dvbbs Version 7.1.0</center>"
    )
    url = f"http://bbs.{host(c).split('.', 1)[1]}/dispbbs.asp?boardID=2&ID={c.rng.randint(100, 99999)}"
    return url, page(f"{c.text.title} - 动网论坛", "", body, "gb2312"), "gbk", c.pub.date()


def sina_blog(c: Ctx) -> Made:
    """A sina blog: h2 title, (2009-03-01 12:21:05) beside it, 博文 list and comments later."""
    c.pub = c.pub.replace(year=min(max(c.pub.year, 2005), 2014))
    t = traps(c, ("sidebar", "comments", "copyright"))
    when = f"({c.pub:%Y-%m-%d %H:%M:%S})"
    tags = "标签：<a>杂谈</a> <a>生活</a>"
    body = (
        f'<div class="blognav">{nav(c)}</div><div class="articalTitle"><h2 class="titName SG_txta">{esc(c.text.title)}</h2>'
        f'<span class="time SG_txtc">{when}</span><a>转载</a>▼</div><div class="articalTag">{tags}</div>'
        f'<div class="articalContent">{body_html(c, "div")}</div>'
        f"<div class='SG_connBody'><h3>博文目录</h3>{t['sidebar']}</div>{t['comments']}{t['copyright']}"
    )
    url = f"http://blog.sina.com.cn/s/blog_{c.rng.randint(10**8, 10**9 - 1):x}0100{c.rng.randint(1000, 9999)}.html"
    return url, page(f"{c.text.title}_{user(c)}_新浪博客", "", body, "utf-8"), "utf-8", c.pub.date()


def blog_163(c: Ctx) -> Made:
    """A 163/blogbus/QQ-zone-era blog: the date under the title in one of several forms."""
    t = traps(c, ("sidebar", "comments", "clock"))
    d = c.pub
    under = c.rng.choice(
        [
            f'<span class="blogsep">{d:%Y-%m-%d %H:%M:%S}</span>',
            f"<div class='date'>{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}</div>",
            f"<p class='postmeta'>{dash(d, c.rng)} | 分类：默认分类 | 阅读({c.rng.randint(1, 999)})</p>",
            f"<div class='bct'>发表于 {d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}</div>",
            f"<h5>{d:%Y.%m.%d}</h5>",
        ]
    )
    body = (
        f"{t['clock']}<div id='blog-header'><h1>{user(c)}的博客</h1></div><div class='post'>"
        f"<h3 class='title'>{esc(c.text.title)}</h3>{under}<div class='nbw-blog'>{body_html(c)}</div></div>"
        f"{t['comments']}<div id='side'>{t['sidebar']}</div>"
    )
    url = f"http://{user(c).encode().hex()[:8]}.blog.163.com/blog/static/{c.rng.randint(10**7, 10**8)}/"
    return url, page(f"{c.text.title} - {user(c)}的日志 - 网易博客", "", body, "gbk"), "gbk", d.date()


def gov_notice(c: Ctx) -> Made:
    """A government notice: 发布时间：2019年03月05日 (or 日期：), maybe 成文日期 before it, signature date too."""
    c.pub = c.pub.replace(year=max(c.pub.year, 2010))
    t = traps(c, ("sidebar", "copyright", "clock"))
    unit = c.rng.choice(["市人民政府办公室", "县教育局", "区市场监督管理局", "市住房和城乡建设局"])
    made = c.pub - timedelta(days=c.rng.randint(1, 10))
    line = c.rng.choice(
        [
            f"发布时间：{c.pub.year}年{c.pub.month:02d}月{c.pub.day:02d}日　来源：{unit}　访问量：{c.rng.randint(10, 999)}",
            f"日期：{c.pub:%Y-%m-%d}　　信息来源：{unit}　　【字号：大 中 小】",
            f"<table class='xxgk'><tr><td>索引号：11{c.rng.randint(10**6, 10**7)}/{c.pub.year}-0{c.rng.randint(10, 99)}</td>"
            f"<td>发布机构：{unit}</td></tr><tr><td>成文日期：{made:%Y-%m-%d}</td><td>发布日期：{c.pub:%Y-%m-%d}</td></tr></table>",
            f"发布日期：{c.pub:%Y-%m-%d %H:%M}　浏览次数：{c.rng.randint(10, 999)}",
        ]
    )
    sig = f"<p align=right>{unit}</p><p align=right>{cn_date(made.date())}</p>" if c.rng.random() < 0.5 else ""
    body = (
        f"{t['clock']}<div class='banner'>{unit}门户网站</div>{nav(c)}<div class='position'>您当前的位置：首页 &gt; 通知公告</div>"
        f"<div class='article'><h2>{esc(c.text.title)}</h2><div class='info'>{line}</div>"
        f"<div class='TRS_Editor'>{body_html(c)}{sig}</div></div><div class='right'>{t['sidebar']}</div>"
        f"{t['copyright']}<div>网站标识码：{c.rng.randint(10**9, 10**10)}</div>"
    )
    return plain_url(c), page(f"{unit}", "", body, "utf-8"), "utf-8", c.pub.date()


def gov_signature(c: Ctx) -> Made:
    """A notice whose only date of its own is the signature at the end: 二〇一九年三月五日 or 2019年3月5日."""
    c.pub = c.pub.replace(year=max(c.pub.year, 2008))
    t = traps(c, ("sidebar", "copyright", "clock"))
    unit = c.rng.choice(["市人民政府办公室", "县教育局", "区卫生健康委员会", "市财政局"])
    d = c.pub.date()
    sig_day = cn_date(d) if c.rng.random() < 0.6 else f"{d.year}年{d.month}月{d.day}日"
    body = (
        f"{t['clock']}<div class='banner'>{unit}</div>{nav(c)}<div class='article'><h1>关于{esc(c.text.title)}的通知</h1>"
        f"<div class='info'>来源：{unit}　【打印本页】【关闭窗口】</div><div class='TRS_Editor'><p>各有关单位：</p>{body_html(c)}"
        f"<p>特此通知。</p><p style='text-align:right'>{unit}</p><p style='text-align:right'>{sig_day}</p></div></div>"
        f"{t['sidebar']}{t['copyright']}"
    )
    return plain_url(c), page(f"关于{c.text.title}的通知_{unit}", "", body, "utf-8"), "utf-8", d


def url_only(c: Ctx) -> Made:
    """The day only in the URL path; furniture dates on the page."""
    t = traps(c, ("sidebar", "related", "clock", "copyright"))
    body = (
        f"{t['clock']}{nav(c)}<div class='main'><h1>{esc(c.text.title)}</h1><div class='src'>来源：{source_word(c)}　"
        f"编辑：{user(c)}</div><div id='endText'>{body_html(c)}</div>{t['related']}</div>{t['sidebar']}{t['copyright']}"
    )
    return dated_url(c, c.pub.date()), page(f"{c.text.title}_网易新闻", "", body, "gbk"), "gbk", c.pub.date()


def two_digit(c: Ctx) -> Made:
    """Two-digit years: 12-03-05 10:21 in the line under the title."""
    c.pub = c.pub.replace(year=max(c.pub.year, 2001))
    t = traps(c)
    y = c.pub.year % 100
    line = c.rng.choice(
        [
            f"日期：{y:02d}-{c.pub:%m-%d %H:%M}　作者：{user(c)}",
            f"[ {y:02d}-{c.pub.month}-{c.pub.day} {c.pub:%H:%M} ]　点击：{c.rng.randint(1, 999)}",
            f"发表于 {y:02d}/{c.pub:%m/%d %H:%M}",
            f"{c.pub:%H:%M} {y:02d}/{c.pub:%m/%d} 来源：{source_word(c)}",
            f"[{y:02d}-{c.pub.month}-{c.pub.day}]",
        ]
    )
    body = (
        f"{t['clock']}{nav(c)}<div class='art'><h2>{esc(c.text.title)}</h2><div class='line'>{line}</div>"
        f"<div class='txt'>{body_html(c)}</div>{t['related']}{t['comments']}</div>{t['sidebar']}{t['copyright']}"
    )
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", c.pub.date()


def fullwidth(c: Ctx) -> Made:
    """Full-width digits in the date line: ２０１２年３月５日　１０：２１."""
    t = traps(c)
    line = c.rng.choice([cn(c.pub, c.rng, clock=True), dash(c.pub, c.rng, pad=True, secs=False)]).translate(FULL)
    label = c.rng.choice(["", "发布时间：", "时间：", "发稿时间："])
    body = (
        f"{t['clock']}{nav(c)}<div class='art'><h1>{esc(c.text.title)}</h1><p class='date'>{label}{line}　{source_word(c)}</p>"
        f"<div class='txt'>{body_html(c)}</div>{t['related']}{t['comments']}</div>{t['sidebar']}{t['copyright']}"
    )
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", c.pub.date()


def relative(c: Ctx) -> Made:
    """今天 10:21 / 昨天 / 前天 / 3小时前 / 刚刚 / 5分钟前 / 3天前 relative to the crawl time."""
    c.crawl = c.crawl.replace(hour=c.rng.randint(14, 21))
    form = c.rng.choice(["今天", "昨天", "前天", "小时前", "刚刚", "分钟前", "天前"])
    hhmm = f"{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}"
    if form in ("今天", "昨天", "前天"):
        shown, back = f"{form} {hhmm}", {"今天": 0, "昨天": 1, "前天": 2}[form]
        if form == "今天":
            shown = f"{form} {c.rng.randint(0, c.crawl.hour - 1):02d}:{c.rng.randint(0, 59):02d}"
        truth = c.crawl.date() - timedelta(days=back)
    elif form == "小时前":
        n = c.rng.randint(1, 10)
        shown, truth = f"{n}小时前", (c.crawl - timedelta(hours=n)).date()
    elif form == "分钟前":
        n = c.rng.randint(1, 50)
        shown, truth = f"{n}分钟前", (c.crawl - timedelta(minutes=n)).date()
    elif form == "天前":
        n = c.rng.randint(2, 6)
        shown, truth = f"{n}天前", c.crawl.date() - timedelta(days=n)
    else:
        shown, truth = "刚刚", c.crawl.date()
    c.pub = datetime.combine(truth, c.crawl.time()) - timedelta(hours=1)
    t = traps(c, ("sidebar", "copyright", "clock"))
    line = c.rng.choice(
        [
            f"<span class='time'>{shown}</span> <span class='src'>{source_word(c)}</span>",
            f"{user(c)} 发表于 {shown}",
            f"发布时间：{shown} · 阅读 {c.rng.randint(10, 9999)}",
        ]
    )
    body = (
        f"{t['clock']}{nav(c)}<div class='detail'><h1>{esc(c.text.title)}</h1><div class='meta'>{line}</div>"
        f"<div class='txt'>{body_html(c)}</div></div>{t['sidebar']}{t['copyright']}"
    )
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", truth


def english(c: Ctx) -> Made:
    """English month names on a Chinese page (HK/TW/overseas editions, WordPress themes)."""
    t = traps(c, ("sidebar", "copyright", "comments"))
    d = c.pub
    m = MONTHS[d.month - 1]
    line = c.rng.choice(
        [
            f"{m} {d.day}, {d.year}",
            f"{d.day:02d} {m[:3]} {d.year} {d:%H:%M}",
            f"Posted on {d:%a}, {d.day:02d} {m[:3]} {d.year} {d:%H:%M:%S}",
            f"{m[:3]}. {d.day}, {d.year} | 發佈",
            f"{d.year}年{d.month}月{d.day}日 {m} {d.day}, {d.year}",
        ]
    )
    body = (
        f"{nav(c)}<article class='post'><h1 class='entry-title'>{esc(c.text.title)}</h1>"
        f"<div class='entry-meta'><span class='posted-on'>{line}</span> by {user(c)}</div>"
        f"<div class='entry-content'>{body_html(c)}</div></article>{t['comments']}<aside>{t['sidebar']}</aside>{t['copyright']}"
    )
    return plain_url(c), page(c.text.title + " | 新聞網", "", body, "utf-8"), "utf-8", d.date()


def meta(c: Ctx) -> Made:
    """Metadata present (article:published_time / JSON-LD / pubdate meta) with a different visible furniture."""
    t = traps(c)
    iso = c.pub.strftime("%Y-%m-%dT%H:%M:%S+08:00")
    head = c.rng.choice(
        [
            f'<meta property="article:published_time" content="{iso}">',
            f'<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{iso}",'
            f'"dateModified":"{later(c.pub, c.rng):%Y-%m-%dT%H:%M:%S+08:00}"}}</script>',
            f'<meta name="publishdate" content="{c.pub:%Y-%m-%d %H:%M:%S}">',
            f'<meta name="pubdate" content="{c.pub:%Y-%m-%dT%H:%M:%S}">',
        ]
    )
    body = (
        f"{t['clock']}{nav(c)}<div class='art'><h1>{esc(c.text.title)}</h1><div class='src'>{source_word(c)}</div>"
        f"<div class='txt'>{body_html(c)}</div>{t['related']}{t['comments']}</div>{t['sidebar']}{t['copyright']}"
    )
    return plain_url(c), page(c.text.title, head, body, "utf-8"), "utf-8", c.pub.date()


def nodate(c: Ctx) -> Made:
    """No date of the article's own: only a clock, sidebar, related list, copyright, quoted event."""
    t = traps(c, ("sidebar", "related", "clock", "copyright"))
    t["sidebar"] = t["sidebar"] or sidebar(c)
    body = (
        f"{t['clock']}{nav(c)}<div class='art'><h1>{esc(c.text.title)}</h1><div class='src'>来源：{source_word(c)}</div>"
        f"<div class='txt'>{body_html(c)}</div>{t['related']}</div>{t['sidebar']}{t['copyright']}"
    )
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", None


KINDS: dict[str, Callable[[Ctx], Made]] = {
    "portal_gbk": portal_gbk,
    "dede_line": dede_line,
    "discuz": discuz,
    "phpwind": phpwind,
    "dvbbs": dvbbs,
    "sina_blog": sina_blog,
    "blog_163": blog_163,
    "gov_notice": gov_notice,
    "gov_signature": gov_signature,
    "url_only": url_only,
    "two_digit": two_digit,
    "fullwidth": fullwidth,
    "relative": relative,
    "english": english,
    "meta": meta,
    "nodate": nodate,
    "tianya": tianya,
    "elided_year": elided_year,
    "portal_gbk2": portal_gbk,  # the commonest shapes drawn twice as often
}


# ---------------------------------------------------------------------------------------------
# Wave 2 (written after the date code had been read and tuned on wave 1: a second look, with kinds
# wave 1 lacked; its tune half was read while changing rules, its report half never)


def left_column_portal(c: Ctx) -> Made:
    """A 2000s portal whose left column (最新文章, a calendar) comes before the article in the markup."""
    t = traps(c, ("copyright", "clock"))
    latest = "".join(
        f"<tr><td>·<a href='/a/{c.rng.randint(10, 9999)}.html'>{esc(x)}</a></td><td>{c.between():%Y-%m-%d}</td></tr>"
        for x in c.titles(c.rng.randint(4, 7))
    )
    d = c.pub
    stamp = c.rng.choice([f"{d.year}年{d.month}月{d.day}日", f"{d:%Y-%m-%d}", f"{d.year}-{d.month}-{d.day}", f"{d:%Y/%m/%d}"])
    line = c.rng.choice([stamp, f"{stamp}　　{source_word(c)}", f"作者：佚名　　{stamp}", f"[ {stamp} ]"])
    body = (
        f"{t['clock']}{nav(c)}<table width=778><tr><td width=180 valign=top><table><tr><td class=lm>最新文章</td></tr>{latest}</table>"
        f"</td><td width=598 valign=top><table width='100%'><tr><td align=center height=36><font class=bt>{esc(c.text.title)}</font></td></tr>"
        f"<tr><td align=center class=hui>{line}</td></tr><tr><td class=zw>{body_html(c)}</td></tr></table></td></tr></table>{t['copyright']}"
    )
    return plain_url(c), page(f"{c.text.title}-{source_word(c)}", "", body, "gb2312"), "gbk", d.date()


def cnblogs(c: Ctx) -> Made:
    """A cnblogs/CSDN-era blog: the date only in the post footer ("posted @ 2009-03-01 12:21"), calendar, comments."""
    c.pub = c.pub.replace(year=min(max(c.pub.year, 2005), 2016))
    t = traps(c, ("comments",))
    d = c.pub
    foot = c.rng.choice(
        [
            f"posted @ {d:%Y-%m-%d %H:%M} {user(c)} 阅读({c.rng.randint(10, 999)}) 评论({c.rng.randint(0, 9)}) 编辑 收藏",
            f"发表于 @ {d:%Y年%m月%d日 %H:%M}　|　评论 ({c.rng.randint(0, 9)})　|　编辑",
            f"{user(c)} 发表于 {d:%H:%M} | {d:%Y-%m-%d} | 评论 ({c.rng.randint(0, 9)})",
        ]
    )
    archive = "".join(f"<li><a>{y}年{m:02d}月({c.rng.randint(1, 20)})</a></li>" for y, m in [(d.year, d.month), (d.year, max(1, d.month - 1))])
    calendar = "<table class='Cal'><tr><td colspan=7>" + f"{d.year}年{d.month}月</td></tr><tr>" + "".join(f"<td>{i}</td>" for i in range(1, 29)) + "</tr></table>"
    body = (
        f"<div id='header'><h1>{user(c)}的专栏</h1></div><div id='main'><div class='post'><h2><a class='postTitle2'>{esc(c.text.title)}</a></h2>"
        f"<div class='postBody'>{body_html(c)}</div><div class='postDesc'>{foot}</div></div>{t['comments']}</div>"
        f"<div id='sideBar'>{calendar}<h3>随笔档案</h3><ul>{archive}</ul></div>"
    )
    url = f"http://www.cnblogs.com/{user(c).encode().hex()[:8]}/archive/{c.rng.randint(10**5, 10**6)}.html"
    return url, page(f"{c.text.title} - {user(c)} - 博客园", "", body, "utf-8"), "utf-8", d.date()


def discuz_short(c: Ctx) -> Made:
    """A thread whose first post is one paragraph and whose replies are long (quoted) texts."""
    c.pub = c.pub.replace(year=max(c.pub.year, 2006))
    first = c.text.paragraphs[0]
    rows = [(c.pub, first)]
    t = c.pub
    for para in c.text.paragraphs[1:4]:
        t = later(t, c.rng, 0, 3)
        rows.append((t, f"回复 1# {user(c)} 的帖子：" + para + para))
    posts_html = "".join(
        f"<div class='post'><table><tr><td class='pls'>{user(c)}</td><td class='plc'><div class='pi'><strong>{'楼主' if i == 0 else f'{i + 1}#'}</strong>"
        f"<em>发表于 {dash(when, c.rng, pad=False, secs=False)}</em></div><div class='t_fsz'><td class='t_f'>{esc(text)}</td></div></td></tr></table></div>"
        for i, (when, text) in enumerate(rows)
    )
    body = f"<div id='pt'>论坛 › 灌水 › 查看</div><h1><span id='thread_subject'>{esc(c.text.title)}</span></h1><div id='postlist'>{posts_html}</div>"
    url = f"http://bbs.{host(c).split('.', 1)[1]}/viewthread.php?tid={c.rng.randint(1000, 999999)}"
    return url, page(f"{c.text.title} - 论坛 - Powered by Discuz!", "", body, "gbk"), "gbk", c.pub.date()


def channel_heading(c: Ctx) -> Made:
    """The <h1> is the channel's name, the headline a classed div, the date line 作者/时间 under it."""
    t = traps(c)
    line = c.rng.choice(
        [
            f"作者：{user(c)}　　时间：{dash(c.pub, c.rng)}　　来源：{source_word(c)}",
            f"发布：{dash(c.pub, c.rng)}　浏览：{c.rng.randint(10, 999)}次",
            f"<span class='pubTime'>{c.pub:%Y年%m月%d日%H:%M}</span><span class='source'>{source_word(c)}</span>",
        ]
    )
    body = (
        f"{t['clock']}<div class='logo'><h1>国内新闻</h1></div>{nav(c)}<div class='main'><div class='biaoti'>{esc(c.text.title)}</div>"
        f"<div class='xinxi'>{line}</div><div class='zhengwen'>{body_html(c)}</div>{t['related']}{t['comments']}</div>{t['sidebar']}{t['copyright']}"
    )
    return plain_url(c), page(f"{host(c)} - 国内新闻", "", body, "utf-8"), "utf-8", c.pub.date()


def prev_next(c: Ctx) -> Made:
    """Neighbours' dates right under the text (上一篇/下一篇 with days), the article's line under the headline."""
    t = traps(c, ("sidebar", "copyright"))
    before, after = c.pub - timedelta(days=c.rng.randint(1, 5)), c.pub + timedelta(days=c.rng.randint(1, 5))
    a, b = c.titles(2)
    line = c.rng.choice([f"{c.pub:%Y-%m-%d}　{source_word(c)}", f"{c.pub.year}年{c.pub.month}月{c.pub.day}日", f"[{c.pub:%Y-%m-%d}]"])
    body = (
        f"{nav(c)}<div class='art'><h1>{esc(c.text.title)}</h1><div class='d'>{line}</div><div class='txt'>{body_html(c)}</div>"
        f"<div class='pn'>上一篇：<a href='/1.html'>{esc(a)}</a>（{before:%Y-%m-%d}）<br>下一篇：<a href='/2.html'>{esc(b)}</a>（{after:%Y-%m-%d}）</div>"
        f"</div>{t['sidebar']}{t['copyright']}"
    )
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", c.pub.date()


def epaper_article(c: Ctx) -> Made:
    """A paper's web edition: the only date is the edition's (《X日报》（2012年03月06日 第05版）)."""
    t = traps(c, ("copyright",))
    d = c.pub.date()
    paper = c.rng.choice(["人民日报", "光明日报", "经济日报", "南方日报", "扬子晚报", "湖北日报"])
    line = c.rng.choice(
        [
            f"《{paper}》（{d.year}年{d.month:02d}月{d.day:02d}日 第{c.rng.randint(1, 16):02d}版）",
            f"{paper} {d.year}-{d.month:02d}-{d.day:02d} 第{c.rng.randint(1, 16)}版：要闻",
        ]
    )
    body = f"<div class='paper'>{paper}数字报</div><div class='art'><h1>{esc(c.text.title)}</h1><div class='edition'>{line}</div><div id='ozoom'>{body_html(c)}</div></div>{t['copyright']}"
    return plain_url(c), page(f"{c.text.title}--{paper}", "", body, "utf-8"), "utf-8", d


def wechat(c: Ctx) -> Made:
    """A 微信公众号 article: publish_time filled in the markup, or empty with the day only as ``var ct`` (a Unix time)."""
    c.pub = c.pub.replace(year=max(c.pub.year, 2014))
    stamp = int(c.pub.replace(tzinfo=BEIJING).timestamp())
    filled = c.rng.random() < 0.5
    shown = f"{c.pub:%Y-%m-%d}" if filled else ""
    body = (
        f"<div id='js_article'><h1 class='rich_media_title' id='activity-name'>{esc(c.text.title)}</h1>"
        f"<div id='meta_content'><span class='rich_media_meta rich_media_meta_text'>{user(c)}</span> "
        f"<a id='js_name'>{source_word(c)}</a> <em id='publish_time' class='rich_media_meta rich_media_meta_text'>{shown}</em></div>"
        f"<div class='rich_media_content' id='js_content'>{body_html(c)}</div></div>"
        f'<script>var ct = "{stamp}"; var publish_time = "{c.pub:%Y-%m-%d}" || "";</script>'
    )
    url = f"https://mp.weixin.qq.com/s?__biz=MzA{c.rng.randint(10**6, 10**7)}&mid={c.rng.randint(10**9, 10**10)}&idx=1"
    return url, page(c.text.title, "", body, "utf-8"), "utf-8", c.pub.date()


def hk_tw(c: Ctx) -> Made:
    """Hong Kong and Taiwan forms: 上午/下午 clocks, 發佈時間, 民國 years."""
    t = traps(c, ("sidebar", "copyright"))
    d = c.pub
    half = "上午" if d.hour < 12 else "下午"
    line = c.rng.choice(
        [
            f"{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]} {half}{(d.hour - 1) % 12 + 1}:{d.minute:02d}",
            f"發佈時間：{d:%Y/%m/%d %H:%M}",
            f"民國{d.year - 1911}年{d.month}月{d.day}日",
            f"發稿時間：{d:%Y/%m/%d %H:%M}　更新時間：{later(d, c.rng):%Y/%m/%d %H:%M}",
        ]
    )
    body = f"{nav(c)}<div class='story'><h1>{esc(c.text.title)}</h1><div class='time'>{line}</div><div class='content'>{body_html(c)}</div></div>{t['sidebar']}{t['copyright']}"
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", d.date()


KINDS2: dict[str, Callable[[Ctx], Made]] = {
    "left_column_portal": left_column_portal,
    "cnblogs": cnblogs,
    "discuz_short": discuz_short,
    "channel_heading": channel_heading,
    "prev_next": prev_next,
    "epaper_article": epaper_article,
    "wechat": wechat,
    "hk_tw": hk_tw,
}
WAVE2 = 1000
PER_SPLIT2 = 12 * len(KINDS2)
TUNE2_SEEDS = range(WAVE2, WAVE2 + PER_SPLIT2)
REPORT2_SEEDS = range(WAVE2 + PER_SPLIT2, WAVE2 + 2 * PER_SPLIT2)


@dataclass(frozen=True)
class ProbePage:
    """One generated page and its truth."""

    seed: int
    kind: str
    split: str
    url: str
    html: bytes
    fetched: datetime  # aware, UTC
    truth: date | None
    headline: str = ""  # the article's own heading as the page shows it (bench/title_probe.py)


def make(seed: int) -> ProbePage:
    """Generate the page of one seed."""
    rng = random.Random(seed * 7919 + 17)
    split = "tune" if seed in TUNE_SEEDS or seed in TUNE2_SEEDS else "report"
    table = KINDS2 if seed >= WAVE2 else KINDS
    kind = list(table)[seed % len(table)]
    pub = draw_time(rng, 2003, 2021)
    crawl = later(pub, rng, 3, 2500).replace(second=0)
    if kind == "relative":
        crawl = draw_time(rng, 2019, 2026)
        pub = crawl
    c = Ctx(rng, split, pick_text(rng, split), pub, crawl)
    url, html, codec, truth = table[kind](c)
    shape = rng.random()
    if shape < 0.15:  # no <title> at all: hand-made and old pages
        html = re.sub(r"<title>.*?</title>", "", html, count=1)
    elif shape < 0.3:  # a site-wide <title>, the same on every page
        html = re.sub(r"<title>.*?</title>", f"<title>{host(c)} - 欢迎访问</title>", html, count=1)
    fetched = c.crawl.replace(tzinfo=BEIJING).astimezone(UTC)
    headline = f"关于{c.text.title}的通知" if kind == "gov_signature" else c.text.title
    return ProbePage(seed, kind.rstrip("2"), split, url, html.encode(codec, "xmlcharrefreplace"), fetched, truth, headline)


# ---------------------------------------------------------------------------------------------
# Extractors


def day_of(value: datetime | None) -> date | None:
    """The Beijing day of an extracted time (naive times are taken as printed)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(BEIJING)
    return value.date()


def ours(p: ProbePage) -> date | None:
    """Our extractor, as the crawl calls it."""
    from archive.errors import ExtractionError
    from crawler.extract import extract_article

    try:
        item = extract_article(p.url, p.html, fetched_at=p.fetched)
    except ExtractionError:
        return None
    return day_of(item.published_at)


LENIENT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def lenient_day(text: str | None) -> date | None:
    """A day from a baseline's string: 2005-5-7, 2005年5月7日, 2005/05/07."""
    return day_of_match(LENIENT.search(text or ""))


def decoded(p: ProbePage) -> str:
    from crawler.extract.decode import decode_html

    return decode_html(p.html, None, None).text


def htmldate_baseline(p: ProbePage) -> date | None:
    """htmldate's find_date, original date, extensive search."""
    from htmldate import find_date

    try:
        return lenient_day(find_date(decoded(p), url=p.url, original_date=True))
    except Exception:  # third-party heuristics: a failure is its score
        return None


def gne_baseline(p: ProbePage) -> date | None:
    """GeneralNewsExtractor's publish_time."""
    from gne import GeneralNewsExtractor

    try:
        result = GeneralNewsExtractor().extract(decoded(p))
    except Exception:  # third-party heuristics
        return None
    return lenient_day(result.get("publish_time"))


def extractors(only_ours: bool) -> dict[str, Callable[[ProbePage], date | None]]:
    found: dict[str, Callable[[ProbePage], date | None]] = {"ours": ours}
    if only_ours:
        return found
    for name, module, fn in (("htmldate", "htmldate", htmldate_baseline), ("GNE", "gne", gne_baseline)):
        try:
            __import__(module)
        except ImportError:
            print(f"{name} baseline skipped: not installed", file=sys.stderr)
        else:
            found[name] = fn
    return found


# ---------------------------------------------------------------------------------------------
# Scoring


@dataclass
class Score:
    """Counts for one extractor on one split."""

    right: int = 0
    missed: int = 0  # no date on a page showing one
    wrong: int = 0  # another day
    false: int = 0  # a date on a page showing none

    @property
    def total(self) -> int:
        return self.right + self.missed + self.wrong + self.false

    def add(self, truth: date | None, got: date | None) -> str:
        if got == truth:
            self.right += 1
            return "right"
        if truth is None:
            self.false += 1
            return "false"
        if got is None:
            self.missed += 1
            return "missed"
        self.wrong += 1
        return "wrong"


def measure(pages: list[ProbePage], fn: Callable[[ProbePage], date | None]) -> tuple[Score, dict[str, Score], list[tuple[ProbePage, date | None, str]]]:
    total, by_kind, bad = Score(), {}, []
    for p in pages:
        got = fn(p)
        verdict = total.add(p.truth, got)
        by_kind.setdefault(p.kind, Score()).add(p.truth, got)
        if verdict != "right":
            bad.append((p, got, verdict))
    return total, by_kind, bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("tune", "report", "both"), default="both")
    parser.add_argument("--failures", choices=("tune",), help="list our failures on the tune half")
    parser.add_argument("--dump", type=Path, help="write the tune pages to DIR (never the report half)")
    parser.add_argument("--only-ours", action="store_true")
    args = parser.parse_args(argv)
    if not TEXTS.exists():
        print(f"## Dates on the independent date probe\n\n_not measured: {TEXTS} is missing._")
        return 0
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for seed in TUNE_SEEDS:
            p = make(seed)
            (args.dump / f"{seed:03d}_{p.kind}.html").write_bytes(p.html)
            (args.dump / f"{seed:03d}_{p.kind}.txt").write_text(f"{p.url}\n{p.truth}\n{p.fetched}\n", encoding="utf-8")
        return 0
    splits = ["tune", "report", "tune, wave 2", "report, wave 2"]
    splits = [s for s in splits if args.split == "both" or s.startswith(args.split)]
    if args.failures:
        splits = ["tune", "tune, wave 2"]
    seeds = {"tune": TUNE_SEEDS, "report": REPORT_SEEDS, "tune, wave 2": TUNE2_SEEDS, "report, wave 2": REPORT2_SEEDS}
    pages = {s: [make(seed) for seed in seeds[s]] for s in splits}
    lines = [
        "| split | extractor | pages | right | missed | wrong day | date on undated page | seconds |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    kinds_table: dict[str, dict[str, Score]] = {}
    ok = True
    for split in splits:
        for name, fn in extractors(args.only_ours or bool(args.failures)).items():
            started = time.monotonic()
            total, by_kind, bad = measure(pages[split], fn)
            seconds = time.monotonic() - started
            lines.append(
                f"| {split} | {name} | {total.total} | {total.right / total.total:.3f} | {total.missed} | "
                f"{total.wrong} | {total.false} | {seconds:.1f} |"
            )
            if split.startswith("tune"):
                kinds_table.setdefault(name, {}).update(by_kind)
            if name == "ours" and split.startswith("report"):
                ok = ok and total.right / total.total >= 0.90
            if args.failures and name == "ours":
                for p, got, verdict in bad:
                    print(f"{p.seed:03d} {p.kind:14s} {verdict:6s} truth={p.truth} got={got} {p.url}")
                print(Counter(v for _, _, v in bad))
    if args.failures:
        return 0
    print("## Dates on the independent date probe\n")
    print(
        f"{PER_SPLIT} generated pages per split from inews texts (`bench/date_probe.py`: written before reading "
        "the date code; truth from the generator). Right = the Beijing day of the article's own date, or no date "
        "on pages that show none.\n"
    )
    print("\n".join(lines))
    if kinds_table:
        names = list(kinds_table)
        print("\nTune half by kind (share right):\n")
        print("| kind | " + " | ".join(names) + " |")
        print("|---|" + "---:|" * len(names))
        for kind in sorted(kinds_table[names[0]]):
            cells = []
            for n in names:
                s = kinds_table[n][kind]
                cells.append(f"{s.right}/{s.total}")
            print(f"| {kind} | " + " | ".join(cells) + " |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
