"""A copy of a full hit's story that the search matched in part is named as such, not as outside it.

``--all-copies`` listed the copy among the partial matches while the full hit's line named it
"same story outside this search": the page said both that the search found it and that it did not.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from archive.articles import ensure_source, upsert_article
from archive.config import index_dir, resolve_db_url
from archive.items import ArticleItem
from archive.schema import open_store
from indexer.sync import rebuild_from_store
from search_cli.main import main
from webui.app import create_app

WIRE = (
    "新华社长春7月19日电 今年上半年，吉林省鹤鸣湖片区脱贫攻坚取得新进展，"
    "全省共投入专项扶贫资金{amount}，新建产业项目三百余个，带动贫困户稳定增收。"
    "省扶贫办负责人表示，下半年将继续聚焦深度贫困地区，确保如期完成年度减贫任务。"
)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One wire story in two papers; the second printed a corrected figure."""
    home = tmp_path_factory.mktemp("partial-copies")
    db_url = resolve_db_url(None, home)
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "cswb", name="城市晚报")
        ensure_source(session, "jlrb", name="吉林日报")
        for source, day, amount in (("cswb", 20, "十二亿元"), ("jlrb", 21, "十一亿元")):
            upsert_article(
                session,
                ArticleItem(
                    url=f"http://{source}.example/2016-07/{day}/content_1.htm",
                    source_id=source,
                    title="全省脱贫攻坚上半年新进展",
                    body=WIRE.format(amount=amount),
                    published_at=datetime(2016, 7, day, 0, 30, tzinfo=UTC),
                    edition_date=date(2016, 7, day),
                ),
            )
        for n in range(12):  # other stories: the wire's words are not in every article
            upsert_article(
                session,
                ArticleItem(
                    url=f"http://cswb.example/2016-07/22/content_{n + 10}.htm",
                    source_id="cswb",
                    title=f"城市交通建设简报{n}",
                    body=f"本市第{n}条公交线路今日开通，总投资十二亿元。",
                    published_at=datetime(2016, 7, 22, 0, n, tzinfo=UTC),
                    edition_date=date(2016, 7, 22),
                ),
            )
    rebuild_from_store(db_url, index_dir(home))
    return home


def test_a_copy_listed_as_a_partial_match_is_not_outside_the_search(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = "鹤鸣湖 扶贫资金 十二亿元"  # the second paper's copy holds all but 十二亿元
    for copies in (["--all-copies"], []):
        where = ["--home", str(home), *copies]
        capsys.readouterr()
        assert main(["search", query, *where]) == 0
        out = capsys.readouterr().out
        assert "   same story, matching in part: 吉林日报 2016-07-21\n" in out, out
        assert "outside this search" not in out, out
        assert main(["search", query, "--json", *where]) == 0
        (first, *_) = json.loads(capsys.readouterr().out)["hits"]
        assert [(r["matches"], r["partial"]) for r in first["reprints"]] == [(False, True)]
        assert main(["search", query, "--csv", *where]) == 0
        first_row = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert first_row["reprints"] == "吉林日报 2016-07-21 (matching in part)"
    with TestClient(create_app(home)) as client:
        page = client.get("/", params={"q": query, "lang": "zh"}).text
    assert "不在本次搜索结果内" not in page
    line = page.split('<div class="also-in also-partial">', 1)[1].split("</div>", 1)[0]
    assert line.startswith("同一报道（部分匹配）：") and "吉林日报 2016年7月21日" in line


def test_a_partial_match_says_the_term_it_lacks_everywhere(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Missing: 十二亿元" under the copy that holds every typed term but that one (--all-copies lists it
    as a partial match): in the CLI's lines, --json, --csv and on the page (缺少：)."""
    query = "鹤鸣湖 扶贫资金 十二亿元"
    where = ["--home", str(home), "--all-copies"]
    capsys.readouterr()
    assert main(["search", query, *where]) == 0
    out = capsys.readouterr().out
    partial = out.split("-- ", 1)[1]
    assert "   missing: 十二亿元\n" in partial and "missing:" not in out.split("-- ", 1)[0], out
    assert main(["search", query, "--json", *where]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [(h["partial"], h["missing"]) for h in hits] == [(False, []), (True, ["十二亿元"])]
    assert main(["search", query, "--csv", *where]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["missing"] for r in rows] == ["", "十二亿元"]
    with TestClient(create_app(home)) as client:
        page = client.get("/", params={"q": query, "lang": "zh", "copies": "all"}).text
        english = client.get("/", params={"q": query, "lang": "en", "copies": "all"}).text
    assert '<div class="missing">缺少： <s translate="no">十二亿元</s></div>' in page, page
    assert '<div class="missing">Missing: <s translate="no" lang="zh-CN">十二亿元</s></div>' in english
