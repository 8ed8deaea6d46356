"""Text the body extraction used to lose or repeat, written by hand from the kinds of page where it did.

The kinds were found on the probe pages of ``bench.fields_probe`` (real texts in made layouts) and
the tune pages of the fields dev set; no holdout page was read.
"""

from __future__ import annotations

from crawler.extract.titles import strip_heading_line

TITLE = "山东仁和制药宣称食品能治病 营销模式被指传销"


def test_a_headline_quoted_in_the_first_sentence_is_no_heading_line() -> None:
    # "发布" before the headline reads like an info field, but the headline sits in 《》 inside a
    # sentence: the text cites it, and nothing before it is page furniture.
    first = f"4月27日，《中国产经新闻网》对外发布一篇标题为《{TITLE}》的深度报道，引起了社会公众的高度关注。"
    paragraphs = [first, "据报道，该公司没有取得直销企业经营许可证。"]
    assert strip_heading_line(paragraphs, TITLE) == paragraphs


def test_an_info_line_and_headline_joined_to_the_text_are_still_cut() -> None:
    first = f"来源：红网 作者：黄艳 2019-02-28 17:47:00 {TITLE} 近日，记者从该公司获悉了有关情况。"
    assert strip_heading_line([first], TITLE) == ["近日，记者从该公司获悉了有关情况。"]


def test_a_breadcrumb_alone_is_dropped_a_text_glued_behind_one_is_kept() -> None:
    from crawler.extract import extract_article

    text = (
        "新房装修，一定要做好防水和管道施工。漏水问题层出不穷，入住后就会给我们带来极大的困扰。"
        "装修与水相关的工艺没做好，那么最关键的问题还是在水管上，所以要想做到不漏水，"
        "那么从施工阶段开始，就要做好预防工作，才能一劳永逸。"
    )
    page = (
        "<html><head><title>家里做了防水还漏水_欧邦资讯</title></head><body>"
        "<div class='content'><p>当前位置：首页 &gt; 欧邦资讯 &gt; 家居课堂</p>"
        f"<p>您的位置:首页&gt;欧邦资讯&gt;家居课堂&gt;{text}</p><p>{text}</p></div></body></html>"
    )
    body = extract_article("http://www.example.cn/a/1.html", page.encode()).body
    assert "当前位置" not in body
    assert body.count("新房装修") == 2
