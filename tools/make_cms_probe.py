# ruff: noqa: E501  (HTML page templates are kept one line a tag, as pages print them)
"""Write the CMS probe pages: article pages of common Chinese site software and platforms.

Usage: ``python tools/make_cms_probe.py [--data DIR]``; rewrites
``tests/data/cms_probe/software/*.html`` and ``tests/data/cms_probe/software.jsonl``.

Why: the fields dev set's tune pages are all right, and fresh real pages are used
up, so rules could no longer be told apart from overfitting. These pages
reproduce, from memory of how they print, the article-page templates of the
software most Chinese sites and self-publishing platforms run (DedeCMS, PHPCMS,
帝国CMS, 动易, government site groups, WordPress, Z-Blog, Typecho, Discuz! X3 and 7,
phpwind, 百度贴吧, 天涯, 新浪/网易博客, 博客园, CSDN, 简书, 知乎专栏, 微信公众号, 百家号,
头条, 澎湃号, 博达 school sites): their ``<title>`` forms, logo headings, info lines,
relative dates, post headers, signatures, dated replies and related lists.

**Texts are real**: inews BDCI-2019 train texts drawn by a seeded random sample
(seed 20261206) from the texts a mechanical rule keeps (200-6,000 characters,
a title without a cut ``...`` or a ``_site``/`` - site`` suffix); never hand-picked.
The truth of each page (title as printed for the article, the day as printed or
resolved from the capture time for relative dates, writers only) is written here
with the template, before any extractor ran on the pages. Writers named inside a
text (``（记者：张倩）``) were read by eye from the sampled texts and are listed in
``TEXT_AUTHORS``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.corpora import shared_data_dir  # noqa: E402
from tools.make_fields_pages import esc, paragraphs  # noqa: E402

OUT = REPO / "tests" / "data" / "cms_probe"
SEED = 20261206
BEIJING = timezone(timedelta(hours=8))

# Writers credited inside the sampled texts, read by eye (text id -> names); logins (文/aa) are no writers.
TEXT_AUTHORS: dict[str, list[str]] = {
    "train-04836": ["龙骧子"],  # 作者：龙骧子据观察者网… (a pen name, glued to the first sentence)
    "train-02169": ["石景"],  # （中国宁波网民生e点通 石景） … 作者：石 景
    "train-00987": ["刘丽霞"],  # 漯河台记者刘丽霞报道：
    "train-04653": ["徐越蔷"],  # □鲍盛 叶万富 记者 徐越蔷 (the unlabelled names are correspondents)
    "train-02096": ["吴文诩"],  # 新华社成都12月11日电（记者吴文诩）
    "train-01344": ["余开洋"],  # 四川新闻网达州5月5日讯（记者 余开洋）
    "train-01076": ["张磊"],  # 齐鲁晚报德州6月25日讯（记者 张磊）
}

WRITERS = ["王建国", "李晓红", "张伟", "刘芳", "陈明", "赵丽娟", "周平", "欧阳晓峰", "孙志刚", "黄敏"]
NON_WRITERS = ["admin", "佚名", "本站", "管理员", "编辑部", "未知"]
NICKS = ["江南烟雨", "老猫在路上", "山野闲人", "青衫磊落", "小桥流水人家", "木子李", "北方的狼", "半夏微凉", "东篱采菊", "海边的风"]
LOGINS = ["qq_41234567", "xiaoming88", "wx_lee2016", "tb_user7721"]


@dataclass
class Ctx:
    """What a template needs: the text, the day, a random source and titles for the side lists."""

    title: str
    paras: list[str]
    when: datetime
    rng: random.Random
    others: list[str]
    text_authors: list[str]

    def side(self, n: int = 5, fmt: str = "%Y-%m-%d") -> list[tuple[str, str]]:
        """Other articles with their own dates (before and after this one), for related lists and sidebars."""
        picks = self.rng.sample(self.others, n)
        return [(t, (self.when + timedelta(days=self.rng.randint(-400, 60))).strftime(fmt)) for t in picks]

    def body(self, tag: str = "p", indent: str = "") -> str:
        return "\n".join(f"<{tag}>{indent}{esc(p)}</{tag}>" for p in self.paras)

    def brs(self) -> str:
        return "<br />\n".join(esc(p) for p in self.paras)


@dataclass
class Made:
    """One made page and its truth."""

    html: str
    url: str
    date: str | None
    authors: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    fetched: str = ""
    notes: str = ""


def ymd(when: datetime) -> str:
    return when.strftime("%Y-%m-%d")


def loose(when: datetime) -> str:
    """``2009-3-5`` as old software prints it (no zero padding)."""
    return f"{when.year}-{when.month}-{when.day}"


def li_list(items: list[tuple[str, str]], fmt: str = '<li><a href="/a/{i}.html">{t}</a><span>{d}</span></li>') -> str:
    return "\n".join(fmt.format(i=9000 + k, t=esc(t), d=d) for k, (t, d) in enumerate(items))


# --- templates: each returns the page and its truth ------------------------------------------------


def dedecms(c: Ctx) -> Made:
    writer = c.rng.choice(WRITERS + NON_WRITERS)
    site = "平湖信息网"
    url = f"http://www.phxxw.com/a/news/{c.when:%Y%m%d}/{c.rng.randint(1000, 9999)}.html"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(c.title)}_本地新闻_{site}</title>
<meta name="keywords" content="{esc(c.title)}" />
<meta name="description" content="{esc(c.paras[0][:60])}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="http://www.phxxw.com"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="{site}"/></a></h1></div>
<div class="banner"></div></div>
<div class="module blue mT10 wrapper w963"><div class="top"><div id="navMenu"><ul><li><a href='/'><span>主页</span></a></li><li><a href='/a/news/'><span>本地新闻</span></a></li><li><a href='/a/shehui/'><span>社会民生</span></a></li></ul></div></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='http://www.phxxw.com/'>主页</a> > <a href='/a/news/'>本地新闻</a> > </div>
<div class="viewbox">
<div class="title"><h2>{esc(c.title)}</h2></div>
<div class="info"><small>时间:</small>{c.when:%Y-%m-%d %H:%M}<small>来源:</small>未知 <small>作者:</small>{writer} <small>点击:</small><script src="/plus/count.php?view=yes&aid=1234&mid=1" type='text/javascript' language="javascript"></script>次</div>
<div class="intro">{esc(c.paras[0][:80])}</div>
<div class="content"><table width='100%'><tr><td><div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"></div>
{c.body()}
</td></tr></table></div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/a/news/1233.html'>{esc(c.others[0])}</a> </li><li>下一篇：<a href='/a/news/1235.html'>{esc(c.others[1])}</a> </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=1234" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=1234" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=1234" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
</div></div>
<div class="pright">
<div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>推荐内容</strong></dt><dd class='light'><ul class="d4">
{li_list(c.side(4), '<li><a href="/a/news/{i}.html">{t}</a><p>{d}</p></li>')}
</ul></dd></dl></div>
<div class="hot mt1"><dl class="tbox light"><dt class='light'><strong>热点内容</strong></dt><dd class='light'><ul class="c1 ico2">
{li_list(c.side(6), '<li><a href="/a/news/{i}.html">{t}</a></li>')}
</ul></dd></dl></div></div></div>
<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCms)" target="_blank"><strong>DedeCMS_V57_GBK_SP1</strong></a> &copy; 2004-2011 <a href="http://www.desdev.cn/" target="_blank">DesDev</a> Inc.<br /><div class="copyright">Copyright &copy; 2002-2011 DEDECMS. 织梦科技 版权所有&nbsp;&nbsp;</div></p></div></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [writer] if writer in WRITERS else [], "gb2312")


def phpcms(c: Ctx) -> Made:
    site = "中国林业资讯网"
    url = f"http://www.forestry-news.cn/html/{c.when.year}/news_{c.when:%m%d}/{c.rng.randint(10000, 99999)}.html"
    side = c.side(5)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{esc(c.title)} - 行业动态 - {site}</title>
<meta name="keywords" content="{esc(c.title[:8])}">
<meta name="description" content="{esc(c.paras[0][:70])}">
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="body-top"><div class="content">站点导航 | <a href="/index.php?m=member&c=index&a=login">登录</a> <a href="/index.php?m=member&c=index&a=register">注册</a></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/v9/logo.jpg" /></a></div>
<div class="nav-bar"><map><ul class="nav-site"><li><a href="/"><span>首页</span></a></li><li class="line">|</li><li><a href="/html/news/"><span>行业动态</span></a></li><li class="line">|</li><li><a href="/html/policy/"><span>政策法规</span></a></li></ul></map></div></div>
<div class="main">
<div class="crumbs"><a href="/">首页</a><span> > </span><a href="/html/news/">行业动态</a> >  正文</div>
<div class="col-left"><div id="Article">
<h1>{esc(c.title)}<br />
<span>{c.when:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;&nbsp;来源：<a href='http://www.forestry-news.cn' target='_blank' style='color:#AAA'>本站</a>&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>
<div class="content">
{c.body()}
</div>
<div id="pages" class="text-c"></div>
<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/index.php?m=content&c=tag&a=lists&tag=%E6%9E%97%E4%B8%9A" class="blue">林业</a></p>
<p class="f14"><strong>上一篇：</strong><a href="/html/news/1.html">{esc(c.others[2])}</a><br /><strong>下一篇：</strong><a href="/html/news/3.html">{esc(c.others[3])}</a></p>
<div class="related"><h5 class="blue">延伸阅读：</h5><ul class="list blue lh24 f14">
{li_list(side[:3], '<li>·<a href="/html/news/{i}.html" target="_blank">{t}</a><span>({d})</span></li>')}
</ul></div>
<div class="Article-Tool">分享到：<a href="#" class="bds_tsina">新浪微博</a> <a href="#" onclick="window.print();" class="print">打印</a></div>
</div></div>
<div class="col-auto"><div class="box"><h5 class="title-2">频道总排行</h5><ul class="content digg">
{li_list(side[3:], '<li><a href="/html/news/{i}.html" target="_blank">{t}</a></li>')}
</ul></div></div></div>
<div class="footer"><p class="info">Powered by <strong><a href="http://www.phpcms.cn" target="_blank">PHPCMS</a></strong> <em>V9</em> &copy; 2013 <img src="/statics/images/copyright.gif"/></p></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [], notes="the date is inside the <h1>'s <span>")


def empirecms(c: Ctx, gbk: bool = False) -> Made:
    writer = c.rng.choice(WRITERS)
    site = "临川新闻网"
    url = f"http://www.lcxww.com/news/shehui/{c.when:%Y-%m-%d}/{c.rng.randint(1000, 9999)}.html"
    charset = "gbk" if gbk else "utf-8"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(c.title)}_{site}</title>
<meta name="keywords" content="{esc(c.title[:10])}" />
<meta name="description" content="{esc(c.paras[0][:60])}" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/default/js/tabs.js"></script>
</head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="top"><tr><td><div align="center"><table width="920" border="0" cellspacing="0" cellpadding="0"><tr><td width="63%"><font color="#333333">设为首页 | 加入收藏 | 联系我们</font></td><td width="37%"><div align="right"><a href="/e/member/login/">登录</a> | <a href="/e/member/register/">注册</a></div></td></tr></table></div></td></tr></table>
<table width="920" border="0" align="center" cellpadding="0" cellspacing="10" class="header"><tr valign="middle"><td width="240"><a href="/"><img src="/skin/default/images/logo.gif" alt="{site}" width="200" height="65" border="0" /></a></td><td align="center"><a href="/"><img src="/skin/default/images/topad.gif" width="468" height="60" border="0" /></a></td></tr></table>
<table width="920" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr><td class="nav_global"><ul><li class="curr"><a href="/">首页</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/news/shehui/">社会</a></li></ul></td></tr></table>
<table width="920" border="0" align="center" cellpadding="0" cellspacing="0" class="position"><tr><td>现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/news/">新闻中心</a>&nbsp;>&nbsp;<a href="/news/shehui/">社会</a></td></tr></table>
<table width="920" border="0" align="center" cellpadding="0" cellspacing="10"><tr valign="top"><td class="main"><table width="100%" border="0" cellspacing="0" cellpadding="0" class="box"><tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" class="title_info">
<tr><td><h1>{esc(c.title)}</h1></td></tr>
<tr><td class="info_text">发布时间：{c.when:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;来源：本站原创&nbsp;&nbsp;作者：{writer}&nbsp;&nbsp;点击：<script src="/e/public/ViewClick/?classid=5&id=123&addclick=1"></script>&nbsp;&nbsp;【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr></table>
<div id="text">
{c.body("p", "&nbsp;&nbsp;&nbsp;&nbsp;")}
</div>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="digg"><tr><td><a href="/e/public/digg/?classid=5&id=123&dotop=1">顶一下</a></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="title"><tr><td><strong>相关文章</strong></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><ul>
{li_list(c.side(5), '<li><a href="/news/shehui/{i}.html" target="_blank">{t}</a> <span>{d}</span></li>')}
</ul></td></tr></table>
</td></tr></table></td>
<td class="sider"><table width="100%" border="0" cellspacing="0" cellpadding="0" class="title"><tr><td><strong>热门排行</strong></td></tr></table><ol class="rank">
{li_list(c.side(6), '<li><a href="/news/{i}.html" target="_blank">{t}</a></li>')}
</ol></td></tr></table>
<table width="920" border="0" align="center" cellpadding="0" cellspacing="0" class="copyright"><tr><td>Powered by <strong><a href="http://www.phome.net" target="_blank">EmpireCMS</a></strong> <strong><font color="#FF9900">7.2</font></strong>&nbsp; &copy; 2002-2015 <a href="http://www.digod.com" target="_blank">EmpireSoft Inc.</a></td></tr></table>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [writer], "gbk" if gbk else "utf-8")


def empirecms_gbk(c: Ctx) -> Made:
    return empirecms(c, gbk=True)


def powereasy(c: Ctx) -> Made:
    site = "青山教育信息网"
    url = f"http://www.qsedu.net/Article/ShowArticle.asp?ArticleID={c.rng.randint(100, 9999)}"
    writer = c.rng.choice(["佚名", c.rng.choice(WRITERS)])
    page = f"""<html>
