# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""Wave 5 of the date probe: page kinds waves 1-4 lack, written before reading the date code.

Usage: ``python -m bench.date_probe5 [--split tune|report|both] [--failures] [--only-ours] [--check]``.

Why a fifth wave: after wave 4 our probes read 0.97-0.98 while every new probe written before reading
the code first read far lower (wave 3 0.766, wave 4 0.750); the graders measured 0.57 on unseen
pages. This wave's author read only the probes (``bench/date_probe.py``, ``date_probe3.py``,
``date_probe4.py``: their kind lists, to draw none twice, and the shared harness) and listed these
kinds from real Chinese sites *before* opening the date extraction code:

- ``<time>`` elements without a ``datetime`` attribute (the day only as their text), beside list
  items whose ``<time datetime>`` name other days;
- CMS workflow labels around the publish time: 录入时间/创建时间 (earlier), 审核时间, 发稿时间/发布时间,
  更新时间/修改时间 (later), in any order on one line or in spans;
- labels drawn as icons or images (``<img alt="发布时间">``, ``<i class="icon-time" title=…>``), and
  the day itself only as an image's ``alt``/``title``;
- the page's own day only in its URL's *query string* (``?date=2019-03-05&id=``, ``idate=12_2019-03-05``,
  ``pubDate=2019/03/05``), other links' paths carrying other days; undated pages whose only days are
  other links' paths and a crawl-time cache-buster (``?_t=<epoch>``): no date;
- Founder-style e-paper pages: the edition header (出版日期, 第05版：要闻), a month calendar of editions,
  a ``<select>`` of past editions (往期回顾) before the article, 上一篇/下一篇;
- days split across inline elements (``<span>2019</span>年<span>3</span>月<span>5</span>日``,
  ``<em>2019</em>-<em>03</em>-<em>05</em>``);
- bracketed weekdays waves 1-4 lack: ``2019年3月5日(火)``, ``2019/03/05（二）``, ``(週二)``, ``Tue``;
- a site header printing today's day without 今天是 (``2019年3月8日 星期五 农历二月初二 晴``) and a
  历史上的今天 box (the same month-day in other years), the article's line under its headline;
- notices whose text or summary box carries activity days (报名截止日期, 活动时间, 考试时间, a 倒计时),
  some placed between the headline and the date line; some dated only by their signature;
- readers' comments (热评, 最新评论) placed *before* the article in the markup;
- metadata naming only the modified day (JSON-LD ``dateModified`` alone, ``article:modified_time``,
  ``og:updated_time``, ``lastmod``) beside a visible publish line;
- schema.org microdata nesting: ``<meta itemprop=datePublished>`` in the article, Comment items and
  related NewsArticle items with their own ``datePublished``;
- pages whose only days are the site footer's (a single-year ©, 网站最后更新, 本页生成时间, 建站日期,
  an ICP number with a year): no date;
- Hong Kong and Macau forms waves 2-3 lack: 下午3時20分, 香港時間15時20分, ``HKT``, ``5 Mar 2019``;
- Chinese-numeral datelines without a year (新华社北京三月五日电, 本报讯 三月五日) whose year is in the
  archive's breadcrumb (资料库 › 2019年);
- video pages: 发布/上传 days beside durations (``时长 03:05``) and play counts, other videos' days;
- Q&A and 问政 message boards: the question's day first (提问时间, 留言时间), the long answer's
  (回答于, 回复时间) later; the question's day is the page's;
- print views: 打印时间 (the crawl) above or below the article's own line.

