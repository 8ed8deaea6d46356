# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""Titles, probe wave 4: sixteen more page kinds from real Chinese sites, written before reading the title code.

Usage: ``python -m bench.title_probe4 [--split tune|report|both] [--failures] [--only-ours] [--check]``.

Why a fourth wave: every earlier wave read far lower on its first run (wave 3: 0.820 report) than
the probes the rules were tuned on (0.97-0.98). This one draws kinds neither ``bench/title_probe.py``
(the date probe's pages) nor ``bench/title_probe3.py`` draws, and was written and frozen before its
author opened the title extraction code: a headline split over two ``<span>``s of one ``<h1>`` by a
``<br>`` with a small 引题 above; a ``<title>`` of only ``栏目_网站`` over a ``<div class=bt>`` headline,
the sidebar's boxes titled by ``<p class=title>``; 2000s GBK table pages whose headline is a cell of
``<font>`` tags under nested menu tables; government disclosure pages printing ``标题：`` in a label
table; headlines holding 【】, 《》 or quotes; headlines ending ``(图)``, ``(组图)``, ``[视频]``; a long hot
list above the article whose first link is bold; mobile pages (``m.``) whose headline is only in a
script's JSON state; a ``<title>`` cut with ``…`` over the whole headline in a ``<span>``; forum posts
whose subject is only the breadcrumb's last element; e-paper 版面 pages listing the page's titles
with one article open; WeChat pages with ``<h1 id=activity-name><span class=js_title_inner>``; an
``<h1>`` holding the site's top story in a banner; texts with their own ``<h2>``/``<strong>`` section
heads; 上一篇/下一篇 links above the headline; video pages whose headline sits over the player with
a playlist beside it.

Truth is the headline as the page prints it. Choices made before measuring: a bracket (【关注】, 《…》,
“…”) printed in the headline is kept; a trailing media flag (``(图)``, ``(组图)``, ``[视频]``) is printed
as part of the headline but says what the page carries, so the headline with or without it is right
(counted); a headline broken by ``<br>`` is its lines joined; the 引题 is no part of it; on a forum post
the subject is the breadcrumb's last element; on an e-paper page, the open article's headline.

Texts are the inews BDCI 2019 train records of ``bench/title_probe3.py`` (headlines with no site or
column part, so one headline is the only right answer); tune pages draw even records, report pages
odd ones. Seeds 7000-7511: 16 kinds, 32 seeds a kind (``7000 + 32 * kind + j``); within a kind the
16 seeds of lower SHA-256 (``title_probe4:<seed>``) are *tune*, the others *report*, decided before
anything ran. Right = our title equals the truth with whitespace ignored and nothing else folded;
the table also gives the share right after NFKC. A page refused as "not an article" is a miss
(every page has a main text). ``title_probe4_truth.json`` freezes each seed's split, kind, truth and
page hash; ``--check`` says whether the pages still match it. Baselines: trafilatura's metadata
title and GNE's title on the same pages.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
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
    before_run,
    frozen_rows,
    halves,
    hash_splits,
    print_kinds,
    probe_parser,
)
from bench.title_probe3 import (  # noqa: E402
    Score,
    TitlePage,
    article_page,
    attr,
    clause,
    crumb,
    draw_text,
    extractors,
    footer,
    header,
    info,
    page,
    site,
    site_wide,
    squash,
    title_tag,
    url,
    weak,
)
from bench.title_probe3 import measure as wave3_measure  # noqa: E402

FROZEN = Path(__file__).with_name("title_probe4_truth.json")
WAVE = 7000
PER_KIND = 32  # 16 tune + 16 report

Made = tuple[str, str, str, str]


def paras_html(c: Ctx) -> str:
    return body_html(c, quoted=False)


def links(c: Ctx, n: int, cls: str = "") -> str:
    """A list of other headlines as links."""
    return (
        f"<ul class='{cls}'>"
        + "".join(
            f"<li><a href='/n/{c.rng.randint(10**4, 10**6)}.html'>{esc(x)}</a></li>" for x in c.titles(n)
        )
        + "</ul>"
    )


