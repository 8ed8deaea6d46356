# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""Wave 11 of the date probe: page kinds waves 1-10 lack, written before reading the date code.

Usage: ``python -m bench.date_probe11 [--split tune|report|both] [--failures] [--only-ours] [--check]``.

Why an eleventh wave: every wave written before reading the code first read far lower than after it
was tuned on (wave 10: 0.700 report before, 0.922 after); the first run of a new independent probe is
the honest figure for pages nobody tuned for. This wave's author read only ``bench/probe_harness.py``,
wave 1's shared helpers (texts, traps, date forms, scoring), wave 10's imports and registration (for the
harness's interface) and the kind names of waves 1-10, and wrote these kinds from real Chinese, Taiwan
and Hong Kong sites *before* opening the date extraction code (``crawler/extract``); no earlier wave's
builders were read. Where a kind's name is near an earlier one (video, Q&A, WeChat, AMP, print pages),
the shapes here are this wave's own:

- video pages: a play count, danmaku count or duration beside the day (``12.3万播放 · 2019-03-05
  10:21:33``, ``发布于 2019年3月5日``, ``上传时间``), recommended videos with their own days;
- journal abstract pages (万方/OJS style): 收稿日期, 修回日期 and 录用日期 earlier, the page's 出版日期 /
  在线出版日期 / 网络首发日期 / 发表日期, 刊期 and 引用格式 with the year only, DOIs with the year;
- government documents: a 信息公开 table with 成文日期 (earlier) and 发布日期, a 文号 with the year, a
  落款 in numerals on the 成文 day, 签发时间 and a 抄送 block's 印发 day. **Convention: the page's
  publish date is the 发布日期 (or the 发布时间 line under the title), never the 成文日期, 印发 or 签发
  day**; every page of this kind shows one;
- WeChat articles and their mirrors: ``原创 作者 公众号 2019-03-05``, an empty ``<em id="publish_time">``
  filled by script from ``var ct = "epoch"`` / ``var publish_time = "…" || ""``, mirror sites with a
  later 采集时间/收录于, 往期推荐 and 精选留言 days;
- Zhihu-style answers: the answer's time *after* its text (``编辑于 昨天 10:21``, ``发布于 10:21``,
  ``编辑于 2019-03-05 10:21 · IP 属地北京``), relative to the crawl, other answers' times below;
- Weibo posts: ``N分钟前``, ``今天 10:21``, ``刚刚``, ``昨天 10:21``, a year-less ``3-5 10:21`` of the
  crawl's year, ``2019-3-5 10:21`` of older years, then ``来自 iPhone客户端``; comments relative too;
- Baijiahao pages: ``发布时间：19-03-05`` and ``10:21`` in two spans (two-digit year), a year-less
  ``03-05 10:21`` of the crawl's year with 发布于 a province, a script's publish time, a 相关推荐 feed;
- live blogs: 直播开始 and 最后更新, entries newest first with clocks; pages of full stamps only
  (oldest first or newest first): the live's own day is its first entry's;
- announcements signed at the end (落款) in numerals: ``二〇一九年三月五日``, ``二零一九年``, ``二O一九年``
  (a letter O), ``二○一九年`` (U+25CB), or Arabic, under 特此公告/特此声明 and the signer;
- Taiwan and Hong Kong pages with 上午/下午/中午/晚上/凌晨 clocks (``2019/3/5 下午 03:20:00``,
  ``108/03/05 下午 03:20``, ``民國108年3月5日 上午 10:21``, ``2019年3月5日 星期二 下午3:20``), half in Big5,
  a later 最後更新;