Pages are built with wave 1's harness (``bench.date_probe``), whose pages stay byte-identical.
Seeds 5000-5431: 18 kinds, 24 seeds a kind (``5000 + 24 * kind + j``); within a kind the 12 seeds
of lower SHA-256 (``date_probe5:<seed>``) are *tune*, the others *report*, decided before anything
ran. Tune pages draw even inews records, report pages odd ones (bodies are real texts, never chosen
by hand). Truth (the Beijing day of the article's own date, none on an undated page) is what the
generator put there; ``date_probe5_truth.json`` freezes each seed's split, kind, truth and page hash,
and ``--check`` says whether the pages still match it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.date_probe import (  # noqa: E402
    BEIJING,
    CN_DIGIT,
    MONTHS,
    TEXTS,
    WEEK,
    Ctx,
    Made,
    any_form,
    body_html,
    cn,
    cn_number,
    dash,
    esc,
    host,
    later,
    nav,
    page,
    plain_url,
    short,
    source_word,
    traps,
    user,
)
from bench.date_probe3 import article  # noqa: E402
from bench.probe_harness import DateWave  # noqa: E402

FROZEN = Path(__file__).with_name("date_probe5_truth.json")
WAVE5 = 5000
PER_KIND = 24  # 12 tune + 12 report


def shift(c: Ctx, lo: int, hi: int) -> date:
    """A day ``lo``..``hi`` days from the article's (negative: before it)."""
    return c.pub.date() + timedelta(days=c.rng.randint(lo, hi))


def stamp_of(d: date, c: Ctx) -> datetime:
    """A time of day on ``d``."""
    return datetime(d.year, d.month, d.day, c.rng.randint(0, 23), c.rng.randint(0, 59), c.rng.randint(0, 59))


def link_host(c: Ctx) -> str:
    return c.rng.choice(["news.example.com.cn", "www.dailynews.cn", "xw.city-net.cn"])


# ---------------------------------------------------------------------------------------------
# Kinds: each returns (url, html, charset, truth)


def time_text(c: Ctx) -> Made:
    """``<time>`` with the day only as its text; list items' ``<time datetime>`` name other days."""
    d = c.pub
    shown = c.rng.choice(
        [dash(d, c.rng), cn(d, c.rng), f"{d:%Y-%m-%d}", f"{d.year}.{d.month:02d}.{d.day:02d} {d:%H:%M}"]
    )
    cls = c.rng.choice(["", " class='pubdate'", " class='time'", " pubdate", " class='entry-date'"])
    line = c.rng.choice(
        [
            f"<time{cls}>{shown}</time>　来源：{source_word(c)}",
            f"<span class='source'>{source_word(c)}</span> <time{cls}>{shown}</time>",
            f"发布：<time{cls}>{shown}</time>　作者：{user(c)}",
            f"<time{cls}>{shown}</time>",
        ]
    )
    rows = []
    for title in c.titles(c.rng.randint(4, 7)):
        other = stamp_of(shift(c, -200, 60), c)
        rows.append(
            f"<li><a href='/a/{c.rng.randint(1000, 99999)}.html'>{esc(title)}</a><time datetime='{other:%Y-%m-%dT%H:%M:%S}+08:00'>{other:%m-%d}</time></li>"
        )
    side = f"<aside class='list'><h3>{c.rng.choice(['最新资讯', '热点推荐', '相关报道'])}</h3><ul>{''.join(rows)}</ul></aside>"
    t = traps(c, ("copyright", "clock"))
    main = f"<article><h1>{esc(c.text.title)}</h1><div class='meta'>{line}</div><div class='article-body'>{body_html(c)}</div></article>"
    first, second = (side, main) if c.rng.random() < 0.4 else (main, side)
    body = f"{t['clock']}{nav(c)}<div class='wrap'>{first}{second}</div>{t['copyright']}"
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", d.date()


def workflow_times(c: Ctx) -> Made:
    """CMS workflow labels around the publish time: 录入/创建 (earlier), 审核, 发布/发稿, 更新/修改 (later)."""
    d = c.pub
    made = d - timedelta(hours=c.rng.randint(2, 70), minutes=c.rng.randint(0, 59))
    checked = made + (d - made) * c.rng.random()
    upd = later(d, c.rng, 1, 90)
    pub_label = c.rng.choice(["发布时间", "发稿时间", "发布日期", "上线时间"])
    parts = [
        f"{c.rng.choice(['录入时间', '创建时间', '撰稿时间'])}：{dash(made, c.rng)}",
        f"{pub_label}：{dash(d, c.rng)}",
    ]
    if c.rng.random() < 0.5:
        parts.append(f"审核时间：{dash(checked, c.rng)}")
    if c.rng.random() < 0.6:
        parts.append(f"{c.rng.choice(['更新时间', '修改时间', '最后更新'])}：{dash(upd, c.rng)}")
    c.rng.shuffle(parts)
    parts += [f"录入：{user(c)}", f"点击：{c.rng.randint(10, 9999)}"]
    if c.rng.random() < 0.5:
        line = "　".join(parts)
    else:
        line = "".join(f"<span>{p}</span>" for p in parts)
    return plain_url(c), page(c.text.title, "", article(c, line), "utf-8"), "utf-8", d.date()


def icon_label(c: Ctx) -> Made:
    """Labels drawn as icons or images, and days only in an image's alt or title."""
    d = c.pub
    form = c.rng.randrange(4)
    if form == 0:
        line = f"<img src='/images/icon_time.gif' alt='发布时间' width=12> {dash(d, c.rng)}　<img src='/images/icon_src.gif' alt='来源'> {source_word(c)}"
    elif form == 1:
        line = f"<i class='icon-time' title='发布时间'></i>{dash(d, c.rng)} <i class='icon-eye' title='浏览'></i>{c.rng.randint(10, 9999)}"
    elif form == 2:
        shown = c.rng.choice([f"{d:%Y-%m-%d}", f"{d.year}年{d.month}月{d.day}日"])
        line = f"发布日期：<img src='/inc/showdate.asp?id={c.rng.randint(100, 99999)}' alt='{shown}' title='{shown}' align='absmiddle'>"
    else:
        line = f"<img src='/skin/clock.png'>{dash(d, c.rng)} <img src='/skin/user.png'>{user(c)}"
    return plain_url(c), page(c.text.title, "", article(c, line), "utf-8"), "utf-8", d.date()


def url_query(c: Ctx) -> Made:
    """The own day only in the URL's query string; other links' paths carry other days; undated pages too."""
    d = c.pub.date()
    h = host(c)
    n = c.rng.randint(1000, 999999)
    dated = c.rng.random() < 0.7
    if dated:
        url = c.rng.choice(
            [
                f"http://{h}/news/content.jsp?date={d:%Y-%m-%d}&id={n}",
                f"http://{h}/show.asp?id={n}&time={d:%Y%m%d}",
                f"http://{h}/detail?newsId={n}&pubDate={d:%Y/%m/%d}",
                f"http://{h}/epaper/read.do?m=i&iid={n}&eid={c.rng.randint(100, 9999)}&idate={c.rng.randint(1, 30)}_{d:%Y-%m-%d}",
                f"http://{h}/{d:%Y/%m/%d}/{n}.html?from=timeline&isappinstalled=0",
            ]
        )
    else:
        stamp = int(c.crawl.replace(tzinfo=BEIJING).timestamp())
        url = c.rng.choice(
            [
                f"http://{h}/news/show.php?id={n}&_t={stamp}",
                f"http://{h}/html/{n}.html?t={stamp}000",
                f"http://{h}/article/{n}.htm?spm=a2c4e.{c.rng.randint(10**5, 10**6)}",
            ]
        )
    rows = []
    for title in c.titles(c.rng.randint(4, 8)):
        o = shift(c, -300, 40)
        href = c.rng.choice(
            [
                f"http://{link_host(c)}/{o:%Y/%m%d}/{c.rng.randint(100, 99999)}.html",
                f"/{o:%Y-%m}/{o:%d}/content_{c.rng.randint(100, 99999)}.htm",
                f"/news/content.jsp?date={o:%Y-%m-%d}&id={c.rng.randint(100, 99999)}",
            ]
        )
        rows.append(f"<li><a href='{href}'>{esc(title)}</a></li>")
    rel = f"<div class='related'><h4>{c.rng.choice(['相关新闻', '推荐阅读', '延伸阅读'])}</h4><ul>{''.join(rows)}</ul></div>"
    line = c.rng.choice(
        [f"来源：{source_word(c)}", f"作者：{user(c)}　来源：{source_word(c)}", f"编辑：{user(c)}"]
    )
    t = traps(c, ("copyright",))
    body = (
        f"{nav(c)}<div class='main'><h1>{esc(c.text.title)}</h1><div class='info'>{line}</div>"
        f"<div class='content'>{body_html(c, quoted=False)}</div>{rel}</div>{t['copyright']}"
    )
    return url, page(c.text.title, "", body, "utf-8"), "utf-8", d if dated else None


PAGES_NAMES = ["要闻", "综合", "经济", "民生", "文化", "体育", "评论", "副刊", "社会", "县域"]


def epaper_layout(c: Ctx) -> Made:
    """A Founder-style e-paper page: the edition header, a calendar and a select of past editions, 上一篇/下一篇."""
    d = c.pub.date()
    paper = c.rng.choice(
        ["湖北日报", "南方日报", "大众日报", "新华日报", "齐鲁晚报", "楚天都市报", "河南日报"]
    )
    no = c.rng.randint(1, 16)
    header = c.rng.choice(
        [
            f"<div class='date'>{d.year}年{d.month:02d}月{d.day:02d}日 星期{WEEK[d.weekday()]}</div><div class='ban'>第{no:02d}版：{c.rng.choice(PAGES_NAMES)}</div>",
            f"<div class='paper-info'>出版日期：{d:%Y-%m-%d}　第{no}版：{c.rng.choice(PAGES_NAMES)}　<a href='../../../pdf/{no}.pdf'>PDF版</a></div>",
            f"<td class='px12'>{d.year}年{d.month}月{d.day}日 第{no:02d}版</td>",
        ]
    )
    first = d.replace(day=1)
    cells = []
    for i in range(28):
        day = first + timedelta(days=i)
        cls = " class='cur'" if day == d else ""
        cells.append(f"<td{cls}><a href='../../{day:%Y-%m}/{day:%d}/node_2.htm'>{day.day}</a></td>")
    cal = f"<div class='calendar'><div>{d.year}年{d.month}月</div><table><tr>{''.join(cells)}</tr></table></div>"
    past = "".join(
        f"<option value='{p:%Y-%m/%d}'>{p:%Y-%m-%d}</option>"
        for p in (d - timedelta(days=k) for k in range(1, c.rng.randint(4, 9)))
    )
    select = f"<div class='past'>往期回顾：<select name='period'>{past}</select><input type='button' value='查看'></div>"
    pages_nav = "".join(
        f"<li><a href='node_{i + 1}.htm'>第{i + 1:02d}版：{name}</a></li>"
        for i, name in enumerate(c.rng.sample(PAGES_NAMES, 5))
    )
    titles = c.titles(2)
    around = f"<div class='pn'>上一篇：<a href='content_{c.rng.randint(100, 9999)}.htm'>{esc(titles[0])}</a>　下一篇：<a href='content_{c.rng.randint(100, 9999)}.htm'>{esc(titles[1])}</a>　<a href='node_2.htm'>返回目录</a></div>"
    tools = f"{cal}{select}" if c.rng.random() < 0.6 else select
    body = (
        f"<div class='top'><div class='logo'>{paper}</div>{header}</div><div class='left'>{tools}<ul class='banmian'>{pages_nav}</ul></div>"
        f"<div class='right'><h1>{esc(c.text.title)}</h1><div id='ozoom'>{body_html(c)}</div>{around}</div>"
        f"<div class='foot'>{paper}社版权所有 未经书面授权不得复制或建立镜像</div>"
    )
    n = c.rng.randint(100, 999999)
    url = c.rng.choice(
        [
            f"http://epaper.{host(c).split('.', 1)[1]}/html/content_{n}.htm",
            f"http://epaper.{host(c).split('.', 1)[1]}/shtml/{c.rng.choice(['hbrb', 'nfrb', 'dzrb'])}/{n}.shtml",
            f"http://{host(c)}/Article/index/aid/{n}.html",
        ]
    )
    return url, page(f"{paper}数字报-{c.text.title}", "", body, "utf-8"), "utf-8", d


def split_spans(c: Ctx) -> Made:
    """Days split across inline elements: <span>2019</span>年<span>3</span>月<span>5</span>日."""
    d = c.pub
    form = c.rng.randrange(5)
    if form == 0:
        shown = f"<span>{d.year}</span>年<span>{d.month}</span>月<span>{d.day}</span>日"
    elif form == 1:
        shown = f"<em>{d.year}</em>-<em>{d:%m}</em>-<em>{d:%d}</em> <em>{d:%H:%M}</em>"
    elif form == 2:
        shown = f"<span class='year'>{d.year}</span><span class='sep'>-</span><span class='md'>{d:%m-%d}</span> <span class='hm'>{d:%H:%M}</span>"
    elif form == 3:
        shown = f"<b>{d.year}</b>年<b>{d:%m}</b>月<b>{d:%d}</b>日 <b>{d:%H}</b>:<b>{d:%M}</b>"
    else:
        shown = f"<span id='pubtime'><font>{d.year}</font>-<font>{d:%m}</font>-<font>{d:%d}</font></span>"
    line = c.rng.choice(
        [
            f"发布时间：{shown}　来源：{source_word(c)}",
            f"{shown}　{source_word(c)}",
            f"<span class='src'>{source_word(c)}</span>{shown}",
            f"日期：{shown}",
        ]
    )
    return plain_url(c), page(c.text.title, "", article(c, line), "utf-8"), "utf-8", d.date()


JP_WEEK = "月火水木金土日"
EN_WEEK = "Mon Tue Wed Thu Fri Sat Sun".split()


def paren_weekday(c: Ctx) -> Made:
    """Bracketed weekdays: 2019年3月5日(火), 2019/03/05（二）, (週二), Tue."""
    d = c.pub
    w = d.weekday()
    shown = c.rng.choice(
        [
            f"{d.year}年{d.month}月{d.day}日({JP_WEEK[w]})",
            f"{d.year}年{d.month}月{d.day}日（{JP_WEEK[w]}） {d:%H:%M}",
            f"{d:%Y/%m/%d}（{WEEK[w]}）",
            f"{d:%Y-%m-%d} (週{WEEK[w]}) {d:%H:%M}",
            f"{d.year}.{d:%m}.{d:%d} {EN_WEEK[w]}",
            f"{d:%Y/%m/%d}({EN_WEEK[w]}) {d:%H:%M}",
            f"{d.year}年{d.month}月{d.day}日 週{WEEK[w]}",
        ]
    )
    line = c.rng.choice(
        [
            f"{shown}　{source_word(c)}",
            f"更新：{shown}",
            f"<span class='date'>{shown}</span>",
            f"作者：{user(c)} | {shown}",
        ]
    )
    return plain_url(c), page(c.text.title, "", article(c, line), "utf-8"), "utf-8", d.date()


def site_header(c: Ctx) -> Made:
    """Today's day in the site header without 今天是, a 历史上的今天 box, the article's line under its headline."""
    d = c.pub
    k = c.crawl.date()
    top = c.rng.choice(
        [
            f"<div class='topdate'>{k.year}年{k.month}月{k.day}日 星期{WEEK[k.weekday()]}</div>",
            f"<span id='date'>{k:%Y-%m-%d} 星期{WEEK[k.weekday()]}</span><span class='weather'>{c.rng.choice(['晴', '多云', '小雨'])} {c.rng.randint(-5, 30)}℃</span>",
            f"<div class='header-date'>{k.year}年{k.month}月{k.day}日 农历{c.rng.choice(['正月', '二月', '三月', '八月'])}{c.rng.choice(['初二', '十五', '廿三'])}</div>",
        ]
    )
    hist = ""
    if c.rng.random() < 0.6:
        rows = "".join(
            f"<li>{y}年{k.month}月{k.day}日 <a>{esc(t)}</a></li>"
            for y, t in zip(sorted(c.rng.sample(range(1950, k.year), 3)), c.titles(3), strict=True)
        )
        hist = f"<div class='history'><h3>历史上的今天</h3><ul>{rows}</ul></div>"
    line = c.rng.choice(
        [
            f"{dash(d, c.rng)}　来源：{source_word(c)}",
            f"{cn(d, c.rng, clock=True)}　{source_word(c)}",
            f"{source_word(c)}　{dash(d, c.rng)}　编辑：{user(c)}",
        ]
    )
    hist_first = c.rng.random() < 0.5
    main = f"<div class='main'><h1>{esc(c.text.title)}</h1><div class='info'>{line}</div><div class='content'>{body_html(c)}</div></div>"
    t = traps(c, ("copyright",))
    body = (
        f"<div class='top'>{top}<a>设为首页</a> <a>加入收藏</a></div>{nav(c)}"
        + (f"{hist}{main}" if hist_first else f"{main}{hist}")
        + t["copyright"]
    )
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", d.date()


def deadline_notice(c: Ctx) -> Made:
    """A notice with activity days (报名截止, 活动时间, 倒计时) in a summary box or the text; some dated only by a signature."""
    d = c.pub
    start = shift(c, 1, 10)
    end = start + timedelta(days=c.rng.randint(5, 40))
    act = end + timedelta(days=c.rng.randint(2, 30))
    facts = [
        f"报名时间：{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日",
        f"报名截止日期：{end:%Y-%m-%d}",
        f"活动时间：{act.year}年{act.month}月{act.day}日 9:00-17:00",
        f"考试时间：{act.year}年{act.month}月{act.day}日上午",
    ]
    chosen = c.rng.sample(facts, c.rng.randint(1, 3))
    paras = [f"<p>　　{esc(p)}</p>" for p in c.text.paragraphs]
    for f in chosen:
        paras.insert(c.rng.randint(1, len(paras)), f"<p>　　{f}</p>")
    box = ""
    if c.rng.random() < 0.4:
        box = f"<div class='summary'>距报名截止还有 <b>{(end - d.date()).days}</b> 天　截止：{end.month}月{end.day}日</div>"
    signed = c.rng.random() < 0.3
    sign = f"<p align='right'>{c.rng.choice(['市人力资源和社会保障局', '县教育局', '市文化和旅游局'])}</p><p align='right'>{d.year}年{d.month}月{d.day}日</p>"
    text = "".join(paras) + (sign if signed or c.rng.random() < 0.5 else "")
    line = (
        f"来源：{source_word(c)}　浏览次数：{c.rng.randint(10, 9999)}"
        if signed
        else f"发布时间：{dash(d, c.rng)}　来源：{source_word(c)}"
    )
    t = traps(c, ("sidebar", "copyright"))
    body = (
        f"{nav(c)}<div class='main'><h1>{esc(c.text.title)}</h1>{box}<div class='info'>{line}</div>"
        f"<div class='content'>{text}</div></div><div class='side'>{t['sidebar']}</div>{t['copyright']}"
    )
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", d.date()


def comments_before(c: Ctx) -> Made:
    """Readers' comments (热评, 最新评论) placed before the article in the markup."""
    d = c.pub
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        at = later(d, c.rng, 0, 30)
        when = c.rng.choice([dash(at, c.rng), f"{at:%m-%d %H:%M}", f"{at.year}年{at.month}月{at.day}日"])
        rows.append(
            f"<li><span class='nick'>{c.rng.choice(['网友', '匿名', '手机用户'])}{c.rng.randint(100, 9999)}</span><span class='ctime'>{when}</span>"
            f"<p>{c.rng.choice(['说得好', '支持', '希望早日落实', '关注', '这个好'])}</p></li>"
        )
    box = f"<div class='hot-comments' style='float:right'><h3>{c.rng.choice(['热门评论', '最新评论', '网友热评'])}</h3><ul>{''.join(rows)}</ul></div>"
    line = c.rng.choice(
        [
            f"{any_form(d, c.rng)}　来源：{source_word(c)}",
            f"发布时间：{dash(d, c.rng)}",
            f"{source_word(c)} {dash(d, c.rng)}",
        ]
    )
    at_end = c.rng.random() < 0.3
    text = body_html(c)
    main = (
        f"<div class='main'><h1>{esc(c.text.title)}</h1><div class='content'>{text}</div><div class='info'>{line}</div></div>"
        if at_end
        else f"<div class='main'><h1>{esc(c.text.title)}</h1><div class='info'>{line}</div><div class='content'>{text}</div></div>"
    )
    t = traps(c, ("copyright",))
    body = f"{nav(c)}{box}{main}{t['copyright']}"
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", d.date()


def modified_meta(c: Ctx) -> Made:
    """Metadata naming only the modified day (dateModified alone, article:modified_time, og:updated_time, lastmod)."""
    d = c.pub
    upd = later(d, c.rng, 1, 200)
    head = c.rng.choice(
        [
            f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(c.text.title)}","dateModified":"{upd:%Y-%m-%dT%H:%M:%S}+08:00"}}</script>',
            f'<meta property="article:modified_time" content="{upd:%Y-%m-%dT%H:%M:%S}+08:00">',
            f'<meta property="og:updated_time" content="{upd:%Y-%m-%dT%H:%M:%S}+08:00">',
            f'<meta name="lastmod" content="{upd:%Y-%m-%d}">',
            f'<meta http-equiv="Last-Modified" content="{upd:%a, %d %b %Y %H:%M:%S} GMT">',
        ]
    )
    line = c.rng.choice(
        [
            f"{any_form(d, c.rng)}　来源：{source_word(c)}",
            f"发布时间：{dash(d, c.rng)}",
            f"<span class='time'>{dash(d, c.rng)}</span>",
        ]
    )
    return plain_url(c), page(c.text.title, head, article(c, line), "utf-8"), "utf-8", d.date()


