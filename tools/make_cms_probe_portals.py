# ruff: noqa: E501  (HTML page templates are kept one line a tag, as pages print them)
"""Write the portal/government half of the CMS probe: real texts in the article templates of real Chinese sites.

Usage: ``python tools/make_cms_probe_portals.py [--data DIR]``; rewrites
``tests/data/cms_probe/portals/*.html`` and ``tests/data/cms_probe/portals.jsonl``.

Why: the fields dev set's tune pages are all right and its holdout is closed, so
a rule that generalises cannot be told from one that fits. This probe shows the
extractor the byline and meta areas real portals print around an article: the
info line under the headline (来源/作者/编辑/发布时间/字号/打印/关闭窗口/点击数),
meta tags and JSON-LD where the site has them, hidden spider blocks, share bars,
breadcrumbs, related lists with dates, comment boxes, footers. The **templates
are ours**, written from memory of how each site's article page looks (28
sites and eras: central portals, commercial portals, regional papers,
government 信息公开 and news pages, county media centres, a university, a
hospital, 2000s GB2312 table pages). The **texts are real**: 48 inews
BDCI-2019 train texts no dev-set page uses, drawn by ``random.seed(20261206)``
from those of 400-2,500 characters (never by hand), each given to template
``i % 28`` in draw order.

Truth (``TEXT_CREDITS`` and each template's ``writer`` slot) was typed before
any extractor ran on these pages, by the dev set's convention: ``authors`` are
writers (记者, 作者, 文/, a closing ``（name）``, a bare name closing a report,
an institution credited as 作者); never 来源 outlets, platform accounts,
供稿 bodies, 通讯员/实习生, 编辑/责任编辑/审核/校对/选稿. Where the text
carries its own byline the template's writer slot (if it has one) shows the
same person, as real sites do. The date is the one the template prints as the
publication date (a date-time chrome line already inside a text wins).
Split: ``sha1(path)`` first hex digit < 8 is tune, else report.

Second batch (pages 48-71): after the first was frozen (665037c) and its tune half scored (one failure
read), 24 more templates (百家号 and 网易号 accounts, 中国青年网, 央广网, 中国经济网, 每经, 红网, 华龙网,
浙江在线, 齐鲁网, 千龙网, a court, a procuratorate, a police bureau, a city's 政策文件 and 领导活动 pages,
人民网 2003, 新华网 2006, 搜狐 2004, 腾讯 2007, 网易 2008, 科技日报, 中国军网, 长江网) with messier furniture
(comment lists with user names, an account's box, 单位 beside 作者, 个人观点 disclaimers, @ links,
文字/摄影 credits, two writers in one field) around 24 more texts (``random.seed(20261207)``, the same
pool without the first draw), typed and frozen in the same way before any extractor ran on them.

Third batch (pages 72-95): after the second was frozen (d34384d) and scored, 24 more templates (今日头条,
新浪财经, 东方财富, 中国证券网, 财新, 观察者网, 虎嗅 with a WeChat account's 作者, 海外网, 国际在线, 中华网, 南方周末,
新民网, 金羊网, 扬子晚报网, 深圳新闻网, 大河网, 四川在线, 中国政府网, a ministry, a township, a middle school whose
CMS prints 发布者：admin, a company, a college department, 荆楚网) around 24 more texts
(``random.seed(20261208)``), frozen before any run.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.cms_probe import split_of  # noqa: E402
from tests.corpora import shared_data_dir  # noqa: E402

sys.path.insert(0, str(REPO / "tools"))
from make_fields_pages import sentence_chunks  # noqa: E402

OUT = REPO / "tests" / "data" / "cms_probe"
SEED = 20261206
COUNT = 48

# Credits the texts print themselves, read by hand from each drawn text (draw index -> names).
# authors: writers; corr: 通讯员/实习生 (not authors). A text not listed has no writer credit.
TEXT_CREDITS: dict[int, dict[str, list[str]]] = {
    0: {"authors": ["黄树金"], "corr": ["黄从余", "刘秋玲"]},  # (特派记者 黄树金 通讯员 黄从余 刘秋玲)
    1: {"authors": ["厚德福"]},  # closing （厚德福）, the writer's pen name; 一点号作者原创
    4: {"authors": ["黄敏"]},  # closing （黄敏）
    7: {"authors": ["六枝交警大队"]},  # 作者/来源：六枝交警大队 (an institution credited as 作者)
    11: {"authors": ["张香梅"]},  # （北青报记者 张香梅）
    12: {"corr": ["刘建"]},  # 作者：通讯员 刘建 (a correspondent, not a writer)
    17: {"authors": ["圈中圈"]},  # 文/圈中圈 (pen name credited with 文/)
    31: {"authors": ["汁汁虫"]},  # 作者：汁汁虫
    32: {"authors": ["张香梅"]},  # （北青报记者 张香梅）
    33: {"authors": ["李琳"]},  # closing 记者 李琳
    36: {"authors": ["朱磊"]},  # a bare name closing the report
    37: {"authors": ["刘飞"]},  # (见习记者刘飞)
    39: {"corr": ["邹新宇"]},  # （通讯员 邹新宇） inside spam
    40: {"authors": ["宦小淮"], "corr": ["杨培"]},  # 红星新闻记者 宦小淮 实习生 杨培
    46: {"authors": ["江跃中"], "corr": ["蔡婵静"]},  # （通讯员 蔡婵静 记者 江跃中）
}

# Names for the templates' writer and editor slots (made up; drawn by the seeded generator, not chosen per page).
WRITERS = "李明远 王晓东 张静 刘洋 陈思远 杨帆 赵丽 黄伟 周婷 吴昊 徐晓光 孙浩 胡佳 朱琳 高远 林晓 何欢 郭宁 马骏 罗娟 梁晨 宋雨 郑伟 谢芳 韩冰 唐敏 于洋 董立 程功 曹阳 袁野 邓洁 傅强 沈静 曾鹏 彭程 欧阳晓峰 司马文静 上官云 苏阳 卢杰 蒋丽 蔡明 贾楠 魏巍 薛刚 叶青".split()
EDITORS = "王萌 陈海峰 张瑾 李想 刘晓丹 杨光 赵一鸣 孙悦 周雪 吴迪 徐蕾 胡斌 朱丹 郭佳 马丽 罗旭 梁爽 宋洁 郑昊 谢婷 韩雪 唐亮 冯琳 于静".split()
INSTITUTIONS = "县农业农村局 市生态环境局 县委宣传部 区市场监管局 市卫生健康委员会 县教育局".split()
DEPARTMENTS = "医务部 宣传科 护理部 院办".split()


@dataclass
class Ctx:
    """What a template needs for one page."""

    idx: int
    title: str
    paras: list[str]
    y: int
    m: int
    d: int
    hh: int
    mm: int
    ss: int
    writer: str  # the name the template's writer slot shows ("" = the text's own credit is all there is)
    editor: str
    editor2: str
    source: str
    body_authors: list[str]
    rng: random.Random
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def iso(self) -> str:
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

    @property
    def t(self) -> str:
        return f"{self.hh:02d}:{self.mm:02d}"

    @property
    def ts(self) -> str:
        return f"{self.hh:02d}:{self.mm:02d}:{self.ss:02d}"

    @property
    def cn(self) -> str:
        return f"{self.y}年{self.m:02d}月{self.d:02d}日"

    @property
    def h(self) -> str:
        return html.escape(self.title)


def p_tags(c: Ctx, indent: str = "", style: str = "") -> str:
    """Paragraphs as <p>, the site's way (some sites indent with full-width spaces)."""
    return "\n".join(f"<p{style}>{indent}{html.escape(p)}</p>" for p in c.paras)


def related(c: Ctx, n: int = 5, dated: bool = True) -> str:
    """A related-news list with other days' dates (what a date finder must not take)."""
    heads = [
        "全省秋冬季森林防火工作会议召开",
        "多部门联合开展安全生产大检查",
        "新一批重点项目集中开工",
        "市民关心的这些事有了新进展",
        "暖心！他们用行动诠释责任担当",
        "今年以来全市经济运行稳中向好",
        "这些新规下月起施行",
    ]
    out = []
    for i in range(n):
        dd = max(1, c.d - i - 1)
        mm = c.m if c.d - i - 1 >= 1 else max(1, c.m - 1)
        date = f"{c.y}-{mm:02d}-{dd:02d}" if dated else ""
        out.append(
            f'<li><a href="/news/{c.y}{mm:02d}/t{c.y}{mm:02d}{dd:02d}_{1000 + i * 37 + c.idx}.html">{heads[(i + c.idx) % len(heads)]}</a>{f"<span>{date}</span>" if date else ""}</li>'
        )
    return "<ul>" + "".join(out) + "</ul>"


# --- templates -----------------------------------------------------------------------------------------------
# Each returns (html, encoding). ``writer`` is "" when the site prints no writer slot.


def xinhua(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}-新华网</title>
<meta name="keywords" content="{c.h}"><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta name="source" content="新华网"><meta name="pubdate" content="{c.iso} {c.ts}">
</head><body>
<div class="header"><a href="http://www.xinhuanet.com/">新华网</a> <a href="/politics/">时政</a> <a href="/local/">地方</a> <a href="/fortune/">财经</a></div>
<div class="h-p3 clearfix"><div class="h-news"><div class="h-title">{c.h}</div>
<div class="h-info"><span class="h-time">{c.iso} {c.ts}</span> <span>来源： <a href="#">{c.source}</a></span></div></div>
<div class="h-share">字号 <a>大</a> <a>中</a> <a>小</a> <a>打印本页</a> 分享到：<a class="wx">微信</a><a class="wb">微博</a></div></div>
<div id="p-detail"><div class="main-aticle">
{p_tags(c)}
</div>
<div class="p-right left"><div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span> <span class="editor">【责任编辑:{c.editor} 】</span></div></div></div>
<div class="relatedNews"><h3>相关新闻</h3>{related(c)}</div>
<div class="foot">Copyright &copy; 2000-{c.y} XINHUANET.com All Rights Reserved. 制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</div>
</body></html>"""


def people(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<title>{c.h}--社会·法治--人民网 </title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:70])}">
<meta name="publishdate" content="{c.iso}"><meta name="source" content="来源：人民网-人民日报">
<meta name="author" content="{c.editor}"><meta name="editor" content="{c.editor}">
</head><body>
<div class="path clearfix"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://society.people.com.cn/">社会·法治</a></div>
<div class="clearfix w1000_320 text_title"><h3 class="pre"></h3><h1>{c.h}</h1><h4 class="sub"></h4>
<p class="author">{"本报记者  " + c.writer if c.writer else ""}</p>
<div class="box01"><div class="fl">{c.cn}{c.t}&nbsp;&nbsp;来源：<a href="http://paper.people.com.cn/" target="_blank">人民网－人民日报</a></div>
<div class="fr"><div class="fx">分享到：</div><a>微信</a><a>微博</a></div></div></div>
<div class="clearfix w1000_320 text_con"><div class="fl text_con_left"><div class="box_con">
{p_tags(c, "　　")}
</div><div class="edit clearfix">(责编：{c.editor}、{c.editor2})</div>
<div class="box_pic"></div>
<div class="rm_txt_con"><h2>相关新闻</h2>{related(c)}</div></div></div>
<div class="foot">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站地图 | 联系我们<br>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright &copy; 1997-{c.y} by www.people.com.cn. all rights reserved</div>
</body></html>"""