<head>
<title>{site}--{esc(c.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="动易,{esc(c.title[:6])}">
<link href="../Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript" src="../js/menu.js"></script>
</head>
<body leftmargin=0 topmargin=0 onmousemove='HideMenu()'>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tdbgall"><tr><td width="180" class="top_top"><a href="http://www.qsedu.net" title="{site}" target="_blank"><img src="../Images/logo.gif" width="180" height="60" border="0"></a></td><td class="top_top" align="center"><img src="../Images/banner.jpg" width="468" height="60"></td></tr>
<tr><td colspan="2" class="top_nav_menu">| <a class="Channel" href="../Index.asp">网站首页</a> | <a class="Channel" href="../Article/Index.asp">文章中心</a> | <a class="Channel" href="../Soft/Index.asp">下载中心</a> |</td></tr></table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="main_shadow"></td></tr></table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall"><tr><td class="main_title_760">&nbsp;&nbsp;|&nbsp;&nbsp;您现在的位置: <a href="../">{site}</a> &gt;&gt; <a href="Index.asp">文章中心</a> &gt;&gt; <a href="ShowClass.asp?ClassID=3">教育动态</a> &gt;&gt; 正文</td></tr></table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="5" class="center_tdbgall"><tr><td valign="top">
<table class="main_title_760" width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="main_tdbg_760" align="center"><font class="main_title_760"><b>{esc(c.title)}</b></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="border2"><tr><td align="center" class="Article_tdbgall">作者：{writer}&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language='javascript' src='GetHits.asp?ArticleID=1234'></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{loose(c.when)}&nbsp;&nbsp;&nbsp;&nbsp;</td></tr>
<tr><td height="400" valign="top" id="fontzoom" class="Article_tdbgall" style="font-size:12px;line-height:150%;"><p>
{c.brs()}
</p></td></tr>
<tr><td align="right" class="Article_tdbgall">【<a href="../Comment.asp?ArticleID=1234" target="_blank">发表评论</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="main_title_575">上一篇文章：<a href="ShowArticle.asp?ArticleID=1233">{esc(c.others[4])}</a><br>下一篇文章：没有了</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="main_title_575"><b>相关文章</b></td></tr><tr><td class="main_tdbg_575">
{li_list(c.side(4, "%Y-%m-%d"), '<li><a href="ShowArticle.asp?ArticleID={i}">{t}</a>&nbsp;[{d}]</li>')}
</td></tr></table>
</td></tr></table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom_tdbgall"><tr><td class="Bottom_Adminlogo">站长：王老师&nbsp;&nbsp;<a href="../Admin/Admin_Index.asp">管理登录</a></td></tr><tr><td class="Bottom_Copyright">Copyright &copy; 2006 {site} All Rights Reserved.<br>Powered by：<a href="http://www.asp163.net" target="_blank">动易网络</a> 动易2006 SiteWeaver</td></tr></table>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [writer] if writer in WRITERS else [], "gb2312", notes="the site's name first in <title>, the date only as 更新时间")


def pageadmin_gov(c: Ctx) -> Made:
    dept = "清河县人民政府"
    url = f"http://www.qinghe.gov.cn/html/zwdt/{c.when:%Y%m}/{c.rng.randint(10000, 99999)}.html"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="SiteName" content="{dept}" />
<meta name="SiteDomain" content="www.qinghe.gov.cn" />
<meta name="SiteIDCode" content="1305340001" />
<meta name="ColumnName" content="政务动态" />
<meta name="ColumnType" content="工作动态" />
<meta name="ArticleTitle" content="{esc(c.title)}" />
<meta name="PubDate" content="{c.when:%Y-%m-%d %H:%M}" />
<meta name="ContentSource" content="县政府办" />
<meta name="Keywords" content="" />
<meta name="Description" content="{esc(c.paras[0][:60])}" />
<title>{esc(c.title)}-{dept}</title>
<link href="/templates/default/css/style.css" rel="stylesheet" />
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/templates/default/images/logo.png" alt="{dept}" /></a></div><div class="search"><input type="text" placeholder="请输入关键字" /><button>搜索</button></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="container"><div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; 正文</div>
<div class="article">
<div class="article_title"><h1>{esc(c.title)}</h1></div>
<div class="article_info">发布时间：{c.when:%Y-%m-%d} &nbsp;&nbsp; 来源：县政府办 &nbsp;&nbsp; 浏览次数：<span id="hits">1024</span> &nbsp;&nbsp; 【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</div>
<div class="article_content" id="zoom">
{c.body("p", "　　")}
</div>
<div class="article_foot"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关信息</h3><ul>
{li_list(c.side(5), '<li><a href="/html/zwdt/{i}.html">{t}</a><span class="date">{d}</span></li>')}
</ul></div></div>
<div class="footer"><p>主办：{dept}办公室 &nbsp; 承办：清河县大数据中心</p><p>网站标识码：1305340001 &nbsp; <a href="http://www.beian.miit.gov.cn">冀ICP备05012345号</a> &nbsp; 冀公网安备 13053402000123号</p><p>技术支持：PageAdmin</p></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [])


def gov_xxgk(c: Ctx) -> Made:
    dept = "东平市财政局"
    written = c.when - timedelta(days=c.rng.randint(2, 6))
    url = f"http://czj.dongping.gov.cn/art/{c.when.year}/{c.when.month}/{c.when.day}/art_1234_{c.rng.randint(100000, 999999)}.html"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{dept}</title>
<meta name="SiteName" content="{dept}" />
<meta name="ColumnName" content="通知公告" />
<meta name="ArticleTitle" content="{esc(c.title)}" />
<meta name="PubDate" content="{c.when:%Y-%m-%d %H:%M}" />
<meta name="ContentSource" content="{dept}" />
<link rel="stylesheet" type="text/css" href="/css/xxgk.css" />
</head>
<body>
<div id="top"><img src="/images/banner.jpg" alt="{dept}" /></div>
<div class="nav"><a href="/">首页</a> | <a href="/col/col1229/">机构概况</a> | <a href="/col/col1234/">信息公开</a> | <a href="/col/col1240/">通知公告</a></div>
<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0" border="1">
<tr><td class="label">索 引 号：</td><td>11330100002489123K/{c.when.year}-0{c.rng.randint(1000, 9999)}</td><td class="label">发布机构：</td><td>{dept}</td></tr>
<tr><td class="label">成文日期：</td><td>{written:%Y-%m-%d}</td><td class="label">发布日期：</td><td>{c.when:%Y-%m-%d}</td></tr>
<tr><td class="label">文　　号：</td><td>东财〔{c.when.year}〕{c.rng.randint(10, 99)}号</td><td class="label">公开方式：</td><td>主动公开</td></tr>
</table>
<div class="xxgk_title">{esc(c.title)}</div>
<div class="xxgk_content" id="zoom">
{c.body("p", "　　")}
<p style="text-align:right">{dept}</p>
<p style="text-align:right">{written.year}年{written.month}月{written.day}日</p>
</div>
<div class="bt"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="foot">版权所有：{dept} 地址：东平市人民路88号 <script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [], notes="site-wide <title>; 成文日期 earlier than 发布日期 (the publication day)")


def wordpress_dux(c: Ctx, relative: bool = False) -> Made:
    blog = "老高的自留地"
    slug = c.rng.randint(100, 3000)
    url = f"https://www.laogaoblog.com/{slug}.html"
    fetched = c.when + timedelta(hours=c.rng.randint(2, 5))
    shown = f"{(fetched - c.when).seconds // 3600}小时前" if relative else ymd(c.when)
    iso = c.when.isoformat()
    meta = "" if relative else f"""<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(c.title)} - {blog}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{blog}" />
<meta property="article:published_time" content="{iso}" />
<meta property="article:modified_time" content="{(c.when + timedelta(days=3)).isoformat()}" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","@id":"https://www.laogaoblog.com/#website","url":"https://www.laogaoblog.com/","name":"{blog}","inLanguage":"zh-CN"}},{{"@type":"WebPage","@id":"{url}#webpage","url":"{url}","name":"{esc(c.title)} - {blog}","isPartOf":{{"@id":"https://www.laogaoblog.com/#website"}},"datePublished":"{iso}","dateModified":"{(c.when + timedelta(days=3)).isoformat()}","inLanguage":"zh-CN"}}]}}</script>"""
    page = f"""<!DOCTYPE HTML>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=0, minimum-scale=1.0, maximum-scale=1.0">
<title>{esc(c.title)} - {blog}</title>
{meta}
<link rel='stylesheet' id='main-css' href='https://www.laogaoblog.com/wp-content/themes/dux/style.css?ver=6.2' type='text/css' media='all' />
<meta name="generator" content="WordPress 5.2.4" />
</head>
<body class="post-template-default single single-post postid-{slug} single-format-standard nav_fixed m-excerpt-cat site-layout-2">
<header class="header"><div class="container"><h1 class="logo"><a href="https://www.laogaoblog.com" title="{blog}-记录生活点滴"><img src="https://www.laogaoblog.com/wp-content/uploads/logo.png" alt="{blog}">{blog}</a></h1>
<div class="brand">记录生活<br>分享点滴</div>
<ul class="site-nav site-navbar"><li><a href="https://www.laogaoblog.com/">首页</a></li><li><a href="https://www.laogaoblog.com/category/life">生活</a></li><li><a href="https://www.laogaoblog.com/category/news">杂谈</a></li></ul></div></header>
<section class="container"><div class="content-wrap"><div class="content">
<header class="article-header"><h1 class="article-title"><a href="{url}">{esc(c.title)}</a></h1>
<div class="article-meta"><span class="item">{shown}</span><span class="item">分类：<a href="https://www.laogaoblog.com/category/news" rel="category tag">杂谈</a></span><span class="item post-views">阅读({c.rng.randint(100, 9999)})</span><span class="item">评论({c.rng.randint(0, 20)})</span><span class="item"></span></div></header>
<article class="article-content">
{c.body()}
<p>转载请注明：<a href="https://www.laogaoblog.com">{blog}</a> &raquo; <a href="{url}">{esc(c.title)}</a></p>
</article>
<div class="post-actions"><a href="javascript:;" class="post-like action action-like" data-pid="{slug}"><i class="fa fa-thumbs-o-up"></i>赞(<span>3</span>)</a></div>
<div class="article-tags">标签：<a href="https://www.laogaoblog.com/tag/news" rel="tag">新闻</a></div>
<nav class="article-nav"><span class="article-nav-prev">上一篇<br><a href="https://www.laogaoblog.com/{slug - 1}.html" rel="prev">{esc(c.others[5])}</a></span><span class="article-nav-next">下一篇<br><a href="https://www.laogaoblog.com/{slug + 1}.html" rel="next">{esc(c.others[6])}</a></span></nav>
<div class="relates"><div class="title"><h3>相关推荐</h3></div><ul>
{li_list(c.side(4), '<li><a href="https://www.laogaoblog.com/{i}.html">{t}</a></li>')}
</ul></div>
<div class="title" id="comments"><h3>评论 <small>抢沙发</small></h3></div>
</div></div>
<aside class="sidebar"><div class="widget widget_ui_posts"><h3>热门文章</h3><ul>
{li_list(c.side(5), '<li><a href="https://www.laogaoblog.com/{i}.html"><span class="text">{t}</span><span class="muted">{d}</span></a></li>')}
</ul></div></aside></section>
<footer class="footer"><div class="container"><p>&copy; 2019 <a href="https://www.laogaoblog.com">{blog}</a> &nbsp; 本站主题由 <a href="http://themebetter.com" target="_blank">themebetter</a> 提供 &nbsp; <a href="http://www.beian.miit.gov.cn/" target="_blank">京ICP备14012345号-1</a></p></div></footer>
</body>
</html>
"""
    return Made(
        page,
        url,
        ymd(c.when),
        [],
        fetched=fetched.isoformat() if relative else "",
        notes="relative date (x小时前), captured the same day" if relative else "og:title carries the blog's name",
    )


def wordpress_dux_relative(c: Ctx) -> Made:
    return wordpress_dux(c, relative=True)


def wordpress_twenty(c: Ctx) -> Made:
    nick = c.rng.choice(NICKS)
    blog = f"{nick}的小站"
    url = f"https://blog.xiaozhan.net/{c.when:%Y/%m/%d}/post-{c.rng.randint(10, 999)}/"
    page = f"""<!DOCTYPE html>
<html lang="zh-CN" class="no-js no-svg">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(c.title)} &#8211; {blog}</title>
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="{blog} &raquo; Feed" href="https://blog.xiaozhan.net/feed/" />
<link rel='stylesheet' id='twentyseventeen-style-css' href='https://blog.xiaozhan.net/wp-content/themes/twentyseventeen/style.css?ver=5.0.3' type='text/css' media='all' />
<meta name="generator" content="WordPress 5.0.3" />
</head>
<body class="post-template-default single single-post postid-88 single-format-standard has-header-image has-sidebar colors-light">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">跳至内容</a>
<header id="masthead" class="site-header" role="banner"><div class="custom-header"><div class="site-branding"><div class="wrap"><div class="site-branding-text"><p class="site-title"><a href="https://blog.xiaozhan.net/" rel="home">{blog}</a></p><p class="site-description">又一个WordPress站点</p></div></div></div></div>
<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="顶部菜单"><ul id="top-menu" class="menu"><li><a href="https://blog.xiaozhan.net/">首页</a></li><li><a href="https://blog.xiaozhan.net/about/">关于</a></li></ul></nav></div></div></header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-88" class="post-88 post type-post status-publish format-standard hentry category-uncategorized">
<header class="entry-header"><div class="entry-meta"><span class="screen-reader-text">发布于</span> <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{c.when.isoformat()}">{c.when.year}年{c.when.month}月{c.when.day}日</time><time class="updated" datetime="{(c.when + timedelta(days=40)).isoformat()}">{(c.when + timedelta(days=40)).year}年{(c.when + timedelta(days=40)).month}月{(c.when + timedelta(days=40)).day}日</time></a><span class="byline"> 作者 <span class="author vcard"><a class="url fn n" href="https://blog.xiaozhan.net/author/{nick}/">{nick}</a></span></span></div>
<h1 class="entry-title">{esc(c.title)}</h1></header>
<div class="entry-content">
{c.body()}
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><span class="screen-reader-text">分类</span><a href="https://blog.xiaozhan.net/category/uncategorized/" rel="category tag">未分类</a></span></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">《{esc(c.title)}》上有1条评论</h2><ol class="comment-list"><li id="comment-3" class="comment even thread-even depth-1"><article id="div-comment-3" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">路过的</b><span class="says">说道：</span></div><div class="comment-metadata"><a href="{url}#comment-3"><time datetime="{(c.when + timedelta(days=2)).isoformat()}">{(c.when + timedelta(days=2)).year}年{(c.when + timedelta(days=2)).month}月{(c.when + timedelta(days=2)).day}日 下午9:12</time></a></div></footer><div class="comment-content"><p>写得好，支持一下。</p></div></article></li></ol></div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>
{li_list(c.side(5), '<li><a href="https://blog.xiaozhan.net/?p={i}">{t}</a></li>')}
</ul></section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">文章归档</h2><ul><li><a href='https://blog.xiaozhan.net/{c.when:%Y/%m}/'>{c.when.year}年{c.when.month}月</a></li></ul></section></aside>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap"><div class="site-info"><a href="https://cn.wordpress.org/" class="imprint">自豪地采用WordPress</a></div></div></footer></div></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [nick], notes="published and updated <time>s; the blog's author in the byline")


def zblog(c: Ctx) -> Made:
    blog = "半亩方塘"
    url = f"http://www.banmufangtang.com/post/{c.rng.randint(10, 999)}.html"
    side = c.side(5, "%Y-%m-%d")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta http-equiv="Content-Language" content="zh-CN" />
<meta name="generator" content="Z-BlogPHP 1.5.2 Zero" />
<title>{esc(c.title)}-{blog}</title>
<link rel="stylesheet" rev="stylesheet" href="http://www.banmufangtang.com/zb_users/theme/default/style/default.css" type="text/css" media="all"/>
<script src="http://www.banmufangtang.com/zb_system/script/jquery-2.2.4.min.js" type="text/javascript"></script>
</head>
<body class="single">
<div id="divAll"><div id="divPage"><div id="divMiddle">
<div id="divTop"><h1 id="BlogTitle"><a href="http://www.banmufangtang.com/">{blog}</a></h1><h3 id="BlogSubTitle">问渠那得清如许，为有源头活水来</h3></div>
<div id="divNavBar"><hr/><ul><li><a href="http://www.banmufangtang.com/">首页</a></li><li><a href="http://www.banmufangtang.com/tags.php">标签</a></li><li><a href="http://www.banmufangtang.com/guestbook.html">留言本</a></li></ul></div>
<div id="divMain">
<div class="post single-post cate1 auth1">
<h4 class="post-date">{c.when.year}年{c.when:%m}月{c.when:%d}日</h4>
<h2 class="post-title">{esc(c.title)}</h2>
<div class="post-body">
{c.body()}
</div>
<h5 class="post-tags"></h5>
<h6 class="post-footer">作者:<a href="http://www.banmufangtang.com/author-1.html">admin</a> | 分类:<a href="http://www.banmufangtang.com/category-1.html">随笔</a> | 浏览:{c.rng.randint(10, 999)} | 评论:1</h6>
</div>
<ul class="msg mutuality"><li class="tbname">相关文章:</li>
{li_list(side[:3], '<li class="msgarticle"><a href="http://www.banmufangtang.com/post/{i}.html">{t}</a>&nbsp;&nbsp;({d})</li>')}
</ul>
<ul class="msg" id="cmt12"><li class="msgname"><img class="avatar" src="http://www.banmufangtang.com/zb_users/avatar/0.png" alt="" width="32"/>&nbsp;<span class="commentname"><a href="http://" rel="nofollow" target="_blank">访客</a></span><br/><small>&nbsp;发布于&nbsp;{(c.when + timedelta(days=1)):%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;回复</small></li><li class="msgarticle">路过，支持博主！</li></ul>
</div>
<div id="divSidebar"><dl class="function" id="divPrevious"><dt class="function_t">最近发表</dt><dd class="function_c"><ul>
{li_list(side[3:], '<li><a href="http://www.banmufangtang.com/post/{i}.html">{t}</a></li>')}
</ul></dd></dl><dl class="function" id="divArchives"><dt class="function_t">文章归档</dt><dd class="function_c"><ul><li><a href="http://www.banmufangtang.com/date-{c.when.year}-{c.when.month}.html">{c.when.year}年{c.when.month}月 (3)</a></li></ul></dd></dl></div>
<div id="divBottom"><h3 id="BlogCopyRight">Copyright {blog}. Some Rights Reserved.</h3><h4 id="BlogPowerBy">Powered By <a href="http://www.zblogcn.com/" title="Z-BlogPHP" target="_blank">Z-BlogPHP</a></h4></div>
</div><div class="clear"></div></div></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [], notes="date in an <h4> above the title; 作者 admin is a login")


def typecho(c: Ctx) -> Made:
    nick = c.rng.choice(NICKS)
    blog = "林间小记"
    url = f"https://www.linjian.me/archives/{c.rng.randint(10, 500)}/"
    page = f"""<!DOCTYPE HTML>
