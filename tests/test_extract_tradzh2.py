# ruff: noqa: E501  (pages are kept one line a tag, as sites print them)
"""Dates, titles and credits of Taiwan / Hong Kong / Macau pages the second traditional-script probe showed.

Each case is a general form (tests/data/cms_probe/tradzh2's tune half printed it); every one failed
before its rule: a ``｜`` after a date label, an ROC year written 年月日, an issue's date with its
weekday, names listed before CNA's glued place, an outlet before ``／names place報導``, a ``文字``
credit, a site's name first in a traditional ``<title>``, a traditional info line taken for the headline.
"""

from __future__ import annotations

from datetime import date

from crawler.extract import extract_article
from crawler.extract.dates import find_date_in_text, labelled_date
from crawler.extract.people import find_people
from crawler.extract.title_choice import site_suffix_free

BODY = "".join(
    f"<p>{line}</p>"
    for line in (
        "近期蔣勁夫事件一直廣受人們的關注，觀眾記憶中的那個陽光少年也在不知不覺中改變了，這讓很多人大跌眼鏡。",
        "蔣勁夫之前在娛樂圈沉寂了一段時間後，攜日本女友再次出現在人們的視線當中，他對女友也是寵愛有加。",
        "就在外界以為二人還在熱戀中，甜蜜如初的時候，卻傳出了家暴的消息，引起社會廣泛關注和熱烈討論。",
    )
)


def _day(found: object) -> date | None:
    return found.date() if found is not None else None  # type: ignore[attr-defined]


def test_a_bar_after_a_date_label_separates_like_a_colon():
    found = labelled_date("更新時間｜2023.06.19 09:00 發布時間｜2023.06.17 11:15")
    assert _day(found) == date(2023, 6, 17)
    assert _day(
        find_date_in_text("文｜陳怡君 更新時間｜2023.06.19 09:00 發布時間｜2023.06.17 11:15", need_time=True)
    ) == date(2023, 6, 17)


def test_published_labels_of_hong_kong_sites():
    assert _day(labelled_date("更新：2018-04-27 10:00 出版：2018-04-26 14:32")) == date(2018, 4, 26)


def test_an_unlabelled_search_passes_an_update_time_by():
    text = "鏡週刊 更新時間 2023.06.19 09:00 2023.06.17 11:15"
    assert _day(find_date_in_text(text, need_time=True)) == date(2023, 6, 17)


def test_roc_year_in_year_month_day_after_a_label():
    assert _day(labelled_date("日期：104年10月04日 單位：新聞局 點閱：3,412")) == date(2015, 10, 4)
    assert labelled_date("點閱：104年10月04日") is None  # no date label, no ROC reading


def test_an_issue_date_carries_its_own_weekday():
    from crawler.extract.dates import weekday_date

    assert _day(weekday_date("東方日報 2016年03月25日 星期五 要聞港聞")) == date(2016, 3, 25)
    assert _day(weekday_date("完 2008年8月27日（星期三） 香港時間9時30分")) == date(2008, 8, 27)
    assert weekday_date("東方日報 2016年03月25日 星期一") is None  # the wrong weekday: no issue date
    assert weekday_date("上一篇（2008年8月26日）") is None


def test_a_page_dated_only_by_its_issue_bar():
    page = f"""<html><head><meta charset="utf-8"><title>蔣勁夫事件最新進展｜東方日報</title></head><body>
<div class="top">東方日報 2016年03月25日 星期五</div><div class="nav"><a>要聞港聞</a> <a>A02</a></div>
<div><h1>蔣勁夫事件最新進展</h1><div class="paragraph">{BODY}</div></div>
<div class="same"><h3>同版新聞</h3><ul><li>天文台：明日氣溫回升</li></ul></div></body></html>"""
    item = extract_article("http://example.hk/a.html", page.encode("utf-8"))
    assert _day(item.published_at) == date(2016, 3, 25)


def test_cna_dateline_lists_names_before_the_glued_place():
    assert find_people("（中央社記者蘇郁婷、江明珠台中9日電）今天").authors == ["蘇郁婷", "江明珠"]


def test_an_outlet_before_names_and_place_reported():
    assert find_people("…關注。（民視新聞／張雅婷、陳怡君 台北報導）").authors == ["張雅婷", "陳怡君"]
    assert find_people("（國際中心／綜合外電報導）").authors == []
    assert find_people("（民視新聞／綜合報導）").authors == []


def test_a_text_credit_labelled_wenzi():
    people = find_people("文字 葉德正　攝影 黃柏翰　責任編輯 張均懋")
    assert (people.authors, people.photographers, people.editors) == (["葉德正"], ["黃柏翰"], ["張均懋"])
    assert find_people("編輯/呂萍 ?文字/湯君芳 ?圖片/金凱華").authors == ["湯君芳"]
    assert find_people("文字編輯：王小明").authors == []


def test_a_traditional_site_name_before_the_headline():
    assert site_suffix_free("蕃薯藤新聞 - 這不是招聘，只是收藏你的才華") == "這不是招聘，只是收藏你的才華"
    assert site_suffix_free("政府公布新計劃 - 民視新聞網") == "政府公布新計劃"


def test_a_headline_holding_a_bar_is_kept_whole_when_the_page_shows_it_so():
    page = f"""<html><head><meta charset="utf-8"><title>國家級貧困縣之春節見聞 | 一位未成年卻結婚的男生：無證酒駕，肇事逃逸</title></head><body>
<div id="header"><a>香港特別行政區政府</a> <a>新聞公報</a></div>
<span id="PRHeadline">國家級貧困縣之春節見聞 | 一位未成年卻結婚的男生：無證酒駕，肇事逃逸</span><br><br><span id="pressrelease">
原標題：國家級貧困縣之春節見聞 | 一位未成年卻結婚的男生：無證酒駕，肇事逃逸<br><br>寫在前面：<br><br>{BODY.replace("<p>", "").replace("</p>", "<br><br>")}完<br></span>
<p class="smallfont">2008年8月27日（星期三）<br>香港時間9時30分</p></body></html>"""
    item = extract_article("http://example.hk/a.html", page.encode("utf-8"))
    assert item.title == "國家級貧困縣之春節見聞 | 一位未成年卻結婚的男生：無證酒駕，肇事逃逸"