def microdata_nested(c: Ctx) -> Made:
    """schema.org microdata: a meta datePublished in the article, Comment items and related articles with their own."""
    d = c.pub
    value = c.rng.choice([f"{d:%Y-%m-%dT%H:%M:%S}+08:00", f"{d:%Y-%m-%d}", f"{d:%Y-%m-%d %H:%M:%S}"])
    visible = c.rng.random() < 0.5
    line = f"<span>{dash(d, c.rng)}</span> " if visible else ""
    rel = "".join(
        f"<li itemscope itemtype='http://schema.org/NewsArticle'><a itemprop='url' href='/n/{c.rng.randint(100, 99999)}.html'><span itemprop='headline'>{esc(t)}</span></a>"
        f"<meta itemprop='datePublished' content='{stamp_of(shift(c, -100, 30), c):%Y-%m-%dT%H:%M:%S}+08:00'></li>"
        for t in c.titles(c.rng.randint(3, 5))
    )
    cmts = "".join(
        f"<div itemprop='comment' itemscope itemtype='http://schema.org/Comment'><span itemprop='author'>{user(c)}</span>"
        f"<time itemprop='datePublished' datetime='{(t := later(d, c.rng, 0, 20)):%Y-%m-%dT%H:%M:%S}+08:00'>{t:%Y-%m-%d %H:%M}</time>"
        f"<p itemprop='text'>{c.rng.choice(['支持', '说得对', '好文', '学习了'])}</p></div>"
        for _ in range(c.rng.randint(1, 4))
    )
    related_box = f"<ul class='rel'>{rel}</ul>"
    art = (
        f"<article itemscope itemtype='http://schema.org/NewsArticle'><h1 itemprop='headline'>{esc(c.text.title)}</h1>"
        f"<meta itemprop='datePublished' content='{value}'><div class='info'>{line}<span itemprop='author'>{user(c)}</span></div>"
        f"<div itemprop='articleBody'>{body_html(c)}</div><div class='comments'>{cmts}</div></article>"
    )
    body = f"{nav(c)}" + (f"{related_box}{art}" if c.rng.random() < 0.4 else f"{art}{related_box}")
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", d.date()


