"""Reprocess: delete the store, rebuild the same articles from the WARC files with no server running."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from store_support import DB_PARAMS, cli, make_db_url, sample_source
from support import start_static_server
from test_store_crawl import DAYS, FAST, edit
from warcio.archiveiterator import ArchiveIterator

from archive.models import Article, ArticleVersion
from archive.schema import open_store
from archive.warc_read import KIND_HEADER
from crawler.reprocess import warc_files
from crawler.runner import run_crawl
from crawler.sample_site import SITE_DIR

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

REGISTRY = """
[[source]]
id = "sample"
name = "城市晚报"
kind = "epaper"
templates = ["http://127.0.0.1:1/html/{date:%Y-%m}/{date:%d}/node_1.htm"]
canonical_base = "http://sample.example"
"""


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def snapshot(db_url: str) -> dict[str, tuple[object, ...]]:
    with open_store(db_url) as sessions, sessions() as s:
        rows = {
            a.url: (
                a.title,
                a.subtitle,
                a.body,
                tuple(a.authors),
                a.published_at,
                a.section,
                a.page_number,
                a.edition_date,
                a.version,
                a.content_hash,
                a.warc_file,
                a.warc_offset,
            )
            for a in s.scalars(select(Article))
        }
        versions = [(v.version, v.content_hash) for v in s.scalars(select(ArticleVersion))]
    return {"articles": tuple(sorted(rows.items())), "versions": tuple(sorted(versions))}  # type: ignore[dict-item]


def test_deleted_store_is_rebuilt_from_warc_offline(
    tmp_path: Path,
    home: Path,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = tmp_path / "site"
    shutil.copytree(SITE_DIR, root)
    proc, url = start_static_server(root)
    try:
        run_crawl(sample_source(url), **DAYS, home=str(home), db_url=db_url, overrides=FAST)
        edit(root, "全覆盖", "基本覆盖")
        run_crawl(sample_source(url), **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    finally:
        proc.terminate()
        proc.wait(10)
    before = snapshot(db_url)
    assert len(before["articles"]) == 3 and len(before["versions"]) == 1
    # Delete the store: a fresh database (SQLite file or PostgreSQL schema).
    fresh = db_url.replace("archive.sqlite3", "rebuilt.sqlite3") if db_url.startswith("sqlite") else None
    if fresh is None:
        with open_store(db_url) as sessions, sessions.begin() as s:
            # Every table the migrations made (a fixed list missed the next migration's table).
            for table in inspect(s.connection()).get_table_names():
                s.execute(text(f'DROP TABLE "{table}" CASCADE'))  # our schema's names, not user input
        fresh = db_url
    registry = tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    args = ["reprocess", "--home", str(home), "--db-url", fresh, "--sources", str(registry), "--json"]
    assert cli(args, monkeypatch) == 0
    report = json.loads(capsys.readouterr().out)
    # The second crawl's unchanged articles were 304s: only the edited one has a second capture.
    assert report["counters"] == {"articles/new": 3, "articles/changed": 1}
    assert snapshot(fresh) == before  # same text, fields, versions and WARC references
    # Reprocessing again changes nothing.
    assert cli(args, monkeypatch) == 0
    assert json.loads(capsys.readouterr().out)["counters"] == {"articles/unchanged": 4}


def test_every_response_is_in_the_warc_with_its_kind(
    sample_site_url: str, home: Path, tmp_path: Path
) -> None:
    db_url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    summary = run_crawl(sample_source(sample_site_url), **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    (path,) = (home / "warc" / "sample").glob(f"run-{summary.run_id}/*.warc.gz")
    kinds: dict[str, int] = {}
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response":
                kind = record.rec_headers.get_header(KIND_HEADER)
                kinds[kind] = kinds.get(kind, 0) + 1
    assert kinds == {"": 1, "edition": 2, "page": 2, "article": 3}  # "": robots.txt
    assert summary.counters["fetched"] == 8
    with open_store(db_url) as sessions, sessions() as s:
        for a in s.scalars(select(Article)):
            with (home / "warc" / a.warc_file).open("rb") as handle:
                handle.seek(a.warc_offset or 0)
                record = next(iter(ArchiveIterator(handle)))
                assert record.rec_headers.get_header("WARC-Target-URI").endswith(a.url.rsplit("/", 1)[-1])


def test_each_sources_reprocess_run_records_its_own_counts(
    sample_site_url: str, home: Path, tmp_path: Path
) -> None:
    """Two papers reprocessed in one pass: each run's history holds its own paper's articles, not both."""
    from archive.models import CrawlRun
    from crawler.reprocess import reprocess

    db_url = f"sqlite:///{tmp_path / 'two.sqlite3'}"
    first = sample_source(sample_site_url)
    second = sample_source(sample_site_url, "copy", "http://copy.example")
    for source in (first, second):
        run_crawl(source, **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    summary = reprocess({s.id: s for s in (first, second)}, db_url, home / "warc")
    assert summary.counters == {"articles/unchanged": 6}
    with open_store(db_url) as sessions, sessions() as s:
        runs = {
            r.source_id: r.counters for r in s.scalars(select(CrawlRun).where(CrawlRun.spider == "reprocess"))
        }
    assert set(runs) == {"sample", "copy"}
    for counters in runs.values():
        assert counters["articles/unchanged"] == 3 and counters["files"] == 1 and counters["captures"] == 3


def test_warc_files_of_two_crawls_in_one_second_replay_in_crawl_order(tmp_path: Path) -> None:
    """The stamp is to the second: the run, pid and serial decide, read as numbers, not text."""
    names = [
        "cswb/run-2/20261206T023120-1003-00000.warc.gz",
        "cswb/run-1/20261206T023120-988-00010.warc.gz",
        "cswb/run-1/20261206T023120-988-00002.warc.gz",
        "cswb/run-1/20261206T023119-990-00000.warc.gz",
        "cswb/run-10/20261206T023120-77-00000.warc.gz",
    ]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    order = [p.relative_to(tmp_path).as_posix() for p in warc_files(tmp_path)]
    assert order == [
        "cswb/run-1/20261206T023119-990-00000.warc.gz",
        "cswb/run-1/20261206T023120-988-00002.warc.gz",
        "cswb/run-1/20261206T023120-988-00010.warc.gz",
        "cswb/run-2/20261206T023120-1003-00000.warc.gz",
        "cswb/run-10/20261206T023120-77-00000.warc.gz",
    ]
