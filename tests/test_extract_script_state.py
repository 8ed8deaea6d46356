# ruff: noqa: E501  (page markup and script state kept one line a block, as pages print them)
"""Single-page apps whose article is only in script state (Next.js, Nuxt, window.__INITIAL_STATE__, JSON-LD).

Texts are inews BDCI 2019 train records (train-02011, train-02020) set in page shapes of the
frameworks; the related lists beside them are other records' headlines.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from archive.errors import ExtractionError
from crawler.extract import extract_article
from crawler.extract.js_values import read_assigned

TITLE = "永城一环卫工被撞后抢救无效身亡 肇事司机逃逸"
PARAS = [
    "12月20日，永城市公安局交警大队快速侦破一起交通肇事逃逸案，肇事电动二轮车驾驶人赵某被抓获。",
    "2018年12月19日7时许，在永城市东城区铁南路与民生路交叉口，环卫工人李某被不明车辆撞成重伤，车辆逃逸。"
    "李某经抢救治疗无效死亡。事故发生后，交警大队立即启动重大交通事故逃逸案件侦破机制，抽调50余名精干警力，参与侦破工作。",
    "12月20日11时，永城市公安局交警大队追捕组在东城区神话网吧门口将肇事逃逸车辆锁定，"
    "并将肇事电动二轮车驾驶人赵某当场抓获。赵某已被永城市公安局依法刑事拘留。",
]
OTHER_TITLE = "平安产险宜昌中支参加“警保联动”启动仪式"
OTHER_PARAS = [
    "为保障道路交通安全畅通，高效快速处理交通事故，提升道路交通管理水平和公共服务能力，以及全力推动“警保联动”工作模式的顺利开展。",
    "近日，宜昌市交管部门联合宜昌市保险行业在泰富广场举办“警保联动”启动仪式。此项工作机制充分发挥了保险公司在事故车辆勘查、定损、理赔上的优势。",
]
RELATED = [
    "周六晚到卖场听夜场摇滚",
    "预计今晚到明天上午，省内多地将现能见度小于800米大雾",
    "镇隆圩镇用水混浊四月初至今一直无人处理",
]
# 2018-12-20 15:32:00 in Beijing, in milliseconds
PUBLISHED_MS = 1545291120000
URL = "https://m.example-news.cn/article/8823104"


def _html(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _page(head: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>东北网</title>{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def _next_page(article: dict[str, object], related: list[dict[str, object]] | None = None) -> bytes:
    data = {
        "props": {
            "pageProps": {
                "site": {"title": "东北网", "slogan": "权威 新闻 资讯"},
                "article": article,
                "related": related
                if related is not None
                else [{"id": 1000 + i, "title": t} for i, t in enumerate(RELATED)],
            }
        },
        "page": "/article/[id]",
        "query": {"id": "8823104"},
        "buildId": "x9Fk2",
    }
    script = (
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    )
    return _page("", f'<div id="__next"></div>{script}<script src="/_next/static/chunks/main.js"></script>')


def _article(**extra: object) -> dict[str, object]:
    return {"id": 8823104, "title": TITLE, "content": _html(PARAS), "source": "东北网", **extra}


def test_next_data_article_is_read_with_date_and_author() -> None:
    page = _next_page(_article(publishTime=PUBLISHED_MS, author={"name": "李明"}))
    item = extract_article(URL, page)
    assert item.title == TITLE
    assert item.body.split("\n\n") == PARAS or item.body.replace("\n\n", "\n").split("\n") == PARAS
    assert item.published_at == datetime.fromisoformat("2018-12-20T15:32:00+08:00")
    assert item.authors == ["李明"]
    assert item.extracted_from == "script_state"  # stored and counted: no reader saw this text printed


def test_date_string_and_epoch_seconds_are_read() -> None:
    item = extract_article(URL, _next_page(_article(publish_time="2018-12-20 09:05")))
    assert item.published_at == datetime.fromisoformat("2018-12-20T09:05:00+08:00")
    item = extract_article(URL, _next_page(_article(ctime=PUBLISHED_MS // 1000)))
    assert item.published_at == datetime.fromisoformat("2018-12-20T15:32:00+08:00")


def test_junk_author_in_state_is_refused_by_the_validator() -> None:
    item = extract_article(URL, _next_page(_article(author="https://weibo.com/u/123")))
    assert item.title == TITLE
    assert item.authors == []


def test_nuxt_function_call_state_is_read_without_running_it() -> None:
    args = [TITLE, "东北网", _html(PARAS), *RELATED, 1545291120]
    params = "a,b,c,d,e,f,g"
    script = (
        f'<script>window.__NUXT__=(function({params}){{return {{layout:"default",data:[{{article:{{id:8823104,'
        f"title:a,source:b,content:c,pubTime:g,isTop:!1,cover:void 0,related:[{{title:d}},{{title:e}},{{title:f}}]}}}}],"
        f'fetch:{{}},error:null,state:{{site:{{name:b}}}},serverRendered:!0,routePath:"\\u002Farticle\\u002F8823104"}}}}'
        f"({','.join(json.dumps(x, ensure_ascii=False) for x in args)}));</script>"
    )
    page = _page(
        "", f'<div id="__nuxt"><div id="__layout"><div class="loading">加载中…</div></div></div>{script}'
    )
    item = extract_article(URL, page)
    assert item.title == TITLE
    assert PARAS[1] in item.body
    assert item.published_at == datetime.fromisoformat("2018-12-20T15:32:00+08:00")


def test_initial_state_js_literal_with_plain_text() -> None:
    state = (
        "{article:{articleId:'8823104',articleTitle:'" + TITLE + "',newsContent:'" + "\\n".join(PARAS) + "',"
        "author:'王芳',publishDate:'2018年12月20日 15:32'},recommend:[{articleTitle:'" + RELATED[0] + "'}]}"
    )
    page = _page("", f'<div id="app"></div><script>window.__INITIAL_STATE__ = {state};</script>')
    item = extract_article(URL, page)
    assert item.title == TITLE
    assert PARAS[2] in item.body
    assert item.authors == ["王芳"]
    assert item.published_at == datetime.fromisoformat("2018-12-20T15:32:00+08:00")


def test_json_parse_state_and_json_ld_article_body() -> None:
    state = json.dumps(json.dumps({"detail": _article()}, ensure_ascii=False), ensure_ascii=False)
    item = extract_article(
        URL, _page("", f"<div id=root></div><script>window.__PRELOADED_STATE__=JSON.parse({state})</script>")
    )
    assert item.title == TITLE and PARAS[0] in item.body
    ld = {
        "@type": "NewsArticle",
        "headline": TITLE,
        "articleBody": "\n".join(PARAS),
        "datePublished": "2018-12-20T15:32:00+08:00",
    }
    page = _page(
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "<div id=root></div>",
    )
    item = extract_article(URL, page)
    assert item.title == TITLE and PARAS[2] in item.body
    assert item.published_at == datetime.fromisoformat("2018-12-20T15:32:00+08:00")


def test_markup_text_is_never_overridden_by_state() -> None:
    data = {
        "props": {
            "pageProps": {"article": {"id": 1, "title": OTHER_TITLE, "content": _html(OTHER_PARAS * 3)}}
        }
    }
    body = (
        f'<div id="__next"><article><h1>{TITLE}</h1><div class="content">{_html(PARAS)}</div></article></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    )
    item = extract_article(URL, _page("", body))
    assert item.title == TITLE
    assert OTHER_PARAS[0] not in item.body
    assert item.extracted_from == ""


def test_recommendations_with_bodies_the_page_url_picks_its_own() -> None:
    other = {"id": 5550123, "title": OTHER_TITLE, "content": _html(OTHER_PARAS)}
    page = _next_page(_article(), related=[other])
    item = extract_article(URL, page)
    assert item.title == TITLE


def test_several_bodies_none_named_is_refused_with_reason() -> None:
    first = {"id": 5550123, "title": OTHER_TITLE, "content": _html(OTHER_PARAS)}
    second = {"id": 5550124, "title": TITLE, "content": _html(PARAS)}
    data = {"props": {"pageProps": {"list": [first, second]}}}
    page = _page(
        "",
        f'<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>',
    )
    with pytest.raises(
        ExtractionError, match=r"^not an article: .*script state holds 2 article-like objects"
    ):
        extract_article("https://m.example-news.cn/list/hot", page)


def test_og_title_names_the_article_among_several() -> None:
    first = {"title": OTHER_TITLE, "content": _html(OTHER_PARAS), "time": "2018-12-01"}
    second = {"title": TITLE, "content": _html(PARAS), "time": "2018-12-20"}
    data = {"props": {"pageProps": {"feed": [first, second]}}}
    head = f'<meta property="og:title" content="{TITLE}">'
    page = _page(
        head,
        f'<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>',
    )
    item = extract_article("https://m.example-news.cn/a/x", page)
    assert item.title == TITLE and PARAS[0] in item.body


@pytest.mark.parametrize(
    "script",
    [
        "window.__NUXT__=(function(a){a.x=1;return {article:{title:a}}}('t'));",
        "window.__INITIAL_STATE__ = {article: {title: getTitle(), content: '" + "长文" * 60 + "'}};",
        "window.__INITIAL_STATE__ = {article: {title: 'x', content: '" + "长文" * 60,
        'window.__DATA__ = "not an object";',
    ],
)
def test_unreadable_state_is_refused_as_before(script: str) -> None:
    with pytest.raises(ExtractionError, match=r"^not an article: no main text"):
        extract_article(URL, _page("", f'<div id="app"></div><script>{script}</script>'))


def test_js_reader_takes_literals_only() -> None:
    text = "x = {a:1,'b':\"\\u4e2d\\ud83d\\ude00\",c:[!0,!1,void 0,null,-2.5e1],d:{}};"
    assert read_assigned(text, 3) == {"a": 1, "b": "中😀", "c": [True, False, None, None, -25.0], "d": {}}
    assert read_assigned("f(1)", 0) is None


def test_nuxt3_payload_is_unflattened() -> None:
    """Nuxt 3 writes its state as devalue's flat array: objects hold indexes into it."""
    payload = [
        ["ShallowReactive", 1],
        {"data": 2, "state": 11},
        ["ShallowReactive", 3],
        {"article-8823104": 4},
        {"id": 5, "title": 6, "content": 7, "publishedAt": 8, "author": 9, "cover": -1},
        8823104,
        TITLE,
        _html(PARAS),
        ["Date", "2018-12-20T07:32:00.000Z"],
        {"name": 10},
        "李明",
        ["Reactive", 12],
        {"site": 13},
        "东北网",
    ]
    script = f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{json.dumps(payload, ensure_ascii=False)}</script>'
    item = extract_article(URL, _page("", f'<div id="__nuxt"></div>{script}'))
    assert item.title == TITLE and PARAS[1] in item.body
    assert item.published_at == datetime.fromisoformat("2018-12-20T15:32:00+08:00")
    assert item.authors == ["李明"]


