# ruff: noqa: E501  (HTML page templates are kept one line a tag, as pages print them)
"""Write the writers half of the CMS probe: pages where real sites put junk beside the byline, truth by construction.

Usage: ``python tools/make_cms_probe_writers.py [--data DIR]``; rewrites
``tests/data/cms_probe/writers/*.html`` and ``tests/data/cms_probe/writers.jsonl``.

Why: graders found author names right on a third of real pages, the field
polluted by words that sit next to a byline on real sites: a ``<meta
name="author">`` holding the site's name, a URL or a login; ``来源：X网 作者：X网``
info lines and empty ``作者：`` fields followed by 点击/字号/分享 labels; author
cards with social links (微博, Twitter, +关注) and ``/author/`` archive links;
forum threads (Discuz!, 天涯, 贴吧, phpwind) with nicknames, logins and
``Powered by Discuz!`` credits; blogs (``X的博客``, 博主); WeChat-style
``原创 X 公众号名``; government notices (发布机构, 技术支持 footers, no person);
Taiwan and Hong Kong pages (記者, 編輯, ``（中央社記者X台北5日電）``); reprints
(``来源：新华社 记者 X``); photo credits; correspondent lists with 、 and 和
(``（记者X 通讯员ABC、DE）``); ``（作者单位：…）``, ``出自``, ``个人观点`` and bare
closing names ``（X）``. The **templates are ours**, written from memory of how
such pages print, before any extractor ran on them and without reading the
extractor's author rules. The **texts are real**: inews BDCI-2019 train texts
of 400-2,500 characters that no other probe or dev-set page uses and that
print no credit of their own (the people set's mechanical filter), ordered by
``sha1("writers-probe:" + id)`` (never picked by hand); page ``i`` takes text
``i`` and template ``i % len(TEMPLATES)``.

Truth is by construction: every name is drawn by the page's seeded generator
(two-, three- and four-character names, compound surnames, Uyghur names with
``·``, Tibetan and Mongolian names without a Han surname, forum nicknames and
logins) and recorded in its role as the template prints it. Conventions (the
other probe sets'): ``authors`` are writers (记者 of any grade, 作者, 文/, 撰文,
a forum thread's or blog's poster when a nickname, a WeChat article's named
writer, a closing ``（X）``/``（记者 X）``); never 通讯员/实习生
(``correspondents``), 编辑/责编/审核 (``editors``), 摄影/图/摄 (``photographers``),
outlets, 发布机构, units, accounts (公众号, 百家号), logins (``admin``,
``xiaoyu_1988``), 佚名/本站/网络/小编, software or 技术支持 credits, commenters,
repliers, related-list writers.

Split: **by template**: ``sha1("writers-probe:" + template name)``'s first hex
digit < 8 is tune, else report, written into each row's ``split`` (so the
report half holds templates never seen while tuning).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

import opencc  # noqa: E402
from make_cms_probe_people import Ctx, _keep, esc  # noqa: E402
from make_cms_probe_portals import draw_unused, paragraphs, probe_main  # noqa: E402

OUT = REPO / "tests" / "data" / "cms_probe"
SALT = "writers-probe"
COUNT = 132
TW = opencc.OpenCC("s2twp")
HK = opencc.OpenCC("s2hk")

UYGHUR_GIVEN = (
    "艾力 买买提江 阿不都热依木 迪丽努尔 古丽米拉 热依拉 阿依古丽 努尔艾合买提 吐尔洪 帕提古丽".split()
)
UYGHUR_FATHER = "库尔班 阿不都 艾买提 吐尔逊 依明 买买提 热合曼 司马义 阿木提 亚森".split()
TIBETAN = "次仁卓玛 格桑德吉 尼玛次仁 扎西多吉 拉巴次仁 旦增 平措 央金 德吉 达瓦".split()
MONGOLIAN = "巴特尔 乌兰其其格 额尔敦 苏日娜 敖特根 宝音 其木格 那仁".split()
NICKS = "江城老王 蓝色天空 风中的承诺 一只小小鸟 老街故事 半夏微凉 山城棒棒 东湖边的柳 阿甘正传 西门吹雪 夜雨听风 青青河边草 大漠孤烟 小城故事多 北方的狼 水煮鱼 桃花岛主 闲云野鹤".split()
LOGINS = "xiaoyu_1988 tianya2012 lz_abc admin qq_41234567 user8812 haha123 sky_walker".split()
SITES = "中国新闻网 人民网 新华网 光明网 中国经济网 央广网 东方网 北青网 大众网 华龙网 红网 荆楚网".split()
PAPERS = "江城日报 滨海晚报 北方晨报 南国都市报 西部商报 临江日报 东州晚报 海州日报".split()
ACCOUNTS = "平安临江 滨海发布 江城生活圈 临江教育 东州文旅 海州头条 吃在滨海".split()
AGENCIES = "县人民政府办公室 市发展和改革委员会 县农业农村局 市生态环境局 区教育局 市住房和城乡建设局 县卫生健康局 市自然资源和规划局".split()
UNITS = "县人民医院 市第一中学 区疾控中心 市林业局 县供电公司 市实验小学".split()
COMPANIES = "海州网络科技有限公司 江城信息技术有限公司 东州数字传媒有限公司 滨海软件开发有限公司".split()
RELATED = [
    "全市安全生产工作会议召开",
    "多部门联合开展专项整治行动",
    "一批重点项目集中签约",
    "市民关心的这些事有了新进展",
    "这些新规下月起施行",
    "夏季防溺水安全提示请收好",
]


class W(Ctx):
    """The people set's page context, with the name kinds this set adds."""

    def minority(self) -> str:
        """A made-up Uyghur-style name with a middle dot."""
        while True:
            out = f"{self.rng.choice(UYGHUR_GIVEN)}·{self.rng.choice(UYGHUR_FATHER)}"
            if out not in self.taken:
                self.taken.add(out)
                return out

    def nohan(self) -> str:
        """A Tibetan or Mongolian name (no Han surname)."""
        out = self.rng.choice([n for n in TIBETAN + MONGOLIAN if n not in self.taken])
        self.taken.add(out)
        return out

    def nick(self) -> str:
        out = self.rng.choice([n for n in NICKS if n not in self.taken])
        self.taken.add(out)
        return out

    def login(self) -> str:
        out = self.rng.choice([n for n in LOGINS if n not in self.taken])
        self.taken.add(out)
        return out

    @property
    def v(self) -> int:
        """Which page of its template this is (0, 1, 2)."""
        return self.idx // len(TEMPLATES)


def related(c: W, with_authors: bool = False) -> str:
    out = []
    for i in range(4):
        dd = max(1, c.d - i - 1)
        who = f"<span>作者：{esc(c.name())}</span>" if with_authors else ""
        out.append(
            f'<li><a href="/n/{c.y}{c.m:02d}{dd:02d}/{4000 + 31 * i + c.idx}.html" target="_blank">{RELATED[(i + c.idx) % len(RELATED)]}</a>{who}<span class="date">{c.y}-{c.m:02d}-{dd:02d}</span></li>'
        )
    return '<div class="related"><h3>相关新闻</h3><ul>' + "".join(out) + "</ul></div>"


def share() -> str:
    return '<div class="share bdsharebuttonbox">分享到：<a class="bds_weixin" data-cmd="weixin" title="分享到微信">微信</a><a class="bds_tsina" data-cmd="tsina" title="分享到新浪微博">微博</a><a class="bds_qzone" data-cmd="qzone" title="分享到QQ空间">QQ空间</a><a href="#" class="bds_more" data-cmd="more">更多</a></div>'


def html_page(c: W, title: str, head: str, body: str, charset: str = "utf-8", footer: str = "") -> str:
    return f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>{esc(title)}</title>\n{head}\n</head>\n<body>\n<div class="topnav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/shehui/">社会</a> <a href="/tiyu/">体育</a> <a href="/login.html">登录</a> <a href="/reg.html">注册</a></div>\n{body}\n<div class="footer">{footer or "Copyright © 2003-" + str(c.y) + " 版权所有 ICP备" + str(10000 + c.idx) + "号"}</div>\n</body>\n</html>\n'


Page = tuple[str, str, str]


# --- meta and info-line junk ------------------------------------------------------------------------------


def meta_site_name(c: W) -> Page:
    site = c.pick(SITES)
    w, ed = c.a(), c.e()
    head = f'<meta name="keywords" content="{c.h}"><meta name="description" content="{esc(c.paras[0][:60])}"><meta name="author" content="{site}"><meta name="copyright" content="{site}版权所有">'
    body = f"""<div class="main"><h1>{c.h}</h1>
<div class="source">{c.iso} {c.t}　来源：{site}　作者：记者 {w}</div>
<div class="content">{c.ps("　　")}</div>
<div class="editor">【责任编辑：{ed}】</div>{share()}</div>{related(c)}"""
    return (
        html_page(c, f"{c.title}-{site}", head, body),
        "utf-8",
        f"https://www.example-{c.idx}.com.cn/gn/{c.y}/{c.m:02d}-{c.d:02d}/{9100000 + c.idx}.shtml",
    )


def meta_url(c: W) -> Page:
    paper = c.pick(PAPERS)
    w1, w2 = c.a(), c.a("2")
    head = f'<meta name="author" content="http://www.example-paper{c.idx}.com.cn/"><meta name="publisher" content="www.example-paper{c.idx}.com.cn">'
    body = f"""<div class="art"><h1 class="art-title">{c.h}</h1>
<div class="art-info"><span>{paper}</span><span>{c.iso} {c.t}</span><span>浏览量：{c.idx * 13 + 200}</span></div>
<div class="art-text"><p>　　{paper}记者 {w1} {w2}</p>{c.ps("　　")}</div></div>"""
    return (
        html_page(c, f"{c.title}_{paper}", head, body),
        "utf-8",
        f"http://www.example-paper{c.idx}.com.cn/news/{c.y}{c.m:02d}/{c.d:02d}/{c.idx + 300}.html",
    )


def meta_login(c: W) -> Page:
    """A CMS that fills the author meta with the uploader's login; the writer is a closing （记者 X）."""
    w = c.a()
    login = c.pick(["admin", "editor01", "xwzx", "webmaster"])
    head = f'<meta name="author" content="{login}"><meta name="generator" content="DedeCMS V5.7">'
    last = c.paras[-1] + f"（记者 {w}）"
    text = "".join(f"<p>　　{esc(p)}</p>" for p in [*c.paras[:-1], last])
    body = f"""<div class="viewbox"><div class="title"><h2>{c.h}</h2></div>
<div class="info"><small>时间:</small>{c.iso} {c.t}<small>来源:</small>本站<small>作者:</small>{login}<small>点击:</small><script src="/plus/count.php?aid={c.idx}"></script>次</div>
<div class="content">{text}</div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href="/a/{c.idx - 1}.html">{RELATED[c.idx % 6]}</a></li><li>下一篇：没有了</li></ul></div></div></div>"""
    return (
        html_page(c, f"{c.title}_新闻中心", head, body, "gbk", "Powered by DedeCMS"),
        "gbk",
        f"http://www.example-dede.cn/a/xinwen/{c.y}/{c.m:02d}{c.d:02d}/{c.idx + 1200}.html",
    )


def source_equals_author(c: W) -> Page:
    site = c.pick(SITES)
    who = [site, "网络", "互联网", "本站", "管理员", "不详", "未知", "本站编辑"][c.idx % 8]
    ed = c.e()
    body = f"""<div class="article"><h1>{c.h}</h1>
<div class="info">发布时间：{c.iso}　来源：{site}　作者：{who}　阅读：<span id="hits">{c.idx + 56}</span></div>
<div class="text">{c.ps("　　")}</div>
<div class="edit">编辑：{ed}</div></div>{related(c)}"""
    return (
        html_page(c, f"{c.title} - 资讯中心", "", body),
        "utf-8",
        f"http://www.example-info.cn/html/{c.y}/{c.m:02d}/{c.idx + 7000}.html",
    )


