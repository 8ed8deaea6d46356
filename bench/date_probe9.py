# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""Wave 9 of the date probe: page kinds waves 1-8 lack, written before reading the date code.

Usage: ``python -m bench.date_probe9 [--split tune|report|both] [--failures] [--only-ours] [--check]``.

Why a ninth wave: every probe written before reading the code first read far lower than after it was
tuned on (wave 8: 0.754 report before, 0.992 after); the first run of a new independent probe is the
honest figure for pages nobody tuned for. This wave's author read only ``bench/probe_harness.py``'s
interface, the earlier waves' docstrings and kind lists (to draw no kind twice) and how they register
in ``bench/run_all.py``, and wrote these kinds from real Chinese sites *before* opening the date
extraction code (``crawler/extract``); its page builders and furniture are its own (no earlier
probe's builders were read):

- Discuz! portal articles (``portal.php?mod=view``): ``2019-3-5 10:21 | 发布者: X | 查看: N | 评论: N``,
  on recent pages a relative ``<span title="…">3&nbsp;天前</span>`` or ``昨天&nbsp;10:21``;
- forum threads whose every post time is relative to the crawl (phpwind/Discuz ``发表于 昨天 15:20``,
  ``前天 09:12``, ``2 小时前``, ``今天 08:05``), replies ``刚刚`` and minutes ago;
- WeChat article pages saved with only script variables (``var ct = "1551752493";``,
  ``var create_time = "…" * 1;``), the ``publish_time`` element empty, the server's ``svr_time`` (the
  crawl) beside them;
- 今日头条 article pages: an unlabelled time in ``article-meta`` spans, ``BASE_DATA`` script state,
  a feed of relative times;
- 百家号 pages: ``发布时间：19-03-05`` (two-digit year) or ``发布时间：03-05`` (this year) and the clock in
  a span of its own;
- JSON-LD and ``article:published_time`` that print Beijing local time with a ``Z`` (a CMS bug),
  the visible line the right day (truth: the visible day; late-evening times cross midnight);
- AMP pages (``<html ⚡>``, ``amp-timeago``, JSON-LD on half, the AMP cache URL);
- mobile pages (``m.``, ``?id=``) whose only day is in ``<link rel=canonical>``/``og:url``;
- the only own day in URL shapes of 163 (``/19/0305/10/…``), eastday (``/a/190305102133….html``),
  chinadaily (``/a/201903/05/WS…``), youth (``/201903/t20190305_…``), people (``/n1/2019/0305/c…``);
- Taiwan and Hong Kong labels: 出版時間, 發佈時間, 刊登日期, 最後更新 and 更新時間 (first on half);
- Taiwan government pages with bare ROC years (``公告日期：108年3月5日``, no 民國), 截止日期 and
  更新日期 rows, a site-wide 最後更新日期;
- clocks with 时/分/秒 or 点, clocks before the day (``10:21 2019-03-05``), 上午/下午 before the clock;
- typography: spaces inside (``2019 年 3 月 5 日``), ``&nbsp;`` between, full-width separators only
  (``2019／03／05``, ``2019－03－05``), mixed full- and half-width digits, en dashes;
- 豆瓣 film reviews: ``main-meta`` time, the film's 上映日期 (earlier and later releases), replies later;
- finance pages: a market widget with a later trading time above the article, research-note rows
  of earlier days;
- 知乎 answers: ``编辑于`` (later) visible with ``data-tooltip="发布于 …"``, or ``发布于`` alone, other
  answers later, ``created_time``/``updated_time`` epochs in the state;
- government disclosure lists (``<li><b>索引号：</b>…/2019-00345``, 生成日期 earlier, 公开日期 the
  page's), the signature's day in numerals;
- ODD metadata formats with no visible day on half the pages (RFC 2822 ``Tue, 05 Mar 2019 02:21:33 GMT``,
  JavaScript ``Tue Mar 05 2019 10:21:33 GMT+0800``, ``+0800`` without colon and with milliseconds,
  basic ISO ``20190305T102133+0800``, epoch seconds), late-night times so a UTC reading changes the day;
- English labels on Chinese pages (``Published: Mar 05, 2019 10:21 PM``, ``Updated:`` later);
- number look-alikes (文章编号 ``20180912…``, phone numbers, 批准文号, a version ``v2019.03``), a third
  of the pages undated (truth: no date);
- ``<time datetime>`` naming the modified day around visible text naming the published day.

Pages are drawn with the harness's ``date_page`` (inews BDCI 2019 train texts: tune pages even
records, report pages odd ones). Seeds 9000-9503: 21 kinds, 24 seeds a kind (``9000 + 24 * kind + j``);
within a kind the 12 seeds of lower SHA-256 (``date_probe9:<seed>``) are *tune*, the others *report*,
decided before anything ran. Truth (the Beijing day of the article's own date as the page shows it,
none on a page that shows none) is what the generator put there; ``date_probe9_truth.json`` freezes
each seed's split, kind, truth and page hash, and ``--check`` says whether the pages still match it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.date_probe import BEIJING, TEXTS, Ctx, Made, esc  # noqa: E402
from bench.probe_harness import DateWave  # noqa: E402

FROZEN = Path(__file__).with_name("date_probe9_truth.json")
WAVE9 = 9000
PER_KIND = 24  # 12 tune + 12 report
EN_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
EN_DAY = "Mon Tue Wed Thu Fri Sat Sun".split()
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


# ---------------------------------------------------------------------------------------------
# Furniture of this wave (written for it)


def epoch(t: datetime) -> int:
    """Seconds since 1970 of a Beijing wall time."""
    return int(t.replace(tzinfo=BEIJING).timestamp())


def other_day(c: Ctx, lo: int, hi: int) -> date:
    """A day ``lo``..``hi`` days from publication (negative: before)."""
    return c.pub.date() + timedelta(days=c.rng.randint(lo, hi))


def paras(c: Ctx) -> str:
    return "".join(f"<p>{esc(p)}</p>" for p in c.text.paragraphs)