def _room(state: dict[str, object]) -> bytes:
    body = (
        '<div class="live-wrap"><div class="room-head"><h1 class="room-name">东北网融媒直播</h1><a>+关注</a></div>'
        '<div class="player"><video src="/hls/1.m3u8"></video></div><div class="intro"><div class="intro-tit">直播简介</div>'
        f"{_html(PARAS)}</div></div><script>window.__ROOM_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>"
    )
    return _page("", body).replace("<title>东北网</title>".encode(), "<title>东北网融媒直播</title>".encode())


def test_a_rooms_name_in_state_gives_way_to_its_title_the_text_echoes() -> None:
    """A live room prints its name (<h1>, <title>); the event's headline is only in the room's state."""
    item = extract_article(
        "https://live.example-news.cn/room/70624",
        _room({"room": {"roomName": "东北网融媒直播", "liveTitle": TITLE, "status": 1}}),
    )
    assert item.title == TITLE
    # a title the text does not echo (the channel's slogan) is no headline
    item = extract_article(
        "https://live.example-news.cn/room/70624",
        _room({"room": {"roomName": "东北网融媒直播", "title": "权威 新闻 资讯 尽在东北网"}}),
    )
    assert item.title == "东北网融媒直播"


def test_a_feeds_one_expanded_story_is_no_home_pages_article() -> None:
    """A home page shell whose feed expands its first story: that story is not the page's article."""
    feed = [{"id": 9001, "title": TITLE, "content": _html(PARAS)}] + [
        {"id": 9002 + i, "title": t} for i, t in enumerate(RELATED)
    ]
    data = {"props": {"pageProps": {"feed": feed}}, "page": "/"}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    with pytest.raises(ExtractionError, match=r"^not an article: .*an item of a list"):
        extract_article("https://m.example-news.cn/", _page("", f'<div id="__next"></div>{script}'))
    # the story's own page, whose URL names it, is its article
    item = extract_article("https://m.example-news.cn/a/9001", _page("", f'<div id="__next"></div>{script}'))
    assert item.title == TITLE


def test_a_text_kept_as_blocks_is_joined() -> None:
    blocks = [{"type": "text", "text": PARAS[0]}, {"type": "image", "src": "/p/1.jpg"}, {"type": "text", "text": PARAS[1]}]
    item = extract_article(URL, _next_page(_article(content=blocks)))
    assert item.title == TITLE
    assert PARAS[0] in item.body and PARAS[1] in item.body