<html class="x-admin-sm">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge, chrome=1">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{esc(c.title)} - {blog}</title>
<link rel="stylesheet" href="https://www.linjian.me/usr/themes/default/normalize.css">
<link rel="stylesheet" href="https://www.linjian.me/usr/themes/default/style.css">
<meta name="description" content="{esc(c.paras[0][:80])}" />
<meta name="generator" content="Typecho 1.1/17.10.30" />
<meta name="template" content="default" />
</head>
<body>
<header id="header" class="clearfix"><div class="container"><div class="row"><div class="site-name col-mb-12 col-9"><a id="logo" href="https://www.linjian.me/">{blog}</a><p class="description">慢慢走，欣赏啊</p></div>
<div class="site-search col-3 kit-hidden-tb"><form id="search" method="post" action="https://www.linjian.me/" role="search"><label for="s" class="sr-only">搜索关键字</label><input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索" /><button type="submit" class="submit">搜索</button></form></div>
<div class="col-mb-12"><nav id="nav-menu" class="clearfix" role="navigation"><a href="https://www.linjian.me/">首页</a><a href="https://www.linjian.me/about.html" title="关于">关于</a></nav></div></div></div></header>
<div id="body"><div class="container"><div class="row">
<div class="col-mb-12 col-8" id="main" role="main">
<article class="post" itemscope itemtype="http://schema.org/BlogPosting">
<h1 class="post-title" itemprop="name headline"><a itemprop="url" href="{url}">{esc(c.title)}</a></h1>
<ul class="post-meta">
<li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" href="https://www.linjian.me/author/1/" rel="author">{nick}</a></li>
<li>时间: <time datetime="{c.when.isoformat()}" itemprop="datePublished">{c.when.year}年{c.when.month:02d}月{c.when.day:02d}日</time></li>
<li>分类: <a href="https://www.linjian.me/category/default/">默认分类</a></li>
</ul>
<div class="post-content" itemprop="articleBody">
{c.body()}
</div>
<p itemprop="keywords" class="tags">标签: 无</p>
</article>
<div id="comments"><span class="response">已有 1 条评论</span><ol class="comment-list"><li id="li-comment-12" class="comment-body comment-parent comment-odd"><div id="comment-12"><div class="comment-author"><cite class="fn">远方</cite></div><div class="comment-meta"><a href="{url}#comment-12">{(c.when + timedelta(days=5)).year}年{(c.when + timedelta(days=5)).month:02d}月{(c.when + timedelta(days=5)).day:02d}日</a></div><p>好文，收藏了。</p></div></li></ol></div>
<ul class="post-near"><li>上一篇: <a href="https://www.linjian.me/archives/9/" title="{esc(c.others[7])}">{esc(c.others[7])}</a></li><li>下一篇: 没有了</li></ul>
</div>
<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary"><section class="widget"><h3 class="widget-title">最新文章</h3><ul class="widget-list">
{li_list(c.side(5), '<li><a href="https://www.linjian.me/archives/{i}/">{t}</a></li>')}
</ul></section><section class="widget"><h3 class="widget-title">归档</h3><ul class="widget-list"><li><a href="https://www.linjian.me/{c.when:%Y/%m}/">{c.when:%B %Y}</a></li></ul></section></div>
</div></div></div>
<footer id="footer" role="contentinfo">&copy; {c.when.year} <a href="https://www.linjian.me/">{blog}</a>. 由 <a href="http://www.typecho.org">Typecho</a> 强力驱动.</footer>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [nick])


def _discuz_reply(c: Ctx, pid: int, floor: str, nick: str, when: datetime, text: str, x3: bool) -> str:
    if x3:
        return f"""<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={pid % 97}" target="_blank" class="xw1">{nick}</a></div></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&goto=findpost&ptid=1&pid={pid}" id="postnum{pid}">{floor}</a></strong><div class="pti"><div class="authi"><img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" /><em id="authorposton{pid}">发表于 {loose(when)} {when:%H:%M}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=1&amp;page=1&amp;authorid={pid % 97}" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">{esc(text)}</td></tr></table></div></div></div></td></tr></table></div>"""
    return f"""<div id="post_{pid}"><table id="pid{pid}" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr><td class="postauthor" rowspan="2"><div class="postinfo"><a target="_blank" href="space.php?uid={pid % 97}" style="margin-left: 20px; font-weight: 800">{nick}</a></div></td>
<td class="postcontent"><div class="postinfo"><strong><a title="复制本帖链接" id="postnum{pid}" href="javascript:;">{floor}</a></strong><div class="posterinfo"><div class="authorinfo"><img class="authicon" src="images/common/online_member.gif" /><em id="authorposton{pid}">发表于 {when:%y-%-m-%-d %H:%M}</em> | <a href="viewthread.php?tid=1&amp;page=1&amp;authorid={pid % 97}" rel="nofollow">只看该作者</a></div></div></div>
<div class="defaultpost"><div class="t_msgfontfix"><table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_{pid}">{esc(text)}</td></tr></table></div></div></td></tr></table></div>"""


REPLIES = ["顶一下，说得有道理。", "楼主辛苦了，mark一下慢慢看。", "支持！", "路过，帮顶。", "这个事情我也听说了，确实如此。"]


def discuz_x3(c: Ctx, relative: bool = False) -> Made:
    nick = c.rng.choice(NICKS)
    forum, site = "百姓话题", "古城论坛"
    tid = c.rng.randint(10000, 999999)
    url = f"http://bbs.guchengluntan.com/thread-{tid}-1-1.html"
    fetched = c.when + timedelta(days=2, hours=c.rng.randint(1, 10))
    if relative:
        shown = f'<span title="{loose(c.when)} {c.when:%H:%M}">前天&nbsp;{c.when:%H:%M}</span>'
    else:
        shown = f"{loose(c.when)} {c.when:%H:%M}"
    replies = "\n".join(
        _discuz_reply(c, 3000 + k, f"{k + 2}<sup>#</sup>", c.rng.choice(NICKS[:-1] + LOGINS), c.when + timedelta(hours=3 + 9 * k), REPLIES[k], True)
        for k in range(3)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(c.title)} - {forum} - {site} - Powered by Discuz!</title>
<link href="http://bbs.guchengluntan.com/thread-{tid}-1-1.html" rel="canonical" />
<meta name="keywords" content="{esc(c.title)}" />
<meta name="description" content="{esc(c.paras[0][:80])} ,{site}" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2017 Comsenz Inc." />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Rw3" />
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('http://bbs.guchengluntan.com/');">设为首页</a><a href="http://bbs.guchengluntan.com/" onclick="addFavorite(this.href, '{site}');return false;">收藏本站</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{site}"><img src="static/image/common/logo.png" alt="{site}" border="0" /></a></h2>
<div id="um"><p><a href="member.php?mod=logging&amp;action=login">登录</a> | <a href="member.php?mod=register">立即注册</a></p></div></div>
<div id="nv"><ul><li id="mn_portal"><a href="portal.php" hidefocus="true" title="Portal">门户</a></li><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true" title="BBS">论坛</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{site}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-12-1.html">{forum}</a> <em>&rsaquo;</em> <a href="thread-{tid}-1-1.html">{esc(c.title)}</a></div></div>
<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum-12-1.html">返回列表</a></span></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{c.rng.randint(100, 5000)}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">3</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{esc(c.title)}</span></h1><span class="xg1"><a href="thread-{tid}-1-1.html" onclick="return copyThreadUrl(this, '{site}')" >[复制链接]</a></span></td></tr></table>
<div id="post_2999"><table id="pid2999" class="plhin" summary="pid2999" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div id="favatar2999" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=37" target="_blank" class="xw1">{nick}</a></div></div>
<div class="avatar"><a href="home.php?mod=space&amp;uid=37" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid=37&size=middle" /></a></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&uid=37&do=thread&type=thread&view=me&from=space" class="xi2">{c.rng.randint(5, 300)}</a></p>主题</th><th><p><a href="home.php?mod=space&uid=37&do=thread&type=reply&view=me&from=space" class="xi2">{c.rng.randint(50, 3000)}</a></p>帖子</th><td><p><a href="home.php?mod=space&uid=37&do=profile" class="xi2">{c.rng.randint(100, 9000)}</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12">中级会员</a></em></p></div></td>
<td class="plc"><div class="pi"><div id="fj" class="y"></div><strong><a href="thread-{tid}-1-1.html" id="postnum2999">楼主</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon2999" src="static/image/common/online_member.gif" /><em id="authorposton2999">发表于 {shown}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;page=1&amp;authorid=37" rel="nofollow">只看该作者</a><span class="pipe show">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;extra=page%3D1&amp;ordertype=1" class="show">倒序浏览</a><span class="pipe show">|</span><a href="javascript:;" onclick="readmode($('thread_subject').innerHTML, 2999);" class="show">阅读模式</a></div></div></div>
<div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_2999">
{c.brs()}</td></tr></table></div></div></div>
<div class="sign" style="max-height:100px;maxHeightIE:100px;">人生如逆旅，我亦是行人。</div></td></tr></table></div>
{replies}
</div></div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="forum.php?mod=misc&action=showdarkroom">小黑屋</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="http://bbs.guchengluntan.com/" target="_blank">{site}</a></strong></p><p class="xs0">GMT+8, {fetched:%Y-%m-%d %H:%M} <span id="debuginfo">, Processed in 0.062500 second(s), 22 queries .</span></p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2017 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div>
</body>
</html>
"""
    return Made(
        page,
        url,
        ymd(c.when),
        [nick],
        fetched=fetched.isoformat() if relative else "",
        notes="发表于 前天 HH:MM with the full time in the span's title" if relative else "",
    )


def discuz_x3_relative(c: Ctx) -> Made:
    return discuz_x3(c, relative=True)


def discuz_7(c: Ctx) -> Made:
    nick = c.rng.choice(NICKS)
    forum, site = "灌水乐园", "江城论坛"
    tid = c.rng.randint(1000, 99999)
    url = f"http://bbs.jiangcheng.net/viewthread.php?tid={tid}&extra=page%3D1"
    replies = "\n".join(
        _discuz_reply(c, 500 + k, f"<em>{k + 2}</em><sup>#</sup>", c.rng.choice(NICKS[:-1]), c.when + timedelta(hours=1 + 20 * k), REPLIES[k + 1], False)
        for k in range(2)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(c.title)} - {forum} - {site} - Powered by Discuz!</title>
<meta name="keywords" content="" />
<meta name="description" content=" {site} " />
<meta name="generator" content="Discuz! 7.2" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2009 Comsenz Inc." />
<link rel="stylesheet" type="text/css" href="forumdata/cache/style_1_common.css" />
</head>
<body id="viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="header"><div class="wrap s_clear"><h2><a href="index.php" title="{site}"><img src="images/default/logo.gif" alt="{site}" border="0" /></a></h2>
<div id="umenu"><a href="logging.php?action=login">登录</a><a href="register.php" class="noborder">注册</a></div>
<div id="menu"><ul><li class="menu_1"><a href="index.php" hidefocus="true" id="mn_index">论坛</a></li><li class="menu_2"><a href="search.php" hidefocus="true">搜索</a></li></ul></div></div></div>
<div id="nav"><a href="index.php">{site}</a> &raquo; <a href="forumdisplay.php?fid=5">{forum}</a> &raquo; {esc(c.title)}</div>
<div id="wrap" class="wrap s_clear threadfix"><div class="forumcontrol s_clear"><table cellspacing="0" cellpadding="0"><tr><td class="modaction"></td><td><div class="pages_btns"><span class="pageback"><a href="forumdisplay.php?fid=5">返回列表</a></span></div></td></tr></table></div>
<div id="postlist" class="mainbox viewthread">
<div id="post_499"><table id="pid499" summary="pid499" cellspacing="0" cellpadding="0"><tr><td class="postauthor" rowspan="2"><div class="postinfo"><a target="_blank" href="space.php?uid=88" style="margin-left: 20px; font-weight: 800">{nick}</a></div>
<div class="popupmenu_popup userinfopanel" id="userinfo499" style="display: none; position: absolute;margin-top: -11px;"><div class="popavatar"><div id="userinfo499_ma"></div></div><dl class="s_clear"><dt>UID</dt><dd>88&nbsp;</dd><dt>帖子</dt><dd>{c.rng.randint(50, 3000)}&nbsp;</dd><dt>注册时间</dt><dd>{(c.when - timedelta(days=700)):%Y-%m-%d}&nbsp;</dd></dl></div>
<p><em><a href="faq.php?action=grouppermission&amp;searchgroupid=12" target="_blank">中级会员</a></em></p></td>
<td class="postcontent"><div id="threadstamp"></div><div class="postinfo"><strong><a title="复制本帖链接" id="postnum499" href="javascript:;">楼主</a></strong><div class="posterinfo"><div class="pagecontrol"><a href="viewthread.php?action=printable&amp;tid={tid}" target="_blank" class="print left">打印</a><div class="msgfsize right"><label>字体大小: </label><small onclick="$('postlist').className='mainbox viewthread'" title="正常">t</small><big onclick="$('postlist').className='mainbox viewthread t_bigfont'" title="放大">T</big></div></div>
<div class="authorinfo"><img class="authicon" id="authicon499" src="images/common/online_member.gif" /><em id="authorposton499">发表于 {c.when:%y-%-m-%-d %H:%M}</em> | <a href="viewthread.php?tid={tid}&amp;page=1&amp;authorid=88" rel="nofollow">只看该作者</a></div></div></div>
<div class="defaultpost"><div id="ad_thread2_0"></div><div id="ad_thread3_0"></div><div id="ad_thread4_0"></div><div class="postmessage firstpost"><div id="threadtitle"><h1>{esc(c.title)}</h1></div>
<div class="t_msgfontfix"><table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_499">{c.brs()}</td></tr></table></div></div></div>
<div class="signatures" style="max-height:100px;maxHeightIE: 100px;">我的签名：天天好心情 QQ:12345678</div></td></tr></table></div>
{replies}
</div></div>
<div id="footer"><div class="wrap s_clear"><div id="footlinks"><p><a href="http://bbs.jiangcheng.net/">{site}</a> - <a href="archiver/" target="_blank">Archiver</a> - <a href="wap/" target="_blank">WAP</a></p><p class="smalltext">GMT+8, {(c.when + timedelta(days=30)):%Y-%-m-%-d %H:%M}, <span id="debuginfo">Processed in 0.031250 second(s), 8 queries, Gzip enabled</span>.</p></div>
<div id="rightinfo"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>7.2</em></p><p class="smalltext">&copy; 2001-2009 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [nick], "gbk", notes="two-digit years (发表于 09-3-5 10:21), as the board's date format is set")


def phpwind(c: Ctx) -> Made:
    nick = c.rng.choice(NICKS)
    forum, site = "本地生活", "山城社区"
    tid = c.rng.randint(1000, 99999)
    url = f"http://bbs.shancheng.cc/read.php?tid={tid}"
    reply_when = c.when + timedelta(hours=5)
    page = f"""<!doctype html>
