# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""Titles, probe wave 10: twenty-one page kinds from real Chinese sites, written before reading the title code.

Usage: ``python -m bench.title_probe10 [--split tune|report|both] [--failures] [--only-ours] [--check]``.

Why a tenth wave: every earlier wave read far lower on its first run than after it was tuned on.
This one was written and frozen before its author opened the title extraction code
(``crawler/extract``) or any earlier wave's page builders (only their docstrings and kind lists, to
learn which truth conventions they chose); its furniture and sites are its own. Some kinds revisit a
shape an earlier wave drew, in forms that wave did not:

- ``og:title``/``twitter:title`` carrying a channel prefix (【独家】, 视频｜, 快讯！, 重磅丨, #热点#) and on
  some a site suffix too, over a headline printed in an ``<h1>``, a div or a ``<p>``;
- ``<title>`` with the headline in the middle of column, channel and site parts
  (``栏目_标题_频道_站``, ``站 - 频道 - 标题 - 栏目``), no in-page heading on half the pages;
- three-deck headlines: an 引题 ``<h3>``/div, the 主题 ``<h1>``/``<h2>``, a 副题 ``<h2>``/``<h4>``/div (``——…``);
- headlines ending with a media label (（图）, （组图）, [视频], 【视频】, (附视频)), in a span on some;
- a headline that is only an image's ``alt`` (a title picture), ``<title>`` site-wide or absent;
- a ``<div class=tit>`` headline under a breadcrumb ending in the same title (cut with ``...`` on some);
- an ``<h1>`` holding the site's logo and slogan, the headline in an ``<h2>``/div/``<strong>``;
- a column name (今日关注, 要闻速递 …) as the first heading above the headline, ``<title>`` the column's on some;
- long headlines broken by ``<br>`` (a ``<title>`` copy cut with ``...`` on some);
- headlines holding Latin letters and digits (5G, GDP, 3年2千多万元) under ``<title>``s with Latin site names;
- headlines holding “” or 「」 whose ``<title>``/``og:title`` copy has straight quotes or none;
- question headlines (…，咋回事？) over an interview text of bold 问/答 lines;
- Q&A pages (知乎, 百度知道, 问政 boards): the question is the headline, answers below;
- forum threads: ``主题：`` labels, ``[原创]`` typed into the subject, ``Re:`` floors repeating the subject;
- government notices ``关于…的通知`` with a 信息公开 label table (``名　　称：``), 文号, 附件 and signature;
- share widgets repeating the headline (a 分享 card with the title, ``bdText`` config, hidden inputs);
- AMP pages (``<html ⚡>``, ``amp-wp-title``, the site's name in the top bar);
- a headline only in JSON-LD (``NewsArticle.headline``), ``<title>`` and ``og:title`` the site's or absent;
- mobile pages whose headline is a ``<p class=title>`` and whose recommendation list uses ``p.title`` too;
- headlines with full-width spaces inside (``前半　后半``) in 2000s table pages indented with 　　;
- Hong Kong and Taiwan pages (明報, 自由時報, 中央社, 聯合新聞網, 東網, 香港01): ``<title>``/``og:title``
  with section and site parts, traditional characters, Big5 bytes on some.

Truth is the headline as the page prints it. Choices made before measuring, following the earlier
waves' truth files: a trailing media label says what the page carries, so the headline with or
without it is right (counted, as wave 4's ``media_suffix``); a share or channel prefix in the metadata
is no part of the headline; an 引题 or 副题 is no part of it (the 主题 is the headline); a headline
broken by ``<br>`` is its lines joined; on a Q&A page the question is the headline; a forum's
``主题：`` label is no part of a subject; ``[原创]``/``【原创】`` typed into a subject says what the post
is, so the subject with or without it is right (counted, as wave 9's repost marks); a column name or
a logo is no headline; a traditional page's headline is in traditional characters as printed.

Texts are the inews BDCI 2019 train records of ``bench/title_probe3.py``'s pools (headlines with no
site or column part): tune pages even records, report pages odd ones; the Latin kind draws headlines
holding ASCII letters or digits, the quote kind headlines holding “”, the full-width-space kind
headlines holding a space, the long kind headlines of 20 characters or more; the notice kind builds
``关于…的通知`` titles from lists of real topics (one list a half); the traditional kind converts with
OpenCC (``s2hk``/``s2tw``). Seeds 17000-17671: 21 kinds, 32 seeds a kind (``17000 + 32 * kind + j``);
within a kind the 16 seeds of lower SHA-256 (``title_probe10:<seed>``) are *tune*, the others
*report*, decided before anything ran. Right = our title equals the truth with whitespace ignored and
nothing else folded; a page refused as "not an article" is a miss. ``title_probe10_truth.json``
freezes each seed's split, kind, truth and page hash; ``--check`` says whether the pages still match
it. Baselines: trafilatura's metadata title and GNE's.
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

from bench.date_probe import BEIJING, TEXTS, Ctx, Text, draw_time, esc, later  # noqa: E402
from bench.probe_harness import frozen_rows, hash_splits  # noqa: E402
from bench.title_probe3 import TitlePage, draw_text, run_probe, squash  # noqa: E402

FROZEN = Path(__file__).with_name("title_probe10_truth.json")
WAVE = 17000
PER_KIND = 32  # 16 tune + 16 report
Made = tuple[str, str, str, str]

SITES10 = [
    ("红网", "rednet.cn"),
    ("大江网", "jxnews.com.cn"),
    ("东北网", "dbw.cn"),
    ("华龙网", "cqnews.net"),
    ("四川在线", "scol.com.cn"),
    ("中国江苏网", "jschina.com.cn"),
    ("河北新闻网", "hebnews.cn"),
    ("南海网", "hinews.cn"),
    ("青海新闻网", "qhnews.com"),
    ("云南网", "yunnan.cn"),
    ("天山网", "ts.cn"),
    ("内蒙古新闻网", "nmgnews.com.cn"),
    ("大众网", "dzwww.com"),
    ("荆楚网", "cnhubei.com"),
]
CHANNELS = ["新闻中心", "国内新闻", "社会新闻", "本地新闻", "民生", "财经频道", "教育频道", "法治", "健康", "时政"]
COLUMNS = ["要闻", "正文", "滚动新闻", "综合新闻", "社会万象", "县区动态", "热点关注", "原创"]


# ---------------------------------------------------------------------------------------------
# Furniture of this wave


def pick_site(c: Ctx) -> tuple[str, str]:
    return c.rng.choice(SITES10)


def paras(c: Ctx, text: Text | None = None, limit: int | None = None, conv: Callable[[str], str] | None = None) -> str:
    ps = (text or c.text).paragraphs[:limit]
    return "".join(f"<p>{esc(conv(p) if conv else p)}</p>" for p in ps)


def nav(c: Ctx, name: str, logo: str | None = None) -> str:
    words = c.rng.sample(["首页", "要闻", "评论", "图片", "视频", "政务", "财经", "教育", "健康", "文旅", "房产", "汽车", "专题", "县域"], 9)
    brand = logo if logo is not None else f'<div class="logo"><a href="/"><img src="/static/img/logo.png" alt="{name}"></a></div>'
    return f'<div class="top-bar"><span>{c.crawl:%Y年%m月%d日}</span><a href="/m/">手机版</a><a href="/rss/">RSS</a></div><div class="header">{brand}<ul class="nav">' + "".join(f'<li><a href="/{w}/">{w}</a></li>' for w in words) + "</ul></div>"


def hot(c: Ctx, caption: str | None = None) -> str:
    cap = caption or c.rng.choice(["热点排行", "24小时热闻", "推荐阅读", "图片新闻", "编辑推荐"])
    rows = "".join(f'<li><a href="/system/{c.rng.randint(10**5, 10**7)}.shtml" title="{esc(t)}">{esc(t)}</a></li>' for t in c.titles(c.rng.randint(5, 8)))
    return f'<div class="sidebar"><div class="side-hd"><span>{cap}</span><a class="more" href="/">更多&gt;&gt;</a></div><ul>{rows}</ul></div>'


def foot(name: str, domain: str) -> str:
    return f'<div class="footer"><p><a>网站简介</a> | <a>联系方式</a> | <a>广告服务</a> | <a>版权声明</a></p><p>Copyright &copy; {name} www.{domain} 版权所有 ICP备案号：{len(name)}0{len(domain)}3567号</p></div>'


def info(c: Ctx, name: str) -> str:
    src = c.rng.choice([name, f"{name}综合", "新华社", "人民网", "本网讯"])
    who = c.rng.choice(["", f"<span>作者：{c.rng.choice(['李明', '王晓燕', '陈思', '赵强'])}</span>"])
    return f'<div class="info"><span class="time">{c.pub:%Y-%m-%d %H:%M:%S}</span><span class="source">来源：{src}</span>{who}<span class="edit">责任编辑：{c.rng.choice(["刘洋", "周敏", "孙伟"])}</span></div>'


def url(c: Ctx, domain: str, sub: str = "news") -> str:
    return f"http://{sub}.{domain}/system/{c.pub:%Y/%m/%d}/{c.rng.randint(10**7, 10**8)}.shtml"


def site_title(c: Ctx, name: str, t: str) -> str | None:
    """The page's ``<title>``: headline and site (4 in 10), headline, channel and site, site-wide, none."""
    r = c.rng.random()
    if r < 0.4:
        return f"{t}{c.rng.choice(['_', ' - ', '-', '|', '——'])}{name}"
    if r < 0.6:
        return f"{t}_{c.rng.choice(CHANNELS)}_{name}"
    if r < 0.85:
        return c.rng.choice([name, f"{name}-{c.rng.choice(['新闻详情', '正文', '内容页'])}"])
    return None


def doc(title: str | None, head: str, body: str, charset: str = "utf-8", html_attr: str = "") -> str:
    tt = "" if title is None else f"<title>{esc(title)}</title>"
    return f'<!DOCTYPE html>\n<html{html_attr}><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">{tt}{head}</head><body>{body}</body></html>'


def stamp(c: Ctx) -> str:
    return f"{c.pub:%Y-%m-%d %H:%M}"


def clause(text: str, rng: random.Random, most: int = 22) -> str:
    """A clause of a paragraph: up to the first comma or stop, at most ``most`` characters."""
    part = re.split(r"[，。；！？,;]", text)[0] or text
    return part[:most]


def other_text(c: Ctx) -> Text:
    while True:
        t = draw_text(c)
        if t.title != c.text.title:
            return t


def article(c: Ctx, name: str, domain: str, heading: str, *, before: str = "", after: str = "", head_meta: str = "", tt: str | None = None, crumb: str | None = None) -> str:
    """A portal article page: nav, breadcrumb, the heading block, info, the text, a sidebar, the footer."""
    ch = c.rng.choice(CHANNELS)
    cr = crumb if crumb is not None else f'<div class="crumb">当前位置：<a href="/">{name}</a> &gt; <a href="/{ch}/">{ch}</a> &gt; 正文</div>'
    body = (
        f'{nav(c, name)}{cr}<div class="main"><div class="left">{before}<div class="article">{heading}{info(c, name)}'
        f'<div class="content" id="content">{paras(c)}</div>{after}</div></div>{hot(c)}</div>{foot(name, domain)}'
    )
    return doc(tt, head_meta, body)


# ---------------------------------------------------------------------------------------------
# Kinds


def og_prefix(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    pre = c.rng.choice(["【独家】", "视频｜", "快讯！", "重磅丨", "#热点# ", "【关注】", "独家｜", "直击："])
    suf = c.rng.choice(["", f"_{name}", f" | {name}", f"-{name}客户端", f" - {name}"])
    og = f"{pre}{t}{suf}"
    head = f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(og)}"><meta property="og:site_name" content="{name}">'
    if c.rng.random() < 0.5:
        head += f'<meta name="twitter:title" content="{esc(pre + t)}">'
    heading = c.rng.choice(['<h1 class="article-title">{}</h1>', '<div class="detail-title">{}</div>', '<p class="atitle">{}</p>']).format(esc(t))
    tt = c.rng.choice([og, name, f"{t}_{name}", f"{pre}{t}"])
    return url(c, domain), article(c, name, domain, heading, head_meta=head, tt=tt), "utf-8", t


def title_middle(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    ch, col = c.rng.choice(CHANNELS), c.rng.choice(COLUMNS)
    tt = c.rng.choice([f"{col}_{t}_{ch}_{name}", f"{name} - {ch} - {t} - {col}", f"{ch}|{t}|{name}", f"{col}-{t}-{ch}-{name}", f"{name}_{t}_{ch}"])
    if c.rng.random() < 0.5:
        heading = ""
    else:
        heading = c.rng.choice(['<div class="content-title">{}</div>', '<td class="bt">{}</td>', '<span class="article_tit">{}</span>']).format(esc(t))
        if heading.startswith("<td"):
            heading = f"<table><tr>{heading}</tr></table>"
    return url(c, domain), article(c, name, domain, heading, tt=tt), "utf-8", t


PRE_DECKS = ["聚焦全国两会", "奋进新征程 建功新时代", "一线调查", "记者蹲点", "乡村振兴进行时", "新春走基层", "为民办实事", "关注民生", "脱贫攻坚一线见闻", "优化营商环境在行动"]


def three_deck(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    pre = c.rng.choice([*PRE_DECKS, re.split(r"[，！？!?：:\s]", other_text(c).title)[0][:14]])
    lines = [x[:24] for p in c.text.paragraphs for x in re.split(r"[，。；！？]", p) if len(x) >= 8]
    sub = "——" + (c.rng.choice(lines) if lines else clause(c.text.paragraphs[-1], c.rng, 24))
    shape = c.rng.randrange(3)
    if shape == 0:  # people.cn-like: h3.pre, h1, h2/h4.sub
        tag = c.rng.choice(["h2", "h4"])
        heading = f'<div class="title-box"><h3 class="pre">{esc(pre)}</h3><h1>{esc(t)}</h1><{tag} class="sub">{esc(sub)}</{tag}></div>'
    elif shape == 1:  # newspaper site: div.yt, h1, div.ft
        heading = f'<div class="yt">{esc(pre)}</div><h1 class="bt">{esc(t)}</h1><div class="ft">{esc(sub)}</div>'
    else:  # logo h1, then h3 / h2 / p
        heading = f'<h3 class="jtitle">{esc(pre)}</h3><h2 class="title">{esc(t)}</h2><h2 class="ftitle">{esc(sub)}</h2>'
    tt = c.rng.choice([f"{t}_{name}", f"{pre} {t}--{name}", name, f"{t}——{sub[2:]}_{name}"])
    head = f'<meta property="og:title" content="{esc(t)}">' if c.rng.random() < 0.3 else ""
    page = article(c, name, domain, heading, head_meta=head, tt=tt)
    if shape == 2:
        page = page.replace('<div class="logo">', f'<h1 class="logo"><a href="/">{name}</a></h1><div class="logo">', 1)
    return url(c, domain), page, "utf-8", t


LABELS = ["（图）", "（组图）", "[视频]", "(图)", "（多图）", "【视频】", "(附视频)", "[组图]"]


def media_label(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    lab = c.rng.choice(LABELS)
    inner = f'{esc(t)}<span class="tag">{esc(lab)}</span>' if c.rng.random() < 0.4 else esc(t + lab)
    heading = c.rng.choice(['<h1>{}</h1>', '<div class="news-title">{}</div>', '<h2 class="title">{}</h2>']).format(inner)
    tt = c.rng.choice([f"{t}{lab}_{name}", f"{t}{lab}-{c.rng.choice(CHANNELS)}-{name}", name])
    pic = f'<p class="pic"><img src="/pic/{c.pub:%Y%m}/{c.rng.randint(1000, 9999)}.jpg" alt=""></p><p class="pic-note">图为现场。{name}记者摄</p>'
    return url(c, domain), article(c, name, domain, heading, before="", tt=tt).replace('<div class="content" id="content">', f'<div class="content" id="content">{pic}', 1), "utf-8", t


def alt_only(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    img = f'<div class="title-pic"><img src="/uploadfile/{c.pub:%Y/%m%d}/title_{c.rng.randint(100, 999)}.png" alt="{esc(t)}" width="600" height="60"></div>'
    tt = c.rng.choice([name, f"{name}--新闻详情", f"{c.rng.choice(CHANNELS)}-{name}", None])
    pic = f'<p align="center"><img src="/pic/{c.rng.randint(1000, 9999)}.jpg" alt="{esc(clause(c.text.paragraphs[0], c.rng, 12))}"></p>'
    page = article(c, name, domain, img, tt=tt).replace('<div class="content" id="content">', f'<div class="content" id="content">{pic}', 1)
    return url(c, domain), page, "utf-8", t


def tit_crumb(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    ch = c.rng.choice(CHANNELS)
    last = t if c.rng.random() < 0.7 else t[: max(6, len(t) // 2)] + "..."
    crumb = f'<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/{ch}/">{ch}</a> &gt; <span>{esc(last)}</span></div>'
    heading = f'<div class="tit">{esc(t)}</div>'
    tt = c.rng.choice([name, f"{ch}-{name}", f"{t}-{ch}-{name}"])
    return url(c, domain), article(c, name, domain, heading, tt=tt, crumb=crumb), "utf-8", t


SLOGANS = ["权威 · 主流 · 公信", "省级重点新闻网站", "读懂家乡 连接世界", "第一时间 第一现场"]


def logo_h1(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    logo = c.rng.choice([
        f'<h1 class="logo"><a href="/"><img src="/images/logo.gif" alt="{name}"></a></h1>',
        f'<h1 id="logo"><a href="/">{name}</a><span class="slogan">{c.rng.choice(SLOGANS)}</span></h1>',
        f'<h1><a href="/" title="{name}">{name}</a></h1>',
    ])
    heading = c.rng.choice(['<h2 class="title">{}</h2>', '<div class="art_title">{}</div>', '<strong class="title">{}</strong>']).format(esc(t))
    tt = c.rng.choice([f"{t}_{name}", name, None, f"{name}：{c.rng.choice(SLOGANS)}"])
    ch = c.rng.choice(CHANNELS)
    body = (
        f'{nav(c, name, logo)}<div class="crumb"><a href="/">首页</a> &gt; <a>{ch}</a></div><div class="main"><div class="article">{heading}{info(c, name)}'
        f'<div class="content">{paras(c)}</div></div>{hot(c)}</div>{foot(name, domain)}'
    )
    return url(c, domain), doc(tt, "", body), "utf-8", t


COLUMN_HEADS = ["今日关注", "本网原创", "要闻速递", "头条新闻", "综合新闻", "基层动态", "权威发布", "媒体聚焦", "民生热线", "图说新闻"]


def column_first(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    col = c.rng.choice(COLUMN_HEADS)
    colh = c.rng.choice([f'<div class="lanmu"><h2>{col}</h2><a class="more" href="/">更多</a></div>', f'<h1 class="column">{col}</h1>', f'<h2 class="col-name"><span>{col}</span></h2>'])
    heading = c.rng.choice(['<h3 class="title">{}</h3>', '<div class="bt">{}</div>', '<p class="title">{}</p>']).format(esc(t))
    tt = c.rng.choice([f"{col}-{name}", f"{t}-{col}-{name}", f"{col}_{name}", name])
    return url(c, domain), article(c, name, domain, heading, before=colh, tt=tt), "utf-8", t


def br_long(c: Ctx) -> Made:
    name, domain = pick_site(c)
    c.text = draw_text(c, lambda s: len(s) >= 20)
    t = c.text.title
    m = re.search(r"[，,：: ]", t[4:-4])
    cut = (m.start() + 4 + (0 if t[m.start() + 4] == " " else 1)) if m else len(t) // 2
    a, b = t[:cut].rstrip(), t[cut:].lstrip()
    sep = c.rng.choice(["<br>", "<br/>\n", "<br />&nbsp;", "<BR>"])
    heading = c.rng.choice(['<h1>{}</h1>', '<h2 class="title">{}</h2>', '<div class="title">{}</div>']).format(f"{esc(a)}{sep}{esc(b)}")
    tt = c.rng.choice([f"{t}_{name}", f"{t[:16]}..._{name}", name])
    return url(c, domain), article(c, name, domain, heading, tt=tt), "utf-8", t


EN_SITES = ["iFeng News", "CQNEWS", "Rednet", "JXNEWS", "DZWWW"]


def latin_digits(c: Ctx) -> Made:
    name, domain = pick_site(c)
    c.text = draw_text(c, lambda s: re.search(r"[A-Za-z]|\d", s) is not None)
    t = c.text.title
    heading = c.rng.choice(['<h1 class="main-title">{}</h1>', '<div class="main-title">{}</div>', '<h2>{}</h2>']).format(esc(t))
    tt = c.rng.choice([f"{t} - {c.rng.choice(EN_SITES)}", f"{t}-{name}-www.{domain}", f"{t}_{name}", name])
    head = f'<meta name="keywords" content="{esc(",".join(re.findall(r"[A-Za-z0-9]+", t)))},{name}">'
    return url(c, domain), article(c, name, domain, heading, head_meta=head, tt=tt), "utf-8", t


def quoted(c: Ctx) -> Made:
    name, domain = pick_site(c)
    c.text = draw_text(c, lambda s: "“" in s and "”" in s)
    t = c.text.title
    if c.rng.random() < 0.4:
        t = t.replace("“", "「").replace("”", "」")
    straight = re.sub("[“”「」]", '"', t)
    bare = re.sub("[“”「」]", "", t)
    head = f'<meta property="og:title" content="{esc(straight).replace(chr(34), "&quot;")}">' if c.rng.random() < 0.6 else ""
    tt = c.rng.choice([f"{bare}_{name}", f"{straight}-{name}", name])
    heading = c.rng.choice(['<h1>{}</h1>', '<div class="hd"><h2>{}</h2></div>', '<div class="headline">{}</div>']).format(esc(t))
    return url(c, domain), article(c, name, domain, heading, head_meta=head, tt=tt), "utf-8", t


ENDINGS = ["，咋回事？", "，为何？", "，真的吗？", "，谁来管？", "？"]


def question_headline(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t0 = c.text.title.rstrip("!！。")
    t = t0 if t0.endswith(("？", "?")) else t0 + c.rng.choice(ENDINGS)
    heading = c.rng.choice(['<h1>{}</h1>', '<div class="article-title">{}</div>', '<h2 class="tit">{}</h2>']).format(esc(t))
    ps = c.text.paragraphs
    rows = [f"<p>{esc(ps[0])}</p>"]
    for p in ps[1:]:
        rows.append(f"<p><strong>问：{esc(clause(p, c.rng, 16))}，具体情况是怎样的？</strong></p><p>答：{esc(p)}</p>")
    head = f'<meta property="og:title" content="{esc(t.replace("？", "?"))}">' if c.rng.random() < 0.5 else ""
    tt = c.rng.choice([f"{t}_{name}", f"{t.replace('？', '?')} - {name}", name])
    page = article(c, name, domain, heading, head_meta=head, tt=tt)
    page = page.replace(f'<div class="content" id="content">{paras(c)}</div>', f'<div class="content" id="content">{"".join(rows)}</div>', 1)
    return url(c, domain), page, "utf-8", t


def qa_page(c: Ctx) -> Made:
    t = c.text.title.rstrip("!！。？?")
    q = c.rng.choice([f"如何看待{t}？", f"{t}，是真的吗？", f"请问{t}是怎么回事？", f"{t}，大家怎么看？"])
    ps = c.text.paragraphs
    answers = "".join(
        f'<div class="answer"><div class="author"><a>{who}</a><span>{c.rng.randint(2, 900)} 人赞同了该回答</span></div><div class="answer-text">{"".join(f"<p>{esc(p)}</p>" for p in ps[i::2])}</div></div>'
        for i, who in enumerate(c.rng.sample(["知乎用户", "城市观察员", "老王", "法律人小周", "匿名用户"], 2))
    )
    shape = c.rng.randrange(3)
    if shape == 0:  # 知乎-like
        body = (
            f'<div class="AppHeader"><a class="logo">知乎</a><a>首页</a><a>会员</a><a>发现</a><a>等你来答</a></div>'
            f'<div class="QuestionHeader"><div class="QuestionHeader-topics"><span>社会</span><span>热点</span></div><h1 class="QuestionHeader-title">{esc(q)}</h1><div class="QuestionHeader-detail">{esc(clause(ps[0], c.rng, 30))}</div>'
            f'<button>关注问题</button><button>写回答</button></div><div class="Question-main"><h4 class="List-headerText">{c.rng.randint(3, 99)} 个回答</h4>{answers}</div>'
            f'<div class="Question-sideColumn"><div class="Card"><h2>相关问题</h2>{"".join(f"<a>{esc(x)}？</a>" for x in c.titles(4))}</div></div>'
        )
        tt, link = f"{q} - 知乎", f"https://www.zhihu.com/question/{c.rng.randint(10**8, 10**9)}"
    elif shape == 1:  # 百度知道-like
        body = (
            f'<div id="header"><a class="logo">百度知道</a><input name="word"><button>搜索答案</button><button>我要提问</button></div>'
            f'<div class="question-wrap"><h1 accuse="qTitle"><span class="ask-title">{esc(q)}</span></h1><div class="line info">{c.pub:%Y-%m-%d} 来自网友的提问</div></div>'
            f'<div class="wgt-best"><div class="hd"><h2>最佳答案</h2></div><div class="best-text">{"".join(f"<p>{esc(p)}</p>" for p in ps)}</div></div>'
            f'<div class="wgt-related"><h2>其他类似问题</h2><ul>{"".join(f"<li><a>{esc(x)}？</a></li>" for x in c.titles(5))}</ul></div>'
        )
        tt, link = f"{q}_百度知道", f"https://zhidao.baidu.com/question/{c.rng.randint(10**8, 10**10)}.html"
    else:  # 问政 board
        city = c.rng.choice(["襄阳", "赣州", "绵阳", "保定", "三亚"])
        body = (
            f'<div class="header"><h1 class="logo">{city}网络问政</h1><a>我要留言</a><a>回复选登</a></div>'
            f'<div class="msg"><div class="msg-title"><i class="icon-q">问</i>{esc(q)}</div><div class="msg-info">留言人：网友{c.rng.randint(1000, 9999)} 留言时间：{stamp(c)}</div><div class="msg-text"><p>{esc(ps[0])}</p></div></div>'
            f'<div class="reply"><h2>回复内容</h2><div class="reply-text">{"".join(f"<p>{esc(p)}</p>" for p in ps[1:])}</div><div class="reply-info">回复单位：{city}市住建局</div></div>'
        )
        tt, link = c.rng.choice([f"{q}-留言详情-{city}网络问政", f"{city}网络问政"]), f"http://wz.{city}.gov.cn/detail/{c.rng.randint(10**5, 10**6)}.html"
    return link, doc(tt, "", body), "utf-8", q


FORUMS = [("天涯社区", "tianya.cn"), ("凯迪社区", "kdnet.net"), ("西祠胡同", "xici.net"), ("化龙巷", "hualongxiang.com"), ("大楚社区", "daqu.qq.com")]
BOARDS = ["天涯杂谈", "百姓声音", "社会民生", "城市论坛", "猫眼看人", "网友爆料"]


def forum_thread(c: Ctx) -> Made:
    t = c.text.title
    forum, domain = c.rng.choice(FORUMS)
    board = c.rng.choice(BOARDS)
    typed = c.rng.choice(["", "[原创]", "【原创】"]) if c.rng.random() < 0.5 else ""
    subj = typed + t
    ps = c.text.paragraphs
    replies = "".join(f'<div class="reply"><div class="reply-title">{c.rng.choice(["Re:", "回复："])}{esc(subj)}</div><div class="reply-text">{esc(clause(p, c.rng, 20))}</div></div>' for p in ps[:3])
    shape = c.rng.randrange(3)
    if shape == 0:  # 天涯-like: 主题 label above
        body = (
            f'<div id="nav"><a>{forum}</a> &gt; <a>{board}</a></div><div id="post_head"><div class="atl-title"><span class="s_title">主题：<span>{esc(subj)}</span></span></div>'
            f'<div class="atl-info"><span>楼主：<a>网友{c.rng.randint(100, 999)}</a></span><span>时间：{c.pub:%Y-%m-%d %H:%M:%S}</span><span>点击：{c.rng.randint(100, 99999)}</span></div></div>'
            f'<div class="atl-main"><div class="bbs-content">{paras(c)}</div></div>{replies}'
        )
        tt = f"{subj}_{board}_论坛_{forum}"
    elif shape == 1:  # old bbs table: 主题：in a td
        body = (
            f'<table width="100%"><tr><td>{forum} → {board} → 浏览帖子</td></tr></table>'
            f'<table class="tablebody"><tr><td class="title"><b>主题：{esc(subj)}</b></td></tr><tr><td>作者：网友{c.rng.randint(100, 999)} 发表于 {stamp(c)}</td></tr><tr><td class="content">{paras(c)}</td></tr></table>{replies}'
        )
        tt = c.rng.choice([f"{board} -- {subj}", f"{forum}--{board}--{subj}"])
    else:  # phpwind-like h1 and Re: floors
        body = (
            f'<div class="crumb"><a>{forum}</a> &raquo; <a>{board}</a> &raquo; <span>{esc(subj)}</span></div><div class="read_t"><h1 id="subject_tpc">{esc(subj)}</h1>'
            f'<div class="tipTop">楼主 发表于: {stamp(c)}</div><div class="tpc_content" id="read_tpc">{paras(c)}</div></div>{replies}'
        )
        tt = f"{subj}|{board} - {forum} - Powered by phpwind"
    return f"http://bbs.{domain}/post-{board}-{c.rng.randint(10**5, 10**7)}-1.shtml", doc(tt, "", body), "utf-8", t


NOTICE_TOPICS = {
    "tune": ["城乡居民基本医疗保险参保缴费", "农村人居环境整治提升", "安全生产大排查大整治", "冬春季森林草原防火", "建筑工地扬尘污染治理", "高标准农田建设", "老旧小区改造", "城市生活垃圾分类"],
    "report": ["困难群众基本生活保障", "中小学校园食品安全", "汛期地质灾害防治", "河湖长制工作考核", "养老服务机构消防安全", "农民工工资支付专项检查", "秸秆禁烧和综合利用", "道路交通安全隐患排查"],
}
CITIES = [("临沂", "linyi"), ("宜宾", "yibin"), ("常德", "changde"), ("九江", "jiujiang"), ("邢台", "xingtai"), ("曲靖", "qujing"), ("天水", "tianshui")]


def notice(c: Ctx) -> Made:
    city, py = c.rng.choice(CITIES)
    topic = c.rng.choice(NOTICE_TOPICS[c.split])
    year = c.pub.year
    t = c.rng.choice([
        f"关于做好{year}年{topic}工作的通知",
        f"关于印发《{city}市{topic}实施方案》的通知",
        f"关于开展{topic}专项行动的通知",
        f"{city}市人民政府办公室关于进一步加强{topic}工作的通知",
        f"关于{topic}有关事项的公告",
    ])
    num = f"{city[0]}政办发〔{year}〕{c.rng.randint(1, 60)}号"
    col = c.rng.choice(["通知公告", "政府文件", "部门文件", "政策文件"])
    label = (
        f'<table class="xxgk"><tr><td>索 引 号：</td><td>{c.rng.randint(10**8, 10**9)}/{year}-{c.rng.randint(100, 999):05d}</td><td>发布机构：</td><td>{city}市人民政府办公室</td></tr>'
        f'<tr><td>名　　称：</td><td colspan="3">{esc(t)}</td></tr><tr><td>文　　号：</td><td>{num}</td><td>发布日期：</td><td>{c.pub:%Y-%m-%d}</td></tr></table>'
    )
    heading = c.rng.choice(['<div class="article-title">{}</div>', '<table width="100%"><tr><td class="title" align="center">{}</td></tr></table>', '<h2 class="doc-title">{}</h2>']).format(esc(t))
    atts = "".join(f'<p><a href="/files/{c.rng.randint(1000, 9999)}.docx">{i}.{esc(x)}</a></p>' for i, x in enumerate([f"{topic}工作任务分工表", "申报表"], 1))
    body = (
        f'<div class="gov-head"><img src="/images/banner.jpg" alt="{city}市人民政府"><div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进{city}</a></div></div>'
        f'<div class="position">您所在的位置：首页 &gt; 政务公开 &gt; {col}</div>{label}<div class="article">{heading}<p class="num" align="center">{num}</p>'
        f'<div class="article-con"><p>各县（区）人民政府，市政府各部门：</p>{paras(c)}<p>附件：</p>{atts}<p align="right">{city}市人民政府办公室</p><p align="right">{c.pub.year}年{c.pub.month}月{c.pub.day}日</p></div></div>'
        f'<div class="footer">主办：{city}市人民政府办公室 网站标识码：{c.rng.randint(10**9, 10**10)}</div>'
    )
    tt = c.rng.choice([f"{t}_{col}_{city}市人民政府", f"{city}市人民政府门户网站", f"{t}", None])
    return f"http://www.{py}.gov.cn/zwgk/{col}/{c.pub:%Y%m}/t{c.pub:%Y%m%d}_{c.rng.randint(10**5, 10**6)}.html", doc(tt, "", body), "utf-8", t


def share_widget(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    shown = t if c.rng.random() < 0.6 else t[: max(6, len(t) - 5)] + "…"
    conf = json.dumps({"common": {"bdText": f"{t} - {name}", "bdDesc": c.text.paragraphs[0][:40], "bdPic": ""}, "share": {}}, ensure_ascii=False)
    share = (
        f'<div class="share-box"><span>分享到：</span><a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a>'
        f'<div class="wx-card"><p class="share-tit">{esc(shown)}</p><img src="/qrcode.png" alt="扫码分享"><p>用微信扫描二维码分享至好友和朋友圈</p></div>'
        f'<input type="hidden" id="shareTitle" value="{esc(t)}"></div><script>window._bd_share_config={conf};</script>'
    )
    heading = c.rng.choice(['<h1>{}</h1>', '<div class="text-title">{}</div>', '<p class="article-tit">{}</p>']).format(esc(t))
    where = c.rng.random() < 0.5
    tt = c.rng.choice([f"{t}_{name}", name, f"【{name}】{t}"])
    page = article(c, name, domain, heading, before=share if where else "", after="" if where else share, tt=tt)
    return url(c, domain), page, "utf-8", t


def amp_page(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": c.pub.strftime("%Y-%m-%dT%H:%M:%S+08:00"), "publisher": {"@type": "Organization", "name": name}}, ensure_ascii=False)
    head = (
        f'<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><link rel="canonical" href="https://www.{domain}/a/{c.rng.randint(10**5, 10**6)}.html">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
        + (f'<script type="application/ld+json">{ld}</script>' if c.rng.random() < 0.6 else "")
    )
    top = c.rng.choice([f'<header class="amp-wp-header"><div><a href="/"><span class="amp-site-title">{name}</span></a></div></header>', f'<header class="top"><h1 class="site">{name}</h1><a href="/">首页</a></header>'])
    heading = c.rng.choice(['<header class="amp-wp-article-header"><h1 class="amp-wp-title">{}</h1></header>', '<div class="article-title">{}</div>', '<h2 class="title">{}</h2>']).format(esc(t))
    body = (
        f'{top}<article class="amp-wp-article">{heading}<div class="amp-wp-meta">{stamp(c)} {name}</div><div class="amp-wp-article-content">'
        f'<amp-img src="/p/{c.rng.randint(1000, 9999)}.jpg" width="640" height="360" layout="responsive"></amp-img>{paras(c)}</div></article>'
        f'<footer class="amp-wp-footer"><p>&copy; {c.crawl.year} {name}</p><a href="#top">回到顶部</a></footer>'
    )
    tt = c.rng.choice([f"{t} | {name}", f"{t} - {name} AMP", f"{t}"])
    return f"https://m.{domain}/amp/{c.pub:%Y%m%d}/{c.rng.randint(10**5, 10**6)}.html", doc(tt, head, body, html_attr=' ⚡ lang="zh-CN"'), "utf-8", t


def jsonld_only(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    art = {"@context": "http://schema.org", "@type": c.rng.choice(["NewsArticle", "Article"]), "headline": t, "datePublished": c.pub.strftime("%Y-%m-%dT%H:%M:%S+08:00"), "author": {"@type": "Person", "name": "本网记者"}, "publisher": {"@type": "Organization", "name": name}}
    if c.rng.random() < 0.4:
        art["alternativeHeadline"] = clause(t, c.rng, 8)
    ld = json.dumps(art, ensure_ascii=False)
    head = f'<script type="application/ld+json">{ld}</script>'
    if c.rng.random() < 0.5:
        head += f'<meta property="og:title" content="{name}">'
    tt = c.rng.choice([name, f"{c.rng.choice(CHANNELS)}_{name}", None])
    return url(c, domain), article(c, name, domain, "", head_meta=head, tt=tt), "utf-8", t


def mobile_p_title(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    ch = c.rng.choice(CHANNELS)
    box = c.rng.choice(["article", "detail", "news-box"])
    recs = "".join(f'<li><a href="/m/{c.rng.randint(10**5, 10**6)}.html"><p class="title">{esc(x)}</p><p class="info">{c.rng.randint(1, 23)}小时前</p></a></li>' for x in c.titles(c.rng.randint(4, 7)))
    body = (
        f'<header class="m-header"><a class="back" href="javascript:history.back()">返回</a><span class="m-title">{ch}</span><a class="home" href="/">首页</a></header>'
        f'<div class="download-bar">打开{name}客户端 阅读更多精彩</div>'
        f'<div class="{box}"><p class="title">{esc(t)}</p><p class="info"><span>{stamp(c)}</span><span>{name}</span></p><div class="content">{paras(c)}</div></div>'
        f'<div class="recommend"><p class="rec-tit">相关推荐</p><ul>{recs}</ul></div><footer>{name}手机版</footer>'
    )
    head = '<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">'
    tt = c.rng.choice([f"{name}手机版", name, f"{t}_{name}", ch])
    return f"https://m.{domain}/content/{c.pub:%Y%m%d}/{c.rng.randint(10**5, 10**6)}.html", doc(tt, head, body), "utf-8", t


def fullwidth_space(c: Ctx) -> Made:
    name, domain = pick_site(c)
    c.text = draw_text(c, lambda s: " " in s)
    t = c.text.title
    printed = t.replace(" ", c.rng.choice(["　", "　　", "&nbsp;&nbsp;", " 　"]))
    shown = printed.replace("&nbsp;", "\u00a0")
    heading = f'<table width="100%" border="0"><tr><td align="center" class="{c.rng.choice(["title", "bt", "biaoti"])}" height="40">　　{esc(shown) if "&" not in printed else printed}</td></tr></table>'
    tt = c.rng.choice([f"{shown}--{name}", f"{t}_{name}", name, None])
    body = (
        f'<table width="960" align="center"><tr><td><img src="/images/top.jpg" alt="{name}"></td></tr><tr><td class="nav"><a>首页</a>｜<a>新闻</a>｜<a>政务</a>｜<a>专题</a></td></tr></table>'
        f'<table width="960" align="center"><tr><td width="700" valign="top">{heading}<table width="100%"><tr><td align="center">发布时间：{c.pub:%Y-%m-%d} 来源：{name} 点击数：{c.rng.randint(10, 9999)}</td></tr></table>'
        f'<table width="100%"><tr><td class="content">{"".join(f"<p>　　{esc(p)}</p>" for p in c.text.paragraphs)}</td></tr></table></td>'
        f'<td width="250" valign="top"><table><tr><td class="title">图片新闻</td></tr>{"".join(f"<tr><td><a>{esc(x)}</a></td></tr>" for x in c.titles(5))}</table></td></tr></table>{foot(name, domain)}'
    )
    codec = c.rng.choice(["utf-8", "gb2312"])
    return url(c, domain), doc(tt, "", body, charset=codec), "gbk" if codec == "gb2312" else codec, t


@cache
def converter(to: str) -> Callable[[str], str]:
    from opencc import OpenCC

    cc = OpenCC(to)

    def convert(text: str) -> str:
        return str(cc.convert(text))

    return convert


def traditional(c: Ctx) -> Made:
    shape = c.rng.randrange(6)
    hk = shape in (0, 4, 5)
    conv = converter("s2hk" if hk else "s2tw")
    t = conv(c.text.title)
    d = c.pub
    sec = conv(c.rng.choice(["社会", "生活", "政治", "财经", "国际"]))
    if shape == 0:
        site, domain, tt = "明報新聞網", "news.mingpao.com", f"{t} - {d:%Y%m%d} - 港聞 - 每日明報 - 明報新聞網"
    elif shape == 1:
        site, domain, tt = "自由時報電子報", "news.ltn.com.tw", f"{t} - {sec} - 自由時報電子報"
    elif shape == 2:
        site, domain, tt = "中央社 CNA", "www.cna.com.tw", f"{t} | {sec} | 中央社 CNA"
    elif shape == 3:
        site, domain, tt = "聯合新聞網", "udn.com", f"{t} | {sec} | 聯合新聞網"
    elif shape == 4:
        site, domain, tt = "on.cc東網", "hk.on.cc", f"{t}｜即時新聞｜港澳｜on.cc東網"
    else:
        site, domain, tt = "香港01", "www.hk01.com", f"{t}｜香港01｜{sec}"
    head = f'<meta property="og:title" content="{esc(tt)}"><meta property="og:site_name" content="{site}">'
    heading = c.rng.choice(['<h1>{}</h1>', '<div class="article_title">{}</div>', '<h1 class="title"><span>{}</span></h1>']).format(esc(t))
    menu = "".join(f"<a>{conv(w)}</a>" for w in ["首页", "即时", "港闻", "两岸", "国际", "财经", "体育", "娱乐"])
    others = "".join(f"<li><a>{esc(conv(x))}</a></li>" for x in c.titles(6))
    body = (
        f'<div class="header"><a class="logo" href="/"><img src="/logo.svg" alt="{site}"></a><nav>{menu}</nav></div>'
        f'<div class="article-wrap">{heading}<div class="time">{d:%Y/%m/%d %H:%M}</div><div class="article-body">{paras(c, conv=conv)}</div></div>'
        f'<div class="side"><h2>{conv("热门新闻")}</h2><ul>{others}</ul></div><div class="footer">{conv("版权所有")} &copy; {site}</div>'
    )
    codec = "big5" if shape in (1, 3) and c.rng.random() < 0.5 else "utf-8"
    lang = ' lang="zh-Hant-HK"' if hk else ' lang="zh-Hant-TW"'
    return f"https://{domain}/news/{d:%Y%m%d}/{c.rng.randint(10**6, 10**7)}", doc(tt, head, body, charset=codec, html_attr=lang), "big5" if codec == "big5" else "utf-8", t


KINDS: dict[str, Callable[[Ctx], Made]] = {
    "og_prefix": og_prefix,
    "title_middle": title_middle,
    "three_deck": three_deck,
    "media_label": media_label,
    "alt_only": alt_only,
    "tit_crumb": tit_crumb,
    "logo_h1": logo_h1,
    "column_first": column_first,
    "br_long": br_long,
    "latin_digits": latin_digits,
    "quoted": quoted,
    "question_headline": question_headline,
    "qa_page": qa_page,
    "forum_thread": forum_thread,
    "notice": notice,
    "share_widget": share_widget,
    "amp_page": amp_page,
    "jsonld_only": jsonld_only,
    "mobile_p_title": mobile_p_title,
    "fullwidth_space": fullwidth_space,
    "traditional": traditional,
}
SEEDS = range(WAVE, WAVE + PER_KIND * len(KINDS))


@cache
def splits() -> dict[int, str]:
    """Each seed's half: within a kind, the 16 seeds of lower SHA-256 (``title_probe10:<seed>``) are tune."""
    return hash_splits("title_probe10", WAVE, len(KINDS), PER_KIND)


def make(seed: int) -> TitlePage:
    """Generate the page of one seed."""
    rng = random.Random(f"title_probe10:{seed}")
    split = splits()[seed]
    kind = list(KINDS)[(seed - WAVE) // PER_KIND]
    pub = draw_time(rng, 2006, 2022)
    crawl = later(pub, rng, 3, 2000).replace(second=0)
    c = Ctx(rng, split, Text("", ()), pub, crawl)
    c.text = draw_text(c)
    link, html, codec, truth = KINDS[kind](c)
    fetched = c.crawl.replace(tzinfo=BEIJING).astimezone(UTC)
    return TitlePage(seed, kind, split, link, html.encode(codec, "xmlcharrefreplace"), fetched, truth)


def pages(split: str) -> list[TitlePage]:
    return [make(s) for s in SEEDS if splits()[s] == split]


LABEL = re.compile(r"(?:[（(](?:组图|图|多图|附视频)[)）]|[\[【](?:视频|组图)[\]】])$")
TYPED = re.compile(r"^(?:\[原创\]|【原创】)")


def graded(p: TitlePage, got: str | None) -> str | None:
    """The forms also right, as chosen before measuring: a headline with its media label, a forum
    subject with the ``[原创]`` its poster typed."""
    if got is None:
        return got
    g = squash(got)
    if p.kind == "media_label" and LABEL.sub("", g) == squash(p.truth):
        return p.truth
    if p.kind == "forum_thread" and TYPED.sub("", g) == squash(p.truth):
        return p.truth
    return got


def main(argv: list[str] | None = None) -> int:
    return run_probe(
        argv, __doc__ or "", "Titles, probe wave 10", "bench/title_probe10.py", KINDS, PER_KIND, pages,
        lambda: (TEXTS, FROZEN, lambda: frozen_rows(SEEDS, make)), kind_width=18, grade=graded,
    )


if __name__ == "__main__":
    sys.exit(main())
