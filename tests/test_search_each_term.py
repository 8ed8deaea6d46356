"""A search of several words that no article holds together says how many articles hold each word.

"no article contains 鹤鸣湖 三下乡" read as if neither word were archived, where each is, in an article
of its own (too little of the query's weight for a partial match). The answer now says "all of" and
counts each typed term's articles within the same limits; a query none of whose words is archived keeps
the plain answer. The ranking is unchanged: the counts are read off the masks the search made already.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from search_cli.main import main
from webui.app import create_app


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    tmp = tmp_path_factory.mktemp("each")
    rows = [
        {"id": "a1", "title": "鹤鸣湖开园", "content": "洮北区鹤鸣湖湿地公园开园。", "author": "张三"},
        {"id": "a2", "title": "三下乡活动", "content": "音乐学院举办三下乡活动。", "author": "李四"},
        {"id": "a3", "title": "公园迎客", "content": "白城的公园开园迎客，三下乡队伍也来了。"},
    ]
    data = tmp / "in.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    args = ["--home", str(tmp / "home")]
    assert main(["import", str(data), *args]) == 0
    assert main(["index", "update", *args]) == 0
    return args


def _first_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["search", *argv]) == 3, argv
    return capsys.readouterr().out.splitlines()[0]


def test_each_word_archived_apart_is_counted(home: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    said = "no article contains all of 鹤鸣湖 三下乡; 鹤鸣湖 is in 1 article, 三下乡 is in 2 articles"
    assert _first_line(["鹤鸣湖 三下乡", *home], capsys) == said
    # A word not archived at all says so beside the others.
    assert _first_line(["鹤鸣湖 火星", *home], capsys) == (
        "no article contains all of 鹤鸣湖 火星; 鹤鸣湖 is in 1 article, 火星 is in none"
    )
    # Within the limits: the counts are those the limits leave.
    assert _first_line(["鹤鸣湖 三下乡 -音乐", *home], capsys) == (
        "no article contains all of 鹤鸣湖 三下乡 (limited by -音乐); "
        "鹤鸣湖 is in 1 article, 三下乡 is in 1 article"
    )
    # No word archived (or none within the limits): the plain answer, true as it stands.
    assert _first_line(["火星 水星", *home], capsys) == "no article contains 火星 水星"
    assert _first_line(["鹤鸣湖 三下乡", "--author", "王五", *home], capsys) == (
        "no article contains 鹤鸣湖 三下乡 (limited by author:王五)"
    )
    # One word: nothing to count apart.
    assert _first_line(["火星", *home], capsys) == "no article contains 火星"


def test_each_term_in_json(home: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["search", "鹤鸣湖 三下乡", "--json", *home]) == 3
    data = json.loads(capsys.readouterr().out)
    assert data["each_term"] == [{"term": "鹤鸣湖", "articles": 1}, {"term": "三下乡", "articles": 2}]
    assert data["message"].startswith("no article contains all of 鹤鸣湖 三下乡;")
    assert main(["search", "鹤鸣湖", "--json", *home]) == 0
    assert json.loads(capsys.readouterr().out)["each_term"] == []


@pytest.fixture(scope="module")
def client(home: list[str]) -> Iterator[TestClient]:
    with TestClient(create_app(Path(home[1])), headers={"accept-language": "en"}) as c:
        yield c


def test_each_term_on_the_web_page(client: TestClient) -> None:
    html = client.get("/", params={"q": "鹤鸣湖 三下乡"}).text
    assert 'No article contains all of <q translate="no">鹤鸣湖 三下乡</q>' in html
    assert '<span id="each-term">; <span translate="no">鹤鸣湖</span> is in 1 article, ' in html
    assert '<span translate="no">三下乡</span> is in 2 articles</span>' in html
    zh = client.get("/", params={"q": "鹤鸣湖 火星"}, headers={"Accept-Language": "zh-CN"}).text
    assert '没有文章同时包含 <q translate="no">鹤鸣湖 火星</q>' in zh
    assert (
        '<span id="each-term">；<span translate="no">鹤鸣湖</span> 见于 1 篇文章，'
        '<span translate="no">火星</span> 无文章包含</span>'
    ) in zh
    data = client.get("/search.json", params={"q": "鹤鸣湖 三下乡"}).json()
    assert data["each_term"] == [{"term": "鹤鸣湖", "articles": 1}, {"term": "三下乡", "articles": 2}]
    # Neither word archived: the plain answer.
    neither = client.get("/", params={"q": "火星 水星"}).text
    assert 'No article contains <q translate="no">火星 水星</q>' in neither