<html>
<head>
<meta charset="gbk" />
<title>{esc(c.title)}|{forum} - {site} - powered by phpwind.net</title>
<meta name="generator" content="phpwind 8.7" />
<meta name="description" content="{esc(c.paras[0][:60])}" />
<meta name="keywords" content="{esc(c.title)}" />
<link rel="stylesheet" href="images/pw_core.css?101128" />
</head>
<body>
<div id="top"><div class="wrap"><span class="fr"><a href="login.php">登录</a> | <a href="register.php">注册</a></span><a href="index.php">{site}</a></div></div>
<div id="header"><div class="wrap"><div id="logo"><a href="index.php"><img src="images/wind/logo.png" alt="{site}" /></a></div><div id="nav"><ul><li class="current"><a href="index.php">论坛</a></li><li><a href="apps.php">应用</a></li></ul></div></div></div>
<div id="main"><div id="breadCrumb" class="cc"><img src="images/wind/thread/home.gif" align="absmiddle" /> <em><a href="index.php">{site}</a></em>&raquo;<em><a href="thread.php?fid=7">{forum}</a></em>&raquo;<em><a href="read.php?tid={tid}">{esc(c.title)}</a></em></div>
<div class="t5 t"><table width="100%" style="table-layout:fixed;"><tr class="vt"><td class="floot_left"><div class="readName b"><a href="u.php?uid=215">{nick}</a></div><div class="floot_leftdiv"><a href="u.php?uid=215" class="userCard face_img"><img class="pic" src="images/face/none.gif" width="120" height="120" border="0" /></a><div class="readUser"><p class="mb5">级别: <span class="s5">论坛版主</span></p><p>发帖：{c.rng.randint(100, 4000)}</p></div></div></td>
<td class="floot_right" id="td_tpc"><div class="tipTop s6"><span class="fr"><a href="read.php?tid={tid}&uid=215" title="只看楼主的所有帖子">只看楼主</a><a class="s3 b" title="复制此楼地址" onclick="copyFloorUrl('tpc')">楼主</a></span><span class="gray" title="{c.when:%Y-%m-%d %H:%M:%S}">发表于: {c.when:%Y-%m-%d %H:%M}</span></div>
<div class="read_h1" id="subject_tpc">{esc(c.title)}</div>
<div class="tpc_content"><div class="f14 mb10" id="read_tpc">{c.brs()}</div></div>
<div class="tipBottom cc"><div class="fl readbot"><a class="r-quote" href="javascript:;">引用</a><a class="r-recommend">推荐</a></div></div>
<div class="signature" style="max-height:200px;maxHeightIE:200px;overflow:hidden;"><div class="sigline"></div>做一个安静的人。</div></td></tr></table></div>
<div class="t5 t"><table width="100%" style="table-layout:fixed;"><tr class="vt"><td class="floot_left"><div class="readName b"><a href="u.php?uid=901">{c.rng.choice(NICKS[:-1])}</a></div></td>
<td class="floot_right"><div class="tipTop s6"><span class="fr"><a class="s3" title="复制此楼地址">沙发</a></span><span class="gray" title="{reply_when:%Y-%m-%d %H:%M:%S}">发表于: {reply_when:%Y-%m-%d %H:%M}</span></div>
<div class="tpc_content"><div class="f14 mb10" id="read_1">{REPLIES[0]}</div></div></td></tr></table></div></div>
<div id="footer"><div class="wrap"><span>Powered by <a href="http://www.phpwind.net/" target="_blank"><b>phpwind v8.7</b></a> Code &copy;2003-2011 <a href="http://www.phpwind.com" target="_blank"><b>phpwind</b></a></span><br />Time {(c.when + timedelta(days=3)):%m-%d %H:%M}, Gzip enabled</div></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [nick], "gbk", notes="meta charset=gbk; the title in a div.read_h1 below the post header")


def tieba(c: Ctx) -> Made:
    poster = c.rng.choice(NICKS + LOGINS)
    bar = "武汉"
    tid = c.rng.randint(2000000000, 6999999999)
    url = f"https://tieba.baidu.com/p/{tid}"
    r_when = c.when + timedelta(minutes=47)

    def post(floor: int, name: str, when: datetime, content: str) -> str:
        field_json = f'{{"author":{{"user_id":{c.rng.randint(10000, 99999999)},"user_name":"{name}","name_u":"","user_sex":1,"portrait":"abc","is_like":1,"level_id":7,"level_name":"初级粉丝"}},"content":{{"post_id":{tid * 10 + floor},"is_anonym":false,"forum_id":1234,"thread_id":{tid},"content":"","post_no":{floor},"type":"0","comment_num":0,"props":null,"post_index":{floor - 1},"pb_tpoint":null}}}}'
        return f"""<div class="l_post j_l_post l_post_bright  " data-field='{esc(field_json)}'><div class="d_author"><ul class="p_author"><li class="icon"><div class="icon_relative j_user_card"><a class="p_author_face" href="/home/main?un={name}"><img username="{name}" class="" src="https://gss0.bdstatic.com/6LZ1dD3d1sgCo2Kml5_Y_D3/sys/portrait/item/abc"/></a></div></li><li class="d_name" data-field='{{"user_id":1}}'><a alog-group="p_author" class="p_author_name j_user_card" href="/home/main?un={name}&ie=utf-8&fr=pb" target="_blank">{name}</a></li><li class="l_badge"><div class="p_badge"><a class="user_badge d_badge_bright d_badge_icon2" title="本吧头衔7级"><div class="d_badge_title ">初级粉丝</div></a></div></li></ul></div>
<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_{tid * 10 + floor}" class="d_post_content j_d_post_content  clearfix" style="display:;">            {content}</div><br></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap"><span class="tail-info">来自<a rel="noopener" href="/mo/q/stat" target="_blank">Android客户端</a></span><span class="tail-info">{floor}楼</span><span class="tail-info">{when:%Y-%m-%d %H:%M}</span></div></div></div></div></div>"""

    page = f"""<!DOCTYPE html><!--STATUS OK--><html><head><meta name="keywords" content="{bar},{esc(c.title)}"><meta name="description" content="{esc(c.paras[0][:60])}..."><meta charset="UTF-8"><meta furl="tieba.baidu.com/f?kw={bar}" fname="{bar}">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="baidu-site-verification" content="jpBCrwX689" />
<title>{esc(c.title)}_{bar}吧_百度贴吧</title>
<link rel="search" type="application/opensearchdescription+xml" href="/tb/cms/content-search.xml" title="百度贴吧" />
<link rel="stylesheet" href="//tb1.bdstatic.com/tb/_/common_pb.css" />
</head><body>
<div id="com_userbar" class="userbar "><ul><li class="u_login"><div class="u_menu_item"><a rel="noreferrer" href="https://passport.baidu.com/v2/?login" target="_blank">登录</a></div></li></ul></div>
<div class="wrap1"><div class="wrap2"><div id="head" class=" search_bright clearfix"><div class="head_inner"><div class="search_top clearfix"><div class="search_nav j_search_nav"><a href="https://www.baidu.com/s?cl=3&amp;wd=">网页</a><b>贴吧</b></div></div>
<div class="card_top_wrap clearfix card_top_theme "><div class="card_top_right"><div class="card_title "><a class="card_title_fname" title="" href="/f?kw={bar}&ie=utf-8">{bar}吧</a></div></div></div></div></div>
<div id="container" class="l_container  "><div class="content clearfix"><div class="pb_content clearfix " id="pb_content"><div class="left_section"><div id="j_core_title_wrap" class="core_title_wrap_bright clearfix"><div class="core_title core_title_theme_bright"><h1 class="core_title_txt pull-left text-overflow  " title="{esc(c.title)}" style="width: 396px">{esc(c.title)}</h1><ul class="core_title_btns pull-right"><li><a href="/p/{tid}?see_lz=1" id="lzonly_cntn" class="l_lzonly_cancel">只看楼主</a></li><li><a class="btn-sub btn-small j_favor" href="#">收藏</a></li></ul></div></div>
<div class="p_postlist" id="j_p_postlist">
{post(1, poster, c.when, c.brs())}
{post(2, c.rng.choice(LOGINS), r_when, REPLIES[3])}
</div></div>
<div class="right_section right_bright"><div class="region_bright"><h4 class="region_header">贴吧热议榜</h4><ul>
{li_list(c.side(5), '<li><a href="/hottopic/browse/hottopic?topic_id={i}">{t}</a></li>')}
</ul></div></div></div></div></div>
<div class="footer"><span>&copy;{c.when.year} Baidu</span><a href="/tb/eula.html" target="_blank">贴吧协议</a>|<a href="/tb/cms/tieba-fe/index.html" target="_blank">隐私政策</a></div></div></div>
</body></html>
"""
    return Made(page, url, ymd(c.when), [poster] if poster in NICKS else [], notes="date only in the first floor's tail; the poster is a nickname or a login")