def empty_author_field(c: W) -> Page:
    body = f"""<table width="960" align="center"><tr><td class="biaoti">{c.h}</td></tr>
<tr><td class="xinxi" align="center">发布时间：{c.iso}&nbsp;&nbsp;来源：&nbsp;&nbsp;作者：&nbsp;&nbsp;浏览次数：<script>document.write(123)</script>&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="zhengwen">{c.ps("　　")}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>"""
    foot = f"主办单位：某某镇人民政府　技术支持：{c.pick(COMPANIES)}　备案号：ICP备{c.idx + 88}号"
    return (
        html_page(c, f"{c.title}-某某镇人民政府", "", body, "gb2312", foot),
        "gb2312",
        f"http://www.example-town.gov.cn/news/show.asp?id={c.idx + 412}",
    )


def unit_and_origin(c: W) -> Page:
    w = c.a()
    unit = c.pick(UNITS)
    body = f"""<div class="detail"><h1>{c.h}</h1>
<div class="attr">作者：{w}　　单位：{unit}　　出自：{c.pick(PAPERS)}　　日期：{c.iso}　　阅读：{c.idx * 3 + 40}</div>
<div class="detail-text">{c.ps("　　")}</div>
<div class="statement">声明：本文仅代表作者个人观点，不代表本站立场。如有侵权请联系删除。</div></div>"""
    return (
        html_page(c, f"{c.title}-健康资讯", "", body),
        "utf-8",
        f"http://www.example-health.cn/show/{c.idx + 9000}.html",
    )


def author_unit_close(c: W) -> Page:
    """A theory page: writers on top, their unit in a closing bracket."""
    w1, w2 = c.a(), c.a("compound")
    school = c.pick(["某某大学马克思主义学院", "中共某某市委党校", "某某省社会科学院"])
    last = c.paras[-1] + f"（作者单位：{school}）"
    text = "".join(f"<p>{esc(p)}</p>" for p in [*c.paras[:-1], last])
    body = f"""<div class="text_c"><h1>{c.h}</h1><h4>{w1}　{w2}</h4>
<p class="sou">{c.cn_short}{c.hh:02d}:{c.mm:02d}　来源：{c.pick(PAPERS)}</p>
<div class="show_text">{text}</div><div class="edit">(责编：{c.e()}、{c.e()})</div></div>"""
    return (
        html_page(c, f"{c.title}--理论频道", "", body),
        "utf-8",
        f"http://theory.example.com.cn/n1/{c.y}/{c.m:02d}{c.d:02d}/c40531-{30000000 + c.idx}.html",
    )


def author_with_bio(c: W) -> Page:
    w = c.a()
    body = f"""<div class="article"><h1>{c.h}</h1><div class="meta">{c.iso}　来源：{c.pick(PAPERS)}</div>
<div class="article-content">{c.ps()}<p>（作者：{w}，系某某大学经济学院教授、博士生导师）</p></div>
<div class="editor">责任编辑：{c.e()}</div></div>"""
    return (
        html_page(c, f"{c.title}_评论_{c.pick(SITES)}", "", body),
        "utf-8",
        f"https://opinion.example.cn/{c.y}{c.m:02d}/{c.d:02d}/ART{c.idx + 5555}.shtml",
    )


# --- author cards, archive links, social links --------------------------------------------------------------


def social_card(c: W) -> Page:
    w = c.a()
    uid = 5123456000 + c.idx
    body = f"""<div class="article-header"><h1>{c.h}</h1>
<div class="author-box"><a href="https://weibo.com/u/{uid}" class="author-name" rel="nofollow noopener" target="_blank">{w}</a><span class="follow-btn">+关注</span>
<span class="social"><a href="https://weibo.com/u/{uid}" title="新浪微博" class="weibo">微博</a> <a href="https://twitter.com/example{c.idx}" class="twitter">Twitter</a> <a href="mailto:news{c.idx}@example.com" class="mail">邮箱</a></span>
<span class="pubtime">{c.iso} {c.t}</span></div></div>
<div class="article-body">{c.ps()}</div>
<div class="article-footer">{share()}<a class="report">举报</a></div>"""
    return (
        html_page(c, f"{c.title} | 深度", "", body),
        "utf-8",
        f"https://www.example-depth.com/article/{c.idx + 880000}.html",
    )


def author_archive(c: W) -> Page:
    w = c.a()
    body = f"""<article class="post"><h1 class="entry-title">{c.h}</h1>
<div class="entry-meta"><span class="byline">作者：<a href="/author/{1000 + c.idx}.html" title="查看{w}的所有文章" rel="author" target="_blank">{w}</a></span> <a href="/author/{1000 + c.idx}.html" class="more">更多文章&gt;&gt;</a> <time datetime="{c.iso}T{c.t}:00+08:00">{c.iso}</time></div>
<div class="entry-content">{c.ps()}</div>
<div class="author-bio"><h4>关于作者</h4><p>{w}，资深媒体人，长期关注民生议题。</p><a href="/author/{1000 + c.idx}.html">作者主页</a></div></article>"""
    return (
        html_page(c, f"{c.title} - 观点", "", body),
        "utf-8",
        f"https://www.example-view.cn/p/{c.idx + 33000}.html",
    )


def wordpress_vcard(c: W) -> Page:
    w = c.a()
    slug = f"user{c.idx}"
    head = f'<meta name="author" content="{w}"><link rel="author" href="https://blog.example{c.idx}.cn/author/{slug}/">'
    body = f"""<main><article><header class="entry-header"><h1 class="entry-title">{c.h}</h1>
<div class="entry-meta"><span class="posted-on"><a href="#" rel="bookmark"><time class="entry-date published" datetime="{c.iso}T{c.t}:00+08:00">{c.cn}</time></a></span> <span class="byline"><span class="author vcard"><a class="url fn n" href="https://blog.example{c.idx}.cn/author/{slug}/">{w}</a></span></span></div></header>
<div class="entry-content">{c.ps()}</div>
<footer class="entry-footer"><span class="cat-links">发布在 <a href="#" rel="category tag">随笔</a></span></footer></article>
<div id="comments"><h2>2 条评论</h2><ol><li><b class="fn">{c.nick()}</b> 说：写得真好</li><li><b class="fn">{c.login()}</b> 说：学习了</li></ol></div></main>"""
    foot = "Proudly powered by WordPress | Theme: Twenty Twenty by WordPress.org"
    return (
        html_page(c, f"{c.title} – {w}的博客", head, body, footer=foot),
        "utf-8",
        f"https://blog.example{c.idx}.cn/{c.y}/{c.m:02d}/{c.d:02d}/{c.idx + 12}/",
    )


def json_ld_org(c: W) -> Page:
    site = c.pick(SITES)
    w = c.a()
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": c.title,
            "datePublished": f"{c.iso}T{c.t}:00+08:00",
            "author": {"@type": "Organization", "name": site, "url": f"https://www.example{c.idx}.cn/"},
            "publisher": {"@type": "Organization", "name": site},
        },
        ensure_ascii=False,
    )
    body = f"""<div class="wrap"><h1>{c.h}</h1><div class="byline">文/{w}　{c.iso}</div>
<div class="txt">{c.ps()}</div></div>"""
    return (
        html_page(c, f"{c.title}_{site}", f'<script type="application/ld+json">{ld}</script>', body),
        "utf-8",
        f"https://www.example{c.idx}.cn/news/{c.y}{c.m:02d}{c.d:02d}/{c.idx}.html",
    )


def at_handle(c: W) -> Page:
    w = c.a()
    body = f"""<div class="post"><h1>{c.h}</h1>
<p class="byline">作者：<a href="https://weibo.com/n/{esc(w)}">@{w}</a>　{c.iso}</p>
<div class="post-body">{c.ps()}</div>
<p class="wx">欢迎关注作者微信公众号：{c.pick(ACCOUNTS)}（微信号：example{c.idx}）</p></div>"""
    return (
        html_page(c, f"{c.title} - 专栏", "", body),
        "utf-8",
        f"https://zhuanlan.example.cn/p/{c.idx + 700}.html",
    )


# --- reprints and wire stories -------------------------------------------------------------------------------


def reprint_wire(c: W) -> Page:
    w1, w2 = c.a(), c.a()
    ed = c.e()
    first = f"新华社北京{c.m}月{c.d}日电（记者{w1}、{w2}）" + c.paras[0]
    text = "".join(f"<p>　　{esc(p)}</p>" for p in [first, *c.paras[1:]])
    body = f"""<div class="content"><h1>{c.h}</h1><div class="info"><span>来源：新华社</span><span>{c.iso} {c.t}</span></div>
<div id="text">{text}</div><div class="bianji">【纠错】 【责任编辑：{ed}】</div></div>{related(c)}"""
    return (
        html_page(c, f"{c.title}-{c.pick(SITES)}", "", body),
        "utf-8",
        f"http://www.example-portal.cn/news/{c.y}-{c.m:02d}/{c.d:02d}/c_{c.idx + 1120000}.htm",
    )


def reprint_source_reporter(c: W) -> Page:
    w = c.a()
    agency = ["新华社", "中国新闻网", "人民日报"][c.idx % 3]
    body = f"""<div class="article"><h1>{c.h}</h1>
<div class="article-info">{c.iso} {c.t}　来源：{agency} 记者 {w}</div>
<div class="article-content">{c.ps()}</div>
<div class="article-editor">编辑：{c.e()}</div></div>"""
    return (
        html_page(c, f"{c.title}_{c.pick(SITES)}", "", body),
        "utf-8",
        f"https://news.example-city.cn/{c.y}{c.m:02d}/{c.d:02d}/{c.idx + 22000}.html",
    )


def reprint_chain(c: W) -> Page:
    """A repost: 本文转自 a paper, its reporter credited in the original line."""
    paper = c.pick(PAPERS)
    w = c.a()
    body = f"""<div class="news"><h2>{c.h}</h2><div class="from">{c.iso}　转载自：{paper}</div>
<div class="body">{c.ps("　　")}<p>本文转自{paper}，原作者：{w}，如有侵权请联系删除。</p></div></div>"""
    return (
        html_page(c, f"{c.title}-转载", "", body),
        "utf-8",
        f"http://www.example-repost.com/zz/{c.idx + 320}.html",
    )


# --- closing credits and datelines --------------------------------------------------------------------------


def bare_closing(c: W) -> Page:
    w = c.a("2" if c.idx % 2 else "")
    last = c.paras[-1] + f"（{w}）"
    text = "".join(f"<p>　　{esc(p)}</p>" for p in [*c.paras[:-1], last])
    body = f"""<div class="t1"><h1>{c.h}</h1></div><div class="t2">{c.iso} {c.t}　来源：{c.pick(SITES)}</div>
<div class="t3">{text}<p>（编辑 {c.e()}）</p></div>"""
    return (
        html_page(c, f"{c.title}--地方频道", "", body),
        "utf-8",
        f"http://local.example.com.cn/n2/{c.y}/{c.m:02d}{c.d:02d}/c{c.idx + 222}.html",
    )


def closing_reporter_and(c: W) -> Page:
    w = c.a()
    c1, c2 = c.c(), c.c()
    last = c.paras[-1] + f"（记者 {w} 通讯员 {c1} 和 {c2}）"
    text = "".join(f"<p>{esc(p)}</p>" for p in [*c.paras[:-1], last])
    body = f"""<div class="newsbox"><h1>{c.h}</h1><div class="date">{c.cn}</div><div class="newstext">{text}</div></div>"""
    return (
        html_page(c, f"{c.title}_{c.pick(PAPERS)}", "", body),
        "utf-8",
        f"http://www.example-evening.cn/{c.y}/{c.m:02d}/{c.d:02d}/{c.idx + 9000}.html",
    )


def dateline_corr_list(c: W) -> Page:
    """The e-paper dateline the graders saw cut: （记者X 通讯员ABC、DE）."""
    paper = c.pick(PAPERS)
    w = c.a("compound" if c.v == 1 else "")
    c1, c2 = c.role("correspondents", c.name("compound"))[0], c.role("correspondents", c.name("2"))[0]
    first = f"本报讯（记者{w} 通讯员{c1}、{c2}）" + c.paras[0]
    text = "".join(f"<P>　　{esc(p)}</P>" for p in [first, *c.paras[1:]])
    body = f"""<table width="100%"><tr><td class="bt">{c.h}</td></tr><tr><td class="rq">{paper}　{c.cn}　第A{c.idx % 9 + 1}版</td></tr>
<tr><td id="ozoom">{text}</td></tr></table>"""
    return (
        html_page(c, paper, "", body, "gbk"),
        "gbk",
        f"http://epaper.example-daily.cn/html/{c.iso[:7]}/{c.d:02d}/content_{c.idx + 41000}.htm",
    )


