# ruff: noqa: E501  (HTML page templates are kept one line a tag, as pages print them)
"""Write the second traditional-script set of the CMS probe: real texts in new Taiwan / Hong Kong / Macau templates.

Usage: ``python tools/make_cms_probe_tradzh2.py [--data DIR]``; rewrites
``tests/data/cms_probe/tradzh2/*.html`` and ``tests/data/cms_probe/tradzh2.jsonl``.

Why: the first traditional-script set (``make_cms_probe_tradzh.py``) was tuned
on; its report half reads author precision 0.833, so fresh pages are needed to
find the general failure kinds that remain. The **templates are new** (none is
a copy of the first set's), written from memory of how these sites print an
article page: 中央社 (two reporters; a foreign wire story with its closing
``（譯者：X/核稿：Y）``), 聯合新聞網 (a reporter and a 實習記者; a 編譯), 自由時報
(``〔記者X、Y／台南報導〕``; ``〔編譯X／綜合報導〕``), 中時新聞網 (``X／綜合報導`` and JSON-LD
of the outlet), ETtoday (``責任編輯／``, captions ``（圖／記者Y攝）``), 三立 (``生活中心／綜合報導``),
TVBS (an editor-only ``編輯 X 報導``), 民視 (a closing ``（民視新聞／X、Y 台北報導）``),
NOWnews, 鉅亨網 (``鉅亨網編譯X　綜合外電``), 報導者 (``文字 X　攝影 Y``), 風傳媒,
鏡週刊 (``文｜X　攝影｜Y``, dotted dates, 更新時間 first), Medium in Chinese,
蘋果日報 (Taiwan desk ``（國際中心／綜合外電報導）``; Hong Kong in Big5, 2005), 明報
(``下午2:32``), 東方日報 (``【本報訊】``), 星島 (``記者 X 報道``), 香港01 (two writers),
信報 (a column's ``作者：``), 經濟日報 HK, 文匯 (``香港文匯報訊（記者 X、Y）``), 大公
(``大公報記者 X 報道``), 端傳媒, 獨立媒體, 澳門日報 (``【本報訊】記者X報道``), 力報
(``文︰記者X``), 澳門政府新聞局, 香港政府新聞公報 (Big5, the date at the foot:
``2008年3月5日（星期三）``), 行政院 (a site-wide ``<title>``, ``113-03-05``), 臺中市政府
(``113年03月05日``), a 2006 Big5 蕃薯藤 news page (``【記者X／台北報導】``), PTT web
(the news-post form: ``記者署名``, ``Tue Mar  5 14:32:11 2024``, pushes), a Mobile01
thread (replies with their own dates), 痞客邦 (``2024-03-05 週二``) and 隨意窩 (Big5).

The **texts are real**: 72 inews BDCI-2019 train texts no other probe or dev-set
page uses (the first tradzh set's included), drawn by ``random.seed(20261211)``
from those of 400-2,500 characters with a title of 6 or more characters (never
by hand), converted to traditional script with OpenCC (``s2twp`` for Taiwan
pages, ``s2hk`` for Hong Kong and Macau), each given to template
``i % len(TEMPLATES)`` in draw order.

Truth was typed with the templates, before any extractor ran on these pages, by
the dev set's convention: ``authors`` are writers (記者 of any grade: 實習記者,
特約記者, 見習記者; 文／, 文字, 撰文, 作者, a closing ``（X／台北報導）``, a forum
thread's or blog's named poster, a PTT news post's 記者署名). **Translators are
not authors**: 編譯 (``〔編譯X／綜合報導〕``, ``鉅亨網編譯X``) and 譯者 credit the
person who put a foreign wire story into Chinese, like 整理 or 編輯 a role beside
the writing, and the dev set's one 编译 credit (``路闻卓立编译``, gne sina/3) is
scored with no author; they are kept in ``translators`` for reference. Never
authors either: 編輯/責任編輯/核稿, 攝影/圖, 通訊員, 供稿 credits, desks
(``生活中心／綜合報導``, ``國際中心``), outlets and a PTT or blog login. Writers
named inside a text were read from the draw's printout (``TEXT_CREDITS``). The
date is the publication day the page shows (ROC years converted; 更新時間 is not
it). The title is the headline the page shows (a PTT thread's with its
``[新聞]`` tag). Split: ``sha1(path)`` first hex digit < 8 is tune, else report.

Second batch (pages 72-95, rows with ``"batch": 2``): after the first was frozen
(5e1d1aa) and its tune half scored and fixed, 24 more templates (央廣, 華視, 東森
``東森新聞記者X、攝影記者Y／台北報導``, 上報, 關鍵評論網 ``文：X（affiliation）``, 天下
``文 X`` with its issue number, 商周 ``撰文者：``, 遠見 ``文／X　整理／Y``, 經濟日報,
工商時報 ``工商時報 X``, 聯合報 print ``【記者X／台北報導】``, 新北市政府 ``中華民國 113 年
3 月 5 日``, 教育部 with a 聯絡人, now新聞, 無綫新聞 ``HKT``, 頭條日報 closing
``（記者：X、Y）``, 立場新聞 ``2021/3/5 - 14:32``, 眾新聞 ``文：X｜攝：Y``, 香港討論區
(Discuz! in Big5), 巴哈姆特, Dcard (anonymous), 方格子 (a date glued to 閱讀時間),
Blogger (``張貼者： X 於 下午2:32`` under a dated header), a WordPress blog
``由 X 發表於 2024 年 3 月 5 日``) around 24 more texts (``random.seed(20261212)``,
the same rule without the first batch's texts), typed and frozen in the same
way before any extractor ran on them. Conventions as in the first batch; a
``摄影报道`` credit is a photographer's, a 整理 or 聯絡人 is no writer.

Third batch (pages 96-119, ``"batch": 3``): after the second was frozen (f176fd0)
and its tune half fixed, 24 more templates of credit and date variants: CNA
abroad (``記者X華盛頓5日專電``), 自由時報's desk ``〔即時新聞／綜合報導〕``, three
reporters (udn, 公視), ``X、Y／台北報導`` without 記者 (中國時報), ``記者X、Y／`` opening
a story (三立, ETtoday), ``華視新聞 X 台北報導`` closing, ``【星島日報報道】``, 香港01's
``記者：`` beside ``責任編輯：``, a photo caption ``（記者X攝）`` as the only credit
(澳門日報), ROC days ``113/03/05`` after a label and ``113-03-05`` alone (臺南市政府,
內政部), a party's press release, an English date ``5 March 2024``, a udn blog,
香港政府新聞公報's newer layout, two universities (``撰文：`` closing; ``文／X、圖／Y``),
巴士的報, ``記者 X 報導`` alone (TVBS), and aggregators (Yahoo奇摩 ``2024年3月5日 週二
下午2:32``, LINE TODAY, MSN), around 24 more texts (``random.seed(20261213)``),
frozen before any extractor ran on them.
"""

from __future__ import annotations

import datetime
import hashlib
import html
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import opencc

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from make_cms_probe_portals import Ctx, paragraphs, probe_main  # noqa: E402

OUT = REPO / "tests" / "data" / "cms_probe"
NAME = "tradzh2"
SEED = 20261211
COUNT = 72
WEEKDAYS = "一二三四五六日"
EN_DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
TW = opencc.OpenCC("s2twp")
HK = opencc.OpenCC("s2hk")

# Credits the drawn texts print themselves (draw index -> names, simplified as printed; converted per page),
# read from the draw's printout. authors: writers; corr: 通讯员; editors: 编辑/责编; photo: 图片.
TEXT_CREDITS: dict[int, dict[str, list[str]]] = {
    1: {"corr": ["张艳"]},  # 陕西网渭南站(通讯员张艳)
    2: {"editors": ["向顺宇"]},  # 编辑：向顺宇
    5: {"editors": ["夏一萌"]},  # 主编：夏一萌 编审 ... 总监制
    6: {
        "authors": ["付真卿", "李丹"],
        "editors": ["李天奕"],
    },  # 作者：付真卿 李丹 ... (责任编辑：李天奕_nn7528)
    9: {
        "authors": ["汤君芳"],
        "editors": ["吕萍"],
        "photo": ["金凯华", "陈伋", "苏光明"],
    },  # 编辑/吕萍 文字/汤君芳 图片/...
    17: {"authors": ["李敏", "杨宁"], "editors": ["李鹏"]},  # 华商记者 李敏 杨宁 责任编辑：李鹏
    28: {"authors": ["田媛媛"]},  # （燕赵都市报记者 田媛媛 警方供图）
    29: {"authors": ["李甜", "贺娇娇"], "editors": ["李思科"]},  # (李甜贺娇娇)编辑:李思科, two names glued
    31: {"authors": ["陈昂"], "corr": ["张光辉"]},  # （记者 陈昂 通讯员 张光辉）
    37: {"authors": ["李清"]},  # 文/李清
    39: {"authors": ["蒲阳"]},  # closing 华商报记者 蒲阳
    45: {"authors": ["张淑玲"], "corr": ["王欣"]},  # (记者张淑玲通讯员王欣文并摄)
    47: {"authors": ["程娟"], "corr": ["李重立"]},  # 华商记者 程娟 通讯员 李重立
    50: {
        "authors": ["刘青"],
        "corr": ["邹浩建"],
        "editors": ["刘青"],
    },  # 文字&图片 / 刘青 （通讯员 邹浩建）... 责编 / 刘青
    51: {"authors": ["尚明侠"]},  # （记者：尚明侠）
    52: {"authors": ["亢亚莉"]},  # closing 记者亢亚莉
    63: {"authors": ["王婷", "冯霏"]},  # closing （王婷 / 冯霏）
    64: {"editors": ["王梦苹"]},  # (王亚锋赵磊供稿:张玉龙)编辑:王梦苹: 供稿 credits are not writers
    68: {
        "editors": ["李琳"]
    },  # 责编：李琳 编辑：李琳 (the spare text in place of train-03458, which era uses)
    69: {"authors": ["栗子"]},  # (文/栗子)
}

# Names for the templates' slots, in the script and style of each region (made up; drawn by the seeded generator).
TW_NAMES = "林冠宇 陳怡君 張雅婷 黃柏翰 李宗翰 王鈺婷 吳佳穎 劉建宏 蔡宜芳 楊志偉 許雅筑 鄭文凱 謝孟儒 洪慧君 郭俊麟 曾韻如 廖振輝 賴欣怡 周佩蓉 徐子涵 邱世傑 江明珠 蘇郁婷 簡嘉慧 歐陽志遠 范姜群 張簡文彥 游凱翔 翁嘉琪 葉德正".split()
HK_NAMES = "陳嘉欣 黃志豪 李詠詩 何家俊 梁曉彤 張卓謙 鄭凱琳 林浩然 麥子晴 區家豪 冼子健 羅敏儀 葉嘉雯 司徒詠恩 歐陽浩賢 伍俊傑 譚美玲 岑子軒 馮寶儀 鍾偉倫".split()
TW_EDITORS = "陳承先 林憶如 張均懋 黃名璽 李佳蓉 王黛麗 蕭博陽 高照芬 劉文仁 謝佳珍".split()
HK_EDITORS = "梁家麗 陳穎思 黃偉康 何美琪 吳志文 羅家豪".split()
TW_LOGINS = "dodo1234 kevin0812 bluesky77 mrchen2000 sunnyday5566".split()


@dataclass
class Template:
    """A site's article page: its renderer, encoding, era, region and what its credit slot holds."""

    name: str
    render: Callable[[Ctx], str]
    encoding: str
    years: tuple[int, int]
    writer: (
        str  # "none", "person", "two", "translator" (a 編譯/譯者, not an author), "editor" (an editor only)
    )
    region: str  # "tw", "hk", "mo"


def roc(c: Ctx) -> int:
    """The ROC (民國) year Taiwan's government pages print: the Gregorian year less 1911."""
    return c.y - 1911


def wd(c: Ctx) -> str:
    """The weekday a page prints after a date (二 of 週二 / 星期二)."""
    return WEEKDAYS[datetime.date(c.y, c.m, c.d).weekday()]


def en_day(c: Ctx) -> str:
    return EN_DAYS[datetime.date(c.y, c.m, c.d).weekday()]


def slash(c: Ctx) -> str:
    return f"{c.y}/{c.m:02d}/{c.d:02d} {c.t}"


def later(c: Ctx, days: int) -> datetime.date:
    """A later day (an update, a reply, a footer's 更新日期)."""
    return datetime.date(c.y, c.m, c.d) + datetime.timedelta(days=days)


def earlier(c: Ctx, days: int) -> datetime.date:
    return datetime.date(c.y, c.m, c.d) - datetime.timedelta(days=days)


def esc(p: str) -> str:
    return html.escape(p)


def ps(c: Ctx, start: int = 0) -> str:
    return "\n".join(f"<p>{esc(p)}</p>" for p in c.paras[start:])


HEADS_TW = [
    "颱風外圍環流影響 北部山區防豪雨",
    "立法院三讀通過修正草案",
    "捷運新路線明年試營運",
    "台股收盤漲逾百點",
    "高鐵春節疏運加開班次",
    "衛福部公布最新統計",
]
HEADS_HK = [
    "天文台：明日氣溫回升",
    "港鐵東鐵綫延誤逾半小時",
    "政府公布新一輪資助計劃",
    "恒指收市跌二百點",
    "食環署加強巡查街市",
    "機管局公布客運量",
]


def rel_tw_slash(c: Ctx, title: str = "延伸閱讀") -> str:
    """A Taiwan related list, each with its own day (2024/03/04)."""
    items = "".join(
        f'<li><a href="/news/{earlier(c, i + 1):%Y%m%d}{i:03d}">{h}</a> <span class="date">{earlier(c, i + 1):%Y/%m/%d}</span></li>'
        for i, h in enumerate(HEADS_TW[:5])
    )
    return f'<div class="related"><h3>{title}</h3><ul>{items}</ul></div>'