# ---------------------------------------------------------------------------------------------
# Kinds: each returns (url, html, charset, truth)


def span_br_h1(c: Ctx) -> Made:
    """One ``<h1>`` of two ``<span>``s split by ``<br>``, a small 引题 above it (a ``<p>`` or a styled span)."""
    s = site(c)
    c.text = draw_text(c, lambda x: len(x) >= 12)
    t = c.text.title
    cuts = [m.end() for m in re.finditer(r"[ ，：！？]", t) if 4 <= m.end() <= len(t) - 4]
    at = c.rng.choice(cuts) if cuts else len(t) // 2
    one, two = esc(t[:at].rstrip(" ")), esc(t[at:].lstrip(" "))
    h1 = c.rng.choice(
        [
            f"<h1><span>{one}</span><br><span>{two}</span></h1>",
            f"<h1 class='title'><span class='line1'>{one}</span><br/><span class='line2'>{two}</span></h1>",
            f"<h1>\n<span>{one}</span>\n<br>\n<span>{two}</span>\n</h1>",
        ]
    )
    lead = esc(clause(c.text.paragraphs[0], c.rng))
    above = c.rng.choice(
        [
            f"<p class='subtitle' style='font-size:14px'>{lead}</p>",
            f"<div class='yt'><span style='font-size:13px;color:#666'>{lead}</span></div>",
            f"<h4 class='pretitle'>{lead}</h4>",
        ]
    )
    return url(c, s), page(title_tag(c, s, t), "", article_page(c, s, above + h1)), "utf-8", t


def column_site_title(c: Ctx) -> Made:
    """``<title>`` only ``栏目_网站``; the headline a ``<div class=bt>``/``<p class=title>``; sidebar boxes titled the same way."""
    s, t = site(c), c.text.title
    title = c.rng.choice(
        [f"{s.column}_{s.name}", f"{s.column} - {s.name}", f"{s.name}-{s.column}", f"{s.column}|{s.name}"]
    )
    head_html = c.rng.choice(
        [
            f"<div class='bt'>{esc(t)}</div>",
            f"<p class='title'>{esc(t)}</p>",
            f"<div class='bt'><span>{esc(t)}</span></div>",
        ]
    )
    box = "".join(
        f"<div class='box'><p class='title'>{name}</p>{links(c, 5)}</div>"
        for name in c.rng.sample(["热点排行", "图片新闻", "专题推荐", "最新更新", "本周热门"], 2)
    )
    body = (
        f"{header(c, s)}{crumb(s)}<div class='main'><div class='left'>{head_html}{info(c)}<div id='zoom'>{paras_html(c)}</div></div>"
        f"<div class='right'>{box}</div></div>{footer(c, s)}"
    )
    return url(c, s), page(title, "", body), "utf-8", t


def font_table_gbk(c: Ctx) -> Made:
    """A 2000s GBK table page: nested menu tables of ``<font size=2>`` links, the headline a cell of ``<font>`` tags."""
    s, t = site(c), c.text.title
    c.pub = c.pub.replace(year=min(c.pub.year, 2010))
    menu = (
        "<table width='778' border='0' cellpadding='0' cellspacing='0'><tr>"
        + "".join(
            f"<td align='center'><a href='/{w}/'><font size='2' color='#FFFFFF'>{w}</font></a></td>"
            for w in ["首页", "新闻中心", "本地新闻", "国内国际", "图片", "专题", "论坛"]
        )
        + "</tr></table>"
    )
    left = (
        "<table width='200'><tr><td><font size='2'><b>最新文章</b></font></td></tr>"
        + "".join(
            f"<tr><td><font size='2'>·<a href='/html/{c.rng.randint(100, 999)}.htm'>{esc(x)}</a></font></td></tr>"
            for x in c.titles(6)
        )
        + "</table>"
    )
    cell = c.rng.choice(
        [
            f"<td height='40' align='center'><font face='黑体' size='5' color='#CC0000'>{esc(t)}</font></td>",
            f"<td align='center' height='36'><font style='font-size:18px'><b>{esc(t)}</b></font></td>",
            f"<td align='center'><b><font size='4' color='#000000'>{esc(t)}</font></b></td>",
        ]
    )
    text = "".join(f"<p><font size='3'>　　{esc(p)}</font></p>" for p in c.text.paragraphs)
    article = (
        f"<table width='560'><tr>{cell}</tr><tr><td align='center'><font size='2' color='#666666'>{any_form(c.pub, c.rng)}　来源：{source_word(c)}</font></td></tr>"
        f"<tr><td><font size='2'>{text}</font></td></tr></table>"
    )
    body = f"{menu}<table width='778'><tr><td valign='top'>{left}</td><td valign='top'>{article}</td></tr></table>{footer(c, s)}"
    title = c.rng.choice([None, site_wide(c, s), f"{s.name}--{s.column}"])
    return url(c, s), page(title, "", body, "gb2312"), "gbk", t