- reprints showing the original's day (原文发布时间, 原载于, a copied source line) beside the page's own
  repost day (**truth: the page's own day**);
- pages showing both 发布时间 and 更新时间 (首发/最后更新, 创建时间/修改时间, 发表于/更新于), either first;
- AMP and MIP pages: ``<amp-timeago datetime="…Z">3天前</amp-timeago>`` in UTC (a Beijing morning is
  the UTC day before), JSON-LD with ``+08:00``, MIP info lines;
- print views: ``【打印】【关闭】``, 打印时间 (the crawl's) at the top, the article's day at the top or
  only at the end (``【发布时间：…】``);
- pdf2htmlEX e-paper pages: the edition day split over positioned ``<div class="t …">`` and
  ``<span class="_ _1">`` pieces, 星期 and 农历 beside it, a month calendar of other editions;
- lunar dates beside Gregorian ones (``农历己亥年正月廿九``, ``农历1月29日`` in Arabic digits, lunar first);
- negatives: articles whose only days are in the sidebar, related list, comments, 上一篇/下一篇, the
  page clock, a site footer's 网站更新 (truth: no date);
- Q&A question pages (百度知道/问答社区): the question's day at the top (truth), answers
  ``推荐于…``, ``… 回答``, later;
- Xiaohongshu notes: ``编辑于 03-05 上海`` (the crawl's year), ``3天前 北京``, ``昨天 21:11 广东``,
  ``2019-03-05 浙江``, comments in the same forms;
- school and unit CMS pages (动易/科汛 style) whose only day is labelled 更新时间, 添加时间, 录入时间 or
  日期 in a line of 点击数 and 作者, half in GBK.

Pages are drawn with the harness's ``date_page`` (inews BDCI 2019 train texts: tune pages even
records, report pages odd ones). Seeds 11000-11639: 20 kinds, 32 seeds a kind (``11000 + 32 * kind + j``);
**even seeds are tune, odd seeds report** (the brief's split, fixed before anything ran). Truth (the day
of the article's own publication as the page shows it, in Beijing time; a relative day counted from the
crawl; none on a page that shows none) is what the generator put there; ``date_probe11_truth.json``
freezes each seed's split, kind, truth and page hash, and ``--check`` says whether the pages still match.
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
    TEXTS,
    WEEK,
    Ctx,
    Made,
    any_form,
    body_html,
    cn_number,
    comments,
    copyright_line,
    esc,
    host,
    later,
    page,
    plain_url,
    related,
    sidebar,
)
from bench.probe_harness import DateWave  # noqa: E402

FROZEN = Path(__file__).with_name("date_probe11_truth.json")
WAVE11 = 11000
PER_KIND = 32  # 16 tune (even seeds) + 16 report (odd seeds)
PROVINCES = ["北京", "上海", "广东", "浙江", "江苏", "四川", "湖北", "山东", "河南", "福建", "湖南", "陕西"]
USERS = [
    "小鱼儿",
    "风中的蒲公英",
    "老王说事",
    "momo",
    "一只橙子",
    "江南布衣",
    "用户7712",
    "追风少年",
    "晴天",
    "阿杰",
]
LUNAR_MONTHS = "正二三四五六七八九十冬腊"
GAN = "甲乙丙丁戊己庚辛壬癸"
ZHI = "子丑寅卯辰巳午未申酉戌亥"


# ---------------------------------------------------------------------------------------------
# Shared pieces of this wave


def ymd(d: date | datetime) -> str:
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def hm(t: datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def hms(t: datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"


def cny(t: date | datetime, pad: bool = False) -> str:
    return f"{t.year}年{t.month:02d}月{t.day:02d}日" if pad else f"{t.year}年{t.month}月{t.day}日"


def epoch(t: datetime) -> int:
    """Seconds of a Beijing wall time."""
    return int(t.replace(tzinfo=BEIJING).timestamp())


def before(c: Ctx, lo: int, hi: int) -> datetime:
    return c.pub - timedelta(days=c.rng.randint(lo, hi), minutes=c.rng.randint(0, 600))


def numerals(d: date | datetime, zero: str = "〇") -> str:
    """二〇一九年三月五日 with the drawn zero sign."""
    year = "".join(CN_DIGIT[int(ch)] for ch in str(d.year)).replace("〇", zero)
    return f"{year}年{cn_number(d.month)}月{cn_number(d.day)}日"


def lunar_day(n: int) -> str:
    if n <= 10:
        return "初" + ("十" if n == 10 else CN_DIGIT[n])
    if n < 20:
        return "十" + CN_DIGIT[n - 10]
    if n == 20:
        return "二十"
    if n < 30:
        return "廿" + CN_DIGIT[n - 20]
    return "三十"


def ganzhi(year: int) -> str:
    return GAN[(year - 4) % 10] + ZHI[(year - 4) % 12]


def headline(c: Ctx, tag: str = "h1", cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<{tag}{attr}>{esc(c.text.title)}</{tag}>"


def topbar(c: Ctx) -> str:
    """A site header: logo, menu, now and then the server's clock on the crawl day."""
    items = ["首页", "新闻", "本地", "视频", "图片", "专题", "评论", "服务"]
    menu = " | ".join(f'<a href="/{i}/">{w}</a>' for i, w in enumerate(items))
    d = c.crawl.date()
    clock = (
        f'<span class="today">今天是{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}</span>'
        if c.rng.random() < 0.4
        else ""
    )
    return f'<div class="header"><div class="logo"><a href="/">{host(c)}</a></div>{clock}<div class="nav">{menu}</div></div>'


def tail(c: Ctx, p: float = 0.6) -> str:
    """Furniture after the article: each of sidebar, related list, comments, copyright drawn."""
    parts = [f(c) for f in (sidebar, related, comments, copyright_line) if c.rng.random() < p]
    return "".join(parts)


def frame(
    c: Ctx,
    article: str,
    top: str | None = None,
    bottom: str | None = None,
    head: str = "",
    charset: str = "utf-8",
) -> str:
    return page(
        c.text.title,
        head,
        f'{topbar(c) if top is None else top}<div class="content">{article}</div>{tail(c) if bottom is None else bottom}',
        charset,
    )


def relative_back(c: Ctx) -> datetime:
    """A time shortly before the crawl (minutes to days): the page's own, set as ``c.pub``."""
    return c.crawl - timedelta(minutes=c.rng.randint(1, 60 * 24 * 6))


def same_year_back(c: Ctx) -> datetime | None:
    """A day of the crawl's year at least two days before it, or None early in January."""
    yday = c.crawl.timetuple().tm_yday
    if yday < 4:
        return None
    return c.crawl - timedelta(days=c.rng.randint(2, yday - 2), minutes=c.rng.randint(0, 600))


# ---------------------------------------------------------------------------------------------
# Kinds


def video_meta(c: Ctx) -> Made:
    t = c.pub
    dur = f"{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}"
    plays = c.rng.choice([f"{c.rng.randint(1, 999)}.{c.rng.randint(0, 9)}万", str(c.rng.randint(100, 9999))])
    form = c.rng.randrange(5)
    if form == 0:
        line = f'<div class="video-data"><span class="view">{plays}播放</span> · <span class="dm">{c.rng.randint(0, 9999)}弹幕</span> · <span class="pubdate-text">{ymd(t)} {hms(t)}</span></div>'
    elif form == 1:
        line = f'<div class="video-info">{plays}次播放 · 发布于 {cny(t)}</div>'
    elif form == 2:
        line = f'<p class="video-meta">时长 {dur} | 上传时间：{ymd(t)} {hm(t)} | 播放：{plays}</p>'
    elif form == 3:
        line = f'<div class="info"><span class="video-duration">{dur}</span><span>播放量 {plays}</span><span class="date">{t.year}/{t.month:02d}/{t.day:02d}</span></div>'
    else:
        line = f'<div class="brief"><span>来源：{c.rng.choice(["央视网", "新闻联播", "看看新闻"])}</span> <span>{cny(t, pad=True)} {hms(t)}</span></div>'
    recs = []
    for x in c.titles(c.rng.randint(4, 7)):
        d = c.between() if c.rng.random() < 0.5 else before(c, 1, 90).date()
        shown = c.rng.choice([ymd(d), f"{d.month}-{d.day}", f"{c.rng.randint(1, 30)}天前"])
        recs.append(
            f'<li class="video-card"><span class="duration">{c.rng.randint(0, 20):02d}:{c.rng.randint(0, 59):02d}</span><a href="/video/BV1{c.rng.randint(10**8, 10**9)}">{esc(x)}</a><span class="up">{c.rng.choice(USERS)}</span><span class="date">{shown}</span></li>'
        )
    player = f'<div class="player"><video src="/v/{c.rng.randint(10**5, 10**6)}.mp4" poster="/p.jpg"></video><span class="time">00:00 / {dur}</span></div>'
    intro = f'<div class="video-desc"><h4>简介</h4>{body_html(c)}</div>'
    article = headline(c, "h1", "video-title") + line + player + intro
    side = f'<div class="rec-list"><h3>相关推荐</h3><ul>{"".join(recs)}</ul></div>'
    url = c.rng.choice(
        [
            f"https://www.bilibili.com/video/BV1{c.rng.randint(10**8, 10**9)}",
            f"https://v.qq.com/x/page/{c.rng.choice('abcdefgkmnpqrstuvwxyz')}{c.rng.randint(10**9, 10**10)}.html",
            f"https://www.ixigua.com/{c.rng.randint(10**18, 10**19)}",
            f"https://video.{host(c)}/play/{c.rng.randint(10000, 99999)}.html",
        ]
    )
    bottom = side + (comments(c) if c.rng.random() < 0.6 else "") + copyright_line(c)
    return url, frame(c, article, bottom=bottom), "utf-8", t.date()


def journal_abstract(c: Ctx) -> Made:
    t = c.pub
    rec = before(c, 90, 360)
    rev = rec + timedelta(days=c.rng.randint(20, 60))
    acc = rev + timedelta(days=c.rng.randint(3, 20))
    label = c.rng.choice(["出版日期", "在线出版日期", "网络首发日期", "发表日期", "发布日期"])
    issue = c.rng.randint(1, 12)
    vol = c.rng.randint(10, 45)
    names = "，".join(
        c.rng.sample(["王小明", "李娜", "张伟", "陈静", "刘洋", "赵磊", "欧阳晓峰"], c.rng.randint(1, 3))
    )
    journal = c.rng.choice(
        ["西南大学学报（社会科学版）", "新闻与传播研究", "中国农业科学", "地理学报", "现代传播"]
    )
    rows = [
        f"<tr><th>收稿日期：</th><td>{ymd(rec)}</td></tr>",
        f"<tr><th>修回日期：</th><td>{ymd(rev)}</td></tr>",
    ]
    if c.rng.random() < 0.5:
        rows.append(f"<tr><th>录用日期：</th><td>{ymd(acc)}</td></tr>")
    own = f"<tr><th>{label}：</th><td>{ymd(t) if c.rng.random() < 0.7 else cny(t)}</td></tr>"
    rows.insert(c.rng.choice([0, len(rows)]), own)
    rows.append(f"<tr><th>刊期：</th><td>{t.year}年第{issue}期</td></tr>")
    doi = f"10.{c.rng.randint(1000, 19999)}/j.issn.{c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}.{t.year}.{issue:02d}.0{c.rng.randint(1, 9)}"
    meta = f'<table class="article-dates">{"".join(rows)}</table>'
    abstract = f'<div class="abstract"><b>摘要：</b>{esc(c.text.paragraphs[0])}</div>'
    kw = f'<div class="keywords"><b>关键词：</b>{"；".join(c.text.title[i : i + 4] for i in range(0, min(len(c.text.title), 12), 4))}</div>'
    fund = f'<div class="fund"><b>基金项目：</b>国家社会科学基金项目（{rec.year - c.rng.randint(1, 3)}年度，{c.rng.randint(15, 20)}BXW0{c.rng.randint(10, 99)}）</div>'
    cite = f'<div class="cite"><b>引用本文：</b>{names.split("，")[0]}. {esc(c.text.title)}[J]. {journal}, {t.year}, {vol}({issue}): {c.rng.randint(1, 90)}-{c.rng.randint(91, 180)}. DOI: {doi}</div>'
    refs = "".join(
        f"<li>[{i + 1}] {c.rng.choice(USERS)}. {esc(x)}[J]. {c.rng.choice(['新闻大学', '国际新闻界', '编辑之友'])}, {t.year - c.rng.randint(1, 12)}({c.rng.randint(1, 12)}): {c.rng.randint(1, 99)}.</li>"
        for i, x in enumerate(c.titles(c.rng.randint(3, 6)))
    )
    parts = [abstract, kw, fund, meta] if c.rng.random() < 0.5 else [meta, abstract, kw, fund]
    article = (
        f'<div class="journal">{journal} {t.year}年第{issue}期</div>'
        + headline(c)
        + f'<div class="authors">{names}</div>'
        + "".join(parts)
        + cite
        + f'<div class="fulltext">{body_html(c)}</div><div class="refs"><h3>参考文献</h3><ol>{refs}</ol></div>'
    )
    url = c.rng.choice(
        [
            f"https://www.wanfangdata.com.cn/details/detail.do?_type=perio&id=xnzx{t.year}0{issue:02d}0{c.rng.randint(10, 99)}",
            f"http://journal.{c.rng.choice(['swu', 'ruc', 'nju'])}.edu.cn/CN/abstract/abstract{c.rng.randint(1000, 99999)}.shtml",
            f"https://xb.{c.rng.choice(['xnu', 'hnu', 'sdu'])}.edu.cn/article/doi/{doi}",
        ]
    )
    return url, frame(c, article), "utf-8", t.date()


def gov_doc_dates(c: Ctx) -> Made:
    t = c.pub
    cw = t - timedelta(days=c.rng.randint(3, 25), hours=c.rng.randint(0, 8))
    printed = cw + timedelta(days=c.rng.randint(0, (t - cw).days - 1))
    city = c.rng.choice(["长沙市", "南宁市", "绵阳市", "宜昌市", "泉州市", "洛阳市"])
    office = f"{city}人民政府办公室"
    code = f"{city[:2]}政办发〔{cw.year}〕{c.rng.randint(1, 60)}号"
    shown_pub = ymd(t) if c.rng.random() < 0.6 else cny(t)
    under_title = c.rng.random() < 0.35
    rows = [
        ("索引号", f"{c.rng.randint(10**9, 10**10 - 1)}/{cw.year}-{c.rng.randint(10000, 99999)}"),
        ("发布机构", office),
        ("成文日期", ymd(cw) if c.rng.random() < 0.6 else cny(cw)),
        ("文号", code),
        ("主题分类", c.rng.choice(["综合政务", "城乡建设", "卫生", "教育"])),
    ]
    if not under_title:
        rows.insert(c.rng.choice([3, 5]), ("发布日期", shown_pub))
    table = (
        '<table class="xxgk">' + "".join(f"<tr><th>{k}：</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
    )
    title = f"<h1>{office}关于印发{esc(c.text.title)}的通知</h1>"
    line = (
        f'<div class="info">发布时间：{shown_pub} {hm(t)}　来源：{office}　浏览次数：{c.rng.randint(10, 9999)}</div>'
        if under_title
        else ""
    )
    sign_form = c.rng.randrange(3)
    sign_day = numerals(cw) if sign_form == 0 else cny(cw)
    signer = f'<p style="text-align:right">{office}</p><p style="text-align:right">{sign_day}</p>'
    issuer = (
        f"<p>签发人：{c.rng.choice(['王建国', '李卫东', '刘志强'])}　签发时间：{cny(cw)}</p>"
        if c.rng.random() < 0.4
        else ""
    )
    cc = f'<div class="chaosong"><p>抄送：市委各部门，市人大常委会办公室，市政协办公室。</p><p>{office}　　{cny(printed)}印发</p></div>'
    body = (
        f"<p>各县（市、区）人民政府，市直各单位：</p><p>　　《{esc(c.text.title)}》已经市人民政府同意，现印发给你们，请认真贯彻执行。</p>"
        + body_html(c, quoted=False)
    )
    article = (
        table
        + title
        + line
        + code.join(['<p class="wh">', "</p>"])
        + issuer
        + body
        + signer
        + "<p>（此件公开发布）</p>"
        + cc
    )
    url = f"http://www.{c.rng.choice(['changsha', 'nanning', 'my', 'yichang'])}.gov.cn/zwgk/zfxxgkml/{c.rng.choice(['tzgg', 'zfwj', 'gfxwj'])}/{c.rng.randint(10**5, 10**6)}.html"
    return url, frame(c, article), "utf-8", t.date()


def wechat_original(c: Ctx) -> Made:
    t = c.pub
    acct = c.rng.choice(["长沙发布", "南方+", "侠客岛", "中国新闻周刊", "丁香医生", "央视新闻"])
    author = c.rng.choice([*USERS, "编辑部", ""])
    form = c.rng.randrange(4)
    scripts = f'<script>var ct = "{epoch(t)}";var publish_time = "{ymd(t)}" || "";var create_time = "{epoch(t)}" * 1;</script>'
    orig = (
        '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
        if c.rng.random() < 0.7
        else ""
    )
    if form == 0:
        shown = ymd(t)
    elif form == 1:
        shown = ""
    elif form == 2:
        shown = f"{cny(t)} {hm(t)}"
    else:
        shown = None
    watched = f'<div class="read-more">阅读 {c.rng.randint(1000, 100000)}　在看 {c.rng.randint(1, 999)}</div>'
    picks = "".join(
        f'<li><a href="https://mp.weixin.qq.com/s/{c.rng.randint(10**12, 10**13)}">{esc(x)}</a></li>'
        for x in c.titles(c.rng.randint(2, 4))
    )
    wangqi = f"<section><p>往期推荐</p><ul>{picks}</ul></section>"
    msgs = "".join(
        f'<li class="discuss_item"><span class="nickname">{c.rng.choice(USERS)}</span><span class="discuss_extra">{(d := c.between()).month}月{d.day}日</span><p>{c.rng.choice(["转发了", "说得真好", "已分享给家人", "赞"])}</p></li>'
        for _ in range(c.rng.randint(2, 5))
    )
    liuyan = (
        f'<div class="discuss_container"><h4>精选留言</h4><ul>{msgs}</ul></div>'
        if c.rng.random() < 0.6
        else ""
    )
    if shown is not None:
        meta = f'<div id="meta_content" class="rich_media_meta_list">{orig}<span class="rich_media_meta rich_media_meta_text">{author}</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acct}</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">{shown}</em></div>'
        article = f'<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">{esc(c.text.title)}</h1>{meta}<div class="rich_media_content" id="js_content">{body_html(c, "section")}{wangqi}</div>{watched}{liuyan}</div>'
        url = c.rng.choice(
            [
                f"https://mp.weixin.qq.com/s/{c.rng.randint(10**15, 10**16)}aBcD",
                f"https://mp.weixin.qq.com/s?__biz=MzA{c.rng.randint(10**6, 10**7)}==&mid={c.rng.randint(10**9, 10**10)}&idx=1&sn={c.rng.randint(10**9, 10**10):x}",
            ]
        )
        return (
            url,
            page(
                c.text.title,
                f'<meta property="og:title" content="{esc(c.text.title)}">',
                article + scripts,
                "utf-8",
            ),
            "utf-8",
            t.date(),
        )
    got = later(t, c.rng, 0, 200)
    line = f'<div class="meta">{"原创 " if orig else ""}{author} {acct} {ymd(t)} {hm(t)}</div>'
    note = f'<div class="collect">本文收录于 {ymd(got)}，采集时间：{ymd(got)} {hm(got)}，版权归原作者所有。</div>'
    article = headline(c) + line + body_html(c) + note + liuyan
    url = f"https://www.{c.rng.choice(['wxnmh', 'weixinqun', 'iwshang', 'sohu-wx'])}.com/article/{c.rng.randint(10**5, 10**7)}.html"
    return url, frame(c, article), "utf-8", t.date()


def zhihu_answer(c: Ctx) -> Made:
    form = c.rng.randrange(4)
    cr = c.crawl
    if form == 0:
        t = cr.replace(hour=c.rng.randint(0, 23), minute=c.rng.randint(0, 59)) - timedelta(days=1)
        shown = f"{c.rng.choice(['编辑于', '发布于'])} 昨天 {hm(t)}"
    elif form == 1:
        t = (
            cr - timedelta(minutes=c.rng.randint(5, cr.hour * 60 + cr.minute))
            if cr.hour * 60 + cr.minute > 5
            else cr
        )
        shown = f"{c.rng.choice(['编辑于', '发布于'])} {hm(t)}"
    elif form == 2:
        t = c.pub
        shown = f"编辑于 {ymd(t)} {hm(t)} · IP 属地{c.rng.choice(PROVINCES)}"
    else:
        t = c.pub
        shown = f"发布于 {ymd(t)} {hm(t)}"
    c.pub = t
    q = f'<div class="QuestionHeader"><div class="QuestionHeader-topics">{"".join(f"<span>{w}</span>" for w in c.rng.sample(["社会", "教育", "职场", "科技", "生活"], 2))}</div><h1 class="QuestionHeader-title">{esc(c.text.title)}？</h1><div class="QuestionHeader-detail">{esc(c.text.paragraphs[-1][:40])}…</div><div class="NumberBoard">关注者 {c.rng.randint(10, 9999)} 被浏览 {c.rng.randint(1000, 10**6)}</div></div>'
    author = f'<div class="AuthorInfo"><span class="UserLink">{c.rng.choice(USERS)}</span><span class="AuthorInfo-badge">{c.rng.choice(["律师", "教师", "记者", "工程师"])}</span></div><div class="Voters">{c.rng.randint(1, 9999)} 人赞同了该回答</div>'
    answer = f'<div class="AnswerItem">{author}<div class="RichContent-inner">{body_html(c, quoted=True)}</div><div class="ContentItem-time"><a href="#">{shown}</a></div><div class="ContentItem-actions">赞同 {c.rng.randint(1, 999)} · {c.rng.randint(0, 99)} 条评论 · 分享 · 收藏</div></div>'
    others = []
    for _ in range(c.rng.randint(1, 3)):
        o = c.between()
        others.append(
            f'<div class="AnswerItem"><span class="UserLink">{c.rng.choice(USERS)}</span><div class="RichContent-inner"><p>{esc(c.titles(1)[0])}，我觉得要看具体情况。</p></div><div class="ContentItem-time">{c.rng.choice(["编辑于", "发布于"])} {ymd(o)} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}</div></div>'
        )
    more = f'<div class="MoreAnswers"><h3>更多回答</h3>{"".join(others)}</div>'
    article = (
        q
        + f'<div class="Question-main"><div class="AnswersNavWrapper">{c.rng.randint(2, 300)} 个回答</div>{answer}{more}</div>'
    )
    url = (
        f"https://www.zhihu.com/question/{c.rng.randint(10**8, 10**9)}/answer/{c.rng.randint(10**9, 10**10)}"
    )
    return url, frame(c, article, bottom=copyright_line(c) if c.rng.random() < 0.5 else ""), "utf-8", t.date()


def weibo_post(c: Ctx) -> Made:
    cr = c.crawl
    form = c.rng.randrange(6)
    t: datetime = c.pub
    if form == 0:
        t = cr - timedelta(minutes=c.rng.randint(1, 59))
        shown = f"{int((cr - t).total_seconds() // 60)}分钟前"
    elif form == 1:
        t = cr - timedelta(minutes=c.rng.randint(0, cr.hour * 60 + cr.minute))
        shown = f"今天 {hm(t)}"
    elif form == 2:
        t = cr.replace(hour=c.rng.randint(0, 23), minute=c.rng.randint(0, 59)) - timedelta(days=1)
        shown = f"昨天 {hm(t)}"
    elif form == 3 and (back := same_year_back(c)) is not None:
        t = back
        shown = f"{t.month}-{t.day} {hm(t)}"
    elif form == 4:
        t = cr
        shown = "刚刚"
    else:
        shown = f"{t.year}-{t.month}-{t.day} {hm(t)}"
    c.pub = t
    client = c.rng.choice(["iPhone客户端", "微博 weibo.com", "HUAWEI Mate 30", "微博视频号", "360安全浏览器"])
    nick = c.rng.choice(["人民日报", "头条新闻", "中国新闻网", "长沙晚报", "新京报"])
    text = "".join(f"<p>{esc(p)}</p>" for p in c.text.paragraphs[:4])
    cmts = []
    for _ in range(c.rng.randint(2, 6)):
        ago = c.rng.choice(
            [
                f"{c.rng.randint(1, 59)}分钟前",
                f"今天 {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}",
                f"{c.rng.randint(1, 12)}-{c.rng.randint(1, 28)} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}",
            ]
        )
        cmts.append(
            f'<div class="comment"><a class="name">{c.rng.choice(USERS)}</a>：{c.rng.choice(["转发微博", "[赞][赞]", "关注", "希望早日解决"])} <span class="time">{ago}</span> 来自{c.rng.choice(["Android", "iPhone"])}</div>'
        )
    card = (
        f'<div class="WB_detail"><div class="WB_info"><a class="W_f14" nick-name="{nick}">{nick}</a></div>'
        f'<div class="WB_from S_txt2"><a date="{epoch(t) * 1000 if c.rng.random() < 0.3 else ""}" class="S_txt2">{shown}</a> 来自 <a>{client}</a></div>'
        f'<div class="WB_text W_f14"><h2>【{esc(c.text.title)}】</h2>{text}</div>'
        f'<div class="WB_handle">转发 {c.rng.randint(0, 9999)} | 评论 {c.rng.randint(0, 9999)} | 赞 {c.rng.randint(0, 99999)}</div></div>'
    )
    article = card + f'<div class="WB_feed_repeat"><h4>评论</h4>{"".join(cmts)}</div>'
    url = c.rng.choice(
        [
            f"https://weibo.com/{c.rng.randint(10**9, 10**10)}/{c.rng.randint(10**8, 10**9):x}",
            f"https://m.weibo.cn/detail/{c.rng.randint(10**15, 10**16)}",
        ]
    )
    return (
        url,
        page(f"{nick}的微博", "", f'<div class="WB_frame">{article}</div>', "utf-8"),
        "utf-8",
        t.date(),
    )


def baijiahao(c: Ctx) -> Made:
    form = c.rng.randrange(4)
    t: datetime = c.pub
    acct = c.rng.choice(["澎湃新闻", "极目新闻", "潇湘晨报", "环球网", "科技每日推送"])
    if form == 3 and (back := same_year_back(c)) is not None:
        t = back
        line = f'<div class="author-info"><p class="author-name">{acct}</p><div class="time-wrap"><span class="date">{t.month:02d}-{t.day:02d} {hm(t)}</span><span class="loc">发布于{c.rng.choice(PROVINCES)}</span></div></div>'
    elif form == 0:
        line = f'<div class="article-source"><span class="source">{acct}</span><span class="date">发布时间：{t.year % 100:02d}-{t.month:02d}-{t.day:02d}</span><span class="time">{hm(t)}</span></div>'
    elif form == 1:
        line = f'<div class="author-info"><p class="author-name">{acct}</p><div class="time-wrap"><span>{ymd(t)} {hm(t)}</span><span class="loc">{c.rng.choice(PROVINCES)}</span></div></div>'
    else:
        line = f'<div class="article-desc"><span class="account-name">{acct}</span> <span class="account-authentication">{c.rng.choice(["百家号", "优质科技领域创作者", "新闻媒体"])}</span> <span class="date">{t.month}月{t.day}日{hm(t)}</span> <span class="year">{t.year}</span></div>'
    c.pub = t
    script = (
        f'<script>window.jsonData = {{"bsData": {{"superlanding": [{{"itemData": {{"id": "{c.rng.randint(10**18, 10**19)}", "publish_time": "{epoch(t)}"}}}}]}}}};</script>'
        if c.rng.random() < 0.4
        else ""
    )
    feed = "".join(
        f'<div class="rec-item"><a href="https://baijiahao.baidu.com/s?id={c.rng.randint(10**18, 10**19)}">{esc(x)}</a><span>{c.rng.randint(1, 99)}万阅读 · {(d := c.between()).month:02d}-{d.day:02d}</span></div>'
        for x in c.titles(c.rng.randint(3, 6))
    )
    article = (
        headline(c, "div", "article-title")
        + line
        + f'<div class="article-content">{body_html(c)}</div><div class="report">举报/反馈</div>'
    )
    body = (
        topbar(c)
        + f'<div class="article">{article}</div><div class="rec"><h3>相关推荐</h3>{feed}</div>'
        + script
    )
    url = f"https://baijiahao.baidu.com/s?id={c.rng.randint(10**18, 10**19)}&wfr=spider&for=pc"
    return url, page(c.text.title, "", body, "utf-8"), "utf-8", t.date()


def live_entries(c: Ctx) -> Made:
    start = c.pub
    n = c.rng.randint(4, 9)
    stamps = sorted(start + timedelta(minutes=c.rng.randint(5, 60 * 30)) for _ in range(n - 1))
    stamps = [start, *stamps]
    last = stamps[-1]
    sentences = [s for p in c.text.paragraphs for s in p.split("。") if len(s) > 8] or list(c.text.paragraphs)
    form = c.rng.randrange(4)
    entries: list[str] = []
    for i, s in enumerate(stamps):
        text = esc(sentences[i % len(sentences)]) + "。"
        if form in (0, 1) and s.date() == start.date():
            stamp = hm(s)
        else:
            stamp = f"{ymd(s)} {hm(s)}" if form != 1 else f"{s.month}月{s.day}日 {hm(s)}"
        entries.append(
            f'<li class="live-item"><span class="live-time">{stamp}</span><div class="live-text">{text}</div></li>'
        )
    if form != 2:
        entries.reverse()  # newest first, as most live pages
    if form == 0:
        head = f'<div class="live-head"><span>直播开始时间：{ymd(start)} {hm(start)}</span> <span>最后更新：{ymd(last)} {hm(last)}</span> <span class="state">{c.rng.choice(["直播中", "已结束"])}</span></div>'
    elif form == 1:
        head = f'<div class="live-head">发布时间：{cny(start)} {hm(start)}　更新时间：{cny(last)} {hm(last)}</div>'
    else:
        head = f'<div class="live-head"><span class="state">{c.rng.choice(["图文直播", "滚动直播", "实时更新"])}</span> <span>参与 {c.rng.randint(100, 99999)} 人</span></div>'
    intro = f'<div class="live-intro"><p>　　{esc(c.text.paragraphs[0])}</p></div>'
    article = (
        f"<h1>【直播】{esc(c.text.title)}</h1>"
        + head
        + intro
        + f'<ul class="live-list">{"".join(entries)}</ul>'
    )
    return plain_url(c), frame(c, article), "utf-8", start.date()


def signoff_numerals(c: Ctx) -> Made:
    t = c.pub
    zero = c.rng.choice(["〇", "零", "O", "○", "arabic"])
    day = cny(t) if zero == "arabic" else numerals(t, zero)
    org = c.rng.choice(
        [
            "湖南某某股份有限公司董事会",
            "长沙市律师协会",
            "某某市消费者权益保护委员会",
            "某某大学党委宣传部",
            "某某控股集团有限公司",
        ]
    )
    close = c.rng.choice(["特此公告。", "特此声明。", "特此通知。", "特此说明。"])
    info = f'<div class="info">来源：{c.rng.choice(["本站", "公司公告", "办公室"])}　阅读：{c.rng.randint(10, 9999)}次　【字体：大 中 小】</div>'
    annex = f"<p>附件：{c.rng.randint(1, 3)}. {esc(c.titles(1)[0])}.docx</p>" if c.rng.random() < 0.4 else ""
    body = body_html(c) + f"<p>　　{close}</p>" + annex
    sign = f'<div style="text-align:right"><p>{org}</p><p>{day}</p></div>'
    article = headline(c) + info + body + sign
    return plain_url(c), frame(c, article), "utf-8", t.date()


def ampm_cn(t: datetime, pad: bool) -> str:
    """下午 03:20 / 上午10:21 / 中午12:05 / 晚上11:20 / 凌晨1:20 as Taiwan and Hong Kong pages print."""
    h = t.hour
    word = "上午" if h < 12 else "下午"
    h12 = h % 12 or 12
    return f"{word} {h12:02d}:{t.minute:02d}" if pad else f"{word}{h12}:{t.minute:02d}"


def hktw_ampm(c: Ctx) -> Made:
    t = c.pub
    roc = t.year - 1911
    form = c.rng.randrange(6)
    if form == 0:
        shown = f"{cny(t)} {ampm_cn(t, False)}"
    elif form == 1:
        shown = f"民國{roc}年{t.month}月{t.day}日 {ampm_cn(t, True)}"
    elif form == 2:
        shown = f"{roc}/{t.month:02d}/{t.day:02d} {ampm_cn(t, True)}:{t.second:02d}"
    elif form == 3:
        shown = f"{t.year}/{t.month}/{t.day} {ampm_cn(t, True)}:{t.second:02d}"
    elif form == 4:
        shown = f"{cny(t)} 星期{WEEK[t.weekday()]} {ampm_cn(t, False)}"
    else:
        h = t.hour
        word = "凌晨" if h < 6 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
        shown = f"{cny(t)} {word}{h % 12 or 12}:{t.minute:02d}"
    label = c.rng.choice(["發佈時間：", "發布日期：", "", "刊登日期：", "時間："])
    upd = later(t, c.rng, 1, 15)
    upd_line = (
        f"<span>最後更新：{upd.year}/{upd.month}/{upd.day} {ampm_cn(upd, True)}</span>"
        if c.rng.random() < 0.5
        else ""
    )
    src = c.rng.choice(["中央社", "聯合新聞網", "自由時報", "香港電台", "明報", "東網"])
    line = f'<div class="date-line"><span>{label}{shown}</span> <span>{src}</span> {upd_line}</div>'
    charset = "big5" if c.rng.random() < 0.5 else "utf-8"
    url = c.rng.choice(
        [
            f"https://news.{c.rng.choice(['ltn', 'udn', 'cna'])}.com.tw/news/{c.rng.choice(['life', 'politics', 'local'])}/{c.rng.randint(10**6, 10**7)}",
            f"https://www.{c.rng.choice(['hk01', 'mingpao', 'rthk'])}.com/article/{c.rng.randint(10**5, 10**7)}",
            f"https://www.{c.rng.choice(['tainan', 'taichung', 'hsinchu'])}.gov.tw/News_Content.aspx?n={c.rng.randint(10, 999)}&s={c.rng.randint(10**5, 10**7)}",
        ]
    )
    return url, frame(c, headline(c) + line + body_html(c), charset=charset), charset, t.date()


def reprint_both(c: Ctx) -> Made:
    t = c.pub
    orig = before(c, 1, 30)
    paper = c.rng.choice(["人民日报", "光明日报", "湖南日报", "新华每日电讯", "中国青年报", "南方周末"])
    own = f"发布时间：{any_form(t, c.rng)}"
    form = c.rng.randrange(4)
    extra_top = ""
    extra_bottom = ""
    if form == 0:
        line = (
            f'<div class="info"><p>{own}　来源：{paper}</p><p>原文发布时间：{ymd(orig)} {hm(orig)}</p></div>'
        )
        if c.rng.random() < 0.5:
            line = f'<div class="info"><p>转载自：{paper}　原文发布时间：{ymd(orig)} {hm(orig)}</p><p>{own}</p></div>'
    elif form == 1:
        line = f'<div class="info">{own}　来源：{paper}　作者：{c.rng.choice(USERS)}</div>'
        extra_bottom = f'<p class="note">（本文原载于《{paper}》{cny(orig)}第{c.rng.randint(1, 16)}版，转载请注明出处）</p>'
    elif form == 2:
        line = f'<div class="info">{own}　来源：{paper}</div>'
        extra_top = f'<p class="ori">原标题：{esc(c.titles(1)[0])}</p><p>　　{ymd(orig)} {hm(orig)}　来源：{paper}</p>'
    else:
        line = f'<div class="info">{own}　来源：网络转载</div>'
        extra_top = f"<p>　　原文发表于{cny(orig)}《{paper}》。</p>"
    article = headline(c) + line + extra_top + body_html(c) + extra_bottom
    return plain_url(c), frame(c, article), "utf-8", t.date()


PAIRS = [
    ("发布时间", "更新时间"),
    ("首发", "最后更新"),
    ("创建时间", "修改时间"),
    ("发表于", "更新于"),
    ("发布日期", "编辑时间"),
    ("发布", "最近更新"),
]


def updated_published(c: Ctx) -> Made:
    t = c.pub
    upd = later(t, c.rng, 1, 40)
    pub_label, upd_label = c.rng.choice(PAIRS)
    a = f"<span>{pub_label}：{any_form(t, c.rng)}</span>"
    b = f"<span>{upd_label}：{any_form(upd, c.rng)}</span>"
    pair = [b, a] if c.rng.random() < 0.5 else [a, b]
    sep = c.rng.choice(["　", " | ", "</p><p>"])
    line = f'<div class="meta"><p>{sep.join(pair)}</p><p>来源：{c.rng.choice(["本站", "综合", "新华社"])}</p></div>'
    article = headline(c) + line + body_html(c)
    return plain_url(c), frame(c, article), "utf-8", t.date()


def amp_mip(c: Ctx) -> Made:
    t = c.pub
    if c.rng.random() < 0.4:  # a Beijing morning: the UTC day before
        t = t.replace(hour=c.rng.randint(0, 7))
    u = t - timedelta(hours=8)
    iso_z = f"{u:%Y-%m-%dT%H:%M:%S}Z"
    iso8 = f"{t:%Y-%m-%dT%H:%M:%S}+08:00"
    form = c.rng.randrange(4)
    canon = f'<link rel="canonical" href="{plain_url(c)}">'
    amp_head = '<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style>'
    if form == 0:
        ago = f"{max(1, (c.crawl - t).days)}天前"
        meta = f'<div class="byline"><amp-timeago layout="fixed" width="160" height="20" datetime="{iso_z}" locale="zh-CN">{ago}</amp-timeago></div>'
        head = amp_head + canon
    elif form == 1:
        meta = f'<div class="byline"><amp-timeago layout="fixed" width="160" height="20" datetime="{iso8}" locale="zh-CN">{cny(t)}</amp-timeago></div>'
        head = amp_head + canon
    elif form == 2:
        ld = f'<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{esc(c.text.title)}","datePublished":"{iso8}","dateModified":"{later(t, c.rng, 1, 9):%Y-%m-%dT%H:%M:%S}+08:00"}}</script>'
        meta = f'<div class="byline"><span class="src">{c.rng.choice(["中新网", "环球网"])}</span></div>'
        head = amp_head + canon + ld
    else:
        meta = f'<div class="mip-info"><span class="mip-time">{ymd(t)} {hm(t)}</span> <span>来源：{c.rng.choice(["本站", "综合"])}</span></div>'
        head = '<link rel="stylesheet" href="https://c.mipcdn.com/static/v2/mip.css">' + canon
    body = (
        f'<header class="amp-header"><a href="/">{host(c)}</a></header><article>{headline(c)}{meta}{body_html(c)}</article>'
        + (related(c) if c.rng.random() < 0.6 else "")
    )
    html = page(c.text.title, head, body, "utf-8")
    html = html.replace("<html>", '<html amp lang="zh-CN">' if form < 3 else '<html mip lang="zh-CN">', 1)
    if form == 3:
        html = html.replace("</body>", '<script src="https://c.mipcdn.com/static/v2/mip.js"></script></body>')
    url = f"https://m.{host(c)}/{'amp' if form < 3 else 'mip'}/{c.rng.randint(10**5, 10**7)}.html"
    return url, html, "utf-8", t.date()


def print_view(c: Ctx) -> Made:
    t = c.pub
    pr = c.crawl
    label = c.rng.choice(["发布日期", "日期", "时间", "发布时间"])
    printed = f'<div class="print-time">打印时间：{ymd(pr)} {hm(pr)}</div>' if c.rng.random() < 0.6 else ""
    tools = '<div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>'
    at_end = c.rng.random() < 0.5
    own = f'<div class="info">【{label}：{any_form(t, c.rng)}】【来源：{c.rng.choice(["本站", "办公室", "新华网"])}】</div>'
    editor = f'<p class="editor">（责任编辑：{c.rng.choice(["王丽", "张强", "刘芳"])}）</p>'
    printed_last = bool(printed) and c.rng.random() < 0.5
    article = (
        tools
        + ("" if printed_last else printed)
        + headline(c)
        + ("" if at_end else own)
        + body_html(c)
        + editor
        + (own if at_end else "")
        + f'<div class="page-url">本页地址：{plain_url(c)}</div>'
        + (printed if printed_last else "")
    )
    n = c.rng.randint(1000, 99999)
    url = c.rng.choice(
        [
            f"http://{host(c)}/print.jsp?id={n}",
            f"http://{host(c)}/printpage.asp?ArticleID={n}",
            f"http://{host(c)}/plus/view.php?aid={n}&print=1",
            f"http://{host(c)}/article/print/{n}.html",
        ]
    )
    html = page(c.text.title, '<link rel="stylesheet" media="print" href="/css/print.css">', article, "utf-8")
    return url, html.replace("<body>", '<body onload="window.print()">', 1), "utf-8", t.date()


def epaper_absolute(c: Ctx) -> Made:
    t = c.pub
    paper = c.rng.choice(["长沙晚报", "湖南日报", "南国早报", "绵阳日报", "宜昌日报"])
    pageno = c.rng.randint(1, 16)
    lunar = f"农历{ganzhi(t.year)}年{LUNAR_MONTHS[(t.month - 2) % 12]}月{lunar_day(c.rng.randint(1, 30))}"
    y = 40
    divs: list[str] = []

    def line(text: str, x: int = 1) -> None:
        nonlocal y
        divs.append(
            f'<div class="t m0 x{x} h2 y{y} ff1 fs{c.rng.randint(0, 3)} fc0 sc0 ls0 ws0" style="bottom:{1200 - y}px;left:{40 * x}px">{text}</div>'
        )
        y += c.rng.randint(18, 40)

    if c.rng.random() < 0.5:
        line(paper, 3)
        line(
            f'{t.year}<span class="_ _1"></span>年<span class="_ _0"></span>{t.month}<span class="_"></span>月{t.day}日',
            1,
        )
    else:
        line(
            f'{paper}<span class="_ _3"> </span>{cny(t)}<span class="_ _2"> </span>星期{WEEK[t.weekday()]}', 1
        )
    line(f'星期{WEEK[t.weekday()]}<span class="_ _1"> </span>{lunar}', 6)
    line(
        f'第{pageno}版：{c.rng.choice(["要闻", "本地新闻", "社会", "经济"])}<span class="_ _0"></span>本版编辑：{c.rng.choice(["王丽", "张强"])}',
        8,
    )
    line(esc(c.text.title), 2)
    for p in c.text.paragraphs:
        for i in range(0, len(p), 22):
            line(esc(p[i : i + 22]), 1)
    pc = f'<div id="page-container"><div id="pf{pageno}" class="pf w0 h0" data-page-no="{pageno:x}"><div class="pc pc{pageno} w0 h0">{"".join(divs)}</div></div></div>'
    month_days = "".join(
        f'<a href="/html/{t:%Y-%m}/{d:02d}/node_{c.rng.randint(1, 9)}.htm">{d}</a>' for d in range(1, 29)
    )
    cal = (
        f'<div class="calendar"><div class="cal-head">{t.year}年{t.month}月 往期回顾</div>{month_days}</div>'
    )
    nav = f'<div class="epaper-nav">{paper}数字报 | <a href="/">今日{c.rng.randint(8, 24)}版</a> | 国内统一连续出版物号：CN43-00{c.rng.randint(10, 99)}</div>'
    head = '<meta name="generator" content="pdf2htmlEX"><link rel="stylesheet" href="base.min.css"><link rel="stylesheet" href="fancy.min.css">'
    body = nav + (cal if c.rng.random() < 0.6 else "") + pc
    url = (
        f"http://epaper.{c.rng.choice(['cswb', 'hnrb', 'ngzb'])}.cn/pc/content/{t:%Y%m}/{t:%d}/content_{c.rng.randint(10**4, 10**6)}.html"
        if c.rng.random() < 0.4
        else f"http://epaper.{c.rng.choice(['cswb', 'hnrb', 'ngzb'])}.cn/html/pdf2html/{c.rng.randint(10**4, 10**6)}.html"
    )
    return url, page(c.text.title, head, body, "utf-8"), "utf-8", t.date()


def lunar_beside(c: Ctx) -> Made:
    t = c.pub
    lm = (t.month - 2) % 12
    ld = c.rng.randint(1, 30)
    gz = ganzhi(t.year)
    form = c.rng.randrange(4)
    if form == 0:
        shown = f"{cny(t)} 星期{WEEK[t.weekday()]} 农历{gz}年{LUNAR_MONTHS[lm]}月{lunar_day(ld)}"
    elif form == 1:
        shown = f"农历{gz}年{LUNAR_MONTHS[lm]}月{lunar_day(ld)} 公历{cny(t)}"
    elif form == 2:
        shown = f"{ymd(t)}（农历{lm + 1}月{ld}日）"
    else:
        shown = f"农历{lm + 1}月{ld}日 {ymd(t)} {hm(t)}"
    line = f'<div class="date-line">{shown}　来源：{c.rng.choice(["本站", "县融媒体中心", "文明网"])}</div>'
    if c.rng.random() < 0.5:
        fest = c.rng.choice(["正月十五元宵节", "五月初五端午节", "八月十五中秋节", "腊月二十三小年"])
        extra = f"<p>　　今年{fest}前后，当地还将举办系列民俗活动。</p>"
    else:
        extra = ""
    article = headline(c) + line + body_html(c) + extra
    return plain_url(c), frame(c, article), "utf-8", t.date()


def nodate_furniture(c: Ctx) -> Made:
    prev = before(c, 1, 30).date()
    nxt = c.between()
    picks = c.rng.sample(
        ["sidebar", "related", "comments", "prevnext", "footer_update", "recent_box"], c.rng.randint(2, 4)
    )
    parts: list[str] = []
    for name in picks:
        if name == "sidebar":
            parts.append(sidebar(c))
        elif name == "related":
            parts.append(related(c))
        elif name == "comments":
            parts.append(comments(c))
        elif name == "prevnext":
            a, b = c.titles(2)
            parts.append(
                f'<div class="prevnext"><p>上一篇：<a href="#">{esc(a)}</a>（{ymd(prev)}）</p><p>下一篇：<a href="#">{esc(b)}</a>（{ymd(nxt)}）</p></div>'
            )
        elif name == "footer_update":
            u = c.crawl - timedelta(days=c.rng.randint(0, 3))
            parts.append(f'<div class="footer">网站更新时间：{ymd(u)} {hm(u)} | 版权所有 {host(c)}</div>')
        else:
            rows = "".join(
                f"<li>{esc(x)} <em>{(d := c.between()).year}-{d.month}-{d.day}</em></li>" for x in c.titles(3)
            )
            parts.append(f'<div class="recent"><h3>最近更新</h3><ul>{rows}</ul></div>')
    c.rng.shuffle(parts)
    info = (
        f'<div class="info">来源：{c.rng.choice(["本站", "综合整理", "网络"])}　作者：{c.rng.choice(USERS)}　浏览：{c.rng.randint(10, 9999)}次</div>'
        if c.rng.random() < 0.7
        else ""
    )
    article = headline(c) + info + body_html(c, quoted=False)
    return plain_url(c), frame(c, article, bottom="".join(parts)), "utf-8", None


def zhidao_question(c: Ctx) -> Made:
    t = c.pub
    form = c.rng.randrange(3)
    q = esc(c.text.title) + "？"
    if form == 0:
        head = f'<div class="wgt-ask"><h1 class="ask-title">{q}</h1><div class="ask-info"><span class="ask-time">{ymd(t)}</span> <span>{c.rng.choice(USERS)}</span> <span>浏览 {c.rng.randint(10, 99999)} 次</span></div></div>'
    elif form == 1:
        head = f'<div class="question-head"><h1>{q}</h1><div class="meta">{c.rng.choice(USERS)} 提问于 {ymd(t)} {hm(t)}</div></div>'
    else:
        head = f'<div class="question-head"><h1>{q}</h1><div class="meta">发布于 {cny(t)} · {c.rng.randint(1, 99)} 个回答</div></div>'
    best_day = later(t, c.rng, 0, 5)
    best = f'<div class="best-answer"><div class="best-title">最佳答案</div><div class="answer-user">{c.rng.choice(USERS)} <span>采纳率：{c.rng.randint(50, 99)}%</span></div><div class="answer-text">{body_html(c)}</div><div class="answer-time">{c.rng.choice(["推荐于", ""])}{ymd(best_day)}{"" if c.rng.random() < 0.5 else " 回答"}</div></div>'
    others = "".join(
        f'<div class="answer"><span>{c.rng.choice(USERS)}</span><p>{c.rng.choice(["同问", "可以去当地政务服务中心咨询。", "这个要看政策", "我也想知道"])}</p><span class="time">{ymd(later(t, c.rng, 0, 60))}</span></div>'
        for _ in range(c.rng.randint(1, 4))
    )
    article = head + best + f'<div class="other-answers"><h3>其他回答</h3>{others}</div>'
    url = c.rng.choice(
        [
            f"https://zhidao.baidu.com/question/{c.rng.randint(10**8, 10**10)}.html",
            f"https://wenda.{host(c)}/q/{c.rng.randint(10**5, 10**7)}",
        ]
    )
    return url, frame(c, article), "utf-8", t.date()


def xhs_note(c: Ctx) -> Made:
    cr = c.crawl
    prov = c.rng.choice(PROVINCES)
    form = c.rng.randrange(5)
    t: datetime = c.pub
    edited = "编辑于 " if c.rng.random() < 0.5 else ""
    if form == 0 and (back := same_year_back(c)) is not None:
        t = back
        shown = f"{edited}{t.month:02d}-{t.day:02d} {prov}"
    elif form == 1:
        n = c.rng.randint(1, 6)
        t = cr - timedelta(days=n)
        shown = f"{edited}{n}天前 {prov}"
    elif form == 2:
        t = cr.replace(hour=c.rng.randint(0, 23), minute=c.rng.randint(0, 59)) - timedelta(days=1)
        shown = f"{edited}昨天 {hm(t)} {prov}"
    elif form == 3:
        n = c.rng.randint(1, max(1, cr.hour))
        t = cr - timedelta(hours=n)
        shown = f"{edited}{n}小时前 {prov}"
    else:
        shown = f"{edited}{ymd(t)} {prov}"
    c.pub = t
    tags = " ".join(
        f'<a class="tag">#{w}</a>'
        for w in c.rng.sample(["生活记录", "本地新闻", "攻略", "日常", "避坑指南", "探店"], 3)
    )
    cmts = "".join(
        f'<div class="comment-item"><span class="name">{c.rng.choice(USERS)}</span><span class="content">{c.rng.choice(["蹲一个后续", "好实用", "收藏了", "去过，确实不错"])}</span><span class="date">{c.rng.choice([f"{(d := c.between()).month:02d}-{d.day:02d}", "2天前", "昨天 " + f"{c.rng.randint(0, 23):02d}:{c.rng.randint(10, 59)}"])} {c.rng.choice(PROVINCES)}</span></div>'
        for _ in range(c.rng.randint(2, 5))
    )
    note = f'<div class="note-container"><div class="author"><span class="username">{c.rng.choice(USERS)}</span><button>关注</button></div><div class="note-content"><div id="detail-title" class="title">{esc(c.text.title)}</div><div id="detail-desc" class="desc">{body_html(c, "p", quoted=False)}{tags}</div><div class="bottom-container"><span class="date">{shown}</span></div></div><div class="interactions">共 {c.rng.randint(2, 300)} 条评论{cmts}</div></div>'
    url = f"https://www.xiaohongshu.com/explore/{c.rng.randint(16**23, 16**24):x}"
    return url, page(c.text.title + " - 小红书", "", note, "utf-8"), "utf-8", t.date()


def school_cms(c: Ctx) -> Made:
    t = c.pub
    form = c.rng.randrange(4)
    author = c.rng.choice(["教务处", "团委", "王老师", "宣传部", "佚名"])
    clicks = c.rng.randint(10, 9999)
    if form == 0:
        line = f"文章来源：本站原创　作者：{author}　点击数：{clicks}　更新时间：{t.year}-{t.month}-{t.day}　【字体：<a>小</a> <a>大</a>】"
    elif form == 1:
        line = f"作者：{author}　来源：{c.rng.choice(['本站', '学校办公室'])}　添加时间：{t.year}-{t.month}-{t.day} {t.hour}:{t.minute:02d}:{t.second:02d}　浏览：{clicks}"
    elif form == 2:
        line = f"发布人：{author}　录入时间：{t.year}/{t.month}/{t.day}　阅读次数：{clicks}"
    else:
        line = f"日期：{cny(t)}　点击：[{clicks}]　作者：{author}"
    side_rows = "".join(
        f'<tr><td>·<a href="/Article/ShowArticle.asp?ArticleID={c.rng.randint(100, 9999)}">{esc(x)}</a>({(d := c.between()).month}-{d.day})</td></tr>'
        for x in c.titles(c.rng.randint(4, 8))
    )
    side = f'<table width="220"><tr><td class="title">最新文章</td></tr>{side_rows}</table>'
    a, b = c.titles(2)
    prevnext = f'<p>上一篇文章：<a href="#">{esc(a)}</a><br>下一篇文章：<a href="#">{esc(b)}</a></p>'
    main = f'<table width="760" align="center"><tr><td class="ArticleTitle"><b>{esc(c.text.title)}</b></td></tr><tr><td class="ArticleInfo" align="center">{line}</td></tr><tr><td class="ArticleContent">{body_html(c, quoted=True)}</td></tr><tr><td>{prevnext}</td></tr></table>'
    body = (
        topbar(c)
        + f'<table width="990"><tr><td valign="top">{side}</td><td valign="top">{main}</td></tr></table>'
        + copyright_line(c)
    )
    charset = "gb2312" if c.rng.random() < 0.5 else "utf-8"
    url = c.rng.choice(
        [
            f"http://www.{c.rng.choice(['xxzx', 'yizhong', 'syxx'])}.cn/Article/ShowArticle.asp?ArticleID={c.rng.randint(100, 9999)}",
            f"http://www.{c.rng.choice(['xxzx', 'yizhong'])}.net/news/html/?{c.rng.randint(100, 9999)}.html",
            f"http://{c.rng.choice(['jwc', 'tw', 'xcb'])}.{c.rng.choice(['hnust', 'csust'])}.edu.cn/Item/{c.rng.randint(100, 9999)}.aspx",
        ]
    )
    return url, page(c.text.title, "", body, charset), "gbk" if charset == "gb2312" else charset, t.date()


KINDS11: dict[str, Callable[[Ctx], Made]] = {
    "video_meta": video_meta,
    "journal_abstract": journal_abstract,
    "gov_doc_dates": gov_doc_dates,
    "wechat_original": wechat_original,
    "zhihu_answer": zhihu_answer,
    "weibo_post": weibo_post,
    "baijiahao": baijiahao,
    "live_entries": live_entries,
    "signoff_numerals": signoff_numerals,
    "hktw_ampm": hktw_ampm,
    "reprint_both": reprint_both,
    "updated_published": updated_published,
    "amp_mip": amp_mip,
    "print_view": print_view,
    "epaper_absolute": epaper_absolute,
    "lunar_beside": lunar_beside,
    "nodate_furniture": nodate_furniture,
    "zhidao_question": zhidao_question,
    "xhs_note": xhs_note,
    "school_cms": school_cms,
}

WAVE = DateWave("date_probe11", "Dates, probe wave 11", WAVE11, KINDS11, FROZEN, PER_KIND)
# The brief's split, fixed before anything ran: even seeds tune, odd seeds report.
WAVE.splits = {s: ("tune" if s % 2 == 0 else "report") for s in WAVE.seeds}
SEEDS11 = WAVE.seeds
make11 = WAVE.make
pages = WAVE.pages


def main(argv: list[str] | None = None) -> int:
    blurb = (
        f"{PER_KIND // 2} pages a kind a half, {len(KINDS11)} kinds (`bench/date_probe11.py`: written before "
        "reading the date code, with builders of its own; even seeds tune, odd seeds report)."
    )
    return WAVE.main(argv, __doc__ or "", TEXTS, blurb)


if __name__ == "__main__":
    sys.exit(main())