def rel_tw_dash(c: Ctx, title: str = "相關新聞") -> str:
    """A Taiwan related list dated 2024-03-04 14:00."""
    items = "".join(
        f'<li><a href="/story/{7000 + i}">{h}</a><time>{earlier(c, i + 1):%Y-%m-%d} {10 + i}:00</time></li>'
        for i, h in enumerate(HEADS_TW[1:6])
    )
    return f'<section class="more"><h2>{title}</h2><ul>{items}</ul></section>'


def rel_hk_cn(c: Ctx, title: str = "相關新聞") -> str:
    """A Hong Kong related list dated 3月4日 or 2024年3月4日."""
    items = "".join(
        f'<li><a href="/article/{9000 + i}">{h}</a> <span>{earlier(c, i + 1).year}年{earlier(c, i + 1).month}月{earlier(c, i + 1).day}日</span></li>'
        for i, h in enumerate(HEADS_HK[:5])
    )
    return f'<div class="relatedNews"><h3>{title}</h3><ul>{items}</ul></div>'


def rel_hk_dmy(c: Ctx, title: str = "更多新聞") -> str:
    """A Hong Kong list dated day/month/year, as English-speaking HK sites print."""
    items = "".join(
        f'<li><a href="/n/{i}">{h}</a> <small>{earlier(c, i + 2).day}/{earlier(c, i + 2).month}/{earlier(c, i + 2).year}</small></li>'
        for i, h in enumerate(HEADS_HK[1:6])
    )
    return f"<aside><h3>{title}</h3><ul>{items}</ul></aside>"


# --- Taiwan news ------------------------------------------------------------------------------------------


def cna_two(c: Ctx) -> str:
    """CNA, two reporters in the dateline: （中央社記者X、Y台中5日電）; the ROC date stamp after 編輯."""
    first = f"（中央社記者{c.writer}、{c.extra['second']}台中{c.d}日電）{esc(c.paras[0])}"
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{c.h} | 社會 | 中央社 CNA</title>
<meta property="og:title" content="{c.h} | 社會 | 中央社 CNA"><meta property="og:type" content="article">
<meta name="pubdate" content="{c.iso}T{c.t}:00+08:00"></head><body>
<header class="header"><a href="/">中央社 CNA</a><a href="/list/aall.aspx">即時</a><a href="/list/asoc.aspx">社會</a><span class="today">{later(c, 0):%Y/%m/%d}</span></header>
<div class="centralContent"><article class="article"><div class="breadcrumb"><a>首頁</a>/<a>社會</a></div>
<h1><span>{c.h}</span></h1>
<div class="timeBox"><div class="updatetime"><span>{slash(c)}</span></div></div>
<div class="paragraph"><p>{first}</p>
{ps(c, 1)}
<p>（編輯：{c.editor}）{roc(c)}{c.m:02d}{c.d:02d}</p></div>
<div class="shareBar">分享 Facebook X LINE 複製連結 字級</div></article>
{rel_tw_slash(c, "延伸閱讀")}
<div class="popular"><h2>熱門新聞</h2><ol><li>{HEADS_TW[2]}</li><li>{HEADS_TW[3]}</li></ol></div></div>
<footer>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。 © {c.y} 中央通訊社</footer></body></html>"""


def cna_wire(c: Ctx) -> str:
    """CNA's foreign wire story: （中央社華盛頓4日綜合外電報導）, closing （譯者：X/核稿：Y）: no writer."""
    first = f"（中央社華盛頓{c.d}日綜合外電報導）{esc(c.paras[0])}"
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{c.h} | 國際 | 中央社 CNA</title>
<meta property="og:title" content="{c.h} | 國際 | 中央社 CNA"><meta name="description" content="{esc(c.paras[0][:70])}"></head><body>
<header><a href="/">中央社 CNA</a> <a>國際</a></header>
<div class="centralContent"><h1><span>{c.h}</span></h1>
<div class="updatetime"><span>{slash(c)}</span>（{later(c, 0):%Y/%m/%d} {(c.hh + 3) % 24:02d}:{c.mm:02d} 更新）</div>
<div class="paragraph"><p>{first}</p>
{ps(c, 1)}
<p>（譯者：{c.writer}/核稿：{c.editor}）{roc(c)}{c.m:02d}{c.d:02d}</p></div>
{rel_tw_slash(c, "延伸閱讀")}</div>
<footer>中央通訊社 版權所有</footer></body></html>"""


def udn_intern(c: Ctx) -> str:
    """udn: 聯合報／ 記者X 實習記者Y／台北即時報導 in the info bar."""
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{c.h} | 生活 | 聯合新聞網</title>
<meta property="og:title" content="{c.h} | 聯合新聞網"><meta property="article:published_time" content="{c.iso}T{c.ts}+08:00">
<meta name="author" content="聯合新聞網"></head><body>
<nav class="breadcrumb"><a>聯合新聞網</a> / <a>生活</a> / <a>生活新聞</a></nav>
<main><section class="article-content"><h1 class="article-content__title">{c.h}</h1>
<section class="authors"><time class="article-content__time">{c.iso} {c.t}</time>
<span class="article-content__author"><a href="/news/reporter/1">聯合報</a>／ 記者<a href="/search/tagging/2/">{c.writer}</a> 實習記者{c.extra["second"]}／台北即時報導</span></section>
<section class="article-content__editor">
{ps(c)}
</section>
<div class="article-content__tags">#{HEADS_TW[0][:2]} #{HEADS_TW[4][:2]}</div></section>
<section class="story-list"><h2>推薦文章</h2>{rel_tw_dash(c, "推薦文章")}</section></main>
<footer>© {c.y} 聯合線上公司 著作權所有</footer></body></html>"""


def udn_world(c: Ctx) -> str:
    """udn's world desk: 聯合報／ 編譯X／即時報導 (a translator's credit, no writer)."""
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{c.h} | 國際 | 聯合新聞網</title>
<meta property="og:title" content="{c.h} | 聯合新聞網"></head><body>
<nav class="breadcrumb"><a>聯合新聞網</a> / <a>全球</a> / <a>國際焦點</a></nav>
<section class="article-content"><h1 class="article-content__title">{c.h}</h1>
<section class="authors"><time class="article-content__time">{c.iso} {c.t}</time>
<span class="article-content__author"><a>聯合報</a>／ 編譯{c.writer}／即時報導</span></section>
<section class="article-content__editor">
{ps(c)}
</section></section>
{rel_tw_dash(c, "延伸閱讀")}
<footer>聯合線上公司 著作權所有 © udn.com</footer></body></html>"""


def ltn_two(c: Ctx) -> str:
    """自由時報: 〔記者X、Y／台南報導〕 glued to the lead; the time above the text."""
    first = f"〔記者{c.writer}、{c.extra['second']}／台南報導〕{esc(c.paras[0])}"
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{c.h} - 自由時報電子報</title>
<meta property="og:title" content="{c.h} - 自由時報電子報"><meta name="pubdate" content="{c.iso}T{c.ts}+08:00"></head><body>
<div class="header"><a>自由時報電子報</a> <a>地方</a> <a>台南</a></div>
<div class="whitecon article"><h1>{c.h}</h1>
<div class="function"><span class="time">{slash(c)}</span><a>分享</a><a>列印</a><a>A</a></div>
<div class="text boxTitle boxText"><p>{first}</p>
{ps(c, 1)}
<p class="before_ir">不用抽 不用搶 現在用APP看新聞 保證天天中獎　點我下載APP　按我看活動辦法</p></div>
{rel_tw_slash(c, "相關新聞")}
<div class="hot"><h3>今日熱門</h3><ul><li>{HEADS_TW[5]}</li><li>{HEADS_TW[1]}</li></ul></div></div>
<footer>自由時報版權所有不得轉載 © {c.y} The Liberty Times.</footer></body></html>"""


def ltn_world(c: Ctx) -> str:
    """自由時報's world desk: 〔編譯X／綜合報導〕 (a translator), dated in the info line."""
    first = f"〔編譯{c.writer}／綜合報導〕{esc(c.paras[0])}"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 國際 - 自由時報電子報</title>
<meta property="og:title" content="{c.h} - 自由時報電子報"></head><body>
<div class="header"><a>自由時報電子報</a> <a>國際</a></div>
<div class="whitecon article"><h1>{c.h}</h1><span class="time">{slash(c)}</span>
<div class="text"><p>{first}</p>
{ps(c, 1)}
</div>
{rel_tw_slash(c, "相關新聞")}</div>
<footer>自由時報版權所有不得轉載</footer></body></html>"""


def chinatimes_desk(c: Ctx) -> str:
    """中時: X／綜合報導 in the reporter slot, JSON-LD crediting the outlet, time before date."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": c.title,
        "datePublished": f"{c.iso}T{c.ts}+08:00",
        "dateModified": f"{later(c, 1):%Y-%m-%d}T09:10:00+08:00",
        "author": {"@type": "Organization", "name": "中時新聞網"},
        "publisher": {"@type": "Organization", "name": "中時新聞網"},
    }
    return f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>{c.h} - 生活 - 中時新聞網</title>
<meta property="og:title" content="{c.h} - 生活 - 中時新聞網"><script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head><body>
<nav class="breadcrumb"><a>首頁</a> <a>生活</a></nav>
<article class="article-box"><header class="article-header"><h1 class="article-title">{c.h}</h1>
<div class="meta-info"><time datetime="{c.iso} {c.t}"><span class="hour">{c.t}</span><span class="date">{c.y}/{c.m:02d}/{c.d:02d}</span></time>
<div class="author"><a href="/reporter/1">{c.writer}</a>／綜合報導</div></div></header>
<div class="article-body">
{ps(c)}
</div></article>
{rel_tw_dash(c, "推薦閱讀")}
<footer>© {c.y} China Times Group 中時新聞網</footer></body></html>"""


def ettoday_cap(c: Ctx) -> str:
    """ETtoday: 記者X／綜合報導 opening the story, captions （圖／記者Y攝）, a closing 責任編輯／Z."""
    half = max(1, len(c.paras) // 2)
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{c.h} | ETtoday社會新聞 | ETtoday新聞雲</title>
<meta property="og:title" content="{c.h} | ETtoday社會新聞 | ETtoday新聞雲"><meta name="pubdate" content="{c.iso}T{c.t}:00+08:00">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": c.title, "datePublished": f"{c.iso}T{c.t}:00+08:00", "author": {"@type": "Organization", "name": "ETtoday新聞雲"}}, ensure_ascii=False)}</script></head><body>
<div class="menu"><a>ETtoday新聞雲</a> <a>社會</a></div>
<div class="subject_article"><header><h1 class="title">{c.h}</h1></header>
<time class="date" itemprop="datePublished" datetime="{c.iso}T{c.t}:00+08:00">{c.y}年{c.m:02d}月{c.d:02d}日 {c.t}</time>
<div class="story" itemprop="articleBody"><p>記者{c.writer}／綜合報導</p>
{"".join(f"<p>{esc(p)}</p>" for p in c.paras[:half])}
<p><img src="/img/1.jpg" alt=""></p><p>▲現場畫面。（圖／記者{c.extra["photo"]}攝）</p>
{ps(c, half)}
<p>責任編輯／{c.editor}</p></div></div>
<div class="part_list_3"><h3>延伸閱讀</h3>{rel_tw_slash(c, "")}</div>
<footer>ETtoday新聞雲 © {c.y} ETtoday.net</footer></body></html>"""


def setn_desk(c: Ctx) -> str:
    """三立: 生活中心／綜合報導 (a desk, no writer); the date as 2024/03/05 14:32:11."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 生活 | 三立新聞網 SETN.COM</title>
<meta property="og:title" content="{c.h} | 生活 | 三立新聞網 SETN.COM"></head><body>
<div class="nav"><a>三立新聞網</a> <a>生活</a></div>
<div class="newsBox"><h1 class="news-title-3">{c.h}</h1>
<div class="page-date"><time>{c.y}/{c.m:02d}/{c.d:02d} {c.ts}</time></div>
<article><div id="ckuse"><p>生活中心／綜合報導</p>
{ps(c)}
<p>▲示意圖。（圖／資料照）</p>
<p>更多三立新聞網報導</p><p>{HEADS_TW[0]}</p><p>{HEADS_TW[3]}</p></div></article></div>
<div class="newsList"><h3>最新新聞</h3>{rel_tw_slash(c, "")}</div>
<footer>三立新聞網 版權所有 © SET Inc.</footer></body></html>"""


def tvbs_editor(c: Ctx) -> str:
    """TVBS: 編輯 X 報導 (an editor, no writer), 發佈時間 then 最後更新時間."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}│TVBS新聞網</title></head><body>
<div class="nav"><a>TVBS新聞網</a> <a>生活</a></div>
<div class="article_main"><h1 class="title">{c.h}</h1>
<div class="author"><a href="/author/1">編輯 {c.writer}</a> 報導</div>
<div class="time">發佈時間：{c.y}/{c.m:02d}/{c.d:02d} {c.t}<br>最後更新時間：{later(c, 1):%Y/%m/%d} 08:05</div>
<div class="article_content">
{ps(c)}
</div>
<div class="article_tag">#{HEADS_TW[2][:2]}</div></div>
<div class="news_list"><h3>最新新聞</h3>{rel_tw_slash(c, "")}</div>
<footer>TVBS 聯利媒體 版權所有</footer></body></html>"""


def ftv(c: Ctx) -> str:
    """民視: the credit closes the story: （民視新聞／X、Y 台北報導）."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 民視新聞網</title>
<meta property="og:title" content="{c.h}"></head><body>
<div class="nav"><a>民視新聞網</a> <a>社會</a></div>
<div class="news-article"><h1 class="text-center">{c.h}</h1>
<span class="date">{c.y}/{c.m:02d}/{c.d:02d} {c.ts}</span>
<div id="newscontent">
{ps(c)}
<p>（民視新聞／{c.writer}、{c.extra["second"]} 台北報導）</p></div></div>
<div class="related-news"><h3>相關新聞</h3>{rel_tw_dash(c, "")}</div>
<footer>民間全民電視公司 版權所有</footer></body></html>"""