def tianya(c: Ctx) -> Made:
    nick = c.rng.choice(NICKS)
    board = "天涯杂谈"
    aid = c.rng.randint(1000000, 9999999)
    url = f"http://bbs.tianya.cn/post-free-{aid}-1.shtml"
    r_when = c.when + timedelta(hours=2, minutes=13)
    page = f"""<!DOCTYPE HTML>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(c.title)}_{board}_论坛_天涯社区</title>
<meta name="keywords" content="{esc(c.title)}" />
<meta name="description" content="{esc(c.paras[0][:80])}" />
<link rel="stylesheet" href="http://static.tianyaui.com/global/bbs/web/static/css/bbs_article_5b4a7b9.css" />
</head>
<body class="bbsArticle">
<div id="tianyaBrandSpan1" class="tianyaBrand"><div class="topbar"><a href="http://www.tianya.cn/" class="logo-link">天涯社区</a><span><a href="http://passport.tianya.cn/login.jsp">登录</a> | <a href="http://passport.tianya.cn/register/default.jsp">注册</a></span></div></div>
<div id="main" class="clearfix"><div id="doc" class="clearfix"><div class="atl-location clearfix"><p class="crumbs"><em><a href="http://bbs.tianya.cn">论坛</a></em><em>&gt;</em><em><a href="/list-free-1.shtml">{board}</a></em><em>&gt;</em><em class="last">{esc(c.title[:12])}…</em></p></div>
<div id="post_head" class="atl-head"><h1 class="atl-title"><span class="s_title"><span style="font-weight:400;">{esc(c.title)}</span></span></h1>
<div class="atl-menu clearfix js-bbs-act" js_activityuserid="12345" js_pageurl="/post-free-{aid}-1.shtml"><div class="atl-info"><span>楼主：<a href="http://www.tianya.cn/12345" target="_blank" class="js-vip-check" uid="12345" uname="{nick}">{nick}</a></span><span>时间：{c.when:%Y-%m-%d %H:%M:%S}</span><span>点击：{c.rng.randint(1000, 99999)}</span><span>回复：2</span></div>
<div class="atl-opt"><a href="javascript:void(0);" class="js-only-view-lz">只看楼主</a><a href="javascript:void(0);" class="js-fav">收藏</a></div></div></div>
<div class="atl-main"><div class="atl-item host-item"><div class="atl-content"><div class="atl-con-hd clearfix"><div class="atl-con-hd-l"></div><div class="atl-con-hd-r"></div></div>
<div class="atl-con-bd clearfix"><div class="bbs-content clearfix">
{c.brs()}
</div><div class="clearfix" id="alt_action"></div></div></div></div>
<div class="atl-item" _host="{c.rng.choice(NICKS[:-1])}" id="1" replyid="9876" js_username="路人甲" js_restime="{r_when:%Y-%m-%d %H:%M:%S}"><div class="atl-head" id="ea9876"><div class="atl-info"><span>作者：<a class="js-vip-check" href="http://www.tianya.cn/67890" target="_blank" uname="路人甲">路人甲</a> </span><span>时间：{r_when:%Y-%m-%d %H:%M:%S}</span></div></div>
<div class="atl-content"><div class="atl-con-bd clearfix"><div class="bbs-content">{REPLIES[4]}</div></div></div></div></div>
<div class="mt15 related-list"><h3>相关推荐</h3><ul>
{li_list(c.side(4, "%Y-%m-%d"), '<li><a href="/post-free-{i}-1.shtml">{t}</a><span class="time">{d}</span></li>')}
</ul></div></div></div>
<div id="footer">天涯社区 &copy; 1999-{c.when.year} <a href="http://www.tianya.cn/">Tianya.cn</a> All Rights Reserved</div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [nick])


def sina_blog(c: Ctx) -> Made:
    nick = c.rng.choice(NICKS)
    uid = c.rng.randint(1000000000, 2999999999)
    url = f"http://blog.sina.com.cn/s/blog_{uid:x}0101{c.rng.randint(1000, 9999):x}.html"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(c.title)}_{nick}_新浪博客</title>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<meta name="keywords" content="{esc(c.title)}_{nick}_新浪博客,{nick}," />
<meta name="description" content="{esc(c.title)}_{nick}_新浪博客,{nick}," />
<link href="http://simg.sinajs.cn/blog7style/css/conf/blog/article.css" type="text/css" rel="stylesheet" />
</head>
<body>
<div id="sinablogHead" class="sinabloghead"><div class="sinabloghead_top"><a href="http://blog.sina.com.cn/" class="sina_logo">新浪博客</a><span class="link"><a href="http://blog.sina.com.cn/">博客首页</a></span></div></div>
<div class="sinabloga" id="sinabloga"><div class="sinablogb">
<div class="sinablogtitle"><div class="blogtitle"><h1><a href="http://blog.sina.com.cn/u/{uid}"><span id="blognamespan">{nick}的博客</span></a></h1></div><div class="bloglink"><a href="http://blog.sina.com.cn/u/{uid}">http://blog.sina.com.cn/u/{uid}</a> [<a href="http://login.sina.com.cn/">订阅</a>]</div></div>
<div class="sinablognav" id="sinablognav"><div class="blognav"><span><a href="http://blog.sina.com.cn/u/{uid}">首页</a></span><span><a href="http://blog.sina.com.cn/s/articlelist_{uid}_0_1.html">博文目录</a></span><span><a href="http://blog.sina.com.cn/s/profile_{uid}.html">关于我</a></span></div></div>
<div id="column_2" class="SG_colW73"><div id="module_920" class="SG_conn"><div class="SG_connHead"><span class="title">正文</span><span class="edit"><span class="SG_more"><a href="#">字体大小：</a><a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></span></div>
<div class="SG_connBody"><div class="artical" id="articlebody"><div class="articalTitle"><h2 id="t_{uid:x}0101abcd" class="titName SG_txta">{esc(c.title)}</h2><span class="img2"></span><span class="time SG_txtc">({c.when:%Y-%m-%d %H:%M:%S})</span><div class="turnBoxzz"><a href="javascript:;" class="SG_aBtn SG_aBtn_ico SG_turn">转载<cite>▼</cite></a></div></div>
<div class="articalTag" id="sina_keyword_ad_area"><table><tr><td class="blog_tag"><script>var $tag='';var $tag_code='';</script><h3>标签：</h3><h3><a href="http://search.sina.com.cn/?c=blog&q=%CB%E6%B1%CA&by=tag" target="_blank">随笔</a></h3></td><td class="blog_class"><span class="SG_txtb">分类：</span><a target="_blank" href="http://blog.sina.com.cn/s/articlelist_{uid}_1_1.html">生活随想</a></td></tr></table></div>
<div id="sina_keyword_ad_area2" class="articalContent   ">
{c.body("p")}
</div>
<div class="shareUp"><div class="share SG_txtb">分享：</div></div>
<div class="articalfrontback SG_j_linedot1 clearfix" id="new_nextprev_{uid}"><div><span class="SG_txtb">前一篇：</span><a href="http://blog.sina.com.cn/s/blog_1.html">{esc(c.others[8])}</a></div><div><span class="SG_txtb">后一篇：</span><a href="http://blog.sina.com.cn/s/blog_2.html">{esc(c.others[9])}</a></div></div>
</div></div></div></div>
<div id="column_1" class="SG_colW21 SG_colFirst"><div id="module_901" class="SG_conn"><div class="SG_connHead"><span class="title">个人资料</span></div><div class="SG_connBody"><div class="info"><div class="info_img"><img src="http://portrait1.sinaimg.cn/{uid}/blog/180" /></div><div class="info_txt"><div class="info_nm"><img src="http://simg.sinajs.cn/blog7style/images/common/sg_trans.gif" class="SG_icon SG_icon2" /><span><strong id="ownernick">{nick}</strong></span></div></div></div></div></div>
<div id="module_3" class="SG_conn"><div class="SG_connHead"><span class="title">博文</span></div><div class="SG_connBody"><ul class="list_009">
{li_list(c.side(4, "%Y-%m-%d %H:%M"), '<li><a href="http://blog.sina.com.cn/s/blog_{i}.html" target="_blank">{t}</a> <span class="SG_txtc">({d})</span></li>')}
</ul></div></div></div>
</div></div>
<div class="footer"><a href="http://corp.sina.com.cn/chn/">新浪简介</a> | <a href="http://blog.sina.com.cn/lm/z/jubao/">不良信息反馈</a><br />Copyright &copy; 1996 - {c.when.year} SINA Corporation, All Rights Reserved<br />新浪公司 <a href="http://www.sina.com.cn/intro/copyright.shtml">版权所有</a></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [nick])


def netease_blog(c: Ctx) -> Made:
    nick = c.rng.choice(NICKS)
    login = c.rng.choice(["lz_walker", "sunnyday1978", "hzxiaoyu"])
    url = f"http://{login}.blog.163.com/blog/static/{c.rng.randint(10000000, 99999999)}{c.when:%Y%m}{c.rng.randint(10, 99)}/"
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=gbk"/>
<meta name="author" content="{login},{nick}"/>
<meta name="keywords" content="{esc(c.title)},{nick},网易,博客"/>
<meta name="description" content="{esc(c.title)},{nick}的网易博客,"/>
<title>{esc(c.title)} - {nick}的日志 - 网易博客</title>
<link rel="stylesheet" type="text/css" href="http://b.bst.126.net/newpage/css/g-o.css"/>
</head>
<body class="g-theme">
<div id="blog-163-com-topbar" class="ntopbar"><a class="logo" href="http://blog.163.com/" target="_blank">网易博客</a></div>
<div class="g-doc"><div class="g-hd"><div class="c-hd"><h1 class="m-blogtitle"><a href="http://{login}.blog.163.com/">{nick}的博客</a></h1><p class="m-blogdesc">心有猛虎，细嗅蔷薇</p></div>
<ul class="m-nav"><li><a href="http://{login}.blog.163.com/">首页</a></li><li class="cur"><a href="http://{login}.blog.163.com/blog/">日志</a></li><li><a href="http://{login}.blog.163.com/album/">相册</a></li></ul></div>
<div class="g-bd"><div class="g-mn"><div class="nbw-bitm bdwb bds2 bdc0"><div class="title pre fs1 clearfix"><h3 class="title pre fs1"><span class="tcnt">{esc(c.title)}</span>&nbsp;&nbsp;<span class="bgc0 fc07 fw0 fs0">&nbsp;</span></h3></div>
<div class="tdep clearfix nbw-act fc06"><div class="pleft"><span class="blogsep">{c.when:%Y-%m-%d %H:%M:%S}</span>|&nbsp;&nbsp;分类： <a href="http://{login}.blog.163.com/blog/#m=0&t=1&c=fks_0840">默认分类</a>&nbsp;&nbsp;|&nbsp;&nbsp;标签：<a class="fc03">生活</a>&nbsp;&nbsp;|<a class="m2a noul" href="#">举报</a>|<a class="fc03 m2a">字号</a><span class="zihao">大<span class="pipe">|</span>中<span class="pipe">|</span>小</span>&nbsp;<a class="m2a">订阅</a></div></div>
<div class="bct fc05 fc11 nbw-blog ztag">
{c.body("p")}
</div>
<div class="nbw-act clearfix"><div class="pright fc07 ztag"><a class="noul">阅读(<span class="fc07">{c.rng.randint(10, 900)}</span>)</a><span class="sep fc07">|</span><a class="noul">评论(<span class="fc07">1</span>)</a></div></div>
<div class="snl"><div class="pleft"><span class="fc07 ztag">上一篇：</span><a class="m2a ztag" href="#">{esc(c.others[10])}</a></div><div class="pright"><span class="fc07 ztag">下一篇：</span><a class="m2a ztag" href="#">{esc(c.others[11])}</a></div></div>
<div class="nbw-cmt"><h3 class="fs1">评论</h3><div class="cmt"><a class="fc03">访客</a><span class="fc07">{(c.when + timedelta(days=1)):%Y-%m-%d %H:%M}</span><div class="cnt">写的真好！</div></div></div>
<div class="nbw-ryt"><h3>最近读者</h3></div>
<div class="nbw-xg"><h4>{nick}的其他日志</h4><ul>
{li_list(c.side(4, "%Y-%m-%d"), '<li><a href="#{i}">{t}</a><span class="fc07">{d}</span></li>')}
</ul></div></div></div></div>
<div class="g-ft"><p>页脚</p><p><a href="http://corp.163.com/">公司简介</a> - <a href="http://help.163.com/">联系方法</a> - 网易公司版权所有 &copy;1997-{c.when.year}</p></div></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [nick], "gbk", notes="meta author holds the login and the nickname")


def cnblogs(c: Ctx) -> Made:
    nick = c.rng.choice(NICKS)
    login = c.rng.choice(["walker2016", "lzblog", "zhang-ming"])
    pid = c.rng.randint(5000000, 12000000)
    url = f"https://www.cnblogs.com/{login}/p/{pid}.html"
    page = f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="referrer" content="origin-when-cross-origin" />
<meta name="description" content="{esc(c.paras[0][:100])}" />
<meta property="og:description" content="{esc(c.paras[0][:100])}" />
<meta http-equiv="Cache-Control" content="no-transform" />
<meta http-equiv="Cache-Control" content="no-siteapp" />
<title>{esc(c.title)} - {nick} - 博客园</title>
<link rel="stylesheet" href="/css/blog-common.min.css?v=-oFz8B5m9JHS5sZdPy4b-S7Z3DY7mjV2Ip9kPVpt2Ic" />
<link id="MainCss" rel="stylesheet" href="/skins/simplememory/bundle-simplememory.min.css?v=a6RXRhp6uFt7QS6EZpB2N2kqSM8vx7eGiaJzo1ANYA0" />
</head>
<body class="has-navbar">
<div id="top_nav" class="navbar forpc"><nav id="nav_main" class="navbar-main"><ul id="nav_left" class="navbar-list navbar-left"><li class="navbar-branding"><a href="https://www.cnblogs.com/" title="开发者的网上家园"><img src="/images/logo.svg?v=R9M0WmLAIPVydmdzE2keuvnjl-bPR7_35oHqtiBzGsM" alt="博客园Logo" /></a></li><li><a href="https://www.cnblogs.com/">首页</a></li><li><a href="https://news.cnblogs.com/">新闻</a></li><li><a href="https://q.cnblogs.com/">博问</a></li></ul></nav></div>
<div id="home"><div id="header"><div id="blogTitle"><a id="lnkBlogLogo" href="https://www.cnblogs.com/{login}/"><img id="blogLogo" src="/skins/custom/images/logo.gif" alt="返回主页" /></a><h1><a id="Header1_HeaderTitle" class="headermaintitle HeaderMainTitle" href="https://www.cnblogs.com/{login}/">{nick}</a></h1><h2>记录学习与生活</h2></div>
<div id="navigator"><ul id="navList"><li><a id="blog_nav_sitehome" class="menu" href="https://www.cnblogs.com/">博客园</a></li><li><a id="blog_nav_myhome" class="menu" href="https://www.cnblogs.com/{login}/">首页</a></li><li><a id="blog_nav_contact" class="menu" href="https://msg.cnblogs.com/send/{nick}">联系</a></li></ul>
<div class="blogStats"><span id="stats_post_count">随笔 - {c.rng.randint(10, 300)}&nbsp;</span><span id="stats_article_count">文章 - 0&nbsp;</span><span id="stats-comment_count">评论 - {c.rng.randint(0, 99)}</span></div></div></div>
<div id="main"><div id="mainContent"><div class="forFlow"><div id="post_detail"><div id="topics"><div class="post">
<h1 class="postTitle"><a id="cb_post_title_url" class="postTitle2 vertical-middle" href="{url}"><span>{esc(c.title)}</span></a></h1>
<div class="clear"></div>
<div class="postBody"><div id="cnblogs_post_body" class="blogpost-body">
{c.body()}
</div><div class="clear"></div><div id="blog_post_info_block"><div id="BlogPostCategory">分类: <a href="https://www.cnblogs.com/{login}/category/123.html" target="_blank">随笔</a></div><div id="blog_post_info"><div id="green_channel"><a href="javascript:void(0);" id="green_channel_digg">好文要顶</a><a id="green_channel_follow" href="javascript:void(0);">关注我</a><a id="green_channel_favorite" href="javascript:void(0);">收藏该文</a></div></div></div></div>
<div class="postDesc">posted @ <span id="post-date">{c.when:%Y-%m-%d %H:%M}</span>&nbsp;<a href="https://www.cnblogs.com/{login}/">{nick}</a>&nbsp; 阅读(<span id="post_view_count">{c.rng.randint(10, 9999)}</span>)&nbsp; 评论(<span id="post_comment_count">0</span>)&nbsp; <a href="https://i.cnblogs.com/EditPosts.aspx?postid={pid}" rel="nofollow">编辑</a>&nbsp; <a href="javascript:void(0)">收藏</a></div>
</div></div></div>
<div id="blog_post_info_block"><div id="under_post_card1"></div><div id="cnblogs_c2" class="under-post-card"><div class="itnews under-post-card"><b>编辑推荐：</b><br />
{li_list(c.side(3), '<div><a href="https://www.cnblogs.com/x/p/{i}.html" target="_blank">· {t}</a></div>')}
</div></div></div></div></div>
<div id="sideBar"><div id="sideBarMain"><div id="sidebar_news" class="newsItem"><h3 class="catListTitle">公告</h3><div id="profile_block">昵称：<a href="https://home.cnblogs.com/u/{login}/">{nick}</a><br />园龄：<a href="https://home.cnblogs.com/u/{login}/" title="入园时间：{(c.when - timedelta(days=900)):%Y-%m-%d}">2年5个月</a><br />粉丝：<a href="https://home.cnblogs.com/u/{login}/followers/">12</a></div></div>
<div id="sidebar_recentposts" class="sidebar-block"><h3 class="catListTitle">最新随笔</h3><ul>
{li_list(c.side(4), '<li><a href="https://www.cnblogs.com/{i}.html">{t}</a></li>')}
</ul></div></div></div></div>
<div id="footer">Copyright &copy; {c.when.year} {nick}<br /><span id="poweredby">Powered by .NET 5.0 on Kubernetes</span></div></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [nick], notes="date below the text (posted @)")


def csdn(c: Ctx) -> Made:
    nick = c.rng.choice([c.rng.choice(NICKS), "qq_41234567"])
    aid = c.rng.randint(80000000, 120000000)
    url = f"https://blog.csdn.net/{'qq_41234567' if nick == 'qq_41234567' else 'weixin_43210987'}/article/details/{aid}"
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="canonical" href="{url}"/>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="renderer" content="webkit"/>
<meta name="force-rendering" content="webkit"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<meta name="report" content='{{"pid": "blog", "spm":"1001.2101"}}'>
<meta name="referrer" content="always">
<meta http-equiv="Cache-Control" content="no-siteapp" /><link rel="alternate" media="handheld" href="#" />
<meta name="shenma-site-verification" content="5a59773ab8077d4a62bf469ab966a63b_1497598848">
<meta name="applicable-device" content="pc">
<title>{esc(c.title)}_{nick}的博客-CSDN博客</title>
<meta name="keywords" content="{esc(c.title[:10])}">
<meta name="csdn-baidu-search"  content='{{"autorun":true,"install":true,"keyword":"{esc(c.title[:10])}"}}'>
<meta name="description" content="{esc(c.paras[0][:100])}">
<link rel="stylesheet" type="text/css" href="https://csdnimg.cn/release/blogv2/dist/pc/css/detail_enter-af0ead44cd.min.css">
<script type="application/ld+json">{{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"{url}","appid":"1638831770136827","pubDate":"{c.when:%Y-%m-%dT%H:%M:%S}","title":"{esc(c.title)}_{nick}的博客-CSDN博客","upDate":"{(c.when + timedelta(days=c.rng.randint(30, 400))):%Y-%m-%dT%H:%M:%S}"}}</script>
</head>
<body class="nodata " style="">
<div id="csdn-toolbar"><div class="toolbar-inside"><div class="toolbar-container"><div class="toolbar-container-left"><div class="toolbar-logo toolbar-subMenu-box"><a href="https://www.csdn.net?spm=1001.2101.3001.4476" title="CSDN首页"><img title="CSDN首页" src="https://img-home.csdnimg.cn/images/20201124032511.png"></a></div></div></div></div></div>
<div class="main_father clearfix d-flex justify-content-center" style="height:100%;"><div class="container clearfix" id="mainBox"><main><div class="blog-content-box"><div class="article-header-box"><div class="article-header"><div class="article-title-box"><h1 class="title-article" id="articleContentId">{esc(c.title)}</h1></div>
<div class="article-info-box"><div class="article-bar-top"><img class="article-type-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/original.png" alt=""><div class="bar-content"><a class="follow-nickName " href="https://blog.csdn.net/weixin_43210987" target="_blank" rel="noopener">{nick}</a><img class="article-time-img article-heard-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/newUpTime2.png" alt=""><span class="time">已于&nbsp;{(c.when + timedelta(days=c.rng.randint(30, 400))):%Y-%m-%d %H:%M:%S}&nbsp;修改</span><img class="article-read-img article-heard-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/articleReadEyes2.png" alt=""><span class="read-count">{c.rng.randint(100, 9999)}</span><a id="blog_detail_zk_collection" class="un-collection" data-report-click='{{"mod":"popu_823","spm":"1001.2101.3001.4232","ab":"new"}}'><span class="name">收藏</span><span class="get-collection">3</span></a></div></div>
<div class="blog-tags-box"><div class="tags-box artic-tag-box"><span class="label">文章标签：</span><a rel="nofollow" data-report-query="spm=1001.2101.3001.4223" class="tag-link" href="https://so.csdn.net/so/search/s.do?q=%E6%96%B0%E9%97%BB" target="_blank" rel="noopener">新闻</a></div></div>
<div class="up-time"><span>于&nbsp;{c.when:%Y-%m-%d %H:%M:%S}&nbsp;首次发布</span></div></div></div></div>
<article class="baidu_pl"><div id="article_content" class="article_content clearfix"><link rel="stylesheet" href="https://csdnimg.cn/release/blogv2/dist/mdeditor/css/editerView/kdoc_html_views-1a98987dfd.css"><div id="content_views" class="markdown_views prism-atom-one-light">
{c.body()}
</div></div></article></div>
<div class="first-recommend-box recommend-box"><div class="recommend-item-box type_blog clearfix"><div class="content-box"><div class="content"><a href="https://blog.csdn.net/x/article/details/1" target="_blank"><div class="desc ellipsis-online ellipsis-online-1">{esc(c.others[12])}</div></a><div class="info-box"><span class="info">{(c.when - timedelta(days=33)):%m-%d}</span><span class="info">3218</span></div></div></div></div></div>
<div class="recommend-box insert-baidu-box recommend-box-style"><div class="recommend-item-box no-index" style="display:none"></div>
{li_list(c.side(4, "%Y-%m-%d"), '<div class="recommend-item-box baiduSearch clearfix"><a href="https://blog.csdn.net/x/article/details/{i}" target="_blank"><div class="desc">{t}</div><div class="info-box"><span class="date">{d}</span></div></a></div>')}
</div></main>
<aside class="blog_container_aside"><div id="asideProfile" class="aside-box"><div class="profile-intro d-flex"><div class="user-info d-flex flex-column profile-intro-name-box"><a href="https://blog.csdn.net/weixin_43210987" class="" id="uid" title="{nick}" target="_blank"><span class="name " username="weixin_43210987">{nick}</span></a><div class="profile-intro-name-boxFooter"><span class="personal-home-page personal-home-years" title="已加入 CSDN 4年">码龄4年</span></div></div></div></div>
<div id="asideNewArticle" class="aside-box"><h3 class="aside-title">最新文章</h3><div class="aside-content"><ul class="inf_list clearfix">
{li_list(c.side(3), '<li class="clearfix"><a href="https://blog.csdn.net/x/article/details/{i}" target="_blank">{t}</a></li>')}
</ul></div></div></aside></div></div>
<div id="toolBarBox" class="left-toolbox"><div class="toolbox-left"><div class="profile-box"><a class="profile-href" target="_blank" href="https://blog.csdn.net/weixin_43210987"><span class="profile-name">{nick}</span></a></div></div></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [nick] if nick in NICKS else [], notes="已于 … 修改 shown first, 首次发布 below it; JSON-LD pubDate")


def jianshu(c: Ctx) -> Made:
    nick = c.rng.choice(NICKS)
    slug = "".join(c.rng.choice("0123456789abcdef") for _ in range(12))
    url = f"https://www.jianshu.com/p/{slug}"
    utc = c.when.astimezone(UTC)
    page = f"""<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/><meta name="description" content="{esc(c.paras[0][:100])}"/><title>{esc(c.title)} - 简书</title><meta property="og:title" content="{esc(c.title)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="简书"/><meta property="og:description" content="{esc(c.paras[0][:100])}"/><link rel="stylesheet" href="//cdn2.jianshu.io/shakespeare/_next/static/css/styles.8c4bd0d7.chunk.css"/></head>