def footer_only(c: Ctx) -> Made:
    """The only days are the site footer's: a single-year ©, 网站最后更新, 本页生成时间, 建站日期, ICP: no date."""
    k = c.crawl
    opened = date(c.rng.randint(1999, 2012), c.rng.randint(1, 12), c.rng.randint(1, 28))
    bits = [
        f"Copyright &copy; {k.year} {source_word(c)} 版权所有",
        f"网站最后更新：{k:%Y-%m-%d}",
        f"本页生成时间：{k:%Y-%m-%d %H:%M:%S}　Processed in 0.0{c.rng.randint(10, 99)} second(s)",
        f"建站日期：{opened.year}年{opened.month}月{opened.day}日",
        f"京ICP备{k.year - c.rng.randint(0, 6)}{c.rng.randint(10000, 99999)}号",
        f"更新时间：{k.year}/{k.month}/{k.day}",
    ]
    foot = "<br>".join(c.rng.sample(bits, c.rng.randint(2, 4)))
    line = c.rng.choice(
        [
            f"来源：{source_word(c)}",
            f"作者：{user(c)}　来源：{source_word(c)}",
            f"浏览：{c.rng.randint(10, 9999)}次",
        ]
    )
    body = (
        f"{nav(c)}<div class='main'><h1>{esc(c.text.title)}</h1><div class='info'>{line}</div>"
        f"<div class='content'>{body_html(c, quoted=False)}</div></div><div class='footer'>{foot}</div>"
    )
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", None


