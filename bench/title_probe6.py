# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""Titles, probe wave 6: seventeen more page kinds from real Chinese sites, written before reading the title code.

Usage: ``python -m bench.title_probe6 [--split tune|report|both] [--failures] [--only-ours] [--check]``.

Why a sixth wave: every earlier wave read far lower on its first run (wave 5: 0.852 report) than
after it was tuned on (0.949-0.978). This one draws kinds none of ``bench/title_probe.py``,
``bench/title_probe3.py``, ``bench/title_probe4.py`` and ``bench/title_probe5.py`` draws, on sites of
other provinces and of Taiwan and Hong Kong, and was written and frozen before its author opened the
title extraction code: Founder e-paper article pages whose 引题/主题/副题 sit in ``<founder-introtitle>``/
``<founder-title>``/``<founder-subtitle>`` tags (table cells or h3/h1/h2), ``<title>`` the edition's,
``enpproperty`` on some; e-paper decks whose 主题 is the shortest line, under a long 引题 and over a
long 副题; page 2 or 3 of a paged article (``标题(2)_站`` in ``<title>``, a pager); headlines with a
column word before a ``｜`` (深度｜…, as printed); headlines printed with a media prefix (【视频】, [组图],
图文：); badges of several characters inside the heading element (原创, 独家, 快讯, 置顶); headlines that
are a link (to the page itself, its print view or ``javascript:;``); headlines in ``<dl><dt>``, a
table's ``<th>`` or ``<caption>``; long headlines (30-80 characters) cut with ``...``/``…`` in ``<title>``
and ``og:title``; ``og:title``/``twitter:title``/JSON-LD left over from another article (a stale share
card); headlines printed as an image (``<img alt>``) with a site-wide ``<title>`` or none; Taiwan and
Hong Kong pages in traditional characters, Big5 bytes on most, 「」 quotes, ``【欄目】`` and ``｜`` in
``<title>``; a date/source line and a column label above the headline, a 摘要 box below it; the
headline an ``<h4>``/``<h5>`` among many ``<h2>``/``<h3>`` box titles; live blogs (滚动直播) whose
entries are headed by times; government notices pasted from Word (``MsoNormal``, 方正小标宋 runs
splitting the headline, ``<o:p>``) with no heading and a site-wide ``<title>`` or none; a sticky top
bar holding the headline cut with ``…`` before the real heading.

