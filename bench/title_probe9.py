# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""Titles, probe wave 9: fifteen more page kinds from real Chinese sites, written before reading the title code.

Usage: ``python -m bench.title_probe9 [--split tune|report|both] [--failures] [--only-ours] [--check]``.

Why a ninth wave: every earlier wave read far lower on its first run (wave 8: 0.621 report) than
after it was tuned on (0.875-0.99). This one draws kinds none of waves 1 and 3-8 draws (their
docstrings and kind lists were read, none of their page builders but wave 8's) and was written and
frozen before its author opened the title extraction code (``crawler/extract``); its furniture is
its own:

- a headline edited after publication: ``<title>`` (``标题_频道_站``) and ``og:title`` keep the first
  version (a ``重磅！``/``突发！`` lead, half-width punctuation, a clause dropped), the page prints the new one;
- 今日头条/百家号/简书-like pages whose classes are CSS-module hashes (``_3tNyU``, ``sKHSJ``,
  ``_1RuRku``): the headline a hashed ``<div>`` on most, the author's name in a bigger element above it;
- 微博 posts: ``#话题#【标题】正文…`` in ``div.WB_text``/``div.weibo-text``, ``<title>`` ``X的微博_微博``;
- a 延伸阅读/相关阅读/背景链接 box after the text holding another article (its heading an
  ``<h2>``/``<h3>``/``<strong>``, three paragraphs) under a headline in an ``<h1>`` or a div;
- 央视网-like pages whose source and time line is an ``<h2>``/``<h3>`` under the headline;
- WordPress pages with a Yoast JSON-LD ``@graph`` (Organization, WebSite, a WebPage named
  ``标题 - 站``, a BreadcrumbList, the Article's ``headline``) and the site's name in ``h1.site-title``;
- accessible (无障碍) pages whose headings are ``role=heading`` divs with ``aria-level``;
- 2000s government table layouts where every box caption is a ``<td class=title>`` and the headline
  one more (GB2312);
- university news pages of 博达 VSB (``td.titlestyle125943``, ``#vsb_content``) and WebPlus
  (``h1.arti_title`` over an empty ``h2.arti_title``), ``<title>`` the school's;
- two-part headlines printed with a space (``女子开车去车站接人时被劫持 后遗弃在昆山``), the heading
  weak or absent and ``<title>`` ``前半 后半_站``;
- headlines broken over two block elements (two ``<p>``s of a title div, two ``<h1>``s, two line divs);
- government pages with the 政府网站 metas (``SiteName``, ``ColumnName``, ``ArticleTitle``, ``PubDate``),
  the headline in a weak tag, ``<title>`` the site's or absent;
- PTT posts (批踢踢, traditional characters): ``標題`` in ``article-meta-value`` as ``[新聞] 標題``,
  ``<title>[新聞] 標題 - 看板 Gossiping - 批踢踢實業坊``, pushes below;
- 豆瓣小组 topics: the ``<h1>`` cut with ``...``, the whole headline in ``td.tablecc`` after ``标题：``;
- reposts marked ``[转载]``/``【转】``/``转：``/``(转)`` before the headline (新浪博客 with its
  ``原文地址：… 作者：…`` line, other blogs and forums).

Truth is the headline as the page prints it. Choices made before measuring: an edited headline's
printed version is the truth, not the ``<title>``'s; on a 微博 post the headline is what the 【】 hold
(kept in its 【】: also right, counted); a 延伸阅读 article's heading is no headline of the page; a
source line is none; a two-part headline is both parts; a broken headline is its lines joined; a PTT
post's ``[分類]`` tag is typed into its subject and printed, so the subject with or without it is right
(counted); a repost mark says what the post is, not what it is about: the headline with or without it
is right (counted); a cut heading's whole headline is the truth.

Texts are the inews BDCI 2019 train records of ``bench/title_probe3.py``'s pools (headlines with no
site or column part; the two-part kind draws those holding a space): tune pages even records, report
pages odd ones; the PTT kind converts them to Taiwan traditional characters (OpenCC ``s2tw``). Seeds
15000-15479: 15 kinds, 32 seeds a kind (``15000 + 32 * kind + j``); within a kind the 16 seeds of
lower SHA-256 (``title_probe9:<seed>``) are *tune*, the others *report*, decided before anything ran.
Right = our title equals the truth with whitespace ignored and nothing else folded; a page refused
as "not an article" is a miss. ``title_probe9_truth.json`` freezes each seed's split, kind, truth and
page hash; ``--check`` says whether the pages still match it. Baselines: trafilatura's metadata
title and GNE's.
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

FROZEN = Path(__file__).with_name("title_probe9_truth.json")
WAVE = 15000
PER_KIND = 32  # 16 tune + 16 report
Made = tuple[str, str, str, str]

SITES9 = [
    ("长江网", "cjn.cn"),
    ("浙江在线", "zjol.com.cn"),
    ("南方网", "southcn.com"),
    ("广西新闻网", "gxnews.com.cn"),
    ("北青网", "ynet.com"),
    ("新民网", "xinmin.cn"),
    ("齐鲁网", "iqilu.com"),
    ("每日甘肃", "gansudaily.com.cn"),
    ("宁夏新闻网", "nxnews.net"),
    ("多彩贵州网", "gog.cn"),
    ("东南网", "fjsen.com"),
    ("安徽网", "ahwang.cn"),
]
CHANNELS = ["国内", "社会", "本地", "民生", "财经", "科教", "文体", "法治", "健康", "图片"]


# ---------------------------------------------------------------------------------------------
# Furniture of this wave


def pick_site(c: Ctx) -> tuple[str, str]:
    return c.rng.choice(SITES9)


def paras(c: Ctx, text: Text | None = None, limit: int | None = None) -> str:
    ps = (text or c.text).paragraphs
    return "".join(f"<p>{esc(p)}</p>" for p in ps[:limit])


def nav(c: Ctx, name: str) -> str:
    words = c.rng.sample(["首页", "新闻", "时评", "视觉", "政务", "财经", "教育", "健康", "旅游", "房产", "汽车", "专题"], 8)
    return f'<div class="header"><a class="logo" href="/"><img src="/images/logo.png" alt="{name}"></a><div class="menu">' + "".join(f'<a href="/{w}/">{w}</a>' for w in words) + "</div></div>"


def hot(c: Ctx, caption: str = "热点新闻") -> str:
    rows = "".join(f'<li><a href="/n/{c.rng.randint(10**4, 10**6)}.shtml">{esc(t)}</a></li>' for t in c.titles(6))
    return f'<div class="right-box"><div class="box-title">{caption}</div><ul>{rows}</ul></div>'


def foot(name: str) -> str:
    return f'<div class="foot">关于我们 | 联系我们 | 广告服务<br>Copyright © {name} All Rights Reserved 增值电信业务经营许可证</div>'


def title_tag(c: Ctx, name: str, t: str) -> str | None:
    """The page's ``<title>``: the headline with the site (half), the site alone, or none."""
    r = c.rng.random()
    if r < 0.5:
        return f"{t}{c.rng.choice(['_', ' - ', '-', '|'])}{name}"
    if r < 0.8:
        return name
    return None


def doc(title: str | None, head: str, body: str, charset: str = "utf-8", html_attr: str = "") -> str:
    tt = "" if title is None else f"<title>{esc(title)}</title>"
    return f'<!DOCTYPE html>\n<html{html_attr}><head><meta charset="{charset}">{tt}{head}</head><body>{body}</body></html>'


def link(c: Ctx, domain: str, path: str = "content") -> str:
    return f"https://{c.rng.choice(['news', 'www', 'm'])}.{domain}/{path}/{c.pub:%Y-%m/%d}/content_{c.rng.randint(10**5, 10**7)}.html"


def stamp(c: Ctx) -> str:
    return f"{c.pub:%Y-%m-%d %H:%M}"


def other_text(c: Ctx) -> Text:
    """Another text of the page's half (not the page's own)."""
    while True:
        t = draw_text(c)
        if t.title != c.text.title:
            return t


# ---------------------------------------------------------------------------------------------
# Kinds

HALF = str.maketrans("，：！？；（）", ",:!?;()")


def drifted(c: Ctx, t: str) -> str:
    """The headline's first version: a lead word, half-width punctuation or a clause less."""
    ways = ["lead", "half", "clause"]
    c.rng.shuffle(ways)
    for way in ways:
        if way == "lead":
            out = c.rng.choice(["重磅！", "突发！", "刚刚，", "最新！", "关注｜"]) + t
        elif way == "half":
            out = t.translate(HALF)
        else:
            parts = re.split(r"(?<=[，,])|\s+", t)
            out = "".join(parts[:-1]).rstrip("，, ") if len(parts) > 1 else t
        if squash(out) != squash(t) and len(out) >= 4:
            return out
    return "突发！" + t


def title_drift(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    first = drifted(c, t)
    channel = c.rng.choice(CHANNELS)
    head = f'<meta property="og:title" content="{esc(first)}">' if c.rng.random() < 0.5 else ""
    head += f'<meta name="description" content="{esc(c.text.paragraphs[0][:60])}">'
    heading = c.rng.choice(['<h1 class="title">{}</h1>', '<div class="article-tit">{}</div>', '<h2 class="tit">{}</h2>']).format(esc(t))
    body = (
        f'{nav(c, name)}<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{channel}/">{channel}</a> &gt; 正文</div>'
        f'<div class="article">{heading}<div class="info"><span>{stamp(c)}</span><span>来源：{name}</span></div><div class="article-content">{paras(c)}</div></div>{hot(c)}{foot(name)}'
    )
    tt = c.rng.choice([f"{first}_{channel}_{name}", f"{first}_{name}", f"{first}-{channel}频道-{name}"])
    return link(c, domain), doc(tt, head, body), "utf-8", t


AUTHORS = ["城事观察", "新闻晨报", "财经早餐", "老张说事", "科技日日新", "法治在线", "健康时报", "悦读时光"]


def hashed_classes(c: Ctx) -> Made:
    t = c.text.title
    who = c.rng.choice(AUTHORS)
    shape = c.rng.randrange(3)
    strong = c.rng.random() < 0.4
    ps = "".join(f'<p data-track="{i}">{esc(p)}</p>' for i, p in enumerate(c.text.paragraphs))
    recs = "".join(f'<div class="_2Y0oq"><div class="_3Kh9y">{esc(x)}</div><span class="_1pH7c">{c.rng.randint(1, 999)}评论</span></div>' for x in c.titles(5))
    if shape == 0:  # 百家号
        heading = f'<h2 class="sKHSJ">{esc(t)}</h2>' if strong else f'<div class="sKHSJ">{esc(t)}</div>'
        body = (
            f'<div class="_2ml3Y"><div class="_3tNyU"><div class="_2gGWi"><div class="_7y5nA" style="font-size:18px">{who}</div><div class="_1z6Vu">{c.pub:%m-%d %H:%M}</div><div class="_3cTP3">关注</div></div>{heading}</div>'
            f'<div class="_18p7x" data-testid="article"><div class="_3ygOc">{ps}</div></div><div class="_2dZVR"><div class="_1vHuS">为你推荐</div>{recs}</div></div>'
        )
        tt = c.rng.choice([t, "百家号", None])
        url = f"https://baijiahao.baidu.com/s?id={c.rng.randint(10**18, 10**19)}"
    elif shape == 1:  # 今日头条
        heading = f'<h1 class="_1rHy8">{esc(t)}</h1>' if strong else f'<div class="_1rHy8">{esc(t)}</div>'
        body = (
            f'<div class="_3bYvS"><div class="_2lO6u"><a class="_3jcqk">{who}</a><span class="_1tqx0">{c.pub:%Y-%m-%d %H:%M}</span></div>{heading}'
            f'<article class="syl-article-base tt-article-content syl-device-pc">{ps}</article></div><div class="_3WkIh"><div class="_1vHuS">相关推荐</div>{recs}</div>'
        )
        tt = c.rng.choice([f"{t} - 今日头条", "今日头条", None])
        url = f"https://www.toutiao.com/article/{c.rng.randint(10**18, 10**19)}/"
    else:  # 简书
        heading = f'<h1 class="_1RuRku">{esc(t)}</h1>' if strong else f'<div class="_1RuRku">{esc(t)}</div>'
        body = (
            f'<div class="_3VRLsv"><div class="_gp-ck"><section class="ouvJEz">{heading}<div class="rEsl9f"><div class="_2mYfmT"><span class="_22gUMi" style="font-size:20px">{who}</span><span class="_3tCVn5">关注</span></div>'
            f'<div class="s-dsoj"><time>{c.pub:%Y.%m.%d %H:%M:%S}</time><span>字数 {sum(map(len, c.text.paragraphs))}</span></div></div><article class="_2rhmJa">{ps}</article></section></div><aside class="_2OwGUo"><div class="_3Z3nHf">推荐阅读</div>{recs}</aside></div>'
        )
        tt = c.rng.choice([f"{t} - 简书", "简书", None])
        url = f"https://www.jianshu.com/p/{c.rng.getrandbits(48):012x}"
    return url, doc(tt, "", f'<div id="root">{body}</div>'), "utf-8", t


WEIBO_USERS = ["人民日报", "央视新闻", "新京报", "头条新闻", "中国新闻网", "澎湃新闻", "南方都市报", "北京青年报"]


def weibo_post(c: Ctx) -> Made:
    t = c.text.title
    user = c.rng.choice(WEIBO_USERS)
    word = re.split(r"[，,：:！!？?\s“”]", t)[0][:10]
    topic = c.rng.choice(["", f'<a class="a_topic" href="/k/x">#{esc(word)}#</a>', '<a class="a_topic">#新闻早知道#</a>'])
    text = "<br>".join(esc(p) for p in c.text.paragraphs)
    lead = f"{topic}【{esc(t)}】{text} ​​​​"
    comments = "".join(f'<div class="list_li"><div class="WB_text"><a>用户{c.rng.randint(1000, 99999)}</a>：{c.rng.choice(["转发微博", "关注", "希望早日解决", "支持", "厉害了"])}</div><div class="WB_from">{c.rng.randint(1, 59)}分钟前</div></div>' for _ in range(c.rng.randint(2, 5)))
    if c.rng.random() < 0.5:
        body = (
            f'<div class="WB_frame"><div class="WB_feed_detail"><div class="WB_detail"><div class="WB_info"><a class="W_f14 W_fb S_txt1">{user}</a></div>'
            f'<div class="WB_from S_txt2">{c.pub:%m-%d %H:%M} 来自 微博 weibo.com</div><div class="WB_text W_f14" node-type="feed_list_content">{lead}</div></div>'
            f'<div class="WB_feed_handle">转发 {c.rng.randint(1, 9999)} 评论 {c.rng.randint(1, 9999)} 赞 {c.rng.randint(1, 99999)}</div></div><div class="WB_feed_repeat">{comments}</div></div>'
        )
        url = f"https://weibo.com/{c.rng.randint(10**9, 10**10)}/{c.rng.getrandbits(40):x}"
    else:
        body = (
            f'<div class="card m-panel card9"><header class="weibo-top"><div class="m-text-box"><h3 class="m-text-cut">{user}</h3><h4 class="time">{c.pub:%m-%d}</h4></div></header>'
            f'<article class="weibo-main"><div class="weibo-og"><div class="weibo-text">{lead}</div></div></article><footer class="m-ctrl-box">转发 评论 赞</footer></div><div class="comment-content">{comments}</div>'
        )
        url = f"https://m.weibo.cn/detail/{c.rng.randint(10**15, 10**16)}"
    tt = c.rng.choice([f"{user}的微博_微博", "微博正文 - 微博", "微博", None])
    return url, doc(tt, "", body), "utf-8", t


def extended_reading(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    o = other_text(c)
    caption = c.rng.choice(["延伸阅读", "相关阅读", "背景链接", "链接"])
    ohead = c.rng.choice(['<h2>{}</h2>', '<h3 class="ext-title">{}</h3>', '<p><strong>{}</strong></p>']).format(esc(o.title))
    heading = c.rng.choice(['<h1>{}</h1>', '<div class="news-title">{}</div>', '<div class="title"><span>{}</span></div>']).format(esc(t))
    body = (
        f'{nav(c, name)}<div class="main"><div class="news">{heading}<div class="news-info">{stamp(c)} 来源：{name}</div><div class="news-text">{paras(c)}'
        f'<div class="extend"><div class="extend-cap">{caption}</div>{ohead}{paras(c, o, 3)}</div></div><div class="editor">责任编辑：刘洋</div></div>{hot(c)}</div>{foot(name)}'
    )
    return link(c, domain), doc(title_tag(c, name, t), "", body), "utf-8", t


def info_h2(c: Ctx) -> Made:
    t = c.text.title
    name, domain = c.rng.choice([("央视网", "cctv.com"), *SITES9[:6]])
    src = c.rng.choice([name, "新华社", "人民日报", f"{name}综合"])
    line = c.rng.choice([
        f'<h2 class="info"><i>来源：<a href="/">{src}</a></i> | {c.pub:%Y年%m月%d日 %H:%M}</h2>',
        f"<h2>{src} {c.pub:%Y年%m月%d日 %H:%M}</h2>",
        f'<h3 class="info">来源：{src}　时间：{stamp(c)}</h3>',
        f'<h2><span class="source">{src}</span><span class="time">{stamp(c)}</span><span class="edit">编辑：陈晨</span></h2>',
    ])
    heading = c.rng.choice(['<h1>{}</h1>', '<div class="title_area"><div class="tit">{}</div></div>', '<div class="cnt_tit">{}</div>']).format(esc(t))
    body = (
        f'{nav(c, name)}<div class="column_wrapper"><div class="cnt_bd">{heading}{line}<div class="cnt_nav">字号：<a>大</a><a>中</a><a>小</a></div>'
        f'<div class="content_area">{paras(c)}</div><div class="zebian">编辑：陈晨 责任编辑：张伟</div></div>{hot(c, "相关新闻")}</div>{foot(name)}'
    )
    channel = c.rng.choice(["新闻频道", "经济频道", "法治频道"])
    tt = c.rng.choice([f"{t}_{channel}_{name}({domain})", name, None, f"{t}_{name}"])
    return link(c, domain, "news"), doc(tt, "", body), "utf-8", t


def jsonld_graph(c: Ctx) -> Made:
    name, domain = pick_site(c)
    name = name.replace("网", "") + c.rng.choice(["博客", "观察", "笔记"])
    t = c.text.title
    col = c.rng.choice(CHANNELS)
    page_url = f"https://{domain}/{c.pub:%Y/%m}/{c.rng.randint(100, 9999)}.html"
    nodes = [
        {"@type": "Organization", "@id": f"https://{domain}/#organization", "name": name, "url": f"https://{domain}/"},
        {"@type": "WebSite", "@id": f"https://{domain}/#website", "url": f"https://{domain}/", "name": name, "description": "记录与思考"},
        {"@type": "WebPage", "@id": page_url, "url": page_url, "name": f"{t} - {name}", "isPartOf": {"@id": f"https://{domain}/#website"}, "datePublished": c.pub.strftime("%Y-%m-%dT%H:%M:%S+08:00")},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "首页"}, {"@type": "ListItem", "position": 2, "name": col}, {"@type": "ListItem", "position": 3, "name": t}]},
    ]
    article = {"@type": c.rng.choice(["Article", "BlogPosting", "NewsArticle"]), "@id": f"{page_url}#article", "headline": t, "author": {"name": "admin"}, "isPartOf": {"@id": page_url}, "wordCount": 1200}
    nodes.insert(c.rng.randrange(len(nodes) + 1), article)
    graph = json.dumps({"@context": "https://schema.org", "@graph": nodes}, ensure_ascii=False)
    head = f'<script type="application/ld+json" class="yoast-schema-graph">{graph}</script><meta name="generator" content="WordPress 5.{c.rng.randint(1, 9)}">'
    site_h1 = f'<h1 class="site-title"><a href="/">{name}</a></h1>' if c.rng.random() < 0.6 else f'<p class="site-title"><a href="/">{name}</a></p>'
    heading = c.rng.choice(['<h2 class="entry-title">{}</h2>', '<div class="entry-header"><span class="post-title">{}</span></div>', '<h1 class="entry-title">{}</h1>']).format(esc(t))
    widgets = "".join(f'<li><a href="/p/{c.rng.randint(1, 999)}">{esc(x)}</a></li>' for x in c.titles(5))
    body = (
        f'<header id="masthead" class="site-header">{site_h1}<p class="site-description">记录与思考</p></header><div id="primary"><article class="post type-post">{heading}'
        f'<div class="entry-meta"><span class="posted-on">{c.pub:%Y年%m月%d日}</span><span class="cat-links">{col}</span></div><div class="entry-content">{paras(c)}</div></article></div>'
        f'<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">近期文章</h2><ul>{widgets}</ul></section></aside>'
    )
    tt = c.rng.choice([f"{name} - 记录与思考", name, None, f"{t} - {name}"])
    return page_url, doc(tt, head, body), "utf-8", t


def aria_heading(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    boxes = "".join(
        f'<div class="box" role="region"><div role="heading" aria-level="2" class="box-hd">{cap}</div><ul>{"".join(f"<li><a>{esc(x)}</a></li>" for x in c.titles(4))}</ul></div>'
        for cap in c.rng.sample(["热点推荐", "图片新闻", "专题专栏", "最新发布"], 2)
    )
    heading = f'<div role="heading" aria-level="1" class="{c.rng.choice(["art-hd", "detail-title", "tt"])}">{esc(t)}</div>'
    tools = '<div class="wza-bar" role="toolbar"><a>无障碍</a><a>长者模式</a><a>放大</a><a>缩小</a><a>读屏</a></div>'
    body = (
        f'{tools}<div role="banner" class="banner"><img src="/logo.png" alt="{name}"></div><div role="navigation" class="nav"><a>首页</a><a>新闻</a><a>政务</a></div>'
        f'<div role="main" class="main"><div role="article" class="art">{heading}<div class="art-info" role="note">{stamp(c)} 来源：{name}</div><div class="art-con">{paras(c)}</div></div>'
        f'<div role="complementary" class="side">{boxes}</div></div><div role="contentinfo" class="foot">{name} 版权所有</div>'
    )
    tt = c.rng.choice([name, f"{name}无障碍版", None, f"{t}-{name}"])
    return link(c, domain), doc(tt, "", body, html_attr=' lang="zh-CN"'), "utf-8", t


COUNTIES = ["凤阳县", "宁乡县", "永嘉县", "蓬莱市", "灵璧县", "岳池县", "宾阳县", "镇原县", "平罗县", "荔波县"]


def td_title_class(c: Ctx) -> Made:
    county = c.rng.choice(COUNTIES)
    gov = f"{county}人民政府"
    t = c.text.title

    def box(cap: str, n: int) -> str:
        rows = "".join(f'<tr><td class="list">·<a href="/news/{c.rng.randint(100, 9999)}.htm">{esc(x)}</a></td></tr>' for x in c.titles(n))
        return f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="title" height="28">{cap}</td></tr>{rows}</table>'

    left = "".join(box(cap, 4) for cap in c.rng.sample(["通知公告", "政务公开", "领导之窗", "办事指南", "便民服务"], 3))
    inner = esc(t) if c.rng.random() < 0.5 else f"<strong>{esc(t)}</strong>"
    main = (
        f'<table width="100%" border="0"><tr><td class="title" height="28">当前位置：<a href="/">首页</a> &gt;&gt; 工作动态</td></tr></table>'
        f'<table width="96%" align="center" border="0"><tr><td class="title" align="center" height="50">{inner}</td></tr>'
        f'<tr><td class="info" align="center">发布时间：{c.pub:%Y-%m-%d} 来源：{county}政府办 浏览次数：{c.rng.randint(10, 9999)}</td></tr>'
        f'<tr><td class="content">{paras(c)}</td></tr><tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>'
    )
    body = (
        f'<table width="980" align="center" border="0"><tr><td><img src="/images/banner.jpg" alt="{gov}"></td></tr></table>'
        f'<table width="980" align="center" border="0"><tr><td width="240" valign="top">{left}</td><td width="740" valign="top">{main}</td></tr></table>'
        f'<table width="980" align="center"><tr><td align="center">主办：{gov}办公室 技术支持：{county}信息中心</td></tr></table>'
    )
    tt = c.rng.choice([f"{gov}门户网站", gov, None, t])
    url = f"http://www.{c.rng.choice(['fy', 'nx', 'yj', 'pl', 'lb', 'yc'])}.gov.cn/news/{c.pub:%Y%m}/{c.rng.randint(100, 9999)}.htm"
    return url, doc(tt, "", body, "gb2312"), "gb2312", t


SCHOOLS = [("四川大学", "scu.edu.cn"), ("武汉大学", "whu.edu.cn"), ("中山大学", "sysu.edu.cn"), ("山东大学", "sdu.edu.cn"), ("兰州大学", "lzu.edu.cn"), ("南京大学", "nju.edu.cn")]


def vsb_university(c: Ctx) -> Made:
    school, domain = c.rng.choice(SCHOOLS)
    t = c.text.title
    n = c.rng.randint(1000, 999999)
    dept = c.rng.choice(["党委宣传部", "新闻中心", "学生工作部", "科学技术发展研究院"])
    lm = c.rng.choice(["学校要闻", "综合新闻", "媒体关注", "校园动态"])
    if c.rng.random() < 0.6:
        art = (
            f'<form name="_newscontent_fromname"><div align="center"><table width="100%"><tr><td class="titlestyle{n}" align="center">{esc(t)}</td></tr>'
            f'<tr height="30"><td align="center"><span class="timestyle{n}">{c.pub:%Y-%m-%d %H:%M}</span>&nbsp;&nbsp;<span class="authorstyle{n}">来源：{dept}</span>&nbsp;&nbsp;点击：<span id="dynclicks_wbnews_{n}">{c.rng.randint(10, 9999)}</span></td></tr>'
            f'<tr><td class="contentstyle{n}"><div id="vsb_content"><div class="v_news_content">{paras(c)}</div></div></td></tr></table></div></form>'
        )
    else:
        art = (
            f'<div class="article"><h1 class="arti_title">{esc(t)}</h1><h2 class="arti_title"></h2><p class="arti_metas"><span class="arti_publisher">发布者：{dept}</span>'
            f'<span class="arti_update">发布时间：{c.pub:%Y-%m-%d}</span><span class="arti_views">浏览次数：<span class="WP_VisitCount">{c.rng.randint(10, 9999)}</span></span></p>'
            f'<div class="entry"><div class="read"><div class="wp_articlecontent">{paras(c)}</div></div></div></div>'
        )
    side = "".join(f'<li><a>{esc(x)}</a></li>' for x in c.titles(5))
    body = (
        f'<div class="head"><img src="/images/logo.png" alt="{school}"><span class="xwzx">新闻网</span></div><div class="nav"><a>首页</a><a>{lm}</a><a>学术动态</a><a>视频</a></div>'
        f'<div class="main"><div class="left"><div class="lmmc">{lm}</div><ul class="side">{side}</ul></div><div class="right"><div class="dqwz">当前位置：首页 &gt;&gt; {lm} &gt;&gt; 正文</div>{art}</div></div>'
        f'<div class="foot">版权所有 © {school} 地址：…… 邮编：……</div>'
    )
    tt = c.rng.choice([f"{t}-{school}新闻网", school, f"{school}新闻网", f"{lm}-{school}"])
    return f"https://news.{domain}/info/{c.rng.randint(1000, 9999)}/{n}.htm", doc(tt, "", body), "utf-8", t


def spaced_halves(c: Ctx) -> Made:
    c.text = draw_text(c, lambda h: " " in h.strip())
    name, domain = pick_site(c)
    t = c.text.title
    shown = t.replace(" ", c.rng.choice([" ", "　", "  ", "\u00a0"]))
    r = c.rng.random()
    if r < 0.2:
        heading = f"<h1>{esc(shown)}</h1>"
    elif r < 0.6:
        heading = c.rng.choice(['<div class="bt">{}</div>', '<p class="biaoti">{}</p>', '<span class="txt-title">{}</span>']).format(esc(shown))
    else:
        heading = ""
    body = f'{nav(c, name)}<div class="content">{heading}<div class="time">{stamp(c)}</div><div class="text">{paras(c)}</div></div>{hot(c)}{foot(name)}'
    tt = f"{shown}{c.rng.choice(['_', ' - ', '|', '_' + c.rng.choice(CHANNELS) + '_'])}{name}"
    return link(c, domain), doc(tt, "", body), "utf-8", t


def split_point(t: str, rng: random.Random) -> int:
    """Where an editor breaks a headline: after a comma or at a space, else near the middle."""
    cuts = [m.end() for m in re.finditer(r"[，,：:]|\s+", t) if 3 <= m.end() <= len(t) - 3]
    return rng.choice(cuts) if cuts else len(t) // 2


def split_blocks(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    k = split_point(t, c.rng)
    a, b = esc(t[:k].strip()), esc(t[k:].strip())
    heading = c.rng.choice([
        f'<div class="title"><p>{a}</p><p>{b}</p></div>',
        f'<h1 class="tit">{a}</h1><h1 class="tit">{b}</h1>',
        f'<div class="art-title"><div class="line">{a}</div><div class="line">{b}</div></div>',
        f'<h1><p class="l1">{a}</p><p class="l2">{b}</p></h1>',
    ])
    body = f'{nav(c, name)}<div class="art">{heading}<div class="art-info">{stamp(c)} {name}</div><div class="art-body">{paras(c)}</div></div>{hot(c)}{foot(name)}'
    return link(c, domain), doc(title_tag(c, name, t), "", body), "utf-8", t


CITIES = [("芜湖市", "wuhu"), ("洛阳市", "ly"), ("绵阳市", "my"), ("柳州市", "liuzhou"), ("赣州市", "ganzhou"), ("宜昌市", "yichang"), ("湛江市", "zhanjiang"), ("遵义市", "zunyi")]


def gov_meta(c: Ctx) -> Made:
    city, pinyin = c.rng.choice(CITIES)
    gov = f"{city}人民政府"
    t = c.text.title
    col, path = c.rng.choice([("政务动态", "zwdt"), ("部门动态", "bmdt"), ("县区动态", "xqdt"), ("图片新闻", "tpxw"), ("通知公告", "tzgg")])
    head = (
        f'<meta name="SiteName" content="{gov}"><meta name="SiteDomain" content="www.{pinyin}.gov.cn"><meta name="SiteIDCode" content="{c.rng.randint(10**9, 10**10)}">'
        f'<meta name="ColumnName" content="{col}"><meta name="ColumnDescription" content="发布{col}信息"><meta name="ColumnKeywords" content="{col}"><meta name="ColumnType" content="{col}">'
        f'<meta name="ArticleTitle" content="{esc(t)}"><meta name="PubDate" content="{stamp(c)}"><meta name="ContentSource" content="{city}政府办">'
        f'<meta name="Keywords" content="{col},{city}"><meta name="Description" content="{esc(c.text.paragraphs[0][:50])}">'
    )
    heading = c.rng.choice(['<div class="article-title">{}</div>', '<p align="center"><font size="5" color="#0c4c93">{}</font></p>', '<td class="bt">{}</td>']).format(esc(t))
    if heading.startswith("<td"):
        heading = f"<table><tr>{heading}</tr></table>"
    site_h1 = f"<h1 class=\"logo\">{gov}</h1>" if c.rng.random() < 0.5 else f'<div class="logo"><img src="/logo.png" alt="{gov}"></div>'
    body = (
        f'{site_h1}<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div><div class="position">您当前的位置：首页 &gt; {col}</div>'
        f'<div class="column-name">{col}</div><div class="article">{heading}<div class="article-info">发布时间：{stamp(c)} 信息来源：{city}政府办</div><div class="article-content">{paras(c)}</div></div>'
        f'<div class="foot">主办：{gov}办公室 网站标识码：{c.rng.randint(10**9, 10**10)}</div>'
    )
    tt = c.rng.choice([gov, f"{col}_{gov}", None])
    return f"http://www.{pinyin}.gov.cn/xwzx/{path}/{c.pub:%Y%m}/t{c.pub:%Y%m%d}_{c.rng.randint(10**5, 10**7)}.html", doc(tt, head, body), "utf-8", t


@cache
def s2tw() -> Callable[[str], str]:
    from opencc import OpenCC

    cc = OpenCC("s2tw")

    def convert(text: str) -> str:
        return str(cc.convert(text))

    return convert


BOARDS = ["Gossiping", "HatePolitics", "Tainan", "Kaohsiung", "Taoyuan", "Finance"]


def ptt_post(c: Ctx) -> Made:
    conv = s2tw()
    t = conv(c.text.title)
    board = c.rng.choice(BOARDS)
    tag = c.rng.choice(["[新聞]", "[新聞]", "[問卦]", "[爆卦]", "[情報]"])
    subject = f"{tag} {t}"
    user = f"{c.rng.choice(['abc', 'taipei', 'kevin', 'mayday', 'bluesky'])}{c.rng.randint(1, 999)} ({c.rng.choice(['路人', '鄉民', '小明', '阿宅'])})"
    when = c.pub.strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ")
    meta = "".join(
        f'<div class="article-metaline{"-right" if k == "看板" else ""}"><span class="article-meta-tag">{k}</span><span class="article-meta-value">{esc(v)}</span></div>'
        for k, v in [("作者", user), ("看板", board), ("標題", subject), ("時間", when)]
    )
    lines = [conv(p) for p in c.text.paragraphs]
    if tag == "[新聞]":
        lines = ["1.媒體來源:", c.rng.choice(["自由時報", "聯合新聞網", "中央社", "ETtoday"]), "", "2.記者署名:", "記者王小明／台北報導", "", "3.完整新聞標題:", t, "", "4.完整新聞內文:", *lines]
    pushes = "".join(
        f'<div class="push"><span class="{"hl " if k == "推" else "f1 hl "}push-tag">{k} </span><span class="f3 hl push-userid">{u}</span><span class="f3 push-content">: {esc(x)}</span><span class="push-ipdatetime"> {c.pub:%m/%d} {c.rng.randint(10, 23)}:{c.rng.randint(10, 59)}</span></div>'
        for k, u, x in [(c.rng.choice(["推", "→", "噓"]), f"u{c.rng.randint(100, 9999)}", c.rng.choice(["真的假的", "推", "這也能上新聞", "笑死", "所以呢"])) for _ in range(c.rng.randint(3, 9))]
    )
    main = f'<div id="main-content" class="bbs-screen bbs-content">{meta}' + esc("\n".join(lines)) + f'\n--\n<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.{c.rng.randint(1, 250)}.{c.rng.randint(1, 250)}.{c.rng.randint(1, 250)} (臺灣)\n</span><span class="f2">※ 文章網址: https://www.ptt.cc/bbs/{board}/M.html\n</span>{pushes}</div>'
    head = f'<meta property="og:title" content="{esc(subject)}"><meta property="og:description" content="{esc(lines[0][:40])}"><meta property="og:site_name" content="Ptt 批踢踢實業坊">'
    body = f'<div id="topbar-container"><div id="topbar" class="bbs-content"><a id="logo" href="/bbs/">批踢踢實業坊</a><span>›</span><a class="board" href="/bbs/{board}/index.html"><span class="board-label">看板 </span>{board}</a></div></div>{main}'
    tt = f"{subject} - 看板 {board} - 批踢踢實業坊"
    return f"https://www.ptt.cc/bbs/{board}/M.{int(c.pub.timestamp())}.A.{c.rng.randint(100, 999)}.html", doc(tt, head, body), "utf-8", t


def douban_topic(c: Ctx) -> Made:
    t = c.text.title
    group = c.rng.choice(["豆瓣鹅组", "租房小组", "上班这件事", "社会新闻观察", "我们都是考研人", "城市生活"])
    cut = t[: max(6, len(t) * 2 // 3)] + "..."
    whole_h1 = c.rng.random() < 0.2
    h1 = esc(t) if whole_h1 else esc(cut)
    infobox = "" if whole_h1 else f'<table class="infobox"><tr><td class="tablelc"></td><td class="tablecc"><strong>标题：</strong>{esc(t)}</td><td class="tablerc"></td></tr></table>'
    replies = "".join(f'<li class="clearfix comment-item reply-item"><div class="reply-doc content"><div class="bg-img-green"><h4><a>用户{c.rng.randint(100, 9999)}</a><span class="pubtime">{c.pub:%Y-%m-%d} {c.rng.randint(10, 23)}:{c.rng.randint(10, 59)}</span></h4></div><p class="reply-content">{c.rng.choice(["顶", "mark", "有同感", "楼主加油", "这事我也遇到过"])}</p></div></li>' for _ in range(c.rng.randint(2, 6)))
    body = (
        f'<div id="db-global-nav"><a>豆瓣</a><a>读书</a><a>电影</a><a>音乐</a><a>小组</a></div><div id="content"><h1>\n                {h1}\n            </h1>'
        f'<div class="grid-16-8 clearfix"><div class="article"><div class="topic-content clearfix"><div class="topic-doc"><h3><span class="from">来自: <a>用户{c.rng.randint(100, 9999)}</a></span><span class="color-green">{c.pub:%Y-%m-%d %H:%M:%S}</span></h3>'
        f'{infobox}<div class="topic-content"><div class="rich-content topic-richtext">{paras(c)}</div></div></div></div><ul id="comments" class="topic-reply">{replies}</ul></div>'
        f'<div class="aside"><div class="mod side-reg"><div class="title"><a>{group}</a></div><p>{c.rng.randint(1000, 99999)} 个成员在此聚集</p></div></div></div></div>'
    )
    tt = c.rng.choice([t, cut, "豆瓣"])
    return f"https://www.douban.com/group/topic/{c.rng.randint(10**8, 10**9)}/", doc(tt, "", body), "utf-8", t


REPRINT_MARKS = ["[转载]", "【转】", "转：", "(转)", "【转载】", "转帖："]
MARK = re.compile(r"^(?:\[转载\]|【转】|转：|\(转\)|【转载】|转帖：)")


def reprint_marker(c: Ctx) -> Made:
    t = c.text.title
    mark = c.rng.choice(REPRINT_MARKS)
    marked = f"{mark}{t}"
    shape = c.rng.randrange(3)
    blogger = c.rng.choice(["清风徐来", "老李的博客", "山水之间", "一叶知秋", "行走的书虫"])
    if shape == 0:  # 新浪博客
        marked = f"[转载]{t}"
        origin = f'<div class="articalContent"><p>原文地址：<a href="http://blog.sina.com.cn/s/blog_{c.rng.getrandbits(40):x}.html">{esc(t)}</a>作者：<a>{c.rng.choice(["新闻速递", "观察者", "小城故事"])}</a></p>{paras(c)}</div>'
        body = (
            f'<div class="sinatopbar">新浪首页 新浪博客 登录</div><div id="blogname"><span class="blogtitle"><a>{blogger}的博客</a></span></div>'
            f'<div class="articalTitle"><h2 id="t_{c.rng.getrandbits(40):x}" class="titName SG_txta">{esc(marked)}</h2><span class="time SG_txtc">({c.pub:%Y-%m-%d %H:%M:%S})</span><span class="img2">转载▼</span></div>{origin}'
        )
        tt = f"{marked}_{blogger}_新浪博客"
        url = f"http://blog.sina.com.cn/s/blog_{c.rng.getrandbits(40):x}.html"
    elif shape == 1:  # 论坛
        body = (
            f'<div id="hd"><a>社区首页</a> » <a>{c.rng.choice(["百姓杂谈", "新闻时事", "灌水乐园"])}</a> » <a>{esc(marked)}</a></div>'
            f'<div id="postlist"><table class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1">{blogger}</a></div></td><td class="plc"><h1 class="ts"><span id="thread_subject">{esc(marked)}</span></h1>'
            f'<div class="pi">发表于 {stamp(c)}</div><div class="t_fsz"><td class="t_f">{paras(c)}</td></div></td></tr></table></div>'
        )
        tt = f"{marked} - {c.rng.choice(['百姓杂谈', '新闻时事'])} - {c.rng.choice(['西祠胡同', '天涯社区', '大河论坛'])}"
        url = f"https://bbs.{c.rng.choice(['xici', 'dahe', 'iqilu'])}.net/thread-{c.rng.randint(10**5, 10**7)}-1-1.html"
    else:  # 其他博客
        body = (
            f'<div class="blog-head"><div class="blog-name">{blogger}</div><div class="blog-desc">个人日志</div></div>'
            f'<div class="post"><div class="post-title"><a href="#">{esc(marked)}</a></div><div class="post-meta">{c.pub:%Y-%m-%d} | 分类：转载 | 阅读({c.rng.randint(1, 999)})</div><div class="post-body">{paras(c)}</div></div>'
            f'<div class="blog-side"><div class="side-title">最新日志</div><ul>{"".join(f"<li>{esc(x)}</li>" for x in c.titles(5))}</ul></div>'
        )
        tt = c.rng.choice([f"{marked} - {blogger} - 网易博客", f"{marked}_{blogger}的日志", blogger])
        url = f"http://{c.rng.choice(['blog.163.com', 'blog.sohu.com', 'hi.baidu.com'])}/{blogger}/{c.rng.randint(10**5, 10**7)}.html"
    return url, doc(tt, "", body), "utf-8", t


KINDS: dict[str, Callable[[Ctx], Made]] = {
    "title_drift": title_drift,
    "hashed_classes": hashed_classes,
    "weibo_post": weibo_post,
    "extended_reading": extended_reading,
    "info_h2": info_h2,
    "jsonld_graph": jsonld_graph,
    "aria_heading": aria_heading,
    "td_title_class": td_title_class,
    "vsb_university": vsb_university,
    "spaced_halves": spaced_halves,
    "split_blocks": split_blocks,
    "gov_meta": gov_meta,
    "ptt_post": ptt_post,
    "douban_topic": douban_topic,
    "reprint_marker": reprint_marker,
}
SEEDS = range(WAVE, WAVE + PER_KIND * len(KINDS))


@cache
def splits() -> dict[int, str]:
    """Each seed's half: within a kind, the 16 seeds of lower SHA-256 (``title_probe9:<seed>``) are tune."""
    return hash_splits("title_probe9", WAVE, len(KINDS), PER_KIND)


def make(seed: int) -> TitlePage:
    """Generate the page of one seed."""
    rng = random.Random(f"title_probe9:{seed}")
    split = splits()[seed]
    kind = list(KINDS)[(seed - WAVE) // PER_KIND]
    pub = draw_time(rng, 2006, 2021)
    crawl = later(pub, rng, 3, 2000).replace(second=0)
    c = Ctx(rng, split, Text("", ()), pub, crawl)
    c.text = draw_text(c)
    url, html, codec, truth = KINDS[kind](c)
    fetched = c.crawl.replace(tzinfo=BEIJING).astimezone(UTC)
    return TitlePage(seed, kind, split, url, html.encode(codec, "xmlcharrefreplace"), fetched, truth)


def pages(split: str) -> list[TitlePage]:
    return [make(s) for s in SEEDS if splits()[s] == split]


def graded(p: TitlePage, got: str | None) -> str | None:
    """The forms also right, as chosen before measuring: a 微博 headline kept in its 【】, a PTT subject
    with its ``[分類]`` tag, a repost's headline with its mark."""
    if got is None:
        return got
    g = squash(got)
    if p.kind == "weibo_post" and g == squash(f"【{p.truth}】"):
        return p.truth
    if p.kind == "ptt_post" and re.fullmatch(r"\[[^\]]{2}\]", g[: -len(squash(p.truth))] if g.endswith(squash(p.truth)) else "x"):
        return p.truth
    if p.kind == "reprint_marker" and MARK.sub("", g) == squash(p.truth):
        return p.truth
    return got


def main(argv: list[str] | None = None) -> int:
    return run_probe(
        argv, __doc__ or "", "Titles, probe wave 9", "bench/title_probe9.py", KINDS, PER_KIND, pages,
        lambda: (TEXTS, FROZEN, lambda: frozen_rows(SEEDS, make)), kind_width=18, grade=graded,
    )


if __name__ == "__main__":
    sys.exit(main())
