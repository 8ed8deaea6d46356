# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""Titles, probe wave 7: sixteen more page kinds from real Chinese sites, written before reading the title code.

Usage: ``python -m bench.title_probe7 [--split tune|report|both] [--failures] [--only-ours] [--check]``.

Why a seventh wave: every earlier wave read far lower on its first run (wave 5: 0.852, wave 6: 0.849
report) than after it was tuned on (0.95-0.99). This one draws kinds none of waves 1 and 3-6 draws, on
sites of other provinces, and was written and frozen before its author opened the title extraction
code: live-stream room pages (``<title>`` and an ``<h1>`` the room's name, the live event's headline
under the player beside a 直播中/回放 badge, a chat and a replay list); reprints whose text opens (or
ends) with ``原标题：…`` or ``原文标题：《…》``, bold on some; a 副题 inside the headline's element
(``<h1>主题<small>副题</small>``, ``<span class=subtitle>——副题``, ``<hgroup>`` h1+h2, an 引题 ``<h2>`` in
the same ``<header>`` before the ``<h1>``); ``<title>`` with separators earlier waves lack (``·``, ``—``,
``::``, ``»``, ``/``, ``【站】``, ``站(域名)``, ``正文``/``详细内容`` words, newlines) and no in-page heading on
most; SEO ``<title>``/``og:title`` stuffed with keywords around the headline; ``<title>``/``og:title``
escaped twice by the CMS (``&amp;ldquo;``, ``&amp;quot;``) over a heading printed right; short headlines
(2-8 characters: THUCNews headlines and notices such as 停电通知, letter-spaced on some); WAP pages
(XHTML Mobile DTD, ``<p>``/``<br/>`` only, ``<title>`` the site's 手机版, the headline a ``<b>`` or the
first line of a paragraph); a box caption (正文, 新闻详情, 信息内容) as the article box's ``<h1>``/``<h2>``
over a weaker headline; headlines with a hyphen inside (``70-119平米``, ``DSC-T110``: THUCNews) under
``<title>``s that use ``-`` as the site separator; unrendered client templates (``{{ article.title }}``,
``${title}``) in the ``<h1>``; CMS comment markers, anti-scraping hidden spans (``display:none``) and
zero-width characters inside the heading; ASP.NET/JSP pages with a default ``<title>`` (无标题页,
Untitled Page, Insert title here) and the headline in a ``<span id=lblTitle>`` (or a read-only
``<input>``) beside ``__VIEWSTATE``; 专题 pages whose banner ``<h1>`` is the topic's headline-like name;
7x24 flash pages whose headline is the bracketed lead of the text (``【…】新华社3月5日电，…``) with a
generic ``<title>`` on most; red-header government documents (``××市人民政府办公室文件`` in big red type,
then the 文号, then the document's title).

Truth is the headline as the page prints it. Choices made before measuring: a room name is no
headline; a 原标题 is not the page's headline; a 副题 or 引题 is no part of it; a box caption is not the
headline; a hidden span, a comment and a zero-width character are no part of it; an unrendered template
is never a title; a flash's bracketed lead is its headline, with or without its 【】 (counted); a red
header and a 文号 are no part of a document's title.

Texts are the inews BDCI 2019 train records of ``bench/title_probe3.py`` (headlines with no site or
column part); the short and hyphen kinds take THUCNews headlines (``dev.txt`` for tune pages,
``test.txt`` for report pages) over an inews text of the same half (so those texts do not echo their
headline); the red-header kind builds ``关于…的通知`` titles from two halves of a list of real topics.
Tune pages draw even records, report pages odd ones. Seeds 13000-13511: 16 kinds, 32 seeds a kind
(``13000 + 32 * kind + j``); within a kind the 16 seeds of lower SHA-256 (``title_probe7:<seed>``) are
*tune*, the others *report*, decided before anything ran. Right = our title equals the truth with
whitespace ignored and nothing else folded; the table also gives the share right after NFKC. A page
refused as "not an article" is a miss (every page has a main text). ``title_probe7_truth.json``
freezes each seed's split, kind, truth and page hash; ``--check`` says whether the pages still match it.
Baselines: trafilatura's metadata title and GNE's title on the same pages.
"""

from __future__ import annotations

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
    DATA,
    TEXTS,
    Ctx,
    Text,
    any_form,
    draw_time,
    esc,
    later,
    source_word,
    traps,
    user,
)
from bench.probe_harness import frozen_rows, hash_splits  # noqa: E402
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
from bench.title_probe6 import clause, links, paras_html, strong  # noqa: E402

FROZEN = Path(__file__).with_name("title_probe7_truth.json")
WAVE = 13000
PER_KIND = 32  # 16 tune + 16 report
THUC = DATA / "thucnews-titles"

Made = tuple[str, str, str, str]

# Sites of provinces and cities the earlier waves do not draw.
SITES7 = [
    ("南方网", "southcn.com", "广东新闻门户"),
    ("东北网", "dbw.cn", "黑龙江新闻门户"),
    ("四川新闻网", "newssc.org", "四川第一新闻门户"),
    ("东南网", "fjsen.com", "福建新闻门户"),
    ("广西新闻网", "gxnews.com.cn", "广西新闻门户"),
    ("云南网", "yunnan.cn", "云南第一新闻门户"),
    ("大众网", "dzwww.com", "山东新闻门户"),
    ("河北新闻网", "hebnews.cn", "河北第一新闻门户"),
    ("山西新闻网", "sxrb.com", "山西日报主办"),
    ("中国甘肃网", "gscn.com.cn", "甘肃新闻门户"),
    ("北国网", "lnd.com.cn", "辽宁新闻门户"),
    ("中国西藏网", "tibet.cn", "西藏新闻门户"),
    ("绍兴网", "shaoxing.com.cn", "绍兴日报社主办"),
    ("柳州新闻网", "lznews.gov.cn", "柳州日报社主办"),
    ("襄阳市人民政府", "xiangyang.gov.cn", "门户网站"),
    ("泉州市人民政府", "quanzhou.gov.cn", "门户网站"),
]
CITIES = ["广州", "哈尔滨", "成都", "福州", "南宁", "昆明", "济南", "石家庄", "太原", "兰州", "沈阳", "拉萨", "绍兴", "柳州", "襄阳", "泉州"]


def site(c: Ctx) -> Site:
    name, domain, slogan = c.rng.choice(SITES7)
    return Site(name, domain, slogan, c.rng.choice(COLUMNS))


def article(c: Ctx, s: Site, head_html: str, *, before: str = "", between: str = "", first: str = "", last: str = "", info_html: str | None = None) -> str:
    """Header, breadcrumb, the article block and the usual traps; ``first``/``last`` open/close the text."""
    t = traps(c, ("sidebar", "related", "comments"))
    line = info(c) if info_html is None else info_html
    return (
        f"{header(c, s)}{crumb(s)}<div class='main'>{before}<div class='article'>{head_html}{line}{between}"
        f"<div class='content'>{first}{paras_html(c)}{last}</div></div>{t['related']}{t['comments']}</div>"
        f"<div class='side'>{t['sidebar']}</div>{footer(c, s)}"
    )


# ---------------------------------------------------------------------------------------------
# THUCNews headlines (short ones, ones with a hyphen inside), by half


MEDIA_FLAG = re.compile(r"[(（\[【](组?图|视频|多图|图文)[)）\]】]")


@cache
def thuc_titles(split: str) -> tuple[str, ...]:
    """THUCNews headlines of the half (dev.txt for tune pages, test.txt for report pages), less those
    ending with a media flag (``(图)``), which wave 4 scores either way."""
    name = "dev.txt" if split == "tune" else "test.txt"
    rows = (line.split("\t")[0].strip() for line in (THUC / name).read_text(encoding="utf-8").splitlines())
    return tuple(r for r in rows if r and not MEDIA_FLAG.search(r))


def thuc_short(split: str) -> tuple[str, ...]:
    return tuple(t for t in thuc_titles(split) if 2 <= len(t) <= 8 and not re.search(r"[_|｜…]|\.\.\.", t))


HYPHEN = re.compile(r"[A-Za-z0-9]-[A-Za-z0-9]")


def thuc_hyphen(split: str) -> tuple[str, ...]:
    return tuple(t for t in thuc_titles(split) if HYPHEN.search(t) and " - " not in t and not re.search(r"[_|｜…]|\.\.\.", t))


NOTICES = {
    "tune": ["停电通知", "寻人启事", "讣告", "招聘启事", "更正声明", "温馨提示", "紧急通知", "倡议书"],
    "report": ["停水通知", "寻物启事", "公告", "招标公告", "致歉声明", "友情提示", "重要通知", "公开信"],
}


# ---------------------------------------------------------------------------------------------
# Kinds: each returns (url, html, charset, truth)


ROOMS = ["融媒直播间", "新闻直播间", "直播中心", "现场直播", "第一现场", "云直播"]


def live_room(c: Ctx) -> Made:
    """A live-stream room: ``<title>`` and an ``<h1>`` the room's name, the live headline under the player."""
    s, t = site(c), c.text.title
    room = c.rng.choice([f"{s.name}{c.rng.choice(ROOMS)}", f"{s.column}{c.rng.choice(ROOMS)}", f"{c.rng.choice(CITIES)}发布{c.rng.choice(ROOMS)}"])
    title = c.rng.choice([f"{room}_{s.name}", f"{room} - {s.name}直播", room, f"{s.name}直播 - {room}"])
    status = c.rng.choice(["直播中", "回放", "直播回顾", "预告"])
    viewers = f"{c.rng.randint(1, 999)}.{c.rng.randint(0, 9)}万人观看"
    head = c.rng.choice(
        [
            f"<div class='live-title'><span class='status'>{status}</span>{esc(t)}</div>",
            f"<div class='video-info'><p class='video-title'>{esc(t)}</p><span class='tag'>{status}</span><span class='num'>{viewers}</span></div>",
            f"<div class='live-info'><h2 class='live-name'><em>{status}</em>{esc(t)}</h2><span>{viewers}</span></div>",
            f"<div class='title-bar'><span class='title'>{esc(t)}</span><span class='views'>{viewers}</span></div>",
        ]
    )
    chat = "".join(f"<li><span class='nick'>{user(c)}</span>：{c.rng.choice(['来了来了', '支持！', '主持人好', '画面卡了', '为家乡点赞', '666'])}</li>" for _ in range(c.rng.randint(4, 9)))
    replay = links(c, c.rng.randint(4, 7), "replay-list")
    body = (
        f"{header(c, s)}<div class='room-head'><h1 class='room-name'>{esc(room)}</h1><span class='follow'>+关注</span></div>"
        f"<div class='player'><video src='/live/{c.rng.randint(10**5, 10**7)}.m3u8' controls></video></div>{head}"
        f"<div class='intro'><h3>直播简介</h3>{paras_html(c)}</div><div class='chat'><h3>互动区</h3><ul>{chat}</ul></div>"
        f"<div class='replay'><h3>往期回放</h3>{replay}</div>{footer(c, s)}"
    )
    return url(c, s), page(title, "", body), "utf-8", t


def original_title_line(c: Ctx) -> Made:
    """A reprint whose text opens (or ends) with the original's headline: 原标题：… / 原文标题：《…》."""
    s, t = site(c), c.text.title
    other = c.titles(1)[0]
    line = c.rng.choice([f"原标题：{esc(other)}", f"（原标题：{esc(other)}）", f"原文标题：《{esc(other)}》", f"本文转载自{source_word(c)}，原标题：{esc(other)}"])
    if c.rng.random() < 0.5:
        line = c.rng.choice([f"<strong>{line}</strong>", f"<b>{line}</b>"])
    para = c.rng.choice([f"<p>{line}</p>", f"<p style='text-align:center'>{line}</p>", f"<div class='yuanbiaoti'>{line}</div>"])
    top = c.rng.random() < 0.75
    tag = c.rng.choice([None, site_wide(c, s), proper_title(c, s, t), proper_title(c, s, t)])
    body = article(c, s, strong(c, esc(t)), first=para if top else "", last="" if top else para)
    return url(c, s), page(tag, "", body), "utf-8", t


def subtitle_inside(c: Ctx) -> Made:
    """A 副题 or 引题 inside the headline's element or its ``<header>``/``<hgroup>``."""
    s, t = site(c), c.text.title
    sub = esc(clause(" ".join(c.text.paragraphs), c.rng, 10, 24))
    head = c.rng.choice(
        [
            f"<h1>{esc(t)}<small>{sub}</small></h1>",
            f"<h1 class='title'>{esc(t)}<span class='subtitle'>——{sub}</span></h1>",
            f"<hgroup><h1>{esc(t)}</h1><h2>{sub}</h2></hgroup>",
            f"<header class='article-header'><h2 class='pre-title'>{sub}</h2><h1>{esc(t)}</h1></header>",
            f"<header class='article-header'><h1>{esc(t)}</h1><h2 class='sub-title'>——{sub}</h2></header>",
        ]
    )
    tag = c.rng.choice([proper_title(c, s, t), proper_title(c, s, t), site_wide(c, s), None])
    return url(c, s), page(tag, "", article(c, s, head)), "utf-8", t


ODD = re.compile(r"[·—:»/【】\[\]()（）]")


def odd_separators(c: Ctx) -> Made:
    """``<title>`` with separators earlier waves lack; no in-page heading on most pages."""
    s = site(c)
    c.text = draw_text(c, lambda x: not ODD.search(x))
    t = c.text.title
    ws = c.rng.choice(["", "\n\t\t", "\r\n    "])
    title = c.rng.choice(
        [
            f"{t}·{s.name}",
            f"{s.name}·{t}",
            f"{t} — {s.name}",
            f"{t}—{s.column}—{s.name}",
            f"{t} :: {s.name}",
            f"{s.name} » {s.column} » {t}",
            f"{t} / {s.column} / {s.name}",
            f"【{s.name}】{t}",
            f"{t}_{s.column}_{s.name}({s.domain})",
            f"{t} - 正文",
            f"正文 - {t}",
            f"{t}-详细内容-{s.name}",
            f"{s.name}--新闻详情--{t}",
        ]
    )
    title = ws + title.replace(t, t + ws, 1) if ws else title
    head = weak(c, esc(t)) if c.rng.random() < 0.3 else ""
    return url(c, s), page(title, "", article(c, s, head)), "utf-8", t


def seo_title(c: Ctx) -> Made:
    """SEO ``<title>``/``og:title`` stuffed with keywords around the headline; the heading printed in the page."""
    s, t = site(c), c.text.title
    city = c.rng.choice(CITIES)
    kws = c.rng.sample([f"{city}新闻", f"{city}资讯", "今日头条", "最新消息", "热点新闻", f"{city}本地新闻", "新闻网", f"{s.column}新闻"], 3)
    title = c.rng.choice(
        [
            f"{t},{kws[0]},{kws[1]}-{s.name}",
            f"{kws[0]}_{kws[1]}_{t}_{s.name}",
            f"{t}【{kws[0]}】_{s.name}",
            f"{kws[0]} {kws[1]} | {t} | {s.name}",
            f"{t}-{kws[0]}-{kws[1]}-{kws[2]}",
        ]
    )
    og = f"<meta property='og:title' content='{attr(title)}'>" if c.rng.random() < 0.5 else ""
    kw = f"<meta name='keywords' content='{attr(','.join(kws))}'><meta name='description' content='{attr(c.text.paragraphs[0][:60])}'>"
    return url(c, s), page(title, og + kw, article(c, s, strong(c, esc(t)))), "utf-8", t


QUOTED = re.compile("[“”《》\"&]")
TWICE = {"“": "&ldquo;", "”": "&rdquo;", '"': "&quot;", "《": "&lt;&lt;", "》": "&gt;&gt;", "&": "&amp;"}


def twice(t: str, rng: random.Random) -> str:
    """The headline escaped once by the CMS, then once more as the page is written (``&amp;ldquo;``)."""
    once = "".join(TWICE.get(ch, ch) for ch in t) if rng.random() < 0.7 else "".join(f"&#{ord(ch)};" if ch in TWICE else ch for ch in t)
    return once.replace("&", "&amp;")


def double_escaped(c: Ctx) -> Made:
    """``<title>``/``og:title`` escaped twice over a heading printed right; headlines with quotes or 《》."""
    s = site(c)
    c.text = draw_text(c, lambda x: bool(QUOTED.search(x)))
    t = c.text.title
    bad = twice(t, c.rng)
    suffix = c.rng.choice([f"_{s.name}", f" - {s.column} - {s.name}", f"--{s.name}", ""])
    head = f"<title>{bad}{esc(suffix)}</title>"
    if c.rng.random() < 0.6:
        head += f"<meta property='og:title' content='{bad}'>"
    body = article(c, s, strong(c, esc(t)))
    html = page(None, head, body)
    return url(c, s), html, "utf-8", t


def spaced(t: str, rng: random.Random) -> str:
    gap = rng.choice(["\u3000", "&nbsp;&nbsp;", " ", "\u3000\u3000"])
    return gap.join(esc(ch) for ch in t)


def short_headline(c: Ctx) -> Made:
    """A 2-8 character headline (a THUCNews headline or a notice's name), letter-spaced on some."""
    s = site(c)
    t = c.rng.choice(NOTICES[c.split]) if c.rng.random() < 0.4 else c.rng.choice(thuc_short(c.split))
    shown = spaced(t, c.rng) if len(t) <= 4 and c.rng.random() < 0.5 else esc(t)
    return url(c, s), page(title_tag(c, s, t), "", article(c, s, strong(c, shown))), "utf-8", t


WAP_DTD = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">\n'


def wap_page(c: Ctx) -> Made:
    """A WAP page: XHTML Mobile DTD, ``<p>``/``<br/>`` only; the headline a ``<b>`` or a paragraph's first line."""
    s, t = site(c), c.text.title
    title = c.rng.choice([f"{s.name}手机版", "新闻正文", f"{s.name}WAP", f"{t}-{s.name}手机版", t])
    when = f"{any_form(c.pub, c.rng)} 来源:{source_word(c)}"
    head = c.rng.choice(
        [
            f"<p><b>{esc(t)}</b><br/>{when}</p>",
            f"<p><strong>{esc(t)}</strong></p><p>{when}</p>",
            f"<div class='t'>{esc(t)}</div><p>{when}</p>",
        ]
    )
    if title in (t, f"{t}-{s.name}手机版") and c.rng.random() < 0.5:
        head = f"<p>{esc(t)}<br/>{when}</p>"
    text = "<br/>".join(esc(p) for p in c.text.paragraphs)
    more = "<br/>".join(f"<a href='/wap/{c.rng.randint(10**4, 10**6)}.html'>{esc(x)}</a>" for x in c.titles(c.rng.randint(3, 6)))
    body = (
        f"<p><a href='/wap/'>首页</a>&gt;<a href='/wap/{s.column}/'>{s.column}</a></p>{head}<p>{text}</p>"
        f"<p>1/{c.rng.randint(2, 4)} <a href='?p=2'>下页</a></p><p>相关新闻:<br/>{more}</p>"
        f"<p><a href='/wap/'>返回首页</a> | <a href='/'>电脑版</a></p><p>{s.name} {c.crawl:%H:%M}</p>"
    )
    html = f'{WAP_DTD}<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8"/><title>{esc(title)}</title></head><body>{body}</body></html>'
    link = f"http://wap.{s.domain}/wap/{c.pub:%Y%m%d}/{c.rng.randint(10**4, 10**7)}.html"
    return link, html, "utf-8", t


CAPTIONS = ["正文", "新闻正文", "文章正文", "新闻详情", "信息内容", "详细内容", "阅读新闻", "内容详情"]


def box_caption_heading(c: Ctx) -> Made:
    """A box caption (正文, 新闻详情) as the article box's ``<h1>``/``<h2>`` over a weaker headline."""
    s, t = site(c), c.text.title
    cap = c.rng.choice(CAPTIONS)
    box = c.rng.choice(
        [
            f"<h1 class='box-title'>{cap}</h1>",
            f"<div class='box-hd'><h2>{cap}</h2><span class='more'>&nbsp;</span></div>",
            f"<table width='100%'><tr><td class='title_bg'><h2>{cap}</h2></td></tr></table>",
            f"<h2 class='lm-title'><span>{cap}</span></h2>",
        ]
    )
    head = c.rng.choice([weak(c, esc(t)), f"<h3>{esc(t)}</h3>", f"<h4 class='art-title'>{esc(t)}</h4>"])
    tag = c.rng.choice([site_wide(c, s), site_wide(c, s), proper_title(c, s, t), proper_title(c, s, t), None])
    return url(c, s), page(tag, "", article(c, s, box + head)), "utf-8", t


def joiner_inside(c: Ctx) -> Made:
    """A headline with a hyphen inside (``70-119平米``) under ``<title>``s that use ``-`` as the site separator."""
    s = site(c)
    t = c.rng.choice(thuc_hyphen(c.split))
    title = c.rng.choice([f"{t}-{s.name}", f"{t} - {s.name}", f"{t}_{s.name}", f"{s.name}-{t}", f"{t}-{s.column}-{s.name}", f"{t}--{s.name}"])
    head = strong(c, esc(t)) if c.rng.random() < 0.6 else ""
    return url(c, s), page(title, "", article(c, s, head)), "utf-8", t


PLACEHOLDERS = ["{{ article.title }}", "{{title}}", "${title}", "${article.title}", "<%= title %>", "{$title}", "[title]"]


def template_placeholder(c: Ctx) -> Made:
    """An unrendered client template in the ``<h1>``; the headline in ``<title>`` and a script variable."""
    s, t = site(c), c.text.title
    ph = esc(c.rng.choice(PLACEHOLDERS))
    head = c.rng.choice([f"<h1 class='title' v-cloak>{ph}</h1>", f"<h1 id='title'>{ph}</h1>", f"<div class='article-title'><h1 ng-bind='title'>{ph}</h1></div>"])
    state = c.rng.choice(
        [
            f"<script>var articleTitle = \"{attr(t)}\"; var articleId = {c.rng.randint(10**4, 10**7)};</script>",
            f"<script>window.__DATA__ = {{\"id\": {c.rng.randint(10**4, 10**7)}, \"title\": \"{attr(t)}\", \"source\": \"{source_word(c)}\"}};</script>",
            "",
        ]
    )
    og = f"<meta property='og:title' content='{attr(t)}'>" if c.rng.random() < 0.5 else ""
    info_html = f"<div class='info'><span>{ph.replace('title', 'time')}</span> <span>来源：{{{{source}}}}</span></div>" if c.rng.random() < 0.4 else None
    body = article(c, s, head, info_html=info_html) + state
    return url(c, s), page(proper_title(c, s, t), og, body), "utf-8", t


def junk(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(rng.randint(3, 6)))


def cms_markers(c: Ctx) -> Made:
    """CMS comment markers, anti-scraping hidden spans and zero-width characters inside the heading."""
    s, t = site(c), c.text.title
    cut = c.rng.randint(1, len(t) - 1)
    a, b = esc(t[:cut]), esc(t[cut:])
    inner = c.rng.choice(
        [
            f"<!--TRS_TITLE_BEGIN-->{esc(t)}<!--TRS_TITLE_END-->",
            f"<!--标题开始-->{esc(t)}<!--标题结束-->",
            f"{a}<span style='display:none'>{junk(c.rng)}</span>{b}",
            f"{a}<font style='display: none;'>{s.domain}</font>{b}",
            f"{a}<span style='display:none'>{s.name}</span>{b}<span style='display:none'>{junk(c.rng)}</span>",
            f"{a}&#8203;{b}",
            f"&#65279;{a}&#8203;{b}&#8204;",
        ]
    )
    head = c.rng.choice([f"<h1>{inner}</h1>", f"<div class='title'>{inner}</div>", f"<td class='bt'>{inner}</td>"])
    if head.startswith("<td"):
        head = f"<table width='100%'><tr>{head}</tr></table>"
    return url(c, s), page(title_tag(c, s, t), "", article(c, s, head)), "utf-8", t


DEFAULT_TITLES = ["无标题页", "Untitled Page", "Insert title here", "New Page 1", "网页标题", "Document", "无标题页面"]


def aspnet_label(c: Ctx) -> Made:
    """ASP.NET/JSP pages with a default ``<title>``; the headline in a ``<span id=lblTitle>`` or a read-only input."""
    s, t = site(c), c.text.title
    ids = c.rng.choice(["lblTitle", "ctl00_ContentPlaceHolder1_lblTitle", "LabelTitle", "lbTitle", "ctl00_main_lblNewsTitle"])
    label = c.rng.choice(
        [
            f"<span id='{ids}' class='newstitle'>{esc(t)}</span>",
            f"<span id='{ids}' style='font-size:20px;font-weight:bold;color:#0d4b8a'>{esc(t)}</span>",
            f"<span id='{ids}'><font size='4' color='#cc0000'>{esc(t)}</font></span>",
            f"<input name='txtTitle' type='text' value='{attr(t)}' readonly='readonly' id='txtTitle' class='noborder' style='width:90%;text-align:center' />",
        ]
    )
    when = any_form(c.pub, c.rng)
    text = "".join(f"<p>　　{esc(p)}</p>" for p in c.text.paragraphs)
    form = (
        f"<form name='form1' method='post' action='NewsShow.aspx?id={c.rng.randint(100, 99999)}' id='form1'>"
        f"<div><input type='hidden' name='__VIEWSTATE' id='__VIEWSTATE' value='/wEPDwUK{junk(c.rng)}{junk(c.rng)}MTY3NTY0ZGQ=' /></div>"
        f"<table width='960' align='center'><tr><td align='center'>{label}</td></tr>"
        f"<tr><td align='center'>发布时间：<span id='lblTime'>{when}</span>　来源：<span id='lblSource'>{source_word(c)}</span>　点击：<span id='lblHits'>{c.rng.randint(10, 9999)}</span></td></tr>"
        f"<tr><td><span id='lblContent'>{text}</span></td></tr></table></form>"
    )
    body = f"{header(c, s)}{crumb(s)}{form}{footer(c, s)}"
    link = f"http://{s.host}/{c.rng.choice(['NewsShow.aspx', 'Detail.aspx', 'news/show.jsp', 'info/view.do'])}?id={c.rng.randint(100, 99999)}"
    return link, page(c.rng.choice(DEFAULT_TITLES), "", body), "utf-8", t


TOPICS = [
    "聚焦全国两会", "决战决胜脱贫攻坚", "奋进新时代 建功新征程", "不忘初心 牢记使命", "喜迎党的二十大", "众志成城 抗击疫情",
    "乡村振兴在行动", "文明城市创建进行时", "防汛抗旱 众志成城", "学习贯彻全会精神", "我为群众办实事", "壮丽70年 奋斗新时代",
    "扫黑除恶专项斗争", "优化营商环境在行动", "垃圾分类 从我做起", "建党百年 红色足迹", "高质量发展调研行", "走基层 看变化",
]


def topic_banner(c: Ctx) -> Made:
    """A 专题 page: the banner ``<h1>`` the topic's headline-like name, the article's headline under the topic menu."""
    s, t = site(c), c.text.title
    pool = TOPICS[0::2] if c.split == "tune" else TOPICS[1::2]
    topic = c.rng.choice(pool)
    menu = "".join(f"<a href='/zt/{i}/'>{w}</a>" for i, w in enumerate(["首页", "权威发布", "要闻速递", "基层动态", "图说", "视频"]))
    banner = c.rng.choice(
        [
            f"<div class='zt-banner'><h1>{topic}</h1><p class='zt-desc'>{s.name}专题报道</p></div>",
            f"<div class='banner'><h1 class='zt-title'><a href='/zt/'>{topic}</a></h1></div>",
            f"<div id='ztTop'><h2>{topic}</h2></div>",
        ]
    )
    head = c.rng.choice([f"<h2>{esc(t)}</h2>", f"<h3 class='title'>{esc(t)}</h3>", weak(c, esc(t))])
    tag = c.rng.choice([f"{t}_{topic}_{s.name}", f"{t} - {s.name}", f"{topic}_{s.name}", f"{topic}", None])
    body = f"{header(c, s)}{banner}<div class='zt-nav'>{menu}</div>{crumb(s)}<div class='main'><div class='article'>{head}{info(c)}<div class='content'>{paras_html(c)}</div></div></div>{footer(c, s)}"
    return url(c, s), page(tag, "", body), "utf-8", t


AGENCIES = ["新华社", "中新社", "财联社", "证券时报网", "央视新闻"]


def flash_bracket_lead(c: Ctx) -> Made:
    """A 7x24 flash: the headline is the text's bracketed lead (``【…】新华社3月5日电，…``); a generic ``<title>`` on most."""
    s = site(c)
    c.text = draw_text(c, lambda x: "【" not in x and "】" not in x)
    t = c.text.title
    lead = f"{c.rng.choice(AGENCIES)}{c.pub.month}月{c.pub.day}日电，" if c.rng.random() < 0.7 else ""
    paras = list(c.text.paragraphs)[:3]
    first = f"<p>【{esc(t)}】{lead}{esc(paras[0])}</p>" + "".join(f"<p>{esc(p)}</p>" for p in paras[1:])
    title = c.rng.choice([f"快讯 - {s.name}", f"{s.name}7x24小时快讯", "电报", f"7×24小时_{s.name}", f"{t}_{s.name}", f"【{t}】{paras[0][:20]}_{s.name}"])
    others = "".join(f"<li><span class='time'>{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}</span>【{esc(x)}】{esc(x)}……</li>" for x in c.titles(c.rng.randint(3, 6)))
    body = (
        f"{header(c, s)}<div class='flash-detail'><div class='time'>{any_form(c.pub, c.rng)}</div><div class='flash-text'>{first}</div>"
        f"<div class='share'>分享到：微信 微博</div></div><div class='flash-more'><h3>相关快讯</h3><ul>{others}</ul></div>{footer(c, s)}"
    )
    return f"http://{s.host}/flash/{c.rng.randint(10**5, 10**7)}", page(title, "", body), "utf-8", t


def flash_graded(p: TitlePage, got: str | None) -> str | None:
    """A flash's lead kept in its 【】 counts as the headline (the choice made before measuring)."""
    if got is not None and p.kind == "flash_bracket_lead" and squash(got) == squash(f"【{p.truth}】"):
        return p.truth
    return got


GOV_TOPICS = [
    "安全生产", "森林防火", "冬季供暖", "防汛抗旱", "秸秆禁烧", "消防安全", "农村人居环境整治", "农民工工资支付",
    "食品安全", "道路交通安全", "城乡环境卫生", "地质灾害防治", "春运工作", "高温天气防范", "义务教育控辍保学", "地方志编修",
]
GOV_FORMS = ["关于做好{}工作的通知", "关于进一步加强{}工作的通知", "关于印发{}实施方案的通知", "关于开展{}专项检查的通知", "关于切实做好{}有关工作的紧急通知"]


def red_header_doc(c: Ctx) -> Made:
    """A red-header government document: ``××市人民政府办公室文件`` in big red type, the 文号, then the title."""
    s = site(c)
    pool = GOV_TOPICS[0::2] if c.split == "tune" else GOV_TOPICS[1::2]
    t = c.rng.choice(GOV_FORMS).format(c.rng.choice(pool))
    city = c.rng.choice(CITIES)
    org = c.rng.choice([f"{city}市人民政府办公室文件", f"{city}市人民政府文件", f"中共{city}市委办公室", f"{city}市应急管理局文件"])
    num = f"{city[0]}政办发〔{c.pub.year}〕{c.rng.randint(1, 99)}号"
    red = c.rng.choice(
        [
            f"<p align='center'><font color='#ff0000' size='7' face='方正小标宋简体'><b>{org}</b></font></p>",
            f"<h1 style='color:red;text-align:center;font-size:36px'>{org}</h1>",
            f"<div class='hongtou'>{org}</div>",
        ]
    )
    line = f"<p align='center'>{num}</p><hr color='red' size='2'>"
    head = c.rng.choice(
        [
            f"<p align='center'><b><font size='5'>{esc(t)}</font></b></p>",
            f"<div class='doc-title'>{esc(t)}</div>",
            f"<h2 align='center'>{esc(t)}</h2>",
        ]
    )
    units = "<p>各县（市、区）人民政府，市政府各部门：</p>"
    sign = f"<p align='right'>{city}市人民政府办公室</p><p align='right'>{c.pub.year}年{c.pub.month}月{c.pub.day}日</p>"
    tag = c.rng.choice([site_wide(c, s), f"{s.name}", f"{t}_{s.name}", f"政府文件_{s.name}", None])
    body = f"{header(c, s)}{crumb(s, '政府文件')}<div class='main'><div class='doc'>{red}{line}{head}{units}{paras_html(c)}{sign}</div></div>{footer(c, s)}"
    return f"http://{s.host}/zwgk/zfwj/{c.pub:%Y%m}/t{c.pub:%Y%m%d}_{c.rng.randint(10**5, 10**7)}.html", page(tag, "", body, "gb2312"), "gb18030", t


KINDS: dict[str, Callable[[Ctx], Made]] = {
    "live_room": live_room,
    "original_title_line": original_title_line,
    "subtitle_inside": subtitle_inside,
    "odd_separators": odd_separators,
    "seo_title": seo_title,
    "double_escaped": double_escaped,
    "short_headline": short_headline,
    "wap_page": wap_page,
    "box_caption_heading": box_caption_heading,
    "joiner_inside": joiner_inside,
    "template_placeholder": template_placeholder,
    "cms_markers": cms_markers,
    "aspnet_label": aspnet_label,
    "topic_banner": topic_banner,
    "flash_bracket_lead": flash_bracket_lead,
    "red_header_doc": red_header_doc,
}
SEEDS = range(WAVE, WAVE + PER_KIND * len(KINDS))


# ---------------------------------------------------------------------------------------------
# Pages, splits, scoring


@cache
def splits() -> dict[int, str]:
    """Each seed's half: within a kind, the 16 seeds of lower SHA-256 (``title_probe7:<seed>``) are tune."""
    return hash_splits("title_probe7", WAVE, len(KINDS), PER_KIND)


def make(seed: int) -> TitlePage:
    """Generate the page of one seed."""
    rng = random.Random(f"title_probe7:{seed}")
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
        argv, __doc__ or "", "Titles, probe wave 7", "bench/title_probe7.py", KINDS, PER_KIND, pages,
        lambda: (TEXTS, FROZEN, lambda: frozen_rows(SEEDS, make)), kind_width=20, grade=flash_graded,
    )


if __name__ == "__main__":
    sys.exit(main())
