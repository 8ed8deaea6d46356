"""Issue 13's corpus check: the inews corpus plus the demo site, searched from the CLI and the web page.

鹤鸣湖 finds exactly the demo article; words and a place the corpus does not
hold answer none (exit 3, "no article contains ...") instead of articles that
hold one of their characters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from archive.config import index_dir, resolve_db_url
from crawler.demo import DEMO_OVERRIDES, demo_dates, demo_source
from crawler.runner import run_crawl
from indexer.sync import rebuild_from_store
from search_cli.main import main
from webui.app import create_app

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]  # imports 6,354 articles and crawls the demo
PLACES = (
    "查干浩特",
    "莫莫格湿地",
    "哈拉毛都镇",
    "镇赉县五棵树",
)  # places of Baicheng; the test checks absence


@pytest.fixture(scope="module")
def corpus_home(
    shared_data: Path, sample_site_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("inews")
    rows = tmp_path_factory.mktemp("rows") / "inews.jsonl"
    with rows.open("w", encoding="utf-8") as out:
        for split in ("train", "dev"):
            with (shared_data / "inews-bdci2019" / f"{split}.jsonl").open(encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    out.write(json.dumps({"id": row["id"], "title": row["title"], "content": row["content"]}))
                    out.write("\n")
    assert main(["import", str(rows), "--source", "inews", "--home", str(home)]) == 0
    since, until = demo_dates()
    summary = run_crawl(
        demo_source(sample_site_url), since=since, until=until, home=str(home), overrides=DEMO_OVERRIDES
    )
    assert summary.status == "finished"
    rebuild_from_store(resolve_db_url(None, home), index_dir(home))
    yield home


def _corpus_text(shared_data: Path) -> str:
    return "".join(
        (shared_data / "inews-bdci2019" / f"{split}.jsonl").read_text(encoding="utf-8")
        for split in ("train", "dev")
    )


def test_place_of_the_demo_finds_exactly_the_demo_article(
    corpus_home: Path, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "鹤鸣湖" not in _corpus_text(shared_data) and "湖" in _corpus_text(shared_data)
    capsys.readouterr()
    assert main(["search", "鹤鸣湖", "--json", "--home", str(corpus_home)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["partial"] == 0
    assert [h["title"] for h in data["hits"]] == ["全力打造鹤鸣湖环卫保洁“星级”服务"]


def test_absent_words_answer_none_in_cli_and_web(
    corpus_home: Path, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _corpus_text(shared_data)
    place = next(p for p in PLACES if p not in text)
    absent = ("不存在的词汇组合", place, f"鹤鸣湖 {place}")
    assert "不存在的词汇组合" not in text
    with TestClient(create_app(corpus_home), raise_server_exceptions=False) as web:
        for query in absent:
            capsys.readouterr()
            assert main(["search", query, "--home", str(corpus_home)]) == 3, query
            out = capsys.readouterr().out
            # 鹤鸣湖 is archived: said beside the absent place, not as if neither were.
            both = f"all of {query}; 鹤鸣湖 is in " if " " in query else f"{query}\n"
            assert out.startswith(f"no article contains {both}"), out
            page = web.get("/", params={"q": query, "lang": "en"})
            assert page.status_code == 200 and 'id="none-found"' in page.text
            assert "No article contains" in page.text and query in page.text.split('id="none-found"')[1]
            assert 'id="total">0<' in page.text
            exported = web.get("/search.json", params={"q": query}).json()
            assert exported["total"] == 0 and not [h for h in exported["hits"] if not h["partial"]]
