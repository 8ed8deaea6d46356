"""``newsarchive extract FILE``: human output, --json, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search_cli.main import main

PAGES = Path(__file__).parent / "data" / "pages"


@pytest.fixture(autouse=True)
def _only_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    # Other command modules are written elsewhere; register just ours.
    monkeypatch.setattr("search_cli.main.COMMAND_MODULES", ["extract"])


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "extract",
            str(PAGES / "founder-epaper_1.html"),
            "--json",
            "--url",
            "http://epaper.jcrb.example/html/2016-07/20/content_123456.htm",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert "老旧小区改造惠及三万户居民" in out  # ensure_ascii=False
    assert data["title"] == "老旧小区改造惠及三万户居民"
    assert data["lead_title"] == "民生实事加速推进"
    assert data["subtitle"] == "今年计划完成改造项目48个"
    assert data["published_at"] == "2016-07-20T00:00:00+08:00"
    assert data["authors"] == ["李明"] and data["editors"] == ["周涛"]
    assert data["dateline"] == "本报讯"
    assert {"body", "source_name"} <= set(data)


def test_human_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(PAGES / "gbk-nocharset_1.html")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 全市防汛工作会议召开\npublished: 2016-07-20T08:30:00+08:00\n")
    assert "encoding: gb18030\n" in out
    assert "本报讯（记者 李明 王芳 通讯员 张华）" in out


def test_the_paper_named_by_the_page_is_no_registry_source(capsys: pytest.CaptureFixture[str]) -> None:
    """``extract --source sample-cswb`` printed 'source: -': the paper's name the page gives under the word
    every command uses for a registry id, which read as if the source given had been lost."""
    assert main(["extract", str(PAGES / "gbk-nocharset_1.html")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "paper: 江城日报" in lines and not any(line.startswith("source:") for line in lines)


def test_encoding_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(PAGES / "gbk-nocharset_1.html"), "--encoding", "gbk", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["encoding"] == "gb18030"


def test_list_page_is_one_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(PAGES / "list-page_1.html")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: not an article: ") and err.count("\n") == 1


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "nope.html")]) == 1
    assert capsys.readouterr().err.startswith("error: cannot read ")


def test_a_date_without_a_time_is_shown_as_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    """The page gives 2016-07-20 and no time: the text output read 2016-07-20T00:00:00+08:00."""
    assert main(["extract", str(PAGES / "founder-epaper_1.html")]) == 0
    assert "\npublished: 2016-07-20\n" in capsys.readouterr().out


EDITION_PAGES = [
    Path(__file__).parent / "data" / "epaper" / "stdaily-kjrb-2023-02-10-node_2.htm",  # a real paper's
    *sorted((Path(__file__).parent.parent / "crawler" / "sample_site" / "site").rglob("node_*.htm")),
]


@pytest.mark.parametrize(
    "page", EDITION_PAGES, ids=lambda p: p.name if "stdaily" in p.name else p.parent.name + p.name
)
def test_an_epaper_edition_page_is_not_an_article(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An edition page's links and 版 names read as an article's body (exit 0): a false found."""
    assert main(["extract", str(page)]) == 1
    out, err = capsys.readouterr()
    assert (
        out == ""
        and err == "error: not an article: main text is mostly link text (an index or edition page)\n"
    )


def test_edition_pages_of_every_generated_family_are_refused_and_their_articles_kept(tmp_path: Path) -> None:
    """Founder classic, PC and pad, and pages named by paper code: the edition pages are no articles,
    and no article they list is refused by the rule that tells them apart."""
    from datetime import date

    from sitegen import build_site

    from archive.errors import ExtractionError
    from crawler.extract import extract_article

    days = [date(2024, 3, d) for d in (1, 2, 3, 4)]
    site = build_site(
        tmp_path / "site", n_articles=24, dates=days, families=("old", "new", "pad", "code"), seed=3
    )
    root = Path(site.root)
    pages = [page for edition in site.editions for page in edition.pages]
    assert {site.editions[i].family for i in range(len(site.editions))} == {"old", "new", "pad", "code"}
    for page in pages:
        with pytest.raises(ExtractionError, match="mostly link text"):
            extract_article("http://127.0.0.1:8000" + page, (root / page.lstrip("/")).read_bytes())
    for article in site.good_articles():
        item = extract_article(
            "http://127.0.0.1:8000" + article.path, (root / article.path.lstrip("/")).read_bytes()
        )
        assert item.title and item.body


def test_json_gives_the_pages_own_day_as_show_and_search_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Half an hour before midnight in Beijing: the UTC instant falls on the day before's evening,
    # a date alone (T00:00+08:00) too; edition_date is the day the page prints.
    text = "".join(
        f"<p>第{n}段：县里召开秋收工作会议，部署粮食收购、仓储和运输等各项工作，确保颗粒归仓。</p>"
        for n in range(6)
    )
    page = tmp_path / "late.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>县里部署秋收工作</title></head><body>"
        f"<h1>县里部署秋收工作</h1><div class='info'>2005-5-7 23:30</div><div class='content'>{text}</div>"
        "</body></html>",
        encoding="utf-8",
    )
    assert main(["extract", str(page), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published_at"] == "2005-05-07T23:30:00+08:00"
    assert data["edition_date"] == "2005-05-07"


def test_a_shells_script_state_is_named_as_where_the_text_was_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A single-page app's shell prints no text: the archivist is told the text came from its script data."""
    page = str(PAGES / "next-shell_1.html")
    url = "https://m.yichang-news.example/a/20190412A0K7P600"
    assert main(["extract", page, "--url", url]) == 0
    assert "read from: script state (the page prints no text)" in capsys.readouterr().out.splitlines()
    assert main(["extract", page, "--url", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["extracted_from"] == "script_state"
    assert main(["extract", str(PAGES / "gbk-nocharset_1.html"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["extracted_from"] == ""
