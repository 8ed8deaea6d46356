"""The search, index and import commands, called in-process through ``main``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from search_cli.commands.search import EXPORT_FIELDS
from search_cli.main import main


@pytest.fixture
def home(tmp_path: Path) -> list[str]:
    data = tmp_path / "in.jsonl"
    rows = [
        {
            "id": "a1",
            "title": "鹤鸣湖开园",
            "content": "洮北区鹤鸣湖湿地公园开园。",
            "published_at": "2016-05-01T10:00:00",
        },
        {
            "id": "a2",
            "title": "脫貧攻堅",
            "body": "脫貧攻堅成效明顯",
            "authors": "张三、李四",
            "source": "tw",
        },
        {"url": "https://example.test/3", "title": "天气", "content": "明天有雨"},
        {"id": "a4", "title": "公园迎客", "content": "白城的公园开园迎客。"},
    ]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    args = ["--home", str(tmp_path / "home")]
    assert main(["import", str(data), *args]) == 0
    assert main(["index", "update", *args]) == 0
    return args


def test_search_human_json_jsonl_csv(home: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["search", "鹤鸣湖", *home]) == 0
    out = capsys.readouterr().out
    assert "1 articles" in out and "«鹤鸣湖»" in out
    assert main(["search", "脱贫攻坚", "--json", *home]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["hits"][0]["external_id"] == "a2" and data["hits"][0]["source"] == "tw"
    assert main(["search", "鹤鸣湖", "--jsonl", *home]) == 0
    line = json.loads(capsys.readouterr().out.splitlines()[0])
    assert set(line) == set(EXPORT_FIELDS)
    assert set(EXPORT_FIELDS) == {
        *("id", "external_id", "url", "title", "source", "published_at", "score", "snippet", "partial")
    }
    assert main(["search", "鹤鸣湖", "--csv", *home]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["external_id"] == "a1" and rows[0]["published_at"].startswith("2016-05-01T02:00")
    # One article holds both words, one only 开园: the second follows under its own heading.
    assert main(["search", "鹤鸣湖 开园", "--json", *home]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["total"], data["partial"]) == (1, 1)
    assert [(h["external_id"], h["partial"]) for h in data["hits"]] == [("a1", False), ("a4", True)]
    assert main(["search", "鹤鸣湖 开园", *home]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 articles, page 1\n") and "-- 1 more with only some of the words --" in out
    assert main(["search", "鹤鸣湖 开园", "--limit", "1", "--page", "2", *home]) == 0
    out = capsys.readouterr().out  # a page that starts with the partial matches has the heading too
    assert "-- 1 more with only some of the words --\n\n2. 公园迎客" in out


def test_batch_prints_a_trec_run(home: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queries = tmp_path / "q.tsv"
    queries.write_text("q1\t鹤鸣湖\nq2\t明天有雨\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["search", "--batch", str(queries), *home]) == 0
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert lines[0][:4] == ["q1", "Q0", "a1", "1"] and lines[0][5] == "newsarchive"
    assert lines[1][0] == "q2" and lines[1][2].isdigit()  # no external id: the article id


def test_errors_are_one_line(home: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["search", "(" * 20 + "x" + ")" * 20, *home]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert main(["search", "火星", *home]) == 3
    assert main(["index", "check", *home]) == 0
    assert main(["index", "stats", "--json", *home]) == 0


def test_no_index_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "x", "--home", str(tmp_path)]) == 1
    assert "run: newsarchive index rebuild" in capsys.readouterr().err