def label_title(c: Ctx) -> Made:
    """A government disclosure page: a label table (索引号, 发文机关, ``标题：``, 发布日期) above the text."""
    s, t = site(c), c.text.title
    n = c.rng.randint(10**6, 10**7)
    label = c.rng.choice(["标题：", "标　　题：", "名称：", "标题"])
    rows = [
        f"<tr><td class='t1'>索 引 号：</td><td>{n:08d}/{c.pub.year}-{c.rng.randint(1, 999):05d}</td><td class='t1'>主题分类：</td><td>综合政务</td></tr>",
        f"<tr><td class='t1'>发文机关：</td><td>{s.name}办公室</td><td class='t1'>成文日期：</td><td>{c.pub:%Y-%m-%d}</td></tr>",
        f"<tr><td class='t1'>{label}</td><td colspan='3'>{esc(t)}</td></tr>",
        f"<tr><td class='t1'>发布日期：</td><td>{c.pub:%Y年%m月%d日}</td><td class='t1'>文　　号：</td><td></td></tr>",
    ]
    head_html = f"<table class='xxgk' border='1' cellspacing='0'>{''.join(rows)}</table>"
    if c.rng.random() < 0.4:  # some print the headline again as a plain line
        head_html += f"<div class='xxgk_title'>{esc(t)}</div>"
    title = c.rng.choice([f"{s.name}", "信息公开", f"政府信息公开_{s.name}", f"{t}_{s.name}"])
    body = f"{header(c, s)}{crumb(s)}<div class='main'>{head_html}<div class='TRS_Editor'>{paras_html(c)}</div></div>{footer(c, s)}"
    return url(c, s), page(title, "", body), "utf-8", t


BRACKETED = re.compile('[【】《》“”"「」]')


def brackets_kept(c: Ctx) -> Made:
    """Headlines holding 【】, 《》 or quotes (the text's own, or a 【栏目】 tag the CMS prints before it)."""
    s = site(c)
    if c.rng.random() < 0.6:
        c.text = draw_text(c, lambda x: BRACKETED.search(x) is not None)
        t = c.text.title
    else:
        t = (
            c.rng.choice(
                [
                    "【聚焦两会】",
                    "【关注】",
                    "【民生直通车】",
                    "【法治在线】",
                    "【学习进行时】",
                    "【我为群众办实事】",
                ]
            )
            + c.text.title
        )
    metas = f'<meta property="og:title" content="{attr(t)}">' if c.rng.random() < 0.4 else ""
    head_html = c.rng.choice(
        [f"<h1>{esc(t)}</h1>", f"<div class='title'>{esc(t)}</div>", f"<h2 class='art-title'>{esc(t)}</h2>"]
    )
    return url(c, s), page(title_tag(c, s, t), metas, article_page(c, s, head_html)), "utf-8", t


MEDIA = ["(图)", "（图）", "(组图)", "（组图）", "[视频]", "（附视频）", "[图]"]


