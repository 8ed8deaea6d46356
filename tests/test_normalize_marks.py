"""Bullets on a page: a bulleted line inside a text is its subhead; a bulleted section name is furniture."""

from __future__ import annotations

from crawler.normalize import rebuild_page

SUBHEADS = """爱辉区努力实现生态文明建设新突破

本报讯（记者 万欣）近年来，爱辉区把
天蓝地绿水清作为最大财富、最强竞争力，
牢固树立绿色发展理念，执行最严格的生
态保护政策，保护和发展美丽的家园。

■突出森林资源保护

按照森林资源管理全覆盖检查试点整改要
求，今年将恢复植被1650亩，全面完成林
地问题图斑整改还林工作。完善网格化管
理机制，全力守护生态安全屏障。

■深入落实河长制九项制度

实施“水清”行动，深入落实河长制九项
制度，完善“一河一策”治理措施，打造
全省河湖管理先进模式。（记者 万欣）
"""

LABEL = """A3 综合新闻 2009年5月4日 责任编辑：林飞红

▲本地新闻

爱辉区努力实现生态文明建设新突破

●突出森林资源保护
  按照森林资源管理全覆盖检查
试点整改要求，今年将恢复植被
1650亩，全面完成林地问题图斑
整改还林工作。完善网格化管理
机制，全力守护生态安全屏障。
/记者 万欣 报道

东关街道开展消防演练
本报讯（记者 李华）3月5日上午，东关
街道组织辖区商户开展消防演练，两百余
人参加，演练结束后进行了安全知识讲座。

本报讯 近年来，爱辉区把天蓝地绿水清
作为最大财富、最强竞争力，牢固树立绿
色发展理念，执行最严格的生态保护政策。
"""


def test_bulleted_lines_between_paragraphs_are_subheads_of_one_text() -> None:
    articles = rebuild_page(SUBHEADS)
    assert [a.title for a in articles] == ["爱辉区努力实现生态文明建设新突破"]
    assert articles[0].subheads == ["■突出森林资源保护", "■深入落实河长制九项制度"]
    assert articles[0].reporters == ["万欣"]


def test_a_bulleted_section_name_is_no_headline() -> None:
    articles = rebuild_page(LABEL)
    assert [a.title for a in articles] == ["爱辉区努力实现生态文明建设新突破", "东关街道开展消防演练"]
    assert articles[0].reporters == ["万欣"]
    assert "".join(articles[0].paragraphs).startswith("近年来，爱辉区")