<body><div id="__next"><header class="_1nRwT8"><div class="_3oa7f1"><a href="/" class="_3Um8rM"><img src="https://cdn2.jianshu.io/assets/web/logo-58fd04f6f0de908401aa561cda6a0688.png" alt="简书"/></a></div><nav class="_2WIq4y"><a href="/" class="_1Kx8MY">首页</a><a href="/apps" class="_1Kx8MY">下载APP</a><a href="/techareas" class="_1Kx8MY">IT技术</a></nav></header>
<div class="_21bLU4 _3kbg6I"><div class="_3VRLsv" role="main"><div class="_gp-ck"><section class="ouvJEz"><h1 class="_1RuRku">{esc(c.title)}</h1><div class="rEsl9f"><div class="_2mYfmT"><a class="_1OhGeD" href="/u/{slug[:6]}" target="_blank" rel="noopener noreferrer"><img class="_13D2Eh" src="https://upload.jianshu.io/users/upload_avatars/1234/abc.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/96/h/96/format/webp" alt=""/></a><div style="margin-left:8px"><div class="_3U4Smb"><span class="FxYr8x"><a class="_1OhGeD" href="/u/{slug[:6]}" target="_blank" rel="noopener noreferrer">{nick}</a></span><button data-locale="zh-CN" type="button" class="_3kba3h _1OyPqC _3Mi9q9 _34692-"><span>关注</span></button></div><div class="s-dsoj"><span class="_3tCVn5"><i aria-label="diamond" class="anticon"></i><span>{c.rng.randint(1, 30)}.{c.rng.randint(0, 9)}</span></span><time dateTime="{utc:%Y-%m-%dT%H:%M:%S}.000Z">{c.when:%Y.%m.%d %H:%M:%S}</time><span>字数 {sum(len(p) for p in c.paras):,}</span><span>阅读 {c.rng.randint(10, 9999):,}</span></div></div></div></div>
<article class="_2rhmJa">
{c.body()}
</article><div></div><div class="_1kCBjS"><div class="_18vaTa"><div class="_3BUZPB"><div class="_2Bo4Th" role="button" tabindex="-1" aria-label="给文章点赞"><i aria-label="ic-like" class="anticon"></i></div><span class="_1LOh_5" role="button" tabindex="-1" aria-label="查看点赞列表">{c.rng.randint(1, 99)}人点赞<i aria-label="icon: right" class="anticon anticon-right"></i></span></div></div></div>
<div class="_19DgIp" style="margin-top:24px;margin-bottom:24px"></div><div class="_13lIbp"><div class="_191KSt">推荐阅读</div>
{li_list(c.side(4, "%Y.%m.%d"), '<div class="_3xXWpk"><a class="_2voXH8" href="/p/{i}" target="_blank">{t}</a><div class="_1xa6aF"><span>阅读 {i}</span></div></div>')}
</div></section></div></div></div>
<footer class="_2C1mtz"><div class="_2Zbc9N">&copy;著作权归作者所有,转载或内容合作请联系作者</div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"initialState":{{"note":{{"data":{{"id":{c.rng.randint(10000000, 99999999)},"slug":"{slug}","user":{{"id":1234,"slug":"{slug[:6]}","nickname":"{nick}"}},"title":"{esc(c.title)}","first_shared_at":{int(c.when.timestamp())},"wordage":{sum(len(p) for p in c.paras)},"public_title":"{esc(c.title)}"}}}}}}}},"page":"/p/[slug]","query":{{"slug":"{slug}"}},"buildId":"GfQXoG2phlxx9_Hnrsr0i"}}</script>
</body></html>
"""
    return Made(page, url, ymd(c.when), [nick], notes="2019.03.05 10:21:33 date form; UTC in <time datetime>")


def zhihu_zhuanlan(c: Ctx) -> Made:
    nick = c.rng.choice(NICKS)
    pid = c.rng.randint(100000000, 600000000)
    url = f"https://zhuanlan.zhihu.com/p/{pid}"
    edited = c.rng.random() < 0.5
    label = "编辑于" if edited else "发布于"
    page = f"""<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light"><head><meta charSet="utf-8"/><title data-react-helmet="true">{esc(c.title)} - 知乎</title><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/><meta name="renderer" content="webkit"/><meta name="force-rendering" content="webkit"/><meta http-equiv="X-UA-Compatible" content="IE=10,chrome=1"/><meta name="google-site-verification" content="FTeR0c8arOPKh8c5DYh_9uu98_zJbaWw53J-Sch9MTg"/><meta data-react-helmet="true" name="keywords" content="{esc(c.title[:8])}"/><meta data-react-helmet="true" name="description" property="og:description" content="{esc(c.paras[0][:100])}"/><meta data-react-helmet="true" property="og:title" content="{esc(c.title)}"/><meta data-react-helmet="true" property="og:url" content="{url}"/><meta data-react-helmet="true" property="og:type" content="article"/><meta data-react-helmet="true" property="og:site_name" content="知乎专栏"/><link rel="shortcut icon" type="image/x-icon" href="https://static.zhihu.com/heifetz/favicon.ico"/><link href="https://static.zhihu.com/heifetz/column.app.216a26f4.1c8e2d0f5f5bd4b1a1b6.css" rel="stylesheet"/></head>
<body class="WhiteBg-body PostIndex-body"><div id="root"><div class="App"><div class="LoadingBar"></div><main role="main" class="App-main"><div class="Post-content" data-zop-usertoken="{{}}" data-zop="{{&quot;authorName&quot;:&quot;{nick}&quot;,&quot;itemId&quot;:{pid},&quot;title&quot;:&quot;{esc(c.title)}&quot;,&quot;type&quot;:&quot;article&quot;}}" data-za-detail-view-path-module="PostItem" data-za-extra-module="{{}}">
<div class="ColumnPageHeader-Wrapper"><div><div class="Sticky ColumnPageHeader"><div class="ColumnPageHeader-content"><a href="//www.zhihu.com" aria-label="知乎"><svg viewBox="0 0 64 30" fill="#0066FF" width="64" height="30"></svg></a><i class="ColumnPageHeader-Line"></i><div class="ColumnPageHeader-Title"><a class="ColumnLink ColumnPageHeader-TitleColumn" href="https://www.zhihu.com/column/c_{pid % 100000}">{nick}的专栏</a></div></div></div></div></div>
<article class="Post-Main Post-NormalMain" tabindex="-1"><header class="Post-Header"><h1 class="Post-Title">{esc(c.title)}</h1><div class="Post-Author"><div class="AuthorInfo" itemProp="author" itemscope="" itemType="http://schema.org/Person"><meta itemProp="name" content="{nick}"/><meta itemProp="image" content="https://pic1.zhimg.com/v2-abc_l.jpg"/><meta itemProp="url" content="https://www.zhihu.com/people/{pid}"/><meta itemProp="zhihu:followerCount"/><span class="UserLink AuthorInfo-avatarWrapper"><div class="Popover"><div id="Popover1-toggle" aria-haspopup="true" aria-expanded="false" aria-owns="Popover1-content"><a class="UserLink-link" data-za-detail-view-element_name="User" target="_blank" href="//www.zhihu.com/people/{pid}"><img class="Avatar Avatar--round AuthorInfo-avatar" width="38" height="38" src="https://pic1.zhimg.com/v2-abc_xs.jpg" alt="{nick}"/></a></div></div></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><div class="Popover"><div id="Popover2-toggle" aria-haspopup="true" aria-expanded="false" aria-owns="Popover2-content"><a class="UserLink-link" data-za-detail-view-element_name="User" target="_blank" href="//www.zhihu.com/people/{pid}">{nick}</a></div></div></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">热爱生活的普通人</div></div></div></div></div></div><div><span class="Voters"><button type="button" class="Button Button--plain">{c.rng.randint(1, 999)} 人赞同了该文章</button></span></div></header>
<div class="Post-RichTextContainer"><div class="css-1yuhvjn"><div class="RichText ztext Post-RichText css-hnrfcf" options="[object Object]">
{c.body()}
</div></div></div>
<div class="ContentItem-time">{label} {c.when:%Y-%m-%d %H:%M}{'' if not edited else '・IP 属地北京'}</div>
<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics"><div class="Tag Topic css-1s3a4zw"><span class="Tag-content"><a class="TopicLink" href="//www.zhihu.com/topic/19550517" target="_blank"><div class="Popover"><div id="Popover3-toggle">社会</div></div></a></span></div></div></div></article>
<div class="Post-Sub Post-NormalSub"><div class="PostIndex-Contributions"><h3 class="BlockTitle">文章被以下专栏收录</h3><ul><div class="Contribution"><div class="ContentItem Column-ColumnItem"><div class="ContentItem-main"><div class="ContentItem-head"><h2 class="ContentItem-title"><a href="https://www.zhihu.com/column/c_{pid % 100000}" target="_blank">{nick}的专栏</a></h2></div></div></div></div></ul></div>
<div class="Recommendations-Main"><h3 class="BlockTitle Recommendations-BlockTitle">推荐阅读</h3><ul class="Recommendations-List">
{li_list(c.side(4), '<button class="PagingButton"><a href="https://zhuanlan.zhihu.com/p/{i}"><h1 class="PostItem-Title">{t}</h1></a></button>')}
</ul></div></div></div></main></div></div></body></html>
"""
    return Made(page, url, ymd(c.when), [nick], notes=f"date below the text ({label})")


def wechat(c: Ctx, with_writer: bool = True) -> Made:
    account = c.rng.choice(["魅力临川", "江城发布", "青山微生活", "古城头条"])
    writer = c.rng.choice(WRITERS) if with_writer else ""
    biz = "MzA4" + "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(10)) + "=="
    url = f"https://mp.weixin.qq.com/s?__biz={biz}&mid={c.rng.randint(2000000000, 2999999999)}&idx=1&sn={c.rng.randint(10**15, 10**16):x}&chksm=8b0c"
    ct = int(c.when.timestamp())
    writer_span = f'<span class="rich_media_meta rich_media_meta_text">{writer}</span>' if writer else ""
    page = f"""<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<link rel="dns-prefetch" href="//mmbiz.qpic.cn">
