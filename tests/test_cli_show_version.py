"""``newsarchive show ID --version N``: an earlier version read whole in the terminal, as on the web page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from webui_support import WebArchive, build_web_archive

from search_cli import exitcodes
from search_cli.main import main


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("show-version"))


def _home(archive: WebArchive) -> list[str]:
    return ["--home", str(Path(archive.home))]


def test_an_earlier_version_is_printed_whole(archive: WebArchive, capsys: pytest.CaptureFixture[str]) -> None:
    """README promised 'show 1 --versions: the archived text and its earlier versions', but only a list
    came; 'show 6 --version 1' answered 'unrecognized arguments: 1' (argparse read --versions)."""
    n = str(archive.versioned_id)
    assert main(["show", n, "--version", "1", *_home(archive)]) == exitcodes.OK
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "鹤鸣湖湿地保护工作启动", out
    assert "(version 1 of 2, current is 2; fetched 2016-07-21 08:30:00 +08:00; current until" in out
    assert "预计投资三千万元。" in out and "五千万" not in out
    assert main(["show", n, "--version", "2", *_home(archive)]) == exitcodes.OK
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "鹤鸣湖湿地保护工程正式启动" and "(version 2 of 2, the current one;" in out


def test_an_earlier_version_as_json(archive: WebArchive, capsys: pytest.CaptureFixture[str]) -> None:
    n = str(archive.versioned_id)
    assert main(["show", n, "--version", "1", "--json", *_home(archive)]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert (data["id"], data["version"], data["current_version"]) == (archive.versioned_id, 1, 2)
    assert data["title"] == "鹤鸣湖湿地保护工作启动" and "三千万" in data["body"]
    assert data["fetched_at"] == "2016-07-21T08:30:00+08:00" and data["authors"] == ["王五"]
    # What a citation of the version needs, as its text output's heading says it (paper, date, URL):
    # it carried the version's own fields only, so a script citing it named no paper, day or address.
    assert (data["source"], data["source_name"]) == ("paper-a", "城市晚报")
    assert data["url"] == "http://paper-a.example/versioned.html"
    assert (data["edition_date"], data["published_at"]) == ("2016-07-21", "2016-07-21T08:30:00+08:00")
    assert main(["show", n, "--json", *_home(archive)]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["source_name"] == "城市晚报"  # the article's as well


def test_a_version_that_does_not_exist_is_one_line(
    archive: WebArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    n = str(archive.versioned_id)
    """A version the article lacks is nothing found (exit 3), as ``show 999`` is: it exited 1, an error."""
    assert main(["show", n, "--version", "3", *_home(archive)]) == exitcodes.NO_RESULTS
    captured = capsys.readouterr()
    assert captured.out == ""
    missing = f"error: article {n} has no version 3 (it has 2 versions: 1, 2; see --versions)\n"
    assert captured.err == missing
    # --diff says it in the same words as --version.
    assert main(["show", n, "--diff", "1", "3", *_home(archive)]) == exitcodes.NO_RESULTS
    assert capsys.readouterr().err == missing


@pytest.mark.parametrize("other", [["--versions"], ["--diff"], ["--diff", "1", "2"]])
def test_version_goes_alone(
    archive: WebArchive, capsys: pytest.CaptureFixture[str], other: list[str]
) -> None:
    """'show 6 --version 1 --diff' printed version 1 and dropped the diff without a word: a usage error."""
    n = str(archive.versioned_id)
    assert main(["show", n, "--version", "1", *other, *_home(archive)]) == exitcodes.USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: argument ") and "not allowed with argument" in captured.err
    assert captured.err.count("\n") == 1


def test_versions_list_one_line_each(archive: WebArchive, capsys: pytest.CaptureFixture[str]) -> None:
    n = str(archive.versioned_id)
    assert main(["show", n, "--versions", *_home(archive)]) == exitcodes.OK
    first, second = capsys.readouterr().out.splitlines()
    fields = first.split("\t")
    assert fields[:2] == ["1", "2016-07-21 08:30:00 +08:00"] and fields[3].endswith(" chars")
    assert fields[4] == "鹤鸣湖湿地保护工作启动"
    assert second.endswith("\t鹤鸣湖湿地保护工程正式启动  (current)")


def test_the_article_line_names_paper_page_and_reporters_as_search_does(
    archive: WebArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    """'show' read 'paper-a | 2016-05-10 | 经济 02 | 周七': the paper by its registry id, and the page
    number after its name as if part of it, while 'search' lists the same article under
    '城市晚报 2016-05-10 · page 02 经济 · 周七'. A journalist cites the paper's name and the page."""
    _meeting, steady = archive.page_two_ids
    assert main(["show", str(steady), *_home(archive)]) == exitcodes.OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["白城市经济运行平稳", "城市晚报 (paper-a) | 2016-05-10 | page 02 经济 | 周七"], lines
    # No page, no section: nothing in between.
    assert main(["show", str(archive.spring_ids[3]), *_home(archive)]) == exitcodes.OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "城市晚报 (paper-a) | 2016-04-04 08:30 +08:00 | 赵六", lines