def chinanews(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>{c.h}-中新网</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
</head><body>
<div id="nav"><a href="/">首页</a> <a href="/china/">国内</a> <a href="/society/">社会</a> <a href="/gn/">国际</a> <a href="/cj/">财经</a></div>
<div class="con_left"><div id="cont_1_1_2"><div class="content_left_top"><a href="/">首页</a> → <a href="/society/">社会新闻</a></div>
<h1 style="display:block; margin-bottom:5px;">{c.h}</h1>
<div class="left-time"><div class="left-t" style="padding-left:5px;">{c.cn} {c.t}　来源：<a href="http://www.chinanews.com/" target="_blank">{c.source}</a>　　</div>
<div id="bdshare" class="bdshare_t bds_tools get-codes-bdshare">分享到：</div></div>
<div class="left_zw" style="position:relative">
{p_tags(c, "　　")}
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{c.editor}】</div></div></div></div>
<div style="display:none"><span id="pubtime_baidu">{c.iso} {c.ts}</span><span id="source_baidu">来源：{c.source}</span><span id="author_baidu">作者：{c.editor}</span><span id="editor_baidu">责任编辑：{c.editor}</span></div>
<div class="kx_news"><h3>更多新闻</h3>{related(c, 4)}</div></div></div>
<div id="bottom">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。<br>Copyright &copy;1999-{c.y} chinanews.com. All Rights Reserved</div>
</body></html>"""


def cctv(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_新闻频道_央视网(cctv.com)</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta name="spm-id" content="C94212.P4YnMod9m2uD"><meta name="contentid" content="ARTIKdGyW4zT3jOGkO9jzfCt{c.y % 100}{c.m:02d}{c.d:02d}">
</head><body>
<div class="nav_daohang"><a href="http://news.cctv.com/">新闻频道</a> &gt; <a>正文</a></div>
<div class="cnt_bd"><h1>{c.h}</h1>
<div class="function"><span class="info"><i>来源：<a href="http://news.cctv.com/" target="_blank">央视网</a></i> | <i>{c.cn} {c.t}</i></span>
<span class="fx">分享到 <a>新浪微博</a><a>微信</a><a>人人网</a></span> <span class="zt">字号 <a>A+</a><a>A-</a></span></div>
{p_tags(c, "　　")}
<div class="zebian"><p>编辑：{c.editor}　　责任编辑：{c.editor2}</p></div>
<div class="xgxw"><h4>相关新闻</h4>{related(c, 4)}</div>
<div class="pinglun"><div class="pl_top">我要评论</div><textarea>请输入评论内容</textarea><span>已有 0 条评论</span></div></div>
<div class="footer">央视网 版权所有 京ICP证060535号 网上传播视听节目许可证号：0102003</div>
</body></html>"""


def gmw(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>{c.h}_光明网</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta name="publishdate" content="{c.iso}"><meta name="author" content="{c.writer}"><meta name="source" content="光明日报">
</head><body>
<div class="g-nav"><a href="http://www.gmw.cn/">光明网首页</a> <a>时政</a> <a>国际</a> <a>时评</a> <a>文化</a></div>
<div class="m-breadcrumb"><a href="http://news.gmw.cn/">光明网</a> &gt; <a href="http://news.gmw.cn/node_4108.htm">要闻</a> &gt; 正文</div>
<div class="m-title-box"><h1 class="u-title">{c.h}</h1>
<div class="m-con-info"><span class="m-con-time">{c.iso} {c.t}</span><span class="m-con-source">来源：<a href="http://epaper.gmw.cn/gmrb/">光明网-《光明日报》</a></span><span class="m-con-author">作者：{"光明日报记者 " + c.writer if c.writer else ""}</span></div>
<div class="m-share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>
<div class="u-mainText" id="articleText">
{p_tags(c, "　　")}
</div>
<div class="m-zbTool liability"><span class="liability">[ 责编：{c.editor} ]</span></div>
<div class="m-relevant"><h3>阅读剩余全文（）</h3>{related(c)}</div>
<div class="m-footer">光明网版权所有 Copyright &copy; 2000-{c.y} www.gmw.cn All rights reserved.</div>
</body></html>"""


def chinacomcn(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{c.h}_中国网</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="filetype" content="1"><meta name="publishedtype" content="1">
</head><body>
<div class="top"><a href="http://www.china.com.cn">中国网</a> | <a>新闻中心</a> | <a>国情</a> | <a>观点</a></div>
<div class="crumbs"><a href="http://www.china.com.cn">首页</a> &gt; <a href="http://news.china.com.cn">新闻中心</a></div>
<h1 class="artTitle">{c.h}</h1>
<div class="pub_date" id="pubtime_baidu">{c.iso}　{c.ts}</div>
<div class="source" id="source_baidu">来源：<a href="http://www.china.com.cn" target="_blank">{c.source}</a></div>
<span id="author_baidu">作者：</span><span id="editor_baidu">责任编辑：{c.editor}</span>
<div class="fontSize">字号：<a>大</a>|<a>中</a>|<a>小</a>　　<a>打印</a>　<a>关闭</a></div>
<div class="artCon" id="articleBody">
{p_tags(c, "　　")}
</div>
<div class="editor">责任编辑：{c.editor}</div>
<div class="share">发送短信 | 手机上网 | 分享到：<a>新浪微博</a><a>QQ空间</a></div>
<div class="related"><h2>相关新闻</h2>{related(c)}</div>
<div class="footer">版权所有 中国互联网新闻中心 电子邮件: webmaster@china.org.cn 电话: 86-10-88828000 京ICP证 040089号</div>
</body></html>"""


def sina(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"/><title>{c.h}|新浪新闻</title>
<meta name="keywords" content="{c.h}"><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta property="og:type" content="news"><meta property="og:title" content="{c.h}">
<meta property="og:url" content="https://news.sina.com.cn/s/{c.iso}/doc-ihqhqcis{c.idx:04d}.shtml">
<meta property="article:published_time" content="{c.iso}T{c.ts}+08:00"><meta property="article:author" content="新浪新闻">
<meta name="weibo: article:create_at" content="{c.iso} {c.ts}"><meta name="mediaid" content="{c.source}">
</head><body>
<div class="top-bar-wrap"><a href="https://www.sina.com.cn/">新浪首页</a> <a href="https://news.sina.com.cn/">新闻</a> <a>体育</a> <a>财经</a> <a>娱乐</a> <a>科技</a> <a>博客</a> <a>登录</a></div>
<div class="main-content w1240"><h1 class="main-title">{c.h}</h1>
<div class="top-bar-inner clearfix"><div class="date-source"><span class="date">{c.cn} {c.t}</span><a href="#" class="source ent-source" target="_blank">{c.source}</a></div>
<div class="share"><a>微博</a><a>微信</a><a>收藏</a> <span class="num">评论</span></div></div>
<div class="article" id="article">
{p_tags(c, "　　")}
<p class="show_author">责任编辑：{c.editor} </p>
</div>
<div class="article-bottom"><div class="keywords">文章关键词：<a>社会</a></div><div class="feed-card-title">我要反馈</div></div>
<div class="blk-related"><h2>相关阅读</h2>{related(c)}</div>
<div class="comment"><h3>最新评论</h3><div class="cmnt-item"><span class="name">手机用户7364</span> <span class="time">{c.m}月{c.d}日 {c.hh + 1 if c.hh < 23 else 23}:12</span><p>支持</p></div></div></div>
<div class="footer">新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 通行证注册 | 产品答疑<br>Copyright &copy; 1996-{c.y} SINA Corporation, All Rights Reserved</div>
</body></html>"""


def netease(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_网易新闻</title>
<meta name="keywords" content=""><meta name="description" content="{c.h}">
<meta name="author" content="网易"><meta name="Copyright" content="网易版权所有">
<meta property="og:title" content="{c.h}"><meta property="og:release_date" content="{c.iso} {c.ts}">
</head><body>
<div class="N-nav-channel"><a href="https://news.163.com/">新闻</a> <a>体育</a> <a>NBA</a> <a>娱乐</a> <a>财经</a> <a>股票</a> <a>汽车</a> <a>科技</a> <a>手机</a></div>
<div class="post_main"><div class="post_content_main" id="epContentLeft"><h1>{c.h}</h1>
<div class="post_time_source">{c.iso} {c.ts}　来源: <a id="ne_article_source" href="#" target="_blank">{c.source}</a></div>
<div class="post_body"><div class="post_text" id="endText" style="border-top:1px solid #ddd;">
<p class="otitle">（原标题：{c.h}）</p>
{p_tags(c, "　　")}
<div class="ep-source cDGray"><span class="left"><a href="https://news.163.com/"><img src="https://static.ws.126.net/cnews/css13/img/end_news.png" alt="{c.source}" width="13" height="12" class="icon"></a> 本文来源：{c.source} </span><span class="ep-editor">责任编辑：{c.editor}_NN{1000 + c.idx * 7}</span></div>
</div></div>
<div class="post_topshare">分享到：<a>易信</a><a>微信</a><a>QQ空间</a><a>微博</a></div>
<div class="post_comment"><div class="tie-titlebar">跟贴 <span>0</span> 参与 <span>0</span></div><p>网友评论仅供其表达个人看法，并不表明网易立场。</p></div>
<div class="post_related"><h3>相关推荐</h3>{related(c)}</div></div></div>
<div class="N-nav-bottom">网易公司版权所有 &copy;1997-{c.y}</div>
</body></html>"""


def sohu(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_{c.source}</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta name="mediaid" content="{c.source}"><meta property="og:type" content="news"><meta property="og:title" content="{c.h}">
<meta property="og:release_date" content="{c.iso} {c.t}"><meta itemprop="datePublished" content="{c.iso} {c.t}">
<meta property="og:url" content="https://www.sohu.com/a/28{c.idx:05d}_120{c.idx:04d}">
</head><body>
<div class="head-container"><a href="http://www.sohu.com">搜狐</a> <a>首页</a> <a>新闻</a> <a>体育</a> <a>汽车</a> <a>房产</a> <a>旅游</a> <a>教育</a> <a>时尚</a> <a>科技</a> <a>财经</a> <a>娱乐</a> <a>更多</a></div>
<div class="left main"><div class="user-info" id="user-info"><div class="user-pic"><img src="//sucimg.itc.cn/avatarimg/1.jpg"></div><h4><a href="https://mp.sohu.com/profile?xpt=abc">{c.source}</a></h4><ul class="user-more"><li>文章<span>2366</span></li><li>总阅读<span>89万</span></li></ul></div></div>
<div class="text"><div class="text-title"><h1>{c.h}</h1>
<div class="article-info"><span class="time" id="news-time" data-val="{1500000000 + c.idx * 86400}">{c.iso} {c.t}</span><span class="tag"><a>社会</a></span></div></div>
<article class="article" id="mp-editor">
{p_tags(c)}
<p><a href="//www.sohu.com/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom">返回搜狐，查看更多</a></p>
<p data-role="editor-name">责任编辑：<span></span></p></article>
<div class="statement">声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate"><h3>推荐阅读</h3>{related(c)}</div></div>
<div class="footer">Copyright &copy; {c.y} Sohu All Rights Reserved. 搜狐公司 版权所有</div>
</body></html>"""


def qq(c: Ctx) -> str:
    data = {
        "article_id": f"20{c.y % 100}{c.m:02d}{c.d:02d}A0{c.idx:04d}",
        "article_type": "0",
        "title": c.title,
        "media": c.source,
        "media_id": "5105341",
        "pubtime": f"{c.iso} {c.ts}",
        "comment_id": "3643321552",
        "tags": "",
        "catalog1": "society",
        "catalog2": "",
    }
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{c.h}_腾讯新闻</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta name="apub:time" content="{c.iso} {c.ts}">
<script>window.DATA = {json.dumps(data, ensure_ascii=False)}</script>
</head><body>
<div class="qq_navBox"><a href="https://www.qq.com/">腾讯网</a> <a>新闻</a> <a>视频</a> <a>图片</a> <a>军事</a> <a>体育</a> <a>娱乐</a> <a>财经</a> <a>科技</a></div>
<div class="qq_conent clearfix"><div class="LEFT"><h1>{c.h}</h1>
<div class="content clearfix"><div class="content-article">
{p_tags(c, style=' class="one-p"')}
</div></div>
<div id="Status"></div><div class="qq_commentWrap">网友评论 <span>0</span> 条 <a>写评论</a></div></div>
<div class="left-stick-wp"><div class="year through"><span>{c.y}</span></div><div class="md">{c.m:02d}/{c.d:02d}</div><div class="time">{c.t}</div>
<div class="author"><a href="//new.qq.com/omn/author/5105341" class="author-name"><img src="//inews.gtimg.com/newsapp_ls/0/1.jpg"><span>{c.source}</span></a></div></div>
<div class="RIGHT"><div class="hot-news"><h3>热点精选</h3>{related(c, 5)}</div></div></div>
<div class="footer">Copyright &copy; 1998 - {c.y} Tencent. All Rights Reserved 腾讯公司 版权所有</div>
</body></html>"""


def ifeng(c: Ctx) -> str:
    data = {
        "docData": {
            "title": c.title,
            "newsTime": f"{c.iso} {c.ts}",
            "source": c.source,
            "editorName": c.editor,
            "editorCode": "PN052",
            "contentData": {"contentList": []},
        }
    }
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_凤凰资讯</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta name="og:category" content="凤凰资讯"><meta property="og:time " content="{c.cn} {c.ts}">
<script>var allData = {json.dumps(data, ensure_ascii=False)};</script>
</head><body>
<div class="header-2tW5hZd2"><a href="http://www.ifeng.com/">凤凰网首页</a> <a>资讯</a> <a>财经</a> <a>娱乐</a> <a>体育</a> <a>时尚</a> <a>汽车</a> <a>房产</a> <a>科技</a> <a>读书</a> <a>文化</a></div>
<div class="breadcrumb"><a>资讯</a> &gt; <a>社会</a> &gt; 正文</div>
<div class="artical-25JfwmD5"><h1 class="topic-3bY8Hw-9">{c.h}</h1>
<div class="info-3Ht6Fk1n clearfix"><p class="time-hm3v7ddj"><span>{c.cn} {c.ts}</span> <span>来源：<a href="#">{c.source}</a></span></p>
<div class="share"><a>分享</a><a>评论 <span>0</span></a></div></div>
<div class="main_content-LcrEruCc"><div class="text-3zQ3cZD4">
{p_tags(c)}
</div></div>
<div class="editor-3xz0V-ie">[责任编辑：{c.editor} PN052]</div>
<div class="comment"><h3>热门评论</h3><p class="userName">凤凰网友Lr9x</p><p>我来说两句</p></div></div>
<div class="hot_news"><h3>24小时热点</h3>{related(c)}</div>
<div class="footer">凤凰新媒体 版权所有 Copyright &copy; {c.y} Phoenix New Media Limited All Rights Reserved.</div>
</body></html>"""


def thepaper(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_{"10%公司" if c.idx % 2 else "社会热点"}_澎湃新闻-The Paper</title>
<meta name="Keywords" content=""><meta name="Description" content="{html.escape(c.paras[0][:60])}">
</head><body>
<div class="head_banner"><a href="https://www.thepaper.cn/">澎湃新闻</a> <a>时事</a> <a>财经</a> <a>思想</a> <a>生活</a> <a>问政</a> <a>下载客户端</a> <a>登录</a></div>
<div class="newscontent"><h1 class="news_title">{c.h}</h1>
<div class="news_about"><p>{"澎湃新闻记者 " + c.writer if c.writer else "澎湃新闻"}</p><p>{c.iso} {c.t} 来源：澎湃新闻 <span class="news_from"></span></p></div>
<div class="news_txt" data-size="standard">
{"<br><br>".join(html.escape(p) for p in c.paras)}
</div>
<div class="news_editor">责任编辑：{c.editor}　</div><div class="news_editor">校对：{c.editor2}</div>
<div class="news_keyword">关键词 &gt;&gt; <a>社会</a></div>
<div class="news_love"><a>55</a></div><div class="bdsharebuttonbox">分享到：<a>微博</a><a>微信</a></div>
<div class="comment_que"><h2>热门跟帖</h2><div class="aqwleft"><a>澎友BG2kQ</a><span>{c.m}月{c.d}日</span><div>说得对</div></div></div>
<div class="ctread_bd"><h2>相关推荐</h2>{related(c)}</div></div>
<div class="footer">沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证：31120170006 &copy; 2014-{c.y} 上海东方报业有限公司</div>
</body></html>"""


def jiemian(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}|界面新闻 · 中国</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta property="og:title" content="{c.h}"><meta property="og:site_name" content="界面新闻">
</head><body>
<div class="header"><a href="https://www.jiemian.com/">界面新闻</a> <a>快讯</a> <a>商业</a> <a>中国</a> <a>天下</a> <a>文娱</a> <a>财经</a> <a>登录</a></div>
<div class="article-view"><div class="article-header"><h1>{c.h}</h1><p class="desc">{html.escape(c.paras[0][:40])}</p>
<div class="article-info"><p><span class="author"><a href="https://a.jiemian.com/index.php?m=user&amp;a=profile&amp;id=1234">{c.writer or "界面新闻"}</a></span><span class="date">{c.y}/{c.m:02d}/{c.d:02d} {c.t}</span><span>来源：界面新闻</span></p>
<p><span class="tags"><a>社会</a></span></p></div></div>
<div class="article-main"><div class="article-content">
<p>{"界面新闻记者 | " + c.writer if c.writer else ""}</p>
<p>界面新闻编辑 | {c.editor}</p>
{p_tags(c)}
</div></div>
<div class="article-share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>
<div class="comment"><h3>评论</h3><p>暂无评论哦，快来评价一下吧！</p></div>
<div class="related"><h3>相关文章</h3>{related(c)}</div></div>
<div class="footer">&copy; {c.y} 界面新闻 All Rights Reserved 沪ICP备14047588号</div>
</body></html>"""


def huanqiu(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_环球网</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta name="publishdate" content="{c.iso} {c.t}">
</head><body>
<div class="navBox"><a href="https://www.huanqiu.com/">环球网</a> <a>国际</a> <a>军事</a> <a>台海</a> <a>评论</a> <a>财经</a> <a>科技</a></div>
<div class="conText"><div class="topPath"><a>环球网</a> &gt; <a>社会</a> &gt; 正文</div>
<h1 class="tle">{c.h}</h1>
<div class="summaryNew"><strong class="fromSummary">[环球网综合报道]</strong></div>
<div class="la_tool"><span class="la_t_a">{c.iso} {c.t}</span><span class="la_t_b">来源：<a href="https://www.huanqiu.com/">环球网</a></span><span class="la_t_b">作者：{c.writer or "环球网"}</span><span class="la_t_c">分享到：<a>微博</a><a>微信</a></span></div>
<div class="text" id="text">
{p_tags(c, "　　")}
</div>
<div class="editorSign"><span>责编：{c.editor}</span></div>
<div class="spTopic"><h3>相关新闻</h3>{related(c)}</div></div>
<div class="footer">环球网版权所有，未经书面授权，禁止转载或建立镜像<br>Copyright &copy; {c.y} Huanqiu.com All rights reserved.</div>
</body></html>"""


def southcn(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{c.h}_南方网</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="author" content="南方网"><meta name="Copyright" content="南方网">
</head><body>
<div class="top"><a href="http://www.southcn.com/">南方网</a> | <a>新闻</a> | <a>广东</a> | <a>南方+</a></div>
<div class="m-lfk"><div class="pst"><a href="http://www.southcn.com/">南方网</a> &gt; <a>广东频道</a> &gt; <a>广东新闻</a></div>
<div class="article"><h2 id="article_title">{c.h}</h2>
<div class="m-author">作者：{c.writer}  　发布时间：{c.iso} {c.t}</div>
<div class="m-source">来源：<span id="source_baidu">{c.source}</span>　　<span id="pubtime_baidu">{c.iso} {c.ts}</span></div>
<div class="m-share">分享到：<a>微博</a><a>微信</a></div>
<div class="content" id="content">
{p_tags(c, "　　")}
</div>
<div class="m-editor">编辑：{c.editor}</div></div>
<div class="m-relate"><h3>相关新闻</h3>{related(c)}</div></div>
<div class="footer">南方网 版权所有 粤ICP备05070829号 本网站由南方新闻网媒体有限公司主办</div>
</body></html>"""


def dzwww(c: Ctx) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{c.h}_大众网</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><a href="http://www.dzwww.com/">大众网</a> &gt; <a>山东</a> &gt; <a>山东新闻</a> &gt; 正文</td></tr></table>
<div id="xl-headline"><div class="layout"><h2>{c.h}</h2>
<div class="left"><span>{c.iso} {c.ts}</span>　<span>来源: {c.source}</span>　<span>作者: {c.writer}</span></div>
<div class="right">字号：<a>大</a> <a>中</a> <a>小</a>　<a>打印</a></div></div></div>
<div class="news-con" id="news-con"><div class="TRS_Editor">
{p_tags(c, "　　")}
</div></div>
<div class="edit">责任编辑：{c.editor}</div>
<div class="share">分享到：<a>新浪微博</a><a>腾讯微博</a><a>QQ空间</a></div>
<div class="xgxw"><h3>相关新闻</h3>{related(c)}</div>
<div class="footer">大众网版权所有 未经授权禁止复制或建立镜像 鲁ICP备09012531号 Copyright &copy; {c.y} dzwww.com</div>
</body></html>"""


def eastday(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}-东方网</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="nav"><a href="http://www.eastday.com/">东方网</a> <a>新闻</a> <a>上海</a> <a>评论</a> <a>财经</a></div>
<div class="main_left"><div class="detail_left_cnt"><h1 id="biaoti">{c.h}</h1>
<div class="time grey12a fc lh22"><p class="fl"><span>{c.iso} {c.ts}</span>　<span>来源：<a>{c.source}</a></span>　<span>作者：{c.writer}</span>　<span>选稿：{c.editor}</span></p>
<p class="fr">字号：<a>A+</a> <a>A-</a>　<a>打印</a></p></div>
<div id="zw" class="detail_zw">
{p_tags(c, "　　")}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="xgxw"><h3>相关新闻</h3>{related(c)}</div></div></div>
<div class="footer">东方网版权所有 Copyright &copy; 2000-{c.y} eastday.com All Rights Reserved. 沪ICP证：沪B2-20050114</div>
</body></html>"""


def ynet(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_北青网</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="author" content="{c.editor}">
</head><body>
<div class="nav"><a href="http://www.ynet.com/">北青网</a> <a>首页</a> <a>新闻</a> <a>北京</a> <a>财经</a> <a>娱乐</a></div>
<div class="articleBox cfix mb20"><h1 class="articleTitle">{c.h}</h1>
<div class="articleSource cfix mb20"><span class="yearMsg">{c.iso}</span><span class="timeMsg">{c.ts}</span><span class="sourceMsg">来源：{c.source}</span><span class="authorMsg">作者：{c.writer}</span></div>
<div class="articleBox_con" id="articleAll">
{p_tags(c)}
</div>
<div class="articleEditor"><p>责任编辑：{c.editor}</p></div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>
<div class="relNews"><h3>相关新闻</h3>{related(c)}</div>
<div class="footer">北青网版权所有 Copyright &copy; {c.y} ynet.com. All rights reserved. 京ICP证070452号</div>
</body></html>"""


def gov_xxgk(c: Ctx) -> str:
    made = f"{c.y}-{c.m:02d}-{max(1, c.d - 3):02d}"
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某某省人民政府门户网站</title>
<meta name="SiteName" content="某某省人民政府"><meta name="SiteDomain" content="www.example.gov.cn"><meta name="SiteIDCode" content="3300000001">
<meta name="ColumnName" content="政府信息公开"><meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{c.h}"><meta name="PubDate" content="{c.iso} {c.t}"><meta name="ContentSource" content="省政府办公厅">
</head><body>
<div class="top">某某省人民政府 <a>首页</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a> <a>走进某某</a> <span>无障碍浏览</span> <span>长者模式</span></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政府信息公开</a> &gt; <a>政策文件</a></div>
<table class="xxgk_table" width="100%" border="1" cellspacing="0">
<tr><td>索引号：</td><td>002482110/{c.y}-{40000 + c.idx * 131}</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>省政府办公厅</td><td>成文日期：</td><td>{made}</td></tr>
<tr><td>名　　称：</td><td colspan="3">{c.h}</td></tr>
<tr><td>文　　号：</td><td>某政办发〔{c.y}〕{10 + c.idx}号</td><td>发布日期：</td><td>{c.iso}</td></tr></table>
<div class="article"><div class="title">{c.h}</div>
<div class="fontsize">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a></div>
<div class="TRS_UEDITOR trs_paper_default trs_web">
{p_tags(c, "　　")}
</div>
<div class="article_end"><a>【打印本页】</a> <a>【关闭窗口】</a></div></div>
<div class="related"><h4>相关链接</h4>{related(c, 3)}</div>
<div class="footer">主办：某某省人民政府办公厅　承办：某某省大数据发展管理局<br>网站标识码：3300000001　ICP备案号：某ICP备05003567号　公网安备 33010002000092号<br>网站地图 | 联系我们 | 使用帮助</div>
</body></html>"""


def gov_news(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某某县人民政府</title>
<meta name="SiteName" content="某某县人民政府"><meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="{c.h}"><meta name="PubDate" content="{c.iso} {c.t}"><meta name="ContentSource" content="{c.writer}">
</head><body>
<div class="header">某某县人民政府 欢迎您！ <span>{c.cn} 星期{"一二三四五六日"[c.idx % 7]}</span> <a>设为首页</a> <a>加入收藏</a></div>
<div class="nav"><a>首页</a> <a>走进某某</a> <a>政务公开</a> <a>新闻中心</a> <a>办事服务</a> <a>互动交流</a></div>
<div class="location">您现在的位置：<a>首页</a> &gt;&gt; <a>新闻中心</a> &gt;&gt; <a>部门动态</a></div>
<div class="content"><h1>{c.h}</h1>
<div class="info">发布时间：{c.iso} {c.ts}　来源：某某县融媒体中心　作者：{c.writer}　浏览次数：<span id="clicknum">{300 + c.idx * 17}</span>　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="zoom" id="zoom">
{p_tags(c, "　　")}
</div>
<div class="print"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div></div>
<div class="right"><h3>图片新闻</h3>{related(c, 4)}</div>
<div class="footer">主办单位：某某县人民政府办公室　承办单位：某某县大数据中心<br>网站标识码：4301210001　湘ICP备10200123号-1　技术支持：某某网络科技有限公司</div>
</body></html>"""


def county_media(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}-某某新闻网</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="generator" content="DedeCMS"><meta name="author" content="某某县融媒体中心">
</head><body>
<div class="top">某某县融媒体中心主办 <a>首页</a> <a>时政要闻</a> <a>乡镇动态</a> <a>部门动态</a> <a>视听某某</a> <a>专题</a></div>
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/xzdt/">乡镇动态</a> &gt;</div>
<div class="viewbox"><div class="title"><h2>{c.h}</h2></div>
<div class="info"><small>时间:</small>{c.iso} {c.t}<small>来源:</small>某某县融媒体中心 <small>作者:</small>{c.writer} <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid={9000 + c.idx}&amp;mid=1"></script>次</div>
<div class="content"><table width="100%"><tr><td>
{p_tags(c, "　　")}
</td></tr></table></div>
<div class="editor">编辑：{c.editor}　审核：{c.editor2}　终审：某某县融媒体中心</div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a>全县秋季征兵工作动员会召开</a></li><li>下一篇：没有了</li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a>收藏</a></li><li id="act-err"><a>挑错</a></li><li id="act-pus"><a>推荐</a></li><li id="act-pnt"><a>打印</a></li></ul></div></div></div>
<div class="footer">某某县融媒体中心 版权所有 Copyright &copy; {c.y} Powered by DedeCMS</div>
</body></html>"""


def school(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}-某某大学新闻网</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="author" content="党委宣传部"><meta name="generator" content="VSB 2.0">
</head><body>
<div class="top"><a>某某大学</a> <a>新闻网</a> <a>首页</a> <a>学校要闻</a> <a>综合新闻</a> <a>院部动态</a> <a>媒体某大</a> <a>校园人物</a></div>
<div class="position">当前位置: <a>首页</a> &gt;&gt; <a>综合新闻</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname"><div class="content_title"><h1>{c.h}</h1></div>
<div class="content_info">作者：{c.writer}　来源：党委宣传部　发布时间：{c.iso}　点击数：<span id="dynclicks_wbnews_{4400 + c.idx}">{1200 + c.idx * 13}</span></div>
<div class="v_news_content" id="vsb_content">
{p_tags(c, style=' class="vsbcontent_start"')}
</div>
<div class="content_end">【审核：{c.editor2}】【责任编辑：{c.editor}】</div>
<div class="prev_next"><p>上一条：<a>我校召开新学期工作部署会</a></p><p>下一条：<a>学校举办第十届青年教师教学竞赛</a></p></div>
<div class="close"><a>【关闭窗口】</a></div></form>
<div class="footer">版权所有 &copy; 某某大学 党委宣传部 地址：某某市大学路1号 邮编：410000</div>
</body></html>"""


def hospital(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某某市第一人民医院</title>
<meta name="keywords" content="某某市第一人民医院,三甲医院"><meta name="description" content="">
</head><body>
<div class="top">某某市第一人民医院 <span>急诊电话：0731-12345678</span> <a>首页</a> <a>医院概况</a> <a>新闻中心</a> <a>科室导航</a> <a>专家介绍</a> <a>就医指南</a> <a>党建之窗</a></div>
<div class="weizhi">您所在的位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>医院动态</a></div>
<div class="news_show"><div class="news_title"><h3>{c.h}</h3></div>
<div class="news_attr">发布时间：{c.iso} {c.ts}　作者：{c.writer}　来源：本站原创　阅读：{210 + c.idx * 3}次</div>
<div class="news_content">
{p_tags(c, "　　")}
</div>
<div class="news_page"><span>上一篇：<a>我院开展消防安全应急演练</a></span><span>下一篇：<a>我院专家赴基层开展义诊活动</a></span></div></div>
<div class="footer">版权所有：某某市第一人民医院 地址：某某市人民路100号 备案号：湘ICP备12004567号<br>技术支持：某某医疗信息技术有限公司</div>
</body></html>"""


def sina2005(c: Ctx) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{c.h}_新闻中心_新浪网</title>
<meta name="keywords" content="{c.h}"><meta name="description" content="">
<style>.f14 {{font-size:14px;line-height:130%;}}</style></head>
<body bgcolor="#ffffff" topmargin="5" leftmargin="0" marginheight="5" marginwidth="0">
<table width="750" border="0" cellspacing="0" cellpadding="0"><tr><td><a href="http://www.sina.com.cn/">新浪首页</a> &gt; <a href="http://news.sina.com.cn/">新闻中心</a> &gt; <a href="http://news.sina.com.cn/society/">社会新闻</a> &gt; 正文</td></tr></table>
<table width="750" border="0" cellspacing="0" cellpadding="0"><tr><td width="620" valign="top">
<table width="620" border="0" cellspacing="0" cellpadding="0"><tr><th class="f24"><h1>{c.h}</h1></th></tr>
<tr><td height="20" align="center" class="f12">http://news.sina.com.cn {c.y}年{c.m:02d}月{c.d:02d}日{c.hh:02d}:{c.mm:02d}　<a href="#" class="a02">{c.source}</a></td></tr>
<tr><td><font id="zoom" class="f14">
{"".join("<p>　　" + html.escape(p) + "</p>" for p in c.paras)}
</font></td></tr>
<tr><td align="right" class="f12">责任编辑：{c.editor}</td></tr></table>
<table width="620"><tr><td class="f12">【<a href="#">评论</a>】【<a href="#">收藏此页</a>】【<a href="#">推荐</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr></table>
<table width="620"><tr><td class="f14"><b>相关链接</b><br>{related(c, 4)}</td></tr></table>
</td><td width="130" valign="top"><b>新闻排行</b>{related(c, 3)}</td></tr></table>
<table width="750"><tr><td align="center" class="f12">新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 会员注册 | 产品答疑<br>Copyright &copy; 1996 - {c.y} SINA Corporation, All Rights Reserved<br>新浪公司 版权所有</td></tr></table>
</body></html>"""


def yesky2006(c: Ctx) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{c.h}-天极网</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<table width="960" align="center"><tr><td><a href="http://www.yesky.com/">天极网</a> &gt; <a>新闻频道</a> &gt; <a>业界动态</a></td><td align="right"><a>登录</a> | <a>注册</a></td></tr></table>
<table width="960" align="center"><tr><td width="650" valign="top">
<div class="title"><h1>{c.h}</h1></div>
<div class="detail">{c.iso} {c.t}　<span>作者：{c.writer}</span>　<span>出处：天极网</span>　<span>责任编辑：[ {c.editor} ]</span></div>
<div class="share">【<a>收藏本文</a>】【<a>发表评论</a>】【<a>打印</a>】【<a>关闭</a>】</div>
<div class="article" id="article">
{p_tags(c, "　　")}
</div>
<div class="pages">【<a>返回顶部</a>】【<a>打印</a>】【<a>关闭</a>】</div>
<div class="relate"><b>相关文章</b>{related(c, 4)}</div>
<div class="comment"><b>网友评论</b><p>天极网友 [218.76.*.*] {c.iso} {(c.hh + 2) % 24:02d}:05</p><p>顶一个</p></div>
</td><td width="300" valign="top"><b>本周热门</b>{related(c, 5)}</td></tr></table>
<table width="960" align="center"><tr><td align="center">天极网版权所有 Copyright &copy; 1999-{c.y} Yesky.com. All rights reserved.</td></tr></table>
</body></html>"""


def regional2008(c: Ctx) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>东北新闻网-{c.h}</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<table width="778" border="0" align="center"><tr><td><a>东北新闻网</a> | <a>辽宁新闻</a> | <a>国内新闻</a> | <a>国际新闻</a> | <a>社会新闻</a></td></tr></table>
<table width="778" border="0" align="center"><tr><td>您现在的位置：<a>首页</a> &gt;&gt; <a>社会新闻</a> &gt;&gt; 正文</td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center"><span class="title"><strong><font size="4">{c.h}</font></strong></span></td></tr>
<tr><td align="center" class="info">发布时间：{c.iso} {c.ts}　来源：{c.source}　作者：{c.writer}　编辑：{c.editor}</td></tr>
<tr><td class="content">
{"<br>".join("　　" + html.escape(p) for p in c.paras)}
</td></tr>
<tr><td align="right">【<a>字体：大 中 小</a>】【<a>打印</a>】【<a>关闭</a>】</td></tr>
<tr><td><b>相关新闻</b>{related(c, 4)}</td></tr></table>
<table width="778" align="center"><tr><td align="center">东北新闻网版权所有 Copyright &copy; 2000-{c.y} NEN.COM.CN</td></tr></table>
</body></html>"""


def bjnews(c: Ctx) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": c.title,
        "datePublished": f"{c.iso}T{c.ts}+08:00",
        "author": [{"@type": "Person", "name": c.writer}]
        if c.writer
        else {"@type": "Organization", "name": "新京报"},
        "publisher": {"@type": "Organization", "name": "新京报"},
    }
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h} | 新京报</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta property="og:title" content="{c.h}"><meta property="og:type" content="article">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<div class="header"><a href="http://www.bjnews.com.cn/">新京报</a> <a>时事</a> <a>北京</a> <a>财经</a> <a>文化</a> <a>评论</a> <a>下载客户端</a></div>
<div class="bodyTitle"><div class="bodyTitleTop"><h1>{c.h}</h1>
<div class="fl ntime">{"新京报记者 " + c.writer + "　" if c.writer else ""}编辑 {c.editor}　校对 {c.editor2}</div>
<div class="fl ntimeT"><span class="timer">{c.iso} {c.ts}</span></div></div></div>
<div class="contentnews01"><div id="contentStr">
{p_tags(c)}
</div></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="recommend"><h3>推荐阅读</h3>{related(c)}</div>
<div class="footer">新京报社 版权所有 &copy; {c.y} www.bjnews.com.cn 京ICP备11008876号</div>
</body></html>"""


def chinadaily(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>{c.h} - 中国日报网</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="author" content="{c.editor}"><meta name="filetype" content="0"><meta name="publishedtype" content="1">
<meta name="source" content="{c.source}"><meta name="publishdate" content="{c.iso} {c.ts}">
</head><body>
<div class="topNav"><a href="http://cn.chinadaily.com.cn/">中国日报网</a> <a>首页</a> <a>资讯</a> <a>双语</a> <a>观点</a> <a>视频</a></div>
<div class="da-bre"><a>中国日报网</a> &gt; <a>资讯</a> &gt; <a>社会</a></div>
<div class="main_art"><div class="lft_art" id="lft-art"><h1 class="dabiaoti">{c.h}</h1>
<div class="fenx"><div class="xinf-le">来源：{c.source} {c.iso} {c.t}</div><div class="xinf-ri">作者：{c.writer}</div></div>
<div class="article">
{p_tags(c)}
</div>
<div class="fenx"><div class="xinf-le">【责任编辑：{c.editor}】</div></div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="xgxw"><h3>相关新闻</h3>{related(c)}</div></div></div>
<div class="footer">中国日报网版权说明：凡注明来源为"中国日报网：XXX（署名）"的原创作品，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。<br>Copyright 1995 - {c.y} . All rights reserved. 中国日报网版权所有</div>
</body></html>"""


# --- second batch (written after the first was frozen and scored; frozen in its turn before any run) ---------
# Messier furniture real pages carry: comment lists with user names, an account's box, 单位/出自 fields,
# 个人观点 disclaimers, social links, 文字/摄影 credits, two writers in one field.

TEXT_CREDITS2: dict[int, dict[str, list[str]]] = {
    54: {"authors": ["朱梦颖"]},  # 【环球网报道 记者 朱梦颖】; [责任编辑：杨凡、杨婷婷]
    55: {"authors": ["范文澜", "崔鸿春"]},  # 文字:范文澜崔鸿春 (two names glued); 编辑:孟凡博 审核:编辑部
    62: {"authors": ["沈敏"]},  # the headline, then the 新华社专特稿 writer 沈敏, then the text
    66: {"authors": ["尹彦鑫"], "corr": ["华祥"]},  # 半岛记者尹彦鑫通讯员华祥
    68: {"authors": ["唐娟"]},  # 中新网南京7月23日电(唐娟)
}


def comments(c: Ctx, users: tuple[str, ...] = ("手机用户5632", "xiaoming_1988", "快乐的小鱼")) -> str:
    """A comment list: user names and dates after the article (neither is the article's)."""
    items = "".join(
        f'<li><span class="user">{u}</span><span class="ctime">{c.y}-{c.m:02d}-{min(28, c.d + 1):02d} 0{i + 7}:1{i}</span><p>{("说得好", "转发了", "支持一下")[i % 3]}</p></li>'
        for i, u in enumerate(users)
    )
    return f'<div class="comment-list"><h3>网友评论</h3><ul>{items}</ul></div>'


def baijiahao(c: Ctx) -> str:
    ld = {
        "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
        "@id": f"https://baijiahao.baidu.com/s?id=16{c.idx:05d}",
        "appid": "1571234567890123",
        "title": c.title,
        "images": [],
        "pubDate": f"{c.iso}T{c.ts}",
    }
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}</title>
<meta name="description" content="{html.escape(c.paras[0][:60])}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<div id="header"><a href="https://www.baidu.com/">百度首页</a> <a>登录</a></div>
<div class="article" id="article"><div class="article-title"><h2>{c.h}</h2></div>
<div class="article-source article-source-bjh"><div class="author-icon"><img src="https://pic.rmb.bdstatic.com/bjh/user/1.jpeg"></div>
<div class="author-txt"><p class="author-name">{c.source}</p><div class="article-source"><span class="date">发布时间：{c.iso[2:]}</span><span class="time">{c.t}</span></div></div>
<div class="author-follow"><a>关注</a></div></div>
<div class="article-content">
{p_tags(c, style=' class="bjh-p"')}
</div>
<div class="article-desc"><p>本文由百家号作者上传并发布，百家号仅提供信息发布平台。文章仅代表作者个人观点，不代表百度立场。未经作者许可，不得转载。</p></div>
<div class="author-more"><h3>{c.source}</h3><p>百家号 最近更新：</p>{related(c, 3)}</div></div>
<div class="footer">&copy;{c.y} Baidu 京ICP证030173号</div>
</body></html>"""


def wangyihao(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}|{c.source}_网易订阅</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta property="og:title" content="{c.h}"><meta property="article:author" content="{c.source}">
</head><body>
<div class="ns_area topbar"><a href="https://www.163.com/">网易首页</a> <a>应用</a> <a>网易新闻</a> <a>网易号</a> <a>登录</a> <a>注册免费邮箱</a></div>
<div class="post_main"><h1 class="post_title">{c.h}</h1>
<div class="post_info">{c.iso} {c.ts}　来源: <a href="#">{c.source}</a></div>
<div class="post_body">
{p_tags(c)}
</div>
<div class="post_statement">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</div>
<div class="post_wemedia"><div class="post_wemedia_avatar"><img src="https://dingyue.ws.126.net/avatar.png"></div><div class="post_wemedia_name"><a href="https://www.163.com/dy/media/T15{c.idx:05d}.html">{c.source}</a></div><div class="post_wemedia_desc">网易号 · 政务</div><a class="post_wemedia_follow">+订阅</a></div>
{comments(c)}
<div class="post_recommend"><h3>相关推荐</h3>{related(c)}</div></div>
<div class="footer">网易公司版权所有 &copy;1997-{c.y}</div>
</body></html>"""


def youth(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_新闻频道_中国青年网</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="author" content="{c.editor}">
</head><body>
<div class="top"><a href="http://www.youth.cn/">中国青年网</a> | <a>新闻</a> | <a>青年</a> | <a>教育</a> | <a>就业</a> | <a>共青团</a></div>
<div class="path"><a>中国青年网</a> &gt; <a>新闻频道</a> &gt; <a>社会</a> &gt; 正文</div>
<div class="page_title"><h1>{c.h}</h1></div>
<div class="page_bt"><p class="fl"><span>来源：中国青年网</span>　<span>作者：{c.writer}</span>　<span id="page_right">发布时间：{c.iso} {c.ts}</span></p><p class="fr">分享到：<a>微信</a><a>QQ空间</a><a>新浪微博</a></p></div>
<div class="page_text" id="TRS_Editor">
{p_tags(c, "　　")}
</div>
<div class="page_bj"><p>责任编辑：{c.editor}</p></div>
<div class="xgxw"><h3>相关新闻</h3>{related(c)}</div>
<div class="footer">中国青年网版权所有 共青团中央主办 Copyright &copy; 1999-{c.y} Youth.cn All Rights Reserved</div>
</body></html>"""


def cnr(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>{c.h}_央广网</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="source" content="央广网"><meta name="publishdate" content="{c.iso}">
</head><body>
<div class="nav"><a href="http://www.cnr.cn/">央广网</a> <a>新闻</a> <a>财经</a> <a>军事</a> <a>听广播</a></div>
<div class="article"><div class="article-header"><h1>{c.h}</h1>
<div class="source"><span>{c.iso} {c.ts}</span>　<span>来源：央广网</span></div>
<div class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></div></div>
<div class="article-content TRS_Editor">
{p_tags(c, "　　")}
</div>
<div class="editor">编辑：{c.editor}</div>
<div class="share">分享到：<a>新浪微博</a><a>微信</a></div>
<div class="related"><h3>相关新闻</h3>{related(c)}</div></div>
<div class="footer">央广网版权所有 Copyright &copy; 2002-{c.y} CNR.CN All Rights Reserved. 京ICP证060694号</div>
</body></html>"""


def ce(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{c.h}_中国经济网——国家经济门户</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="top"><a href="http://www.ce.cn/">中国经济网</a> <a>首页</a> <a>宏观</a> <a>产业</a> <a>地方</a> <a>财经</a></div>
<div class="path">中国经济网首页 &gt; <a>社会</a> &gt; <a>滚动新闻</a> &gt; 正文</div>
<h1 id="articleTitle">{c.h}</h1>
<div class="laiyuan"><span id="articleTime">{c.cn} {c.t}</span>　<span id="articleSource">来源：经济日报</span>　<span id="articleAuthor">作者：{c.writer}</span></div>
<div class="share">分享到：<a>微博</a><a>微信</a>　字号：<a>大</a><a>小</a></div>
<div class="content" id="articleText"><div class="TRS_Editor">
{p_tags(c, "　　")}
</div></div>
<div class="bianji">(责任编辑：{c.editor})</div>
<div class="xgxw"><h3>相关新闻</h3>{related(c)}</div>
<div class="footer">中国经济网 版权所有 互联网新闻信息服务许可证(10120170008) 京ICP备05001321号</div>
</body></html>"""


def nbd(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h} | 每经网</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
<meta property="og:title" content="{c.h}"><meta property="og:site_name" content="每经网">
</head><body>
<div class="g-header"><a href="http://www.nbd.com.cn/">每经网</a> <a>首页</a> <a>要闻</a> <a>公司</a> <a>金融</a> <a>评论</a> <a>登录</a></div>
<div class="g-article"><div class="g-article-top"><h1>{c.h}</h1>
<p class="source"><span>每日经济新闻</span><span class="time">{c.iso} {c.ts}</span></p></div>
<div class="g-article-abstract"><p>每经记者 {c.writer}　　每经编辑 {c.editor}</p></div>
<div class="g-articl-text">
{p_tags(c)}
</div>
<div class="g-article-copyright">每日经济新闻 <span>如需转载请与《每日经济新闻》报社联系。未经《每日经济新闻》报社授权，严禁转载或镜像，违者必究。</span>读者热线：4008890008 特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。</div>
<div class="g-article-like"><h3>相关文章</h3>{related(c)}</div></div>
<div class="footer">每日经济新闻 版权所有 Copyright &copy; {c.y} NBD.COM.CN 蜀ICP备12023389号</div>
</body></html>"""


def rednet(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}-湖南-红网</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="header"><a href="https://www.rednet.cn/">红网</a> <a>首页</a> <a>湖南</a> <a>时刻</a> <a>问政</a> <a>百姓呼声</a></div>
<div class="position">当前位置：<a>红网</a> &gt; <a>湖南</a> &gt; 正文</div>
<div class="article-box"><h1 class="title">{c.h}</h1>
<div class="m-info"><span>来源：红网</span> <span>作者：{c.writer}</span> <span>编辑：{c.editor}</span> <span>{c.iso} {c.ts}</span></div>
<div class="m-tool">时刻新闻 <a>分享到：</a><a>微信</a><a>QQ</a>　<a>[打印]</a><a>[关闭]</a></div>
<div class="content" id="detail">
{p_tags(c, "　　")}
</div>
<div class="m-jb">来源：红网　作者：{c.writer}　编辑：{c.editor}　本文为红网原创文章，转载请附上原文出处链接和本声明。<br>本文链接：https://hn.rednet.cn/content/{c.y}/{c.m:02d}/{c.d:02d}/{6000000 + c.idx}.html</div>
{comments(c, ("红网网友", "时刻新闻用户7781", "湘水"))}
<div class="related"><h3>相关新闻</h3>{related(c)}</div></div>
<div class="footer">红网版权所有 湘ICP备05002359号 互联网新闻信息服务许可证 43120170003</div>
</body></html>"""


def cqnews(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_重庆频道_华龙网</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="author" content="华龙网"><meta name="copyright" content="华龙网">
</head><body>
<div class="topnav"><a href="http://www.cqnews.net/">华龙网</a> <a>新闻</a> <a>重庆</a> <a>区县</a> <a>新重庆客户端</a></div>
<div class="main"><h1 class="title">{c.h}</h1>
<div class="info"><span class="time">{c.iso} {c.ts}</span> <span>来源：华龙网</span> <span class="author">作者：{c.writer}</span></div>
<div class="content" id="main_text">
{p_tags(c, "　　")}
</div>
<div class="bianji">[责任编辑：{c.editor}]</div>
<div class="guanzhu">关注华龙网：<a href="https://weibo.com/cqnews">@华龙网</a> <a href="https://weibo.com/cqnews">新浪微博</a> <a>微信公众号：cqnews</a></div>
<div class="relate"><h3>推荐阅读</h3>{related(c)}</div></div>
<div class="footer">华龙网版权所有 未经书面授权，不得复制或建立镜像 Copyright &copy; 2000-{c.y} www.cqnews.net All Rights Reserved</div>
</body></html>"""


def zjol(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="gbk"><title>{c.h}-浙江新闻-浙江在线</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="contentid" content="{c.y}{c.m:02d}{c.d:02d}0{c.idx:04d}"><meta name="publishdate" content="{c.iso}">
</head><body>
<div class="top"><a href="http://www.zjol.com.cn/">浙江在线</a> <a>新闻</a> <a>浙江</a> <a>国内</a> <a>国际</a></div>
<div class="artTitle"><h1>{c.h}</h1></div>
<div class="artInfo"><span class="source">来源：浙江日报</span>　<span class="author">作者：{c.writer}</span>　<span class="editor">编辑：{c.editor}</span>　<span class="date">{c.cn} {c.ts}</span></div>
<div class="artCon" id="zoom">
{p_tags(c, "　　")}
</div>
<div class="artShare">分享到：<a>微博</a><a>微信</a><a>浙江新闻客户端</a>　<a>打印</a></div>
<div class="artRelated"><h3>相关阅读</h3>{related(c)}</div>
<div class="footer">浙江在线新闻网站版权所有 Copyright &copy; {c.y} zjol.com.cn All Rights Reserved. 浙ICP备11006356号</div>
</body></html>"""


def iqilu(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h} - 山东 - 齐鲁网</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="toper"><a href="https://www.iqilu.com/">齐鲁网</a> <a>山东</a> <a>闪电新闻</a> <a>直播</a> <a>登录</a></div>
<div class="mod-article"><div class="mod-article-head"><h1>{c.h}</h1></div>
<div class="info"><p class="time">{c.iso} {c.ts}</p><p class="resource">来源：<span>闪电新闻</span></p><p class="author">作者：<span>{c.writer}</span></p><p class="read">阅读：<span>{3400 + c.idx * 11}</span></p></div>
<div class="article-main">
{p_tags(c, "　　")}
</div>
<div class="editor">[责任编辑：{c.editor}、{c.editor2}]</div>
<div class="baoliao">想爆料？请登录《阳光连线》（ http://minsheng.iqilu.com/）、拨打新闻热线0531-66661234，或登录齐鲁网官方微博（<a href="https://weibo.com/iqilu">@齐鲁网</a>）提供新闻线索。</div>
<div class="related"><h3>相关新闻</h3>{related(c)}</div></div>
<div class="footer">齐鲁网 版权所有 Copyright &copy; {c.y} iqilu.com 鲁ICP备09023866号</div>
</body></html>"""


def qianlong(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}-千龙网·中国首都网</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="nav"><a href="http://www.qianlong.com/">千龙网</a> <a>首页</a> <a>北京</a> <a>时评</a> <a>图片</a></div>
<div class="span12"><h1 class="title">{c.h}</h1>
<div class="info"><span class="pubDate">{c.iso} {c.ts}</span>　<span class="source">来源：北京日报</span>　<span class="author">作者：{c.writer}</span>　<span class="editor">责任编辑：{c.editor}</span></div>
<div class="article-content">
{p_tags(c, "　　")}
</div>
<div class="share-bar">分享到：<a>微信</a><a>微博</a></div>
<div class="ad">免责声明：本文仅代表作者个人观点，与千龙网无关。</div>
<div class="related"><h3>相关新闻</h3>{related(c)}</div></div>
<div class="footer">千龙网版权所有 Copyright &copy; {c.y} Qianlong.com All Rights Reserved</div>
</body></html>"""


def court(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某某市中级人民法院</title>
<meta name="keywords" content="法院新闻"><meta name="description" content="">
</head><body>
<div class="top">某某市中级人民法院 <a>首页</a> <a>法院新闻</a> <a>审判动态</a> <a>诉讼服务</a> <a>司法公开</a> <a>法院文化</a></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>法院新闻</a></div>
<div class="detail"><div class="detail_tit">{c.h}</div>
<div class="detail_info"><span>作者：{c.writer}</span>　<span>单位：某某区人民法院</span>　<span>发布时间：{c.iso} {c.ts}</span>　<span>浏览次数：{800 + c.idx}</span></div>
<div class="detail_con">
{p_tags(c, "　　")}
</div>
<div class="detail_btn"><a>【打印】</a> <a>【关闭】</a></div></div>
<div class="footer">主办：某某市中级人民法院 地址：某某市法院路8号 备案号：某ICP备13001234号</div>
</body></html>"""


def procuratorate(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}-某某县人民检察院</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="header">某某县人民检察院 <a>首页</a> <a>检察要闻</a> <a>检务公开</a> <a>案件信息</a> <a>检察文化</a></div>
<div class="weizhi">您的位置：<a>首页</a> &gt; <a>检察要闻</a></div>
<div class="wz"><h2>{c.h}</h2>
<div class="wz_info">发布时间：{c.iso}　来源：某某县人民检察院　作者：{c.writer}　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="wz_con">
{p_tags(c, "　　")}
</div>
<div class="wz_end">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>
<div class="footer">某某县人民检察院 版权所有 技术支持：某某检察院技术信息处</div>
</body></html>"""


def police(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}-某某县公安局</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="top">某某县公安局 平安某某 <a>首页</a> <a>警务动态</a> <a>警方提示</a> <a>网上办事</a> <a>警民互动</a></div>
<div class="dqwz">当前位置：<a>首页</a> &gt;&gt; <a>警务动态</a></div>
<div class="news"><h1>{c.h}</h1>
<div class="news_info">作者： 　来源：某某县公安局　发布时间：{c.iso} {c.t}　点击：<span>{1900 + c.idx * 3}</span>次</div>
<div class="news_body">
{p_tags(c, "　　")}
</div>
<div class="news_share">【<a>打印本页</a>】 【<a>关闭窗口</a>】 分享到：<a>微信</a><a>微博</a><a>抖音</a></div></div>
<div class="footer">主办单位：某某县公安局 技术支持：某某网络 陕ICP备12009876号</div>
</body></html>"""


def gov_policy(c: Ctx) -> str:
    made = f"{c.y}-{c.m:02d}-{max(1, c.d - 5):02d}"
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某某市人民政府</title>
<meta name="SiteName" content="某某市人民政府"><meta name="ColumnName" content="政策文件"><meta name="ColumnType" content="市政府文件">
<meta name="ArticleTitle" content="{c.h}"><meta name="PubDate" content="{c.iso} {c.t}"><meta name="ContentSource" content="市政府办公室">
<meta name="Keywords" content=""><meta name="Author" content="市政府办公室">
</head><body>
<div class="top">某某市人民政府 <a>首页</a> <a>要闻动态</a> <a>信息公开</a> <a>政务服务</a> <a>政民互动</a></div>
<div class="policyLibraryOverview_header"><table>
<tr><td>标　　题：</td><td colspan="3">{c.h}</td></tr>
<tr><td>发文机关：</td><td>市政府办公室</td><td>发文字号：</td><td>某政办函〔{c.y}〕{20 + c.idx}号</td></tr>
<tr><td>来　　源：</td><td>市政府办公室</td><td>主题分类：</td><td>城乡建设、环境保护</td></tr>
<tr><td>公文种类：</td><td>通知</td><td>成文日期：</td><td>{made}</td></tr>
<tr><td>发布日期：</td><td>{c.iso}</td><td>有 效 性：</td><td>有效</td></tr></table></div>
<div class="article"><h1>{c.h}</h1>
<div class="pages-date">{c.iso} {c.t}　来源：市政府办公室　<span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="pages_content" id="UCAP-CONTENT">
{p_tags(c, "　　")}
</div>
<div class="pages_print"><a>【我要纠错】</a> <a>【打印本页】</a> <a>【关闭窗口】</a></div></div>
<div class="footer">主办：某某市人民政府办公室　网站标识码：6101000001　陕ICP备05001234号</div>
</body></html>"""


def city_leader(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_某某市人民政府门户网站</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="header">某某市人民政府门户网站 <a>首页</a> <a>政务要闻</a> <a>领导活动</a> <a>部门动态</a> <a>区县动态</a></div>
<div class="position">您当前的位置：<a>首页</a> &gt; <a>政务要闻</a></div>
<div class="content"><h1>{c.h}</h1>
<div class="property"><span>信息来源：市政府办公室</span>　<span>发布时间：{c.iso} {c.t}</span>　<span>字体：[<a>大</a> <a>中</a> <a>小</a>]</span>　<span>浏览量：<span>{560 + c.idx}</span></span></div>
<div class="article_con">
{p_tags(c, "　　")}
</div>
<div class="byline"><p>文字：{c.writer}　摄影：{c.extra.get("photo", "")}</p></div>
<div class="print"><a>【打印】</a> <a>【关闭】</a></div></div>
<div class="footer">主办：某某市人民政府办公室　承办：某某市大数据局　网站标识码：1301000001</div>
</body></html>"""


def people2003(c: Ctx) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>人民网--{c.h}</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body bgcolor="#FFFFFF">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a>社会</a></td></tr></table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td width="560" valign="top">
<table width="100%" border="0"><tr><td align="center" class="fbt"><b><font size="4">{c.h}</font></b></td></tr>
<tr><td align="center" class="fsj">人民网 {c.y}年{c.m}月{c.d}日{c.t}</td></tr>
<tr><td class="fbody"><p>
{"<br>".join("　　" + html.escape(p) for p in c.paras)}
</p></td></tr>
<tr><td align="right" class="fsj">(责任编辑：{c.editor})</td></tr></table>
<table width="100%"><tr><td>【<a>打印本文</a>】【<a>推荐给朋友</a>】【<a>关闭</a>】【<a>我要说两句</a>】</td></tr></table>
</td><td width="200" valign="top"><b>相关新闻</b>{related(c, 4)}</td></tr></table>
<table width="760" align="center"><tr><td align="center">人民网版权所有，未经书面授权禁止使用<br>Copyright &copy; 1997-{c.y} by www.people.com.cn. all rights reserved</td></tr></table>
</body></html>"""


def xinhua2006(c: Ctx) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{c.h}_新华网</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<table width="778" border="0" align="center"><tr><td><a href="http://www.xinhuanet.com/">新华网</a> &gt;&gt; <a>新华社区</a> &gt;&gt; <a>社会</a></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%"><tr><td align="center"><span id="Title">{c.h}</span></td></tr>
<tr><td align="center" class="hei12">{c.y}年{c.m:02d}月{c.d:02d}日 {c.ts}　来源：<span id="Source">新华网</span></td></tr>
<tr><td align="center">【<a>字号 大 中 小</a>】【<a>我要打印</a>】【<a>我要纠错</a>】【<a>Email推荐</a>】【<a>关闭</a>】</td></tr>
<tr><td><div id="Content">
{p_tags(c, "　　")}
</div></td></tr>
<tr><td align="right">责任编辑： {c.editor}</td></tr></table>
<table width="100%"><tr><td><b>相关新闻</b>{related(c, 4)}</td></tr></table>
<table width="100%"><tr><td><b>网友评论</b><br>新华网网友 [218.16.*.*] 发表于 {c.iso} {(c.hh + 3) % 24:02d}:11:08<br>顶</td></tr></table>
</td></tr></table>
<table width="778" align="center"><tr><td align="center">Copyright &copy; 2000 - {c.y} XINHUANET.com All Rights Reserved.<br>制作单位：新华网络中心 版权所有：新华通讯社</td></tr></table>
</body></html>"""


def sohu2004(c: Ctx) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{c.h}-新闻中心-搜狐</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<table width="760" align="center"><tr><td><a href="http://www.sohu.com/">搜狐首页</a> - <a href="http://news.sohu.com/">新闻中心</a> - <a>社会新闻</a></td><td align="right"><a>通行证</a> | <a>注册</a></td></tr></table>
<table width="760" align="center"><tr><td width="560" valign="top">
<div class="c"><h1>{c.h}</h1></div>
<div class="sourceTime">{c.y}年{c.m:02d}月{c.d:02d}日{c.t}&nbsp;&nbsp;[<a>我来说两句</a>]&nbsp;&nbsp;[<a>字号：大 中 小</a>]&nbsp;&nbsp;来源：<a>{c.source}</a></div>
<div id="sohu_content">
{p_tags(c, "　　")}
</div>
<div class="editUsr">(责任编辑：{c.editor})</div>
<div class="zhuanti">【<a>搜狐新闻</a>】【<a>我来说两句</a>】【<a>打印</a>】【<a>关闭</a>】</div>
<div class="related"><b>相关链接</b>{related(c, 4)}</div>
</td><td width="200" valign="top"><b>今日推荐</b>{related(c, 3)}</td></tr></table>
<table width="760" align="center"><tr><td align="center">Copyright &copy; {c.y} Sohu.com Inc. All rights reserved. 搜狐公司 版权所有</td></tr></table>
</body></html>"""


def qq2007(c: Ctx) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{c.h}_新闻中心_腾讯网</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div id="Top"><a href="http://www.qq.com/">腾讯首页</a> | <a>新闻</a> | <a>财经</a> | <a>娱乐</a> | <a>体育</a></div>
<div id="C-Main-Article-QQ"><div class="hd"><h1>{c.h}</h1>
<div class="info"><span class="pubTime">{c.y}年{c.m:02d}月{c.d:02d}日{c.t}</span>　<span class="infoCol">[<a>评论</a>]</span>　<span class="color-a-1">来源：{c.source}</span>　<span class="color-a-3">作者：{c.writer}</span></div></div>
<div class="bd"><div id="Cnt-Main-Article-QQ">
{p_tags(c, style=' style="TEXT-INDENT: 2em"')}
</div></div>
<div class="ft"><div id="ArticleEditor">[责任编辑：{c.editor}]</div></div>
<div class="bottom"><a>【我要评论】</a><a>【推荐给好友】</a><a>【打印】</a><a>【关闭】</a></div>
<div id="relInfo"><b>相关文章</b>{related(c, 4)}</div></div>
<div id="Footer">Copyright &copy; 1998 - {c.y} Tencent. All Rights Reserved 腾讯公司 版权所有</div>
</body></html>"""


def netease2008(c: Ctx) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{c.h}_新闻中心_网易新闻</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="navTop"><a href="http://www.163.com/">网易首页</a> &gt; <a>新闻中心</a> &gt; <a>社会新闻</a> &gt; 正文</div>
<div class="endContent"><h1 id="h1title">{c.h}</h1>
<div class="text">{c.iso} {c.ts}　来源: <a>{c.source}</a>　<a>网友评论</a> <span>0</span> 条　<a>进入论坛</a></div>
<div id="endText">
{p_tags(c, "　　")}
<p>　　(本文来源：{c.source}　作者：{c.writer})</p>
</div>
<div class="editor">[责任编辑：{c.editor}]</div>
<div class="share">【<a>打印</a>】【<a>关闭</a>】【<a>推荐到论坛</a>】</div>
<div class="relative"><b>相关链接</b>{related(c, 4)}</div>
<div class="tieArea"><b>网友跟帖</b><p>网易广东省深圳市网友 [boring_2008] 的原贴：</p><p>楼主说得对</p></div></div>
<div class="footer">About NetEase - 公司简介 - 联系方法 - 招聘信息 - 客户服务 - 隐私政策 - 广告服务 - 网站地图<br>网易公司版权所有 &copy;1997-{c.y}</div>
</body></html>"""


def stdaily(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_中国科技网</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="nav"><a href="http://www.stdaily.com/">中国科技网</a> <a>首页</a> <a>科技日报</a> <a>要闻</a> <a>科普</a></div>
<div class="m-title"><h1>{c.h}</h1>
<div class="m-info"><span>{c.iso} {c.t}</span>　<span>来源： 科技日报</span>　<span>作者：{c.writer}</span>　<span>责编：{c.editor}</span></div></div>
<div class="m-content">
{p_tags(c, "　　")}
</div>
<div class="m-share">分享到：<a>微信</a><a>微博</a></div>
<div class="m-xg"><h3>相关新闻</h3>{related(c)}</div>
<div class="footer">中国科技网 版权所有 科技日报社主办 京ICP备06009563号</div>
</body></html>"""


def mil81(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h} - 中国军网</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="author" content="{c.editor}"><meta name="publishdate" content="{c.iso}">
</head><body>
<div class="header"><a href="http://www.81.cn/">中国军网</a> <a>首页</a> <a>要闻</a> <a>军事</a> <a>国防</a> <a>视频</a></div>
<div class="container"><div class="article-header"><h1>{c.h}</h1>
<div class="info"><span>来源：解放军报</span><span>作者：{c.writer}</span><span>责任编辑：{c.editor}</span><i class="time">{c.iso} {c.t}</i></div></div>
<div class="article-content" id="article-content">
{p_tags(c)}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="related"><h3>相关新闻</h3>{related(c)}</div></div>
<div class="footer">中国军网版权所有 &copy; 2016-{c.y} 解放军新闻传播中心主办</div>
</body></html>"""


def cjn(c: Ctx) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}_长江网_cjn.cn</title>
<meta name="keywords" content=""><meta name="description" content="">
</head><body>
<div class="topbar"><a href="http://www.cjn.cn/">长江网</a> <a>武汉</a> <a>新闻</a> <a>长江日报</a> <a>问政</a></div>
<div class="article"><h1 class="title">{c.h}</h1>
<div class="source"><span>来源：长江日报</span>　<span>作者：{c.writer}</span>　<span>编辑：{c.editor}</span>　<span>发布时间：{c.iso} {c.ts}</span></div>
<div class="text" id="ozoom">
{p_tags(c, "　　")}
</div>
<div class="author-card"><h4>作者最新文章</h4>{related(c, 2)}</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a>　<a>【打印】</a></div>
{comments(c, ("江城网友", "wuhan_lao_li", "热干面"))}
<div class="related"><h3>相关新闻</h3>{related(c)}</div></div>
<div class="footer">长江网版权所有 Copyright &copy; {c.y} cjn.cn All rights reserved. 鄂ICP备05003311号</div>
</body></html>"""


# --- third batch (written after the second was frozen and its tune half scored; frozen before any run) ------

TEXT_CREDITS3: dict[int, dict[str, list[str]]] = {
    74: {
        "authors": ["路小东"],
        "corr": ["徐红漫"],
    },  # 来源：玉环公安 记者：路小东 通讯员：徐红漫小编：路路通责编：章剑
    75: {"authors": ["尹安学"], "corr": ["杨晨"]},  # （尹安学 通讯员杨 晨）
    78: {"authors": ["霍雨佳", "雷强"]},  # 第1眼-重庆广电特约记者 霍雨佳 雷强
    87: {"authors": ["魏朝林", "胡公岗"]},  # 记者魏朝林胡公岗核心提示｜ (two names glued)
    88: {"authors": ["彭颂珂"], "corr": ["徐公轩"]},  # （记者 彭颂珂 通讯员 徐公轩）
    90: {"authors": ["吴生锋", "邹平"]},  # 扬州网讯(吴生锋邹平) (two names glued)
    # 91: 【作者：zhengogo】 is a login, no writer's name.
}


def _info(c: Ctx, *parts: str) -> str:
    """An info line of spans (the common CMS way)."""
    return "".join(f"<span>{p}</span>　" for p in parts if p)


def _page3(c: Ctx, site: str, nav: str, head: str, body: str, tail: str, charset: str = "utf-8") -> str:
    """The shared frame of the third batch's pages: head, navigation, article, footer."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{c.h}_{site}</title>
<meta name="keywords" content=""><meta name="description" content="{html.escape(c.paras[0][:60])}">
</head><body>
<div class="nav">{nav}</div>
<div class="main"><h1 class="title">{c.h}</h1>
{head}
<div class="article-content" id="content">
{body}
</div>
{tail}
<div class="related"><h3>相关新闻</h3>{related(c)}</div></div>
<div class="footer">{site} 版权所有 Copyright &copy; {c.y} All Rights Reserved</div>
</body></html>"""


def toutiao(c: Ctx) -> str:
    data = {
        "articleInfo": {
            "title": c.title,
            "subInfo": {"source": c.source, "time": f"{c.iso} {c.ts}"},
            "isOriginal": True,
        },
        "mediaInfo": {"name": c.source, "user_id": "6543210987"},
    }
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{c.h}</title>
<meta name="description" content="{html.escape(c.paras[0][:60])}">
<script>var BASE_DATA = {json.dumps(data, ensure_ascii=False)};</script>
</head><body>
<div class="toutiao-header"><a href="https://www.toutiao.com/">今日头条</a> <a>登录</a></div>
<div class="article-box"><h1 class="article-title">{c.h}</h1>
<div class="article-sub"><span class="original">原创</span><span>{c.source}</span><span>{c.iso} {c.ts}</span></div>
<div class="article-content"><div>
{p_tags(c)}
</div></div>
<div class="tt-tag">社会</div>
<div class="article-actions"><span>举报</span><span>分享到：</span></div>
<div class="user-card"><a href="https://www.toutiao.com/c/user/6543210987/" class="user-card-name">{c.source}</a><span>头条号</span><a>关注</a></div>
{comments(c, ("用户7364517", "东北大汉", "我是谁"))}</div>
<div class="footer">&copy; {c.y} 今日头条 www.toutiao.com</div>
</body></html>"""


def sina_finance(c: Ctx) -> str:
    head = f'<div class="date-source"><span class="date">{c.cn} {c.t}</span><a class="source" href="#">{c.source}</a></div>'
    tail = f'<p class="article-editor">责任编辑：{c.editor}</p><div class="appendQr_wrap">海量资讯、精准解读，尽在新浪财经APP</div>'
    return _page3(
        c,
        "新浪财经_新浪网",
        '<a href="https://finance.sina.com.cn/">新浪财经</a> <a>股票</a> <a>基金</a>',
        head,
        p_tags(c, "　　"),
        tail,
    )


def eastmoney(c: Ctx) -> str:
    head = f'<div class="infos"><div class="item">{c.cn} {c.t}</div><div class="item">来源: {c.source}</div><div class="item">作者：{c.writer}</div><div class="item">评论(0)</div></div>'
    tail = f'<div class="res-edit">(责任编辑：DF{300 + c.idx})</div><div class="b-review">郑重声明：东方财富网发布此信息的目的在于传播更多信息，与本站立场无关。</div>'
    return _page3(
        c,
        "东方财富网",
        '<a href="http://www.eastmoney.com/">东方财富网</a> <a>财经</a> <a>股票</a> <a>股吧</a>',
        head,
        p_tags(c, "　　"),
        tail,
        "gb2312",
    )


def cnstock(c: Ctx) -> str:
    head = f'<div class="bullet">{_info(c, "来源：上海证券报·中国证券网", "作者：" + c.writer, f"{c.iso} {c.t}")}</div>'
    return _page3(
        c,
        "中国证券网",
        '<a href="http://www.cnstock.com/">中国证券网</a> <a>要闻</a> <a>公司</a>',
        head,
        p_tags(c, "　　"),
        f'<div class="editor">编辑：{c.editor}</div>',
    )


def caixin(c: Ctx) -> str:
    head = f'<div id="artInfo">{c.cn} {c.t} 来源于 财新网</div><div class="subhead">文｜财新 {c.writer}</div>'
    tail = f'<div class="editor">责任编辑：{c.editor} | 版面编辑：{c.editor2}</div>'
    return _page3(
        c,
        "财新网",
        '<a href="http://www.caixin.com/">财新网</a> <a>经济</a> <a>金融</a> <a>公司</a>',
        head,
        p_tags(c, "　　"),
        tail,
    )


def guancha(c: Ctx) -> str:
    head = f'<div class="time">{_info(c, f"{c.iso} {c.t}:{c.ss:02d}", "来源：观察者网", "作者：" + c.writer)}</div>'
    tail = '<div class="article-declare">本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。关注观察者网微信guanchacn，每日阅读趣味文章。</div>'
    tail += f'<div class="editor">责任编辑：{c.editor}</div>'
    return _page3(
        c,
        "观察者网",
        '<a href="https://www.guancha.cn/">观察者网</a> <a>国际</a> <a>军事</a> <a>财经</a>',
        head,
        p_tags(c),
        tail,
    )


def huxiu(c: Ctx) -> str:
    head = (
        f'<div class="article__author-info"><a class="author-name" href="https://www.huxiu.com/member/{2300000 + c.idx}.html">{c.source}</a>'
        f'<span class="article__time">{c.iso} {c.t}</span></div>'
    )
    body = f'<p class="text-remarks">本文来自微信公众号：{c.source}（ID：huxiu_{c.idx}），作者：{c.writer}，题图来自：视觉中国</p>\n{p_tags(c)}'
    tail = '<div class="article__bottom-content">本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系 hezuo@huxiu.com</div>'
    return _page3(
        c, "虎嗅网", '<a href="https://www.huxiu.com/">虎嗅</a> <a>资讯</a> <a>24小时</a>', head, body, tail
    )


def haiwainet(c: Ctx) -> str:
    head = f'<div class="contentExtra">{_info(c, f"{c.iso} {c.ts}", "来源：海外网", "作者：" + c.writer, "编辑：" + c.editor)}</div>'
    return _page3(
        c,
        "海外网",
        '<a href="http://www.haiwainet.cn/">海外网</a> <a>中国</a> <a>国际</a>',
        head,
        p_tags(c, "　　"),
        '<div class="share">分享到：<a>微信</a></div>',
    )


def cri(c: Ctx) -> str:
    head = f'<div class="info">{_info(c, "来源：国际在线", f"{c.iso} {c.ts}", "编辑：" + c.editor)}</div>'
    return _page3(
        c,
        "国际在线",
        '<a href="http://news.cri.cn/">国际在线</a> <a>国际</a> <a>国内</a>',
        head,
        p_tags(c, "　　"),
        '<div class="share">分享到：<a>微信</a><a>微博</a></div>',
    )


def china_com(c: Ctx) -> str:
    head = f'<div class="time-source"><span class="time">{c.iso} {c.ts}</span> <span class="source">来源：新京报</span> <span class="author">作者：{c.writer}</span> <a>参与评论(0)人</a></div>'
    return _page3(
        c,
        "新闻频道_中华网",
        '<a href="https://news.china.com/">中华网</a> <a>新闻</a> <a>军事</a>',
        head,
        p_tags(c),
        f'<div class="editor">责任编辑：{c.editor}_NF{5500 + c.idx}</div>',
    )


def infzm(c: Ctx) -> str:
    intern = c.extra.get("corr", "")
    head = f'<div class="nfzm-content__author"><span>南方周末记者 {c.writer}</span> <span>南方周末实习生 {intern}</span></div><div class="nfzm-content__publish">{c.iso} {c.ts}</div>'
    return _page3(
        c,
        "南方周末",
        '<a href="http://www.infzm.com/">南方周末</a> <a>新闻</a> <a>经济</a>',
        head,
        p_tags(c),
        f'<div class="nfzm-content__editor">责任编辑：{c.editor}</div>',
    )


def xinmin(c: Ctx) -> str:
    head = f'<div class="info">{_info(c, "来源：新民晚报", "作者：" + c.writer, "编辑：" + c.editor, f"{c.iso} {c.ts}")}</div>'
    return _page3(
        c,
        "新民网",
        '<a href="http://www.xinmin.cn/">新民网</a> <a>上海</a> <a>国内</a>',
        head,
        p_tags(c, "　　"),
        "",
    )


def ycwb(c: Ctx) -> str:
    head = f'<div class="main_article_info">{_info(c, "来源：金羊网", "作者：" + c.writer, f"发表时间：{c.iso} {c.t}")}</div>'
    return _page3(
        c,
        "金羊网",
        '<a href="http://www.ycwb.com/">金羊网</a> <a>广州</a> <a>广东</a>',
        head,
        p_tags(c, "　　"),
        f'<div class="editor">编辑：{c.editor}</div>',
    )


def yangtse(c: Ctx) -> str:
    head = f'<div class="info">{_info(c, f"{c.iso} {c.ts}", "来源：扬子晚报网", "作者：" + c.writer)}</div>'
    return _page3(
        c,
        "扬子晚报网",
        '<a href="https://www.yangtse.com/">扬子晚报网</a> <a>紫牛新闻</a> <a>南京</a>',
        head,
        p_tags(c, "　　"),
        f'<div class="editor">编辑：{c.editor}</div>',
    )


def sznews(c: Ctx) -> str:
    head = (
        f'<div class="share_info">{_info(c, "来源：深圳特区报", "作者：" + c.writer, f"{c.iso} {c.t}")}</div>'
    )
    return _page3(
        c,
        "深圳新闻网",
        '<a href="http://www.sznews.com/">深圳新闻网</a> <a>深圳</a>',
        head,
        p_tags(c, "　　"),
        f'<div class="editor">[编辑：{c.editor}]</div>',
    )


def dahe(c: Ctx) -> str:
    head = f'<div class="mess">{_info(c, "来源：大河网", "作者：" + c.writer, "责任编辑：" + c.editor, f"{c.iso} {c.t}")}</div>'
    return _page3(
        c, "大河网", '<a href="https://www.dahe.cn/">大河网</a> <a>河南</a>', head, p_tags(c, "　　"), ""
    )


def scol(c: Ctx) -> str:
    head = f'<div class="info">{_info(c, f"{c.iso} {c.ts}", "来源：四川日报", "作者：" + c.writer, "编辑：" + c.editor)}</div>'
    return _page3(
        c,
        "四川在线",
        '<a href="https://www.scol.com.cn/">四川在线</a> <a>四川</a>',
        head,
        p_tags(c, "　　"),
        "",
        "gbk",
    )


def gov_cn(c: Ctx) -> str:
    head = f'<div class="pages-date">{c.iso} {c.t}　<span class="font">来源： 新华社</span>　<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
    tail = f'<div class="editor">【我要纠错】 责任编辑：{c.editor}</div><div class="print"><a>【我要打印】</a> <a>【关闭】</a></div>'
    return _page3(
        c,
        "中国政府网",
        '<a href="http://www.gov.cn/">中国政府网</a> <a>首页</a> <a>要闻</a> <a>政策</a>',
        head,
        p_tags(c, "　　"),
        tail,
    )


def ministry(c: Ctx) -> str:
    head = f'<div class="source">{_info(c, f"发布时间：{c.iso}", "来源：宣传司")}<span>【<a>打印</a>】【<a>关闭</a>】</span></div>'
    return _page3(
        c,
        "国家某某部",
        "<a>首页</a> <a>机构</a> <a>新闻</a> <a>信息公开</a> <a>政务服务</a>",
        head,
        p_tags(c, "　　"),
        "",
    )


def township(c: Ctx) -> str:
    head = f'<div class="info">{_info(c, f"发布时间：{c.iso} {c.t}", "作者：" + c.writer, "来源：某某镇人民政府", f"阅读次数：{120 + c.idx}")}</div>'
    return _page3(
        c,
        "某某镇人民政府",
        "<a>首页</a> <a>镇情概况</a> <a>政务公开</a> <a>工作动态</a>",
        head,
        p_tags(c, "　　"),
        '<div class="print"><a>【打印】</a> <a>【关闭】</a></div>',
    )


def middle_school(c: Ctx) -> str:
    head = f'<div class="info">{_info(c, "发布者：admin", f"发布时间：{c.iso} {c.t}", f"浏览次数：{80 + c.idx}")}</div>'
    body = (
        p_tags(c, "　　")
        + f'\n<p style="text-align:right">（文/{c.writer} 图/{c.extra.get("photo", "")} 审核/{c.editor2}）</p>'
    )
    return _page3(
        c, "某某市第一中学", "<a>首页</a> <a>学校概况</a> <a>校园新闻</a> <a>教学教研</a>", head, body, ""
    )


def company(c: Ctx) -> str:
    head = f'<div class="info">{_info(c, "发布人：管理员", f"发布时间：{c.iso}", f"浏览次数：{400 + c.idx}")}</div>'
    return _page3(
        c,
        "某某集团有限公司",
        "<a>首页</a> <a>关于我们</a> <a>新闻中心</a> <a>产品中心</a> <a>联系我们</a>",
        head,
        p_tags(c, "　　"),
        '<div class="prev">上一篇：<a>集团召开年度工作会议</a></div>',
    )


def college_dept(c: Ctx) -> str:
    head = f'<div class="info">{_info(c, "来源：学院办公室", f"发布时间：{c.iso}", f"点击：{600 + c.idx}")}</div>'
    tail = f'<div class="credit">文/图：{c.writer}　审核：{c.editor2}　编辑：{c.editor}</div>'
    return _page3(
        c,
        "某某大学某某学院",
        "<a>首页</a> <a>学院概况</a> <a>学院新闻</a> <a>通知公告</a>",
        head,
        p_tags(c, "　　"),
        tail,
    )


def cnhubei(c: Ctx) -> str:
    head = f'<div class="info">{_info(c, "来源：湖北日报", "作者：" + c.writer, "编辑：" + c.editor, f"{c.iso} {c.t}")}</div>'
    return _page3(
        c,
        "荆楚网",
        '<a href="http://www.cnhubei.com/">荆楚网</a> <a>湖北</a> <a>武汉</a>',
        head,
        p_tags(c, "　　"),
        '<div class="share">分享到：<a>微信</a></div>',
    )


@dataclass(frozen=True)
class Template:
    """A site's article page: its renderer, encoding, era and what its writer slot holds."""

    name: str
    render: Callable[[Ctx], str]
    encoding: str
    years: tuple[int, int]
    writer: str  # "none": no writer slot; "person": a reporter; "institution": a body credited as 作者; "department"
    source: str


TEMPLATES: list[Template] = [
    Template("xinhua", xinhua, "utf-8", (2016, 2019), "none", "新华网"),
    Template("people", people, "utf-8", (2016, 2019), "person", "人民网－人民日报"),
    Template("chinanews", chinanews, "utf-8", (2015, 2019), "none", "中国新闻网"),
    Template("cctv", cctv, "utf-8", (2016, 2019), "none", "央视网"),
    Template("gmw", gmw, "utf-8", (2016, 2019), "person", "光明日报"),
    Template("chinacomcn", chinacomcn, "utf-8", (2013, 2018), "none", "中国网"),
    Template("sina", sina, "utf-8", (2017, 2019), "none", "北京青年报"),
    Template("netease", netease, "utf-8", (2016, 2019), "none", "北京青年报"),
    Template("sohu", sohu, "utf-8", (2017, 2019), "none", "平安中国"),
    Template("qq", qq, "utf-8", (2018, 2019), "none", "新京报"),
    Template("ifeng", ifeng, "utf-8", (2018, 2019), "none", "新京报"),
    Template("thepaper", thepaper, "utf-8", (2016, 2019), "person", "澎湃新闻"),
    Template("jiemian", jiemian, "utf-8", (2016, 2019), "person", "界面新闻"),
    Template("huanqiu", huanqiu, "utf-8", (2017, 2019), "person", "环球网"),
    Template("southcn", southcn, "utf-8", (2014, 2019), "person", "南方日报"),
    Template("dzwww", dzwww, "gb2312", (2012, 2018), "person", "大众日报"),
    Template("eastday", eastday, "utf-8", (2014, 2019), "person", "新民晚报"),
    Template("ynet", ynet, "utf-8", (2015, 2019), "person", "北京青年报"),
    Template("gov_xxgk", gov_xxgk, "utf-8", (2015, 2020), "none", "省政府办公厅"),
    Template("gov_news", gov_news, "utf-8", (2016, 2020), "institution", "某某县融媒体中心"),
    Template("county_media", county_media, "utf-8", (2018, 2020), "person", "某某县融媒体中心"),
    Template("school", school, "utf-8", (2015, 2020), "person", "党委宣传部"),
    Template("hospital", hospital, "utf-8", (2016, 2020), "department", "本站原创"),
    Template("sina2005", sina2005, "gb2312", (2004, 2007), "none", "新京报"),
    Template("yesky2006", yesky2006, "gb2312", (2005, 2008), "person", "天极网"),
    Template("regional2008", regional2008, "gbk", (2007, 2010), "person", "辽宁日报"),
    Template("bjnews", bjnews, "utf-8", (2017, 2019), "person", "新京报"),
    Template("chinadaily", chinadaily, "utf-8", (2016, 2019), "person", "中国日报网"),
]

_SITE_SUFFIX = re.compile(r"(?:_[^_]{1,12}|\|.*|-[^-]{2,12}(?:网|政府|新闻)[^-]*)$")


def headline(raw: str) -> str:
    """The headline a site prints: the corpus title without a scraped site suffix or a cut '...'."""
    title = re.sub(r"[.…]{2,}$", "", raw.strip())
    for _ in range(2):
        title = _SITE_SUFFIX.sub("", title).strip(" -_|")
    return title


# Second batch: a body's name after " - " is a suffix too; a "|" after a short head is the headline's own.
_SITE_SUFFIX2 = re.compile(r"\s*[-—]\s*[^-—]{2,16}(?:网|政府|局|中心)$")


def headline2(raw: str) -> str:
    """The second batch's headline: ``headline`` plus the suffixes it missed in the first batch's draw."""
    title = _SITE_SUFFIX2.sub("", raw.strip())
    head, bar, tail = title.partition("|")
    if bar and len(head) < 6:
        return head + bar + headline(tail)
    return headline(title)


def paragraphs(text: str) -> list[str]:
    """Split a corpus text into paragraphs (breaks, runs of spaces); cut run-on text after sentence ends."""
    text = text.replace("\\n", "\n").replace("\ufffd", "")
    parts = [p.strip(" 　\t") for p in re.split(r"\n|\s{2,}|　　", text)]
    return [chunk for part in parts if part for chunk in sentence_chunks(part, 180)]


_CHROME_DATE = re.compile(r"(20\d\d)-(\d\d)-(\d\d)\s+(\d\d):(\d\d)")
# The second batch also reads a chrome date glued to its time or without one ("2018-11-0715:02",
# "发布时间:2017-11-14"); the first batch's pages were frozen with the pattern above.
_CHROME_DATE2 = re.compile(r"(20\d\d)-(\d\d)-(\d\d)\s*(?:(\d\d):(\d\d))?")

TEMPLATES2: list[Template] = [
    Template("baijiahao", baijiahao, "utf-8", (2018, 2020), "none", "平安天府"),
    Template("wangyihao", wangyihao, "utf-8", (2018, 2020), "none", "平安武清"),
    Template("youth", youth, "utf-8", (2016, 2020), "person", "中国青年网"),
    Template("cnr", cnr, "gb2312", (2014, 2019), "none", "央广网"),
    Template("ce", ce, "gb2312", (2013, 2019), "person", "经济日报"),
    Template("nbd", nbd, "utf-8", (2016, 2020), "person", "每日经济新闻"),
    Template("rednet", rednet, "utf-8", (2017, 2020), "person", "红网"),
    Template("cqnews", cqnews, "utf-8", (2016, 2020), "person", "华龙网"),
    Template("zjol", zjol, "gbk", (2012, 2018), "person", "浙江日报"),
    Template("iqilu", iqilu, "utf-8", (2017, 2020), "person", "闪电新闻"),
    Template("qianlong", qianlong, "utf-8", (2015, 2020), "person", "北京日报"),
    Template("court", court, "utf-8", (2015, 2020), "two", "某某区人民法院"),
    Template("procuratorate", procuratorate, "utf-8", (2015, 2020), "person", "某某县人民检察院"),
    Template("police", police, "utf-8", (2015, 2020), "none", "某某县公安局"),
    Template("gov_policy", gov_policy, "utf-8", (2016, 2021), "none", "市政府办公室"),
    Template("city_leader", city_leader, "utf-8", (2016, 2021), "person", "市政府办公室"),
    Template("people2003", people2003, "gb2312", (2002, 2004), "none", "人民网"),
    Template("xinhua2006", xinhua2006, "gb2312", (2005, 2007), "none", "新华网"),
    Template("sohu2004", sohu2004, "gb2312", (2003, 2005), "none", "新京报"),
    Template("qq2007", qq2007, "gb2312", (2006, 2008), "person", "新京报"),
    Template("netease2008", netease2008, "gbk", (2007, 2009), "person", "新京报"),
    Template("stdaily", stdaily, "utf-8", (2016, 2020), "person", "科技日报"),
    Template("mil81", mil81, "utf-8", (2016, 2020), "person", "解放军报"),
    Template("cjn", cjn, "utf-8", (2015, 2020), "person", "长江日报"),
]


TEMPLATES3: list[Template] = [
    Template("toutiao", toutiao, "utf-8", (2017, 2020), "none", "平安古城"),
    Template("sina_finance", sina_finance, "utf-8", (2016, 2020), "none", "中国证券报"),
    Template("eastmoney", eastmoney, "gb2312", (2014, 2019), "person", "证券时报网"),
    Template("cnstock", cnstock, "utf-8", (2015, 2020), "person", "上海证券报"),
    Template("caixin", caixin, "utf-8", (2015, 2020), "person", "财新网"),
    Template("guancha", guancha, "utf-8", (2016, 2020), "person", "观察者网"),
    Template("huxiu", huxiu, "utf-8", (2016, 2020), "person", "财经十一人"),
    Template("haiwainet", haiwainet, "utf-8", (2015, 2020), "person", "海外网"),
    Template("cri", cri, "utf-8", (2016, 2020), "none", "国际在线"),
    Template("china_com", china_com, "utf-8", (2014, 2018), "person", "新京报"),
    Template("infzm", infzm, "utf-8", (2015, 2020), "person", "南方周末"),
    Template("xinmin", xinmin, "utf-8", (2015, 2020), "person", "新民晚报"),
    Template("ycwb", ycwb, "utf-8", (2015, 2020), "person", "金羊网"),
    Template("yangtse", yangtse, "utf-8", (2017, 2020), "person", "扬子晚报网"),
    Template("sznews", sznews, "utf-8", (2015, 2020), "person", "深圳特区报"),
    Template("dahe", dahe, "utf-8", (2015, 2020), "person", "大河网"),
    Template("scol", scol, "gbk", (2012, 2018), "person", "四川日报"),
    Template("gov_cn", gov_cn, "utf-8", (2016, 2021), "none", "新华社"),
    Template("ministry", ministry, "utf-8", (2016, 2021), "none", "宣传司"),
    Template("township", township, "utf-8", (2016, 2021), "institution", "某某镇人民政府"),
    Template("middle_school", middle_school, "utf-8", (2016, 2021), "person", "某某市第一中学"),
    Template("company", company, "utf-8", (2014, 2021), "none", "某某集团"),
    Template("college_dept", college_dept, "utf-8", (2016, 2021), "person", "学院办公室"),
    Template("cnhubei", cnhubei, "utf-8", (2015, 2020), "person", "湖北日报"),
]


@dataclass(frozen=True)
class Batch:
    """One frozen batch: its draw, templates, hand-read credits and first page number."""

    seed: int
    count: int
    templates: list[Template]
    credits: dict[int, dict[str, list[str]]]
    first: int
    chrome: re.Pattern[str]


BATCHES = [
    Batch(SEED, COUNT, TEMPLATES, TEXT_CREDITS, 0, _CHROME_DATE),
    Batch(SEED + 1, 24, TEMPLATES2, TEXT_CREDITS2, COUNT, _CHROME_DATE2),
    Batch(SEED + 2, 24, TEMPLATES3, TEXT_CREDITS3, COUNT + 24, _CHROME_DATE2),
]


def _writer(mode: str, text_authors: list[str], rng: random.Random) -> str:
    """What a template's writer slot shows (space-separated names for two writers)."""
    if mode == "person":
        return text_authors[0] if text_authors else rng.choice(WRITERS)
    if mode == "two":
        return " ".join(text_authors[:2]) if len(text_authors) >= 2 else " ".join(rng.sample(WRITERS, 2))
    if mode == "institution":
        return rng.choice(INSTITUTIONS)
    if mode == "department":
        return rng.choice(DEPARTMENTS)
    return ""


def make(root: Path) -> list[dict[str, object]]:
    """Write every page and return the truth rows."""
    rows_by_id = {}
    for line in (root / "inews-bdci2019" / "train.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        rows_by_id[row["id"]] = row
    used = set(re.findall(r'"(train-\d+)"', (REPO / "tools" / "make_fields_pages.py").read_text("utf-8")))
    out_dir = OUT / "portals"
    out_dir.mkdir(parents=True, exist_ok=True)
    truth = []
    for batch in BATCHES:
        pool = [
            r
            for r in rows_by_id.values()
            if r["id"] not in used
            and 400 <= len(r["content"]) <= 2500
            and r["title"]
            and len(r["title"]) >= 6
        ]
        picked = random.Random(batch.seed).sample(pool, batch.count)
        used |= {r["id"] for r in picked}
        for offset, row in enumerate(picked):
            truth.append(_page(batch, batch.first + offset, offset, row, out_dir))
    return truth


def _page(batch: Batch, idx: int, offset: int, row: dict[str, str], out_dir: Path) -> dict[str, object]:
    """Render one page of a batch and return its truth row."""
    tpl = batch.templates[offset % len(batch.templates)]
    rng = random.Random(f"{batch.seed if batch.first else SEED}:{idx}")
    credits = batch.credits.get(idx, {})
    text_authors = credits.get("authors", [])
    y = rng.randint(*tpl.years)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)
    chrome = batch.chrome.search(row["content"][:200])
    if chrome:
        y, m, d = (int(g) for g in chrome.groups()[:3])
        if chrome.group(4):
            hh, mm = int(chrome.group(4)), int(chrome.group(5))
    writer = _writer(tpl.writer, text_authors, rng)
    editor, editor2 = rng.sample(EDITORS, 2)
    ctx = Ctx(
        idx,
        headline2(row["title"]) if batch.first else headline(row["title"]),
        paragraphs(row["content"]),
        y,
        m,
        d,
        hh,
        mm,
        ss,
        writer,
        editor,
        editor2,
        tpl.source,
        text_authors,
        rng,
    )
    photographers: list[str] = []
    corr = list(credits.get("corr", []))
    if tpl.name in ("city_leader", "middle_school"):
        ctx.extra["photo"] = rng.choice([w for w in WRITERS if w not in writer.split()])
        photographers.append(ctx.extra["photo"])
    if tpl.name == "infzm":
        ctx.extra["corr"] = rng.choice([w for w in WRITERS if w not in writer.split()])
        corr.append(ctx.extra["corr"])
    page = tpl.render(ctx)
    name = f"{idx:02d}_{tpl.name}_{row['id']}.html"
    (out_dir / name).write_bytes(page.encode(tpl.encoding, errors="xmlcharrefreplace"))
    path = f"tests/data/cms_probe/portals/{name}"
    authors = list(dict.fromkeys(writer.split() + text_authors))
    split = split_of(path)
    no_editor = ("sohu", "qq", "baijiahao", "wangyihao", "police", "gov_policy", "court", "procuratorate")
    no_editor += ("city_leader", "toutiao", "eastmoney", "ministry", "township", "middle_school", "company")
    editors = [editor] if tpl.name not in no_editor else []
    if tpl.name in ("cctv", "thepaper", "county_media", "school", "bjnews", "people", "iqilu", "caixin"):
        editors.append(editor2)
    row_out: dict[str, object] = {
        "path": path,
        "title": ctx.title,
        "date": ctx.iso,
        "authors": authors,
        "editors": editors,
        "correspondents": corr,
        "kind": tpl.name,
        "encoding": tpl.encoding,
        "source_text": row["id"],
        "split": split,
    }
    if photographers:
        row_out["photographers"] = photographers
    if batch.first:
        row_out["batch"] = 2 if batch.first == COUNT else 3
    return row_out


def draw_unused(
    root: Path, *, salt: str, count: int, own: tuple[str, ...], keep: Callable[[dict[str, str]], bool]
) -> list[dict[str, str]]:
    """The inews train texts no other probe set uses that ``keep`` accepts, in the order of their salted hash.

    A text is used when any committed truth file or probe tool names its id, except the files in
    ``own`` (the set's own, and any set drawn at the same time whose texts it may share): sets
    written apart never measure the same text twice, and none is picked by hand.
    """
    used: set[str] = set()
    for path in [*(REPO / "tests" / "data").rglob("*.jsonl"), *(REPO / "tools").glob("*.py")]:
        if path.name in own:
            continue
        used |= set(re.findall(r"train-\d{5}", path.read_text("utf-8", errors="ignore")))
    pool = []
    for line in (root / "inews-bdci2019" / "train.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["id"] not in used and keep(row):
            pool.append(row)
    pool.sort(key=lambda r: hashlib.sha1(f"{salt}:{r['id']}".encode()).hexdigest())
    return pool[:count]


def probe_main(
    argv: list[str] | None, doc: str | None, make: Callable[[Path], list[dict[str, object]]], name: str
) -> int:
    """Every probe tool's command line: read the shared texts, write ``{name}.jsonl``, say how many pages."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--data", help="shared data directory")
    args = parser.parse_args(argv)
    truth = make(shared_data_dir(args.data))
    lines = [json.dumps(row, ensure_ascii=False) for row in truth]
    (OUT / f"{name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(truth)} pages, {sum(r['split'] == 'tune' for r in truth)} tune")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Write the pages and the truth file."""
    return probe_main(argv, __doc__, make, "portals")


if __name__ == "__main__":
    sys.exit(main())
