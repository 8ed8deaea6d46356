"""A headline block of two lines standing alone between an ended text and a dateline heads that text."""

from __future__ import annotations

from crawler.normalize import rebuild_page

ABOVE = """本报讯（记者 王明）城东菜市场昨日完成改造，新增摊位八十个，
早市营业时间延长到上午十点，附近居民买菜更方便了。
改造期间，菜市场临时搬到对面空地，没有影响居民日常采购。
喜欢的朋友可以在下方留言，说说你家附近的菜市场，下期见！
"""
BELOW = """本报讯（记者 李强）前天夜里，一辆小轿车在环城路撞上路边护栏，
司机弃车逃离现场。交警调取监控后，很快锁定了车主的身份。
昨天上午，这名男子到交警大队投案，承认当晚喝了酒。
目前，此案正在进一步处理中。
"""
TITLE = "男子酒后驾车撞上路边护栏 弃车逃跑两天后投案 称害怕被罚"


def test_a_wide_headline_over_its_subtitle_between_an_ended_text_and_a_dateline() -> None:
    articles = rebuild_page(f"{ABOVE}\n{TITLE}\n司机弃车逃离现场\n\n{BELOW}")
    assert len(articles) == 2
    assert (articles[1].title, articles[1].subtitle) == (TITLE, "司机弃车逃离现场")
    assert articles[1].reporters == ["李强"]
    assert "酒后驾车" not in "".join(articles[0].paragraphs)


def test_lines_with_a_clause_inside_are_no_headline_block() -> None:
    # Two short lines a sentence's comma runs through: the text's closing words, set apart.
    tail = "因此，建议大家最好搭乘公交\n前往城东菜市场"
    articles = rebuild_page(f"{ABOVE.rstrip()}\n\n{tail}\n\n{BELOW}")
    assert "搭乘公交" not in articles[-1].title