def media_suffix(c: Ctx) -> Made:
    """A headline ending with a media flag (图)/(组图)/[视频] in the heading and in ``<title>``."""
    s = site(c)
    c.text = draw_text(c, lambda x: not x.endswith(("）", ")", "]")))
    t = c.text.title + c.rng.choice(MEDIA)
    pic = f"<p align='center'><img src='/uploadfile/{c.rng.randint(10**5, 10**6)}.jpg'></p><p align='center'>图为{esc(clause(c.text.paragraphs[0], c.rng))}</p>"
    return url(c, s), page(title_tag(c, s, t), "", article_page(c, s, heading(c, t), between=pic)), "utf-8", t


def heading(c: Ctx, t: str) -> str:
    return c.rng.choice([f"<h1>{esc(t)}</h1>", weak(c, esc(t)), f"<h2>{esc(t)}</h2>"])


def hot_list_first(c: Ctx) -> Made:
    """A long hot list above the article, its first item a bold link that reads like a headline."""
    s, t = site(c), c.text.title
    others = c.titles(12)
    first = c.rng.choice(
        [
            f"<li class='first'><a href='/n/1.html'><b>{esc(others[0])}</b></a></li>",
            f"<li class='top'><strong><a href='/n/1.html'>{esc(others[0])}</a></strong><p>{esc(others[1])}</p></li>",
        ]
    )
    hot = (
        f"<div class='hotnews'><div class='hd'>{c.rng.choice(['热点新闻', '今日关注', '要闻速览'])}</div><ul>{first}"
        + "".join(f"<li><a href='/n/{i}.html'>{esc(x)}</a></li>" for i, x in enumerate(others[2:], 2))
        + "</ul></div>"
    )
    head_html = c.rng.choice([weak(c, esc(t)), f"<h1>{esc(t)}</h1>", f"<h3 class='tit'>{esc(t)}</h3>"])
    html = article_page(c, s, head_html, before=hot)
    return url(c, s), page(title_tag(c, s, t), "", html), "utf-8", t


def mobile_json(c: Ctx) -> Made:
    """A mobile page (``m.``): the headline only in a script's JSON state, ``<title>`` the site's; the text rendered."""
    s, t = site(c), c.text.title
    n = c.rng.randint(10**6, 10**8)
    state = {
        "article": {"id": n, "title": t, "source": source_word(c), "pubTime": f"{c.pub:%Y-%m-%d %H:%M}"},
        "channel": s.column,
    }
    blob = json.dumps(state, ensure_ascii=c.rng.random() < 0.5)
    script = c.rng.choice(
        [
            f"<script>window.__INITIAL_STATE__={blob};</script>",
            f"<script>var articleData = {blob};</script>",
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": state}}, ensure_ascii=False)}</script>',
        ]
    )
    text = "".join(f"<p data-v-1a2b>{esc(p)}</p>" for p in c.text.paragraphs)
    body = f"<div id='app'><div class='m-header'><a href='/'>{s.name}</a><span class='menu'>频道</span></div><div class='m-info'>{source_word(c)} {c.pub:%m-%d %H:%M}</div><div class='m-content'>{text}</div><div class='m-more'>{links(c, 4)}</div></div>{script}"
    title = c.rng.choice([s.name, f"{s.name}手机版", f"{s.column}-{s.name}", ""])
    link = f"https://m.{s.domain}/detail/{n}.html"
    return (
        link,
        page(title, "<meta name='viewport' content='width=device-width,initial-scale=1'>", body),
        "utf-8",
        t,
    )


def title_cut_body(c: Ctx) -> Made:
    """``<title>`` cut with ``…`` (and the site after it); the whole headline in the page in a ``<span>``."""
    s = site(c)
    c.text = draw_text(c, lambda x: len(x) >= 16)
    t = c.text.title
    cut = t[: c.rng.randint(10, len(t) - 3)] + c.rng.choice(["…", "...", "…"])
    title = c.rng.choice([f"{cut}_{s.name}", f"{cut} - {s.column} - {s.name}", cut])
    head_html = c.rng.choice(
        [
            f"<div class='hd'><span class='tit'>{esc(t)}</span></div>",
            f"<div class='detail-title'><span>{esc(t)}</span></div>",
            f"<span class='article_title'>{esc(t)}</span><br>",
        ]
    )
    return url(c, s), page(title, "", article_page(c, s, head_html)), "utf-8", t