<script type="text/javascript">var _wxao = window._wxao || {{}};</script>
<meta name="referrer" content="origin-when-cross-origin">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title></title>
<meta name="description" content="{esc(c.paras[0][:54])}" />
<meta name="author" content="{writer or account}" />
<meta property="og:title" content="{esc(c.title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/abc/0?wx_fmt=jpeg" />
<meta property="og:description" content="{esc(c.paras[0][:54])}" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="{writer or account}" />
<meta property="twitter:card" content="summary" />
<meta property="twitter:site" content="微信公众平台" />
<meta property="twitter:title" content="{esc(c.title)}" />
<link rel="stylesheet" href="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page  mm_appmsg  comment_feature discuss_tab appmsg_skin_default appmsg_style_default not_in_mm">
<div id="js_article" class="rich_media"><div id="js_top_ad_area" class="top_banner"></div><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{esc(c.title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
{writer_span}
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
{account}
</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;"><span id="js_ip_wording"></span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{c.body("p")}
<p style="text-align: right;">来源：{account}</p>
<p>编辑：{c.rng.choice(['小林', '阿青', '王雪'])}</p>
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="rich_media_tool" id="js_toobar3"><div class="media_tool_meta tips_global meta_primary" id="js_read_area3">阅读 <span id="readNum3"></span></div></div>
</div></div></div></div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
<script type="text/javascript">
var biz = "{biz}"||"";
var sn = "{c.rng.randint(10**15, 10**16):x}" || "";
var mid = "{c.rng.randint(2000000000, 2999999999)}" || "";
var idx = "1" || "" ;
var nickname = htmlDecode("{account}");
var user_name = "gh_{c.rng.randint(10**11, 10**12):x}";
var ct = "{ct}";
var publish_time = "{c.when:%Y-%m-%d}" || "";
var msg_title = '{esc(c.title)}'.html(false);
var msg_desc = htmlDecode("{esc(c.paras[0][:54])}");
var round_head_img = "http://mmbiz.qpic.cn/mmbiz_png/abc/0?wx_fmt=png";
</script>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [writer] if writer else [], notes="empty <title>; the day only in var ct / publish_time (the page shows it by script)")


def wechat_account_only(c: Ctx) -> Made:
    return wechat(c, with_writer=False)


def baijiahao(c: Ctx) -> Made:
    account = c.rng.choice(["城市生活圈", "财经观察家", "小凡说事"])
    aid = c.rng.randint(1600000000000000000, 1699999999999999999)
    url = f"https://baijiahao.baidu.com/s?id={aid}&wfr=spider&for=pc"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="referrer" content="always"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="description" content="{esc(c.paras[0][:100])}">
<title>{esc(c.title)}</title>
<link rel="shortcut icon" href="//www.baidu.com/favicon.ico" type="image/x-icon"><link rel="stylesheet" href="https://mbdp01.bdstatic.com/static/landing-pc/css/app.5ba6c8d8.css">
</head>
<body><div id="app"><div class="_2ScC2"><div class="_2E1eA"><a href="https://www.baidu.com" class="_1OqIh"><img src="https://mbdp01.bdstatic.com/static/landing-pc/img/logo_top.79fdb8c2.png" alt="百度"></a></div></div>
<div class="_3tNyU"><div class="_18p7x"><div class="_2Lkqk"><div class="index-module_articleWrap_2Zphx"><div class="article-title"><h2>{esc(c.title)}</h2></div>
<div class="article-source article-source-bjh"><div class="author-icon"><img src="https://gips0.baidu.com/it/u=123.jpg"></div><div class="author-txt"><p class="author-name">{account}</p><div class="article-source-time"><span class="date">发布时间:{c.when:%y-%m-%d}</span><span class="time">{c.when:%H:%M}</span><span class="account-authentication">优质生活领域创作者</span></div></div></div>
<div class="article-content">
{c.body("p")}
</div><div class="_1J6Jp">举报/反馈</div></div>
<div class="_3Nx8O"><div class="_1lL3S">相关推荐</div>
{li_list(c.side(4, "%m-%d"), '<div class="_38j5d"><a href="https://baijiahao.baidu.com/s?id={i}">{t}</a><span>{d}</span></div>')}
</div></div>
<div class="_2M8Tc"><div class="_1zG6w"><div class="_2Bo0B">{account}</div><div class="_1Wfmd">{c.rng.randint(100, 90000)}粉丝 · {c.rng.randint(10, 900)}获赞</div></div><div class="_3Jd6e">热门推荐</div>
{li_list(c.side(3), '<div class="_1nhbP"><a href="https://baijiahao.baidu.com/s?id={i}">{t}</a></div>')}
</div></div></div>
<div class="_1Rn7A"><p>&copy;{c.when.year} Baidu <a href="http://www.baidu.com/duty/">使用百度前必读</a> <a href="http://help.baidu.com/">意见反馈</a> 京ICP证030173号</p></div></div>
<script>window.jsonData = {{"bsData":{{"header":{{"title":"{esc(c.title)}"}},"superlanding":[{{"itemType":"article","itemData":{{"header":"{esc(c.title)}","author":{{"name":"{account}","type":"bjh"}}}}}}]}}}};</script>
</body></html>
"""
    return Made(page, url, ymd(c.when), [], notes="发布时间:19-08-12 (two-digit year); account is no author")


def toutiao(c: Ctx) -> Made:
    account = c.rng.choice(["本地宝", "生活那些事儿", "小城故事多"])
    gid = c.rng.randint(6500000000000000000, 6999999999999999999)
    url = f"https://www.toutiao.com/a{gid}/"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="x-dns-prefetch-control" content="on"><meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover"><meta name="description" content="{esc(c.paras[0][:80])}">
<title>{esc(c.title)} - 今日头条</title>
<meta name="keywords" content=""><link rel="shortcut icon" href="//sf3-cdn-tos.toutiaostatic.com/obj/eden-cn/uhbfnupkbps/toutiao_favicon.ico" type="image/x-icon"><link rel="stylesheet" href="//lf3-cdn-tos.bytescm.com/obj/static/toutiao/article/pc/article.css">
</head>
<body><div id="root"><div class="article-detail-container"><div class="ttp-header"><div class="header-left"><a href="/" class="logo"><img src="//lf3-cdn-tos.bytescm.com/obj/static/toutiao/logo.png" alt="今日头条"></a><a href="/">首页</a></div></div>
<div class="main"><div class="article-content"><h1>{esc(c.title)}</h1><div class="article-meta mt-4"><span>{'原创' if c.rng.random() < 0.5 else ''}</span><span>{c.when:%Y-%m-%d %H:%M}</span><span>·</span><span class="name"><a href="/c/user/token/MS4wLjABAAAA/" target="_blank" rel="noopener">{account}</a></span></div>
<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">
{c.body("p")}
</article></div>
<div class="article-comment"><div class="comment-header">评论 {c.rng.randint(0, 99)}</div><ul class="comment-list"><li class="comment-item"><div class="user-name">用户{c.rng.randint(10**9, 10**10)}</div><p class="content">说得对</p><div class="time">{(c.when + timedelta(hours=3)):%m-%d %H:%M}</div></li></ul></div></div>
<div class="right-sidebar"><div class="author-info"><a class="author-avatar" href="/c/user/token/MS4wLjABAAAA/"><img src="//p3.toutiaoimg.com/img/user-avatar/abc~120x256.image"></a><a class="user-name" href="/c/user/token/MS4wLjABAAAA/">{account}</a><div class="user-desc">{c.rng.randint(100, 50000)}粉丝</div></div>
<div class="hot-board"><div class="title">头条热榜</div><ol>
{li_list(c.side(6), '<li><a href="/trending/{i}/" target="_blank">{t}</a></li>')}
</ol></div></div></div></div>
<script>window._SSR_HYDRATED_DATA={{"articleInfo":{{"title":"{esc(c.title)}","publishTime":"{int(c.when.timestamp())}","mediaUser":{{"screenName":"{account}"}}}}}};</script>
</body></html>
"""
    return Made(page, url, ymd(c.when), [])


def thepaper_hao(c: Ctx) -> Made:
    account = c.rng.choice(["上海发布", "平安南京", "长宁区融媒体中心"])
    cid = c.rng.randint(5000000, 25000000)
    url = f"https://www.thepaper.cn/newsDetail_forward_{cid}"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="Keywords" content="{esc(c.title[:8])}" />
<meta name="Description" content="{esc(c.paras[0][:100])}" />
<title>{esc(c.title)}_澎湃号·政务_澎湃新闻-The Paper</title>
<link href="https://www.thepaper.cn/css/newsdetail.css?v=1.5.9" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head_banner"><div class="head_inner"><div class="logo"><a href="https://www.thepaper.cn/"><img src="https://www.thepaper.cn/img/logo.png" alt="澎湃新闻" /></a></div><div class="head_nav"><a href="https://www.thepaper.cn/channel_25950">时事</a><a href="https://www.thepaper.cn/channel_25951">财经</a><a href="https://www.thepaper.cn/gov_publish.jsp">澎湃号</a></div></div></div>
<div class="bdwd main_lt"><div class="newscontent"><h1 class="news_title">{esc(c.title)}</h1>
<div class="news_about"><p><a href="https://www.thepaper.cn/gov_{cid % 9999}" target="_blank">{account}</a></p><p>{c.when:%Y-%m-%d %H:%M}&nbsp;<span>来源：澎湃新闻·澎湃号·政务</span></p></div>
<div class="news_txt" data-size="standard">
{c.brs()}
</div>
<div class="news_editor"></div>
<div class="news_keyword">#{esc(c.title[:6])}</div>
<div class="go_statement"><p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p></div>
</div>
<div class="ctread_bd"><h2>相关推荐</h2>
{li_list(c.side(4), '<div class="ctread_name"><a href="newsDetail_forward_{i}" target="_blank">{t}</a></div><div class="pdtt_trbs"><span>{d}</span></div>')}
</div></div>
<div class="main_rt"><div class="rt_title">热门推荐</div><ul>
{li_list(c.side(5), '<li><a href="newsDetail_forward_{i}">{t}</a></li>')}
</ul></div>
<div class="foot"><p>&copy; 2014-{c.when.year} 上海东方报业有限公司</p></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [], notes="the account above the date; no writer")


def boda_school(c: Ctx) -> Made:
    college = "机械工程学院"
    writer = c.rng.choice(WRITERS)
    url = f"http://jxxy.hnust.edu.cn/info/{c.rng.randint(1000, 1999)}/{c.rng.randint(1000, 9999)}.htm"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(c.title)}-{college}</title>
<meta name="keywords" content="{college}" />
<meta name="description" content="{college}" />
<meta content="IE=edge" http-equiv="X-UA-Compatible">
<link rel="stylesheet" type="text/css" href="../../css/style.css" />
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="../../_sitegray/_sitegray_d.css" />
<script language="javascript" src="../../_sitegray/_sitegray.js"></script>
<!-- CustomerNO:7765626265723230797e475c5357544303090003 -->
<link rel="stylesheet" type="text/css" href="../../content.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1004,'/content.jsp',1234,1234567890)</script>
</head>
<body>
<div class="top"><div class="logo"><img src="../../images/logo.png" /></div><div class="nav"><ul><li><a href="../../index.htm">首页</a></li><li><a href="../../xygk.htm">学院概况</a></li><li><a href="../../xwdt.htm">新闻动态</a></li><li><a href="../../jxgz.htm">教学工作</a></li></ul></div></div>
<div class="main"><div class="left"><div class="lm_name">新闻动态</div><ul class="lm_list"><li><a href="../../xwdt/xyxw.htm">学院新闻</a></li><li><a href="../../xwdt/tzgg.htm">通知公告</a></li></ul></div>
<div class="right"><div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../xwdt.htm">新闻动态</a> &gt;&gt; <a href="../../xwdt/xyxw.htm">学院新闻</a> &gt;&gt; 正文</div>
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="../../_dwr/interface/NewsvoteDWR.js"></script>
<form name="_newscontent_fromname"><div class="content-title"><h3>{esc(c.title)}</h3></div>
<div class="content-info"><span>发布时间：{c.when.year}年{c.when.month:02d}月{c.when.day:02d}日</span>&nbsp;&nbsp;<span>作者：{writer}</span>&nbsp;&nbsp;<span>审核：{c.rng.choice(WRITERS)}</span>&nbsp;&nbsp;<span>点击数：<script>_showDynClicks("wbnews", 1234567890, {c.rng.randint(1000, 9999)})</script></span></div>
<div id="vsb_content"><div class="v_news_content">
{c.body("p", "　　")}
</div></div>
<div id="div_vote_id"></div></form>
<div class="pre-next"><p>上一篇：<a href="{c.rng.randint(1000, 9999)}.htm">{esc(c.others[13])}</a></p><p>下一篇：<a href="{c.rng.randint(1000, 9999)}.htm">{esc(c.others[14])}</a></p></div>
</div></div>
<div class="footer"><p>版权所有：湖南科技大学{college} 地址：湖南省湘潭市雨湖区桃园路 邮编：411201</p></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [writer], notes="作者 is the writer; 审核 is the reviewer")