def nownews(c: Ctx) -> str:
    """NOWnews: 記者X／台北報導 in the info box, 發布時間 with seconds, a sidebar of dated hot news."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 生活 | NOWnews今日新聞</title>
<meta property="og:title" content="{c.h} | NOWnews今日新聞"><meta name="author" content="{c.writer}"></head><body>
<div class="header"><a>NOWnews今日新聞</a> <a>生活</a></div>
<div class="containerBlk"><h1 class="article-title">{c.h}</h1>
<div class="info"><p>記者{c.writer}／台北報導</p><p class="time">發布時間：{c.iso} {c.ts}</p></div>
<article id="articleContent">
{ps(c)}
</article></div>
<div class="hotNews"><h3>熱門新聞</h3>{rel_tw_dash(c, "")}</div>
<footer>NOWnews 今日新聞 © {c.y}</footer></body></html>"""


def cnyes(c: Ctx) -> str:
    """鉅亨網: 鉅亨網編譯X　綜合外電 (a translator, no writer)."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 鉅亨網 - 國際政經</title>
<meta property="og:title" content="{c.h} | 鉅亨網 - 國際政經"><meta property="article:published_time" content="{c.iso}T{c.ts}+08:00"></head><body>
<div class="nav"><a>鉅亨網</a> <a>新聞</a> <a>國際政經</a></div>
<main><article><h1>{c.h}</h1>
<p class="alr4vq"><span>鉅亨網編譯{c.writer}　綜合外電</span> <time>{c.y}/{c.m:02d}/{c.d:02d} {c.t}</time></p>
<section class="article-body">
{ps(c)}
</section></article>
<section><h3>延伸閱讀</h3>{rel_tw_slash(c, "")}</section></main>
<footer>Anue鉅亨 版權所有</footer></body></html>"""


def twreporter(c: Ctx) -> str:
    """報導者: a credit block 文字 X　攝影 Y　責任編輯 Z, the date as 2024/3/5."""
    return f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>{c.h} - 報導者 The Reporter</title>
<meta property="og:title" content="{c.h} - 報導者 The Reporter"><meta name="description" content="{esc(c.paras[0][:60])}"></head><body>
<header><a>報導者 The Reporter</a> <a>人權司法</a></header>
<article><div class="leading"><div class="topic">深度報導</div><h1>{c.h}</h1></div>
<div class="metadata"><div class="date">{c.y}/{c.m}/{c.d}</div>
<div class="authors"><span>文字</span> <a>{c.writer}</a>　<span>攝影</span> <a>{c.extra["photo"]}</a>　<span>責任編輯</span> <a>{c.editor}</a></div></div>
<div class="body">
{ps(c)}
</div></article>
<section class="related"><h3>相關文章</h3>{rel_tw_slash(c, "")}</section>
<footer>財團法人報導者文化基金會</footer></body></html>"""


def storm(c: Ctx) -> str:
    """風傳媒: a writer link and 2024-03-05 14:32 under the title, a 更多風傳媒報導 block."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 風傳媒</title>
<meta property="og:title" content="{c.h} - 風傳媒"><meta name="author" content="{c.writer}"></head><body>
<div class="header"><a>風傳媒</a> <a>政治</a></div>
<div class="article_content_wrapper"><h1 id="article_title">{c.h}</h1>
<div class="author_date_wrapper"><span class="info_author"><a href="/authors/1">{c.writer}</a></span> <span class="info_time">{c.iso} {c.t}</span></div>
<div class="article_content">
{ps(c)}
<p>更多風傳媒報導</p><ul><li>{HEADS_TW[1]}</li><li>{HEADS_TW[5]}</li></ul></div></div>
{rel_tw_dash(c, "延伸閱讀")}
<footer>風傳媒 版權所有</footer></body></html>"""


def mirror(c: Ctx) -> str:
    """鏡週刊: 文｜X　攝影｜Y, the update time printed before the publication time, dotted dates."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}｜鏡週刊 Mirror Media</title>
<meta property="og:title" content="{c.h}｜鏡週刊 Mirror Media"></head><body>
<div class="header"><a>鏡週刊</a> <a>社會</a></div>
<div class="article"><h1 class="story__title">{c.h}</h1>
<div class="story__credits"><p>文｜{c.writer}　攝影｜{c.extra["photo"]}</p></div>
<div class="story__date"><p>更新時間｜{later(c, 2):%Y.%m.%d} 09:00</p><p>發布時間｜{c.y}.{c.m:02d}.{c.d:02d} {c.t}</p></div>
<section class="story__content">
{ps(c)}
</section></div>
<div class="latest"><h3>最新文章</h3>{rel_tw_slash(c, "")}</div>
<footer>鏡週刊 Mirror Media 版權所有</footer></body></html>"""


def medium_zh(c: Ctx) -> str:
    """Medium in Chinese: JSON-LD with a Person, `X · 5 min read · Mar 5, 2024`."""
    data = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": c.title,
        "datePublished": f"{c.iso}T{max(c.hh - 8, 0):02d}:{c.mm:02d}:{c.ss:02d}.000Z",
        "author": {"@type": "Person", "name": c.writer, "url": "https://medium.com/@writer88"},
        "publisher": {"@type": "Organization", "name": "Medium"},
    }
    return f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>{c.h} | by {c.writer} | Medium</title>
<meta property="og:title" content="{c.h}"><meta name="author" content="{c.writer}"><meta property="article:published_time" content="{c.iso}T{max(c.hh - 8, 0):02d}:{c.mm:02d}:{c.ss:02d}.000Z">
<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head><body>
<nav><a>Medium</a> <a>Sign in</a> <a>Get started</a></nav>
<article><h1 class="pw-post-title">{c.h}</h1>
<div class="pw-author"><a href="/@writer88">{c.writer}</a> · Follow</div>
<div><span>{len(c.paras) // 2 + 2} min read</span> · <span>{EN_MONTHS[c.m - 1]} {c.d}, {c.y}</span></div>
<section>
{ps(c)}
</section></article>
<div class="responses"><h3>Responses (2)</h3><p>Jason Lin · {EN_MONTHS[later(c, 3).month - 1]} {later(c, 3).day}, {later(c, 3).year}</p><p>寫得很好，謝謝分享</p></div>
<div class="more"><h3>More from {c.writer}</h3><p>{HEADS_TW[2]}</p></div></body></html>"""


def apple_tw_desk(c: Ctx) -> str:
    """台灣蘋果日報 archive: a desk credit closing the story （國際中心／綜合外電報導）."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 國際 | 蘋果新聞網 | 蘋果日報</title></head><body>
<div class="archive">本頁為網頁存檔，存檔日期 {later(c, 400):%Y-%m-%d}</div>
<div class="article"><h1>{c.h}</h1>
<div class="timestamp">更新時間：{later(c, 0):%Y/%m/%d} {(c.hh + 1) % 24:02d}:{c.mm:02d} 出版時間：{c.y}/{c.m:02d}/{c.d:02d} {c.t}</div>
<div class="text--desktop">
{ps(c)}
<p>（國際中心／綜合外電報導）</p></div></div>
<div class="more"><h3>熱門新聞</h3>{rel_tw_slash(c, "")}</div>
<footer>© {c.y} 台灣蘋果日報</footer></body></html>"""


def yam2006(c: Ctx) -> str:
    """A 2006 Big5 portal page (蕃薯藤新聞): table layout, 【記者X／台北報導】 opening the text."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>蕃薯藤新聞 - {c.h}</title></head><body>
<table width="760"><tr><td><a href="/">yam 天空 新聞</a> | 社會 | 地方</td></tr></table>
<table width="760"><tr><td width="560" valign="top">
<font size="4"><b>{c.h}</b></font><br>
<font size="2" color="#666666">{slash(c)} 中廣新聞網</font><br><br>
<font size="3">【記者{c.writer}／台北報導】{esc(c.paras[0])}<br><br>
{"<br><br>".join(esc(p) for p in c.paras[1:])}</font>
</td><td width="200" valign="top"><b>相關新聞</b><br>
{"<br>".join(f"‧{h} ({earlier(c, i + 1):%Y/%m/%d})" for i, h in enumerate(HEADS_TW[:4]))}
</td></tr></table>
<center><font size="2">Copyright © {c.y} 蕃薯藤 yam.com</font></center></body></html>"""


# --- Taiwan government ------------------------------------------------------------------------------------


def ey_gov(c: Ctx) -> str:
    """行政院: the same <title> on every page, the headline in an <h2>, 發布日期：113-03-05."""
    return f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>行政院全球資訊網</title></head><body>
<div class="header"><a>行政院</a> <a>新聞與公告</a> <a>本院新聞</a></div>
<div class="nav">首頁 &gt; 新聞與公告 &gt; 本院新聞</div>
<div class="words"><h2>{c.h}</h2>
<div class="date_style2"><span>發布日期：{roc(c)}-{c.m:02d}-{c.d:02d}</span><span>資料來源：行政院發言人辦公室</span></div>
<div class="p">
{ps(c)}
</div></div>
<div class="footer">行政院 版權所有 更新日期：{later(c, 5).year - 1911}-{later(c, 5).month:02d}-{later(c, 5).day:02d} 瀏覽人次：1,234,567</div></body></html>"""


def taichung_gov(c: Ctx) -> str:
    """臺中市政府: 日期：113年03月05日, 點閱 count, a 相關連結 list and a footer with the 更新日期."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}-臺中市政府全球資訊網</title></head><body>
<div class="header"><a>臺中市政府</a></div>
<div class="path">首頁 &gt; 市政新聞</div>
<div class="news_detail"><h3 class="title">{c.h}</h3>
<ul class="info"><li>日期：{roc(c)}年{c.m:02d}月{c.d:02d}日</li><li>單位：新聞局</li><li>點閱：3,412</li></ul>
<div class="cont">
{ps(c)}
</div>
<p>新聞聯絡人：{c.editor}科長 聯絡電話：04-22289111</p></div>
<div class="footer">臺中市政府 版權所有 最後更新日期：{later(c, 10).year - 1911}年{later(c, 10).month:02d}月{later(c, 10).day:02d}日</div></body></html>"""


# --- Hong Kong and Macau ----------------------------------------------------------------------------------


def mingpao_ins(c: Ctx) -> str:
    """明報 即時新聞: 2024年3月5日星期二 下午2:32 (a 12-hour clock)."""
    h12 = c.hh - 12 if c.hh > 12 else c.hh
    ampm = "下午" if c.hh >= 12 else "上午"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 香港 - 即時新聞 - 明報新聞網</title>
<meta property="og:title" content="{c.h}"></head><body>
<div class="nav"><a>明報新聞網</a> <a>即時新聞</a> <a>港聞</a></div>
<div id="blockcontent"><h1>{c.h}</h1>
<div class="date">{c.y}年{c.m}月{c.d}日星期{wd(c)} {ampm}{h12}:{c.mm:02d}</div>
<article class="txt4">
{ps(c)}
</article></div>
{rel_hk_cn(c, "相關新聞")}
<footer>明報網站 © {c.y} Ming Pao Holdings Limited</footer></body></html>"""


def orientaldaily(c: Ctx) -> str:
    """東方日報 print edition: 【本報訊】, the day in the header 2024年03月05日 星期二."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}｜東方日報</title></head><body>
<div class="topBar">東方日報 {c.y}年{c.m:02d}月{c.d:02d}日 星期{wd(c)}</div>
<div class="nav"><a>要聞港聞</a> <a>A02</a></div>
<div id="articleContent"><h1>{c.h}</h1>
<div class="paragraph"><p>【本報訊】{esc(c.paras[0])}</p>
{ps(c, 1)}
</div></div>
<div class="sameSection"><h3>同版新聞</h3><ul><li>{HEADS_HK[0]}</li><li>{HEADS_HK[2]}</li></ul></div>
<footer>東方報業集團有限公司 版權所有 © {c.y}</footer></body></html>"""


def singtao_rep(c: Ctx) -> str:
    """星島: 記者 X 報道 under the text, 發布時間：2024/03/05 14:32."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}｜星島頭條</title>
<meta property="og:title" content="{c.h}"></head><body>
<div class="nav"><a>星島頭條</a> <a>港聞</a></div>
<article><h1 class="title">{c.h}</h1>
<div class="time">發布時間：{c.y}/{c.m:02d}/{c.d:02d} {c.t}</div>
<div class="article-content">
{ps(c)}
<p>記者 {c.writer} 報道</p></div></article>
{rel_hk_dmy(c, "相關新聞")}
<footer>星島新聞集團 版權所有</footer></body></html>"""


def hk01_two(c: Ctx) -> str:
    """香港01: 撰文：X、Y in the info row, JSON-LD with both, 出版 and 更新."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": c.title,
        "datePublished": f"{c.iso}T{c.ts}+08:00",
        "dateModified": f"{later(c, 1):%Y-%m-%d}T10:00:00+08:00",
        "author": [{"@type": "Person", "name": c.writer}, {"@type": "Person", "name": c.extra["second"]}],
    }
    return f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>{c.h}｜香港01｜社會新聞</title>
<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head><body>
<div class="nav"><a>香港01</a> <a>社會新聞</a></div>
<article><h1 id="articleTitle">{c.h}</h1>
<div class="info"><span>撰文：</span><a>{c.writer}</a>、<a>{c.extra["second"]}</a> <span>出版：{c.iso} {c.t}</span> <span>更新：{later(c, 1):%Y-%m-%d} 10:00</span></div>
<div class="article-grid__content">
{ps(c)}
</div></article>
<div class="related"><h3>相關文章</h3>{rel_hk_cn(c, "")}</div>
<footer>香港01 版權所有</footer></body></html>"""