def dateline_many(c: W) -> Page:
    w1, w2, w3 = c.a(), c.a("2"), c.a("4")
    co = c.c()
    first = f"{c.pick(PAPERS)}讯 记者{w1}、{w2}和{w3} 通讯员{co} 报道：" + c.paras[0]
    text = "".join(f"<p>{esc(p)}</p>" for p in [first, *c.paras[1:]])
    body = f"""<div class="detail"><h1>{c.h}</h1><p class="time">{c.iso} {c.t}</p><div class="detail-con">{text}</div></div>"""
    return (
        html_page(c, c.title, "", body),
        "utf-8",
        f"https://www.example-news.cn/content/{c.y}-{c.m:02d}/{c.d:02d}/content_{c.idx + 3000}.htm",
    )


def minority_names(c: W) -> Page:
    w = c.role("authors", c.minority())[0]
    co = c.role("correspondents", c.minority())[0]
    w2 = c.a()
    body = f"""<div class="art"><h1>{c.h}</h1><div class="info">{c.iso}　来源：天山网</div>
<div class="txt"><p>　　天山网讯（记者 {w} {w2} 通讯员 {co}）{esc(c.paras[0])}</p>{"".join(f"<p>　　{esc(p)}</p>" for p in c.paras[1:])}</div>
<div class="zb">责任编辑：{c.e()}</div></div>"""
    return (
        html_page(c, f"{c.title}-天山网", "", body),
        "utf-8",
        f"http://news.example-ts.cn/{c.y}{c.m:02d}{c.d:02d}/{c.idx + 8000}.shtml",
    )


def nohan_names(c: W) -> Page:
    w1, w2 = c.role("authors", c.nohan())[0], c.role("authors", c.nohan())[0]
    ph = c.role("photographers", c.nohan())[0]
    body = f"""<div class="article"><h1>{c.h}</h1><p class="author">本报记者　{w1}　{w2}　摄影　{ph}</p><p class="date">{c.cn}</p>
<div class="content">{c.ps("　　")}</div></div>"""
    return (
        html_page(c, f"{c.title}_高原日报", "", body),
        "utf-8",
        f"http://epaper.example-plateau.cn/{c.y}{c.m:02d}{c.d:02d}/{c.idx}.html",
    )


def two_char_spaced(c: W) -> Page:
    w1, w2 = c.a("2"), c.a("2")
    ed = c.e()
    body = f"""<div class="con"><h1>{c.h}</h1><div class="bar">{c.iso} {c.t} | 记者 {w1} {w2} | 编辑 {ed}</div>
<div class="con-txt">{c.ps()}</div></div>"""
    return html_page(c, c.title, "", body), "utf-8", f"https://m.example-mb.cn/detail/{c.idx + 444000}.html"


def photo_caption(c: W) -> Page:
    w, ph = c.a(), c.p()
    cap = f'<p class="pic"><img src="/img/{c.idx}.jpg"></p><p class="pic-info">图为活动现场。记者 {ph} 摄</p>'
    body = f"""<div class="news"><h1>{c.h}</h1><div class="info">{c.iso}　{c.pick(PAPERS)}　记者 {w}</div>
<div class="news-con">{cap}{c.ps("　　")}</div></div>"""
    return (
        html_page(c, f"{c.title}_{c.pick(PAPERS)}", "", body),
        "utf-8",
        f"http://www.example-ph.cn/news/{c.y}{c.m:02d}/t{c.y}{c.m:02d}{c.d:02d}_{c.idx}.html",
    )


def photo_story(c: W) -> Page:
    p1, p2 = c.p(), c.p()
    body = f"""<div class="pics"><h1>{c.h}</h1><div class="info">{c.iso}　摄影：{p1}　{p2}</div>
<div class="pic-text"><p><img src="/p/{c.idx}.jpg"></p>{c.ps()}</div><div class="ed">编辑：{c.e()}</div></div>"""
    return (
        html_page(c, f"{c.title}_图片频道", "", body),
        "utf-8",
        f"http://pic.example.cn/{c.y}/{c.m:02d}{c.d:02d}/{c.idx + 50}.shtml",
    )


def text_and_pic(c: W) -> Page:
    w, ph = c.a(), c.p()
    c.role("photographers", w)
    body = f"""<div class="article"><h1>{c.h}</h1><div class="sub">{c.iso}</div>
<div class="article-con"><p>文/图 本报记者 {w}</p>{c.ps()}<p>（本版图片由{ph}摄）</p></div></div>"""
    return html_page(c, c.title, "", body), "utf-8", f"http://www.example-wtp.cn/a/{c.idx + 990}.html"


def corr_only(c: W) -> Page:
    c1, c2 = c.c(), c.c()
    body = f"""<div class="article"><h1>{c.h}</h1><div class="info">{c.iso}　来源：{c.pick(PAPERS)}</div>
<div class="text"><p>　　通讯员　{c1}　{c2}</p>{c.ps("　　")}</div></div>"""
    return html_page(c, c.title, "", body), "utf-8", f"http://www.example-co.cn/n/{c.idx + 7777}.html"


# --- forums, blogs, self-media ------------------------------------------------------------------------------


def discuz_thread(c: W) -> Page:
    poster = c.role("authors", c.nick())[0] if c.v != 1 else c.login()
    r1, r2 = c.nick(), c.login()
    first = c.ps()
    body = f"""<div id="pt" class="bm cl"><a href="./">论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">城事杂谈</a> <em>&rsaquo;</em> {c.h}</div>
<div id="postlist"><table><tr><td class="pls"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={c.idx + 1000}" target="_blank" class="xw1">{poster}</a></div></div>
<p>积分: 1024</p><p>UID: {c.idx + 1000}</p></td>
<td class="plc"><div class="pi"><strong>楼主</strong><div class="authi"><em id="authorposton{c.idx}">发表于 {c.y}-{c.m}-{c.d} {c.hh}:{c.mm:02d}</em> | <a href="#">只看该作者</a> | <a href="#">倒序浏览</a></div></div>
<h1 class="ts"><span id="thread_subject">{c.h}</span></h1>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_{c.idx}">{first}</td></tr></table></div></td></tr></table>
<table><tr><td class="pls"><a href="home.php?mod=space&amp;uid=2" class="xw1">{r1}</a></td><td class="plc"><em>发表于 {c.y}-{c.m}-{min(28, c.d + 1)} 09:12</em> <strong>沙发</strong><div class="t_f">支持一下，说得很有道理</div></td></tr></table>
<table><tr><td class="pls"><a href="home.php?mod=space&amp;uid=3" class="xw1">{r2}</a></td><td class="plc"><em>发表于 {c.y}-{c.m}-{min(28, c.d + 1)} 10:40</em> <strong>板凳</strong><div class="t_f">顶</div></td></tr></table></div>"""
    foot = 'Powered by <strong><a href="http://www.discuz.net">Discuz!</a></strong> <em>X3.4</em> &copy; 2001-2017 <a href="http://www.comsenz.com">Comsenz Inc.</a>'
    return (
        html_page(c, f"{c.title} - 城事杂谈 - 江城论坛 - Powered by Discuz!", "", body, "gbk", foot),
        "gbk",
        f"http://bbs.example-city.com/thread-{c.idx + 180000}-1-1.html",
    )


def tianya_thread(c: W) -> Page:
    poster = c.role("authors", c.nick())[0]
    r1 = c.nick()
    body = f"""<div id="post_head"><h1 class="atl-title"><span class="s_title"><span>{c.h}</span></span></h1>
<div class="atl-info"><span>楼主：<a href="http://www.tianya.cn/{c.idx + 90000}" target="_blank" class="js-vip-check" uname="{poster}">{poster}</a></span> <span>时间：{c.iso} {c.t}:05</span> <span>点击：{c.idx * 17 + 300}</span> <span>回复：12</span></div></div>
<div class="atl-main"><div class="atl-item" _host="{poster}"><div class="atl-content"><div class="bbs-content clearfix">{"<br>　　".join(esc(p) for p in c.paras)}</div></div></div>
<div class="atl-item" _host="{r1}"><div class="atl-head"><span>作者：<a class="js-vip-check" uname="{r1}">{r1}</a></span> <span>时间：{c.iso} 23:01:11</span></div><div class="bbs-content">楼主说得对，顶一个</div></div></div>"""
    return (
        html_page(c, f"{c.title}_天涯杂谈_论坛", "", body),
        "utf-8",
        f"http://bbs.example-ty.cn/post-free-{c.idx + 5000000}-1.shtml",
    )


def tieba_thread(c: W) -> Page:
    poster = c.role("authors", c.nick())[0]
    r1 = c.login()
    body = f"""<div class="core_title_wrap"><h3 class="core_title_txt" title="{c.h}">{c.h}</h3></div>
<div class="l_post j_l_post"><div class="d_author"><ul class="p_author"><li class="d_name"><a class="p_author_name j_user_card" href="/home/main?un={c.idx}" target="_blank">{poster}</a></li><li class="l_badge">吧主</li></ul></div>
<div class="d_post_content_main"><div class="d_post_content j_d_post_content">{"<br>".join(esc(p) for p in c.paras)}</div>
<div class="core_reply_tail"><span class="tail-info">1楼</span><span class="tail-info">{c.iso} {c.t}</span></div></div></div>
<div class="l_post j_l_post"><div class="d_author"><a class="p_author_name j_user_card">{r1}</a></div><div class="d_post_content">沙发</div><span class="tail-info">2楼</span><span class="tail-info">{c.iso} 22:10</span></div>"""
    return (
        html_page(c, f"{c.title}_江城吧_百度贴吧", "", body),
        "utf-8",
        f"https://tieba.example.com/p/{6000000000 + c.idx}",
    )


def phpwind_thread(c: W) -> Page:
    poster = c.role("authors", c.nick())[0]
    body = f"""<div class="read_t"><h1 id="subject_tpc">{c.h}</h1>
<table><tr><td class="floot_left"><div class="readName b"><a href="u.php?uid={c.idx}">{poster}</a></div><div>级别: 论坛版主</div><div>发帖: 2031</div></td>
<td class="floot_right"><div class="tipTop">楼主 <span>发表于: {c.iso} {c.t}</span> <a>只看楼主</a> <a>小 中 大</a></div>
<div class="tpc_content" id="read_tpc">{"<br>".join(esc(p) for p in c.paras)}</div></td></tr></table></div>"""
    foot = "Powered by phpwind v8.7 Code &copy;2003-2011 phpwind.com"
    return (
        html_page(c, f"{c.title}|江城社区 - Powered by phpwind", "", body, "gbk", foot),
        "gbk",
        f"http://bbs.example-pw.cn/read.php?tid={c.idx + 30000}",
    )


def sina_blog(c: W) -> Page:
    owner = c.role("authors", c.nick())[0]
    body = f"""<div id="blogname"><span id="blognamespan">{owner}的博客</span></div><div class="blognav"><a>首页</a> <a>博文目录</a> <a>图片</a> <a>关于我</a></div>
<div class="articalTitle"><h2 class="titName SG_txta">{c.h}</h2><span class="time SG_txtc">({c.iso} {c.t}:21)</span></div>
<div class="articalTag"><td class="blog_tag">标签：<h3>生活</h3> <h3>随笔</h3></td><td class="blog_class">分类：<a>杂谈</a></td></div>
<div class="articalContent" id="sina_keyword_ad_area2">{"<br>".join(esc(p) for p in c.paras)}</div>
<div class="SG_connHead"><span class="title">个人资料</span></div><div class="info_nm"><strong id="ownernick">{owner}</strong></div><div>博客等级：12 博客积分：1500 访问：{c.idx * 1000 + 3}</div>
<div class="allComm"><span class="SG_revert_Tit">评论</span><div><span class="SG_revert_Inner">{c.nick()}</span> 写得好</div></div>"""
    return (
        html_page(c, f"{c.title}_{owner}_新浪博客", "", body, "gbk"),
        "gbk",
        f"http://blog.example-sina.cn/s/blog_{c.idx:08x}0102e{c.idx:03d}.html",
    )