Truth is the headline as the page prints it. Choices made before measuring: on an e-paper page the
主题 is the headline (引题 and 副题 are not part of it); on page 2 of an article the headline has no
``(2)``; a column word printed before ``｜`` in the heading is part of the headline (the page prints
it so); a media prefix printed before the headline (【视频】, 图文：) says what the page carries, so the
headline with or without it is right (counted, as wave 4's media suffix); a badge element inside the
heading is no part of it; a headline that is an image is its ``alt`` text; on a traditional page the
headline is in traditional characters as printed; a cut copy (``…``) is not the headline.

Texts are the inews BDCI 2019 train records of ``bench/title_probe3.py`` (headlines with no site or
column part); for long headlines, the train records with a 30-80 character headline holding no
site part (no ``_``, ``|``, ``-``, ``...``, ``…``); tune pages draw even records, report pages odd ones. Seeds 11000-11543: 17 kinds, 32
seeds a kind (``11000 + 32 * kind + j``); within a kind the 16 seeds of lower SHA-256
(``title_probe6:<seed>``) are *tune*, the others *report*, decided before anything ran. Right = our
title equals the truth with whitespace ignored and nothing else folded; the table also gives the
share right after NFKC. A page refused as "not an article" is a miss (every page has a main text).
``title_probe6_truth.json`` freezes each seed's split, kind, truth and page hash; ``--check`` says
whether the pages still match it. Baselines: trafilatura's metadata title and GNE's title on the
same pages.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import UTC
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.date_probe import (  # noqa: E402
    BEIJING,
    TEXTS,
    Ctx,
    Text,
    any_form,
    body_html,
    draw_time,
    esc,
    later,
    nav,
    source_word,
    traps,
    user,
)
from bench.probe_harness import (  # noqa: E402
    frozen_rows,
    hash_splits,
)
from bench.title_probe3 import (  # noqa: E402
    COLUMNS,
    Site,
    TitlePage,
    attr,
    crumb,
    draw_text,
    footer,
    header,
    info,
    page,
    proper_title,
    run_probe,
    site_wide,
    squash,
    title_tag,
    url,
    weak,
)

FROZEN = Path(__file__).with_name("title_probe6_truth.json")
WAVE = 11000
PER_KIND = 32  # 16 tune + 16 report

Made = tuple[str, str, str, str]

# Sites of provinces and cities the earlier waves do not draw.
SITES6 = [
    ("中国江西网", "jxnews.com.cn", "江西新闻门户"),
    ("浙江在线", "zjol.com.cn", "浙江第一新闻门户"),
    ("青海新闻网", "qhnews.com", "青海重点新闻网站"),
    ("天山网", "ts.cn", "新疆新闻门户"),
    ("西部网", "cnwest.com", "陕西新闻门户"),
    ("中国吉林网", "chinajilin.com.cn", "吉林新闻门户"),
    ("内蒙古新闻网", "nmgnews.com.cn", "内蒙古重点新闻网站"),
    ("多彩贵州网", "gog.cn", "贵州新闻门户"),
    ("宁夏新闻网", "nxnews.net", "宁夏重点新闻网站"),
    ("安徽网", "ahwang.cn", "新安晚报主办"),
    ("温州网", "66wz.com", "温州日报社主办"),
    ("扬州网", "yznews.com.cn", "扬州日报社主办"),
    ("潍坊新闻网", "wfnews.com.cn", "潍坊日报社主办"),
    ("常德市人民政府", "changde.gov.cn", "门户网站"),
    ("赣州市人民政府", "ganzhou.gov.cn", "门户网站"),
    ("洛阳网", "lyd.com.cn", "洛阳日报社主办"),
]
PAPERS = [
    ("江西日报", "jxrb"),
    ("浙江日报", "zjrb"),
    ("青海日报", "qhrb"),
    ("新疆日报", "xjrb"),
    ("吉林日报", "jlrb"),
    ("贵州日报", "gzrb"),
    ("宁夏日报", "nxrb"),
    ("温州日报", "wzrb"),
    ("扬州日报", "yzrb"),
    ("潍坊日报", "wfrb"),
    ("洛阳日报", "lyrb"),
    ("内蒙古日报", "nmgrb"),
]
EDITIONS = ["要闻", "综合", "经济", "社会", "县域", "文化", "理论", "体育", "民生", "政务"]


def site(c: Ctx) -> Site:
    name, domain, slogan = c.rng.choice(SITES6)
    return Site(name, domain, slogan, c.rng.choice(COLUMNS))


def paras_html(c: Ctx) -> str:
    return body_html(c, quoted=False)


def links(c: Ctx, n: int, cls: str = "") -> str:
    """A list of other headlines as links."""
    return (
        f"<ul class='{cls}'>"
        + "".join(f"<li><a href='/n/{c.rng.randint(10**4, 10**6)}.html'>{esc(x)}</a></li>" for x in c.titles(n))
        + "</ul>"
    )


def article(c: Ctx, s: Site, head_html: str, *, before: str = "", between: str = "", top: str = "", info_html: str | None = None) -> str:
    """Header, breadcrumb, the article block and the usual traps (``top`` goes before the header)."""
    t = traps(c, ("sidebar", "related", "comments"))
    line = info(c) if info_html is None else info_html
    return (
        f"{top}{header(c, s)}{crumb(s)}<div class='main'>{before}<div class='article'>{head_html}{line}{between}"
        f"<div class='content'>{paras_html(c)}</div></div>{t['related']}{t['comments']}</div>"
        f"<div class='side'>{t['sidebar']}</div>{footer(c, s)}"
    )


def strong(c: Ctx, t: str) -> str:
    """The headline in an ``<h1>``/``<h2>`` or a non-heading tag (half each)."""
    if c.rng.random() < 0.5:
        return weak(c, t)
    return c.rng.choice([f"<h1>{t}</h1>", f"<h1 class='article-title'>{t}</h1>", f"<h2 class='title'>{t}</h2>"])


def clause(text: str, rng: random.Random, lo: int = 6, hi: int = 18) -> str:
    """A clause of ``lo``-``hi`` characters of a paragraph, for a 引题 or 副题."""
    parts = [p for p in re.split(r"[，。；！？]", text) if lo <= len(p) <= hi]
    return rng.choice(parts) if parts else text[:hi]


# ---------------------------------------------------------------------------------------------
# Long headlines: their own pool (wave 3's clean pool stops at 36 characters)

LONG_PART = re.compile(r"[_|｜]|-|\.\.\.|…|^[>&]")


@cache
def long_pools() -> tuple[tuple[Text, ...], tuple[Text, ...]]:
    """Train records whose headline has 30-80 characters and no site part, as (even, odd) records."""
    even: list[Text] = []
    odd: list[Text] = []
    with TEXTS.open(encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            row = json.loads(line)
            title = re.sub(r"\s+", " ", row.get("title") or "").strip()
            if not 30 <= len(title) <= 80 or LONG_PART.search(title):
                continue
            paras = [p.strip(" \u3000\t") for p in re.split(r"\\n|\n", row.get("content") or "")]
            paras = [p for p in paras if len(p) >= 20 and "http" not in p and "www." not in p]
            if len(paras) < 3 or not 300 <= sum(map(len, paras)) <= 5000:
                continue
            (even if index % 2 == 0 else odd).append(Text(title, tuple(paras[:12])))
    return tuple(even), tuple(odd)


# ---------------------------------------------------------------------------------------------
# Kinds: each returns (url, html, charset, truth)


def epaper_url(c: Ctx, code: str) -> str:
    n = c.rng.randint(10**5, 10**7)
    return c.rng.choice(
        [
            f"http://epaper.{code}.com.cn/html/{c.pub:%Y-%m/%d}/content_{n}.htm",
            f"http://szb.{code}.cn/{code}/html/{c.pub:%Y-%m/%d}/content_{n}.htm",
            f"http://paper.{code}.com/html/{c.pub:%Y-%m/%d}/content_{n}.htm?div=-1",
        ]
    )


def edition_nav(c: Ctx, paper: str) -> str:
    """The edition list and this edition's title list, as Founder e-papers print them beside the article."""
    eds = "".join(f"<tr><td><a href='node_{i + 2}.htm'>第{i + 1:02d}版：{e}</a></td></tr>" for i, e in enumerate(c.rng.sample(EDITIONS, 6)))
    titles = "".join(f"<tr><td><div id='mp{c.rng.randint(10**5, 10**6)}'><a href='content_{c.rng.randint(10**5, 10**6)}.htm'>{esc(x)}</a></div></td></tr>" for x in c.titles(5))
    return f"<table class='ban'><tr><td class='px12'>版面导航</td></tr>{eds}</table><table class='list'><tr><td class='px12'>标题导航</td></tr>{titles}</table>"


def founder_epaper(c: Ctx) -> Made:
    """A Founder e-paper article page: 引题/主题/副题 in ``<founder-…>`` tags (table cells or h3/h1/h2), ``<title>`` the edition's."""
    t = c.text.title
    paper, code = c.rng.choice(PAPERS)
    lead = clause(c.text.paragraphs[0], c.rng) if c.rng.random() < 0.7 else ""
    sub = clause(c.text.paragraphs[-1], c.rng) if c.rng.random() < 0.6 else ""
    ed, ed_name = c.rng.randint(1, 16), c.rng.choice(EDITIONS)
    who = f"本报记者 {user(c)}" if c.rng.random() < 0.5 else ""
    text = "".join(f"<P>{esc(p)}</P>" for p in c.text.paragraphs)
    if c.rng.random() < 0.5:
        deck = (
            f"<table width='100%' border='0' cellspacing='0' cellpadding='0'>"
            f"<tr><td align='center' class='font02' style='padding-top:10px;'><founder-introtitle>{esc(lead)}</founder-introtitle></td></tr>"
            f"<tr><td align='center' class='font01' style='padding:5px 0;'><founder-title>{esc(t)}</founder-title></td></tr>"
            f"<tr><td align='center' class='font02'><founder-subtitle>{esc(sub)}</founder-subtitle></td></tr>"
            f"<tr><td align='center' class='font02'><founder-author>{esc(who)}</founder-author></td></tr>"
            f"<tr><td><div id='ozoom' style='zoom:100%'><founder-content>{text}</founder-content></div></td></tr></table>"
        )
    else:
        deck = (
            f"<div class='detail'><h3><founder-introtitle>{esc(lead)}</founder-introtitle></h3><h1><founder-title>{esc(t)}</founder-title></h1>"
            f"<h2><founder-subtitle>{esc(sub)}</founder-subtitle></h2><h4><founder-author>{esc(who)}</founder-author></h4>"
            f"<div id='ozoom'><founder-content>{text}</founder-content></div></div>"
        )
    dateline = f"<table><tr><td class='default'>{paper} {c.pub.year}年{c.pub.month:02d}月{c.pub.day:02d}日 第{ed:02d}版：{ed_name}</td></tr></table>"
    metas = ""
    if c.rng.random() < 0.5:
        metas = (
            f'<meta name="enpproperty" content="<articleid>{c.rng.randint(10**5, 10**7)}</articleid><date>{c.pub:%Y-%m-%d}</date><author>{attr(who)}</author>'
            f'<title>{attr(t)}</title><keyword></keyword><subtitle>{attr(sub)}</subtitle><introtitle>{attr(lead)}</introtitle><siteid>1</siteid>'
            f'<nodeid>{ed + 1}</nodeid><nodename>{ed_name}</nodename><nodesearchname></nodesearchname>"/>'
        )
    title = c.rng.choice([f"{paper}数字报-第{ed:02d}版:{ed_name}", paper, f"{paper}电子版", f"{paper}-{c.pub:%Y年%m月%d日}", f"{paper}数字报"])
    body = f"<table width='1000' align='center'><tr><td width='300' valign='top'>{edition_nav(c, paper)}</td><td valign='top'>{dateline}{deck}</td></tr></table>"
    return epaper_url(c, code), page(title, metas, body), "utf-8", t


def epaper_short_main(c: Ctx) -> Made:
    """An e-paper deck whose 主题 is its shortest line: a long 引题 above, a long 副题 below, classed ``<p>``s or h2/h1/h2."""
    c.text = draw_text(c, lambda x: len(x) <= 12)
    t = c.text.title
    paper, code = c.rng.choice(PAPERS)
    lead = clause(c.text.paragraphs[0], c.rng, 13, 26)
    sub = clause(c.text.paragraphs[-1], c.rng, 13, 26)
    which = c.rng.choice(["both", "both", "lead", "sub"])
    lead_on, sub_on = which in ("both", "lead"), which in ("both", "sub")
    if c.rng.random() < 0.5:
        deck = (
            (f"<p class='yt' style='font-size:16px'>{esc(lead)}</p>" if lead_on else "")
            + f"<p class='zt' style='font-size:26px;font-weight:bold'>{esc(t)}</p>"
            + (f"<p class='ft' style='font-size:16px'>——{esc(sub)}</p>" if sub_on else "")
        )
    else:
        deck = (f"<h2 class='pre'>{esc(lead)}</h2>" if lead_on else "") + f"<h1>{esc(t)}</h1>" + (f"<h2 class='sub'>{esc(sub)}</h2>" if sub_on else "")
    ed, ed_name = c.rng.randint(1, 16), c.rng.choice(EDITIONS)
    who = f"<p class='author'>本报记者 {user(c)}</p>" if c.rng.random() < 0.6 else ""
    text = "".join(f"<p>　　{esc(p)}</p>" for p in c.text.paragraphs)
    body = (
        f"<div class='header'><span class='paper'>{paper}</span> <span class='date'>{c.pub.year}年{c.pub.month}月{c.pub.day}日</span></div>"
        f"<div class='left'>{edition_nav(c, paper)}</div><div class='right'><div class='bm'>第{ed:02d}版：{ed_name}</div>"
        f"<div class='article'><div class='title'>{deck}</div>{who}<div class='content' id='ozoom'>{text}</div></div></div>"
    )
    title = c.rng.choice([f"{paper}-第{ed:02d}版:{ed_name}", f"{paper}数字报", paper, f"{paper}电子版 {c.pub:%Y-%m-%d}"])
    return epaper_url(c, code), page(title, "", body), "utf-8", t


def paged_article(c: Ctx) -> Made:
    """Page 2 or 3 of a paged article: ``标题(2)_站`` in ``<title>``, the text's later paragraphs, a pager."""
    s, t = site(c), c.text.title
    total = c.rng.randint(2, 4)
    n = c.rng.randint(2, total)
    paras = list(c.text.paragraphs)
    share = max(1, len(paras) // total)
    part = paras[(n - 1) * share :] if n == total else paras[(n - 1) * share : n * share]
    if len(part) < 2:
        part = paras[-2:]
    c.text = Text(t, tuple(part))
    pager = "".join(f"<a href='{c.rng.randint(10**4, 10**6)}_{i}.html'>{i}</a>" if i != n else f"<span class='cur'>{i}</span>" for i in range(1, total + 1))
    pager = f"<div class='page'><a href='#'>上一页</a>{pager}<a href='#'>下一页</a></div>"
    title = c.rng.choice([f"{t}({n})_{s.name}", f"{t}({n})_{s.column}_{s.name}", f"{t}_第{n}页_{s.name}", f"{t}(第{n}页)-{s.name}", f"{t} - 第{n}页 - {s.name}"])
    metas = f'<meta property="og:title" content="{attr(t)}">' if c.rng.random() < 0.3 else ""
    between = f"<div class='pages-note'>本文共{total}页</div>" if c.rng.random() < 0.4 else ""
    html = article(c, s, strong(c, esc(t)), between=between)
    html = html.replace("</div></div>", f"</div>{pager}</div>", 1)
    link = url(c, s)
    link = re.sub(r"(\.s?html?)$", rf"_{n}\1", link) if re.search(r"\.s?html?$", link) else f"{link}&page={n}"
    return link, page(title, metas, html), "utf-8", t


PIPE_WORDS = ["独家", "深度", "重磅", "聚焦", "关注", "观察", "快评", "调查", "特写", "追踪", "权威发布", "一线"]


def pipe_prefix(c: Ctx) -> Made:
    """A headline printed with a column word before ``｜`` (深度｜…); ``<title>``/og:title copy it with the site's name."""
    s = site(c)
    word = c.rng.choice(PIPE_WORDS)
    bar = c.rng.choice(["｜", "|", " | ", "丨"])
    t = f"{word}{bar}{c.text.title}"
    metas = f'<meta property="og:title" content="{attr(t)}">' if c.rng.random() < 0.4 else ""
    title = c.rng.choice([f"{t}_{s.name}", f"{t} - {s.name}", f"{t}_{s.column}_{s.name}", t, site_wide(c, s)])
    return url(c, s), page(title, metas, article(c, s, strong(c, esc(t)))), "utf-8", t


MEDIA_PREFIXES = ["【视频】", "[视频]", "【组图】", "[组图]", "图文：", "视频：", "【图文】", "组图："]


def media_prefix(c: Ctx) -> Made:
    """A headline printed with a media prefix (【视频】, [组图], 图文：); ``<title>`` with it on most."""
    s, t = site(c), c.text.title
    flag = c.rng.choice(MEDIA_PREFIXES)
    shown = flag + t
    title = c.rng.choice([f"{shown}_{s.name}", f"{shown} - {s.column} - {s.name}", f"{t}_{s.name}", shown, None])
    video = ""
    if "视频" in flag:
        video = f"<div class='video'><video src='/video/{c.rng.randint(10**5, 10**7)}.mp4' controls poster='/video/p.jpg'></video></div>"
    return url(c, s), page(title, "", article(c, s, strong(c, esc(shown)), between=video)), "utf-8", t


def media_graded(p: TitlePage, got: str | None) -> str | None:
    """A title keeping the printed media prefix counts as the headline (the choice made before measuring)."""
    if got is not None and p.kind == "media_prefix" and any(squash(got) == squash(f + p.truth) for f in MEDIA_PREFIXES):
        return p.truth
    return got


def label_badge(c: Ctx) -> Made:
    """A badge of two or more characters inside the heading element (原创, 独家, 快讯, 置顶), before or after the headline."""
    s, t = site(c), c.text.title
    word = c.rng.choice(["原创", "独家", "快讯", "置顶", "推荐", "头条", "最新", "热点", "NEW"])
    badge = c.rng.choice(
        [
            f"<span class='tag'>{word}</span>",
            f"<em class='label label-red'>{word}</em>",
            f"<i class='badge'>{word}</i>",
            f"<span class='icon-{c.rng.choice(['yc', 'dj', 'kx'])}'>[{word}]</span>",
        ]
    )
    inner = f"{badge}{esc(t)}" if c.rng.random() < 0.75 else f"{esc(t)}{badge}"
    tag = c.rng.choice(["h1", "h1 class='title'", "h2", "div class='title'", "div class='art-title'"])
    head_html = f"<{tag}>{inner}</{tag.split()[0]}>"
    return url(c, s), page(title_tag(c, s, t), "", article(c, s, head_html)), "utf-8", t


def self_link(c: Ctx) -> Made:
    """The headline is a link: to the page itself, its print view or ``javascript:;``, inside a heading, a div or a cell."""
    s, t = site(c), c.text.title
    link = url(c, s)
    href = c.rng.choice([link, link.replace("http://", "https://"), "javascript:;", "#", f"/print.php?url={link}"])
    a = f"<a href='{href}' target='_blank' title='{attr(t)}'>{esc(t)}</a>" if c.rng.random() < 0.5 else f"<a href='{href}'>{esc(t)}</a>"
    head_html = c.rng.choice(
        [
            f"<h1>{a}</h1>",
            f"<h2 class='tit'>{a}</h2>",
            f"<div class='title'>{a}</div>",
            f"<table width='100%'><tr><td class='bt' align='center'>{a}</td></tr></table>",
            f"<p class='biaoti'><strong>{a}</strong></p>",
        ]
    )
    return link, page(title_tag(c, s, t), "", article(c, s, head_html)), "utf-8", t


def list_markup(c: Ctx) -> Made:
    """The headline in a ``<dl><dt>``, a table's ``<th>`` or ``<caption>``; the info line and text in the same list or table."""
    s, t = site(c), c.text.title
    line = any_form(c.pub, c.rng)
    shape = c.rng.choice(["dl", "th", "caption"])
    if shape == "dl":
        block = f"<dl class='detail'><dt>{esc(t)}</dt><dd class='info'>发布时间：{line}　来源：{source_word(c)}</dd><dd class='content'>{paras_html(c)}</dd></dl>"
    elif shape == "th":
        block = (
            f"<table class='article' width='100%'><thead><tr><th>{esc(t)}</th></tr></thead><tbody><tr><td class='info'>{line}　来源：{source_word(c)}</td></tr>"
            f"<tr><td class='content'>{paras_html(c)}</td></tr></tbody></table>"
        )
    else:
        block = (
            f"<table class='article' width='100%'><caption>{esc(t)}</caption><tr><td class='info'>{line}　来源：{source_word(c)}</td></tr>"
            f"<tr><td class='content'>{paras_html(c)}</td></tr></table>"
        )
    tr = traps(c, ("sidebar", "related"))
    body = f"{header(c, s)}{crumb(s)}<div class='main'>{block}{tr['related']}</div><div class='side'>{tr['sidebar']}</div>{footer(c, s)}"
    return url(c, s), page(title_tag(c, s, t), "", body), "utf-8", t


def cut(t: str, rng: random.Random) -> str:
    k = rng.randint(16, min(28, len(t) - 4))
    return t[:k] + rng.choice(["...", "…", "……"])


def long_headline(c: Ctx) -> Made:
    """A long headline (30-80 characters) printed whole; ``<title>`` and og:title cut with ``...``/``…`` on most."""
    s = site(c)
    even, odd = long_pools()
    c.text = c.rng.choice(even if c.split == "tune" else odd)
    t = c.text.title
    short = cut(t, c.rng)
    title = c.rng.choice([f"{short}_{s.name}", f"{short} - {s.column} - {s.name}", short, f"{t}_{s.name}", None])
    metas = f'<meta property="og:title" content="{attr(cut(t, c.rng))}">' if c.rng.random() < 0.4 else ""
    if c.rng.random() < 0.3:
        metas += f'<meta name="description" content="{attr(c.text.paragraphs[0][:80])}">'
    return url(c, s), page(title, metas, article(c, s, strong(c, esc(t)))), "utf-8", t


def stale_og(c: Ctx) -> Made:
    """``og:title``/``twitter:title``/``name=title``/JSON-LD left over from another article (a stale share card)."""
    s, t = site(c), c.text.title
    other = draw_text(c, lambda x: x != t).title
    where = c.rng.choice(["og", "og+twitter", "name", "ld", "all"])
    metas = ""
    if where in ("og", "og+twitter", "all"):
        metas += f'<meta property="og:title" content="{attr(other)}"><meta property="og:type" content="article">'
    if where in ("og+twitter", "all"):
        metas += f'<meta name="twitter:title" content="{attr(other)}"><meta name="twitter:card" content="summary">'
    if where in ("name", "all"):
        metas += f'<meta name="title" content="{attr(other)}">'
    if where in ("ld", "all"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": other, "datePublished": f"{c.pub:%Y-%m-%dT%H:%M:%S}+08:00"}
        metas += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    shape = c.rng.random()
    title = proper_title(c, s, t) if shape < 0.6 else (site_wide(c, s) if shape < 0.8 else None)
    return url(c, s), page(title, metas, article(c, s, strong(c, esc(t)))), "utf-8", t


def image_headline(c: Ctx) -> Made:
    """The headline printed as an image (``<img alt>``); ``<title>`` site-wide, absent or the page's own."""
    s, t = site(c), c.text.title
    src = f"/uploadfiles/title/{c.pub:%Y%m}/{c.rng.randint(10**5, 10**7)}.{c.rng.choice(['png', 'jpg', 'gif'])}"
    img = f"<img src='{src}' alt='{attr(t)}'" + (f" title='{attr(t)}'" if c.rng.random() < 0.4 else "") + " border='0'>"
    head_html = c.rng.choice(
        [
            f"<div class='title'>{img}</div>",
            f"<h1>{img}</h1>",
            f"<table width='100%'><tr><td align='center'>{img}</td></tr></table>",
            f"<p align='center'>{img}</p>",
        ]
    )
    shape = c.rng.random()
    title = site_wide(c, s) if shape < 0.5 else (None if shape < 0.7 else proper_title(c, s, t))
    return url(c, s), page(title, "", article(c, s, head_html)), "utf-8", t


TW_SITES = [
    ("自由時報電子報", "news.ltn.com.tw", "tw"),
    ("聯合新聞網", "udn.com", "tw"),
    ("中時新聞網", "www.chinatimes.com", "tw"),
    ("中央社 CNA", "www.cna.com.tw", "tw"),
    ("星島日報", "std.stheadline.com", "hk"),
    ("東方日報", "orientaldaily.on.cc", "hk"),
    ("明報新聞網", "news.mingpao.com", "hk"),
    ("香港01", "www.hk01.com", "hk"),
]
TW_COLUMNS = ["社會", "生活", "政治", "地方", "兩岸", "港聞", "國際", "財經"]


@cache
def converter(to: str) -> Callable[[str], str]:
    from opencc import OpenCC

    return OpenCC("s2tw" if to == "tw" else "s2hk").convert


def traditional(c: Ctx) -> Made:
    """A Taiwan or Hong Kong page in traditional characters: Big5 bytes on most, 「」 quotes, ``【欄目】``/``｜`` in ``<title>``."""
    name, host_name, region = c.rng.choice(TW_SITES)
    conv = converter(region)
    col = c.rng.choice(TW_COLUMNS)
    t = conv(c.text.title).replace("“", "「").replace("”", "」")
    c.text = Text(t, tuple(conv(p).replace("“", "「").replace("”", "」") for p in c.text.paragraphs))
    others = [conv(x) for x in c.titles(5)]
    big5 = c.rng.random() < 0.7
    charset = "big5" if big5 else "utf-8"
    head_html = c.rng.choice(
        [
            f"<div class='story_art_title'><h1>{esc(t)}</h1></div>",
            f"<h1 class='headline'>{esc(t)}</h1>",
            f"<div class='whitecon articlebody'><h1>{esc(t)}</h1></div>",
            f"<div class='centerheadline'><h1 class='title'>{esc(t)}</h1></div>",
        ]
    )
    stamp = f"{c.pub:%Y/%m/%d %H:%M}"
    line = c.rng.choice([f"<div class='time'>{stamp}</div>", f"<span class='date'>{c.pub.year}年{c.pub.month}月{c.pub.day}日 {c.pub:%H:%M}</span>", f"<div class='updatetime'>更新時間：{stamp}</div>"])
    text = "".join(f"<p>{esc(p)}</p>" for p in c.text.paragraphs)
    more = "<div class='related'><h3>相關新聞</h3><ul>" + "".join(f"<li><a href='/news/{c.rng.randint(10**6, 10**7)}'>{esc(x)}</a></li>" for x in others) + "</ul></div>"
    menu = "<div class='nav'>" + " ".join(f"<a href='/list/{x}'>{x}</a>" for x in TW_COLUMNS) + "</div>"
    body = f"<div class='header'><a href='/'><img src='/logo.png' alt='{name}'></a>{menu}</div><div class='main'>{head_html}{line}<div class='text'>{text}</div>{more}</div><div class='footer'>{name} 版權所有 不得轉載</div>"
    title = c.rng.choice([f"{t} - {col} - {name}", f"{t} | {name}", f"【{col}】{t}｜{name}", f"{t}｜{name}", f"{t} - {name}"])
    metas = f'<meta property="og:title" content="{attr(title if c.rng.random() < 0.5 else t)}">' if c.rng.random() < 0.5 else ""
    html = (
        f"<!DOCTYPE html><html lang='zh-{'TW' if region == 'tw' else 'HK'}'><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
        f"<title>{esc(title)}</title>{metas}</head><body>{body}</body></html>"
    )
    link = f"https://{host_name}/news/{col}/{c.pub:%Y%m%d}/{c.rng.randint(10**6, 10**7)}"
    return link, html, "big5" if big5 else "utf-8", t


def info_above(c: Ctx) -> Made:
    """The date/source line and a column label above the headline (a weak tag or ``<h2>``); a 摘要 box below it."""
    s, t = site(c), c.text.title
    d = any_form(c.pub, c.rng)
    line = c.rng.choice(
        [
            f"<div class='info'><span class='lm'>{s.column}</span> {d}　来源：{source_word(c)}</div>",
            f"<p class='meta'>{d} | {source_word(c)} | 编辑：{user(c)}</p>",
            f"<div class='tag-line'><a href='/{s.column}/'>{s.column}</a><span>{d}</span></div>",
        ]
    )
    summary = ""
    if c.rng.random() < 0.6:
        summary = f"<div class='summary'><b>{c.rng.choice(['摘要：', '【摘要】', '导读：'])}</b>{esc(c.text.paragraphs[0][:60])}</div>"
    head_html = c.rng.choice([f"<h2>{esc(t)}</h2>", weak(c, esc(t)), f"<div class='hd'><h3>{esc(t)}</h3></div>"])
    return url(c, s), page(title_tag(c, s, t), "", article(c, s, line + head_html + summary, info_html="")), "utf-8", t


def low_heading(c: Ctx) -> Made:
    """The headline an ``<h4>``/``<h5>``/``<h6>`` among many boxes titled by ``<h2>``/``<h3>`` before and after it."""
    s, t = site(c), c.text.title

    def box() -> str:
        name = c.rng.choice(["最新动态", "图片新闻", "专题专栏", "热点推荐", "便民服务", "媒体聚焦", "部门动态", "视频新闻"])
        tag = c.rng.choice(["h2", "h3"])
        return f"<div class='box'><{tag} class='box-title'>{name}</{tag}>{links(c, 4)}</div>"

    before = "".join(box() for _ in range(c.rng.randint(1, 3)))
    after = "".join(box() for _ in range(c.rng.randint(2, 4)))
    tag = c.rng.choice(["h4", "h5", "h6", "h4 class='title'"])
    head_html = f"<{tag}>{esc(t)}</{tag.split()[0]}>"
    body = (
        f"{header(c, s)}{crumb(s)}<div class='left'>{before}</div><div class='main'><div class='article'>{head_html}{info(c)}"
        f"<div class='content'>{paras_html(c)}</div></div></div><div class='right'>{after}</div>{footer(c, s)}"
    )
    return url(c, s), page(title_tag(c, s, t), "", body), "utf-8", t


def live_blog(c: Ctx) -> Made:
    """A live blog (滚动直播): a status badge, entries headed by times (``<h3>``/``<strong>``), newest first."""
    s, t = site(c), c.text.title
    times = sorted((later(c.pub, c.rng, 1, 30) for _ in c.text.paragraphs), reverse=True)
    tag = c.rng.choice(["h3", "h4", "strong"])
    entries = "".join(
        f"<div class='live-item'><{tag} class='live-time'>{when:%H:%M}</{tag}><p>{esc(p)}</p></div>" for when, p in zip(times, c.text.paragraphs, strict=True)
    )
    status = c.rng.choice(["直播中", "直播已结束", "图文直播", "正在直播"])
    head_html = c.rng.choice([f"<h1>{esc(t)}</h1>", f"<div class='live-title'>{esc(t)}</div>", f"<h2 class='title'>{esc(t)}</h2>"])
    top = f"<div class='live-head'><span class='status'>{status}</span>{head_html}<div class='live-info'>{any_form(c.pub, c.rng)}　主持人：{user(c)}</div>"
    top += "<div class='refresh'><a href='javascript:;'>刷新</a> <label><input type='checkbox' checked>自动刷新</label></div></div>"
    body = f"{header(c, s)}{crumb(s, '直播')}<div class='main'>{top}<div class='live-list'>{entries}</div></div><div class='side'>{links(c, 5)}</div>{footer(c, s)}"
    title = c.rng.choice([f"{t}_图文直播_{s.name}", f"{t}_{s.name}", f"直播_{s.name}", title_tag(c, s, t)])
    return url(c, s).replace("news.", "live.", 1), page(title, "", body), "utf-8", t


def word_paste(c: Ctx) -> Made:
    """A government notice pasted from Word: no heading, the headline a centred ``MsoNormal`` paragraph split into 方正小标宋 runs."""
    s, t = site(c), c.text.title
    cuts = sorted(c.rng.sample(range(1, len(t)), k=min(len(t) - 1, c.rng.randint(0, 3))))
    runs = [t[a:b] for a, b in zip([0, *cuts], [*cuts, len(t)], strict=True)]
    big = "font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体"
    head = "".join(
        f"<span lang='EN-US' style='{big}'>{esc(r)}</span>" if c.rng.random() < 0.3 else f"<span style='{big}'>{esc(r)}</span>" for r in runs
    )
    if c.rng.random() < 0.5:
        head = f"<b>{head}</b>"
    first = f"<p class='MsoNormal' align='center' style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>{head}<span lang='EN-US' style='{big}'><o:p></o:p></span></p>"
    blank = "<p class='MsoNormal'><span lang='EN-US' style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>"
    text = "".join(
        f"<p class='MsoNormal' style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{esc(p)}</span></p>" for p in c.text.paragraphs
    )
    sign = f"<p class='MsoNormal' align='right' style='text-align:right'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{s.name.replace('人民政府', '')}办公室</span></p>"
    gov = s.name if s.name.endswith("政府") else "市人民政府"
    label = f"<div class='lm'>{c.rng.choice(['通知公告', '政务公开', '政策文件', '工作动态'])}</div>"
    shown = f"<div class='info'>发布时间：{any_form(c.pub, c.rng)}　来源：{gov}办公室</div>" if c.rng.random() < 0.5 else ""
    body = (
        f"<div class='top'>{gov}门户网站</div>{nav(c)}{crumb(s)}{label}<div class='zw'>{shown}<div class='TRS_Editor'><div class='Section0'>{first}{blank}{text}{sign}</div></div></div>"
        f"<div class='footer'>主办：{gov}办公室</div>"
    )
    title = c.rng.choice([site_wide(c, s), None, f"通知公告_{gov}", f"{gov}门户网站", "无标题文档"])
    html = page(title, "<meta name='Generator' content='Microsoft Word 15'>", body, "utf-8")
    link = f"http://www.{s.domain}/art/{c.pub:%Y/%m/%d}/art_{c.rng.randint(100, 9999)}_{c.rng.randint(10**5, 10**7)}.html"
    return link, html, "utf-8", t


def sticky_bar(c: Ctx) -> Made:
    """A sticky top bar holding the headline cut with ``…`` (正在阅读：…) before the real heading; a share bar beside it."""
    s = site(c)
    c.text = draw_text(c, lambda x: len(x) >= 14)
    t = c.text.title
    k = c.rng.randint(8, len(t) - 3)
    shown = t[:k] + c.rng.choice(["…", "...", "……"])
    bar = c.rng.choice(
        [
            f"<div class='fixed-bar'><span class='bar-title'>{esc(shown)}</span><a class='share'>分享</a></div>",
            f"<div class='sticky-header'><span>正在阅读：</span><span class='read-title'>{esc(shown)}</span></div>",
            f"<div id='topTitle' class='top-title'><h2>{esc(shown)}</h2></div>",
        ]
    )
    return url(c, s), page(title_tag(c, s, t), "", article(c, s, strong(c, esc(t)), top=bar)), "utf-8", t


KINDS: dict[str, Callable[[Ctx], Made]] = {
    "founder_epaper": founder_epaper,
    "epaper_short_main": epaper_short_main,
    "paged_article": paged_article,
    "pipe_prefix": pipe_prefix,
    "media_prefix": media_prefix,
    "label_badge": label_badge,
    "self_link": self_link,
    "list_markup": list_markup,
    "long_headline": long_headline,
    "stale_og": stale_og,
    "image_headline": image_headline,
    "traditional": traditional,
    "info_above": info_above,
    "low_heading": low_heading,
    "live_blog": live_blog,
    "word_paste": word_paste,
    "sticky_bar": sticky_bar,
}
SEEDS = range(WAVE, WAVE + PER_KIND * len(KINDS))


# ---------------------------------------------------------------------------------------------
# Pages, splits, scoring


@cache
def splits() -> dict[int, str]:
    """Each seed's half: within a kind, the 16 seeds of lower SHA-256 (``title_probe6:<seed>``) are tune."""
    return hash_splits("title_probe6", WAVE, len(KINDS), PER_KIND)


def make(seed: int) -> TitlePage:
    """Generate the page of one seed."""
    rng = random.Random(f"title_probe6:{seed}")
    split = splits()[seed]
    kind = list(KINDS)[(seed - WAVE) // PER_KIND]
    pub = draw_time(rng, 2004, 2021)
    crawl = later(pub, rng, 3, 2000).replace(second=0)
    c = Ctx(rng, split, Text("", ()), pub, crawl)
    c.text = draw_text(c)
    link, html, codec, truth = KINDS[kind](c)
    fetched = c.crawl.replace(tzinfo=BEIJING).astimezone(UTC)
    return TitlePage(seed, kind, split, link, html.encode(codec, "xmlcharrefreplace"), fetched, truth)


def pages(split: str) -> list[TitlePage]:
    return [make(s) for s in SEEDS if splits()[s] == split]


def main(argv: list[str] | None = None) -> int:
    return run_probe(
        argv, __doc__ or "", "Titles, probe wave 6", "bench/title_probe6.py", KINDS, PER_KIND, pages,
        lambda: (TEXTS, FROZEN, lambda: frozen_rows(SEEDS, make)), kind_width=18, grade=media_graded,
    )


if __name__ == "__main__":
    sys.exit(main())
