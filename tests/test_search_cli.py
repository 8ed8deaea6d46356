"""The search, index and import commands, called in-process through ``main``."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from pathlib import Path

import pytest

from search_cli import exitcodes
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
    assert "1 article, page 1" in out and "«鹤鸣湖»" in out and "[import 2016-05-01 10:00 +08:00]" in out
    assert main(["search", "脱贫攻坚", "--json", *home]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["hits"][0]["external_id"] == "a2" and data["hits"][0]["source"] == "tw"
    assert main(["search", "鹤鸣湖", "--jsonl", *home]) == 0
    line = json.loads(capsys.readouterr().out.splitlines()[0])
    assert list(line) == list(EXPORT_FIELDS)
    assert line["published_at"] == "2016-05-01T10:00:00+08:00" and line["edition_date"] == "2016-05-01"
    assert line["snippet"] == "洮北区鹤鸣湖湿地公园开园。" and line["highlights"] == [[3, 6]]
    assert line["permalink"].endswith("/article/1?version=1")  # the version exported
    assert main(["search", "鹤鸣湖", "--csv", *home]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["external_id"] == "a1" and rows[0]["published_at"] == "2016-05-01T10:00:00+08:00"
    assert "highlights" not in rows[0] and rows[0]["snippet"] == "洮北区鹤鸣湖湿地公园开园。"
    # 开园 is in half of this archive: an article holding only it is no partial match of 鹤鸣湖 开园.
    assert main(["search", "鹤鸣湖 开园", "--json", *home]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["total"], data["partial"]) == (1, 0)
    assert [(h["external_id"], h["partial"]) for h in data["hits"]] == [("a1", False)]


def test_partial_matches_have_their_own_heading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"id": "a1", "title": "鹤鸣湖开园", "content": "洮北区鹤鸣湖湿地公园开园。"},
        {"id": "a2", "title": "鹤鸣湖丹顶鹤", "content": "鹤鸣湖的丹顶鹤回来了。"},
    ]
    rows += [{"id": f"f{i}", "title": f"新闻{i}", "content": f"公园开园，第{i}条。"} for i in range(12)]
    data = tmp_path / "in.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    home = ["--home", str(tmp_path / "home")]
    assert main(["import", str(data), *home]) == 0 and main(["index", "update", *home]) == 0
    capsys.readouterr()
    assert main(["search", "鹤鸣湖 开园", *home]) == 0
    out = capsys.readouterr().out
    heading = "-- 1 article holds all the words but one (not counted above) --"
    assert out.startswith("1 article, page 1\n") and heading in out
    assert main(["search", "鹤鸣湖 开园", "--limit", "1", "--page", "2", *home]) == 0
    out = capsys.readouterr().out  # a page that starts with the partial matches has the heading too
    assert f"{heading}\n\n2. 鹤鸣湖丹顶鹤" in out


def test_batch_prints_a_trec_run(home: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queries = tmp_path / "q.tsv"
    queries.write_text("q1\t鹤鸣湖\nq2\t明天有雨\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["search", "--batch", str(queries), *home]) == 0
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert lines[0][:4] == ["q1", "Q0", "a1", "1"] and lines[0][5] == "newsarchive"
    assert lines[1][0] == "q2" and lines[1][2] == "newsarchive-3"  # no external id: the archive id


def test_batch_names_each_paper_s_article_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The run named results by external id: two papers backfilled into one archive both number an
    article 1001 (Founder's content_1001.htm), so one query's run held document 1001 twice (trec_eval
    refuses it; an evaluator keyed by name kept one). Each name is unique now, and ``show`` reads it."""
    from archive.articles import ensure_source, upsert_articles
    from archive.config import resolve_db_url
    from archive.items import ArticleItem
    from archive.schema import open_store

    home = ["--home", str(tmp_path / "home")]
    with open_store(resolve_db_url(None, tmp_path / "home")) as factory, factory.begin() as session:
        items = []
        for paper in ("cswb", "jlrb"):
            ensure_source(session, paper)
            url = f"http://{paper}.example/html/2016-07/20/content_1001.htm"
            items.append(
                ArticleItem(
                    source_id=paper, url=url, title="鹤鸣湖开园", body=f"{paper}：鹤鸣湖湿地公园开园。"
                )
            )
            items[-1].external_id = "1001"
        upsert_articles(session, items)
    rows = [{"id": "a1", "title": "鹤鸣湖公园", "content": "鹤鸣湖公园迎客。"}]  # an import's corpus id
    data = tmp_path / "in.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert main(["import", str(data), *home]) == 0 and main(["index", "update", *home]) == 0
    queries = tmp_path / "q.tsv"
    queries.write_text("q1\t鹤鸣湖\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["search", "--batch", str(queries), "--all-copies", *home]) == 0
    names = [line.split()[2] for line in capsys.readouterr().out.splitlines()]
    assert sorted(names) == ["a1", "newsarchive-1", "newsarchive-2"], names
    assert main(["show", "newsarchive-2", "--json", *home]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["id"] == 2 and shown["source"] == "jlrb"


def test_batch_lines_that_cannot_be_read_are_named_not_searched(
    home: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A GBK line was decoded with replacement and quietly found nothing (exit 0); a binary
    # file's bytes were written out as qids; a UTF-8 BOM became part of the first qid.
    queries = tmp_path / "q.tsv"
    queries.write_bytes(
        "\ufeffq1\t鹤鸣湖\n".encode()
        + "q2\t鹤鸣湖\n".encode("gbk")
        + b"\x89PNG\x01\tx\n"
        + "q 4\t鹤鸣湖\n".encode()
    )
    capsys.readouterr()
    assert main(["search", "--batch", str(queries), *home]) == 6
    captured = capsys.readouterr()
    assert [line.split()[0] for line in captured.out.splitlines()] == ["q1"]
    assert captured.err.splitlines() == [
        f"{queries}:2: not UTF-8 (byte 0xba at column 4); save the file as UTF-8",
        f"{queries}:3: not UTF-8 (byte 0x89 at column 1); save the file as UTF-8",
        f"{queries}:4: the qid must be one word of printable characters",
        "3 queries could not run (named above)",
    ]


def test_errors_are_one_line(home: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["search", "x" * 500, *home]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: query too long") and err.count("\n") == 1
    assert main(["search", "(" * 20 + "公园" + ")" * 20, *home]) == 0  # nesting past the limit: text
    capsys.readouterr()
    assert main(["search", "火星", *home]) == 3
    assert capsys.readouterr().out.startswith("no article contains 火星\n")
    assert main(["index", "check", *home]) == 0
    assert main(["index", "stats", "--json", *home]) == 0
    # No query at all is a bad command line (2), as README's table says; it exited 1, an error.
    assert main(["search", *home]) == main(["search", "", *home]) == 2
    no_query = "error: give a query (or --author NAME), or --batch FILE.tsv\n"
    assert capsys.readouterr().err == no_query * 2


def test_no_index_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade", "--home", str(tmp_path), "-q"]) == 0  # an archive, not indexed yet
    assert main(["search", "x", "--home", str(tmp_path)]) == 1
    assert "run: newsarchive index rebuild" in capsys.readouterr().err


def test_exports_and_terminal_output_are_safe_from_archived_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14 item 8: formula cells are quoted in CSV, control characters are shown escaped."""
    rows = [
        {
            "id": "h1",
            "title": "=cmd|' /C calc'!A0 鹤鸣湖",
            "content": "鹤鸣湖\x1b[31m红色\x1b[0m 的报道\x07。",
        },
        {"id": "h2", "title": "@SUM(1+1) 鹤鸣湖", "content": "-2+3 鹤鸣湖\x9b2J 清屏。"},
    ]
    data = tmp_path / "in.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    home = ["--home", str(tmp_path / "home")]
    assert main(["import", str(data), *home]) == 0 and main(["index", "update", *home]) == 0
    capsys.readouterr()
    assert main(["search", "鹤鸣湖", "--csv", *home]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    titles = sorted(r["title"] for r in table)
    assert titles == ["'=cmd|' /C calc'!A0 鹤鸣湖", "'@SUM(1+1) 鹤鸣湖"]
    assert all(not r["snippet"].startswith(("=", "+", "-", "@")) for r in table)
    assert main(["search", "鹤鸣湖", *home]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "\\x1b[31m" in out and "\\x9b" in out
    ids = [line.rsplit("#", 1)[1] for line in out.splitlines() if "  #" in line]
    for article_id in ids:
        assert main(["show", article_id.strip(), *home]) == 0
        shown = capsys.readouterr().out
        assert "\x1b" not in shown and "\x9b" not in shown and ("\\x1b" in shown or "\\x9b" in shown)


def test_none_found_names_what_narrowed_the_search(
    home: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # 鹤鸣湖 is archived: "no article contains 鹤鸣湖" would be false when a limit left it out.
    capsys.readouterr()
    cases = [
        (["鹤鸣湖 author:王五"], "no article contains 鹤鸣湖 (limited by author:王五)"),
        (["鹤鸣湖 -湿地"], "no article contains 鹤鸣湖 (limited by -湿地)"),
        (["鹤鸣湖", "--author", "王五"], "no article contains 鹤鸣湖 (limited by author:王五)"),
        (["鹤鸣湖", "--source", "tw"], "no article contains 鹤鸣湖 (limited by source:tw)"),
        (["鹤鸣湖", "--since", "2017-01-01"], "no article contains 鹤鸣湖 (limited by date:2017-01-01..)"),
    ]
    for argv, line in cases:
        assert main(["search", *argv, *home]) == 3, argv
        assert capsys.readouterr().out.splitlines()[0] == line
    assert main(["search", "鹤鸣湖 -湿地", "--json", *home]) == 3
    assert json.loads(capsys.readouterr().out)["message"] == "no article contains 鹤鸣湖 (limited by -湿地)"
    # Absent anyway: still said with its limit.
    assert main(["search", "火星", "--author", "王五", *home]) == 3
    assert capsys.readouterr().out.startswith("no article contains 火星 (limited by author:王五)\n")


def test_a_page_past_the_end_says_so(home: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """One plain line, and nothing found on the page asked for exits as nothing found does (3)."""
    capsys.readouterr()
    assert main(["search", "鹤鸣湖", "--page", "9", *home]) == exitcodes.NO_RESULTS
    assert capsys.readouterr().out == "page 9 is past the last page (1); 1 article\n"
    # An export has no row to show: the same line on stderr, beside the empty data.
    assert main(["search", "鹤鸣湖", "--page", "9", "--jsonl", *home]) == exitcodes.NO_RESULTS
    assert capsys.readouterr() == ("", "page 9 is past the last page (1); 1 article\n")


def _delete_from_store(home: list[str], article_id: int) -> None:
    """Remove an article from the store only: the index is now ahead (a database restored from a backup)."""
    import sqlite3

    db = Path(home[1]) / "archive.sqlite3"
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DELETE FROM article_versions WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


RUN = "run: newsarchive index update"


def test_hits_gone_from_the_store_are_left_out_and_counted(
    home: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # 开园 matches a1 (id 1) and a4 (id 4); id 1 is then deleted from the store but not from the index.
    assert main(["search", "开园", "--json", *home]) == 0
    assert {h["id"] for h in json.loads(capsys.readouterr().out)["hits"]} == {1, 4}
    _delete_from_store(home, 1)
    assert main(["search", "开园", *home]) == 0
    out = capsys.readouterr().out
    assert "鹤鸣湖开园" not in out and "公园迎客" in out
    assert out.splitlines()[0] == "1 article, page 1"
    note = "(1 result is in the index but not in the database (left out): run: newsarchive index update)"
    assert out.count("not in the database") == 1 and note in out.splitlines()
    assert main(["search", "开园", "--json", *home]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in data["hits"]] == [4] and data["total"] == 1 and data["missing"] == 1
    assert data["missing_note"] == note[1:-1]
    assert main(["search", "开园", "--jsonl", *home]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == [4]
    assert captured.err.count("not in the database") == 1
    queries = Path(home[1]).parent / "q.tsv"
    queries.write_text("q1\t开园\nq2\t鹤鸣湖\n", encoding="utf-8")
    assert main(["search", "--batch", str(queries), *home]) == 0
    captured = capsys.readouterr()
    assert [line.split()[2] for line in captured.out.splitlines()] == ["a4"]
    # The store's change counter moved with the delete: the index is behind it too (indexer.lag).
    assert captured.err.splitlines() == [
        f"warning: 2 results are in the index but not in the database (left out): {RUN}",
        "note: the index is behind the archive (the archive changed since the last "
        "`newsarchive index update`); results may be missing",
    ]
    # Every hit gone: nothing found, and the note says why rather than a bare "no article".
    assert main(["search", "鹤鸣湖", *home]) == 3
    out = capsys.readouterr().out
    assert "no article contains 鹤鸣湖" in out and "1 result is in the index but not in the database" in out
    # The command the note names catches the index up: the note goes.
    assert main(["index", "update", *home]) == 0
    capsys.readouterr()
    assert main(["search", "开园", *home]) == 0
    assert "not in the database" not in capsys.readouterr().out


def test_import_counts_one_article_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps({"id": "o1", "title": "一篇", "content": "只有一篇。"}, ensure_ascii=False))
    assert main(["import", str(data), "--home", str(tmp_path / "home")]) == 0
    assert capsys.readouterr().out.startswith("imported 1 article (")


def test_an_export_of_one_page_of_several_says_so(
    home: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """--csv and --jsonl write one page (--limit, default 10) while the web page's export writes up to 1000:
    'search … --csv > out.csv' of 40 articles wrote 10 rows and nothing said the other 30 were left out."""
    capsys.readouterr()
    for fmt in ("--csv", "--jsonl"):
        assert main(["search", "开园", fmt, "--limit", "1", *home]) == 0
        err = capsys.readouterr().err
        more = "--page 2 for the next, --limit up to 1000 a page"
        assert err == f"note: results 1-1 of 2 (page 1 of 2): {more}\n"
        assert main(["search", "开园", fmt, "--limit", "1", "--page", "2", *home]) == 0
        assert capsys.readouterr().err == "note: results 2-2 of 2 (page 2 of 2)\n"
        assert main(["search", "开园", fmt, *home]) == 0
        assert capsys.readouterr().err == ""
        assert main(["search", "开园", fmt, "--limit", "1", "-q", *home]) == 0
        assert capsys.readouterr().err == ""


def test_an_author_alone_lists_the_authors_articles(
    home: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The web page searches an author alone (its author facet's links do); the CLI's --author without
    words said 'give a query', though docs/cli.md lists --author among search's filters."""
    capsys.readouterr()
    assert main(["search", "--author", "张三", "--json", *home]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and [h["external_id"] for h in data["hits"]] == ["a2"]
    assert main(["search", "--author", "王五", *home]) == 3
    # Named once, as the web page's /search.json says it: it read (limited by author:"王五" author:王五).
    first = capsys.readouterr().out.splitlines()[0]
    assert first == 'no article contains these words (limited by author:"王五")'
    assert main(["search", *home]) == 2
    assert capsys.readouterr().err.endswith("error: give a query (or --author NAME), or --batch FILE.tsv\n")


def test_a_text_page_of_several_says_where_the_next_is(
    home: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """'2 articles, page 1' over the one hit of --limit 1 said nothing of a page 2 (the exports did)."""
    capsys.readouterr()
    assert main(["search", "开园", "--limit", "1", *home]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 articles, page 1\n") and out.endswith(
        "\n\n(page 1 of 2: --page 2 for the next)\n"
    )
    assert main(["search", "开园", "--limit", "1", "--page", "2", *home]) == 0
    assert "for the next" not in capsys.readouterr().out
    assert main(["search", "开园", *home]) == 0
    assert "for the next" not in capsys.readouterr().out


def test_an_index_of_an_empty_archive_finds_nothing_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rebuilt from an archive of no article, the index has no segment: every search died on
    Whoosh's empty reader ("unexpected AttributeError: 'NoneType' object has no attribute 'segment_id'")."""
    monkeypatch.delenv("NEWSARCHIVE_DB_URL", raising=False)
    args = ["--home", str(tmp_path / "home")]
    assert main(["db", "upgrade", *args]) == 0
    assert main(["index", "rebuild", *args]) == 0
    capsys.readouterr()
    for query in (["新区"], ["新区", "--sort", "date"], ["x", "--since", "2020-01-01"], ["新区", "--all"]):
        assert main(["search", *query, *args]) == 3
        out, err = capsys.readouterr()
        assert out.startswith(f"no article contains {query[0]}") and err == "", (query, out, err)
    assert main(["--json", "search", "新区", *args]) == 3
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_words_typed_apart_are_one_query(home: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """`newsarchive search 鹤鸣湖 开园`, unquoted as people type it, answered "error: unrecognized
    arguments: 开园": the shell hands each word apart. They are one query, as if quoted."""
    capsys.readouterr()
    assert main(["search", "鹤鸣湖 开园", *home]) == 0
    quoted = capsys.readouterr().out
    assert main(["search", "鹤鸣湖", "开园", *home]) == 0
    assert capsys.readouterr().out == quoted and "1 article, page 1" in quoted
    assert main(["search", "鹤鸣湖", "天气", *home]) == 3  # every word is still required
    assert "no article contains" in capsys.readouterr().out


def test_index_stats_reads_as_text_for_a_person(home: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """The text said "dictionary_current: True", "userdict: None" and times as bare ISO strings."""
    capsys.readouterr()
    assert main(["index", "stats", *home]) == 0
    lines = dict(line.split(": ", 1) for line in capsys.readouterr().out.splitlines())
    assert lines["dictionary_current"] == "yes" and lines["userdict"] == "none"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", lines["written_at"]), lines
    assert main(["index", "stats", "--json", *home]) == 0  # JSON keeps its values and ISO 8601
    data = json.loads(capsys.readouterr().out)
    assert data["dictionary_current"] is True and data["userdict"] is None and "T" in data["written_at"]


def test_index_check_help_names_the_checksums_it_compares(capsys: pytest.CaptureFixture[str]) -> None:
    """README and docs/cli.md say `index check` compares each file's size and CRC-32; its --help did not."""
    with contextlib.suppress(SystemExit):
        main(["index", "check", "--help"])
    assert "CRC-32" in capsys.readouterr().out


def test_search_date_options_say_they_are_the_papers_dates(capsys: pytest.CaptureFixture[str]) -> None:
    """--help said "published on or after this day": the filter is the paper's date (its edition date, in
    the source's zone), as README's date: operator and docs/cli.md say, not the instant of publication."""
    with contextlib.suppress(SystemExit):
        main(["search", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--since SINCE dated on or after this day, the paper's date" in text
    assert "published on or" not in text


def test_since_and_until_read_a_day_as_the_search_page_does(
    home: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The page took 2016年5月1日, 2016.5.1 and full-width digits; the CLI refused all but 2016-05-01."""
    assert main(["search", "鹤鸣湖", "--since", "2016年5月1日", "--json", *home]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["filters"]["since"] == "2016-05-01"
    assert main(["search", "鹤鸣湖", "--until", "２０１６.４.３０", *home]) == exitcodes.NO_RESULTS
    assert main(["search", "鹤鸣湖", "--since", "2016/5/1", "--until", "20160501", *home]) == exitcodes.OK
    capsys.readouterr()
    assert main(["search", "鹤鸣湖", "--since", "2016年2月30日", *home]) == exitcodes.USAGE
    assert "not a date: '2016年2月30日'" in capsys.readouterr().err
