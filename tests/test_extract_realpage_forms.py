"""Forms met on real pages nobody tuned for (issue 20's real-page check), each as our own minimal page."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.people import find_people

_BODY = "<p>" + "警方說，案件經過調查，相關人員已經到場處理，詳細情形仍待釐清。" * 4 + "</p>"


def test_a_caption_photo_credit_does_not_hide_the_same_reporters_byline() -> None:
    # A picture caption credits the reporter for the photo ("（圖／記者王大明翻攝）"); the next line is
    # the story's own byline by the same reporter: the reporter wrote it too.
    people = find_people("▲圖說文字。（圖／記者王大明翻攝）\n\n記者王大明／南市報導\n\n警方說")
    assert (people.authors, people.photographers) == (["王大明"], ["王大明"])


def test_a_caption_photo_credit_alone_credits_no_writer() -> None:
    people = find_people("▲圖說文字。（圖／記者王大明翻攝）\n\n警方說，案件經過調查")
    assert (people.authors, people.photographers) == ([], ["王大明"])


def test_a_story_opening_with_a_captioned_picture_keeps_its_reporter() -> None:
    html = (
        "<html><head><title>某案 | 新聞雲</title></head><body><h1>男子墜樓送醫不治</h1>"
        '<time datetime="2017-12-09T00:26:00+08:00">2017年12月09日 00:26</time>'
        '<div class="story"><p><img src="a.jpg" alt="x"></p>'
        "<p><strong>▲圖說文字。（圖／記者王大明翻攝）</strong></p>"
        f"<p>記者王大明／南市報導</p>{_BODY}{_BODY}</div></body></html>"
    )
    item = extract_article("https://example.com/news/1.html", html.encode("utf-8"))
    assert item.authors == ["王大明"]


def test_a_rel_author_link_in_the_info_line_glued_to_the_text_names_the_reporter() -> None:
    # The info line (day, desk, reporter's rel="author" link) sits inside <article> with the text's
    # paragraphs and is read as the text's opening; the link still marks the writer.
    html = (
        "<html><head><title>某案 - 電子報</title></head><body><h1>男子墜樓送醫不治</h1>"
        '<article><div class="article_info"><div class="reporter"><time datetime="2018/09/16 00:00">'
        '2018年09月16日 15:31</time><a href="/realtimenews/11">中時 </a><div class="rp_name"><cite>'
        '<a href="/reporter/899" title="王大明" rel="author">王大明</a></cite></div></div></div>'
        f"{_BODY}{_BODY}</article></body></html>"
    )
    item = extract_article("https://example.com/news/2.html", html.encode("utf-8"))
    assert item.authors == ["王大明"]


def test_a_rel_author_link_below_the_texts_opening_names_nobody() -> None:
    # A related-list or comment author's link further down is not the writer's.
    html = (
        "<html><head><title>某案 - 電子報</title></head><body><h1>男子墜樓送醫不治</h1>"
        f"<article>{_BODY}{_BODY}"
        '<p>網友留言 <a href="/u/1" rel="author">李小華</a> 說得好</p></article></body></html>'
    )
    item = extract_article("https://example.com/news/3.html", html.encode("utf-8"))
    assert item.authors == []


def test_a_wordpress_month_name_with_an_english_ordinal_day_is_the_posts_day() -> None:
    # WordPress zh_CN with the "F jS, Y" format: "十一月 6th, 2009" (the comments repeat it with a time).
    html = (
        "<html><head><title>某篇文章 _ 某博客</title></head><body><div class=\"post\">"
        '<h2><a href="/1513.html">某篇文章</a></h2><span class="post-calendar">十一月 6th, 2009</span>'
        f'<div class="post-content">{_BODY}{_BODY}</div>'
        '<small class="commentmetadata"><a href="#c1">十一月 7th, 2009 at 10:26 上午</a></small>'
        "</div></body></html>"
    )
    item = extract_article("https://example.com/1513.html", html.encode("utf-8"))
    assert item.published_at is not None and item.published_at.date().isoformat() == "2009-11-06"