def menu(c: Ctx) -> str:
    words = c.rng.sample(["首页", "要闻", "时政", "社会", "经济", "文化", "体育", "图片", "视频", "专题", "评论", "地方"], 7)
    return '<ul class="menu">' + "".join(f'<li><a href="/{w}/">{w}</a></li>' for w in words) + "</ul>"


def hot_list(c: Ctx, n: int = 6) -> str:
    """A side list of other headlines with later days."""
    rows = []
    for t in c.titles(n):
        d = other_day(c, 1, 40)
        rows.append(f'<li><a href="/a/{c.rng.randint(1000, 99999)}.html">{esc(t)}</a><span>{d:%Y-%m-%d}</span></li>')
    return '<div class="hot"><h3>热点排行</h3><ul>' + "".join(rows) + "</ul></div>"


def related_list(c: Ctx, n: int = 5) -> str:
    """Related articles with earlier days."""
    rows = []
    for t in c.titles(n):
        d = other_day(c, -300, -1)
        rows.append(f'<li><a href="/a/{c.rng.randint(1000, 99999)}.html">{esc(t)}</a> <em>({d.month:02d}-{d.day:02d})</em></li>')
    return '<div class="xgyd"><h4>相关阅读</h4><ul>' + "".join(rows) + "</ul></div>"


def foot(c: Ctx) -> str:
    y = c.crawl.year
    return f'<div class="footer">Copyright &copy; 2001-{y} 版权所有 未经授权禁止转载 备案号：ICP备0{c.rng.randint(1000000, 9999999)}号</div>'


def doc(title: str, head: str, body: str, charset: str = "utf-8", html_attr: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html{html_attr}><head><meta charset="{charset}"><title>{esc(title)}</title>{head}</head>'
        f"<body>{body}</body></html>"
    )


def std_dash(t: datetime, secs: bool = False) -> str:
    return f"{t:%Y-%m-%d %H:%M}" + (f":{t.second:02d}" if secs else "")


def near_crawl(c: Ctx, lo_min: int, hi_min: int) -> None:
    """Set the crawl some minutes after publication (relative forms)."""
    c.crawl = (c.pub + timedelta(minutes=c.rng.randint(lo_min, hi_min))).replace(second=0)