def forum_crumb(c: Ctx) -> Made:
    """A forum post whose subject is only the breadcrumb's last element; ``<title>`` the board's, the post in a ``<td class=t_f>``."""
    s, t = site(c), c.text.title
    board = c.rng.choice(["百姓话题", "民生投诉", "城事杂谈", "吃喝玩乐", "房产家居"])
    forum = f"{s.name.replace('网', '')}论坛"
    tid = c.rng.randint(10**5, 10**7)
    trail = c.rng.choice(
        [
            f"<div id='pt' class='bm cl'><div class='z'><a href='./'>{forum}</a> <em>›</em> <a href='forum.php'>论坛</a> <em>›</em> <a href='forum-12-1.html'>{board}</a> <em>›</em> <a href='thread-{tid}-1-1.html'>{esc(t)}</a></div></div>",
            f"<div class='breadcrumb'>{forum} &raquo; <a href='/board/12'>{board}</a> &raquo; {esc(t)}</div>",
        ]
    )
    poster = user(c)
    post = (
        f"<table class='plhin' id='pid{tid}'><tr><td class='pls'><div class='authi'><a class='xw1'>{poster}</a></div><p>帖子 {c.rng.randint(10, 999)}</p></td>"
        f"<td class='plc'><div class='pi'><em>发表于 {c.pub:%Y-%m-%d %H:%M}</em></div><div class='t_fsz'><table><tr><td class='t_f' id='postmessage_{tid}'>"
        + "<br /><br />".join(esc(p) for p in c.text.paragraphs)
        + "</td></tr></table></div></td></tr></table>"
    )
    reply = f"<table class='plhin'><tr><td class='pls'><a class='xw1'>{user(c)}</a></td><td class='plc'><div class='t_f'>顶一下，说得好！</div></td></tr></table>"
    title = c.rng.choice([f"{board} - {forum} - Powered by Discuz!", f"{forum}", f"{board}_{forum}"])
    body = f"<div id='hd'><div class='hdc'><h2><a href='./'>{forum}</a></h2></div>{nav(c)}</div>{trail}<div id='postlist'>{post}{reply}</div>"
    return f"http://bbs.{s.domain}/thread-{tid}-1-1.html", page(title, "", body, "gbk"), "gbk", t


def epaper_open(c: Ctx) -> Made:
    """An e-paper 版面 page: the page's titles listed (the open one among them), one article open with 引题/副题."""
    t = c.text.title
    paper = c.rng.choice(["金华日报", "宜宾日报", "平顶山日报", "汉中日报", "烟台日报", "长沙晚报"])
    no = c.rng.randint(1, 12)
    others = c.titles(5)
    titles = others[:]
    titles.insert(c.rng.randint(0, 5), t)
    listing = (
        "<div class='news-list'><h4>本版新闻</h4><ul>"
        + "".join(
            f"<li><a href='content_{c.rng.randint(10**5, 10**6)}.htm'>{esc(x)}</a></li>" for x in titles
        )
        + "</ul></div>"
    )
    lead = esc(clause(c.text.paragraphs[0], c.rng))
    sub = esc(clause(c.text.paragraphs[-1], c.rng))
    shape = c.rng.choice(["founder", "div", "td"])
    if shape == "founder":
        art = f"<div class='article'><h3>{lead}</h3><h1>{esc(t)}</h1><h2>{sub}</h2><div id='ozoom'><founder-content>{paras_html(c)}</founder-content></div></div>"
    elif shape == "div":
        art = f"<div class='detail'><p class='yt'>{lead}</p><p class='bt'>{esc(t)}</p><p class='ft'>{sub}</p><div class='content'>{paras_html(c)}</div></div>"
    else:
        art = f"<table><tr><td class='font02'>{lead}</td></tr><tr><td class='font01'>{esc(t)}</td></tr><tr><td class='font02'>{sub}</td></tr><tr><td class='content'>{paras_html(c)}</td></tr></table>"
    bar = f"<div class='paper-bar'>{paper} {c.pub:%Y年%m月%d日} 第{no:02d}版：{c.rng.choice(['要闻', '综合', '社会', '经济'])} <a href='../../../'>往期回顾</a></div>"
    order = [listing, art] if c.rng.random() < 0.5 else [art, listing]
    title = c.rng.choice(
        [f"{paper}-第{no:02d}版", f"{paper}数字报", f"{t}-{paper}", f"{paper} - {c.pub:%Y年%m月%d日}"]
    )
    link = f"http://epaper.{c.rng.choice(['jhnews.com.cn', 'ybxww.com', 'pdsxww.com'])}/html/{c.pub:%Y-%m/%d}/content_{c.rng.randint(10**5, 10**6)}.htm"
    return link, page(title, "", bar + "<div class='main'>" + "".join(order) + "</div>"), "utf-8", t