def hkej_column(c: Ctx) -> str:
    """信報 column: 作者：X above the text, the issue date 2024年3月5日, an author's note at the end."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 信報網站 hkej.com</title></head><body>
<div class="nav"><a>信報網站</a> <a>信報財經新聞</a> <a>時事評論</a></div>
<div id="article-detail-wrapper"><h1 id="article-title">{c.h}</h1>
<div class="info"><span class="author">作者：{c.writer}</span> <span class="date">{c.y}年{c.m}月{c.d}日</span></div>
<div id="article-content">
{ps(c)}
<p>（作者為本地大學客席教授）</p></div></div>
<div class="col-more"><h3>同一作者</h3>{rel_hk_cn(c, "")}</div>
<footer>信報財經新聞有限公司 版權所有</footer></body></html>"""


def hket(c: Ctx) -> str:
    """經濟日報 HK (TOPick): 撰文：X, 發佈時間：2024/03/05 14:32, 責任編輯 at the foot."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 香港經濟日報 - TOPick - 新聞 - 社會</title></head><body>
<div class="nav"><a>TOPick</a> <a>新聞</a> <a>社會</a></div>
<div class="article-detail"><h1 class="article-title">{c.h}</h1>
<div class="article-details-info"><span class="publish-date">發佈時間：{c.y}/{c.m:02d}/{c.d:02d} {c.t}</span> <span class="last-update">最後更新：{later(c, 0):%Y/%m/%d} {(c.hh + 2) % 24:02d}:{c.mm:02d}</span></div>
<div class="article-detail-content-container">
<p>撰文：{c.writer}</p>
{ps(c)}
<p>責任編輯：{c.editor}</p></div></div>
{rel_hk_dmy(c, "你可能感興趣")}
<footer>香港經濟日報集團 版權所有</footer></body></html>"""


def wenweipo_two(c: Ctx) -> str:
    """文匯: 香港文匯報訊（記者 X、Y）glued to the lead, 2024-03-05 04:12:05 and 來源 in the info line."""
    first = f"香港文匯報訊（記者 {c.writer}、{c.extra['second']}）{esc(c.paras[0])}"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 香港文匯網</title></head><body>
<div class="nav"><a>香港文匯網</a> <a>香港</a></div>
<div class="article"><h1 class="title">{c.h}</h1>
<div class="info"><span>{c.iso} {c.ts}</span> <span>來源：香港文匯報</span></div>
<div class="content"><p>{first}</p>
{ps(c, 1)}
<p>責任編輯：{c.editor}</p></div></div>
{rel_hk_cn(c, "相關新聞")}
<footer>香港文匯網 版權所有</footer></body></html>"""


def takungpao_rep(c: Ctx) -> str:
    """大公: 大公報記者 X 報道 opening the text, 作者 the outlet in the info line."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 大公網</title></head><body>
<div class="nav"><a>大公網</a> <a>香港</a></div>
<div class="tkp_con"><h1 class="tkp_con_title">{c.h}</h1>
<div class="tkp_con_author"><span>{c.iso} {c.ts}</span> <span>來源：大公報</span> <span>作者：大公報</span></div>
<div class="tkp_content"><p>大公報記者 {c.writer} 報道：{esc(c.paras[0])}</p>
{ps(c, 1)}
</div><div class="tkp_editor">責任編輯：{c.editor}</div></div>
{rel_hk_cn(c, "相關新聞")}
<footer>大公網 版權所有</footer></body></html>"""


def initium(c: Ctx) -> str:
    """端傳媒: 端傳媒記者 X 發自香港, the date 2024-03-05 alone."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}｜端傳媒 Initium Media</title>
<meta property="og:title" content="{c.h}｜端傳媒 Initium Media"><meta property="article:published_time" content="{c.iso}T{c.ts}+08:00"></head><body>
<div class="nav"><a>端傳媒</a> <a>香港</a></div>
<article><div class="p-article__header"><h1>{c.h}</h1>
<p class="author">端傳媒記者 {c.writer} 發自香港</p><time>{c.iso}</time></div>
<div class="p-article__content">
{ps(c)}
</div></article>
<div class="more"><h3>延伸閱讀</h3>{rel_hk_cn(c, "")}</div>
<footer>Initium Media Technology</footer></body></html>"""


def inmedia(c: Ctx) -> str:
    """獨立媒體: 作者：X | 發佈日期：2024/3/5 - 14:32, comments with their own dates."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 香港獨立媒體網</title></head><body>
<div class="nav"><a>香港獨立媒體網</a> <a>社運</a></div>
<div class="node"><h1 class="title">{c.h}</h1>
<div class="submitted">作者：<a href="/user/123">{c.writer}</a> | 發佈日期：{c.y}/{c.m}/{c.d} - {c.t}</div>
<div class="content">
{ps(c)}
</div></div>
<div class="comments"><h3>回應</h3><div class="comment">匿名 發表於 {later(c, 1):%Y/%m/%d} - 09:15<p>支持！</p></div><div class="comment">過客 發表於 {later(c, 2):%Y/%m/%d} - 22:40<p>寫得好</p></div></div>
<footer>香港獨立媒體網 inmediahk.net</footer></body></html>"""


def apple_hk2005(c: Ctx) -> str:
    """蘋果日報 HK, 2005, Big5: the issue date 2005年03月05日 in the header, 記者：X at the end."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>蘋果日報 {c.y}年{c.m:02d}月{c.d:02d}日 - {c.h}</title></head><body>
<table width="780"><tr><td class="date">{c.y}年{c.m:02d}月{c.d:02d}日 星期{wd(c)}</td><td><a>要聞港聞</a> <a>國際</a> <a>副刊</a></td></tr></table>
<table width="780"><tr><td valign="top"><h1 class="h2">{c.h}</h1>
<div class="ArticleContent_Inner">
{ps(c)}
<p>記者：{c.writer}</p></div></td>
<td width="180" valign="top"><b>今日要聞</b><br>{"<br>".join(HEADS_HK[:4])}</td></tr></table>
<center>© {c.y} Apple Daily. All rights reserved.</center></body></html>"""


def hkgov_isd(c: Ctx) -> str:
    """香港政府新聞公報 (GIA), Big5 in the 2000s: the date closing the release, 2008年3月5日（星期三）/ 香港時間14時32分."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{c.h}</title></head><body>
<div id="header"><a>香港特別行政區政府</a> <a>新聞公報</a></div>
<span id="PRHeadline">{c.h}</span><br><br>
<span id="pressrelease" class="fontSize1">
{"<br><br>".join(esc(p) for p in c.paras)}<br><br>
完<br></span>
<p class="smallfont">{c.y}年{c.m}月{c.d}日（星期{wd(c)}）<br>香港時間{c.hh}時{c.mm:02d}分</p>
<div class="prev"><a>上一篇</a> {HEADS_HK[2]}（{earlier(c, 1).year}年{earlier(c, 1).month}月{earlier(c, 1).day}日）</div>
<div id="footer">2003 ｜ 重要告示 ｜ 私隱政策 | 修訂日期：{later(c, 1).year}年{later(c, 1).month}月{later(c, 1).day}日</div></body></html>"""


def macaodaily_rep(c: Ctx) -> str:
    """澳門日報: 【本報訊】記者X報道 opening the text, the edition day in the header."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>澳門日報 - {c.h}</title></head><body>
<div class="top">澳門日報電子版　{c.y}年{c.m}月{c.d}日　星期{wd(c)}</div>
<div class="nav"><a>澳聞</a> <a>A03版</a> <a>上一版</a> <a>下一版</a></div>
<table><tr><td class="title"><h2>{c.h}</h2></td></tr>
<tr><td class="content"><p>　　【本報訊】記者{c.writer}報道：{esc(c.paras[0])}</p>
{"".join(f"<p>　　{esc(p)}</p>" for p in c.paras[1:])}</td></tr></table>
<div class="pagelist"><h3>本版新聞</h3><ul><li>{HEADS_HK[1]}</li><li>{HEADS_HK[4]}</li></ul></div>
<footer>澳門日報 版權所有</footer></body></html>"""


def exmoo(c: Ctx) -> str:
    """力報 (Macau): 文︰記者X in the info line, 2024-03-05 alone."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 力報</title></head><body>
<div class="nav"><a>力報</a> <a>本地</a></div>
<div class="article"><h1>{c.h}</h1>
<div class="meta"><span class="date">{c.iso}</span> <span class="by">文︰記者{c.writer}</span></div>
<div class="article-content">
{ps(c)}
</div></div>
{rel_hk_dmy(c, "熱門")}
<footer>力報 版權所有</footer></body></html>"""


def macau_gcs(c: Ctx) -> str:
    """澳門政府新聞局: 日期 and 時間 in separate cells, the bureau as the source (no writer)."""
    return f"""<!DOCTYPE html><html lang="zh-MO"><head><meta charset="utf-8"><title>{c.h} - 澳門特別行政區政府入口網站</title></head><body>
<div class="nav"><a>澳門特別行政區政府入口網站</a> <a>新聞</a></div>
<div class="news"><h1>{c.h}</h1>
<table class="meta"><tr><td>日期：</td><td>{c.iso}</td><td>時間：</td><td>{c.t}</td></tr><tr><td>來源：</td><td colspan="3">新聞局</td></tr></table>
<div class="content">
{ps(c)}
</div></div>
<div class="list"><h3>其他新聞</h3>{rel_hk_dmy(c, "")}</div>
<footer>澳門特別行政區政府 版權所有</footer></body></html>"""


# --- forums and blogs -------------------------------------------------------------------------------------


def ptt_news(c: Ctx) -> str:
    """PTT web: a Gossiping news post: 記者署名 credits the writer, the poster is a login; pushes carry MM/DD times."""
    login = c.extra["login"]
    first = c.paras[0]
    body = "\n\n".join(c.paras)
    ptime = f"{en_day(c)} {EN_MONTHS[c.m - 1]} {c.d:2d} {c.ts} {c.y}"
    pushes = "".join(
        f'<div class="push"><span class="push-tag">{tag} </span><span class="push-userid">{uid}</span><span class="push-content">: {txt}</span><span class="push-ipdatetime"> {later(c, k).month:02d}/{later(c, k).day:02d} {(c.hh + 1 + k) % 24:02d}:{c.mm:02d}\n</span></div>'
        for k, (tag, uid, txt) in enumerate(
            [("推", "abc5566", "推"), ("→", "kerokero", "樓下怎麼看"), ("噓", "zzz12345", "又來了")]
        )
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>[新聞] {c.h} - 看板 Gossiping - 批踢踢實業坊</title>
<meta property="og:title" content="[新聞] {c.h}"><meta property="og:description" content="{esc(first[:60])}"></head><body>
<div id="topbar-container"><a id="logo">批踢踢實業坊</a> › <a class="board">看板 Gossiping</a></div>
<div id="main-container"><div id="main-content" class="bbs-screen bbs-content"><div class="article-metaline"><span class="article-meta-tag">作者</span><span class="article-meta-value">{login} ({c.extra["nick"]})</span></div><div class="article-metaline-right"><span class="article-meta-tag">看板</span><span class="article-meta-value">Gossiping</span></div><div class="article-metaline"><span class="article-meta-tag">標題</span><span class="article-meta-value">[新聞] {c.h}</span></div><div class="article-metaline"><span class="article-meta-tag">時間</span><span class="article-meta-value">{ptime}</span></div>
1.媒體來源:
自由時報

2.記者署名:
記者{c.writer}／台北報導

3.完整新聞標題:
{c.h}

4.完整新聞內文:
{esc(body)}

5.完整新聞連結 (或短網址)需放媒體原始連結，不可用轉載媒體連結:
https://news.ltn.com.tw/news/life/breakingnews/{4000000 + c.idx}

6.備註，請放在最後面，違者新聞文章刪除:
有沒有八卦？

--
<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.224.{c.idx}.{c.mm} (臺灣)
</span><span class="f2">※ 文章網址: https://www.ptt.cc/bbs/Gossiping/M.{1700000000 + c.idx}.A.{c.idx:03X}.html
</span>{pushes}</div></div></body></html>"""


def mobile01(c: Ctx) -> str:
    """Mobile01 thread: the poster's display name, 2024-03-05 14:32 #1; replies with later dates."""
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{c.h} - Mobile01</title>
<meta property="og:title" content="{c.h}"></head><body>
<nav class="c-breadCrumb"><a>Mobile01</a> <a>生活娛樂</a> <a>時事台</a></nav>
<div class="l-heading"><h1 class="t2">{c.h}</h1></div>
<div class="l-articlePage"><div class="l-articlePage__author"><div class="c-authorInfo__id"><a href="/userinfo.php?id=123456">{c.writer}</a></div><div class="c-authorInfo__level">2024 文章 1,203</div></div>
<div class="l-articlePage__publish"><div class="l-navigation__item"><span class="o-fNotes o-fSubMini">{c.iso} {c.t}</span></div><div class="l-navigation__item"><span class="o-fNotes o-fSubMini">#1</span></div></div>
<article class="l-publishArea topic_article">
{"<br><br>".join(esc(p) for p in c.paras)}
</article></div>
<div class="l-articlePage"><div class="c-authorInfo__id"><a href="/userinfo.php?id=777">fishman88</a></div><span class="o-fNotes o-fSubMini">{later(c, 1):%Y-%m-%d} 08:11</span> <span class="o-fNotes">#2</span><article class="l-publishArea">感謝分享，長知識了</article></div>
<div class="l-articlePage"><div class="c-authorInfo__id"><a href="/userinfo.php?id=888">阿宏</a></div><span class="o-fNotes o-fSubMini">{later(c, 2):%Y-%m-%d} 21:40</span> <span class="o-fNotes">#3</span><article class="l-publishArea">樓主說的沒錯</article></div>
<footer>Copyright © {c.y} Mobile01 All Rights Reserved</footer></body></html>"""


def pixnet_new(c: Ctx) -> str:
    """痞客邦 (newer theme): 2024-03-05 週二 14:32 under the title, the owner's display name, comments."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} @ {c.writer}的旅行日記 :: 痞客邦 ::</title>
