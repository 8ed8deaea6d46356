"""Crawl the local sample site into the store: re-crawls, versions, reprints, resume, the CLI."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from store_support import DB_PARAMS, cli, make_db_url, sample_source
from support import start_static_server

from archive.config import resolve_db_url
from archive.models import Article, ArticleVersion, CrawlRun, Page
from archive.schema import open_store
from crawler.runner import run_crawl
from crawler.sample_site import SITE_DIR
from indexer.search import search
from indexer.sync import rebuild_from_store

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

DAYS = {"since": date(2016, 7, 20), "until": date(2016, 7, 21)}
FAST = {"AUTOTHROTTLE_ENABLED": False, "NEWSARCHIVE_ALLOWED_NETWORKS": "127.0.0.1/32"}  # loopback test site
EDITED = "html/2016-07/20/content_1001.htm"


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A private copy of the sample site (so a test can edit it) and its server URL."""
    root = tmp_path / "site"
    shutil.copytree(SITE_DIR, root)
    proc, url = start_static_server(root)
    try:
        yield root, url
    finally:
        proc.terminate()
        proc.wait(10)


def edit(root: Path, old: str, new: str) -> None:
    """Change an article's text; move its mtime ahead so Last-Modified changes within the same second."""
    path = root / EDITED
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    future = time.time() + 60
    os.utime(path, (future, future))


def test_recrawl_versions_changed_articles_and_leaves_others(
    site: tuple[Path, str], home: Path, db_url: str
) -> None:
    root, url = site
    source = sample_source(url)
    first = run_crawl(source, **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    assert first.status == "finished" and first.counters["articles/new"] == 3
    again = run_crawl(source, **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    assert again.counters["articles/not_modified"] == 3 and "articles/new" not in again.counters
    edit(root, "全覆盖", "基本覆盖")
    third = run_crawl(source, **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    assert third.counters["articles/changed"] == 1 and third.counters["articles/not_modified"] == 2
    with open_store(db_url) as sessions, sessions() as s:
        rows = {a.url.rsplit("/", 1)[-1]: a for a in s.scalars(select(Article))}
        assert sorted(rows) == ["content_1001.htm", "content_1002.htm", "content_1003.htm"]
        assert all(a.url.startswith("http://sample.example/") for a in rows.values())
        changed = rows["content_1001.htm"]
        assert changed.version == 2 and "基本覆盖" in changed.body
        (old,) = s.scalars(select(ArticleVersion)).all()
        assert old.article_id == changed.id and "基本覆盖" not in old.body and "全覆盖" in old.body
        for name in ("content_1002.htm", "content_1003.htm"):
            assert rows[name].version == 1 and rows[name].updated_at == rows[name].first_seen
            assert rows[name].last_seen > rows[name].first_seen
        assert all(a.warc_file and a.warc_offset is not None for a in rows.values())
        assert s.scalar(select(func.count()).select_from(Page).where(Page.warc_file != "")) == 4
        runs = s.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        assert [r.status for r in runs] == ["finished"] * 3
        assert runs[2].counters["articles/changed"] == 1 and runs[0].counters["fetched"] == 8


def test_a_page_pdf_moves_to_the_canonical_base_with_its_page(site: tuple[Path, str], home: Path) -> None:
    """The demo's edition page linked its page PDFs to the loopback port of a sample server long gone
    (http://127.0.0.1:39595/images/...) beside pages and articles on sample-epaper.newsarchive.test."""
    _, url = site
    run_crawl(sample_source(url), **DAYS, home=str(home), overrides=FAST)
    with open_store(resolve_db_url(None, home)) as sessions, sessions() as s:
        pages = s.scalars(select(Page)).all()
    assert len(pages) == 4 and all(p.pdf_url.endswith(".pdf") for p in pages)
    assert all(p.url.startswith("http://sample.example/html/") for p in pages)
    assert all(p.pdf_url.startswith("http://sample.example/images/") for p in pages)


def test_show_versions_diff_and_runs_cli(
    site: tuple[Path, str],
    home: Path,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root, url = site
    source = sample_source(url)
    run_crawl(source, **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    edit(root, "全覆盖", "基本覆盖")
    run_crawl(source, **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    with open_store(db_url) as sessions, sessions() as s:
        article_id = s.scalars(select(Article.id).where(Article.version == 2)).one()
    opts = ["--db-url", db_url, "--home", str(home)]
    assert cli(["show", str(article_id), "--versions", *opts], monkeypatch) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["1", "2"] and lines[1].endswith("(current)")
    # Fetched times are the paper's and say so (runs prints UTC; unlabelled, one moment read two ways).
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+08:00", line.split("\t")[1]) for line in lines)
    assert cli(["show", str(article_id), "--diff", *opts], monkeypatch) == 0
    diff = capsys.readouterr().out
    assert diff.startswith("--- version 1\n+++ version 2\n")
    # The web diff's comparison: the change marked inside its sentence (tests/test_cli_show_diff.py).
    assert any(line.startswith("~") and "[-全-]{+基本+}覆盖" in line for line in diff.splitlines()), diff
    assert cli(["show", str(article_id), "--diff", "1", "3", *opts], monkeypatch) == 3
    missing = f"error: article {article_id} has no version 3 (it has 2 versions: 1, 2; see --versions)\n"
    assert capsys.readouterr().err == missing
    # One version number means nothing: a bad command line (exit 2, as README's table says), was 1.
    assert cli(["show", str(article_id), "--diff", "1", *opts], monkeypatch) == 2
    assert (
        capsys.readouterr().err == "error: --diff takes no version (previous vs current) or two: --diff A B\n"
    )
    assert cli(["runs", "--json", *opts], monkeypatch) == 0
    runs = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in runs] == [2, 1] and runs[0]["counters"]["articles/changed"] == 1
    assert cli(["runs", "--sort", "started; DROP TABLE articles", *opts], monkeypatch) == 2


def test_reprint_on_two_sources_is_one_cluster_of_two(
    tmp_path: Path,
    home: Path,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    roots = {name: tmp_path / name for name in ("a", "b")}
    for root in roots.values():
        shutil.copytree(SITE_DIR, root)
    edit(roots["b"], "全覆盖", "全面覆盖")  # a few characters changed in paper B's copy
    for name, root in roots.items():
        proc, url = start_static_server(root)
        try:
            source = sample_source(url, f"paper-{name}", f"http://{name}.example")
            summary = run_crawl(source, **DAYS, home=str(home), db_url=db_url, overrides=FAST)
            assert summary.counters["articles/new"] == 3
        finally:
            proc.terminate()
            proc.wait(10)
    with open_store(db_url) as sessions, sessions() as s:
        pair = s.scalars(
            select(Article).where(Article.url.like("%content_1001.htm")).order_by(Article.id)
        ).all()
    assert [a.source_id for a in pair] == ["paper-a", "paper-b"] and pair[0].body != pair[1].body
    assert pair[0].cluster_id == pair[1].cluster_id == pair[0].id
    assert cli(["similar", str(pair[1].id), "--json", "--db-url", db_url], monkeypatch) == 0
    cluster = json.loads(capsys.readouterr().out)
    assert sorted(a["id"] for a in cluster["articles"]) == [pair[0].id, pair[1].id]
    # Both copies stay searchable: a reprint is linked, never dropped from the index.
    index_path = tmp_path / "index"
    assert rebuild_from_store(db_url, index_path) == 6
    hits = search(index_path, '"工匠精神"', limit=10).hits
    assert sorted(h.id for h in hits) == [pair[0].id, pair[1].id]
    assert {h.source for h in hits} == {"paper-a", "paper-b"}