def wechat_h1_inner(c: Ctx) -> Made:
    """A newer WeChat page: ``<h1 id=activity-name><span class=js_title_inner>``, a 合集 tag, ``<title>`` empty or the headline."""
    t = c.text.title
    account = c.rng.choice(["平安金华", "宜宾发布", "平顶山日报", "汉中融媒", "烟台晚报", "星辰在线"])
    tag = (
        f"<div class='article-tag__list'><span class='article-tag__item'>#{c.rng.choice(['民生', '本地资讯', '热点'])}</span></div>"
        if c.rng.random() < 0.5
        else ""
    )
    paras = "".join(f"<section><span leaf=''>{esc(p)}</span></section>" for p in c.text.paragraphs)
    body = (
        f"<div id='img-content' class='rich_media_wrp'><h1 class='rich_media_title' id='activity-name'>\n<span class='js_title_inner'>{esc(t)}</span>\n</h1>{tag}"
        f"<div id='meta_content' class='rich_media_meta_list'><span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>{account}</a></span>"
        f"<em id='publish_time' class='rich_media_meta rich_media_meta_text'>{c.pub:%Y-%m-%d %H:%M}</em></div>"
        f"<div class='rich_media_content js_underline_content' id='js_content'>{paras}</div>"
        f"<div class='rich_media_tool'><a id='js_view_source'>阅读原文</a></div></div>"
    )
    metas = f'<meta property="og:title" content="{attr(t)}">' if c.rng.random() < 0.3 else ""
    if c.rng.random() < 0.5:
        body += f"<script>var msg_title = '{attr(t)}'.html(false);</script>"
    link = f"https://mp.weixin.qq.com/s/{hashlib.sha1(t.encode()).hexdigest()[:22]}"
    return link, page(c.rng.choice(["", t, None]), metas, body), "utf-8", t


def sidebar_h1(c: Ctx) -> Made:
    """A banner or side box whose ``<h1>`` is the site's top story; the headline an ``<h2>`` or a classed div."""
    s, t = site(c), c.text.title
    top = c.titles(1)[0]
    banner = c.rng.choice(
        [
            f"<div class='toutiao'><h1><a href='/n/{c.rng.randint(10**4, 10**6)}.html'>{esc(top)}</a></h1><p>{esc(c.titles(1)[0])}</p></div>",
            f"<div class='headline-box'><h1 class='big'>{esc(top)}</h1></div>",
        ]
    )
    head_html = c.rng.choice(
        [f"<h2>{esc(t)}</h2>", f"<div class='title'>{esc(t)}</div>", f"<h2 class='news-title'>{esc(t)}</h2>"]
    )
    where = c.rng.choice(["before", "side"])
    tr = traps(c, ("related",))
    main = f"<div class='article'>{head_html}{info(c)}<div class='content'>{paras_html(c)}</div></div>{tr['related']}"
    if where == "before":
        body = f"{header(c, s)}{banner}{crumb(s)}<div class='main'>{main}</div>{footer(c, s)}"
    else:
        body = f"{header(c, s)}{crumb(s)}<div class='main'>{main}</div><div class='side'>{banner}{links(c, 6)}</div>{footer(c, s)}"
    return url(c, s), page(title_tag(c, s, t), "", body), "utf-8", t