<meta property="og:title" content="{c.h} @ {c.writer}的旅行日記 :: 痞客邦 ::"><meta name="author" content="{c.writer}"></head><body>
<div id="banner"><h1><a>{c.writer}的旅行日記</a></h1><p>走到哪寫到哪</p></div>
<div id="article-area"><div class="article-head"><h2 class="title"><a href="#">{c.h}</a></h2>
<div class="publish">{c.iso} 週{wd(c)} {c.t}</div></div>
<div class="article-content-inner">
{ps(c)}
</div>
<div class="article-footer"><span>全站分類：心情日記</span> <span>個人分類：生活</span> <span>此分類上一篇：{HEADS_TW[4]}</span></div></div>
<div id="comments"><h3>留言列表 (2)</h3><div class="single-post"><span class="user-name">小花</span> <span class="post-time">{later(c, 1):%Y-%m-%d} 10:02</span><p>好文推推</p></div></div>
<div id="sidebar"><h3>文章分類</h3><h3>最新文章</h3>{rel_tw_slash(c, "")}<h3>站長 pix_{c.idx}travel</h3></div>
<footer>痞客邦 PIXNET</footer></body></html>"""


def xuite_big5(c: Ctx) -> str:
    """隨意窩 (Big5, later theme): the date above the title as 2012-03-05, the poster in the footer."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{c.h} - {c.writer}的日誌 - Xuite日誌</title></head><body>
<div id="blogtitle"><a>{c.writer}的日誌</a></div>
<div class="blogbody"><div class="date">{c.iso}</div>
<h3 class="title">{c.h}</h3>
<div class="content">
{ps(c)}
</div>
<div class="posted">posted by {c.writer} at {c.t}｜瀏覽(205)｜回應(1)｜引用(0)</div></div>
<div class="comment">網友 於 {later(c, 3):%Y-%m-%d} {c.t} 回應：寫得真好</div>
<div class="sidebar"><h3>最新文章</h3>{rel_tw_slash(c, "")}</div></body></html>"""


TEMPLATES: list[Template] = [
    Template("cna_two", cna_two, "utf-8", (2016, 2024), "two", "tw"),
    Template("cna_wire", cna_wire, "utf-8", (2016, 2024), "translator", "tw"),
    Template("udn_intern", udn_intern, "utf-8", (2017, 2024), "two", "tw"),
    Template("udn_world", udn_world, "utf-8", (2017, 2024), "translator", "tw"),
    Template("ltn_two", ltn_two, "utf-8", (2016, 2024), "two", "tw"),
    Template("ltn_world", ltn_world, "utf-8", (2016, 2024), "translator", "tw"),
    Template("chinatimes_desk", chinatimes_desk, "utf-8", (2019, 2024), "person", "tw"),
    Template("ettoday_cap", ettoday_cap, "utf-8", (2016, 2024), "person", "tw"),
    Template("setn_desk", setn_desk, "utf-8", (2016, 2024), "none", "tw"),
    Template("tvbs_editor", tvbs_editor, "utf-8", (2018, 2024), "editor", "tw"),
    Template("ftv", ftv, "utf-8", (2017, 2024), "two", "tw"),
    Template("nownews", nownews, "utf-8", (2017, 2024), "person", "tw"),
    Template("cnyes", cnyes, "utf-8", (2017, 2024), "translator", "tw"),
    Template("twreporter", twreporter, "utf-8", (2016, 2024), "person", "tw"),
    Template("storm", storm, "utf-8", (2016, 2024), "person", "tw"),
    Template("mirror", mirror, "utf-8", (2018, 2024), "person", "tw"),
    Template("medium_zh", medium_zh, "utf-8", (2017, 2024), "person", "tw"),
    Template("apple_tw_desk", apple_tw_desk, "utf-8", (2016, 2021), "none", "tw"),
    Template("yam2006", yam2006, "big5", (2004, 2009), "person", "tw"),
    Template("ey_gov", ey_gov, "utf-8", (2015, 2024), "none", "tw"),
    Template("taichung_gov", taichung_gov, "utf-8", (2015, 2024), "none", "tw"),
    Template("mingpao_ins", mingpao_ins, "utf-8", (2016, 2024), "none", "hk"),
    Template("orientaldaily", orientaldaily, "utf-8", (2014, 2024), "none", "hk"),
    Template("singtao_rep", singtao_rep, "utf-8", (2017, 2024), "person", "hk"),
    Template("hk01_two", hk01_two, "utf-8", (2017, 2024), "two", "hk"),
    Template("hkej_column", hkej_column, "utf-8", (2014, 2024), "person", "hk"),
    Template("hket", hket, "utf-8", (2016, 2024), "person", "hk"),
    Template("wenweipo_two", wenweipo_two, "utf-8", (2016, 2024), "two", "hk"),
    Template("takungpao_rep", takungpao_rep, "utf-8", (2016, 2024), "person", "hk"),
    Template("initium", initium, "utf-8", (2015, 2021), "person", "hk"),
    Template("inmedia", inmedia, "utf-8", (2012, 2021), "person", "hk"),
    Template("apple_hk2005", apple_hk2005, "big5", (2003, 2008), "person", "hk"),
    Template("hkgov_isd", hkgov_isd, "big5", (2004, 2012), "none", "hk"),
    Template("macaodaily_rep", macaodaily_rep, "utf-8", (2012, 2024), "person", "mo"),
    Template("exmoo", exmoo, "utf-8", (2014, 2024), "person", "mo"),
    Template("macau_gcs", macau_gcs, "utf-8", (2014, 2024), "none", "mo"),
    Template("ptt_news", ptt_news, "utf-8", (2015, 2024), "person", "tw"),
    Template("mobile01", mobile01, "utf-8", (2014, 2024), "person", "tw"),
    Template("pixnet_new", pixnet_new, "utf-8", (2014, 2022), "person", "tw"),
    Template("xuite_big5", xuite_big5, "big5", (2008, 2014), "person", "tw"),
]
PHOTO = ("ettoday_cap", "twreporter", "mirror")
# Templates whose editor slot prints c.editor (editors of the truth row, for reference).
EDITED = ("cna_two", "cna_wire", "ettoday_cap", "twreporter", "hket", "wenweipo_two", "takungpao_rep")


# --- second batch (pages 72-95): frozen after the first batch's tune half was scored and fixed ------------

SEED2 = 20261212
COUNT2 = 24
# Sets whose texts the second draw leaves out: those there were, and the first batch's texts.
SETS_AT_DRAW2 = ("software", "portals", "tradzh", "era")

TEXT_CREDITS2: dict[int, dict[str, list[str]]] = {
    0: {"authors": ["李洁"]},  # the text opens 记者李洁6月8日11点40分左右，...
    2: {"authors": ["张永"]},  # 据安徽商报报道(记者张永)
    7: {"editors": ["肖秀燕"]},  # 责任编辑：肖秀燕
    8: {
        "authors": ["姚玉光", "许峰", "马训标"]
    },  # closing （姚玉光、许峰 马训标）, names closing a text (batch 1's rule)
    9: {"authors": ["许茹"]},  # 新华社成都3月27日电（记者许茹）
    10: {"authors": ["李小博"]},  # closing 华商报记者 李小博 (glued to a site's spam)
    13: {
        "authors": ["王艳"],
        "corr": ["陈华"],
        "editors": ["叶灿辉"],
    },  # 采写 | 南方工报全媒体记者 王艳 通讯员 陈华编辑 | 叶灿辉
    15: {"photo": ["戴奇宙", "李康华"]},  # 全媒体记者戴奇宙李康华摄影报道: a photo report, credited as 摄 is
    16: {"editors": ["罗雅诗"]},  # (责任编辑：罗雅诗_sh1466)
    19: {"authors": ["刘金辉"]},  # 新华社郑州月日电(记者刘金辉)
    23: {
        "corr": ["赵谦", "冯远钊", "杨雨欣"],
        "editors": ["张媛媛"],
    },  # 通讯员 赵谦 冯远钊 杨雨欣 报道 ... 责任编辑：张媛媛
}


def rti(c: Ctx) -> str:
    """中央廣播電台: 中央廣播電台 記者X in the info row, 2024-03-05 14:32."""
    return f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>{c.h} - Rti央廣</title></head><body>
<nav><a>Rti 中央廣播電台</a> <a>新聞</a> <a>政治</a></nav>
<section class="news-detail"><h1>{c.h}</h1>
<ul class="news-info"><li class="date">時間：{c.iso} {c.t}</li><li class="author">中央廣播電台 記者{c.writer}</li></ul>
<article>
{ps(c)}
</article></section>
{rel_tw_dash(c, "熱門新聞")}
<footer>Rti 中央廣播電台 版權所有</footer></body></html>"""


def cts(c: Ctx) -> str:
    """華視: 記者 X、Y / 台北報導 under the date 2024/03/05 14:32."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 華視新聞網</title></head><body>
<div class="nav"><a>華視新聞網</a> <a>社會</a></div>
<div class="artical-content"><h1 class="artical-title">{c.h}</h1>
<div class="artical-time">{slash(c)}</div><div class="artical-author">記者 {c.writer}、{c.extra["second"]} / 台北報導</div>
<div class="artical-content-text">
{ps(c)}
</div></div>
{rel_tw_slash(c, "新聞推薦")}
<footer>華視 版權所有</footer></body></html>"""


def ebc(c: Ctx) -> str:
    """東森新聞: 東森新聞記者X、攝影記者Y／台北報導 (a photographer credited as 攝影記者)."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}｜東森新聞</title>
<meta property="og:title" content="{c.h}｜東森新聞"></head><body>
<div class="nav"><a>東森新聞</a> <a>社會</a></div>
<div class="fncnews-content"><h1>{c.h}</h1>
<div class="info"><span class="small-gray-text">{c.iso} {c.t} / 東森新聞</span></div>
<div class="raw-style"><p>東森新聞記者{c.writer}、攝影記者{c.extra["photo"]}／台北報導</p>
{ps(c)}
</div></div>
{rel_tw_dash(c, "延伸閱讀")}
<footer>東森電視 版權所有</footer></body></html>"""


def upmedia(c: Ctx) -> str:
    """上報: 文／X and 2024年03月05日 14:32:11 in separate blocks."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 上報</title></head><body>
<div class="nav"><a>上報 Up Media</a> <a>焦點</a></div>
<div id="news-info"><h2 id="ArticleTitle">{c.h}</h2>
<div class="author">文／{c.writer}</div><div class="date">{c.y}年{c.m:02d}月{c.d:02d}日 {c.ts}</div>
<div class="editor">
{ps(c)}
</div></div>
{rel_tw_slash(c, "延伸閱讀")}
<footer>上報 版權所有</footer></body></html>"""


def newslens(c: Ctx) -> str:
    """關鍵評論網: 文：X（affiliation） opening, the outlet as meta author, JSON-LD with the person."""
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": c.title,
        "datePublished": f"{c.iso}T{c.ts}+08:00",
        "author": {"@type": "Person", "name": c.writer},
    }
    return f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>{c.h} - The News Lens 關鍵評論網</title>
<meta name="author" content="The News Lens 關鍵評論網"><script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head><body>
<div class="nav"><a>關鍵評論網</a> <a>社會</a></div>
<article><h1 class="article-title">{c.h}</h1><div class="article-info"><span class="publish-date">{c.y}/{c.m:02d}/{c.d:02d}</span></div>
<div class="article-body"><p>文：{c.writer}（國立政治大學社會系學生）</p>
{ps(c)}
<p>責任編輯：{c.editor}<br>核稿編輯：{c.editor2}</p></div></article>
{rel_tw_slash(c, "你可能也會喜歡")}
<footer>The News Lens 關鍵評論網</footer></body></html>"""


def cw(c: Ctx) -> str:
    """天下雜誌: 文 X in the credit bar, the issue (天下雜誌 792期) and the day, 責任編輯／ at the foot."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}｜天下雜誌</title></head><body>
<div class="nav"><a>天下雜誌</a> <a>財經</a></div>
<article><h1 class="article__head">{c.h}</h1>
<div class="article__credit"><span>文</span> <a href="/author/1">{c.writer}</a></div>
<div class="article__date"><span>天下雜誌{700 + c.idx % 90}期</span> <time>{c.iso}</time></div>
<div class="article__content">
{ps(c)}
<p>責任編輯／{c.editor}</p></div></article>
{rel_tw_dash(c, "相關文章")}
<footer>天下雜誌 版權所有</footer></body></html>"""


def bw(c: Ctx) -> str:
    """商業周刊: 撰文者：X 商周頭條 2024.03.05."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}｜商業周刊</title></head><body>
<div class="nav"><a>商業周刊</a> <a>國際</a></div>
<div class="article"><h1>{c.h}</h1>
<div class="article-info"><span>撰文者：{c.writer}</span> <span>商周頭條</span> <span>{c.y}.{c.m:02d}.{c.d:02d}</span></div>
<div class="article-body">
{ps(c)}
</div></div>
{rel_tw_slash(c, "熱門文章")}
<footer>商業周刊 版權所有</footer></body></html>"""


def gvm(c: Ctx) -> str:
    """遠見: 文／X　整理／Y (a compiler, not a writer) and the day 2024-03-05."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}｜遠見雜誌</title></head><body>
<div class="nav"><a>遠見雜誌</a> <a>財經</a></div>
<div class="article-content"><h1>{c.h}</h1>
<div class="article-author">文／{c.writer}　整理／{c.editor}</div><div class="article-date">{c.iso}</div>
<div class="article-text">
{ps(c)}
</div></div>
{rel_tw_dash(c, "延伸閱讀")}
<footer>遠見天下文化 版權所有</footer></body></html>"""


def money_udn(c: Ctx) -> str:
    """經濟日報: 經濟日報／ 記者X／即時報導 in the author span, 2024-03-05 14:32."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 產業熱點 | 產業 | 經濟日報</title></head><body>