def blog_owner_label(c: W) -> Page:
    owner = c.role("authors", c.nick())[0]
    body = f"""<div class="blog-header"><h2>{owner}的个人空间</h2><p>博主：{owner}　　积分：2210</p></div>
<div class="blog-post"><h1>{c.h}</h1><p class="meta">发表于 {c.iso} {c.t} | 阅读({c.idx * 7}) | 评论(3) | 分类：<a>随笔</a></p>
<div class="post-content">{c.ps()}</div><p class="copy">版权声明：本文为博主原创文章，转载请附上原文出处链接。</p></div>"""
    return (
        html_page(c, f"{c.title} - {owner}的博客", "", body),
        "utf-8",
        f"http://home.example-space.cn/blog/{c.idx + 100}/{c.idx + 9000}.html",
    )


def _wechat(c: W, inner: str, account: str, writer: str) -> str:
    ts = int(datetime(c.y, c.m, c.d, c.hh, c.mm, tzinfo=ZoneInfo("Asia/Shanghai")).timestamp())
    who = f'<span class="rich_media_meta rich_media_meta_text">{esc(writer)}</span>' if writer else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}</title>
<meta property="og:title" content="{c.h}"><meta property="og:site_name" content="微信公众平台">
</head><body><div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">{c.h}</h1>
<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>{who}<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{esc(account)}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{c.y}-{c.m:02d}-{c.d:02d} {c.t}</em></div>
<div class="rich_media_content" id="js_content">{inner}</div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a> 阅读 {c.idx * 97} <span>在看</span> <span>赞</span> <span>分享</span> <span>留言</span></div></div>
<script>var ct = "{ts}"; var nickname = "{esc(account)}"; var user_name = "gh_{hashlib.sha1(account.encode()).hexdigest()[:12]}";</script>
</body></html>
"""


def wechat_original(c: W) -> Page:
    acct = c.pick(ACCOUNTS)
    writer = c.role("authors", c.pen() if c.v == 2 else c.name())[0]
    return (
        _wechat(c, c.ps(), acct, writer),
        "utf-8",
        f"https://mp.weixin.qq.com/s/{hashlib.sha1(f'w{c.idx}'.encode()).hexdigest()[:22]}",
    )


def wechat_account_only(c: W) -> Page:
    acct = c.pick(ACCOUNTS)
    ed = c.e()
    inner = (
        c.ps()
        + f"<p>来源：{acct}综合整理</p><p>编辑：{ed}</p><p>声明：文章仅代表作者个人观点，如有侵权请联系删除</p>"
    )
    return (
        _wechat(c, inner, acct, ""),
        "utf-8",
        f"https://mp.weixin.qq.com/s/{hashlib.sha1(f'a{c.idx}'.encode()).hexdigest()[:22]}",
    )


def wechat_pipes(c: W) -> Page:
    acct = c.pick(ACCOUNTS)
    w, ed, rv = c.a(), c.e(), c.e()
    inner = (
        c.ps()
        + f"<p>来源 | {c.pick(PAPERS)}</p><p>作者 | {w}</p><p>责编 | {ed}</p><p>审核 | {rv}</p><p>▼点击下方名片关注我们▼</p>"
    )
    return (
        _wechat(c, inner, acct, ""),
        "utf-8",
        f"https://mp.weixin.qq.com/s/{hashlib.sha1(f'p{c.idx}'.encode()).hexdigest()[:22]}",
    )


def baijiahao_account(c: W) -> Page:
    acct = c.pick(ACCOUNTS)
    body = f"""<div class="article-title"><h2>{c.h}</h2></div>
<div class="article-source"><div class="author-icon"><img src="/avatar.png"></div><div class="author-txt"><p class="author-name">{acct}</p><div class="article-source-bjh"><span class="date">发布时间:{c.y % 100:02d}-{c.m:02d}-{c.d:02d}</span><span class="time">{c.t}</span><span class="account-authentication">{c.pick(["江城", "滨海"])}市公安局官方账号</span></div></div><a class="follow">关注</a></div>
<div class="article-content">{c.ps()}</div>
<div class="declare">本文为百家号作者原创，未经授权不得转载</div>"""
    return (
        html_page(c, c.title, f'<meta name="author" content="{acct}">', body),
        "utf-8",
        f"https://baijiahao.example.com/s?id={1680000000000000000 + c.idx}",
    )


# --- government pages ------------------------------------------------------------------------------------


def gov_notice(c: W) -> Page:
    agency = c.pick(AGENCIES)
    body = f"""<div class="xxgk_table"><table><tr><th>索引号：</th><td>00{c.idx + 1000}/{c.y}-{c.idx + 21}</td><th>分类：</th><td>通知公告</td></tr>
<tr><th>发布机构：</th><td>{agency}</td><th>发文日期：</th><td>{c.iso}</td></tr><tr><th>名称：</th><td colspan="3">{c.h}</td></tr></table></div>
<h1 class="title">{c.h}</h1><div class="info">信息来源：{agency}　发布人：admin　发布日期：{c.iso}</div>
<div class="TRS_Editor">{c.ps("　　")}<p align="right">{agency}</p><p align="right">{c.cn_short}</p></div>"""
    foot = f"主办：某某市人民政府办公室　承办：某某市大数据中心　技术支持：{c.pick(COMPANIES)}　网站标识码：{3300000000 + c.idx}"
    return (
        html_page(c, f"{c.title}_某某市人民政府", "", body, footer=foot),
        "utf-8",
        f"http://www.example-city.gov.cn/art/{c.y}/{c.m}/{c.d}/art_{1229000 + c.idx}.html",
    )


def gov_news_writer(c: W) -> Page:
    w = c.a()
    ed, rv = c.e(), c.e()
    body = f"""<div class="nr"><h1>{c.h}</h1><div class="nr-info">来源：县融媒体中心　作者：{w}　发布时间：{c.iso}　【<a>字体：大 中 小</a>】</div>
<div class="nr-text">{c.ps("　　")}</div><div class="nr-ed">编辑：{ed}　审核：{rv}</div></div>"""
    foot = f"网站建设：{c.pick(COMPANIES)}　主办：某某县人民政府"
    return (
        html_page(c, f"{c.title}-某某县人民政府", "", body, footer=foot),
        "utf-8",
        f"http://www.example-county.gov.cn/xwzx/bmdt/{c.y}{c.m:02d}/t{c.y}{c.m:02d}{c.d:02d}_{c.idx + 600}.html",
    )


def gov_contact(c: W) -> Page:
    """A notice with a contact person (联系人) and its office: nobody wrote it as a byline."""
    agency = c.pick(AGENCIES)
    contact = c.name()
    body = f"""<div class="article"><h1>{c.h}</h1><div class="info">发布时间：{c.iso}　发布单位：{agency}</div>
<div class="content">{c.ps("　　")}<p>联系人：{contact}　联系电话：0571-8{c.idx:06d}</p><p align="right">{agency}</p></div></div>"""
    return (
        html_page(c, c.title, "", body),
        "utf-8",
        f"http://www.example-bureau.gov.cn/tzgg/{c.y}{c.m:02d}/{c.idx + 90}.html",
    )


# --- Taiwan and Hong Kong -----------------------------------------------------------------------------------


def _tw(c: W, s: str) -> str:
    return TW.convert(s)


def tw_cna(c: W) -> Page:
    w = c.role("authors", TW.convert(c.name()))[0]
    ed = c.role("editors", TW.convert(c.name()))[0]
    paras = [TW.convert(p) for p in c.paras]
    first = f"（中央社記者{w}台北{c.d}日電）" + paras[0]
    roc = c.y - 1911
    text = (
        "".join(f"<p>{esc(p)}</p>" for p in [first, *paras[1:]])
        + f"<p>（編輯：{ed}）{roc}{c.m:02d}{c.d:02d}</p>"
    )
    body = f"""<div class="centralContent"><h1><span>{esc(TW.convert(c.title))}</span></h1><div class="updatetime"><span>{c.y}/{c.m:02d}/{c.d:02d} {c.t}</span></div>
<div class="paragraph">{text}</div></div>"""
    return (
        html_page(
            c, f"{TW.convert(c.title)} | 政治 | 中央社 CNA", '<meta name="author" content="中央社">', body
        ),
        "utf-8",
        f"https://www.example-cna.tw/news/aipl/{c.y}{c.m:02d}{c.d:02d}{c.idx:04d}.aspx",
    )


def tw_udn(c: W) -> Page:
    w = c.role("authors", TW.convert(c.name()))[0]
    ed = c.role("editors", TW.convert(c.name()))[0]
    paras = [TW.convert(p) for p in c.paras]
    body = f"""<section class="article-content"><h1 class="article-content__title">{esc(TW.convert(c.title))}</h1>
<div class="article-content__info"><section class="authors"><time class="article-content__time">{c.iso} {c.t}</time><span class="article-content__author"><a href="/news/reporter/{c.idx}">聯合報</a> / 記者{w}／台北即時報導</span></section></div>
<section class="article-content__editor">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</section>
<p class="editor">責任編輯：{ed}</p><div class="social">分享 <a>Facebook</a> <a>LINE</a> <a>Twitter</a></div></section>"""
    return (
        html_page(
            c, f"{TW.convert(c.title)} | 聯合新聞網", '<meta name="author" content="聯合新聞網">', body
        ),
        "utf-8",
        f"https://udn.example.tw/news/story/7266/{7000000 + c.idx}",
    )


def tw_ltn_pair(c: W) -> Page:
    w1 = c.role("authors", TW.convert(c.name()))[0]
    w2 = c.role("authors", TW.convert(c.name("compound")))[0]
    paras = [TW.convert(p) for p in c.paras]
    first = f"〔記者{w1}、{w2}／台中報導〕" + paras[0]
    body = f"""<div class="whitecon"><h1>{esc(TW.convert(c.title))}</h1><span class="time">{c.y}/{c.m:02d}/{c.d:02d} {c.t}</span>
<div class="text">{"".join(f"<p>{esc(p)}</p>" for p in [first, *paras[1:]])}<p class="appE1121">不用抽 不用搶 現在用APP看新聞 保證天天中獎</p></div></div>"""
    return (
        html_page(c, f"{TW.convert(c.title)} - 自由時報電子報", "", body),
        "utf-8",
        f"https://news.example-ltn.tw/news/life/breakingnews/{4000000 + c.idx}",
    )


def hk_reporter(c: W) -> Page:
    w = c.role("authors", HK.convert(c.name()))[0]
    ph = c.role("photographers", HK.convert(c.name()))[0]
    ed = c.role("editors", HK.convert(c.name()))[0]
    paras = [HK.convert(p) for p in c.paras]
    body = f"""<div class="article"><h1>{esc(HK.convert(c.title))}</h1><div class="byline">撰文：記者 {w}　攝影：{ph}</div><div class="date">{c.y}年{c.m}月{c.d}日 星期{"一二三四五六日"[datetime(c.y, c.m, c.d).weekday()]}</div>
<div class="content">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div><p>編輯：{ed}</p></div>"""
    return (
        html_page(c, f"{HK.convert(c.title)} - 香港新聞", "", body),
        "utf-8",
        f"https://news.example-hk.com/article/{c.y}{c.m:02d}{c.d:02d}/{c.idx + 10000}",
    )


# --- e-paper and misc ------------------------------------------------------------------------------------


def epaper_editors(c: W) -> Page:
    paper = c.pick(PAPERS)
    w = c.a()
    e1, e2, e3 = c.e(), c.e(), c.e()
    ph = c.p()
    body = f"""<div class="newsdetatit"><h1>{c.h}</h1><p>{paper} {c.cn} 第0{c.idx % 8 + 1}版</p></div>
<div class="newsdetatext"><p>□本报记者 {w}</p><p>图片/{ph}</p>{c.ps("　　")}</div>
<div class="bj">本版编辑 {e1}　美编 {e2}　校对 {e3}</div>"""
    return (
        html_page(c, paper, "", body),
        "utf-8",
        f"http://paper.example-ep.cn/html/{c.iso[:7]}/{c.d:02d}/content_{c.idx + 600000}.htm",
    )


def old_gbk_table(c: W) -> Page:
    w = c.a()
    body = f"""<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="30" align="center"><font size="4"><b>{c.h}</b></font></td></tr>