def body_subheads(c: Ctx) -> Made:
    """A text with its own section heads (``<h2>``/``<h3>``/``<p><strong>`` 一、…) under a weak headline."""
    s = site(c)
    c.text = draw_text(c, lambda x: True)
    t = c.text.title
    paras = list(c.text.paragraphs)
    tag = c.rng.choice(["h2", "h3", "strong"])
    out = []
    for i, p in enumerate(paras):
        if i % 2 == 0:
            head = f"{'一二三四五六七八九十'[min(i // 2, 9)]}、{clause(p, c.rng)}"
            out.append(
                f"<p><strong>{esc(head)}</strong></p>" if tag == "strong" else f"<{tag}>{esc(head)}</{tag}>"
            )
        out.append(f"<p>　　{esc(p)}</p>")
    head_html = c.rng.choice([weak(c, esc(t)), f"<h1>{esc(t)}</h1>"])
    tr = traps(c, ("sidebar", "copyright"))
    body = f"{header(c, s)}{crumb(s)}<div class='main'><div class='article'>{head_html}{info(c)}<div class='content'>{''.join(out)}</div></div></div>{tr['sidebar']}{footer(c, s)}"
    return url(c, s), page(title_tag(c, s, t), "", body), "utf-8", t


def prev_next_top(c: Ctx) -> Made:
    """上一篇/下一篇 links above the headline (and again under the text), the neighbours' titles bold on some."""
    s, t = site(c), c.text.title
    a, b = c.titles(2)
    bold = c.rng.random() < 0.5

    def pn(x: str) -> str:
        return f"<b>{esc(x)}</b>" if bold else esc(x)

    bar = f"<div class='prenext'><p>上一篇：<a href='/n/{c.rng.randint(10**4, 10**6)}.html'>{pn(a)}</a></p><p>下一篇：<a href='/n/{c.rng.randint(10**4, 10**6)}.html'>{pn(b)}</a></p></div>"
    head_html = c.rng.choice([weak(c, esc(t)), f"<h1>{esc(t)}</h1>", f"<h2>{esc(t)}</h2>"])
    html = article_page(c, s, head_html, before=bar, between="")
    html = html.replace("<div class='side'>", bar + "<div class='side'>", 1)
    return url(c, s), page(title_tag(c, s, t), "", html), "utf-8", t


def video_page(c: Ctx) -> Made:
    """A video page: the headline over the player, a short text under it, a playlist of other titles beside it."""
    s, t = site(c), c.text.title
    keep = c.text.paragraphs[: c.rng.randint(2, max(2, len(c.text.paragraphs)))]
    text = "".join(f"<p>{esc(p)}</p>" for p in keep)
    player = (
        f"<div class='player'><video src='/video/{c.rng.randint(10**5, 10**6)}.mp4' controls></video></div>"
    )
    head_html = c.rng.choice(
        [
            f"<div class='video-title'><h3>{esc(t)}</h3></div>",
            f"<h1 class='vtitle'>{esc(t)}</h1>",
            f"<div class='tit'>{esc(t)}</div>",
        ]
    )
    playlist = (
        "<div class='playlist'><h3>相关视频</h3><ul>"
        + "".join(
            f"<li><img src='/p/{i}.jpg'><p class='title'><a href='/v/{i}.html'>{esc(x)}</a></p></li>"
            for i, x in enumerate(c.titles(6))
        )
        + "</ul></div>"
    )
    above = c.rng.random() < 0.5
    inner = f"{head_html}{player}" if above else f"{player}{head_html}"
    body = f"{header(c, s)}{crumb(s)}<div class='main'><div class='video-main'>{inner}<div class='info'>{c.pub:%Y-%m-%d %H:%M}　来源：{source_word(c)}</div><div class='summary'>{text}</div></div>{playlist}</div>{footer(c, s)}"
    return url(c, s).replace("news.", "v.", 1), page(title_tag(c, s, t), "", body), "utf-8", t


