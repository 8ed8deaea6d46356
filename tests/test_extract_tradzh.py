"""Credits and dates of Taiwan and Hong Kong pages: traditional script, ／, CNA datelines, ROC years.

Each case is a form the probe's templates print (tests/data/cms_probe/tradzh); every one failed
before the byline and date rules read traditional script.
"""

from __future__ import annotations

from datetime import date

from crawler.extract.dates import labelled_date, parse_chinese_datetime
from crawler.extract.people import find_people, plausible_name


def test_traditional_reporter_label_with_fullwidth_slash_and_place():
    people = find_people("〔記者傅強／高雄報導〕高雄市政府今天宣布")
    assert people.authors == ["傅強"]


def test_names_come_back_in_the_page_script():
    people = find_people("記者 郭寧、程功 / 台北報導")
    assert people.authors == ["郭寧", "程功"]  # not 郭宁, and 台北報導 is the place, no name


def test_cna_dateline_glues_the_place_to_the_name():
    assert find_people("（中央社記者王小明台北7日電）行政院會今天通過").authors == ["王小明"]
    assert find_people("（中央社記者歐陽曉峰高雄26日電）").authors == ["歐陽曉峰"]


def test_picture_role_after_slash_labels_the_next_name():
    people = find_people("記者 蘇陽 / 攝影 梁晨 報導")
    assert people.authors == ["蘇陽"]
    assert people.photographers == ["梁晨"]
    simplified = find_people("记者 苏阳 / 摄影 梁晨 报道")
    assert (simplified.authors, simplified.photographers) == (["苏阳"], ["梁晨"])


def test_picture_role_closing_a_credit_still_credits_the_name_before():
    people = find_people("文/黄轶涵 黄昕／漫画")
    assert (people.authors, people.photographers) == (["黄轶涵"], ["黄昕"])


def test_bracketed_name_and_place_reported_closes_a_report():
    assert find_people("…將持續追蹤。（司馬文靜／台北報導）").authors == ["司馬文靜"]
    assert find_people("（資料照片／台北報導）").authors == []


def test_traditional_outlet_is_no_name():
    assert not plausible_name("聯合報")
    assert plausible_name("蘇陽")


def test_roc_years_after_a_label_and_with_minguo():
    found = labelled_date("發布機關：工務局 發布日期：106-12-05 點閱次數：1234")
    assert found is not None and found.date() == date(2017, 12, 5)
    found = parse_chinese_datetime("中華民國113年3月7日")
    assert found is not None and found.date() == date(2024, 3, 7)


def test_traditional_labels_prefer_published_over_updated():
    found = labelled_date("最後更新時間：2024/03/08 16:02 發佈時間：2024/03/07 14:21")
    assert found is not None and (found.date(), found.hour) == (date(2024, 3, 7), 14)


def test_script_fold_keeps_offsets_and_leaves_width_and_case():
    from indexer.analysis import fold_script

    text = "記者ＡＢ Demi　蘇陽"
    assert fold_script(text) == "记者ＡＢ Demi　苏阳"
    assert len(fold_script(text)) == len(text)