<nav class="breadcrumb"><a>經濟日報</a> / <a>產業</a> / <a>產業熱點</a></nav>
<section class="article-body"><h1 class="article-body__title">{c.h}</h1>
<div class="article-body__info"><span class="article-body__time">{c.iso} {c.t}</span> <span class="article-body__info-author">經濟日報／ 記者{c.writer}／即時報導</span></div>
<section class="article-body__editor">
{ps(c)}
</section></section>
{rel_tw_dash(c, "延伸閱讀")}
<footer>經濟日報 著作權所有</footer></body></html>"""


def ctee(c: Ctx) -> str:
    """工商時報: the outlet then the writer (工商時報 X) and 2024.03.05 14:32."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 工商時報</title></head><body>
<div class="nav"><a>工商時報</a> <a>產業</a></div>
<div class="single-post"><h1 class="post-title">{c.h}</h1>
<div class="post-meta"><span class="meta-author">工商時報 {c.writer}</span> <span class="meta-date">{c.y}.{c.m:02d}.{c.d:02d} {c.t}</span></div>
<div class="entry-content">
{ps(c)}
</div></div>
{rel_tw_slash(c, "相關新聞")}
<footer>工商時報 版權所有</footer></body></html>"""


def udn_print(c: Ctx) -> str:
    """聯合報 print story: 【記者X／台北報導】 opening the text, the print day 2024-03-05 00:00."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 聯合報 | 聯合新聞網</title></head><body>
<nav class="breadcrumb"><a>聯合新聞網</a> / <a>要聞</a></nav>
<section class="article-content"><h1 class="article-content__title">{c.h}</h1>
<time class="article-content__time">{c.iso} 00:00</time> <span class="article-content__author">聯合報</span>
<section class="article-content__editor"><p>【記者{c.writer}／台北報導】{esc(c.paras[0])}</p>
{ps(c, 1)}
</section></section>
{rel_tw_dash(c, "延伸閱讀")}
<footer>聯合線上公司 著作權所有</footer></body></html>"""


def newtaipei_gov(c: Ctx) -> str:
    """新北市政府: 發布日期：中華民國 113 年 3 月 5 日 (spaced), the footer's 更新日期 later."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}-新北市政府</title></head><body>
<div class="nav">首頁 &gt; 新聞稿</div>
<div class="cp"><h2 class="title">{c.h}</h2>
<ul class="info"><li>發布日期：中華民國 {roc(c)} 年 {c.m} 月 {c.d} 日</li><li>發布單位：新聞局</li></ul>
<div class="cont">
{ps(c)}
</div></div>
<div class="footer">新北市政府 版權所有 更新日期：{later(c, 3).year - 1911}-{later(c, 3).month:02d}-{later(c, 3).day:02d}</div></body></html>"""


def moe(c: Ctx) -> str:
    """教育部: 發布日期 and 單位, a 聯絡人 (a contact, not a writer)."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 教育部全球資訊網</title></head><body>
<div class="nav"><a>教育部</a> <a>即時新聞</a></div>
<div class="news"><h2>{c.h}</h2>
<table class="info"><tr><th>發布日期</th><td>{c.iso}</td></tr><tr><th>單位</th><td>綜合規劃司</td></tr><tr><th>聯絡人</th><td>{c.editor}</td></tr></table>
<div class="content">
{ps(c)}
</div></div>
<div class="footer">教育部 版權所有</div></body></html>"""


def now_hk(c: Ctx) -> str:
    """now新聞: 2024年3月5日 14:32 under the headline, no writer."""
    return f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>{c.h} | Now 新聞</title></head><body>
<div class="nav"><a>Now 新聞</a> <a>港聞</a></div>
<div class="newsContent"><h1 class="newsTitle">{c.h}</h1>
<time class="published">{c.y}年{c.m}月{c.d}日 {c.t}</time>
<div class="newsLeading">
{ps(c)}
</div></div>
{rel_hk_cn(c, "相關新聞")}
<footer>Now TV 版權所有</footer></body></html>"""


def tvb(c: Ctx) -> str:
    """無綫新聞: 2024-03-05 HKT 14:32, no writer."""
    return f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>{c.h} | 無綫新聞TVB News</title></head><body>
<div class="nav"><a>無綫新聞</a> <a>港澳</a></div>
<div class="newsEntry"><h1>{c.h}</h1>
<div class="time">{c.iso} HKT {c.t}</div>
<div class="descContainer">
{"<br><br>".join(esc(p) for p in c.paras)}
</div></div>
{rel_hk_dmy(c, "最新新聞")}
<footer>TVB 版權所有</footer></body></html>"""


def hkheadline(c: Ctx) -> str:
    """頭條日報: a closing （記者：X、Y）."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 頭條日報</title></head><body>
<div class="nav"><a>頭條日報</a> <a>港聞</a></div>
<div class="content"><h1>{c.h}</h1>
<div class="date">{c.y}年{c.m}月{c.d}日</div>
<div class="content-text">
{ps(c)}
<p>（記者：{c.writer}、{c.extra["second"]}）</p></div></div>
{rel_hk_cn(c, "其他新聞")}
<footer>頭條日報 版權所有</footer></body></html>"""


def standnews(c: Ctx) -> str:
    """立場新聞 archive: 撰文：X and 2021/3/5 - 14:32 (a dash before the time)."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 立場新聞•聞庫</title></head><body>
<div class="archive-note">存檔頁面</div>
<div class="article"><h1>{c.h}</h1>
<div class="article-author">撰文：<a>{c.writer}</a></div><div class="date">發佈 {c.y}/{c.m}/{c.d} - {c.t}</div>
<div class="article-content">
{ps(c)}
</div></div>
{rel_hk_dmy(c, "相關文章")}
<footer>立場新聞</footer></body></html>"""


def hkcnews(c: Ctx) -> str:
    """眾新聞: 文：X｜攝：Y, the day 2021/03/05."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 眾新聞</title></head><body>
<div class="nav"><a>眾新聞</a> <a>社會</a></div>
<div class="article-wrap"><h1>{c.h}</h1>
<div class="author">文：{c.writer}｜攝：{c.extra["photo"]}</div><time>{c.y}/{c.m:02d}/{c.d:02d}</time>
<div class="article-content">
{ps(c)}
</div></div>
{rel_hk_cn(c, "相關新聞")}
<footer>眾新聞 版權所有</footer></body></html>"""


def discuss_hk(c: Ctx) -> str:
    """香港討論區 (Discuz!, Big5): the poster, 發表於 2012-3-5 14:32, a reply with its own day."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{c.h} - 時事新聞 - 香港討論區 discuss.com.hk - 香討．香港 No.1</title></head><body>
<div id="nav"><a>香港討論區</a> &raquo; <a>時事新聞</a> &raquo; {c.h}</div>
<div class="mainbox viewthread"><h1>{c.h}</h1>
<table id="pid1"><tr><td class="postauthor"><cite><a href="space.php?uid=1">{c.writer}</a></cite><p>帖子 1234 積分 567</p></td>
<td class="postcontent"><div class="postinfo"><em>1#</em> 發表於 {c.y}-{c.m}-{c.d} {c.t} 只看該作者</div>
<div class="t_msgfont">{"<br><br>".join(esc(p) for p in c.paras)}</div></td></tr></table>
<table id="pid2"><tr><td class="postauthor"><cite><a>walker_hk</a></cite></td>
<td class="postcontent"><div class="postinfo"><em>2#</em> 發表於 {later(c, 1).year}-{later(c, 1).month}-{later(c, 1).day} 09:12</div><div class="t_msgfont">支持</div></td></tr></table></div>
<div id="footer">Powered by Discuz! © 2001-{c.y} Comsenz Inc. 現在時間 {later(c, 300):%Y-%m-%d} 10:00</div></body></html>"""


def bahamut(c: Ctx) -> str:
    """巴哈姆特 forum: the poster's nickname and login, 2024-03-05 14:32:11, a reply."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>【情報】{c.h} @場外休憩區 哈啦板 - 巴哈姆特</title></head><body>
