# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""Titles, probe wave 8: fifteen more page kinds from real Chinese sites, written before reading the title code.

Usage: ``python -m bench.title_probe8 [--split tune|report|both] [--failures] [--only-ours] [--check]``.

Why an eighth wave: every earlier wave read far lower on its first run (wave 7: 0.695 report) than
after it was tuned on (0.92-0.99). This one draws kinds none of waves 1 and 3-7 draws (their
docstrings and kind lists were read, none of their page builders) and was written and frozen before
its author opened the title extraction code (``crawler/extract``); its furniture is its own:

- live-stream rooms of other shapes (last wave's weak spot): the ``<h1>`` the channel's or anchor's
  room, the event's headline in a ``live-title`` div, a ``<p class=live-name>``, a ``<span class=title>``
  under the player or only in the state JSON (``"liveTitle"``), a 预告 list of other events;
- video pages whose visible heading is cut by the server (``前半…``) while its ``title`` attribute
  holds the whole headline, recommendations in ``<p class=title>``;
- English headlines on Chinese pages (a site's 英语/双语 channel: Chinese chrome, an English ``<h1>``
  from the first sentence of an English benchmark text, a Chinese text);
- 百度贴吧 threads: ``<h3 class=core_title_txt title=…>``, ``<title>【图片】标题【X吧】_百度贴吧``;
- single-page apps with no heading in the markup: Next.js ``__NEXT_DATA__`` (the site's title beside
  the article's) and Nuxt's ``window.__NUXT__=(function(a,b,…){…}("标题",…))``, a site-wide ``<title>``;
- ``og:title``/``twitter:title`` with a site suffix or prefix (``标题 | 站``, ``站：标题``,
  ``标题-站客户端``), the headline in a ``<div class=detail-tit>``, ``<title>`` site-wide or absent;
- e-paper decks in pinyin-classed elements (``yinti``/``zhuti``/``futi``, ``yt``/``bt``/``ft``);
- ``<title>``s opening with a notification count (知乎 ``(12 封私信 / 80 条消息) 标题 - 知乎``,
  CSDN ``(3条消息) 标题_用户的博客-CSDN博客``), the heading in a div on half the pages;
- an app-download banner's ``<h1>`` (打开APP，阅读全文) above the headline in an ``<h2>``/div;
- radio and TV programme pages: the ``<h1>`` the programme's name (《新闻和报纸摘要》), the item's
  headline in an ``<h2>``/``<div class=sound-title>``;
- headlines only inside ``<noscript>`` (the app shell's fallback), a site-wide ``<title>``;
- texts whose section heads were pasted as ``<h1>``s (一、… 二、…) under a headline in an ``<h2>``/div;
- court judgments: the case's title in ``div.PDF_title``, the court's name, a letter-spaced
  ``民 事 判 决 书`` and the 案号 under it, ``<title>`` the site's;
- two ``og:title`` metas (the CMS's site default first, the article's second);
- journal articles: the ``<h1>`` the journal and its issue, the Chinese title in an ``<h2>`` or div,
  the English title under it, 摘要/关键词.

Truth is the headline as the page prints it. Choices made before measuring: a room, channel,
programme or journal name is no headline; a notification count and a ``【图片】``/``【X吧】`` frame are
no part of it; an app banner is not a headline; a cut heading's whole headline (its ``title``
attribute, the page's other sources) is the truth; an English headline is the headline of an English
page; an English translation under a Chinese title is no part of it; a case's title is its headline,
not the court or the document type.

Texts are the inews BDCI 2019 train records of ``bench/title_probe3.py``'s pools (headlines with no
site or column part): tune pages even records, report pages odd ones; the English kind takes its
headline from the English extraction benchmark (even texts for tune, odd for report). Seeds
14000-14479: 15 kinds, 32 seeds a kind (``14000 + 32 * kind + j``); within a kind the 16 seeds of lower
SHA-256 (``title_probe8:<seed>``) are *tune*, the others *report*, decided before anything ran. Right =
our title equals the truth with whitespace ignored and nothing else folded; a page refused as "not an
article" is a miss. ``title_probe8_truth.json`` freezes each seed's split, kind, truth and page hash;
``--check`` says whether the pages still match it. Baselines: trafilatura's metadata title and GNE's.
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

from bench.date_probe import BEIJING, DATA, TEXTS, Ctx, Text, draw_time, esc, later  # noqa: E402
from bench.probe_harness import frozen_rows, hash_splits  # noqa: E402
from bench.title_probe3 import TitlePage, draw_text, run_probe  # noqa: E402

FROZEN = Path(__file__).with_name("title_probe8_truth.json")
WAVE = 14000
PER_KIND = 32  # 16 tune + 16 report
EN_TRUTH = DATA / "article-extraction-benchmark-en" / "ground-truth.json"
Made = tuple[str, str, str, str]

SITES8 = [
    ("四川在线", "scol.com.cn"),
    ("东北网", "dbw.cn"),
    ("云南网", "yunnan.cn"),
    ("中国宁波网", "cnnb.com.cn"),
    ("新疆网", "xjbs.com.cn"),
    ("青海新闻网", "qhnews.com"),
    ("西部网", "cnwest.com"),
    ("大众网", "dzwww.com"),
    ("江西网", "jxnews.com.cn"),
    ("吉林网", "jlnews.cn"),
    ("内蒙古新闻网", "nmgnews.com.cn"),
    ("海峡网", "hxnews.com"),
]


# ---------------------------------------------------------------------------------------------
# Furniture of this wave (written for it)


def pick_site(c: Ctx) -> tuple[str, str]:
    return c.rng.choice(SITES8)


def paras(c: Ctx) -> str:
    return "".join(f"<p>{esc(p)}</p>" for p in c.text.paragraphs)


def menu(c: Ctx, name: str) -> str:
    words = c.rng.sample(["首页", "要闻", "时政", "社会", "财经", "文旅", "体育", "图片", "视频", "专题", "评论", "区县"], 7)
    return f'<div class="top"><div class="logo"><a href="/"><img src="/logo.png" alt="{name}"></a></div><ul class="nav">' + "".join(f'<li><a href="/{w}/">{w}</a></li>' for w in words) + "</ul></div>"


def side(c: Ctx, caption: str = "热门推荐") -> str:
    rows = "".join(f'<li><a href="/a/{c.rng.randint(1000, 99999)}.html">{esc(t)}</a></li>' for t in c.titles(6))
    return f'<div class="side"><div class="side-tit">{caption}</div><ul>{rows}</ul></div>'


def foot(name: str) -> str:
    return f'<div class="footer">{name} 版权所有 未经书面授权禁止转载 违法和不良信息举报电话：12377</div>'


def title_tag(c: Ctx, name: str, t: str) -> str | None:
    """The page's ``<title>``: the headline with the site (most), the site alone, or none."""
    r = c.rng.random()
    if r < 0.5:
        return f"{t}{c.rng.choice(['_', ' - ', '-', '|'])}{name}"
    if r < 0.8:
        return name
    return None


def doc(title: str | None, head: str, body: str, charset: str = "utf-8", html_attr: str = "") -> str:
    tt = "" if title is None else f"<title>{esc(title)}</title>"
    return f'<!DOCTYPE html>\n<html{html_attr}><head><meta charset="{charset}">{tt}{head}</head><body>{body}</body></html>'


def link(c: Ctx, domain: str, path: str = "") -> str:
    return f"https://{c.rng.choice(['news', 'www', 'm'])}.{domain}/{path or 'system'}/{c.pub:%Y%m%d}/{c.rng.randint(10**5, 10**7)}.html"


# ---------------------------------------------------------------------------------------------
# Kinds


ROOMS8 = ["四川观察直播间", "东北网融媒直播", "云南网直播", "甬派直播间", "西部网直播厅", "海峡网现场"]


def live_room8(c: Ctx) -> Made:
    name, domain = pick_site(c)
    room = c.rng.choice(ROOMS8)
    t = c.text.title
    shape = c.rng.randrange(4)
    badge = c.rng.choice(["直播中", "回放", "已结束", "预告"])
    viewers = f'<span class="count">{c.rng.randint(1, 999)}.{c.rng.randint(0, 9)}万人看过</span>'
    if shape == 0:
        info = f'<div class="live-title">{esc(t)}</div>'
    elif shape == 1:
        info = f'<div class="live-info"><p class="live-name">{esc(t)}</p><p class="live-time">{badge}</p></div>'
    elif shape == 2:
        info = f'<div class="player-bottom"><span class="status">{badge}</span><span class="title">{esc(t)}</span>{viewers}</div>'
    else:
        info = f'<div class="player-bottom"><span class="status">{badge}</span>{viewers}</div>'
    state = json.dumps({"room": {"roomName": room, "liveTitle": t, "status": 1}}, ensure_ascii=False)
    plan = "".join(f'<li><span class="t">{esc(x)}</span><span class="s">预告</span></li>' for x in c.titles(4))
    body = (
        f'{menu(c, name)}<div class="live-wrap"><div class="room-head"><h1 class="room-name">{room}</h1><a class="follow">+关注</a></div>'
        f'<div class="player"><video src="https://live.{domain}/hls/{c.rng.randint(100, 999)}.m3u8"></video></div>{info}'
        f'<div class="intro"><div class="intro-tit">直播简介</div>{"".join(f"<p>{esc(p)}</p>" for p in c.text.paragraphs[:4])}</div>'
        f'<div class="chat"><div class="chat-tit">互动区</div><p>网友A：来了</p><p>网友B：期待</p></div><div class="plan"><div class="plan-tit">直播预告</div><ul>{plan}</ul></div></div>'
        f'{foot(name)}<script>window.__ROOM_STATE__ = {state};</script>'
    )
    tt = c.rng.choice([room, f"{room}_{name}", None, f"{t}_{room}"])
    return f"https://live.{domain}/room/{c.rng.randint(1000, 99999)}", doc(tt, "", body), "utf-8", t


def video_cut(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    cut = t[: max(6, len(t) * 2 // 3)] + c.rng.choice(["…", "...", "..."])
    recs = "".join(f'<div class="rec"><img src="/v/{c.rng.randint(1, 999)}.jpg"><p class="title" title="{esc(x)}">{esc(x[:12])}…</p><span>{c.rng.randint(1, 99)}万次播放</span></div>' for x in c.titles(6))
    head_el = c.rng.choice(["h1", "div", "h2"])
    body = (
        f'{menu(c, name)}<div class="video-page"><div class="player"><video></video></div>'
        f'<div class="video-info"><{head_el} class="video-title" title="{esc(t)}">{esc(cut)}</{head_el}><div class="video-data"><span>{c.rng.randint(1, 999)}万播放</span><span>弹幕 {c.rng.randint(1, 9999)}</span></div></div>'
        f'<div class="video-desc"><div class="desc-tit">简介</div>{"".join(f"<p>{esc(p)}</p>" for p in c.text.paragraphs)}</div></div><div class="recommend"><div class="rec-tit">相关推荐</div>{recs}</div>{foot(name)}'
    )
    tt = c.rng.choice([f"{t}_{name}视频", f"{cut}_{name}", name, None])
    return f"https://v.{domain}/video/{c.rng.randint(10**5, 10**7)}.html", doc(tt, "", body), "utf-8", t


@cache
def english_lines() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """English headline-like first sentences (4-14 words, ASCII, a common English word), even and odd benchmark texts."""
    data = json.loads(EN_TRUTH.read_text(encoding="utf-8"))
    even: list[str] = []
    odd: list[str] = []
    for i, key in enumerate(sorted(data)):
        first = re.split(r"(?<=[.!?])\s", data[key]["articleBody"].strip(), maxsplit=1)[0].strip().rstrip(".")
        words = set(first.lower().split())
        english = first.isascii() and bool(words & {"the", "a", "of", "to", "in", "is", "and", "for", "on"})
        last = first.split()[-1] if first.split() else ""
        english = english and not (len(last) <= 4 and last[:1].isupper())  # cut after Oct. / Rep.
        if english and 4 <= len(first.split()) <= 14 and len(first) <= 90 and "\n" not in first:
            (even if i % 2 == 0 else odd).append(first)
    return tuple(even), tuple(odd)


def english_headline(c: Ctx) -> Made:
    name, domain = pick_site(c)
    even, odd = english_lines()
    t = c.rng.choice(even if c.split == "tune" else odd)
    channel = c.rng.choice(["英语频道", "双语新闻", "英文版", "English"])
    crumb = f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/en/">{channel}</a> &gt; 正文</div>'
    head_el = c.rng.choice(['<h1 class="en-title">{}</h1>', '<div class="title">{}</div>', '<h2 class="tit">{}</h2>'])
    summary = f'<div class="zy">【中文导读】{esc(c.text.title)}</div>' if c.rng.random() < 0.5 else ""
    body = f'{menu(c, name)}{crumb}<div class="article">{head_el.format(esc(t))}<div class="info">来源：{name} 编辑：李明</div>{summary}<div class="con">{paras(c)}</div></div>{side(c)}{foot(name)}'
    tt = c.rng.choice([f"{t}_{channel}_{name}", f"{t} - {name}", f"{channel}_{name}", None])
    return f"https://{c.rng.choice(['en', 'www'])}.{domain}/en/{c.pub:%Y%m}/{c.rng.randint(10**5, 10**7)}.html", doc(tt, "", body), "utf-8", t


def tieba_thread(c: Ctx) -> Made:
    t = c.text.title
    bar = c.rng.choice(["成都", "哈尔滨", "昆明", "宁波", "乌鲁木齐", "西宁", "西安", "济南"])
    posts = "".join(
        f'<div class="l_post"><div class="d_author"><a class="p_author_name">用户{c.rng.randint(100, 9999)}</a></div><div class="d_post_content_main"><div class="d_post_content j_d_post_content">{txt}</div><div class="core_reply_tail"><span class="tail-info">{i + 1}楼</span></div></div></div>'
        for i, txt in enumerate([paras(c)] + [c.rng.choice(["顶", "支持", "mark一下", "楼主说得对"]) for _ in range(c.rng.randint(2, 6))])
    )
    pic = c.rng.random() < 0.5
    tt = (f"【图片】{t}【{bar}吧】_百度贴吧" if pic else f"{t}【{bar}吧】_百度贴吧")
    body = (
        f'<div class="head_inner"><div class="card_title"><a class="card_title_fname">{bar}吧</a></div></div>'
        f'<div class="core_title_wrap_bright"><h3 class="core_title_txt pull-left text-overflow" title="{esc(t)}" style="width: 396px">{esc(t)}</h3></div>'
        f'<div class="p_postlist">{posts}</div><div class="footer">&copy;{c.crawl.year} Baidu 贴吧协议</div>'
    )
    if c.rng.random() < 0.4:
        body = body.replace(f'style="width: 396px">{esc(t)}</h3>', f'style="width: 396px">{esc(t[:14])}...</h3>')
    return f"https://tieba.baidu.com/p/{c.rng.randint(10**9, 10**10)}", doc(tt, "", body), "utf-8", t


def spa_state8(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    if c.rng.random() < 0.5:
        data = {"props": {"pageProps": {"site": {"title": name, "slogan": "权威 新闻 资讯"}, "article": {"id": c.rng.randint(10**5, 10**6), "title": t, "source": name, "content": "".join(f"<p>{p}</p>" for p in c.text.paragraphs)}, "related": [{"title": x} for x in c.titles(4)]}}, "page": "/article/[id]"}
        script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
        shell = '<div id="__next"></div>'
    else:
        args = [t, name, "".join(f"<p>{p}</p>" for p in c.text.paragraphs), *c.titles(3)]
        params = ",".join("abcdef"[: len(args)])
        script = (
            f"<script>window.__NUXT__=(function({params}){{return {{layout:\"default\",data:[{{article:{{title:a,source:b,content:c,related:[{{title:d}},{{title:e}},{{title:f}}]}}}}],state:{{site:{{name:b}}}}}}}}"
            f"({','.join(json.dumps(x, ensure_ascii=False) for x in args)}));</script>"
        )
        shell = '<div id="__nuxt"><div id="__layout"><div class="loading">加载中…</div></div></div>'
    tt = c.rng.choice([name, f"{name} - 新闻客户端", None])
    return f"https://m.{domain}/article/{c.rng.randint(10**5, 10**7)}", doc(tt, "", shell + script), "utf-8", t


def og_suffix(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    og = c.rng.choice([f"{t} | {name}", f"{name}：{t}", f"{t}-{name}客户端", f"{t}_{name}"])
    head = f'<meta property="og:title" content="{esc(og)}"><meta name="twitter:title" content="{esc(og)}"><meta property="og:site_name" content="{name}">'
    body = f'{menu(c, name)}<div class="detail"><div class="detail-tit">{esc(t)}</div><div class="detail-info"><span>{name}</span><span>责任编辑：王芳</span></div><div class="detail-con">{paras(c)}</div></div>{side(c)}{foot(name)}'
    tt = c.rng.choice([name, f"{name} - 首页", None])
    return link(c, domain), doc(tt, head, body), "utf-8", t


def epaper_pinyin(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    paper = name.replace("网", "") + c.rng.choice(["日报", "晚报", "都市报"])
    intro = c.rng.choice(["聚焦高质量发展", "奋进新征程 建功新时代", "一线见闻", "民生关注"])
    sub = "——" + c.rng.choice(["记者走访基层一线", "来自社区的报道", "各地积极推进相关工作", "专家解读"])
    a, b, d = c.rng.choice([("yinti", "zhuti", "futi"), ("yt", "bt", "ft"), ("introtitle", "maintitle", "subtitle")])
    tag = c.rng.choice(["p", "div", "h3"])
    decks = f'<{tag} class="{a}">{intro}</{tag}><{tag} class="{b}">{esc(t)}</{tag}><{tag} class="{d}">{sub}</{tag}>'
    body = (
        f'<div class="paper-head">{paper} 第{c.rng.randint(1, 16):02d}版：{c.rng.choice(["要闻", "综合", "社会"])}</div>'
        f'<div class="paper-nav"><a>上一版</a> <a>下一版</a> <a>PDF版</a></div><div class="article">{decks}<div class="author">本报记者 张华</div>'
        f'<div class="content">{paras(c)}</div></div><div class="titlelist">{"".join(f"<li>{esc(x)}</li>" for x in c.titles(5))}</div>'
    )
    tt = c.rng.choice([f"{paper}数字报", f"{paper}-{c.pub:%Y年%m月%d日}", None, t])
    return f"https://epaper.{domain}/html/{c.pub:%Y-%m}/{c.pub:%d}/content_{c.rng.randint(10**4, 10**6)}.htm", doc(tt, "", body, "gb2312"), "gb2312", t


def count_prefix(c: Ctx) -> Made:
    t = c.text.title
    zhihu = c.rng.random() < 0.5
    user = c.rng.choice(["weixin_4383", "qq_2871", "lmy_coder", "u012345"])
    if zhihu:
        tt = f"({c.rng.randint(1, 99)} 封私信 / {c.rng.randint(1, 99)} 条消息) {t} - 知乎"
        url = f"https://zhuanlan.zhihu.com/p/{c.rng.randint(10**7, 10**9)}"
        heading = f'<h1 class="Post-Title">{esc(t)}</h1>' if c.rng.random() < 0.5 else f'<div class="Post-Title">{esc(t)}</div>'
        body = f'<header class="AppHeader"><a>知乎</a><a>首页</a><a>会员</a></header><article class="Post-Main">{heading}<div class="AuthorInfo">作者</div><div class="Post-RichText">{paras(c)}</div></article>'
    else:
        tt = f"({c.rng.randint(1, 99)}条消息) {t}_{user}的博客-CSDN博客" + c.rng.choice(["", "_相关标签"])
        url = f"https://blog.csdn.net/{user}/article/details/{c.rng.randint(10**7, 10**9)}"
        heading = f'<h1 class="title-article" id="articleContentId">{esc(t)}</h1>' if c.rng.random() < 0.5 else f'<div class="title-article" id="articleContentId">{esc(t)}</div>'
        body = f'<div class="toolbar">CSDN 博客 下载 学习 社区</div><div class="article-header-box">{heading}<div class="article-info-box">{user} 已于 修改 阅读量{c.rng.randint(100, 9999)}</div></div><div id="content_views" class="markdown_views">{paras(c)}</div><div class="recommend-box">{"".join(f"<div><a>{esc(x)}</a></div>" for x in c.titles(4))}</div>'
    return url, doc(tt, "", body), "utf-8", t


def app_banner(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    banner = c.rng.choice(["打开APP，阅读全文", f"下载{name}客户端 看更多精彩", "APP内打开", f"{name}新闻客户端"])
    head_el = c.rng.choice(['<h2 class="art-title">{}</h2>', '<div class="art-title">{}</div>', '<h1 class="art-title">{}</h1>'])
    body = (
        f'<div class="open-app"><img src="/icon.png"><h1>{banner}</h1><a class="btn">立即打开</a></div>'
        f'<div class="art">{head_el.format(esc(t))}<div class="art-info">{name} {c.pub:%Y-%m-%d}</div><div class="art-con">{paras(c)}</div></div>'
        f'<div class="open-app-bottom"><h1>{banner}</h1></div>{side(c, "猜你喜欢")}'
    )
    tt = c.rng.choice([name, f"{t}", None, f"{name}客户端"])
    return f"https://m.{domain}/share/{c.rng.randint(10**5, 10**7)}.html", doc(tt, "", body), "utf-8", t


PROGRAMMES = ["新闻和报纸摘要", "全国新闻联播", "新闻纵横", "晚间新闻", "民生直通车", "今日关注", "早间新闻"]


def programme_h1(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    prog = c.rng.choice(PROGRAMMES)
    pname = c.rng.choice([f"《{prog}》", prog, f"{prog}（{c.pub:%Y-%m-%d}）"])
    head_el = c.rng.choice(['<h2 class="item-title">{}</h2>', '<div class="sound-title">{}</div>', '<h3>{}</h3>'])
    items = "".join(f'<li><a>{esc(x)}</a><span>{c.rng.randint(1, 9)}:{c.rng.randint(10, 59)}</span></li>' for x in c.titles(6))
    body = (
        f'{menu(c, name)}<div class="prog"><h1 class="prog-name">{pname}</h1><div class="prog-info">播出时间：每天 06:30 频率：中国之声</div>'
        f'<div class="player"><audio src="/a.mp3"></audio></div>{head_el.format(esc(t))}<div class="text">{paras(c)}</div>'
        f'<div class="items"><div class="items-tit">本期内容</div><ul>{items}</ul></div></div>{foot(name)}'
    )
    tt = c.rng.choice([f"{t}_{prog}_{name}", f"{prog}_{name}", None, f"{prog}"])
    return link(c, domain, "radio"), doc(tt, "", body), "utf-8", t


def noscript_headline(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    inner = c.rng.choice([f"<h1>{esc(t)}</h1>", f'<div class="title">{esc(t)}</div>', f"<h2>{esc(t)}</h2>"])
    body = f'<div id="app"></div><noscript><div class="ns-article">{inner}{paras(c)}</div></noscript><script src="/static/js/app.{c.rng.randint(10**6, 10**7)}.js"></script>'
    tt = c.rng.choice([name, f"{name}-新闻", None])
    return link(c, domain), doc(tt, "", body), "utf-8", t


def h1_sections(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    ps = list(c.text.paragraphs)
    marks = ["一、", "二、", "三、", "四、"]
    out = []
    n = 0
    for i, p in enumerate(ps):
        if i % 2 == 0 and n < len(marks) and i > 0:
            head = re.split(r"[，。；]", p)[0][:16]
            out.append(f'<h1 style="font-size:16px">{marks[n]}{esc(head)}</h1>')
            n += 1
        out.append(f"<p>{esc(p)}</p>")
    head_el = c.rng.choice(['<h2 class="title">{}</h2>', '<div class="tit">{}</div>', '<p class="bt"><strong>{}</strong></p>'])
    body = f'{menu(c, name)}<div class="article">{head_el.format(esc(t))}<div class="info">来源：{name}</div><div class="content">{"".join(out)}</div></div>{side(c)}{foot(name)}'
    return link(c, domain), doc(title_tag(c, name, t), "", body), "utf-8", t


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
CAUSES = ["民间借贷纠纷", "买卖合同纠纷", "房屋租赁合同纠纷", "机动车交通事故责任纠纷", "劳动争议", "物业服务合同纠纷", "离婚纠纷", "建设工程施工合同纠纷"]


def judgment_doc(c: Ctx) -> Made:
    a = c.rng.choice(SURNAMES) + c.rng.choice(["某", "某某"])
    b = c.rng.choice(SURNAMES) + c.rng.choice(["某", "某某"])
    cause = c.rng.choice(CAUSES)
    level = c.rng.choice(["一审", "二审"])
    kind = c.rng.choice(["民事判决书", "民事裁定书"])
    t = f"{a}与{b}{cause}{level}{kind}"
    city = c.rng.choice(["成都市", "哈尔滨市", "昆明市", "宁波市", "西宁市", "西安市"])
    court = city + c.rng.choice(["中级人民法院", "锦江区人民法院", "高新区人民法院"])
    case_no = f"（{c.pub.year}）{c.rng.choice(['川01', '黑01', '云01', '浙02'])}民{'初' if level == '一审' else '终'}{c.rng.randint(100, 9999)}号"
    spaced = " ".join(kind)
    body = (
        f'<div class="header">中国裁判文书网 首页 高级检索</div><div class="PDF_box"><div class="PDF_title">{t}</div>'
        f'<div class="PDF_pox"><div style="text-align:center;font-size:22pt">{court}</div><div style="text-align:center;font-size:26pt;font-weight:bold">{spaced}</div>'
        f'<div style="text-align:right">{case_no}</div>{paras(c)}<div style="text-align:right">审判长 {c.rng.choice(SURNAMES)}某</div></div></div>'
    )
    tt = c.rng.choice(["中国裁判文书网", "裁判文书", None])
    return f"https://wenshu.court.gov.cn/website/wenshu/181107ANFZ0BXSK4/index.html?docId={c.rng.randint(10**9, 10**10)}", doc(tt, "", body), "utf-8", t


def dup_og(c: Ctx) -> Made:
    name, domain = pick_site(c)
    t = c.text.title
    default = c.rng.choice([name, f"{name}-{c.rng.choice(['权威', '主流', '新闻'])}门户", f"欢迎访问{name}"])
    head = f'<meta property="og:title" content="{default}"><meta property="og:type" content="website"><meta property="og:title" content="{esc(t)}"><meta property="og:type" content="article">'
    head_el = c.rng.choice(['<div class="news-title">{}</div>', '<h1>{}</h1>', '<p class="title">{}</p>'])
    body = f'{menu(c, name)}<div class="news">{head_el.format(esc(t))}<div class="news-info">来源：{name}</div><div class="news-con">{paras(c)}</div></div>{side(c)}{foot(name)}'
    tt = c.rng.choice([name, None, default])
    return link(c, domain), doc(tt, head, body), "utf-8", t


JOURNALS = ["中国行政管理", "新闻与传播研究", "城市规划", "经济地理", "社会学研究", "当代传播"]


def journal_article(c: Ctx) -> Made:
    t = c.text.title
    j = c.rng.choice(JOURNALS)
    issue = f"{c.pub.year}年第{c.rng.randint(1, 12)}期"
    even, odd = english_lines()
    en = c.rng.choice(even if c.split == "tune" else odd)
    head_el = c.rng.choice(['<h2 class="art-title">{}</h2>', '<div class="title">{}</div>', '<h3>{}</h3>'])
    body = (
        f'<div class="jhead"><h1>《{j}》{issue}</h1><div class="jnav">首页 期刊简介 编委会 投稿指南 过刊浏览</div></div>'
        f'<div class="art">{head_el.format(esc(t))}<p class="en-title">{esc(en)}</p><p class="authors">王某某<sup>1</sup>，李某<sup>2</sup></p>'
        f'<div class="abstract"><b>摘要：</b>{esc(c.text.paragraphs[0])}</div><div class="keywords"><b>关键词：</b>城市；治理；发展</div>'
        f'<div class="fulltext">{paras(c)}</div></div>'
    )
    tt = c.rng.choice([f"{t} - {j}", j, f"{t}--《{j}》{issue}", None])
    return f"http://www.{c.rng.choice(['zgxzgl', 'xwycb', 'cxgh'])}.cn/CN/Y{c.pub.year}/V{c.rng.randint(10, 40)}/I{c.rng.randint(1, 12)}/{c.rng.randint(1, 200)}", doc(tt, "", body), "utf-8", t


KINDS: dict[str, Callable[[Ctx], Made]] = {
    "live_room8": live_room8,
    "video_cut": video_cut,
    "english_headline": english_headline,
    "tieba_thread": tieba_thread,
    "spa_state8": spa_state8,
    "og_suffix": og_suffix,
    "epaper_pinyin": epaper_pinyin,
    "count_prefix": count_prefix,
    "app_banner": app_banner,
    "programme_h1": programme_h1,
    "noscript_headline": noscript_headline,
    "h1_sections": h1_sections,
    "judgment_doc": judgment_doc,
    "dup_og": dup_og,
    "journal_article": journal_article,
}
SEEDS = range(WAVE, WAVE + PER_KIND * len(KINDS))


@cache
def splits() -> dict[int, str]:
    """Each seed's half: within a kind, the 16 seeds of lower SHA-256 (``title_probe8:<seed>``) are tune."""
    return hash_splits("title_probe8", WAVE, len(KINDS), PER_KIND)


def make(seed: int) -> TitlePage:
    """Generate the page of one seed."""
    rng = random.Random(f"title_probe8:{seed}")
    split = splits()[seed]
    kind = list(KINDS)[(seed - WAVE) // PER_KIND]
    pub = draw_time(rng, 2004, 2021)
    crawl = later(pub, rng, 3, 2000).replace(second=0)
    c = Ctx(rng, split, Text("", ()), pub, crawl)
    c.text = draw_text(c)
    url, html, codec, truth = KINDS[kind](c)
    fetched = c.crawl.replace(tzinfo=BEIJING).astimezone(UTC)
    return TitlePage(seed, kind, split, url, html.encode(codec, "xmlcharrefreplace"), fetched, truth)


def pages(split: str) -> list[TitlePage]:
    return [make(s) for s in SEEDS if splits()[s] == split]


def main(argv: list[str] | None = None) -> int:
    return run_probe(
        argv, __doc__ or "", "Titles, probe wave 8", "bench/title_probe8.py", KINDS, PER_KIND, pages,
        lambda: (TEXTS, FROZEN, lambda: frozen_rows(SEEDS, make)), kind_width=18,
    )


if __name__ == "__main__":
    sys.exit(main())