KINDS: dict[str, Callable[[Ctx], Made]] = {
    "span_br_h1": span_br_h1,
    "column_site_title": column_site_title,
    "font_table_gbk": font_table_gbk,
    "label_title": label_title,
    "brackets_kept": brackets_kept,
    "media_suffix": media_suffix,
    "hot_list_first": hot_list_first,
    "mobile_json": mobile_json,
    "title_cut_body": title_cut_body,
    "forum_crumb": forum_crumb,
    "epaper_open": epaper_open,
    "wechat_h1_inner": wechat_h1_inner,
    "sidebar_h1": sidebar_h1,
    "body_subheads": body_subheads,
    "prev_next_top": prev_next_top,
    "video_page": video_page,
}
SEEDS = range(WAVE, WAVE + PER_KIND * len(KINDS))


# ---------------------------------------------------------------------------------------------
# Pages, splits, scoring


@cache
def splits() -> dict[int, str]:
    """Each seed's half: within a kind, the 16 seeds of lower SHA-256 (``title_probe4:<seed>``) are tune."""
    return hash_splits("title_probe4", WAVE, len(KINDS), PER_KIND)


def make(seed: int) -> TitlePage:
    """Generate the page of one seed."""
    rng = random.Random(f"title_probe4:{seed}")
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


def flagless(title: str) -> str:
    """The headline without a trailing media flag."""
    for flag in MEDIA:
        if title.endswith(flag):
            return title[: -len(flag)]
    return title


def graded(p: TitlePage, got: str | None) -> tuple[str | None, bool]:
    """What is scored: a title missing only the media flag counts as the truth (and says so)."""
    if (
        got is not None
        and p.kind == "media_suffix"
        and squash(got) == squash(flagless(p.truth)) != squash(p.truth)
    ):
        return p.truth, True
    return got, False


def measure(
    ps: list[TitlePage], fn: Callable[[TitlePage], str | None]
) -> tuple[Score, dict[str, Score], int]:
    """Wave 3's scoring of ``fn``'s titles as graded here, and how many of them only lacked a media flag."""
    dropped: list[TitlePage] = []

    def scored(p: TitlePage) -> str | None:
        got, flagless_only = graded(p, fn(p))
        if flagless_only:
            dropped.append(p)
        return got

    total, by_kind = wave3_measure(ps, scored)
    return total, by_kind, len(dropped)


def main(argv: list[str] | None = None) -> int:
    args = probe_parser(__doc__ or "").parse_args(argv)
    done = before_run(
        args, "Titles, probe wave 4", TEXTS, FROZEN, lambda: frozen_rows(SEEDS, make), ensure_ascii=False
    )
    if done is not None:
        return done
    lines = [
        "| split | extractor | pages | right | right after NFKC | refused (no article) | wrong title | media flag dropped | seconds |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    kinds_table: dict[str, dict[str, Score]] = {}
    ok = True
    for split in halves(args):
        ps = pages(split)
        for name, fn in extractors(args.only_ours or args.failures).items():
            started = time.monotonic()
            total, by_kind, dropped = measure(ps, fn)
            lines.append(
                f"| {split} | {name} | {total.total} | {total.right / total.total:.3f} | {total.right_nfkc / total.total:.3f} | "
                f"{total.refused} | {total.wrong} | {dropped} | {time.monotonic() - started:.1f} |"
            )
            if split == "tune":
                kinds_table.setdefault(name, {}).update(by_kind)
            elif name == "ours":
                ok = ok and total.right / total.total >= 0.95
            if args.failures and name == "ours":
                for p, got in total.bad:
                    print(f"{p.seed} {p.kind:18s} truth={p.truth!r} got={got!r} {p.url}")
                print(Counter(p.kind for p, _ in total.bad))
    if args.failures:
        return 0
    print("## Titles, probe wave 4\n")
    print(
        f"{PER_KIND // 2} pages a kind a half, {len(KINDS)} kinds (`bench/title_probe4.py`: written before reading the title code). "
        "Right = the printed headline with whitespace ignored, nothing folded (a media flag such as (图) may be dropped, counted); a refused page is a miss.\n"
    )
    print("\n".join(lines))
    print_kinds(KINDS, kinds_table)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