def relative_zh(c: Ctx, t: datetime) -> str | None:
    """How a forum prints ``t`` seen at the crawl: 刚刚, N 分钟前, N 小时前, 今天/昨天/前天 hh:mm, N 天前."""
    delta = c.crawl - t
    mins = int(delta.total_seconds() // 60)
    days = (c.crawl.date() - t.date()).days
    if mins < 1:
        return "刚刚"
    if mins < 60:
        return f"{mins}&nbsp;分钟前"
    if mins < 6 * 60 and days == 0:
        return f"{mins // 60}&nbsp;小时前"
    if days == 0:
        return f"今天&nbsp;{t:%H:%M}"
    if days == 1:
        return f"昨天&nbsp;{t:%H:%M}"
    if days == 2:
        return f"前天&nbsp;{t:%H:%M}"
    if days < 7:
        return f"{days}&nbsp;天前"
    return None


def discuz_time(t: datetime) -> str:
    return f"{t.year}-{t.month}-{t.day} {t:%H:%M}"


# ---------------------------------------------------------------------------------------------
# Kinds


def discuz_portal(c: Ctx) -> Made:
    if c.rng.random() < 0.5:
        near_crawl(c, 90, 6 * 1440)
    rel = relative_zh(c, c.pub)
    shown = f'<span title="{discuz_time(c.pub)}">{rel}</span>' if rel and c.rng.random() < 0.5 else (rel or discuz_time(c.pub))
    user = c.rng.choice(["admin", "小编", "编辑部", "cityadmin", "管理员"])
    comments = "".join(
        f'<dl class="bbda cl"><dt class="mbm xs2"><a class="xi2">网友{c.rng.randint(100, 999)}</a><span class="xg1 xw0">{discuz_time(c.pub + timedelta(minutes=c.rng.randint(20, 3000)))}</span></dt><dd>说得好，支持一下</dd></dl>'
        for _ in range(c.rng.randint(1, 4))
    )
    body = (
        f'<div id="hd"><div class="wp">{menu(c)}</div></div><div id="pt" class="bm cl"><a href="./">门户</a> <em>›</em> <a href="portal.php?mod=list&catid=2">本地新闻</a> <em>›</em> 查看内容</div>'
        f'<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">{esc(c.text.title)}</h1>'
        f'<p class="xg1">{shown}<span class="pipe">|</span> 发布者: <a href="home.php?mod=space&uid=1">{user}</a><span class="pipe">|</span> 查看: {c.rng.randint(100, 9999)}<span class="pipe">|</span> 评论: {c.rng.randint(1, 40)}</p></div>'
        f'<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">{paras(c)}</td></tr></table></div>'
        f'<div class="bm"><div class="bm_h"><h3>最新评论</h3></div><div id="comment_ul">{comments}</div></div></div></div>'
        f'<div class="sd">{hot_list(c)}</div></div><div id="ft">Powered by <strong>Discuz!</strong> X3.4 &copy; 2001-{c.crawl.year} Comsenz Inc.</div>'
    )
    link = f"http://bbs.{c.rng.choice(['xzrx', 'gdzj', 'qhdnews', 'hblj'])}.net/portal.php?mod=view&aid={c.rng.randint(1000, 99999)}"
    return link, doc(f"{c.text.title} - 本地新闻 - 论坛", "", body, "gbk"), "gbk", c.pub.date()


def forum_relative(c: Ctx) -> Made:
    near_crawl(c, 30, 3 * 1440 - 60)
    header_word = c.rng.choice(["发表于", "发表于:", "发表于：", "发表时间："])
    posts = []
    times = sorted([c.pub] + [c.pub + timedelta(minutes=c.rng.randint(1, int((c.crawl - c.pub).total_seconds() // 60))) for _ in range(c.rng.randint(2, 6))])
    for i, t in enumerate(times):
        rel = relative_zh(c, t) or discuz_time(t)
        text = paras(c) if i == 0 else f"<p>{c.rng.choice(['顶一下', '支持楼主', '路过看看', '说的有道理', '关注中'])}</p>"
        floor = "楼主" if i == 0 else f"{i + 1}#"
        posts.append(
            f'<table class="plhin" id="pid{1000 + i}"><tr><td class="pls"><div class="pi"><a class="xw1">用户{c.rng.randint(1000, 9999)}</a></div>'
            f'<dl class="pil"><dt>帖子</dt><dd>{c.rng.randint(1, 999)}</dd><dt>积分</dt><dd>{c.rng.randint(1, 9999)}</dd></dl></td>'
            f'<td class="plc"><div class="pi"><strong><a>{floor}</a></strong><div class="authi"><em id="authorposton{1000 + i}">{header_word} {rel}</em> | <a>只看该作者</a></div></div>'
            f'<div class="t_fsz"><div class="t_f">{text}</div></div></td></tr></table>'
        )
    body = (
        f'<div id="hd">{menu(c)}</div><div id="pt"><a>论坛</a> › <a>城事杂谈</a> › {esc(c.text.title[:12])}</div>'
        f'<div id="postlist"><table><tr><td><h1 class="ts"><span id="thread_subject">{esc(c.text.title)}</span></h1></td></tr></table>'
        + "".join(posts)
        + f'</div>{foot(c)}'
    )
    link = f"http://bbs.{c.rng.choice(['rzw', 'hsw', 'lyrb', 'nyxw'])}.com/thread-{c.rng.randint(10000, 999999)}-1-1.html"
    return link, doc(f"{c.text.title} - 城事杂谈", "", body), "utf-8", c.pub.date()


def wechat_vars(c: Ctx) -> Made:
    e = epoch(c.pub)
    form = c.rng.randrange(3)
    script = [
        f'var ct = "{e}";',
        f'var create_time = "{e}" * 1;',
        f'var ct = "{e}";\nvar publish_time = "" || "";',
    ][form]
    svr = f'var svr_time = "{epoch(c.crawl)}" * 1;'
    state = (
        f'<script type="text/javascript">var msg_title = \'{esc(c.text.title)}\'.html(false);\nvar nickname = htmlDecode("{c.rng.choice(["城市晚报", "本地宝", "今日头条君"])}");\n'
        f'{script}\n{svr}\nvar user_name = "gh_{c.rng.randint(10**11, 10**12)}";</script>'
    )
    if c.rng.random() < 0.5:
        state = state.replace("<script", f'<script>{svr}</script><script', 1)
    body = (
        f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><h1 class="rich_media_title" id="activity-name">{esc(c.text.title)}</h1>'
        f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
        f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">城市晚报</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
        f'<div class="rich_media_content" id="js_content">{paras(c)}</div></div></div>'
        f'<div class="mirror-foot">本文收录于公众号文章存档，仅供学习交流</div>{state}'
    )
    link = f"https://mp.weixin.qq.com/s/{''.join(c.rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789') for _ in range(22))}"
    return link, doc(c.text.title, '<meta property="og:type" content="article">', body), "utf-8", c.pub.date()


def toutiao_meta(c: Ctx) -> Made:
    feed = "".join(
        f'<li class="feed-card"><a>{esc(t)}</a><span class="source">头条号</span><span class="time">{c.rng.choice(["3小时前", "1天前", "刚刚", "5分钟前", "2天前"])}</span></li>'
        for t in c.titles(5)
    )
    info = f'<div class="article-meta"><span class="original">原创</span><span class="name">{c.rng.choice(["晨报观察", "城事速递", "财经早知道"])}</span><span>{std_dash(c.pub)}</span></div>'
    state = (
        f"<script>var BASE_DATA = {{userInfo: {{id: 0}}, articleInfo: {{title: '{esc(c.text.title)}', groupId: '{c.rng.randint(10**18, 10**19)}', "
        f"subInfo: {{isOriginal: true, source: '晨报观察', time: '{std_dash(c.pub, True)}'}}}}, commentInfo: {{comments_count: {c.rng.randint(0, 999)}}}}};</script>"
    )
    body = (
        f'<div class="bui-box container"><div class="bui-left index-middle"><div class="article-box"><h1 class="article-title">{esc(c.text.title)}</h1>'
        f'{info}<div class="article-content">{paras(c)}</div></div></div><div class="bui-right"><ul class="feed-list">{feed}</ul></div></div>{state}'
    )
    if c.rng.random() < 0.5:
        body = body.replace(f"<span>{std_dash(c.pub)}</span>", "<span></span>")  # the time filled by the script
    link = f"https://www.toutiao.com/a{c.rng.randint(10**18, 10**19)}/"
    return link, doc(f"{c.text.title} - 今日头条", "", body), "utf-8", c.pub.date()


def baijiahao(c: Ctx) -> Made:
    this_year = c.rng.random() < 0.4
    if this_year:
        c.crawl = (c.pub + timedelta(days=c.rng.randint(1, 20), minutes=c.rng.randint(0, 600))).replace(second=0)
        if c.crawl.year != c.pub.year:
            c.crawl = c.pub.replace(hour=23, minute=59, second=0)
        shown = f"{c.pub:%m-%d}"
    else:
        shown = f"{c.pub:%y-%m-%d}"
    feed = "".join(f'<div class="item"><a>{esc(t)}</a><span>{c.rng.choice(["1小时前", "昨天", "3天前"])}</span></div>' for t in c.titles(4))
    body = (
        f'<div id="article" class="index-module_articleWrap"><div class="article-title"><h2>{esc(c.text.title)}</h2></div>'
        f'<div class="article-desc clearfix"><div class="author-icon"><img src="https://gips0.baidu.com/it/u=1.jpg"></div><div class="author-txt"><p class="author-name">{c.rng.choice(["环球时报", "光明网", "中国新闻网"])}</p>'
        f'<div class="article-source article-source-bjh"><span class="date">发布时间：{shown}</span><span class="time">{c.pub:%H:%M}</span></div></div></div>'
        f'<div class="article-content">{paras(c)}</div></div><div class="recommend">{feed}</div>'
    )
    link = f"https://baijiahao.baidu.com/s?id={c.rng.randint(10**18, 10**19)}&wfr=spider&for=pc"
    return link, doc(c.text.title, "", body), "utf-8", c.pub.date()


def jsonld_fake_utc(c: Ctx) -> Made:
    if c.rng.random() < 0.7:
        c.pub = c.pub.replace(hour=c.rng.randint(16, 23))
    fake = f"{c.pub:%Y-%m-%dT%H:%M:%S}Z"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": c.text.title, "datePublished": fake, "dateModified": fake}, ensure_ascii=False)
    head = f'<script type="application/ld+json">{ld}</script>'
    if c.rng.random() < 0.5:
        head += f'<meta property="article:published_time" content="{fake}">'
    line = f'<div class="info"><span class="time">{std_dash(c.pub, c.rng.random() < 0.5)}</span><span class="source">来源：{c.rng.choice(["本网", "新华社", "经济日报"])}</span></div>'
    body = f'{menu(c)}<div class="main"><h1>{esc(c.text.title)}</h1>{line}<div class="content">{paras(c)}</div>{related_list(c)}</div>{foot(c)}'
    link = f"https://www.{c.rng.choice(['zjnews', 'jxcn', 'sxdaily', 'gxnews'])}.com.cn/news/{c.rng.randint(100000, 999999)}.html"
    return link, doc(c.text.title, head, body), "utf-8", c.pub.date()


def amp_page(c: Ctx) -> Made:
    iso = f"{c.pub:%Y-%m-%dT%H:%M:%S}+08:00"
    head = '<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-timeago" src="https://cdn.ampproject.org/v0/amp-timeago-0.1.js"></script><style amp-boilerplate>body{visibility:hidden}</style>'
    if c.rng.random() < 0.5:
        mod = c.pub + timedelta(days=c.rng.randint(1, 30))
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": c.text.title, "datePublished": iso, "dateModified": f"{mod:%Y-%m-%dT%H:%M:%S}+08:00", "image": {"@type": "ImageObject", "url": "https://img.example.cn/a.jpg", "width": 800, "height": 450}}
        head += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    fallback = c.rng.choice([f"{c.pub.year}年{c.pub.month}月{c.pub.day}日", f"{c.pub:%Y-%m-%d}", iso])
    stamp = f'<amp-timeago width="160" height="20" datetime="{iso}" layout="fixed" locale="zh-CN">{fallback}</amp-timeago>'
    rows = []
    for t in c.titles(4):
        dd = other_day(c, 1, 20)
        rows.append(f'<li><a href="/amp/{c.rng.randint(10000, 99999)}.html">{esc(t)}</a> <amp-timeago width="80" height="20" layout="fixed" datetime="{dd:%Y-%m-%d}T08:00:00+08:00">{dd:%Y-%m-%d}</amp-timeago></li>')
    more = "".join(rows)
    body = (
        f'<header class="amp-header"><a href="/">首页</a></header><article><h1 class="amp-title">{esc(c.text.title)}</h1><div class="amp-meta">{stamp}</div>'
        f'<amp-img src="https://img.example.cn/a.jpg" width="800" height="450" layout="responsive"></amp-img>{paras(c)}</article><section class="more"><h3>更多新闻</h3><ul>{more}</ul></section>'
    )
    site = c.rng.choice(["www.ynet.com", "news.cnr.cn", "www.bjnews.com.cn"])
    link = f"https://{site.replace('.', '-')}.cdn.ampproject.org/c/s/{site}/amp/detail/{c.rng.randint(10**8, 10**9)}.html"
    return link, doc(c.text.title, head + f'<link rel="canonical" href="https://{site}/detail/{c.rng.randint(10**8, 10**9)}.html">', body, html_attr=' ⚡ lang="zh-CN"'), "utf-8", c.pub.date()


def canonical_day(c: Ctx) -> Made:
    site = c.rng.choice(["news.xxxxw.cn", "www.hebnews.cn", "www.sxgov.cn", "news.ifeng.cn"])
    n = c.rng.randint(10**6, 10**7)
    shape = c.rng.randrange(3)
    d = c.pub
    path = [f"/{d:%Y-%m}/{d:%d}/content_{n}.htm", f"/{d:%Y%m%d}/n{n}.shtml", f"/system/{d:%Y/%m/%d}/{n}.shtml"][shape]
    head = f'<link rel="canonical" href="https://{site}{path}"><meta property="og:url" content="https://{site}{path}"><meta name="apple-mobile-web-app-capable" content="yes">'
    rows = []
    for t in c.titles(4):
        dd = other_day(c, -60, 60)
        rows.append(f'<li><a href="https://{site}/{dd:%Y-%m}/{dd:%d}/content_{c.rng.randint(10**6, 10**7)}.htm">{esc(t)}</a></li>')
    rel = "".join(rows)
    body = f'<div class="m-top"><a href="/">手机版</a></div><div class="m-article"><h1>{esc(c.text.title)}</h1><p class="m-src">来源：{c.rng.choice(["河北日报", "山西日报", "本网"])}</p><div class="m-con">{paras(c)}</div></div><div class="m-rel"><h3>相关新闻</h3><ul>{rel}</ul></div><div class="m-foot">电脑版 | 客户端</div>'
    link = f"https://m.{site.split('.', 1)[1]}/detail.html?id={n}"
    return link, doc(c.text.title, head, body), "utf-8", c.pub.date()


def url_shapes9(c: Ctx) -> Made:
    d = c.pub
    n = c.rng.randint(10**6, 10**8)
    shape = c.rng.randrange(5)
    code = "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(16))
    link = [
        f"https://news.163.com/{d:%y}/{d:%m%d}/{d:%H}/{code}.html",
        f"https://news.eastday.com/a/{d:%y%m%d%H%M%S}{c.rng.randint(100, 999)}.html",
        f"https://cn.chinadaily.com.cn/a/{d:%Y%m}/{d:%d}/WS{code.lower()[:24]}.html",
        f"http://news.youth.cn/gn/{d:%Y%m}/t{d:%Y%m%d}_{n}.htm",
        f"http://society.people.com.cn/n1/{d:%Y}/{d:%m%d}/c1008-{n}.html",
    ][shape]
    rel = []
    for t in c.titles(5):
        dd = c.pub + timedelta(days=c.rng.randint(-200, 30))
        rel.append(f'<li><a href="https://news.163.com/{dd:%y}/{dd:%m%d}/{dd:%H}/{code[::-1]}.html">{esc(t)}</a></li>' if shape == 0 else f'<li><a href="/{dd:%Y%m}/{dd:%d}/x{c.rng.randint(1000, 9999)}.html">{esc(t)}</a></li>')
    body = f'{menu(c)}<div class="post_main"><h1>{esc(c.text.title)}</h1><div class="post_info">来源：{c.rng.choice(["网易新闻", "东方网", "中国日报网", "中国青年网", "人民网"])}</div><div class="post_body">{paras(c)}</div></div><div class="rel"><ul>{"".join(rel)}</ul></div>{foot(c)}'
    return link, doc(c.text.title, "", body), "utf-8", c.pub.date()


def tw_hk_labels(c: Ctx) -> Made:
    upd = c.pub + timedelta(hours=c.rng.randint(2, 80))
    style = c.rng.randrange(4)
    if style == 0:
        pub_line, upd_line = f"出版時間：{c.pub:%Y/%m/%d %H:%M}", f"更新時間：{upd:%Y/%m/%d %H:%M}"
    elif style == 1:
        pub_line, upd_line = f"發佈日期：{std_dash(c.pub)}", f"最後更新日期：{std_dash(upd)}"
    elif style == 2:
        pub_line, upd_line = f"刊登日期：{c.pub.year}年{c.pub.month}月{c.pub.day}日", f"最後更新：{upd.year}年{upd.month}月{upd.day}日 {upd:%H:%M}"
    else:
        pub_line, upd_line = f"發佈於 {c.pub:%Y-%m-%d %H:%M}", f"更新於 {upd:%Y-%m-%d %H:%M}"
    lines = [f'<span class="pub">{pub_line}</span>', f'<span class="upd">{upd_line}</span>']
    if c.rng.random() < 0.5:
        lines.reverse()
    body = (
        f'{menu(c)}<article><h1 class="headline">{esc(c.text.title)}</h1><div class="timeinfo">{" ".join(lines)}</div>'
        f'<div class="article-body">{paras(c)}</div></article>{hot_list(c)}{foot(c)}'
    )
    link = f"https://{c.rng.choice(['tw.appledaily.example', 'www.hk01.example', 'news.ltn.example.tw', 'www.mingpao.example'])}/news/{c.rng.randint(10**6, 10**7)}"
    return link, doc(f"{c.text.title}｜新聞", "", body, html_attr=' lang="zh-Hant"'), "utf-8", c.pub.date()


def roc_bare_year(c: Ctx) -> Made:
    r = c.pub.year - 1911
    d = c.pub
    form = c.rng.choice([f"{r}年{d.month}月{d.day}日", f"{r}年{d.month:02d}月{d.day:02d}日", f"{r}/{d.month:02d}/{d.day:02d}"])
    end = c.pub + timedelta(days=c.rng.randint(10, 60))
    upd = c.pub + timedelta(days=c.rng.randint(1, 9))
    label = c.rng.choice(["公告日期", "發布日期", "發布時間", "張貼日期"])
    rows = [(label, form), ("發布單位", c.rng.choice(["秘書室", "民政處", "社會局", "教育處"])), ("截止日期", f"{end.year - 1911}年{end.month}月{end.day}日"), ("更新日期", f"{upd.year - 1911}-{upd.month:02d}-{upd.day:02d}")]
    if c.rng.random() < 0.5:
        rows = [rows[1], rows[3], rows[0], rows[2]]
    table = "<table class=\"info\">" + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows) + "</table>"
    site_upd = c.crawl - timedelta(days=c.rng.randint(0, 5))
    body = f'{menu(c)}<div class="cp"><h2 class="title">{esc(c.text.title)}</h2>{table}<div class="content">{paras(c)}</div></div><div class="footer">瀏覽人次：{c.rng.randint(10**4, 10**6)} 最後更新日期：{site_upd.year - 1911}/{site_upd.month:02d}/{site_upd.day:02d}</div>'
    link = f"https://www.{c.rng.choice(['tycg', 'chcg', 'klcg', 'ptcg'])}.gov.tw/News_Content.aspx?n={c.rng.randint(100, 999)}&s={c.rng.randint(10**5, 10**6)}"
    return link, doc(f"{c.text.title}-最新消息", "", body, html_attr=' lang="zh-Hant-TW"'), "utf-8", c.pub.date()


def shifen_clock(c: Ctx) -> Made:
    t = c.pub
    h12 = t.hour % 12 or 12
    ampm = "上午" if t.hour < 12 else "下午"
    form = c.rng.choice([
        f"{t.year}年{t.month}月{t.day}日{t.hour}时{t.minute}分",
        f"{t.year}年{t.month:02d}月{t.day:02d}日 {t.hour:02d}时{t.minute:02d}分{t.second:02d}秒",
        f"{t:%Y-%m-%d} {t.hour:02d}时{t.minute:02d}分",
        f"{t:%H:%M} {t:%Y-%m-%d}",
        f"{ampm}{h12}:{t.minute:02d} {t.year}年{t.month}月{t.day}日",
        f"{t.year}年{t.month}月{t.day}日 {ampm}{h12}点{t.minute}分",
    ])
    label = c.rng.choice(["", "时间：", "发布时间：", "日期："])
    charset = c.rng.choice(["utf-8", "gb2312"])
    body = f'{menu(c)}<table width="960" align="center"><tr><td class="bt" align="center"><b>{esc(c.text.title)}</b></td></tr><tr><td class="info" align="center">{label}{form}　来源：{c.rng.choice(["市政府办", "县融媒体中心", "本站"])}</td></tr><tr><td class="nr">{paras(c)}</td></tr></table>{related_list(c)}{foot(c)}'
    link = f"http://www.{c.rng.choice(['hsx', 'lqx', 'ydx', 'fcx'])}.gov.cn/Item/{c.rng.randint(1000, 99999)}.aspx"
    return link, doc(c.text.title, "", body, charset), charset, c.pub.date()


def typography(c: Ctx) -> Made:
    t = c.pub
    y, m, d = t.year, t.month, t.day
    forms = [
        f"{y} 年 {m} 月 {d} 日",
        f"{y}&nbsp;年&nbsp;{m}&nbsp;月&nbsp;{d}&nbsp;日",
        f"{y} - {m:02d} - {d:02d}",
        f"{y} . {m} . {d}",
        f"{y}／{m:02d}／{d:02d}",
        f"{y}－{m:02d}－{d:02d}",
        f"{y}–{m:02d}–{d:02d}",
        f"{str(y).translate(FULL_DIGITS)}-{m:02d}-{d:02d}",
        f"{y}年{str(m).translate(FULL_DIGITS)}月{str(d).translate(FULL_DIGITS)}日",
        f"{y} 年 {m:02d} 月 {d:02d} 日 {t.hour:02d} : {t.minute:02d}",
        f"{y}-{m:02d}-{d:02d} {t.hour:02d}：{t.minute:02d}",
    ]
    form = c.rng.choice(forms)
    label = c.rng.choice(["发布日期：", "发布时间：", "日期：", "【发布时间】"])
    body = f'{menu(c)}<div class="article"><div class="title">{esc(c.text.title)}</div><div class="attr"><font color="#999999">{label}{form}</font>　<font color="#999999">浏览次数：{c.rng.randint(10, 9999)}</font></div><div class="text">{paras(c)}</div></div>{hot_list(c)}{foot(c)}'
    link = f"http://www.{c.rng.choice(['jyxw', 'wzxw', 'xcrb', 'ajxw'])}.cn/html/{c.rng.randint(1, 99)}/{c.rng.randint(1000, 99999)}.html"
    return link, doc(c.text.title, "", body), "utf-8", c.pub.date()


def douban_review(c: Ctx) -> Made:
    release = c.pub.date() - timedelta(days=c.rng.randint(5, 400))
    later_rel = c.pub.date() + timedelta(days=c.rng.randint(5, 90))
    replies = "".join(
        f'<div class="comment-item"><div class="header"><a>{c.rng.choice(["阿树", "Moon", "小林", "影迷甲"])}</a><span class="pubtime">{(c.pub + timedelta(days=c.rng.randint(1, 300), minutes=c.rng.randint(0, 999))):%Y-%m-%d %H:%M:%S}</span></div><p>同意</p></div>'
        for _ in range(c.rng.randint(1, 4))
    )
    body = (
        f'<div id="wrapper"><h1><span property="v:summary">{esc(c.text.title)}</span></h1><div class="article"><div class="main"><header class="main-hd">'
        f'<a class="avatar author-avatar"></a><a class="name">{c.rng.choice(["风吹麦浪", "老马识途", "橙子"])}</a> 评论 <a>某电影</a>'
        f'<span class="allstar40 main-title-rating" title="推荐"></span><span content="{c.pub:%Y-%m-%d}" class="main-meta">{c.pub:%Y-%m-%d %H:%M:%S}</span></header>'
        f'<div class="main-bd"><div class="review-content clearfix" data-author="x" data-url="x">{paras(c)}</div></div><div class="main-ft">有用 {c.rng.randint(0, 999)} 没用 {c.rng.randint(0, 99)}</div>'
        f'<div id="comments">{replies}</div></div></div>'
        f'<div class="aside"><div class="subject-info"><span class="pl">导演:</span> 某某<br><span class="pl">上映日期:</span> <span property="v:initialReleaseDate" content="{release:%Y-%m-%d}(中国大陆)">{release:%Y-%m-%d}(中国大陆)</span> / <span property="v:initialReleaseDate" content="{later_rel:%Y-%m-%d}(美国)">{later_rel:%Y-%m-%d}(美国)</span><br><span class="pl">片长:</span> 120分钟</div></div></div>'
    )
    link = f"https://movie.douban.com/review/{c.rng.randint(10**6, 10**7)}/"
    return link, doc(f"{c.text.title} (评论: 某电影)", "", body), "utf-8", c.pub.date()


def finance_widget(c: Ctx) -> Made:
    tick = c.crawl - timedelta(days=c.rng.randint(0, 3))
    widget = f'<div class="hq-bar"><span>上证指数 {c.rng.randint(2500, 3500)}.{c.rng.randint(10, 99)}</span><span class="up">+0.{c.rng.randint(10, 99)}%</span><span class="hq-time">{tick:%Y-%m-%d} 15:00:00</span><span>行情数据更新时间：{tick:%Y-%m-%d %H:%M}</span></div>'
    notes = "".join(f'<tr><td>{other_day(c, -90, -1):%Y-%m-%d}</td><td>{esc(t[:14])}</td><td>买入</td></tr>' for t in c.titles(4))
    line = c.rng.choice([f"{c.pub.year}年{c.pub.month:02d}月{c.pub.day:02d}日 {c.pub:%H:%M}", std_dash(c.pub, True)])
    body = (
        f'{menu(c)}{widget}<div class="main-content"><h1 class="main-title">{esc(c.text.title)}</h1><div class="date-source"><span class="date">{line}</span><a class="source">{c.rng.choice(["证券时报", "中国证券报", "上海证券报"])}</a></div>'
        f'<div class="article" id="artibody">{paras(c)}</div></div><div class="yanbao"><h3>相关研报</h3><table>{notes}</table></div>{foot(c)}'
    )
    link = f"https://finance.{c.rng.choice(['sina.example', 'jrj.example', 'hexun.example'])}.com.cn/stock/{c.rng.randint(10**6, 10**7)}.shtml"
    return link, doc(c.text.title, "", body), "utf-8", c.pub.date()


def zhihu_answer(c: Ctx) -> Made:
    edit = c.pub + timedelta(days=c.rng.randint(1, 200), minutes=c.rng.randint(0, 900))
    if c.rng.random() < 0.5:
        stamp = f'<span data-tooltip="发布于 {c.pub:%Y-%m-%d %H:%M}">编辑于 {edit:%Y-%m-%d %H:%M}</span>'
    else:
        stamp = f"<span>发布于 {c.pub:%Y-%m-%d %H:%M}</span>"
    others = "".join(
        f'<div class="List-item"><div class="RichContent-inner"><p>{esc(t)}……</p></div><div class="ContentItem-time"><a><span>发布于 {(c.pub + timedelta(days=c.rng.randint(1, 90))):%Y-%m-%d %H:%M}</span></a></div></div>'
        for t in c.titles(3)
    )
    state = json.dumps({"entities": {"answers": {"1": {"created_time": epoch(c.pub), "updated_time": epoch(edit)}}}})
    body = (
        f'<div class="QuestionHeader"><h1 class="QuestionHeader-title">{esc(c.text.title)}？</h1><div class="NumberBoard">关注者 {c.rng.randint(10, 9999)} 被浏览 {c.rng.randint(1000, 99999)}</div></div>'
        f'<div class="Question-main"><div class="AnswerCard"><div class="AuthorInfo">{c.rng.choice(["张三", "知乎用户", "李四"])}</div><div class="RichContent-inner">{paras(c)}</div>'
        f'<div class="ContentItem-time"><a href="/question/1/answer/1">{stamp}</a></div></div><div class="MoreAnswers">{others}</div></div>'
        f'<script id="js-initialData" type="text/json">{state}</script>'
    )
    link = f"https://www.zhihu.com/question/{c.rng.randint(10**7, 10**9)}/answer/{c.rng.randint(10**8, 10**10)}"
    return link, doc(f"{c.text.title}？ - 知乎", "", body), "utf-8", c.pub.date()


CN_NUM = "〇一二三四五六七八九"


def cn_sig(d: date) -> str:
    def n(x: int) -> str:
        if x < 10:
            return CN_NUM[x]
        a, b = divmod(x, 10)
        return ("" if a == 1 else CN_NUM[a]) + "十" + (CN_NUM[b] if b else "")

    return "".join(CN_NUM[int(ch)] for ch in str(d.year)) + f"年{n(d.month)}月{n(d.day)}日"


def gov_open_list(c: Ctx) -> Made:
    made = c.pub.date() - timedelta(days=c.rng.randint(1, 20))
    idx = f"{c.rng.randint(10**8, 10**9)}X/{c.pub.year}-{c.rng.randint(1, 999):05d}"
    fmt = c.rng.choice(["%Y-%m-%d", "%Y年%m月%d日"])
    items = [("索引号", idx), ("发布机构", "市住房和城乡建设局"), ("生成日期", made.strftime(fmt)), ("公开日期", c.pub.strftime(fmt)), ("公开方式", "主动公开"), ("有效性", "有效")]
    lis = "".join(f"<li><b>{a}：</b>{b}</li>" for a, b in items)
    sig = f'<p style="text-align:right">市住房和城乡建设局</p><p style="text-align:right">{cn_sig(made) if c.rng.random() < 0.5 else made.strftime("%Y年%m月%d日").replace("年0", "年").replace("月0", "月")}</p>'
    body = f'{menu(c)}<div class="xxgk-info"><ul>{lis}</ul></div><div class="xxgk-title"><h1>{esc(c.text.title)}</h1></div><div class="xxgk-content">{paras(c)}{sig}</div><div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>{foot(c)}'
    link = f"http://www.{c.rng.choice(['hz', 'nb', 'wz', 'jx'])}.gov.cn/art/{c.pub.year}/{c.pub.month}/{c.pub.day}/art_{c.rng.randint(1000, 9999)}_{c.rng.randint(10**6, 10**7)}.html"
    if c.rng.random() < 0.5:
        link = f"http://www.{c.rng.choice(['hz', 'nb', 'wz', 'jx'])}.gov.cn/col/col{c.rng.randint(1000, 9999)}/art.html?id={c.rng.randint(10**6, 10**7)}"
    return link, doc(c.text.title, "", body), "utf-8", c.pub.date()


def meta_odd_formats(c: Ctx) -> Made:
    if c.rng.random() < 0.6:
        c.pub = c.pub.replace(hour=c.rng.randint(0, 7))  # the UTC day is the previous one
    t = c.pub
    u = t - timedelta(hours=8)
    wd = EN_DAY[t.weekday()]
    uwd = EN_DAY[u.weekday()]
    form = c.rng.randrange(5)
    value = [
        f"{uwd}, {u.day:02d} {EN_MON[u.month - 1]} {u.year} {u:%H:%M:%S} GMT",
        f"{wd} {EN_MON[t.month - 1]} {t.day:02d} {t.year} {t:%H:%M:%S} GMT+0800 (中国标准时间)",
        f"{t:%Y-%m-%dT%H:%M:%S}.000+0800",
        f"{t:%Y%m%dT%H%M%S}+0800",
        str(epoch(t)),
    ][form]
    name = c.rng.choice(['name="pubdate"', 'name="publishdate"', 'property="article:published_time"', 'itemprop="datePublished"', 'name="publish_time"'])
    head = f"<meta {name} content=\"{value}\">"
    if c.rng.random() < 0.5:
        head += f'<meta http-equiv="last-modified" content="{c.crawl:%a, %d %b %Y %H:%M:%S} GMT">'
    visible = c.rng.random() < 0.5
    line = f'<div class="meta">{std_dash(t)} 来源：{c.rng.choice(["大众日报", "齐鲁晚报", "本网"])}</div>' if visible else f'<div class="meta">来源：{c.rng.choice(["大众日报", "齐鲁晚报", "本网"])}</div>'
    body = f'{menu(c)}<div class="wrap"><h1>{esc(c.text.title)}</h1>{line}<div class="txt">{paras(c)}</div></div>{related_list(c)}{foot(c)}'
    link = f"https://www.{c.rng.choice(['dzwww', 'qlwb', 'sdnews', 'jnnews'])}.com/{c.rng.choice(['news', 'sd', 'society'])}/{c.rng.randint(10**6, 10**7)}.html"
    return link, doc(c.text.title, head, body), "utf-8", c.pub.date()


def english_labels(c: Ctx) -> Made:
    t = c.pub
    h12 = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    pub = c.rng.choice([f"Published: {EN_MON[t.month - 1]} {t.day:02d}, {t.year} {h12:02d}:{t.minute:02d} {ap}", f"Published: {t:%Y-%m-%d %H:%M}", f"{t:%Y-%m-%d %H:%M} BJT"])
    upd = t + timedelta(days=c.rng.randint(1, 5), hours=c.rng.randint(0, 10))
    lines = [f'<span class="pub">{pub}</span>']
    if c.rng.random() < 0.6:
        lines.append(f'<span class="upd">Updated: {upd:%Y-%m-%d %H:%M}</span>')
        if c.rng.random() < 0.5:
            lines.reverse()
    body = f'{menu(c)}<div class="article"><h1>{esc(c.text.title)}</h1><div class="byline">By {c.rng.choice(["Staff reporter", "Li Wei", "Zhang Min"])} | Source: {c.rng.choice(["Global Times", "China Daily", "Xinhua"])} | {" ".join(lines)}</div><div class="txt">{paras(c)}</div></div>{foot(c)}'
    link = f"https://www.{c.rng.choice(['chinaxwcb', 'ecns', 'cnwest'])}.com/cn/{c.rng.randint(10**6, 10**7)}.shtml"
    return link, doc(c.text.title, "", body), "utf-8", c.pub.date()


def lookalike_numbers(c: Ctx) -> Made:
    dated = c.rng.random() < 2 / 3
    old = c.pub.date() - timedelta(days=c.rng.randint(100, 900))
    art_no = f"{old:%Y%m%d}{c.rng.randint(1000, 9999)}"
    info = [f"文章编号：{art_no}", f"点击：{c.rng.randint(100, 9999)}"]
    if dated:
        info.insert(0, f"发布时间：{std_dash(c.pub)}")
    tail = (
        f'<p>咨询电话：0{c.rng.randint(10, 99)}-{c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}</p>'
        f'<p>批准文号：国药准字H{old:%Y%m}{c.rng.randint(10, 99)}</p><p>客户端版本：v{old.year}.{old.month:02d}</p>'
    )
    body = f'{menu(c)}<div class="news"><h2>{esc(c.text.title)}</h2><div class="info">{"　".join(info)}</div><div class="con">{paras(c)}{tail}</div></div><div class="footer">联系电话：0{c.rng.randint(100, 999)}-{c.rng.randint(1000000, 9999999)} 邮编：{c.rng.randint(100000, 999999)}</div>'
    link = f"http://www.{c.rng.choice(['yyxh', 'spjg', 'ypjd'])}.org.cn/news/show.php?itemid={c.rng.randint(1000, 99999)}"
    return link, doc(c.text.title, "", body), "utf-8", (c.pub.date() if dated else None)


def time_attr_disagree(c: Ctx) -> Made:
    mod = c.pub + timedelta(days=c.rng.randint(1, 120), minutes=c.rng.randint(0, 900))
    text = c.rng.choice([f"{c.pub.year}年{c.pub.month}月{c.pub.day}日", f"{c.pub:%Y-%m-%d}", f"{c.pub:%Y/%m/%d %H:%M}"])
    stamp = f'<time class="entry-date published" datetime="{mod:%Y-%m-%dT%H:%M:%S}+08:00">{text}</time>'
    if c.rng.random() < 0.5:
        stamp += f' <span class="updated-on">更新于 {mod:%Y-%m-%d}</span>'
    body = (
        f'{menu(c)}<main><article class="post"><header class="entry-header"><h1 class="entry-title">{esc(c.text.title)}</h1>'
        f'<div class="entry-meta"><span class="posted-on">{stamp}</span><span class="byline"> <a>{c.rng.choice(["admin", "编辑", "小王"])}</a></span></div></header>'
        f'<div class="entry-content">{paras(c)}</div></article></main>{foot(c)}'
    )
    link = f"https://{c.rng.choice(['blog.xxw.cn', 'www.shuoshuo.net', 'note.lingo.cn'])}/archives/{c.rng.randint(100, 9999)}"
    return link, doc(f"{c.text.title} – 博客", "", body), "utf-8", c.pub.date()


KINDS9: dict[str, Callable[[Ctx], Made]] = {
    "discuz_portal": discuz_portal,
    "forum_relative": forum_relative,
    "wechat_vars": wechat_vars,
    "toutiao_meta": toutiao_meta,
    "baijiahao": baijiahao,
    "jsonld_fake_utc": jsonld_fake_utc,
    "amp_page": amp_page,
    "canonical_day": canonical_day,
    "url_shapes9": url_shapes9,
    "tw_hk_labels": tw_hk_labels,
    "roc_bare_year": roc_bare_year,
    "shifen_clock": shifen_clock,
    "typography": typography,
    "douban_review": douban_review,
    "finance_widget": finance_widget,
    "zhihu_answer": zhihu_answer,
    "gov_open_list": gov_open_list,
    "meta_odd_formats": meta_odd_formats,
    "english_labels": english_labels,
    "lookalike_numbers": lookalike_numbers,
    "time_attr_disagree": time_attr_disagree,
}

WAVE = DateWave("date_probe9", "Dates, probe wave 9", WAVE9, KINDS9, FROZEN, PER_KIND)
SEEDS9 = WAVE.seeds
make9 = WAVE.make
pages = WAVE.pages


def main(argv: list[str] | None = None) -> int:
    blurb = (
        f"{PER_KIND // 2} pages a kind a half, {len(KINDS9)} kinds (`bench/date_probe9.py`: written before "
        "reading the date code, with builders of its own)."
    )
    return WAVE.main(argv, __doc__ or "", TEXTS, blurb)


if __name__ == "__main__":
    sys.exit(main())