def test_an_earlier_version_is_dated_by_its_own_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A version keeps the date its page printed (reprocess refreshes it from its own capture); the
    web page's citation of ``?version=1`` gives it. ``show --version 1`` printed the current
    version's date instead, text and JSON: a citation of the first text dated by the correction."""
    from datetime import UTC, datetime

    from store_support import article, cli

    from archive.articles import ensure_source, upsert_articles
    from archive.schema import open_store

    home = tmp_path / "data"
    home.mkdir()
    db_url = f"sqlite:///{tmp_path / 'store.db'}"
    first = datetime(2016, 7, 20, 0, 30, tzinfo=UTC)  # 08:30 in the paper's zone
    with open_store(db_url) as sessions, sessions.begin() as s:
        ensure_source(s, "paper-a", name="城市晚报")
        (stored,) = upsert_articles(s, [article("http://a/1", published_at=first)], now=first)
        corrected = article(
            "http://a/1", body="更正后的全文。" * 30, published_at=datetime(2016, 7, 22, 1, 0, tzinfo=UTC)
        )
        upsert_articles(s, [corrected], now=datetime(2016, 7, 22, 2, 0, tzinfo=UTC))
    args = [str(stored.article_id), "--version", "1", "--home", str(home), "--db-url", db_url]
    assert cli(["show", *args, "--json"], monkeypatch) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert (data["edition_date"], data["published_at"]) == ("2016-07-20", "2016-07-20T08:30:00+08:00")
    assert cli(["show", *args], monkeypatch) == exitcodes.OK
    assert "| 2016-07-20 08:30 +08:00 |" in capsys.readouterr().out.splitlines()[1]


@pytest.mark.parametrize("command", [["show"], ["show", "--versions"], ["show", "--json"], ["similar"]])
def test_an_id_the_archive_does_not_hold_is_not_found(
    command: list[str], archive: WebArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    """'show 999' exited 1, the code of a broken configuration: nothing found is exit 3, as in search."""
    assert main([*command, "999999", *_home(archive)]) == exitcodes.NO_RESULTS
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "error: no article with id 999999\n")


def test_a_diff_of_imports_says_they_were_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``show --diff`` is "what the site changed" (README), and of two imports it printed "--- version 1
    / +++ version 2" as of the paper's edit, where the archive never fetched either: the web diff says
    "imported DAY". One imported version said "the site has not changed it", of a site never visited;
    one fetched version says what the archive saw, not what the site did."""
    home = ["--home", str(tmp_path)]
    for figure in ("3.5", "3.8"):
        line = json.dumps({"id": "n1", "title": f"投入{figure}亿元", "body": f"今年投入资金{figure}亿元。"})
        (tmp_path / "export.jsonl").write_text(line + "\n", encoding="utf-8")
        assert main(["import", str(tmp_path / "export.jsonl"), "--source", "other", "-q", *home]) == 0
        if figure == "3.5":
            assert main(["show", "1", "--diff", *home]) == exitcodes.NO_RESULTS
            out = capsys.readouterr().out
            assert "site" not in out and "imported" in out and "never fetched" in out, out
    capsys.readouterr()
    assert main(["show", "1", "--diff", *home]) == exitcodes.OK
    head = capsys.readouterr().out.splitlines()[:2]
    assert head[0].startswith("--- version 1 (imported ")
    assert head[0].endswith(", not fetched from the original)")
    assert head[1].startswith("+++ version 2 (imported "), head


def test_one_fetched_version_says_what_the_archive_saw(
    archive: WebArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(archive.plain_ids[0]), "--diff", *_home(archive)]) == exitcodes.NO_RESULTS
    out = capsys.readouterr().out
    assert "the site has not changed it" not in out and "no change seen" in out, out


def test_an_undated_article_says_so_as_search_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``search`` lists an article without a date as ``[inews undated]``; ``show`` printed the paper's
    name alone on its line (``inews``), which a citation copied as if the date were left out by choice."""
    home = ["--home", str(tmp_path)]
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps({"id": "a", "title": "无日期", "body": "正文。"}) + "\n", encoding="utf-8")
    assert main(["import", str(export), "--source", "inews", "-q", *home]) == 0
    assert main(["show", "1", *home]) == exitcodes.OK
    assert capsys.readouterr().out.splitlines()[1] == "inews | undated"


def test_an_earlier_version_says_until_when_it_was_the_text(
    archive: WebArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the web page of version 1 says it: stored on the 21st, the text until version 2 was stored on the
    22nd (the article's 'last seen' is no time of version 1's). The current version has no end."""
    n = str(archive.versioned_id)
    assert main(["show", n, "--version", "1", *_home(archive)]) == exitcodes.OK
    out = capsys.readouterr().out
    assert "fetched 2016-07-21 08:30:00 +08:00; current until 2016-07-22 08:30:00 +08:00)" in out, out
    assert main(["show", n, "--version", "1", "--json", *_home(archive)]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["current_until"] == "2016-07-22T08:30:00+08:00"
    assert main(["show", n, "--version", "2", "--json", *_home(archive)]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["current_until"] is None


def test_similar_names_a_paper_as_show_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An imported source has no registry name: ``show`` named it ``other2`` and ``similar`` named it
    ``other2 (other2)``, the id twice. One rule for both: its name and id, or its id alone."""
    home = ["--home", str(tmp_path)]
    body = (
        "新华社长春7月19日电 今年上半年，吉林省鹤鸣湖片区脱贫攻坚取得新进展，全省共投入专项扶贫资金十二亿元。"
    )
    for source in ("other1", "other2"):
        line = json.dumps({"id": f"{source}-1", "title": "脱贫攻坚新进展", "body": body}, ensure_ascii=False)
        (tmp_path / "export.jsonl").write_text(line + "\n", encoding="utf-8")
        assert main(["import", str(tmp_path / "export.jsonl"), "--source", source, "-q", *home]) == 0
    assert main(["show", "2", *home]) == exitcodes.OK
    shown = capsys.readouterr().out.splitlines()[1].split(" | ")[0]
    assert main(["similar", "1", *home]) == exitcodes.OK
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines() if "\t" in line]
    assert [row[1] for row in rows] == ["other1", "other2"] and shown == "other2", rows
