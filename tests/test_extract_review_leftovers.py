"""Leftovers of the session's review, each a wrong value on ordinary input (failed before the fix)."""

from __future__ import annotations

from crawler.extract.article import extract_article
from crawler.extract.dates import _english
from crawler.extract.people import find_people
from crawler.extract.writing_roles import writing_role_names

_BODY = "".join(
    f"<p>The new rail link between the two cities opened on Monday, cutting the trip to forty minutes "
    f"for {i} thousand commuters a day.</p>"
    for i in range(8)
)


def test_an_english_headline_broken_over_two_headings_keeps_its_space() -> None:
    page = (
        "<html><head><title>News</title></head><body>"
        "<h1 class='headline'>Rail link between the cities</h1><h1 class='headline'>opens to commuters</h1>"
        f"<p>2024-03-05</p>{_BODY}</body></html>"
    )
    item = extract_article("https://example.com/a/1.html", page.encode())
    assert item.title == "Rail link between the cities opens to commuters"


def test_cst_of_a_source_in_the_americas_is_us_central_standard_time() -> None:
    chicago = _english("Tue Mar 05 22:21:33 CST 2019", "America/Chicago")
    shanghai = _english("Tue Mar 05 22:21:33 CST 2019", "Asia/Shanghai")
    assert chicago is not None and chicago.isoformat() == "2019-03-05T22:21:33-06:00"
    assert shanghai is not None and shanghai.isoformat() == "2019-03-05T22:21:33+08:00"


def test_a_stations_member_label_is_no_writer() -> None:
    assert "成员" not in writing_role_names("本报驻石门记者站 成员 王勇")
    assert writing_role_names("本报驻石门记者站 韦明雪") == ["韦明雪"]


def test_a_word_across_the_cut_of_two_glued_names_makes_no_names() -> None:
    # "授权" straddles the only cut of 张三授权展出: 张三授 and 权展出 are no writers.
    assert find_people("该作品由作者张三授权展出").authors == []
    assert find_people("作者：王小明李小红").authors == ["王小明", "李小红"]