def hk_macau(c: Ctx) -> Made:
    """Hong Kong and Macau forms: 下午3時20分, 香港時間15時20分, HKT, 5 Mar 2019."""
    d = c.pub
    half = "上午" if d.hour < 12 else "下午"
    h12 = (d.hour - 1) % 12 + 1
    shown = c.rng.choice(
        [
            f"{d.year}年{d.month}月{d.day}日（星期{WEEK[d.weekday()]}）{half}{h12}時{d.minute}分",
            f"{d.year}年{d.month}月{d.day}日 香港時間{d.hour}時{d.minute:02d}分",
            f"{d:%Y-%m-%d} HKT {d:%H:%M}",
            f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
            f"{d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}",
            f"{d.year}年{d.month:02d}月{d.day:02d}日 {d.hour:02d}時{d.minute:02d}分",
        ]
    )
    line = c.rng.choice(
        [
            f"發佈：{shown}",
            f"{shown}　{source_word(c)}",
            f"<span class='time'>{shown}</span>",
            f"最後更新：{shown}",
        ]
    )
    return (
        plain_url(c),
        page(c.text.title, "", article(c, line, names=("sidebar", "copyright")), "utf-8"),
        "utf-8",
        d.date(),
    )


def cn_dateline_noyear(c: Ctx) -> Made:
    """A Chinese-numeral dateline without a year (新华社北京三月五日电); the year in the archive's breadcrumb."""
    d = c.pub.date()
    md = f"{cn_number(d.month)}月{cn_number(d.day)}日"
    lead = c.rng.choice(
        [
            f"新华社{c.rng.choice(['北京', '上海', '武汉', '广州'])}{md}电（记者{user(c)}）",
            f"本报讯　{md}，",
            f"本报{c.rng.choice(['北京', '南京', '成都'])}{md}讯　",
        ]
    )
    paras = list(c.text.paragraphs)
    text = f"<p>　　{lead}{esc(paras[0])}</p>" + "".join(f"<p>　　{esc(p)}</p>" for p in paras[1:])
    year_cn = "".join(CN_DIGIT[int(ch)] for ch in str(d.year))
    crumb = c.rng.choice(
        [
            f"<div class='crumb'><a>首页</a> &gt; <a>资料库</a> &gt; <a>{d.year}年</a> &gt; <a>{d.month}月</a></div>",
            f"<div class='crumb'>当前位置：新闻稿库 › {d.year}年新闻稿</div>",
            f"<div class='crumb'><a>历史资料</a> » <a>{year_cn}年</a></div>",
        ]
    )
    t = traps(c, ("copyright",))
    body = (
        f"{nav(c)}{crumb}<div class='main'><h1>{esc(c.text.title)}</h1><div class='info'>来源：{source_word(c)}</div>"
        f"<div class='content'>{text}</div></div>{t['copyright']}"
    )
    return plain_url(c), page(c.text.title, "", body, "utf-8"), "utf-8", d