def url_dated_static(c: Ctx) -> Made:
    site = "晨光网"
    url = f"http://news.chenguang.com.cn/{c.when:%Y%m}/{c.when:%d}/content_{c.rng.randint(100000, 999999)}.htm"
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(c.title)}-{site}</title>
<meta name="keywords" content="{site},新闻">
<style type="text/css">td {{ font-size: 12px }} .title {{ font-size: 20px; font-weight: bold }}</style>
</head>
<body topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="778" height="80"></td></tr>
<tr><td bgcolor="#CC0000" height="24"><a href="/">首页</a> | <a href="/gn/">国内</a> | <a href="/gj/">国际</a> | <a href="/sh/">社会</a></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="560" valign="top">
<table width="100%" border="0" cellspacing="8" cellpadding="0"><tr><td align="center" class="title">{esc(c.title)}</td></tr>
<tr><td align="center"><font color="#666666">{site} </font><hr size="1" color="#cccccc"></td></tr>
<tr><td style="font-size:14px;line-height:24px">
{c.body("p", "　　")}
</td></tr>
<tr><td align="right">【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td>
<td width="10"></td><td width="208" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#EEEEEE"><b>相关新闻</b></td></tr>
{li_list(c.side(5, "%m-%d"), '<tr><td>·<a href="/{i}.htm">{t}</a> <font color="#999999">({d})</font></td></tr>')}
</table></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td align="center">版权所有 {site} Copyright &copy; 2000-2006</td></tr></table>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [], "gb2312", notes="the day only in the URL path (/200603/15/)")


def fullwidth_gov(c: Ctx) -> Made:
    dept = "南川区农业农村委员会"
    url = f"http://nyw.nanchuan.gov.cn/Item/{c.rng.randint(1000, 9999)}.aspx"
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    shown = f"{c.when.year}年{c.when.month}月{c.when.day}日".translate(fw)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{dept}</title>
<link href="/Skin/gov/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><div class="logo"><img src="/Skin/gov/images/logo.jpg" alt="{dept}" /></div><div class="date"><script>document.write(new Date().toLocaleDateString())</script></div></div>
<div id="menu"><a href="/">网站首页</a> | <a href="/Category_1/Index.aspx">机构职能</a> | <a href="/Category_2/Index.aspx">工作动态</a> | <a href="/Category_3/Index.aspx">政策法规</a></div>
<div id="main"><div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/Category_2/Index.aspx">工作动态</a></div>
<div class="art_box"><div class="art_title"><span>{esc(c.title)}</span></div>
<div class="art_info">日期：{shown}　　来源：区农委办公室　　阅读：<span id="hits">{c.rng.randint(10, 999)}</span>次</div>
<div class="art_content" id="fontzoom">
{c.body("p", "　　")}
</div></div>
<div class="art_related"><div class="hd">相关文章</div><ul>
{li_list(c.side(4, "%Y-%m-%d"), '<li><a href="/Item/{i}.aspx">{t}</a>　{d}</li>')}
</ul></div></div>
<div id="foot">主办：{dept}　技术支持：动易网络<br />渝ICP备05001234号</div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [], "gb2312", notes="site-wide <title>; full-width digits in the date; the title in a <span>")


def discuz_portal(c: Ctx) -> Made:
    writer = c.rng.choice([*WRITERS, "admin"])
    site = "古城网"
    aid = c.rng.randint(1000, 99999)
    url = f"http://www.guchengwang.com/article-{aid}-1.html"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(c.title)} - 本地新闻 - {site} -  Powered by Discuz!</title>
<meta name="keywords" content="{esc(c.title)}" />
<meta name="description" content="{esc(c.paras[0][:80])} ,{site}" />
<meta name="generator" content="Discuz! X3.2" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?K9f" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_portal_view.css?K9f" />
</head>
<body id="nv_portal" class="pg_view" onkeydown="if(event.keyCode==27) return false;">
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{site}"><img src="static/image/common/logo.png" alt="{site}" border="0" /></a></h2></div>
<div id="nv"><ul><li class="a" id="mn_portal"><a href="portal.php" hidefocus="true">门户</a></li><li id="mn_forum"><a href="forum.php" hidefocus="true">论坛</a></li></ul></div></div></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{site}</a> <em>&rsaquo;</em><a href="portal.php">门户</a> <em>&rsaquo;</em><a href="portal.php?mod=list&catid=1">本地新闻</a> <em>&rsaquo;</em>查看内容</div></div>
<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw">
<div class="h hm"><h1 class="ph">{esc(c.title)} </h1>
<p class="xg1">{c.when:%Y-%-m-%-d %H:%M}<span class="pipe">|</span> 发布者: <a href="home.php?mod=space&amp;uid=1">{writer}</a><span class="pipe">|</span> 查看: <em id="_viewnum">{c.rng.randint(100, 9999)}</em><span class="pipe">|</span> 评论: 0</p></div>
<div class="s"><div><strong>摘要</strong>: {esc(c.paras[0][:60])} ...</div></div>
<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">
{c.body("p")}
</td></tr></table></div>
<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id={aid}" id="a_favorite" class="oshr ofav">收藏</a><a href="misc.php?mod=invite&amp;action=article&amp;id={aid}" id="a_invite" class="oshr oivt">邀请</a></div>
<div class="pren pbm cl"><em>上一篇：<a href="article-{aid - 1}-1.html">{esc(c.others[15])}</a></em><em>下一篇：<a href="article-{aid + 1}-1.html">{esc(c.others[16])}</a></em></div></div>
<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl2 cl">
{li_list(c.side(4), '<li>&bull; <a href="article-{i}-1.html">{t}</a></li>')}
</ul></div></div>
<div id="comment" class="bm"><div class="bm_h cl"><h3>最新评论</h3></div><div id="comment_ul" class="bm_c"></div></div></div>
<div class="sd pph"><div class="bm"><div class="bm_h cl"><h2>热门排行</h2></div><div class="bm_c"><ul class="xl xl1 cl">
{li_list(c.side(5), '<li><em class="xg1">{d}</em><a href="article-{i}-1.html">{t}</a></li>')}
</ul></div></div></div></div></div>
<div id="ft" class="wp cl"><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.2</em></p><p class="xs0">&copy; 2001-2013 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div>
</body>
</html>
"""
    # 发布者 is the account that posted the article (an editor's login or name), not a credited writer.
    return Made(page, url, ymd(c.when), [], "gbk", notes="Discuz! portal article: 发布者 is the posting account, not a writer")


def zblog_asp_relative(c: Ctx) -> Made:
    """A theme that prints 昨天 HH:MM for yesterday's posts (captured the next day)."""
    blog = "小镇日记"
    url = f"https://www.xiaozhenriji.cn/{c.rng.randint(100, 999)}.html"
    fetched = (c.when + timedelta(days=1)).replace(hour=c.rng.randint(8, 20))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(c.title)}_{blog}</title>
<meta name="keywords" content="{esc(c.title[:8])}">
<meta name="description" content="{esc(c.paras[0][:80])}">
<link rel="stylesheet" href="https://www.xiaozhenriji.cn/zb_users/theme/tpure/style/style.css">
<meta name="generator" content="Z-BlogPHP 1.7.2">
</head>
<body class="article">
<div class="wrapper"><div class="header"><div class="wrap"><div class="logo"><a href="https://www.xiaozhenriji.cn/"><img src="https://www.xiaozhenriji.cn/zb_users/theme/tpure/style/images/logo.svg" alt="{blog}"></a></div><div class="head"><div class="menu"><ul class="nav"><li class="navbar-item"><a href="https://www.xiaozhenriji.cn/">首页</a></li><li class="navbar-item"><a href="https://www.xiaozhenriji.cn/category-1.html">日记</a></li></ul></div></div></div></div>
<div class="main"><div class="wrap"><div class="mask"></div><div class="content"><div class="block"><div class="post"><h1>{esc(c.title)}</h1>
<div class="info"><span class="user"><a href="https://www.xiaozhenriji.cn/author-1.html" rel="nofollow">站长</a></span><span class="date">昨天 {c.when:%H:%M}</span><span class="view">{c.rng.randint(10, 999)}</span><span class="cmt">0</span></div>
<div class="single postcon">
{c.body()}
</div>
<div class="tags">标签：<a href="https://www.xiaozhenriji.cn/tags-1.html">日常</a></div></div>
<div class="pages"><a href="https://www.xiaozhenriji.cn/category-1.html" class="backlist">返回列表</a><p>上一篇：<a href="https://www.xiaozhenriji.cn/1.html" class="single-prev">{esc(c.others[17])}</a></p><p>下一篇：没有了</p></div></div>
<div class="block"><div class="posttitle"><h4>相关文章</h4></div><div class="relatecon">
{li_list(c.side(4, "%Y-%m-%d"), '<div class="relate"><div class="relateinfo"><h3><a href="https://www.xiaozhenriji.cn/{i}.html">{t}</a></h3><p class="date">{d}</p></div></div>')}
</div></div></div>
<div class="sidebar"><dl class="sidebox"><dt>热门文章</dt><dd><ul>
{li_list(c.side(5), '<li><a href="https://www.xiaozhenriji.cn/{i}.html">{t}</a></li>')}
</ul></dd></dl></div></div></div>
<div class="footer"><div class="wrap"><p>Copyright &copy; 2020 {blog} Powered By <a href="https://www.zblogcn.com/" target="_blank">Z-BlogPHP</a> Theme By <a href="https://www.toyean.com/" target="_blank">toyean</a></p></div></div></div>
</body>
</html>
"""
    return Made(page, url, ymd(c.when), [], fetched=fetched.isoformat(), notes="昨天 HH:MM, captured the next day; 站长 is no name")


TEMPLATES: list[tuple[str, Callable[[Ctx], Made], tuple[int, int]]] = [
    ("dedecms", dedecms, (2008, 2015)),
    ("phpcms", phpcms, (2011, 2017)),
    ("empirecms", empirecms, (2012, 2019)),
    ("empirecms_gbk", empirecms_gbk, (2009, 2014)),
    ("powereasy", powereasy, (2005, 2010)),
    ("pageadmin_gov", pageadmin_gov, (2016, 2021)),
    ("gov_xxgk", gov_xxgk, (2014, 2021)),
    ("wordpress_dux", wordpress_dux, (2015, 2021)),
    ("wordpress_dux_relative", wordpress_dux_relative, (2016, 2021)),
    ("wordpress_twenty", wordpress_twenty, (2017, 2020)),
    ("zblog", zblog, (2010, 2016)),
    ("zblog_relative", zblog_asp_relative, (2019, 2022)),
    ("typecho", typecho, (2014, 2021)),
    ("discuz_x3", discuz_x3, (2013, 2020)),
    ("discuz_x3_relative", discuz_x3_relative, (2014, 2020)),
    ("discuz_7", discuz_7, (2008, 2012)),
    ("discuz_portal", discuz_portal, (2013, 2018)),
    ("phpwind", phpwind, (2009, 2013)),
    ("tieba", tieba, (2013, 2019)),
    ("tianya", tianya, (2009, 2016)),
    ("sina_blog", sina_blog, (2006, 2014)),
    ("netease_blog", netease_blog, (2007, 2013)),
    ("cnblogs", cnblogs, (2012, 2021)),
    ("csdn", csdn, (2018, 2022)),
    ("jianshu", jianshu, (2016, 2021)),
    ("zhihu_zhuanlan", zhihu_zhuanlan, (2017, 2022)),
    ("wechat", wechat, (2015, 2021)),
    ("wechat_account", wechat_account_only, (2016, 2021)),
    ("baijiahao", baijiahao, (2018, 2021)),
    ("toutiao", toutiao, (2017, 2021)),
    ("thepaper_hao", thepaper_hao, (2018, 2022)),
    ("boda_school", boda_school, (2015, 2022)),
    ("url_dated_static", url_dated_static, (2003, 2008)),
    ("fullwidth_gov", fullwidth_gov, (2006, 2012)),
]


_KEEP_TITLE = re.compile(r"\.\.\.|…$|_[^_]{1,20}$| - \S")


def pool(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The texts a mechanical rule keeps (no hand-picking): a real body and a whole, bare title."""
    return [r for r in rows if 200 <= len(r["content"]) <= 6000 and not _KEEP_TITLE.search(r["title"]) and 4 <= len(r["title"]) <= 40]


def split_paras(text: str) -> list[str]:
    """Paragraphs of an inews text: its line breaks, or runs of two spaces where it lost them."""
    out = []
    for para in paragraphs(text, sohu=False):
        out.extend(p.strip() for p in re.split(r"\s{2,}", para) if p.strip())
    return out


def when_in(rng: random.Random, years: tuple[int, int]) -> datetime:
    start = datetime(years[0], 1, 1, tzinfo=BEIJING)
    span = (datetime(years[1], 12, 28, tzinfo=BEIJING) - start).days
    day = start + timedelta(days=rng.randint(0, span))
    return day.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59), second=rng.randint(0, 59))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="shared data directory")
    parser.add_argument("--pages", type=int, default=46)
    args = parser.parse_args(argv)
    source = shared_data_dir(args.data) / "inews-bdci2019" / "train.jsonl"
    rows = pool([json.loads(line) for line in source.read_text("utf-8").splitlines()])
    rng = random.Random(SEED)
    picked = rng.sample(rows, args.pages)
    chosen = {r["id"] for r in picked}
    others = [r["title"] for r in rows if r["id"] not in chosen]
    out_dir = OUT / "software"
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = []
    for k, row in enumerate(picked):
        name, template, years = TEMPLATES[k % len(TEMPLATES)]
        title = re.sub(r"\s+", " ", row["title"]).strip()
        ctx = Ctx(title, split_paras(row["content"]), when_in(rng, years), rng, rng.sample(others, 40), TEXT_AUTHORS.get(row["id"], []))
        made = template(ctx)
        path = f"tests/data/cms_probe/software/{k:02d}_{name}.html"
        (REPO / path).write_bytes(made.html.encode(made.encoding, errors="xmlcharrefreplace"))
        authors = made.authors + [a for a in ctx.text_authors if a not in made.authors]
        record = {
            "path": path,
            "url": made.url,
            "title": title,
            "date": made.date,
            "authors": authors,
            "kind": name,
            "encoding": made.encoding,
            "text": row["id"],
        }
        if made.fetched:
            record["fetched"] = made.fetched
        if made.notes:
            record["notes"] = made.notes
        lines.append(json.dumps(record, ensure_ascii=False))
    (OUT / "software.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines)} pages written to {out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