def test_a_traditional_info_line_is_no_headline():
    page = f"""<html><head><meta charset="utf-8"><title>行政院全球資訊網</title></head><body>
<div class="nav">首頁 &gt; 新聞與公告 &gt; 本院新聞</div><div class="words"><h2>蔣勁夫事件最新進展：和解失敗</h2>
<div class="date"><span>發布日期：107-04-12</span><span>資料來源：行政院發言人辦公室</span></div>
<div class="p">{BODY}</div></div><div class="footer">行政院 版權所有</div></body></html>"""
    item = extract_article("http://example.tw/a.html", page.encode("utf-8"))
    assert item.title == "蔣勁夫事件最新進展：和解失敗"
    assert _day(item.published_at) == date(2018, 4, 12)


def test_a_headline_naming_a_limited_liability_company_is_no_info_line():
    # 有限責任公司 holds 責任 (责任), which only 责任编辑/责编 make an info line's label.
    page = f"""<html><head><meta charset="utf-8"><title>行政院全球資訊網</title></head><body>
<div class="nav">首頁 &gt; 新聞與公告</div><div class="words"><h2>蔣勁夫經紀有限責任公司回應家暴事件最新進展</h2>
<div class="date"><span>發布日期：107-04-12</span><span>資料來源：行政院發言人辦公室</span></div>
<div class="p">{BODY}</div></div></body></html>"""
    item = extract_article("http://example.tw/a.html", page.encode("utf-8"))
    assert item.title == "蔣勁夫經紀有限責任公司回應家暴事件最新進展"


def test_a_table_layout_joining_headline_info_line_and_text_is_dated_by_that_line():
    lines = BODY.replace("<p>", "").replace("</p>", "<br><br>")
    page = f"""<html><head><meta charset="big5"><title>蕃薯藤新聞 - 蔣勁夫事件最新進展</title></head><body>
<table width="760"><tr><td><a href="/">yam 天空 新聞</a> | 社會 | 地方</td></tr></table>
<table width="760"><tr><td width="560" valign="top"><font size="4"><b>蔣勁夫事件最新進展</b></font><br>
<font size="2" color="#666666">2007/10/01 13:20 中廣新聞網</font><br><br><font size="3">【記者曾韻如／台北報導】{lines}</font>
</td><td width="200" valign="top"><b>相關新聞</b><br>‧颱風外圍環流影響 (2007/09/30)<br>‧立法院三讀通過 (2007/09/29)</td></tr></table>
</body></html>"""
    item = extract_article("http://example.tw/a.html", page.encode("big5", errors="xmlcharrefreplace"))
    assert item.title == "蔣勁夫事件最新進展"
    assert _day(item.published_at) == date(2007, 10, 1)


def test_a_forum_poster_in_traditional_script_is_a_personal_name():
    from crawler.extract.bylines import hinted_byline_names

    # Discuz!'s <td class="postauthor">: 羅 is 罗, a common surname, in the fold.
    assert hinted_byline_names(["羅敏儀 帖子 1234 積分 567"]) == ["羅敏儀"]
    assert hinted_byline_names(["walker_hk 帖子 12"]) == []


def test_a_closing_bracket_repeating_the_writer_names_the_co_writers():
    from crawler.extract.people import closing_co_writers

    closing = "…無法揭示案件全貌。（姚玉光、許峰 馬訓標）返回搜狐，查看更多 責任編輯："
    assert closing_co_writers([closing], ["姚玉光"]) == ["許峰", "馬訓標"]
    assert closing_co_writers(["確保行車規範、安全。(李甜賀嬌嬌)編輯:李思科"], ["李甜"]) == ["賀嬌嬌"]
    # A bare closing name with no credited writer in it stays unread (the dev set reads none there).
    assert closing_co_writers(["…活動圓滿舉行。（張巨峰）"], ["王小明"]) == []
    assert closing_co_writers(["（王小明、李華）在會上表示，將持續推動。"], ["王小明"]) == []


def test_cna_correspondent_abroad_glues_a_foreign_city_to_the_name():
    for city in ("日內瓦", "華盛頓", "布魯塞爾", "舊金山"):
        assert find_people(f"（中央社記者許雅筑{city}27日專電）今天").authors == ["許雅筑"]
    assert find_people("（中央社記者司馬文靜華盛頓5日專電）").authors == ["司馬文靜"]


def test_an_roc_day_alone_in_a_date_element_dates_the_page():
    from crawler.extract.dates import roc_date

    assert _day(roc_date("107-02-09")) == date(2018, 2, 9)
    assert _day(roc_date(" 113/03/05 ")) == date(2024, 3, 5)
    assert roc_date("電話 107-02-09 轉 12") is None  # only a text that is the day and nothing else
    page = f"""<html><head><meta charset="utf-8"><title>蔣勁夫事件最新進展-內政部全球資訊網</title></head><body>
<div class="path">首頁 &gt; 新聞稿</div><div class="news-detail"><h2 class="news-title">蔣勁夫事件最新進展</h2>
<span class="date">107-02-09</span><div class="news-content">{BODY}</div></div></body></html>"""
    item = extract_article("http://example.tw/a.html", page.encode("utf-8"))
    assert _day(item.published_at) == date(2018, 2, 9)