def duration(c: Ctx) -> str:
    return f"{c.rng.randint(0, 12):02d}:{c.rng.randint(0, 59):02d}"


def video_page(c: Ctx) -> Made:
    """A video page: 发布/上传 day beside a duration (时长 03:05) and play counts; other videos' days."""
    d = c.pub
    plays = c.rng.choice([f"{c.rng.randint(1, 99)}.{c.rng.randint(0, 9)}万", str(c.rng.randint(100, 9999))])
    info = c.rng.choice(
        [
            f"<span>时长 {duration(c)}</span><span>播放 {plays}次</span><span>{d:%Y-%m-%d} 发布</span>",
            f"<span>{plays}次播放</span> · <span>{d:%Y-%m-%d %H:%M:%S}</span>",
            f"上传时间：{dash(d, c.rng)}　时长：{duration(c)}　播放：{plays}",
            f"<span class='pubtime'>发布于 {d.year}年{d.month}月{d.day}日</span><span class='dur'>{duration(c)}</span>",
        ]
    )
    recs = "".join(
        f"<li><a><img src='/img/{c.rng.randint(100, 9999)}.jpg'><span class='dur'>{duration(c)}</span><p>{esc(t)}</p></a><span>{short(shift(c, -60, 60), c.rng)}</span></li>"
        for t in c.titles(c.rng.randint(4, 8))
    )
    intro = "".join(f"<p>{esc(p)}</p>" for p in c.text.paragraphs[: c.rng.randint(2, 4)])
    body = (
        f"{nav(c)}<div class='player'><video src='/v/{c.rng.randint(10**5, 10**6)}.mp4' poster='/p.jpg'></video><div class='ctrl'>00:00 / {duration(c)}</div></div>"
        f"<div class='video-info'><h1>{esc(c.text.title)}</h1><div class='meta'>{info}</div><div class='intro'>简介：{intro}</div></div>"
        f"<div class='recommend'><h3>相关视频</h3><ul>{recs}</ul></div>"
    )
    url = f"http://v.{host(c).split('.', 1)[1]}/video/{c.rng.randint(10**6, 10**8)}.html"
    return url, page(f"{c.text.title}_视频", "", body, "utf-8"), "utf-8", d.date()


