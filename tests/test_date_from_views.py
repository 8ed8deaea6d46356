# ruff: noqa: E501  (one imported line a row)
"""Where a date was read, as ``show``, ``extract`` and the article page say it.

A date the page printed whole is shown as it always was; a day whose year the archive inferred is
said so quietly beside it ("year inferred"), in the terminal and on the web page, and every JSON
gives the kind (``date_from``). A row stored before migration 0016 (unknown) shows nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from archive.articles import ensure_source, upsert_article
from archive.config import resolve_db_url
from archive.items import ArticleItem
from archive.schema import open_store
from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app

AT = datetime(2024, 3, 5, 2, 21, tzinfo=UTC)
KINDS = {"printed": "dateline", "inferred": "inferred_year", "unknown": None}
TAGS = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("date-from")
    with open_store(resolve_db_url(None, home)) as sessions, sessions.begin() as session:
        ensure_source(session, "paper-a", name="城市晚报")
        for n, (name, kind) in enumerate(KINDS.items()):
            item = ArticleItem(
                url=f"http://paper-a.example/{name}.html",
                source_id="paper-a",
                title=f"城区公交线路调整第{n + 1}期",
                body=f"城区三条公交线路将于下月起调整走向，第{n + 1}期报道。",
                published_at=AT,
                date_from=kind,
            )
            upsert_article(session, item, now=datetime(2024, 3, 9, tzinfo=UTC))
        # A second version of the inferred one: its own date and kind travel with it.
        later = replace(item, body=item.body + "（更新）")
        upsert_article(session, later, now=datetime(2024, 3, 10, tzinfo=UTC))
    return home


def _show(home: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["show", *args, "--home", str(home)]) == exitcodes.OK
    return capsys.readouterr().out


def test_show_notes_an_inferred_year_and_nothing_else(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = {n: _show(home, capsys, str(n)).splitlines()[1] for n in (1, 2, 3)}
    assert lines[1] == "城市晚报 (paper-a) | 2024-03-05 10:21 +08:00", lines
    assert lines[2] == "城市晚报 (paper-a) | 2024-03-05 10:21 +08:00 (year inferred)", lines
    assert lines[3] == lines[1]  # unknown (stored before 0016): nothing said


def test_show_json_gives_the_kind(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kinds = [json.loads(_show(home, capsys, str(n), "--json"))["date_from"] for n in (1, 2, 3)]
    assert kinds == list(KINDS.values())
    version = json.loads(_show(home, capsys, "2", "--version", "1", "--json"))
    assert (version["version"], version["date_from"]) == (1, "inferred_year")


@pytest.fixture(scope="module")
def client(home: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(home)), raise_server_exceptions=False) as c:
        yield c


def _published(page: str) -> str:
    match = re.search(r'<dd id="published"[^>]*>(.*?)</dd>', page, re.S)
    assert match
    return " ".join(TAGS.sub("", match.group(1)).split())


def test_the_article_page_notes_an_inferred_year_beside_the_date(client: TestClient) -> None:
    printed, inferred, unknown = (client.get(f"/article/{n}").text for n in (1, 2, 3))
    assert 'id="date-note"' not in printed and 'id="date-note"' not in unknown
    assert _published(inferred) == f"{_published(printed)} (年份系推断)"
    english = client.get("/article/2", params={"lang": "en"}).text
    assert _published(english).endswith("(year inferred)")
    # An earlier version's page gives that version's own kind.
    assert "(年份系推断)" in _published(client.get("/article/2", params={"version": 1}).text)


def test_the_citation_downloads_mark_an_inferred_year(client: TestClient) -> None:
    """A reference manager must not carry the inferred year into a bibliography as printed fact."""
    inferred = json.loads(client.get("/article/2.csl.json").text)[0]
    printed = json.loads(client.get("/article/1.csl.json").text)[0]
    assert inferred["issued"].get("circa") is True and "circa" not in printed["issued"]
    assert "date: year inferred" in client.get("/article/2.ris").text
    assert "inferred" not in client.get("/article/1.bib").text
    # The citation block on the page says it too, beside its date.
    block = (
        client.get("/article/2", params={"lang": "en"})
        .text.split('id="cite-date">', 1)[1]
        .split("</dd>", 1)[0]
    )
    assert block.endswith("(year inferred)</span>"), block


PAGE = (
    "<html><head><meta charset='utf-8'><title>城区三条公交线路下月起调整走向</title></head><body>"
    "<h1>城区三条公交线路下月起调整走向</h1><div class='info'>{info} 来源：本站</div><div class='content'>"
    "<p>记者从市交通运输局获悉，城区三条公交线路将于下月起调整走向，新增站点十二个，方便沿线居民出行。</p>"
    "<p>据介绍，此次调整主要针对新建小区集中、出行需求增长较快的区域，线路优化后可覆盖居民约三万人。</p>"
    "<p>交通部门提醒，调整期间部分站点将临时迁移，市民可通过站牌公告和官方渠道查询具体乘车信息。</p>"
    "</div></body></html>"
)


def test_extract_says_where_the_date_was_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("search_cli.main.COMMAND_MODULES", ["extract"])
    page = tmp_path / "p.html"
    page.write_text(PAGE.format(info="发布时间：03-05 10:21"), encoding="utf-8")
    args = ["extract", str(page), "--fetched-at", "2024-03-09"]
    assert main(args) == exitcodes.OK
    lines = capsys.readouterr().out.splitlines()
    assert "date from: the day as printed; its year inferred (not printed with it)" in lines
    assert main([*args, "--json"]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert (data["published_at"], data["date_from"]) == ("2024-03-05T10:21:00+08:00", "inferred_year")
    page.write_text(PAGE.format(info="发布时间：2024-03-05 10:21"), encoding="utf-8")
    assert main(args) == exitcodes.OK
    assert "date from: the date line printed with the article" in capsys.readouterr().out.splitlines()
    page.write_text(PAGE.format(info=""), encoding="utf-8")
    assert main([*args, "--json"]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["date_from"] is None


def test_search_exports_give_the_kind_beside_the_date(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "rebuild", "-q", "--home", str(home)]) == exitcodes.OK
    capsys.readouterr()
    assert main(["search", "公交线路", "--json", "--home", str(home)]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    rows = data["hits"]
    assert {row["id"]: row["date_from"] for row in rows} == {1: "dateline", 2: "inferred_year", 3: None}
    assert main(["search", "公交线路", "--csv", "--home", str(home)]) == exitcodes.OK
    header = capsys.readouterr().out.splitlines()[0].split(",")
    assert header[header.index("published_at") + 1] == "date_from"


def test_an_import_keeps_the_kind_its_export_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``search --jsonl | import -`` keeps where each date was read; an edition date alone is the edition's."""
    rows = [
        {
            "id": "a",
            "title": "甲",
            "body": "甲文。",
            "published_at": "2024-03-05T10:21:00+08:00",
            "date_from": "inferred_year",
        },
        {"id": "b", "title": "乙", "body": "乙文。", "edition_date": "2024-03-05"},
        {
            "id": "c",
            "title": "丙",
            "body": "丙文。",
            "published_at": "2024-03-05T10:21:00+08:00",
            "date_from": "guess",
        },
    ]
    lines = tmp_path / "in.jsonl"
    lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    home = tmp_path / "home"
    assert main(["--home", str(home), "import", str(lines), "--source", "other", "-q"]) == exitcodes.OK
    capsys.readouterr()
    kinds = [json.loads(_show(home, capsys, str(n), "--json"))["date_from"] for n in (1, 2, 3)]
    assert kinds == ["inferred_year", "edition", None]  # a word outside the vocabulary is unknown
