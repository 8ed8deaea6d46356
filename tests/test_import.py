"""``newsarchive import``: all or nothing per file, ``--skip-bad`` with a rejects file, one-line errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from store_support import DB_PARAMS, cli, make_db_url

from archive.importer import ID_MAX, URL_MAX
from archive.models import Article, ArticleVersion
from archive.schema import open_store

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def line(n: int, **fields: object) -> str:
    row: dict[str, object] = {"id": f"x{n}", "title": f"标题{n}", "body": f"第{n}篇的正文。"}
    row.update(fields)
    return json.dumps(row, ensure_ascii=False)


def rows(db_url: str) -> dict[str, tuple[str, str, int]]:
    with open_store(db_url) as sessions, sessions() as s:
        found = {a.external_id: (a.title, a.body, a.version) for a in s.scalars(select(Article))}
        found["versions"] = ("", "", len(s.scalars(select(ArticleVersion)).all()))
    return found


def run_import(
    tmp_path: Path, db_url: str, text: str | bytes, monkeypatch: pytest.MonkeyPatch, *extra: str
) -> int:
    path = tmp_path / "in.jsonl"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return cli(
        ["import", str(path), "--home", str(tmp_path / "home"), "--db-url", db_url, *extra], monkeypatch
    )


def test_bad_line_in_the_middle_imports_nothing(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Already archived: three articles, one of which the bad file would change.
    assert run_import(tmp_path, db_url, "\n".join(line(n) for n in range(3)), monkeypatch) == 0
    before = rows(db_url)
    capsys.readouterr()
    good = [line(n, title=f"改过的标题{n}") for n in range(700)]
    text = "\n".join([*good, '{"id": "broken", "title": ', *(line(n) for n in range(1000, 1100))])
    assert run_import(tmp_path, db_url, text, monkeypatch) == 1
    err = capsys.readouterr().err.strip()
    # The file as it was given, as the rejects' path is ("in.jsonl:701" named a file not in the cwd).
    assert err.startswith(f"error: {tmp_path / 'in.jsonl'}:701: not JSON (")
    assert err.endswith("nothing imported (fix the line, or use --skip-bad to import the good lines)")
    assert rows(db_url) == before  # no row added, no row changed, no version made

    # --skip-bad: exactly the good lines, and the bad one in the rejects file.
    assert run_import(tmp_path, db_url, text, monkeypatch, "--skip-bad", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == 800 and report["rejected"] == 1
    rejects = [json.loads(x) for x in (tmp_path / "in.jsonl.rejects.jsonl").read_text("utf-8").splitlines()]
    assert [(r["line"], r["text"]) for r in rejects] == [(701, '{"id": "broken", "title": ')]
    after = rows(db_url)
    assert len(after) == 800 + 1  # x0..x699 (x0..x2 changed), x1000..x1099, and the versions row
    assert after["x2"] == ("改过的标题2", "第2篇的正文。", 2)


BAD_LINES = [
    (line(1, id="a\x00b"), "id holds a NUL character"),
    (line(1, url="https://example.test/\x00"), "url holds a NUL character"),
    (line(1, url="https://example.test/" + "a" * URL_MAX), f"url is {URL_MAX + 21} characters long"),
    (line(1, id="9" * (ID_MAX + 1)), f"id is {ID_MAX + 1} characters long"),
    ('{"id": "s", "title": "\\ud800", "body": "x"}', "title holds a lone surrogate (\\ud800)"),
    ('{"id": "s", "title": "t", "body": "\\udfff"}', "body holds a lone surrogate (\\udfff)"),
    (line(1, published_at="0000-12-31"), "published_at '0000-12-31' is not an ISO date/time"),
    (line(1, published_at="0001-01-01T00:00:00"), "outside years 1-9999"),
    ("[1, 2]", "expected a JSON object"),
    ("[" * 100_000, "not JSON"),
    (line(1, id="", url=""), "needs an id or a url"),
    # Python's repr of a list or object, and "None" for a null name, were stored as text.
    (line(1, title=["标题"]), "title is a list, not text"),
    (line(1, body={"text": "正文"}), "body is an object, not text"),
    (line(1, id=True), "id is true, not text"),
    (line(1, authors=["张三", None]), "authors holds null, not a name"),
    # Numbers were taken as the names "1" and "2", null as an empty title, 20160720 as a date.
    (line(1, authors=[1, 2]), "authors holds a number, not a name"),
    (line(1, authors=7), "authors is a number, not a list of names"),
    (line(1, title=None), "title is null, not text"),
    (line(1, title=7), "title is a number, not text"),
    (line(1, body=None), "body is null, not text"),
    (line(1, body=12.5), "body is a number, not text"),
    (line(1, url=42), "url is a number, not text"),
    (line(1, published_at=20160720), "published_at is a number, not an ISO date/time"),
    (line(1, published_at=["2016-07-20"]), "published_at is a list, not an ISO date/time"),
    # The archive links to the url as the original: only the web's own schemes.
    (line(1, url="javascript:alert(1)"), "url 'javascript:alert(1)' is not an http(s) URL"),
    # An id alone (a cut export, a stray line) was stored as an article with no title and no text.
    ('{"id": "x9"}', "holds no title and no body: nothing to archive"),
    (line(1, title=" ", body="\n"), "holds no title and no body: nothing to archive"),
]


@pytest.mark.parametrize(("bad", "reason"), BAD_LINES, ids=[r for _, r in BAD_LINES])
def test_each_line_problem_is_one_line_with_file_and_line(
    tmp_path: Path,
    bad: str,
    reason: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db_url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    text = "\n".join([line(1), line(2), bad, line(3)])
    assert run_import(tmp_path, db_url, text, monkeypatch) == 1
    (err,) = capsys.readouterr().err.strip().splitlines()
    assert err.startswith(f"error: {tmp_path / 'in.jsonl'}:3: ") and reason in err and "unexpected" not in err
    assert len(err) < 300
    assert run_import(tmp_path, db_url, text, monkeypatch, "--skip-bad", "--json") == 0
    assert json.loads(capsys.readouterr().out)["rejected"] == 1
    assert set(rows(db_url)) == {"x1", "x2", "x3", "versions"}


def test_encodings_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    text = "\n".join([line(1), line(2, title="鹤鸣湖")])
    assert run_import(tmp_path, db_url, text.encode("gbk"), monkeypatch) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {tmp_path / 'in.jsonl'}:1: not UTF-8 (byte 0x") and "GBK" in err
    assert run_import(tmp_path, db_url, text.encode("utf-16"), monkeypatch) == 1
    said = f"error: {tmp_path / 'in.jsonl'}:1: the file is UTF-16 (byte-order mark)"
    assert capsys.readouterr().err.startswith(said)
    assert run_import(tmp_path, db_url, b"\x00\xff\xfe\x01binary\n", monkeypatch) == 1
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'in.jsonl'}:1: not UTF-8")
    assert rows(db_url) == {"versions": ("", "", 0)}
    # A UTF-8 byte-order mark is accepted.
    assert run_import(tmp_path, db_url, b"\xef\xbb\xbf" + text.encode("utf-8"), monkeypatch) == 0
    assert set(rows(db_url)) == {"x1", "x2", "versions"}


def test_read_only_archive_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.sqlite3"
    assert run_import(tmp_path, f"sqlite:///{path}", line(1), monkeypatch) == 0
    before = rows(f"sqlite:///{path}")
    capsys.readouterr()
    # A read-only database (as on a read-only home; opened read-only so that root sees it too).
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    assert run_import(tmp_path, read_only, line(2), monkeypatch) == 1
    (err,) = capsys.readouterr().err.strip().splitlines()
    assert (
        err
        == "error: cannot write the archive database (attempt to write a readonly database); nothing imported"
    )
    assert rows(f"sqlite:///{path}") == before


def test_an_article_a_crawl_archived_is_left_as_the_crawl_stored_it(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Importing a line with the URL of a crawled article wrote over it: it took the line's date
    (2016-07-25 for the paper's 2016-07-21) and lost its page, section and raw capture, so the edition
    page no longer listed it and its citation named another day. The crawl's article stays as stored."""
    from datetime import date

    from archive.articles import ensure_source, upsert_articles
    from archive.items import ArticleItem

    url = "http://epaper.example.cn/html/2016-07/21/content_1003.htm"
    crawled = ArticleItem(
        url=url, source_id="cswb", title="三下乡活动", body="日前，音乐学院组织服务团队。" * 10,
        edition_date=date(2016, 7, 21), page_number="01", section="要闻",
        warc_file="cswb/run-1/x.warc.gz", warc_offset=0,
    )  # fmt: skip
    with open_store(db_url) as sessions, sessions.begin() as s:
        ensure_source(s, "cswb")
        upsert_articles(s, [crawled])
    mixed = "\n".join(
        [
            line(1),
            json.dumps({"url": url, "title": "另一个标题", "body": "不同。", "published_at": "2016-07-25"}),
        ]
    )
    assert run_import(tmp_path, db_url, mixed, monkeypatch, "--source", "cswb") == 1
    err = capsys.readouterr().err
    assert "in.jsonl:2: " in err and "is archived by a crawl of cswb" in err and "nothing imported" in err
    assert run_import(tmp_path, db_url, mixed, monkeypatch, "--source", "cswb", "--skip-bad", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["articles"], report["rejected"]) == (1, 1)
    (reject,) = [json.loads(x) for x in (tmp_path / "in.jsonl.rejects.jsonl").read_text("utf-8").splitlines()]
    assert reject["line"] == 2 and json.loads(reject["text"])["url"] == url
    with open_store(db_url) as sessions, sessions() as s:
        row = s.scalars(select(Article).where(Article.url == url)).one()
        kept = (row.title, row.edition_date, row.page_number, row.section, row.warc_file, row.version)
    assert kept == ("三下乡活动", date(2016, 7, 21), "01", "要闻", "cswb/run-1/x.warc.gz", 1)