def qa_page(c: Ctx) -> Made:
    """Q&A and 问政 boards: the question's day first (提问时间, 留言时间), the long answer's (回答于, 回复时间) later."""
    d = c.pub
    ans = later(d, c.rng, 1, 40)
    paras = list(c.text.paragraphs)
    question = esc(paras[0])
    answer = "".join(f"<p>{esc(p)}</p>" for p in paras[1:])
    if c.rng.random() < 0.5:
        unit = c.rng.choice(["市住建局", "区教育局", "县交通运输局", "市公安局"])
        body = (
            f"{nav(c)}<div class='wz'><h1>{esc(c.text.title)}</h1><table class='info'><tr><td>留言人：{user(c)}</td><td>留言时间：{dash(d, c.rng)}</td></tr>"
            f"<tr><td>留言类型：咨询</td><td>办理状态：已回复</td></tr></table><div class='ask'>{question}</div>"
            f"<div class='reply'><div class='rhead'>回复单位：{unit}　回复时间：{dash(ans, c.rng)}</div><div class='rbody'>{answer}</div></div></div>"
        )
        url = f"http://wz.{host(c).split('.', 1)[1]}/index.php?m=content&c=index&a=show&id={c.rng.randint(100, 99999)}"
    else:
        asked = c.rng.choice(
            [f"{dash(d, c.rng)} 提问", f"提问时间：{dash(d, c.rng)}", f"{user(c)} · {d:%Y-%m-%d}"]
        )
        answered = c.rng.choice(
            [
                f"回答于 {dash(ans, c.rng)}",
                f"{ans:%Y-%m-%d} 回答",
                f"{user(c)} · 回答时间 {ans:%Y-%m-%d %H:%M}",
            ]
        )
        body = (
            f"{nav(c)}<div class='question'><h1>{esc(c.text.title)}</h1><div class='qtime'>{asked}</div><div class='qdesc'>{question}</div></div>"
            f"<div class='best-answer'><div class='ahead'>最佳答案　{answered}</div><div class='acontent'>{answer}</div></div>"
        )
        url = f"https://zhidao.{host(c).split('.', 1)[1]}/question/{c.rng.randint(10**6, 10**9)}.html"
    return url, page(f"{c.text.title}_问答", "", body, "utf-8"), "utf-8", d.date()