<div class="BH-menu"><a>巴哈姆特</a> <a>哈啦區</a> <a>場外休憩區</a></div>
<div class="c-section"><div class="c-post__header"><h1 class="c-post__header__title">【情報】{c.h}</h1>
<div class="c-post__header__author"><a class="floor">樓主</a> <a class="username">{c.writer}</a> <a class="userid">{c.extra["login"]}</a> <a class="edittime" data-mtime="{c.iso} {c.ts}">{c.iso} {c.ts}</a></div></div>
<div class="c-article__content">
{"<br>".join(esc(p) for p in c.paras)}
</div></div>
<div class="c-reply"><a class="reply-content__user">路人甲乙</a> <span>{later(c, 1):%Y-%m-%d} 08:00:00</span> 推推</div></body></html>"""


def dcard(c: Ctx) -> str:
    """Dcard: an anonymous post (a school's name, no writer), 2024年3月5日 14:32."""
    return f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>{c.h} - 時事板 | Dcard</title>
<meta property="og:title" content="{c.h} | Dcard"></head><body>
<div class="nav"><a>Dcard</a> <a>時事</a></div>
<article><div class="post-author"><span>國立臺灣大學</span></div>
<h1>{c.h}</h1><div class="post-meta">時事 · {c.y}年{c.m}月{c.d}日 {c.t}</div>
<div class="post-content">
{ps(c)}
</div></article>
<div class="comments"><div>B1 · 國立成功大學 · {later(c, 1).year}年{later(c, 1).month}月{later(c, 1).day}日 09:00<p>推</p></div></div></body></html>"""


def vocus(c: Ctx) -> str:
    """方格子 vocus: the writer's name, 2024/03/05 glued to 閱讀時間約 5 分鐘."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}｜{c.writer}的沙龍｜方格子 vocus</title>
<meta property="og:title" content="{c.h}"></head><body>
<div class="nav"><a>方格子 vocus</a></div>
<article><h1>{c.h}</h1>
<div class="article-meta"><a class="author-name">{c.writer}</a><span>{c.y}/{c.m:02d}/{c.d:02d}閱讀時間約 {len(c.paras) // 2 + 2} 分鐘</span></div>
<div class="article-content">
{ps(c)}
</div></article>
<div class="more"><h3>{c.writer}的其他文章</h3>{rel_tw_slash(c, "")}</div></body></html>"""


def blogger(c: Ctx) -> str:
    """Blogger in Chinese: the date header 2024年3月5日 星期二, 張貼者： X 於 下午2:32 under the post."""
    h12 = c.hh - 12 if c.hh > 12 else c.hh
    ampm = "下午" if c.hh >= 12 else "上午"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.writer}的隨手記: {c.h}</title></head><body>
<div id="header"><h1 class="title"><a>{c.writer}的隨手記</a></h1></div>
<div class="date-outer"><h2 class="date-header"><span>{c.y}年{c.m}月{c.d}日 星期{wd(c)}</span></h2>
<div class="post-outer"><h3 class="post-title entry-title">{c.h}</h3>
<div class="post-body entry-content">
{"<br><br>".join(esc(p) for p in c.paras)}
</div>
<div class="post-footer">張貼者： <span class="fn">{c.writer}</span> 於 <a class="timestamp-link">{ampm}{h12}:{c.mm:02d}</a> <a>沒有留言</a></div></div></div>
<div id="sidebar"><h2>網誌存檔</h2><ul><li>{c.y} (12)</li><li>{c.y - 1} (30)</li></ul></div></body></html>"""


def wordpress_tw(c: Ctx) -> str:
    """A Taiwan WordPress blog: 由 X 發表於 2024 年 3 月 5 日 (spaced), comments with their own days."""
    return f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>{c.h} – {c.writer}的筆記本</title></head><body>
<header class="site-header"><p class="site-title">{c.writer}的筆記本</p></header>
<article class="post"><header class="entry-header"><h1 class="entry-title">{c.h}</h1>
<div class="entry-meta">由 <span class="author vcard"><a class="url fn n">{c.writer}</a></span> 發表於 <time class="entry-date published">{c.y} 年 {c.m} 月 {c.d} 日</time></div></header>
<div class="entry-content">
{ps(c)}
</div></article>
<div id="comments"><h2>2 則留言</h2><div class="comment">小美 表示： {later(c, 1).year} 年 {later(c, 1).month} 月 {later(c, 1).day} 日 上午 9:12 <p>謝謝分享</p></div></div>
<footer>自豪地採用 WordPress</footer></body></html>"""


TEMPLATES2: list[Template] = [
    Template("rti", rti, "utf-8", (2017, 2024), "person", "tw"),
    Template("cts", cts, "utf-8", (2017, 2024), "two", "tw"),
    Template("ebc", ebc, "utf-8", (2017, 2024), "person", "tw"),
    Template("upmedia", upmedia, "utf-8", (2016, 2024), "person", "tw"),
    Template("newslens", newslens, "utf-8", (2015, 2024), "person", "tw"),
    Template("cw", cw, "utf-8", (2016, 2024), "person", "tw"),
    Template("bw", bw, "utf-8", (2016, 2024), "person", "tw"),
    Template("gvm", gvm, "utf-8", (2016, 2024), "person", "tw"),
    Template("money_udn", money_udn, "utf-8", (2018, 2024), "person", "tw"),
    Template("ctee", ctee, "utf-8", (2019, 2024), "person", "tw"),
    Template("udn_print", udn_print, "utf-8", (2017, 2024), "person", "tw"),
    Template("newtaipei_gov", newtaipei_gov, "utf-8", (2014, 2024), "none", "tw"),
    Template("moe", moe, "utf-8", (2014, 2024), "none", "tw"),
    Template("now_hk", now_hk, "utf-8", (2016, 2024), "none", "hk"),
    Template("tvb", tvb, "utf-8", (2016, 2024), "none", "hk"),
    Template("hkheadline", hkheadline, "utf-8", (2014, 2024), "two", "hk"),
    Template("standnews", standnews, "utf-8", (2015, 2021), "person", "hk"),
    Template("hkcnews", hkcnews, "utf-8", (2017, 2022), "person", "hk"),
    Template("discuss_hk", discuss_hk, "big5", (2008, 2016), "person", "hk"),
    Template("bahamut", bahamut, "utf-8", (2014, 2024), "person", "tw"),
    Template("dcard", dcard, "utf-8", (2016, 2024), "none", "tw"),
    Template("vocus", vocus, "utf-8", (2018, 2024), "person", "tw"),
    Template("blogger", blogger, "utf-8", (2008, 2020), "person", "tw"),
    Template("wordpress_tw", wordpress_tw, "utf-8", (2012, 2024), "person", "tw"),
]
PHOTO2 = ("ebc", "hkcnews")
# Templates whose editor slot prints c.editor (gvm's is a 整理 credit, moe's a 聯絡人: kept for reference).
EDITED2 = ("newslens", "cw", "gvm", "moe")


def draw2(root: Path) -> list[dict[str, str]]:
    """The second batch's seeded sample: the same rule, without the first batch's texts and the sets there were."""
    rows = [
        json.loads(line) for line in (root / "inews-bdci2019" / "train.jsonl").read_text("utf-8").splitlines()
    ]
    first = {row["id"] for row in draw(root)}
    used = used_ids(SETS_AT_DRAW2) | first
    pool = [
        r
        for r in rows
        if r["id"] not in used and 400 <= len(r["content"]) <= 2500 and r["title"] and len(r["title"]) >= 6
    ]
    sample = random.Random(SEED2).sample(pool, COUNT2 + SPARES)
    taken = used_ids()
    picked, spares = sample[:COUNT2], [r for r in sample[COUNT2:] if r["id"] not in taken]
    return [spares.pop(0) if r["id"] in taken else r for r in picked]


# --- third batch (pages 96-119): frozen after the second batch's tune half was scored and fixed -----------

SEED3 = 20261213
COUNT3 = 24
FOREIGN = ("華盛頓", "紐約", "布魯塞爾", "雪梨", "日內瓦", "舊金山")

TEXT_CREDITS3: dict[int, dict[str, list[str]]] = {
    3: {"authors": ["孙明聪", "郭思琪", "姜珊", "郝梦娇", "宋禄启", "黄鹏飞"]},  # （孙明聪、…、黄鹏飞/文）
    5: {"authors": ["叶俊一"]},  # (南海网记者 叶俊一)
    11: {"authors": ["周莎"]},  # closing （数据宝 周莎）: a column's name, then the writer
    13: {"authors": ["伍罗文博"]},  # closing （记者 伍罗文博 文/图）, printed as one name
    18: {
        "authors": ["刘剑英"],
        "photo": ["刘剑英"],
        "editors": ["张永猛"],
    },  # 记者刘剑英摄 …讯（记者刘剑英） 责任编辑：张永猛
    22: {"corr": ["陈佳丽"]},  # 通讯员陈佳丽
}


def cna_foreign(c: Ctx) -> str:
    """CNA's correspondent abroad: （中央社記者X華盛頓5日專電）, a foreign city glued to the name."""
    first = f"（中央社記者{c.writer}{c.extra['city']}{c.d}日專電）{esc(c.paras[0])}"
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{c.h} | 國際 | 中央社 CNA</title></head><body>
<header><a>中央社 CNA</a> <a>國際</a></header>
<div class="centralContent"><h1><span>{c.h}</span></h1><div class="updatetime"><span>{slash(c)}</span></div>
<div class="paragraph"><p>{first}</p>
{ps(c, 1)}
<p>（編輯：{c.editor}）{roc(c)}{c.m:02d}{c.d:02d}</p></div></div>
{rel_tw_slash(c, "延伸閱讀")}</body></html>"""


def ltn_desk(c: Ctx) -> str:
    """自由時報 即時: 〔即時新聞／綜合報導〕, a desk (no writer)."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 生活 - 自由時報電子報</title></head><body>
<div class="header"><a>自由時報電子報</a> <a>生活</a></div>
<div class="whitecon article"><h1>{c.h}</h1><span class="time">{slash(c)}</span>
<div class="text"><p>〔即時新聞／綜合報導〕{esc(c.paras[0])}</p>
{ps(c, 1)}
</div>{rel_tw_slash(c, "相關新聞")}</div></body></html>"""


def udn_three(c: Ctx) -> str:
    """udn: 聯合報／ 記者X、Y、Z／台北即時報導."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 社會 | 聯合新聞網</title></head><body>
<nav class="breadcrumb"><a>聯合新聞網</a> / <a>社會</a></nav>
<section class="article-content"><h1 class="article-content__title">{c.h}</h1>
<section class="authors"><time class="article-content__time">{c.iso} {c.t}</time>
<span class="article-content__author"><a>聯合報</a>／ 記者{c.writer}、{c.extra["second"]}、{c.extra["third"]}／台北即時報導</span></section>
<section class="article-content__editor">
{ps(c)}
</section></section>{rel_tw_dash(c, "延伸閱讀")}</body></html>"""


def chinatimes_print(c: Ctx) -> str:
    """中國時報 print: X、Y／台北報導 with no 記者 label, the day 2024/03/05."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 政治 - 中時新聞網</title></head><body>
<nav class="breadcrumb"><a>首頁</a> <a>政治</a></nav>
<article class="article-box"><h1 class="article-title">{c.h}</h1>
<div class="meta-info"><time><span class="hour">05:50</span><span class="date">{c.y}/{c.m:02d}/{c.d:02d}</span></time>
<div class="author">{c.writer}、{c.extra["second"]}／台北報導</div></div>
<div class="article-body">
{ps(c)}
</div></article>{rel_tw_dash(c, "推薦閱讀")}</body></html>"""


def setn_two(c: Ctx) -> str:
    """三立: 記者X、Y／台北報導 opening the story."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 社會 | 三立新聞網 SETN.COM</title></head><body>
<div class="newsBox"><h1 class="news-title-3">{c.h}</h1><div class="page-date"><time>{c.y}/{c.m:02d}/{c.d:02d} {c.ts}</time></div>
<article><div id="ckuse"><p>記者{c.writer}、{c.extra["second"]}／台北報導</p>
{ps(c)}
</div></article></div>{rel_tw_slash(c, "延伸閱讀")}</body></html>"""


def pts_three(c: Ctx) -> str:
    """公視: 記者 X、Y、Z / 綜合報導."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 公視新聞網 PNN</title></head><body>
<div class="article-wrap"><h1 class="article-title">{c.h}</h1>
<div class="news-info"><time>{c.iso} {c.t}</time> <span class="article-reporter">記者 {c.writer}、{c.extra["second"]}、{c.extra["third"]} / 綜合報導</span></div>
<div class="post-article">
{ps(c)}
</div></div>{rel_tw_slash(c, "相關新聞")}</body></html>"""


def cts_closing(c: Ctx) -> str:
    """華視: the credit closing the story without a slash: 華視新聞 X 台北報導."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 華視新聞網</title></head><body>
<div class="artical-content"><h1 class="artical-title">{c.h}</h1><div class="artical-time">{slash(c)}</div>
<div class="artical-content-text">
{ps(c)}
<p>華視新聞 {c.writer} 台北報導</p></div></div>{rel_tw_slash(c, "新聞推薦")}</body></html>"""


def singtao_desk(c: Ctx) -> str:
    """星島日報 print: 【星島日報報道】 opening (no writer), the day 2024年3月5日."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 星島日報</title></head><body>
<div class="article"><h1 class="title">{c.h}</h1><div class="date">{c.y}年{c.m}月{c.d}日</div>
<div class="paragraphs"><p>【星島日報報道】{esc(c.paras[0])}</p>
{ps(c, 1)}
</div></div>{rel_hk_cn(c, "相關新聞")}</body></html>"""


def hk01_editor(c: Ctx) -> str:
    """香港01: 記者：X and 責任編輯：Y, 發佈時間：2024-03-05 14:32."""
    return f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>{c.h}｜香港01｜港聞</title></head><body>
<article><h1 id="articleTitle">{c.h}</h1>
<div class="info"><span>記者：{c.writer}</span> <span>責任編輯：{c.editor}</span> <span>發佈時間：{c.iso} {c.t}</span></div>
<div class="article-grid__content">
{ps(c)}
</div></article>{rel_hk_cn(c, "相關文章")}</body></html>"""


def macaodaily_photo(c: Ctx) -> str:
    """澳門日報: 【本報消息】, a caption （記者X攝） (a photographer, no writer)."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>澳門日報 - {c.h}</title></head><body>
<div class="top">澳門日報電子版　{c.y}年{c.m}月{c.d}日　星期{wd(c)}</div>
<table><tr><td class="title"><h2>{c.h}</h2></td></tr>
<tr><td class="content"><p>　　【本報消息】{esc(c.paras[0])}</p>
<p>　　圖為活動現場。（記者{c.extra["photo"]}攝）</p>
{"".join(f"<p>　　{esc(p)}</p>" for p in c.paras[1:])}</td></tr></table></body></html>"""


def tainan_gov(c: Ctx) -> str:
    """臺南市政府: 發布日期：113/03/05 (an ROC year with slashes), a 新聞聯絡人."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}-臺南市政府全球資訊網</title></head><body>
<div class="path">首頁 &gt; 市政新聞</div>
<div class="cp"><h2>{c.h}</h2>
<div class="info">發布日期：{roc(c)}/{c.m:02d}/{c.d:02d} 發布單位：新聞及國際關係處</div>
<div class="cont">
{ps(c)}
</div><p>新聞聯絡人：{c.editor} 電話：06-2991111</p></div></body></html>"""


def moi_gov(c: Ctx) -> str:
    """內政部: the ROC day alone in a date span (113-03-05), no label."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}-內政部全球資訊網</title></head><body>
<div class="path">首頁 &gt; 新聞稿</div>
<div class="news-detail"><h2 class="news-title">{c.h}</h2><span class="date">{roc(c)}-{c.m:02d}-{c.d:02d}</span>
<div class="news-content">
{ps(c)}
</div></div></body></html>"""


def dpp(c: Ctx) -> str:
    """A party's press release: 2024年03月05日 and 新聞稿, no writer."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 新聞稿 | 民主進步黨</title></head><body>
<div class="nav"><a>民主進步黨</a> <a>新聞稿</a></div>
<div class="news"><h3>{c.h}</h3><p class="date">{c.y}年{c.m:02d}月{c.d:02d}日 新聞稿</p>
<div class="content">
{ps(c)}
</div></div></body></html>"""


def hkfp_zh(c: Ctx) -> str:
    """A Hong Kong site printing an English date: 撰文：X, 5 March 2024."""
    months = "January February March April May June July August September October November December".split()
    return f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>{c.h} - 香港自由新聞</title></head><body>
<article><h1 class="entry-title">{c.h}</h1>
<div class="entry-meta"><span class="byline">撰文：{c.writer}</span> <span class="posted-on">{c.d} {months[c.m - 1]} {c.y}</span></div>
<div class="entry-content">
{ps(c)}
</div></article></body></html>"""


def udn_blog(c: Ctx) -> str:
    """udn 部落格: the blogger's name in the header, 2024/03/05 14:32 ｜瀏覽 123｜回應 0."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - {c.writer} - udn部落格</title></head><body>
<div id="header"><a>udn部落格</a> <span class="blog-name">{c.writer}</span></div>
<div class="article"><h1 class="article_topic">{c.h}</h1>
<div class="article_datatime">{c.y}/{c.m:02d}/{c.d:02d} {c.t} ｜瀏覽 123｜回應 0｜推薦 2</div>
<div id="article_show_content">
{ps(c)}
</div>
<div class="article_author">作者 {c.writer}</div></div>
<div class="sidebar"><h3>最新創作</h3>{rel_tw_slash(c, "")}</div></body></html>"""


def hkgov_new(c: Ctx) -> str:
    """香港政府新聞公報 (UTF-8, a newer layout): an <h1>, the date at the foot with its weekday."""
    return f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>{c.h}</title></head><body>
<div id="header"><a>香港特別行政區政府</a> <a>新聞公報</a></div>
<h1 class="title">{c.h}</h1>
<div id="pressrelease">
{ps(c)}
<p>完</p></div>
<p class="date">{c.y}年{c.m}月{c.d}日（星期{wd(c)}）<br>香港時間{c.hh}時{c.mm:02d}分</p>
<div id="footer">修訂日期：{later(c, 2).year}年{later(c, 2).month}月{later(c, 2).day}日</div></body></html>"""


def cuhk(c: Ctx) -> str:
    """A Hong Kong university's news: 撰文：X and 2024年3月5日."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | 香港中文大學 傳訊及公共關係處</title></head><body>
<div class="nav">首頁 / 新聞</div>
<div class="news"><h1>{c.h}</h1><div class="news-date">{c.y}年{c.m}月{c.d}日</div>
<div class="news-body">
{ps(c)}
<p>撰文：{c.writer}</p></div></div></body></html>"""


def ntu(c: Ctx) -> str:
    """A Taiwan university's news: 文／X、圖／Y in one line, 2024-03-05."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 國立臺灣大學</title></head><body>
<div class="nav">首頁 / 校園新聞</div>
<div class="news"><h2>{c.h}</h2><div class="meta">{c.iso}</div>
<div class="content"><p>文／{c.writer}、圖／{c.extra["photo"]}</p>
{ps(c)}
</div></div></body></html>"""


def bastille(c: Ctx) -> str:
    """巴士的報: 【巴士的報】 opening, 記者：X, 2024-03-05 14:32."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} - 巴士的報</title></head><body>
<div class="article"><h1>{c.h}</h1>
<div class="meta"><span class="author">記者：{c.writer}</span> <span class="time">{c.iso} {c.t}</span></div>
<div class="content"><p>【巴士的報】{esc(c.paras[0])}</p>
{ps(c, 1)}
</div></div>{rel_hk_dmy(c, "熱門")}</body></html>"""


def tvbs_plain(c: Ctx) -> str:
    """TVBS: 記者 X 報導 alone, 發佈時間 then 最後更新時間."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h}│TVBS新聞網</title></head><body>
<div class="article_main"><h1 class="title">{c.h}</h1>
<div class="author">記者 {c.writer} 報導</div>
<div class="time">發佈時間：{c.y}/{c.m:02d}/{c.d:02d} {c.t}<br>最後更新時間：{later(c, 1):%Y/%m/%d} 08:05</div>
<div class="article_content">
{ps(c)}
</div></div>{rel_tw_slash(c, "最新新聞")}</body></html>"""


def ettoday_two(c: Ctx) -> str:
    """ETtoday: 記者X、Y／高雄報導 opening the story."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{c.h} | ETtoday地方新聞 | ETtoday新聞雲</title></head><body>
<div class="subject_article"><h1 class="title">{c.h}</h1>
<time class="date">{c.y}年{c.m:02d}月{c.d:02d}日 {c.t}</time>
<div class="story"><p>記者{c.writer}、{c.extra["second"]}／高雄報導</p>
{ps(c)}
</div></div>{rel_tw_slash(c, "延伸閱讀")}</body></html>"""


def yahoo_tw(c: Ctx) -> str:
    """Yahoo奇摩新聞 (an aggregator): the provider 中央社, 2024年3月5日 週二 下午2:32, the writer in the text."""
    h12 = c.hh - 12 if c.hh > 12 else c.hh
    ampm = "下午" if c.hh >= 12 else "上午"
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{c.h}</title></head><body>
<div class="nav"><a>Yahoo奇摩新聞</a></div>
<article><header><h1>{c.h}</h1>
<div class="caas-attr"><span class="caas-author-byline-collapse">中央社</span> <time class="caas-attr-meta-time">{c.y}年{c.m}月{c.d}日 週{wd(c)} {ampm}{h12}:{c.mm:02d}</time></div></header>
<div class="caas-body"><p>（中央社記者{c.writer}台北{c.d}日電）{esc(c.paras[0])}</p>
{ps(c, 1)}
</div></article>
<div class="related"><h3>更多新聞</h3>{rel_tw_slash(c, "")}</div></body></html>"""


def line_today(c: Ctx) -> str:
    """LINE TODAY: the provider 三立新聞網, 發布時間：2024年3月5日 14:32, 記者X／台北報導 in the text."""
    return f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>{c.h} | LINE TODAY</title></head><body>
<article><h1 class="entityTitle">{c.h}</h1>
<div class="entityPublishInfo"><span class="publisher">三立新聞網</span> <span class="entityPublishInfo-meta-info">發布時間：{c.y}年{c.m}月{c.d}日 {c.t}</span></div>
<div class="articleContent"><p>記者{c.writer}／台北報導</p>
{ps(c)}
</div></article></body></html>"""


def msn_tw(c: Ctx) -> str:
    """MSN 台灣: the provider's copyright line, 2024/3/5, 中時新聞網 記者X opening the text."""
    return f"""<!DOCTYPE html><html lang="zh-tw"><head><meta charset="utf-8"><title>{c.h}</title></head><body>
<div class="nav"><a>MSN</a> <a>新聞</a></div>
<article><h1>{c.h}</h1><div class="attribution"><span>© 中時新聞網</span> <span class="date">{c.y}/{c.m}/{c.d}</span></div>
<section><p>中時新聞網 記者{c.writer}</p>
{ps(c)}
</section></article></body></html>"""


TEMPLATES3: list[Template] = [
    Template("cna_foreign", cna_foreign, "utf-8", (2016, 2024), "person", "tw"),
    Template("ltn_desk", ltn_desk, "utf-8", (2016, 2024), "none", "tw"),
    Template("udn_three", udn_three, "utf-8", (2017, 2024), "three", "tw"),
    Template("chinatimes_print", chinatimes_print, "utf-8", (2016, 2024), "two", "tw"),
    Template("setn_two", setn_two, "utf-8", (2016, 2024), "two", "tw"),
    Template("pts_three", pts_three, "utf-8", (2018, 2024), "three", "tw"),
    Template("cts_closing", cts_closing, "utf-8", (2017, 2024), "person", "tw"),
    Template("singtao_desk", singtao_desk, "utf-8", (2014, 2024), "none", "hk"),
    Template("hk01_editor", hk01_editor, "utf-8", (2017, 2024), "person", "hk"),
    Template("macaodaily_photo", macaodaily_photo, "utf-8", (2012, 2024), "none", "mo"),
    Template("tainan_gov", tainan_gov, "utf-8", (2014, 2024), "none", "tw"),
    Template("moi_gov", moi_gov, "utf-8", (2014, 2024), "none", "tw"),
    Template("dpp", dpp, "utf-8", (2014, 2024), "none", "tw"),
    Template("hkfp_zh", hkfp_zh, "utf-8", (2019, 2024), "person", "hk"),
    Template("udn_blog", udn_blog, "utf-8", (2008, 2020), "person", "tw"),
    Template("hkgov_new", hkgov_new, "utf-8", (2013, 2024), "none", "hk"),
    Template("cuhk", cuhk, "utf-8", (2014, 2024), "person", "hk"),
    Template("ntu", ntu, "utf-8", (2014, 2024), "person", "tw"),
    Template("bastille", bastille, "utf-8", (2016, 2024), "person", "hk"),
    Template("tvbs_plain", tvbs_plain, "utf-8", (2017, 2024), "person", "tw"),
    Template("ettoday_two", ettoday_two, "utf-8", (2016, 2024), "two", "tw"),
    Template("yahoo_tw", yahoo_tw, "utf-8", (2016, 2024), "person", "tw"),
    Template("line_today", line_today, "utf-8", (2018, 2024), "person", "tw"),
    Template("msn_tw", msn_tw, "utf-8", (2018, 2024), "person", "tw"),
]
PHOTO3 = ("macaodaily_photo", "ntu")
EDITED3 = ("cna_foreign", "hk01_editor", "tainan_gov")


def draw3(root: Path) -> list[dict[str, str]]:
    """The third batch's seeded sample: the same rule, without the first two batches' texts."""
    rows = [
        json.loads(line) for line in (root / "inews-bdci2019" / "train.jsonl").read_text("utf-8").splitlines()
    ]
    earlier_batches = {row["id"] for row in draw(root)} | {row["id"] for row in draw2(root)}
    used = used_ids(SETS_AT_DRAW2) | earlier_batches
    pool = [
        r
        for r in rows
        if r["id"] not in used and 400 <= len(r["content"]) <= 2500 and r["title"] and len(r["title"]) >= 6
    ]
    sample = random.Random(SEED3).sample(pool, COUNT3 + SPARES)
    taken = used_ids()
    picked, spares = sample[:COUNT3], [r for r in sample[COUNT3:] if r["id"] not in taken]
    return [spares.pop(0) if r["id"] in taken else r for r in picked]


def headline(raw: str) -> str:
    """The headline a site prints: the corpus title without a cut ``...`` or a scraped ``_site`` / `` - site`` suffix."""
    title = re.sub(r"^[.…]+", "", raw.strip())
    title = re.sub(r"[.…]+$", "", title)
    title = re.sub(r"_[^_\s]{1,8}$", "", title)
    for _ in range(2):
        title = re.sub(r"\s+-\s+[^-]{1,8}$", "", title)
    return re.sub(r"\s+", " ", title).strip()


# The probe sets there were when the texts were drawn: the pool leaves out their texts. A set added since
# (``era``, made at the same time on another branch) may hold a drawn text: that draw position takes the
# next spare text of the same seeded sample instead, so the other pages keep theirs.
SETS_AT_DRAW = ("software", "portals", "tradzh")
SPARES = 8


def used_ids(stems: tuple[str, ...] | None = None) -> set[str]:
    """Texts the dev set's made pages and the probe sets ``stems`` (all others when None) use."""
    used = set(re.findall(r'"(train-\d+)"', (REPO / "tools" / "make_fields_pages.py").read_text("utf-8")))
    for table in sorted(OUT.glob("*.jsonl")):
        if table.stem == NAME or (stems is not None and table.stem not in stems):
            continue
        for line in table.read_text("utf-8").splitlines():
            row = json.loads(line)
            used.add(row.get("source_text") or row.get("text") or "")
    return used


def draw(root: Path) -> list[dict[str, str]]:
    """The seeded sample of texts (the rule of the first set, without the texts any other set uses)."""
    rows = [
        json.loads(line) for line in (root / "inews-bdci2019" / "train.jsonl").read_text("utf-8").splitlines()
    ]
    used = used_ids(SETS_AT_DRAW)
    pool = [
        r
        for r in rows
        if r["id"] not in used and 400 <= len(r["content"]) <= 2500 and r["title"] and len(r["title"]) >= 6
    ]
    sample = random.Random(SEED).sample(
        pool, COUNT + SPARES
    )  # the first COUNT are those of sample(pool, COUNT)
    taken = used_ids()
    picked, spares = sample[:COUNT], [r for r in sample[COUNT:] if r["id"] not in taken]
    return [spares.pop(0) if r["id"] in taken else r for r in picked]


def make(root: Path) -> list[dict[str, object]]:
    """Write every page of both batches and return the truth rows."""
    out_dir = OUT / NAME
    out_dir.mkdir(parents=True, exist_ok=True)
    first = [_page(idx, row, out_dir, 1) for idx, row in enumerate(draw(root))]
    second = [_page(COUNT + idx, row, out_dir, 2) for idx, row in enumerate(draw2(root))]
    third = [_page(COUNT + COUNT2 + idx, row, out_dir, 3) for idx, row in enumerate(draw3(root))]
    return first + second + third


def _page(idx: int, row: dict[str, str], out_dir: Path, batch: int) -> dict[str, object]:
    """Render one page and return its truth row."""
    at = idx - (0, 0, COUNT, COUNT + COUNT2)[batch]  # the text's place in its batch's draw
    templates, credit_table, seed = {
        1: (TEMPLATES, TEXT_CREDITS, SEED),
        2: (TEMPLATES2, TEXT_CREDITS2, SEED2),
        3: (TEMPLATES3, TEXT_CREDITS3, SEED3),
    }[batch]
    tpl = templates[at % len(templates)]
    conv = TW if tpl.region == "tw" else HK
    rng = random.Random(f"{seed}:{idx}")
    credits = {k: [conv.convert(n) for n in v] for k, v in credit_table.get(at, {}).items()}
    text_authors = credits.get("authors", [])
    y = rng.randint(*tpl.years)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)
    names = TW_NAMES if tpl.region == "tw" else HK_NAMES
    editors = TW_EDITORS if tpl.region == "tw" else HK_EDITORS
    writer = rng.choice(names)
    if tpl.writer in ("person", "two", "three") and text_authors:
        writer = text_authors[0]  # the site's slot shows the writer the text credits, as real sites do
    editor, editor2 = rng.sample(editors, 2)
    title = conv.convert(headline(row["title"]))
    paras = [conv.convert(p) for p in paragraphs(row["content"])]
    ctx = Ctx(idx, title, paras, y, m, d, hh, mm, ss, writer, editor, editor2, tpl.name, text_authors, rng)
    others = [w for w in names if w != writer]
    authors: list[str] = []
    translators: list[str] = []
    page_editors = [editor] if tpl.name in EDITED + EDITED2 + EDITED3 else []
    if tpl.writer in ("person", "two", "three"):
        authors.append(writer)
    elif tpl.writer == "translator":
        translators.append(writer)
    elif tpl.writer == "editor":
        page_editors.append(writer)
    photographers: list[str] = []
    if tpl.name in PHOTO + PHOTO2 + PHOTO3:
        ctx.extra["photo"] = rng.choice(others)
        photographers.append(ctx.extra["photo"])
    if tpl.writer == "two":
        second = (
            text_authors[1]
            if len(text_authors) > 1
            else rng.choice([w for w in others if w not in photographers])
        )
        ctx.extra["second"] = second
        authors.append(second)
    if tpl.writer == "three":
        second, third = (
            text_authors[1:3]
            if len(text_authors) > 2
            else rng.sample([w for w in others if w not in photographers], 2)
        )
        ctx.extra["second"], ctx.extra["third"] = second, third
        authors.extend([second, third])
    if tpl.name == "cna_foreign":
        ctx.extra["city"] = rng.choice(FOREIGN)
    if tpl.name in ("ptt_news", "bahamut"):
        ctx.extra["login"] = rng.choice(TW_LOGINS)
        ctx.extra["nick"] = rng.choice(["路過的鄉民", "肥宅一枚", "今天也要加油", "八卦王"])
    page = tpl.render(ctx)
    name = f"{idx:02d}_{tpl.name}_{row['id']}.html"
    (out_dir / name).write_bytes(page.encode(tpl.encoding, errors="xmlcharrefreplace"))
    path = f"tests/data/cms_probe/{NAME}/{name}"
    split = "tune" if int(hashlib.sha1(path.encode()).hexdigest()[0], 16) < 8 else "report"
    row_out: dict[str, object] = {
        "path": path,
        # A thread's title keeps its tag; the bahamut row was first typed without 【情報】 (corrected
        # after the second batch's tune half was scored, the convention being written with the set).
        "title": {"ptt_news": f"[新聞] {title}", "bahamut": f"【情報】{title}"}.get(tpl.name, title),
        "date": ctx.iso,
        "authors": list(dict.fromkeys(authors + text_authors)),
        "editors": list(dict.fromkeys(page_editors + credits.get("editors", []))),
        "correspondents": credits.get("corr", []),
        "kind": tpl.name,
        "encoding": tpl.encoding,
        "source_text": row["id"],
        "split": split,
    }
    if batch > 1:
        row_out["batch"] = batch
    if translators:
        row_out["translators"] = translators
    if photographers or credits.get("photo"):
        row_out["photographers"] = photographers + credits.get("photo", [])
    return row_out


def main(argv: list[str] | None = None) -> int:
    """Write the pages and the truth file."""
    return probe_main(argv, __doc__, make, NAME)


if __name__ == "__main__":
    sys.exit(main())