def test_credit_labels_in_authors_are_no_names() -> None:
    """An exported byline as authors ('本报记者 张三 通讯员 李四') was split on spaces into four 'authors',
    two of them labels: the author facet and the citation's authors then named '本报记者' and '通讯员'."""
    from archive.importer import parse_line

    def authors(value: object) -> list[str]:
        return parse_line(json.dumps({"id": "a", "title": "t", "body": "b", "authors": value}), "x").authors

    assert authors("本报记者 张三 通讯员 李四") == ["张三", "李四"]
    assert authors("记者张三、实习生李四") == ["张三", "李四"]
    assert authors(["本报记者 张三", "通讯员：李四"]) == ["张三", "李四"]
    assert authors("张三 李四") == ["张三", "李四"]
    assert authors(["Xinhua", "John Smith"]) == ["Xinhua", "John Smith"]  # names kept as given
    assert authors("记者") == []


def test_an_import_that_changes_nothing_asks_for_no_index_update(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Importing the same file again said "run: newsarchive index update": the index had nothing to take."""
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    assert run_import(tmp_path, db_url, line(1), monkeypatch) == 0
    assert capsys.readouterr().out == "imported 1 article (1 new); run: newsarchive index update\n"
    assert run_import(tmp_path, db_url, line(1), monkeypatch) == 0
    assert capsys.readouterr().out == "imported 1 article (1 unchanged)\n"
    assert run_import(tmp_path, db_url, line(1, title="改过的标题"), monkeypatch) == 0
    assert capsys.readouterr().out == "imported 1 article (1 changed); run: newsarchive index update\n"


def test_a_line_without_a_body_leaves_the_archived_text_and_an_article_without_one_is_said(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search export holds no body. Imported over the articles it lists, it made each one's current
    version an empty text ("1 changed": search lost it), and imported alone it made articles of a title
    only, said as "1 new" like any other."""
    assert run_import(tmp_path, db_url, line(1), monkeypatch) == 0
    capsys.readouterr()
    exported = json.dumps(
        {"id": "x1", "title": "标题1", "snippet": "第1篇的…", "authors": []}, ensure_ascii=False
    )
    assert run_import(tmp_path, db_url, exported + "\n" + line(2, body=""), monkeypatch) == 0
    assert capsys.readouterr().out == (
        "imported 2 articles (1 new, 1 unchanged); 1 line without a body left its archived text as it was; "
        "1 article imported without a body (a title only: its line's body or content was empty or missing, "
        "as in a search export); "
        "run: newsarchive index update\n"
    )
    assert rows(db_url) == {
        "x1": ("标题1", "第1篇的正文。", 1),
        "x2": ("标题2", "", 1),
        "versions": ("", "", 0),
    }
    # A new title with no body is a new version of the title, the text kept.
    assert run_import(tmp_path, db_url, line(1, title="改过的标题1", body=""), monkeypatch, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["changed"], report["kept_body"], report["no_body"]) == (1, 1, 0)
    assert rows(db_url)["x1"] == ("改过的标题1", "第1篇的正文。", 2)


def test_a_ctrl_c_says_that_nothing_was_imported(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C 600 lines into a file said "interrupted", which README's exit 130 reads as "what was
    fetched is stored": an archivist took the first 600 lines for imported. The file is one transaction."""
    import search_cli.commands.import_ as import_command

    assert run_import(tmp_path, db_url, "\n".join(line(n) for n in range(3)), monkeypatch) == 0
    before = rows(db_url)
    capsys.readouterr()
    counted = import_command._counted

    def stopped_at_600(*args: Any) -> Iterator[bytes]:
        for n, raw in enumerate(counted(*args)):
            if n == 600:
                raise KeyboardInterrupt  # Ctrl-C
            yield raw

    monkeypatch.setattr(import_command, "_counted", stopped_at_600)
    text = "\n".join(line(n, title=f"改过的标题{n}") for n in range(700))
    assert run_import(tmp_path, db_url, text, monkeypatch) == 130
    path = tmp_path / "in.jsonl"
    assert capsys.readouterr().err.splitlines() == [
        f"interrupted: nothing imported from {path} (a file is imported whole): run the import again"
    ]
    assert rows(db_url) == before


def test_an_exported_hit_keeps_its_edition_date_page_and_section(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line of ``search --jsonl`` (an e-paper article: ``edition_date``, ``published_at`` null) was
    imported undated and without its page: the import read ``published_at`` only, so the article fell
    out of every date filter and its citation named no date nor 版面."""
    from datetime import UTC, date, datetime

    hit = {
        "id": 3, "title": "全力打造鹤鸣湖环卫保洁“星级”服务", "source": "cswb", "edition_date": "2016-07-20",
        "published_at": None, "page": "02", "section": "城事", "authors": ["闫洪生", "张殿文"],
        "url": "http://epaper.example.cn/html/2016-07/20/content_1002.htm", "snippet": "…鹤鸣湖公园…",
    }  # fmt: skip
    assert run_import(tmp_path, db_url, json.dumps(hit, ensure_ascii=False), monkeypatch) == 0
    with open_store(db_url) as sessions, sessions() as s:
        row = s.scalars(select(Article)).one()
        kept = (row.source_id, row.edition_date, row.published_at, row.page_number, row.section)
    # The paper's day as a crawl stores it: midnight in the paper's zone (an export gives no time).
    assert kept == ("cswb", date(2016, 7, 20), datetime(2016, 7, 19, 16, tzinfo=UTC), "02", "城事")
    capsys.readouterr()
    assert run_import(tmp_path, db_url, line(1, edition_date="2016/7/21", page=3), monkeypatch) == 0
    with open_store(db_url) as sessions, sessions() as s:
        row = s.scalars(select(Article).where(Article.external_id == "x1")).one()
        assert (row.edition_date, row.page_number) == (date(2016, 7, 21), "3")  # another exporter's forms
    capsys.readouterr()
    for bad, why in (
        ("2016-07-32", "edition_date '2016-07-32' is not a date (YYYY-MM-DD)"),
        (20160720, "edition_date is a number, not a date (YYYY-MM-DD)"),
        ("2016-07-20T08:00", "edition_date '2016-07-20T08:00' is not a date (YYYY-MM-DD)"),
    ):
        assert run_import(tmp_path, db_url, line(1, edition_date=bad), monkeypatch) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"error: {tmp_path / 'in.jsonl'}:1: {why}; nothing imported"), err


def test_a_search_export_piped_into_import_does_not_wait_on_the_import_s_lock(tmp_path: Path) -> None:
    """``search --jsonl | import -`` hung 30 s and the search then said "the search took too long": the
    import opened its write transaction (SQLite's BEGIN IMMEDIATE) before reading a line, and the
    search, which reads the store before it prints, waited on that lock while the import waited on it."""
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    env = {**os.environ, "NEWSARCHIVE_HOME": str(home)}
    env.pop("NEWSARCHIVE_DB_URL", None)
    command = [sys.executable, "-c", "from search_cli.main import entry; entry()"]
    repo = Path(__file__).parent.parent
    feed = subprocess.run(
        [*command, "import", "-", "--source", "other"], input=line(1) + "\n" + line(2, title="鹤鸣湖"),
        capture_output=True, text=True, cwd=repo, env=env, check=True,
    )  # fmt: skip
    subprocess.run([*command, "-q", "index", "rebuild"], cwd=repo, env=env, check=True)
    search = subprocess.Popen(
        [*command, "search", "鹤鸣湖", "--jsonl"], stdout=subprocess.PIPE, cwd=repo, env=env
    )
    load = subprocess.run(
        [*command, "import", "-", "--source", "other"], stdin=search.stdout, capture_output=True, text=True,
        cwd=repo, env=env, timeout=120,
    )  # fmt: skip
    assert search.wait(120) == 0 and feed.returncode == 0
    assert (load.returncode, load.stdout) == (
        0,
        "imported 1 article (1 unchanged); 1 line without a body left its archived text as it was\n",
    ), load.stderr


def test_a_search_answers_while_a_long_import_holds_the_write_lock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """During an import of 30,000 lines (three minutes, one transaction) a search waited on the import's
    SQLite write lock for the 30 s busy timeout and then said "the search took too long; add words":
    its reads began with BEGIN IMMEDIATE, a write lock. Reads begin deferred: WAL serves the last commit."""
    import sqlite3
    import time

    db_url = f"sqlite:///{tmp_path / 'home' / 'archive.sqlite3'}"
    home = ["--home", str(tmp_path / "home")]
    assert run_import(tmp_path, db_url, line(1, title="鹤鸣湖环卫"), monkeypatch) == 0
    assert cli(["-q", "index", "rebuild", *home], monkeypatch) == 0
    capsys.readouterr()
    writer = sqlite3.connect(tmp_path / "home" / "archive.sqlite3", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # as an import's transaction holds it
    try:
        started = time.monotonic()
        assert cli(["search", "鹤鸣湖", *home], monkeypatch) == 0
        assert time.monotonic() - started < 20  # the busy timeout is 30 s: it did not wait for the lock
        assert "鹤鸣湖环卫" in capsys.readouterr().out
        # The other commands that only read: show waited the import out (21 s), and so did runs.
        for argv in (["show", "1"], ["similar", "1"], ["runs"]):
            started = time.monotonic()
            assert cli([*argv, *home], monkeypatch) in (0, 3), capsys.readouterr().err
            assert time.monotonic() - started < 20, argv
    finally:
        writer.execute("ROLLBACK")
        writer.close()