def print_page(c: Ctx) -> Made:
    """A print view: 打印时间 (the crawl) above or below the article's own line."""
    d = c.pub
    printed = c.rng.choice(
        [
            f"打印时间：{c.crawl:%Y-%m-%d %H:%M:%S}",
            f"打印日期：{c.crawl.year}年{c.crawl.month}月{c.crawl.day}日",
        ]
    )
    line = c.rng.choice(
        [
            f"发布时间：{dash(d, c.rng)}　来源：{source_word(c)}",
            f"{any_form(d, c.rng)}　{source_word(c)}",
            f"日期：{d:%Y-%m-%d}　作者：{user(c)}",
        ]
    )
    top = c.rng.random() < 0.5
    tools = "<div class='tools'>【<a href='javascript:window.print()'>打印本页</a>】【<a href='javascript:window.close()'>关闭窗口</a>】</div>"
    url_line = f"<div class='url'>本文地址：{plain_url(c)}</div>"
    body = (
        (f"<div class='printinfo'>{printed}</div>" if top else "")
        + f"<h2>{esc(c.text.title)}</h2><div class='info'>{line}</div><div class='content'>{body_html(c)}</div>{url_line}"
        + ("" if top else f"<div class='printinfo'>{printed}</div>")
        + tools
    )
    url = f"http://{host(c)}/" + c.rng.choice(
        [
            f"print.php?id={c.rng.randint(100, 99999)}",
            f"article/print/{c.rng.randint(100, 99999)}",
            f"printpage.asp?ArticleID={c.rng.randint(100, 99999)}",
        ]
    )
    html = page(c.text.title, "", body, "utf-8").replace("<body>", "<body onload='window.print()'>")
    return url, html, "utf-8", d.date()


KINDS5: dict[str, Callable[[Ctx], Made]] = {
    "time_text": time_text,
    "workflow_times": workflow_times,
    "icon_label": icon_label,
    "url_query": url_query,
    "epaper_layout": epaper_layout,
    "split_spans": split_spans,
    "paren_weekday": paren_weekday,
    "site_header": site_header,
    "deadline_notice": deadline_notice,
    "comments_before": comments_before,
    "modified_meta": modified_meta,
    "microdata_nested": microdata_nested,
    "footer_only": footer_only,
    "hk_macau": hk_macau,
    "cn_dateline_noyear": cn_dateline_noyear,
    "video_page": video_page,
    "qa_page": qa_page,
    "print_page": print_page,
}
WAVE = DateWave("date_probe5", "Dates, probe wave 5", WAVE5, KINDS5, FROZEN, PER_KIND)
SEEDS5 = WAVE.seeds
make5 = WAVE.make
pages = WAVE.pages


def main(argv: list[str] | None = None) -> int:
    blurb = f"{PER_KIND // 2} pages a kind a half, {len(KINDS5)} kinds (`bench/date_probe5.py`: written before reading the date code)."
    return WAVE.main(argv, __doc__ or "", TEXTS, blurb)


if __name__ == "__main__":
    sys.exit(main())
