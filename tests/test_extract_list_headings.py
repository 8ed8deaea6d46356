# ruff: noqa: E501  (pages are kept one line a block, as portals print them)
"""Headlines found in the page: a list column's heading is no article's headline."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.list_headings import heads_a_link_list
from crawler.extract.markup import parse_page

HEADLINE = "县应急管理局部署春季消防安全工作"
BODY = (
    "<p>　　3月5日，县应急管理局召开春季消防安全工作部署会，要求各镇街对人员密集场所开展拉网式排查，"
    "发现隐患立即整改，不能立即整改的要落实防范措施，确保不发生较大火灾事故。</p>"
    "<p>　　会议指出，当前正值春季风干物燥，火灾风险上升，各单位要压实责任，加强值班值守，"
    "对老旧小区消防通道堵塞、电动车违规充电等突出问题开展集中整治，切实守住安全底线。</p>"
    "<p>　　会议要求，各镇街于4月30日前将排查整治情况报送县应急管理局，县里将适时组织督导检查。</p>"
)
ROWS = (
    # A row may read as a sentence: the text's first sentence is not looked for in the column.
    ("哪类房子最不好卖？哪些城市的房子最难卖？", "2013-10-31 03:05"),
    ("河池一交警大队长利用职务之便挪用公款", "2013-10-31 03:05:52"),
    ("高速二十三车相撞一家六口五死一伤", "2014-1-1 03:05"),
    ("市区兴南市场乱摆乱放堵塞消防通道", "2012-8-20 03:05"),
    ("货车撞人却不见伤者 事故现场1公里外发现一具尸体", "2015-4-18 03:05"),
)


def _portal(label: str, title: str = "www.example.cn - 欢迎访问") -> bytes:
    """A 2000s 动易-style GBK portal: a left column of timed rows under ``label``, the article beside it."""
    rows = "".join(
        f"<tr><td>·<a href='/Article/ShowArticle.asp?ArticleID={i}'>{t}</a></td><td>{d}</td></tr>"
        for i, (t, d) in enumerate(ROWS)
    )
    return (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'><title>{title}</title></head><body>"
        "<div class='nav'><a href='/0/'>首页</a> | <a href='/1/'>新闻</a> | <a href='/2/'>国内</a> | <a href='/3/'>社会</a></div>"
        f"<table width=778 align=center><tr><td width=200 valign=top><table class=left><tr><td colspan=2>{label}</td></tr>{rows}</table></td>"
        "<td valign=top><table width='100%'><tr><td class=nav>您现在的位置： <a href='/'>首页</a> &gt;&gt; <a>新闻中心</a> &gt;&gt; 正文</td></tr>"
        f"<tr><td align=center height=50><font size=4><b>{HEADLINE}</b></font></td></tr>"
        "<tr><td align=center bgcolor=#F0F0F0>作者：佚名&nbsp;文章来源：人民网&nbsp;点击数：<script src='/Article/GetHits.asp?ArticleID=5'></script>&nbsp;更新时间：2009-11-5 03:05:52&nbsp;【字体：<a>小</a> <a>大</a>】</td></tr>"
        f"<tr><td class=content>{BODY}</td></tr>"
        "<tr><td>上一篇文章：<a>市区兴南市场乱摆乱放堵塞消防通道</a><br>下一篇文章：<a>高速二十三车相撞一家六口五死一伤</a></td></tr>"
        "</table></td></tr></table><div class='foot'>版权所有 某某网</div></body></html>"
    ).encode("gbk")


@pytest.mark.parametrize(
    "label", ["<b>最新更新</b>", "<b>热门文章</b>", "<font color=red><b>相关文章</b></font>", "推荐阅读"]
)
@pytest.mark.parametrize("title", ["www.example.cn - 欢迎访问", ""])
def test_a_left_columns_heading_over_timed_rows_is_no_headline(label: str, title: str) -> None:
    # The extractor keeps the left column with the article; its heading stands over a timed row,
    # which reads like a headline over its info line. The rows under it are links: a list's heading.
    item = extract_article("http://www.example.cn/Article/ShowArticle.asp?ArticleID=5", _portal(label, title))
    assert item.title == HEADLINE


def test_a_heading_over_short_links_heads_a_list_and_the_headline_over_its_text_does_not() -> None:
    tree = parse_page(_portal("<b>最新更新</b>").decode("gbk"))
    assert heads_a_link_list(tree, "最新更新")
    assert not heads_a_link_list(tree, HEADLINE)
    # A line printed nowhere as a heading heads nothing.
    assert not heads_a_link_list(tree, "本网评论员文章")


@pytest.mark.parametrize("title", ["www.example.cn - 欢迎访问", f"{HEADLINE} - 新闻中心"])
def test_a_left_columns_rows_read_as_sentences_are_no_part_of_the_text(title: str) -> None:
    # The column's first row ends in ？: the search for the headline's lines does not stop there,
    # whether the headline was found in the page or in <title>.
    item = extract_article("http://www.example.cn/Article/ShowArticle.asp?ArticleID=5", _portal("<b>最新更新</b>", title))
    assert item.body.startswith("3月5日")
    assert "哪类房子" not in item.body
