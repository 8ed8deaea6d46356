"""``newsarchive normalize FILE``: human and JSON output, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search_cli.main import main

DATA = Path(__file__).parent / "data"


def test_json_output_matches_golden(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", str(DATA / "seed_000.txt"), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    golden = json.loads((DATA / "seed_000.expected.json").read_text(encoding="utf-8"))
    assert [a["title"] for a in payload["articles"]] == [a["title"] for a in golden["articles"]]
    first = payload["articles"][0]
    assert set(first) == {
        "title",
        "subtitle",
        "dateline",
        "paper",
        "place",
        "reporters",
        "photographers",
        "subheads",
        "paragraphs",
    }
    assert "".join("".join(first["paragraphs"]).split()) == golden["articles"][0]["body_nows"]


def test_human_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", str(DATA / "normalize" / "one_column_indented.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 春耕备耕正当时\ndateline: 本报讯")
    assert "authors: 李明" in out and "editors: 赵强" in out


def test_people_read_as_extract_names_them(capsys: pytest.CaptureFixture[str]) -> None:
    """An archivist checks a paper with ``extract`` and ``normalize``: one said 'authors: 李明、王芳', the
    other 'reporters: 张三, 李四' for the same field (the archive's ``authors``, searched as ``author:``)."""
    assert main(["extract", str(DATA / "pages" / "gbk-nocharset_1.html")]) == 0
    assert "\nauthors: 李明、王芳\neditors: 陈静\ncorrespondents: 张华\n" in capsys.readouterr().out
    assert main(["normalize", str(DATA / "normalize" / "wire.txt")]) == 0
    out = capsys.readouterr().out
    assert "\nauthors: 张三、李四\neditors: 王五\n" in out and "reporters" not in out


def test_missing_file_is_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["normalize", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read") and err.count("\n") == 1


def test_broken_pdf_is_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "page.pdf"
    broken.write_bytes(b"%PDF-1.4 broken")
    assert main(["normalize", str(broken)]) == 1
    assert capsys.readouterr().err.startswith("error: cannot read PDF")


def test_a_file_far_larger_than_a_page_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Headline matching grows with headlines x articles: a 5 MB file ran for minutes in 3.5 GB.
    from search_cli.commands.normalize import MAX_CHARACTERS

    big = tmp_path / "edition.txt"
    line = "本报讯 记者张三报道 今天上午，全市召开防汛工作会议，部署当前防汛工作。\n"
    big.write_text("防汛工作会议召开\n" + line * (MAX_CHARACTERS // len(line) + 1), encoding="utf-8")
    assert main(["normalize", str(big)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "more than one page's text" in err and "split it into pages" in err


def test_a_gbk_file_is_refused_with_the_way_to_convert_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes("防汛工作会议召开\n本报讯 今天上午，全市召开防汛工作会议。\n".encode("gbk"))
    assert main(["normalize", str(page)]) == 1
    assert "iconv -f gb18030 -t utf-8" in capsys.readouterr().err


def test_a_page_without_text_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty page printed one blank line (exit 3), no word of what was (not) found."""
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    assert main(["normalize", str(empty)]) == 3
    assert capsys.readouterr().out == f"no article found in {empty}\n"
    assert main(["normalize", str(empty), "--json"]) == 3
    assert json.loads(capsys.readouterr().out) == {"articles": []}


@pytest.mark.parametrize("head", ["<!DOCTYPE html>\n<html>", "\ufeff<html lang='zh'>", "  <HTML><head>"])
def test_an_html_page_is_sent_to_extract(
    head: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A saved web page was read as printed text: '# (no headline found)' over its raw markup, exit 0."""
    page = tmp_path / "content_1002.htm"
    body = "<body><h1>防汛工作会议召开</h1><p>本报讯 全市召开防汛工作会议。</p></body></html>"
    page.write_text(head + body, encoding="utf-8")
    assert main(["normalize", str(page)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"error: {page} is an HTML page, not a page's text: newsarchive extract {page} reads it\n"
    )