<tr><td align="center" class="hui12">作者：{w}　来源：{c.pick(PAPERS)}　时间：{c.y}-{c.m}-{c.d} {c.hh}:{c.mm:02d}:{c.idx % 60:02d}　点击：{c.idx * 11 + 5}</td></tr>
<tr><td class="zw14">{"<br>　　".join(esc(p) for p in c.paras)}</td></tr></table>"""
    foot = f"Copyright &copy; 2005 江城信息港 All Rights Reserved　技术支持：{c.pick(COMPANIES)}　Designed by JCXXG"
    return (
        html_page(c, f"{c.title}--江城信息港", "", body, "gb2312", foot),
        "gb2312",
        f"http://www.example-jc.net/news/{c.y}/{c.m}/{c.d}/{c.idx + 1500}.htm",
    )


def nav_labels(c: W) -> Page:
    w = c.a()
    body = f"""<div class="article"><h1>{c.h}</h1>
<div class="tools"><span>作者：{w}</span><span>{c.iso} {c.t}</span><a href="#">收藏</a><a href="#">打印</a><a href="#">关闭</a><a href="#comments">我要评论</a></div>
<div class="content">{c.ps()}</div>
<div class="pager"><a href="#">上一篇</a> <a href="#">下一篇</a> <a href="#">返回列表</a></div>{share()}</div>
<div class="comments"><h3>网友评论</h3><p><b>{c.nick()}</b>：好</p></div>"""
    return (
        html_page(c, f"{c.title}-江城在线", "", body),
        "utf-8",
        f"http://www.example-jczx.cn/html/{c.y}{c.m:02d}/{c.idx + 8800}.html",
    )


def related_writers(c: W) -> Page:
    w = c.a()
    body = f"""<div class="main"><h1>{c.h}</h1><div class="info">{c.iso}　本报记者 {w}</div>
<div class="body">{c.ps("　　")}</div></div>{related(c, with_authors=True)}"""
    return (
        html_page(c, f"{c.title}_{c.pick(PAPERS)}", "", body),
        "utf-8",
        f"http://www.example-rel.cn/{c.y}/{c.m:02d}{c.d:02d}/{c.idx + 220}.html",
    )


def intern_and_trainee(c: W) -> Page:
    w1, w2 = c.a(), c.a()
    intern = c.c()
    body = f"""<div class="art"><h1>{c.h}</h1><div class="meta">{c.iso} {c.t}</div>
<div class="art-con"><p>见习记者 {w1} 记者 {w2} 实习生 {intern}</p>{c.ps()}</div></div>"""
    return html_page(c, c.title, "", body), "utf-8", f"http://www.example-itr.cn/a/{c.idx + 4100}.html"


def text_pic_pipes(c: W) -> Page:
    w1, w2, ph, ed = c.a(), c.a("compound"), c.p(), c.e()
    body = f"""<div class="detail"><h1>{c.h}</h1><div class="from">{c.pick(ACCOUNTS)}　{c.iso}</div>
<div class="detail-body"><p>文丨{w1} {w2}</p><p>图丨{ph}</p>{c.ps()}<p>编辑丨{ed}</p></div></div>"""
    return html_page(c, c.title, "", body), "utf-8", f"https://m.example-tp.cn/content/{c.idx + 5500}.html"


TEMPLATES: list[Callable[[W], Page]] = [
    meta_site_name,
    meta_url,
    meta_login,
    source_equals_author,
    empty_author_field,
    unit_and_origin,
    author_unit_close,
    author_with_bio,
    social_card,
    author_archive,
    wordpress_vcard,
    json_ld_org,
    at_handle,
    reprint_wire,
    reprint_source_reporter,
    reprint_chain,
    bare_closing,
    closing_reporter_and,
    dateline_corr_list,
    dateline_many,
    minority_names,
    nohan_names,
    two_char_spaced,
    photo_caption,
    photo_story,
    text_and_pic,
    corr_only,
    discuz_thread,
    tianya_thread,
    tieba_thread,
    phpwind_thread,
    sina_blog,
    blog_owner_label,
    wechat_original,
    wechat_account_only,
    wechat_pipes,
    baijiahao_account,
    gov_notice,
    gov_news_writer,
    gov_contact,
    tw_cna,
    tw_udn,
    tw_ltn_pair,
    hk_reporter,
    epaper_editors,
    old_gbk_table,
    nav_labels,
    related_writers,
    intern_and_trainee,
    text_pic_pipes,
]


# --- batch 2 (frozen after batch 1's tune half was fixed): more places real pages put credits ----------------

COUNT2 = 40  # pages 132-171, two a template


def v2(c: W) -> int:
    """Which page of its batch-2 template this is (0, 1)."""
    return (c.idx - COUNT) // len(TEMPLATES2)


def closing_writer_line(c: W) -> Page:
    """The credit after the text: （本文作者：X） or 撰文／X, the top shows only the source."""
    w = c.a()
    tail = f"<p>（本文作者：{w}）</p>" if v2(c) == 0 else f"<p>撰文／{w}　　责任编辑／{c.e()}</p>"
    body = f"""<div class="article"><h1>{c.h}</h1><div class="info">{c.iso} {c.t}　来源：{c.pick(PAPERS)}</div>
<div class="content">{c.ps("　　")}{tail}</div></div>{related(c)}"""
    return (
        html_page(c, f"{c.title}_{c.pick(SITES)}", "", body),
        "utf-8",
        f"http://www.example-cw.cn/{c.y}/{c.m:02d}{c.d:02d}/{c.idx + 100}.html",
    )


def name_first_slash(c: W) -> Page:
    """Name-first credits: X/文 Y/摄."""
    w, ph = c.a(), c.p()
    body = f"""<div class="news"><h1>{c.h}</h1><p class="time">{c.cn} {c.t}</p>
<div class="news-txt"><p>{w}/文　{ph}/摄</p>{c.ps()}</div></div>"""
    return html_page(c, c.title, "", body), "utf-8", f"https://www.example-nf.cn/news/{c.idx + 7100}.html"


def bracket_info_line(c: W) -> Page:
    """A 2000s info line in square brackets with doubled spaces: [作者:X  来源:Y  时间:Z  点击:N]."""
    w = c.a()
    body = f"""<table width="778"><tr><td align="center"><b>{c.h}</b></td></tr>
<tr><td align="center">[作者:{w}&nbsp;&nbsp;来源:{c.pick(PAPERS)}&nbsp;&nbsp;时间:{c.y}-{c.m}-{c.d}&nbsp;&nbsp;点击:{c.idx * 9}]</td></tr>
<tr><td>{"<br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in c.paras)}</td></tr>
<tr><td align="right">[<a href="javascript:window.close()">关闭窗口</a>]</td></tr></table>"""
    return (
        html_page(c, f"{c.title}-江城教育信息网", "", body, "gb2312"),
        "gb2312",
        f"http://www.example-edu.net/Article/ShowArticle.asp?ArticleID={c.idx + 2000}",
    )


def corr_first_order(c: W) -> Page:
    """通讯员 before 记者, in a glued dateline: 本报讯（通讯员 A B 记者 C）."""
    c1, c2 = c.c(), c.c()
    w = c.a()
    first = f"本报讯（通讯员 {c1} {c2} 记者 {w}）" + c.paras[0]
    text = "".join(f"<p>　　{esc(p)}</p>" for p in [first, *c.paras[1:]])
    body = f"""<div class="detail"><div class="title">{c.h}</div><div class="date">{c.pick(PAPERS)} {c.iso}</div><div class="detail_con">{text}</div></div>"""
    return (
        html_page(c, c.pick(PAPERS), "", body),
        "utf-8",
        f"http://epaper.example-cf.cn/html/{c.iso[:7]}/{c.d:02d}/content_{c.idx + 13000}.htm",
    )


def reporter_slash(c: W) -> Page:
    w1, w2 = c.a(), c.a()
    body = f"""<div class="art"><h1>{c.h}</h1><div class="src">{c.iso}　{c.pick(SITES)}</div>
<div class="txt"><p>记者/{w1}　{w2}</p>{c.ps()}</div><p class="ed">(责编：{c.e()}、{c.e()})</p></div>"""
    return (
        html_page(c, c.title, "", body),
        "utf-8",
        f"https://news.example-rs.cn/{c.y}{c.m:02d}{c.d:02d}/{c.idx + 70}.html",
    )


def closing_reported(c: W) -> Page:
    """The writer closes the text with 报道: （本报记者 X 报道）."""
    w = c.a()
    last = c.paras[-1] + f"（本报记者 {w} 报道）"
    text = "".join(f"<p>{esc(p)}</p>" for p in [*c.paras[:-1], last])
    body = f"""<div class="main"><h2>{c.h}</h2><p class="d">{c.iso}</p><div class="main-text">{text}</div></div>"""
    return (
        html_page(c, f"{c.title} - {c.pick(PAPERS)}", "", body),
        "utf-8",
        f"http://www.example-cr.cn/content/{c.y}-{c.m:02d}/{c.d:02d}/{c.idx + 5}.html",
    )


def interview_host(c: W) -> Page:
    """An interview page: 主持人 and 嘉宾 are no writers; the reporter who wrote it up is."""
    w = c.a()
    host, guest = c.name(), c.name()
    body = f"""<div class="ft"><h1>{c.h}</h1><div class="info">{c.iso}　来源：{c.pick(SITES)}</div>
<div class="ft-con"><p>主持人：{host}　　嘉宾：{guest}（某某大学教授）</p>{c.ps()}<p>（记者 {w} 报道）</p></div></div>"""
    return (
        html_page(c, c.title, "", body),
        "utf-8",
        f"http://fangtan.example.cn/{c.y}/{c.m:02d}{c.d:02d}/{c.idx}.shtml",
    )


def douban_note(c: W) -> Page:
    owner = c.role("authors", c.nick())[0]
    body = f"""<div class="note-container"><div class="note-header"><h1>{c.h}</h1>
<div class="note-author-wrap"><a href="https://www.example-db.com/people/{c.idx + 150000}/" class="note-author">{owner}</a> <span class="pub-date">{c.iso} {c.t}:33</span></div></div>
<div class="note" id="link-report">{c.ps()}</div>
<div class="comment-list"><div class="comment-item"><a href="/people/1/">{c.nick()}</a> (来自：{c.pick(["北京", "上海", "江城"])}) 写得真好</div></div></div>"""
    return html_page(c, c.title, "", body), "utf-8", f"https://www.example-db.com/note/{700000000 + c.idx}/"


def jianshu_post(c: W) -> Page:
    owner = c.role("authors", c.nick() if v2(c) == 0 else c.name())[0]
    body = f"""<article><h1 class="_1RuRku">{c.h}</h1>
<div class="rEsl9f"><div class="_2mYfmT"><a class="_1OhGeD" href="/u/{c.idx:x}a1b2" target="_blank" rel="noopener noreferrer">{owner}</a><button type="button" class="_3kba3h">关注</button></div>
<div class="s-dsoj"><time datetime="{c.iso}T{c.t}:00.000Z">{c.y}.{c.m:02d}.{c.d:02d} {c.t}:00</time><span>字数 {len("".join(c.paras))}</span><span>阅读 {c.idx * 31}</span></div></div>
<div class="_2rhmJa">{c.ps()}</div></article>
<section class="ouvJEz"><h3>推荐阅读</h3><a>{RELATED[c.idx % 6]}</a> <span>{c.nick()}</span></section>"""
    return (
        html_page(c, f"{c.title} - 简书", f'<meta name="author" content="{owner}">', body),
        "utf-8",
        f"https://www.example-js.com/p/{c.idx:x}9f3e2b1c",
    )


def kdnet_thread(c: W) -> Page:
    """凯迪-style: 作者：X 提交日期：… , replies below."""
    poster = c.role("authors", c.nick())[0]
    body = f"""<div class="postspecific"><h1>{c.h}</h1><div class="posted-info">作者：<a href="/user/{c.idx}">{poster}</a>　提交日期：{c.iso} {c.t}:10　访问量：{c.idx * 41}</div>
<div class="posts-cont">{"<br>".join(esc(p) for p in c.paras)}</div></div>
<div class="reply-box"><div class="posted-info">作者：<a>{c.nick()}</a>　回复日期：{c.iso} 23:40:01</div><div>顶！</div></div>"""
    return (
        html_page(c, f"{c.title}-猫眼看人-凯迪社区", "", body, "gbk"),
        "gbk",
        f"http://club.example-kd.net/dispbbs.asp?boardid=1&id={c.idx + 9000000}",
    )


def english_byline(c: W) -> Page:
    """A Chinese page of an English-language outlet's Chinese edition: By X and a translator."""
    w = c.role("authors", c.pick(["Zhang Wei", "Li Na", "Chen Jie", "Emily Wang", "David Liu"]))[0]
    tr = c.name()
    body = f"""<div class="article"><h1>{c.h}</h1><p class="byline">By {w} | {c.pick(["China Daily", "Global Times"])} | Updated: {c.iso} {c.t}</p>
<div class="article-body">{c.ps()}<p>（编译：{tr}）</p></div></div>"""
    return (
        html_page(c, f"{c.title} - 中文网", '<meta name="author" content="China Daily">', body),
        "utf-8",
        f"https://cn.example-cd.com/a/{c.y}{c.m:02d}/{c.d:02d}/WS{c.idx + 5000}.html",
    )


def publisher_uploader(c: W) -> Page:
    """A school CMS: 发布者 is the uploader, 作者 the writer, 审核 the reviewer."""
    w = c.a()
    up = c.pick(["admin", "教务处", "xxzx", c.name()])
    rv = c.e()
    body = f"""<div class="content-box"><h2>{c.h}</h2><div class="content-info">作者：{w}　发布者：{up}　审核：{rv}　发布时间：{c.iso}　浏览次数：{c.idx * 5}</div>
<div class="v_news_content">{c.ps("　　")}</div></div>"""
    return (
        html_page(c, f"{c.title}-江城市第一中学", "", body),
        "utf-8",
        f"http://www.example-school.cn/info/1021/{c.idx + 3300}.htm",
    )


def author_with_unit_bracket(c: W) -> Page:
    w1, w2 = c.a(), c.a("2")
    body = f"""<div class="art"><h1>{c.h}</h1><div class="art-info">作者：{w1}（{c.pick(UNITS)}）　{w2}（{c.pick(UNITS)}）　日期：{c.iso}</div>
<div class="art-con">{c.ps("　　")}</div></div>"""
    return (
        html_page(c, c.title, "", body),
        "utf-8",
        f"http://www.example-hos.cn/news/{c.y}{c.m:02d}/{c.idx + 55}.html",
    )


def sina_style(c: W) -> Page:
    w = c.a()
    paper = c.pick(PAPERS)
    first = f"{paper}讯（记者{w}）" + c.paras[0]
    text = "".join(f"<p>　　{esc(p)}</p>" for p in [first, *c.paras[1:]])
    body = f"""<div class="main-content"><h1 class="main-title">{c.h}</h1><div class="date-source"><span class="date">{c.cn} {c.t}</span><a href="#" class="source" target="_blank">{paper}</a></div>
<div class="article" id="article">{text}<p class="article-editor">责任编辑：{c.e()}</p></div></div>
<div class="blk-comment">已有<span>{c.idx}</span>人参与 <a>{c.nick()}</a>：支持</div>"""
    return (
        html_page(c, f"{c.title}|{paper}_新浪新闻", '<meta name="author" content="新浪新闻">', body),
        "utf-8",
        f"https://news.example-sina.com.cn/s/{c.iso}/doc-ifz{c.idx:x}abc.shtml",
    )


def netease_bottom(c: W) -> Page:
    w = c.a()
    ed = c.e()
    body = f"""<div class="post_main"><h1 class="post_title">{c.h}</h1><div class="post_info">{c.iso} {c.t}:00　来源: <a href="#">{c.pick(PAPERS)}</a></div>
<div class="post_body">{c.ps()}<p>本文来源：{c.pick(PAPERS)}　作者：{w}</p></div>
<div class="post_author">责任编辑：{ed}_NBJ{c.idx + 1000}</div></div>"""
    return (
        html_page(c, f"{c.title}_网易新闻", "", body),
        "utf-8",
        f"https://www.example-163.com/news/article/G{c.idx:X}ABC0001899O.html",
    )


def thepaper_style(c: W) -> Page:
    w1, mentioned = c.a(), c.name("compound")  # the second is a person the text names, no writer
    body = f"""<div class="newscontent"><h1 class="news_title">{c.h}</h1><div class="news_about"><p>澎湃新闻记者 {w1} 实习生 {c.c()}</p><p>{c.iso} {c.t} 来源：澎湃新闻</p></div>
<div class="news_txt">{c.ps()}<p>（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）</p></div><div class="news_editor">责任编辑：{c.e()}　图片编辑：{c.e()}<br>校对：{c.e()}</div></div>
<div class="news_tag">#{c.pick(["社会", "时事"])}</div><p>另据报道，{mentioned}对此亦有关注。</p>"""
    return (
        html_page(c, f"{c.title}_{c.pick(['时事', '社会'])}_澎湃新闻-The Paper", "", body),
        "utf-8",
        f"https://www.example-paper.cn/newsDetail_forward_{c.idx + 1000000}",
    )


def gov_writer_photo_review(c: W) -> Page:
    w, ph, ed, rv = c.a(), c.p(), c.e(), c.e()
    body = f"""<div class="article"><h1>{c.h}</h1><div class="source">发布日期：{c.iso}　信息来源：县融媒体中心</div>
<div class="article-content">{c.ps("　　")}<p>（撰稿：{w}　摄影：{ph}　编辑：{ed}　审核：{rv}）</p></div></div>"""
    foot = f"主办单位：某某县人民政府办公室　技术支持：{c.pick(COMPANIES)}"
    return (
        html_page(c, f"{c.title}-某某县人民政府门户网站", "", body, footer=foot),
        "utf-8",
        f"http://www.example-xian.gov.cn/zwdt/{c.y}{c.m:02d}/t{c.y}{c.m:02d}{c.d:02d}_{c.idx + 4000}.html",
    )


def toutiao_account(c: W) -> Page:
    acct = c.pick(ACCOUNTS)
    w = c.a() if v2(c) == 0 else ""
    credit = f"<p>文/{w}</p>" if w else ""
    body = f"""<div class="article-content"><h1>{c.h}</h1><div class="article-meta"><span class="original">原创</span><span class="name"><a href="/c/user/{c.idx + 5000000}/">{acct}</a></span><span class="time">{c.iso} {c.t}</span></div>
<article>{credit}{c.ps()}</article></div><div class="author-card"><a class="author-name">{acct}</a><p class="desc">优质社会领域创作者</p><button>关注</button></div>"""
    return (
        html_page(c, c.title, "", body),
        "utf-8",
        f"https://www.example-tt.com/article/{7000000000000000000 + c.idx}/",
    )


def hk_post_byline(c: W) -> Page:
    """A Hong Kong paper: 記者 X、Y 報道 under the headline, 攝影 caption."""
    w1 = c.role("authors", HK.convert(c.name()))[0]
    w2 = c.role("authors", HK.convert(c.name("2")))[0]
    ph = c.role("photographers", HK.convert(c.name()))[0]
    paras = [HK.convert(p) for p in c.paras]
    body = f"""<div class="article"><h1>{esc(HK.convert(c.title))}</h1><div class="pub">{c.y}年{c.m}月{c.d}日 {c.t}</div>
<p class="reporter">記者 {w1}、{w2} 報道</p><div class="content">{"".join(f"<p>{esc(p)}</p>" for p in paras)}<p class="caption">（攝影：{ph}）</p></div></div>"""
    return (
        html_page(c, f"{HK.convert(c.title)} | 港聞", "", body),
        "utf-8",
        f"https://news.example-hkp.com/{c.y}{c.m:02d}{c.d:02d}/{c.idx + 80000}",
    )


def tw_gov_press(c: W) -> Page:
    """A Taiwan city government press release: 發布單位, 聯絡人, no writer."""
    contact = TW.convert(c.name())
    paras = [TW.convert(p) for p in c.paras]
    roc = c.y - 1911
    body = f"""<div class="news"><h2>{esc(TW.convert(c.title))}</h2><ul class="info"><li>發布單位：新聞局</li><li>發布日期：{roc}-{c.m:02d}-{c.d:02d}</li><li>點閱次數：{c.idx * 3}</li></ul>
<div class="essay">{"".join(f"<p>{esc(p)}</p>" for p in paras)}<p>新聞聯絡人：{contact}　電話：02-2720{c.idx:04d}</p></div></div>"""
    return (
        html_page(c, f"{TW.convert(c.title)}-臺北市政府", "", body),
        "utf-8",
        f"https://www.example-gov.taipei/News_Content.aspx?n={c.idx:X}&s={c.idx + 100}",
    )


TEMPLATES2: list[Callable[[W], Page]] = [
    closing_writer_line,
    name_first_slash,
    bracket_info_line,
    corr_first_order,
    reporter_slash,
    closing_reported,
    interview_host,
    douban_note,
    jianshu_post,
    kdnet_thread,
    english_byline,
    publisher_uploader,
    author_with_unit_bracket,
    sina_style,
    netease_bottom,
    thepaper_style,
    gov_writer_photo_review,
    toutiao_account,
    hk_post_byline,
    tw_gov_press,
]


# --- batch 3 (frozen after batch 2's tune half was fixed): byline elements holding more than a name -----------

COUNT3 = 32  # pages 172-203, two a template


def v3(c: W) -> int:
    """Which page of its batch-3 template this is (0, 1)."""
    return (c.idx - COUNT - COUNT2) // len(TEMPLATES3)


def author_box_widgets(c: W) -> Page:
    """A self-media author box: avatar, name, level, +关注, fans; a person on one page, an account on the other."""
    who = c.a() if v3(c) == 0 else c.pick(ACCOUNTS)
    body = f"""<div class="article-head"><h1>{c.h}</h1><div class="author"><img src="/a/{c.idx}.png" alt="头像"><a href="/u/{c.idx + 100}" class="name">{who}</a><span class="level">LV5</span><a class="follow" href="javascript:;">+关注</a><span class="fans">粉丝 1.2万</span></div><span class="time">{c.iso} {c.t}</span></div>
<div class="article-body">{c.ps()}</div>"""
    return (
        html_page(c, f"{c.title}_资讯", "", body),
        "utf-8",
        f"https://www.example-zx.cn/a/{c.idx + 30000}.html",
    )


def author_span_empty(c: W) -> Page:
    """The author span prints only its label; the writer closes the text."""
    w = c.a()
    last = c.paras[-1] + f"（记者 {w}）"
    text = "".join(f"<p>{esc(p)}</p>" for p in [*c.paras[:-1], last])
    body = f"""<div class="con"><h1>{c.h}</h1><div class="info"><span class="author">作者：</span><span class="source">来源：{c.pick(SITES)}</span><span class="date">{c.iso}</span><span class="hits">阅读：<em>{c.idx}</em></span></div>
<div class="con-text">{text}</div></div>"""
    return (
        html_page(c, c.title, "", body),
        "utf-8",
        f"http://www.example-ase.cn/{c.y}/{c.m:02d}/{c.idx + 120}.html",
    )


def share_in_byline(c: W) -> Page:
    w = c.a()
    body = f"""<div class="art"><h1>{c.h}</h1><div class="byline">{c.iso} {c.t}　分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>　作者：{w}</div>
<div class="art-body">{c.ps()}</div></div>"""
    return html_page(c, c.title, "", body), "utf-8", f"https://news.example-sib.cn/{c.idx + 5150}.html"


def rel_author_social(c: W) -> Page:
    w = c.a()
    body = f"""<article><h1>{c.h}</h1><p class="meta">作者：<a rel="author" href="/author/{c.idx}">{w}</a> <a href="https://weibo.com/u/{3000000 + c.idx}" rel="nofollow noopener" target="_blank">新浪微博</a> <a href="https://www.zhihu.com/people/u{c.idx}" rel="nofollow">知乎</a> · {c.iso}</p>
<div class="post-content">{c.ps()}</div></article>"""
    return html_page(c, f"{c.title} | 专栏", "", body), "utf-8", f"https://www.example-col.cn/p/{c.idx + 810}"


def discuz_login_poster(c: W) -> Page:
    poster = c.login()
    r1 = c.nick()
    body = f"""<div id="pt"><a href="./">论坛</a> › <a>江城杂谈</a></div><h1 class="ts"><span id="thread_subject">{c.h}</span></h1>
<table id="pid{c.idx}"><tr><td class="pls"><div class="authi"><a href="space-uid-{c.idx}.html" class="xw1">{poster}</a></div><p>注册会员</p><p>积分 120</p></td>
<td class="plc"><div class="authi"><em>发表于 {c.y}-{c.m}-{c.d} {c.hh}:{c.mm:02d}</em> | <a>只看该作者</a> | <a>电梯直达</a></div><div class="t_f">{"<br>".join(esc(p) for p in c.paras)}</div></td></tr></table>
<table><tr><td class="pls"><div class="authi"><a class="xw1">{r1}</a></div></td><td class="plc"><em>发表于 {c.y}-{c.m}-{min(28, c.d + 1)} 08:00</em><div class="t_f">顶</div></td></tr></table>"""
    foot = "Powered by Discuz! X3.2 © 2001-2013 Comsenz Inc."
    return (
        html_page(c, f"{c.title} - 江城杂谈 - Powered by Discuz!", "", body, "utf-8", foot),
        "utf-8",
        f"http://bbs.example-jc.cn/thread-{c.idx + 90000}-1-1.html",
    )


def forum_edit_note(c: W) -> Page:
    """A post with its own edit note (本帖最后由 X 于 … 编辑) and a signature."""
    poster = c.role("authors", c.nick())[0]
    body = f"""<h1 class="ts"><span id="thread_subject">{c.h}</span></h1>
<div class="pls"><div class="authi"><a class="xw1" href="space-uid-{c.idx}.html">{poster}</a></div></div>
<div class="plc"><div class="authi"><em>发表于 {c.y}-{c.m}-{c.d} {c.hh}:{c.mm:02d}</em></div>
<div class="t_f"><i class="pstatus"> 本帖最后由 {poster} 于 {c.y}-{c.m}-{c.d} {(c.hh + 1) % 24}:05 编辑 </i><br>{"<br>".join(esc(p) for p in c.paras)}</div>
<div class="sign">签名：生活不止眼前的苟且</div></div>"""
    return (
        html_page(c, f"{c.title} - 江城论坛", "", body, footer="Powered by Discuz! X3.4"),
        "utf-8",
        f"http://bbs.example-fe.cn/thread-{c.idx + 7000}-1-1.html",
    )


def sohu_blog_old(c: W) -> Page:
    owner = c.role("authors", c.nick())[0]
    body = f"""<div id="blogTitle"><h1>{owner}的博客</h1><p>生活随笔</p></div>
<div class="item"><div class="item-head"><h2>{c.h}</h2><span class="date">{c.y}-{c.m:02d}-{c.d:02d} {c.t}</span> <span class="author">作者：{owner}</span> <span>分类：生活 | 标签：随笔</span></div>
<div class="item-content">{c.ps()}</div><div class="item-foot">阅读(<span>{c.idx * 3}</span>) | 评论(2) | <a>分享到微博</a></div></div>"""
    return (
        html_page(c, f"{c.title} - {owner}的博客 - 搜狐博客", "", body, "gbk"),
        "gbk",
        f"http://u{c.idx}.blog.example-sohu.com/{c.idx + 150000000}.html",
    )


def qzone_post(c: W) -> Page:
    owner = c.role("authors", c.nick())[0]
    body = f"""<div class="head"><div class="user-name">{owner}</div><div class="user-info">QQ空间 | 访问 {c.idx * 123}</div></div>
<div class="blog"><h2 class="blog-title">{c.h}</h2><p class="blog-time">{c.y}年{c.m:02d}月{c.d:02d}日 {c.t}</p>
<div class="blog-content">{c.ps()}</div><div class="blog-op">赞 | 转载 | 分享 | 评论</div></div>"""
    return (
        html_page(c, f"{c.title}[{owner}的QQ空间]", "", body),
        "utf-8",
        f"https://user.example-qzone.com/{10000000 + c.idx}/blog/{1500000000 + c.idx}",
    )


def author_box_bottom(c: W) -> Page:
    w = c.a()
    body = f"""<div class="article"><h1>{c.h}</h1><div class="meta">{c.iso} {c.t}　来源：{c.pick(PAPERS)}</div>
<div class="article-content">{c.ps()}</div>
<div class="author-box"><p class="author-name">作者：{w}</p><p class="author-intro">{w}，{c.pick(PAPERS)}记者，关注教育与民生。</p><a href="/author/{c.idx}">查看TA的文章</a></div></div>{related(c, with_authors=True)}"""
    return html_page(c, c.title, "", body), "utf-8", f"http://www.example-abb.cn/news/{c.idx + 6000}.html"


def gov_fields_nobody(c: W) -> Page:
    agency = c.pick(AGENCIES)
    body = f"""<div class="main"><h1>{c.h}</h1><table class="info"><tr><td>信息来源：{agency}</td><td>发布人：管理员</td><td>作者：本站</td><td>审核人：</td><td>发布时间：{c.iso}</td></tr></table>
<div class="zhengwen">{c.ps("　　")}</div><div class="share">分享到： <a>微信</a> <a>微博</a></div></div>"""
    return (
        html_page(c, f"{c.title}-{agency}", "", body, footer=f"技术支持：{c.pick(COMPANIES)}"),
        "utf-8",
        f"http://www.example-gfn.gov.cn/zwgk/{c.y}{c.m:02d}/{c.idx + 77}.html",
    )


def hk_forum_post(c: W) -> Page:
    poster = c.role("authors", HK.convert(c.nick()))[0]
    paras = [HK.convert(p) for p in c.paras]
    body = f"""<div class="thread"><h1>{esc(HK.convert(c.title))}</h1><table><tr><td class="poster"><b>{poster}</b><br>註冊會員<br>帖子: {c.idx * 7}</td>
<td class="post"><div class="posted">發表於 {c.y}-{c.m}-{c.d} {c.t}</div><div class="message">{"<br>".join(esc(p) for p in paras)}</div></td></tr></table></div>"""
    return (
        html_page(c, f"{HK.convert(c.title)} - 香港網上討論區", "", body, "big5"),
        "big5",
        f"http://forum.example-hk.com/viewthread.php?tid={c.idx + 400000}",
    )


def video_page_site_author(c: W) -> Page:
    ed, ed2 = c.e(), c.e()
    body = f"""<div class="video"><h1>{c.h}</h1><div class="info"><span class="author">央视网</span><span class="time">{c.iso} {c.t}</span></div>
<div class="video-player">[视频]</div><div class="cnt">{c.ps()}</div><div class="zebian">编辑：{ed}　责任编辑：{ed2}</div></div>"""
    return (
        html_page(c, f"{c.title}_央视网", '<meta name="author" content="央视网">', body),
        "utf-8",
        f"https://news.example-cctv.com/{c.y}/{c.m:02d}/{c.d:02d}/VIDE{c.idx:010d}.shtml",
    )


def author_url_link(c: W) -> Page:
    w = c.a()
    slug = f"author{c.idx}"
    body = f"""<div class="post"><h1>{c.h}</h1><div class="author"><a href="http://blog.example-au.cn/{slug}">http://blog.example-au.cn/{slug}</a></div><p class="time">{c.iso}</p>
<div class="post-body"><p>文/{w}</p>{c.ps()}</div></div>"""
    return html_page(c, c.title, "", body), "utf-8", f"http://www.example-aul.cn/a/{c.idx + 901}.html"


def weibo_article(c: W) -> Page:
    w = c.a()
    body = f"""<div class="WB_artical"><div class="title">{c.h}</div><div class="authorName"><a href="https://weibo.com/u/{5000000000 + c.idx}">@{w}</a> <span class="W_icon icon_approve"></span></div><div class="time">{c.y}-{c.m:02d}-{c.d:02d} {c.t}</div>
<div class="WB_editor_iframe">{c.ps()}</div><div class="WB_feed_handle">收藏 | 转发 {c.idx} | 评论 {c.idx // 2} | 赞</div></div>"""
    return (
        html_page(c, f"{c.title} - 微博", "", body),
        "utf-8",
        f"https://weibo.example.com/ttarticle/p/show?id={2309400000000000 + c.idx}",
    )


def email_after_name(c: W) -> Page:
    w = c.a()
    body = f"""<div class="detail"><h1>{c.h}</h1><div class="source">作者：{w}（email：news{c.idx}@example.com）　{c.iso}</div>
<div class="detail-con">{c.ps()}</div></div>"""
    return (
        html_page(c, c.title, "", body),
        "utf-8",
        f"http://www.example-em.cn/{c.y}{c.m:02d}/{c.idx + 33}.html",
    )


def nav_crumb_author(c: W) -> Page:
    """A breadcrumb and a column list near the byline: 作者专栏 with other writers' names."""
    w = c.a()
    others = "".join(f"<li><a href='/zl/{i}'>{c.name()}</a></li>" for i in range(3))
    body = f"""<div class="crumb">当前位置：<a>首页</a> &gt; <a>评论</a> &gt; <a>专栏作者</a> &gt; 正文</div>
<div class="left"><h3>专栏作者</h3><ul>{others}</ul></div>
<div class="right"><h1>{c.h}</h1><div class="info">作者：{w}　{c.iso}</div><div class="txt">{c.ps()}</div></div>"""
    return (
        html_page(c, f"{c.title}-评论", "", body),
        "utf-8",
        f"http://opinion.example-nc.cn/{c.y}/{c.idx + 4040}.html",
    )


TEMPLATES3: list[Callable[[W], Page]] = [
    author_box_widgets,
    author_span_empty,
    share_in_byline,
    rel_author_social,
    discuz_login_poster,
    forum_edit_note,
    sohu_blog_old,
    qzone_post,
    author_box_bottom,
    gov_fields_nobody,
    hk_forum_post,
    video_page_site_author,
    author_url_link,
    weibo_article,
    email_after_name,
    nav_crumb_author,
]


# --- batch 4 (frozen after batch 3's tune half was fixed): national and provincial news apps' credit forms ----

COUNT4 = 32  # pages 204-235, two a template


def _text(paras: list[str]) -> str:
    return "".join(f"<p>{esc(p)}</p>" for p in paras)


def people_cn(c: W) -> Page:
    w, ed1, ed2 = c.a(), c.e(), c.e()
    paras = [f"本报记者　{w}", *c.paras]
    body = f"""<div class="rm_txt"><h1>{c.h}</h1><div class="box01"><div class="fl">{c.y}年{c.m:02d}月{c.d:02d}日{c.t}  来源：<a href="#">人民网－人民日报</a></div></div>
<div class="rm_txt_con">{_text(paras)}</div><div class="edit">(责编：{ed1}、{ed2})</div></div>"""
    return (
        html_page(c, f"{c.title}--社会·法治--人民网", "", body, "gb2312"),
        "gb2312",
        f"http://society.example-people.com.cn/n1/{c.y}/{c.m:02d}{c.d:02d}/c1008-{31000000 + c.idx}.html",
    )


def xinhua_no_bracket(c: W) -> Page:
    w1, w2 = c.a(), c.a("2")
    first = f"新华社北京{c.m}月{c.d}日电　记者{w1}、{w2}　" + c.paras[0]
    body = f"""<div class="header"><h1>{c.h}</h1><div class="info"><span class="h-time">{c.iso} {c.t}:22</span><span>来源： 新华网</span></div></div>
<div id="detail">{_text([first, *c.paras[1:]])}</div><div class="editor">【责任编辑:{c.e()}】</div>"""
    return (
        html_page(c, f"{c.title}-新华网", "", body),
        "utf-8",
        f"http://www.example-xhnet.com/{c.y}-{c.m:02d}/{c.d:02d}/c_{1120000000 + c.idx}.htm",
    )


def chinanews_halfwidth(c: W) -> Page:
    w = c.a()
    first = f"中新网{c.pick(['北京', '上海', '广州', '成都'])}{c.m}月{c.d}日电 (记者 {w})" + c.paras[0]
    body = f"""<div class="content"><h1>{c.h}</h1><div class="left-t">{c.y}年{c.m:02d}月{c.d:02d}日 {c.t}　来源：中国新闻网</div>
<div class="left_zw">{_text([first, *c.paras[1:]])}</div><div class="adEditor">【编辑:{c.e()}】</div></div>"""
    return (
        html_page(c, f"{c.title}-中新网", "", body),
        "utf-8",
        f"https://www.example-cns.com/sh/{c.y}/{c.m:02d}-{c.d:02d}/{9000000 + c.idx}.shtml",
    )


def gmw_author_source(c: W) -> Page:
    w = c.a()
    body = f"""<div class="m-title-box"><h1 class="u-title">{c.h}</h1><div class="m-con-info"><span class="m-con-time">{c.iso} {c.t}</span><span class="m-con-source">来源：光明日报</span><span>作者：{w}</span></div></div>
<div class="u-mainText">{_text(c.paras)}</div><div class="m-editor">[ 责编：{c.e()} ]</div>"""
    return (
        html_page(c, f"{c.title}_光明网", "", body),
        "utf-8",
        f"https://news.example-gmw.cn/{c.iso}/content_{35000000 + c.idx}.htm",
    )


def huanqiu_abroad(c: W) -> Page:
    w1, w2 = c.a(), c.a()
    first = f"【环球时报驻美国特约记者 {w1} 环球时报记者 {w2}】" + c.paras[0]
    body = f"""<div class="t-container"><h1>{c.h}</h1><div class="metadata-info"><span class="time">{c.iso} {c.t}</span><span class="source">来源：环球时报</span></div>
<div class="l-con">{_text([first, *c.paras[1:]])}</div><div class="editor">责编：{c.e()}</div></div>"""
    return (
        html_page(c, f"{c.title}_环球网", "", body),
        "utf-8",
        f"https://world.example-hq.com/article/{c.idx:X}4K{c.idx}Z",
    )


def app_pipe(c: W) -> Page:
    w = c.a()
    app = c.pick(["北京日报客户端", "新京报客户端", "南京日报客户端"])
    body = f"""<div class="detail"><h1>{c.h}</h1><div class="info">{app} | 记者 {w}</div><div class="time">{c.iso} {c.t}</div>
<div class="detail-con">{_text(c.paras)}</div><div class="ed">编辑：{c.e()}</div></div>"""
    return html_page(c, c.title, "", body), "utf-8", f"https://xinwen.example-app.com/{c.idx + 900}.html"


def nanfang_plus(c: W) -> Page:
    w, co = c.a(), c.c()
    body = f"""<div class="article"><h1>{c.h}</h1><div class="article-info">【作者】 {w}　　【来源】 南方+　　{c.iso} {c.t}</div>
<div class="article-content"><p>南方+ 记者 {w} 通讯员 {co}</p>{_text(c.paras)}</div><div class="article-ed">【编辑】 {c.e()}</div></div>"""
    return (
        html_page(c, f"{c.title}_南方+", "", body),
        "utf-8",
        f"https://static.example-nfapp.com/content/{c.y}{c.m:02d}/{c.d:02d}/c{4000000 + c.idx}.html",
    )


def redstar(c: W) -> Page:
    w, intern, ed = c.a(), c.a(), c.e()  # 实习记者 is a reporter grade (an author), 实习生 a correspondent
    tail = f"红星新闻记者 {w} 实习记者 {intern}"
    body = f"""<div class="detail"><h1>{c.h}</h1><div class="time">{c.iso} {c.t}</div>
<div class="detail-con">{_text(c.paras)}<p>{tail}</p><p>编辑 {ed}</p></div></div>"""
    return (
        html_page(c, f"{c.title}-红星新闻", "", body),
        "utf-8",
        f"https://static.example-cdsb.com/micropub/Articles/{c.y}{c.m:02d}/{c.idx:x}.html",
    )


def jimu_two_lines(c: W) -> Page:
    w, co = c.a(), c.c()
    paras = [f"极目新闻记者 {w}", f"通讯员 {co}", *c.paras]
    body = f"""<div class="article"><h1>{c.h}</h1><div class="meta">{c.iso} {c.t}　来源：极目新闻</div><div class="content">{_text(paras)}</div></div>"""
    return (
        html_page(c, c.title, "", body),
        "utf-8",
        f"https://www.example-ctdsb.net/{c.y}{c.m:02d}/{c.d:02d}/{c.idx + 3000}.html",
    )


def shobserver(c: W) -> Page:
    w1, w2 = c.a(), c.a("2")
    body = f"""<div class="news-title"><h1>{c.h}</h1><div class="news-info">作者：{w1}　{w2}　　来源：解放日报　　{c.iso} {c.t}</div></div>
<div class="news-content">{_text(c.paras)}</div>"""
    return (
        html_page(c, f"{c.title} - 上观新闻", "", body),
        "utf-8",
        f"https://www.example-shobserver.com/news/detail?id={400000 + c.idx}",
    )


def nbd_style(c: W) -> Page:
    w, ed = c.a(), c.e()
    paras = [f"每经记者　{w}　　每经编辑　{ed}", *c.paras]
    body = f"""<div class="g-article"><h1>{c.h}</h1><div class="g-article-info"><span class="source">每日经济新闻</span><span class="time">{c.iso} {c.t}:00</span></div>
<div class="g-articl-text">{_text(paras)}</div></div>"""
    return (
        html_page(c, f"{c.title} | 每经网", "", body),
        "utf-8",
        f"https://www.example-nbd.com.cn/articles/{c.iso}/{1000000 + c.idx}.html",
    )


def glued_place_reported(c: W) -> Page:
    w = c.a()
    place = c.pick(["北京", "上海", "深圳", "广州"])
    paras = [f"21世纪经济报道记者{w} {place}报道", *c.paras]
    body = f"""<div class="article"><h1>{c.h}</h1><div class="info">{c.iso} {c.t}　21世纪经济报道</div><div class="txtContent">{_text(paras)}</div></div>"""
    return (
        html_page(c, c.title, "", body),
        "utf-8",
        f"https://m.example-21jingji.com/article/{c.y}{c.m:02d}{c.d:02d}/herald/{c.idx:x}.html",
    )


def cctv_no_person(c: W) -> Page:
    ed = c.e()
    first = "央视网消息（新闻联播）：" + c.paras[0]
    body = f"""<div class="cnt_bd"><h1>{c.h}</h1><div class="info">央视网 {c.y}年{c.m:02d}月{c.d:02d}日 {c.t}</div>
<div class="cnt">{_text([first, *c.paras[1:]])}</div><div class="zebian"><span>编辑：{ed}</span><span>责任编辑：{c.e()}</span></div></div>"""
    return (
        html_page(c, f"{c.title}_新闻频道_央视网(cctv.com)", '<meta name="author" content="央视网">', body),
        "utf-8",
        f"https://news.example-cctv.com/{c.y}/{c.m:02d}/{c.d:02d}/ARTI{c.idx:012d}.shtml",
    )


def eeo_style(c: W) -> Page:
    w = c.a()
    body = f"""<div class="xd-b-b"><h1>{c.h}</h1><div class="xd-info"><span>经济观察报</span> <span>记者 {w}</span> <span>{c.iso} {c.t}</span></div>
<div class="xx_boxsing">{_text(c.paras)}</div></div>"""
    return (
        html_page(c, f"{c.title}_经济观察网", "", body),
        "utf-8",
        f"http://www.example-eeo.com.cn/{c.y}/{c.m:02d}{c.d:02d}/{400000 + c.idx}.shtml",
    )


def thepaper_author_line(c: W) -> Page:
    w1, w2 = c.a(), c.a()
    body = f"""<div class="news"><h1>{c.h}</h1><div class="news_about"><p>澎湃新闻记者 {w1} {w2}</p><p><span>{c.iso} {c.t}</span> 来源：澎湃新闻</p></div>
<div class="news_txt">{_text(c.paras)}</div><div class="news_editor">责任编辑：{c.e()}</div></div>"""
    return (
        html_page(c, f"{c.title}_澎湃新闻-The Paper", "", body),
        "utf-8",
        f"https://www.example-tp.cn/newsDetail_forward_{20000000 + c.idx}",
    )


def county_rongmei_pipes(c: W) -> Page:
    w, ph, ed, rv = c.a(), c.p(), c.e(), c.e()
    body = f"""<div class="article"><h1>{c.h}</h1><div class="info">{c.iso}　来源：县融媒体中心</div>
<div class="content">{_text(c.paras)}<p>文字 | {w}</p><p>摄影 | {ph}</p><p>编辑 | {ed}</p><p>审核 | {rv}</p></div></div>"""
    return (
        html_page(c, f"{c.title}-某某县融媒", "", body),
        "utf-8",
        f"http://www.example-rm.cn/content/{c.y}-{c.m:02d}/{c.d:02d}/{c.idx + 6600}.html",
    )


TEMPLATES4: list[Callable[[W], Page]] = [
    people_cn,
    xinhua_no_bracket,
    chinanews_halfwidth,
    gmw_author_source,
    huanqiu_abroad,
    app_pipe,
    nanfang_plus,
    redstar,
    jimu_two_lines,
    shobserver,
    nbd_style,
    glued_place_reported,
    cctv_no_person,
    eeo_style,
    thepaper_author_line,
    county_rongmei_pipes,
]


def split_of_template(name: str) -> str:
    """``tune`` when sha1(salt:template)'s first hex digit is below 8: fixed before any run."""
    return "tune" if hashlib.sha1(f"{SALT}:{name}".encode()).hexdigest()[0] < "8" else "report"


def draw(root: Path) -> list[dict[str, str]]:
    """The texts, in the order of their salted hash, that no other set uses and that print no credit."""
    # dates2 (branch dates) drew at the same time, from the same pool: 50 of its texts are ours too (its
    # pages have other templates and credit nobody); leaving it out keeps this draw as frozen.
    own = ("writers.jsonl", "make_cms_probe_writers.py", "dates2.jsonl", "make_cms_probe_dates2.py")
    return draw_unused(root, salt=SALT, count=COUNT + COUNT2 + COUNT3 + COUNT4, own=own, keep=_keep)



def make(root: Path) -> list[dict[str, object]]:
    """Write every page and return the truth rows."""
    out_dir = OUT / "writers"
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    truth = []
    for idx, row in enumerate(draw(root)):
        batch = 1 if idx < COUNT else 2 if idx < COUNT + COUNT2 else 3 if idx < COUNT + COUNT2 + COUNT3 else 4
        if batch == 1:
            tpl = TEMPLATES[idx % len(TEMPLATES)]
        elif batch == 2:
            tpl = TEMPLATES2[(idx - COUNT) % len(TEMPLATES2)]
        elif batch == 3:
            tpl = TEMPLATES3[(idx - COUNT - COUNT2) % len(TEMPLATES3)]
        else:
            tpl = TEMPLATES4[(idx - COUNT - COUNT2 - COUNT3) % len(TEMPLATES4)]
        rng = random.Random(f"{SALT}:{idx}")
        ctx = W(
            idx,
            row["title"].strip(),
            paragraphs(row["content"]),
            rng.randint(2008, 2022),
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(7, 22),
            rng.randint(0, 59),
            rng,
        )
        text, encoding, url = tpl(ctx)
        name = f"{idx:03d}_{tpl.__name__}_{row['id']}.html"
        (out_dir / name).write_bytes(text.encode(encoding, errors="xmlcharrefreplace"))
        path = f"tests/data/cms_probe/writers/{name}"
        title = ctx.title
        if tpl in (tw_cna, tw_udn, tw_ltn_pair, tw_gov_press):
            title = TW.convert(title)
        elif tpl in (hk_reporter, hk_post_byline, hk_forum_post):
            title = HK.convert(title)
        truth.append(
            {
                "path": path,
                "url": url,
                "title": title,
                "date": ctx.iso,
                "authors": ctx.roles.get("authors", []),
                "correspondents": ctx.roles.get("correspondents", []),
                "editors": ctx.roles.get("editors", []),
                "photographers": ctx.roles.get("photographers", []),
                "kind": tpl.__name__,
                "encoding": encoding,
                "source_text": row["id"],
                "split": split_of_template(tpl.__name__),
                **({"batch": batch} if batch > 1 else {}),
            }
        )
    return truth


def main(argv: list[str] | None = None) -> int:
    """Write the pages and the truth file."""
    return probe_main(argv, __doc__, make, "writers")


if __name__ == "__main__":
    sys.exit(main())
