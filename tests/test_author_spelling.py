"""Authors named beside a search (the Author facet, the whole names a fragment holds) are spelt as printed.

The index holds each author folded and lower-cased (陳大文 is 陈大文, John Smith is john smith) so any
spelling finds them; shown as the index holds them, the facet and the hints named a Hong Kong
reporter 陈大文 and an English one "john smith", spellings no paper printed, which a journalist
copying the name would cite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from store_support import DB_PARAMS, cli, pg_schema_url

from archive.articles import ensure_source, upsert_article
from archive.config import index_dir, resolve_db_url
from archive.items import ArticleItem
from archive.schema import open_store
from indexer.sync import rebuild_from_store
from webui.app import create_app

HK = "陳大文"
EN = "John Smith"


@pytest.fixture(scope="module", params=DB_PARAMS)
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, str]]:
    """The archive in a SQLite file and (when the server is up; in CI it must be) in PostgreSQL.

    The spellings are read from the store (``indexer.authors``): the same lookup on both.
    """
    home = tmp_path_factory.mktemp("spelling")
    if request.param == "sqlite":
        yield _filled(home, resolve_db_url(None, home))
    else:
        for url in pg_schema_url(request.getfixturevalue("postgres_url")):
            yield _filled(home, url)


@pytest.fixture(scope="module")
def home(store: tuple[Path, str]) -> Path:
    return store[0]


@pytest.fixture(scope="module")
def db_url(store: tuple[Path, str]) -> str:
    return store[1]


def _filled(home: Path, db_url: str) -> tuple[Path, str]:
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "hk", name="香港日報", timezone="Asia/Hong_Kong")
        for n, author in enumerate((HK, EN)):
            upsert_article(
                session,
                ArticleItem(
                    url=f"http://hk.example/{n}.html",
                    source_id="hk",
                    title=f"濕地保護撥款{n}",
                    body="立法會今日通過撥款，用於濕地保護。",
                    published_at=datetime(2016, 7, 20, 1, n, tzinfo=UTC),
                    authors=[author],
                    paper="香港日報",
                    edition_date=date(2016, 7, 20),
                ),
            )
    rebuild_from_store(db_url, index_dir(home))
    return home, db_url


def test_the_author_facet_names_authors_as_printed(home: Path, db_url: str) -> None:
    with TestClient(create_app(home, db_url)) as client:
        page = client.get("/", params={"q": "濕地"}).text
    facet = page[page.index('id="facet-authors"') :]
    assert f">{HK}</a>" in facet and f">{EN}</a>" in facet
    assert "陈大文" not in facet and "john smith" not in facet
    with TestClient(create_app(home, db_url)) as client:  # a name typed either way chooses that entry
        for typed in ("陈大文", HK):
            chosen = client.get("/", params={"q": "濕地", "author": typed}).text
            assert f'<strong translate="no">{HK}</strong>' in chosen[chosen.index('id="facet-authors"') :]


def test_the_whole_names_a_fragment_holds_are_as_printed(
    home: Path, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with TestClient(create_app(home, db_url)) as client:
        web = client.get("/search.json", params={"author": "陳"}).json()
        english = client.get("/search.json", params={"author": "Smith"}).json()
    assert web["author_hints"] == [HK] and english["author_hints"] == [EN]
    capsys.readouterr()
    archive = ["--home", str(home), "--db-url", db_url]
    assert cli([*archive, "search", "--author", "陳", "--json"], monkeypatch) == 3
    assert json.loads(capsys.readouterr().out)["author_hints"] == [HK]
    assert cli([*archive, "search", "--author", "smith"], monkeypatch) == 3
    assert capsys.readouterr().out.rstrip().endswith(f"holds smith: {EN})")


def test_a_prolific_author_is_spelt_from_a_few_articles_not_all(home: Path, db_url: str) -> None:
    """The facet spells its 50 most frequent authors on every search: a wire service's name held in
    100,000 articles had every posting read into a list to keep the first three."""
    from archive.config import index_dir as index_of
    from indexer.authors import printed_authors
    from indexer.search import open_index
    from indexer.storeinfo import store_info

    read: list[int] = []

    class Counting:
        """The index reader, counting the postings a spelling reads."""

        def __init__(self, reader: object) -> None:
            self.reader = reader

        def __contains__(self, term: object) -> bool:
            return term in self.reader  # type: ignore[operator]

        def stored_fields(self, docnum: int) -> object:
            return self.reader.stored_fields(docnum)  # type: ignore[attr-defined]

        def postings(self, field: str, key: str) -> object:
            real = list(self.reader.postings(field, key).all_ids())  # type: ignore[attr-defined]

            class Many:
                def all_ids(self) -> Iterator[int]:
                    for n in range(100_000):
                        read.append(n)
                        yield real[0]

            return Many()

    with open_index(index_of(home)) as (searcher, _):
        spelt = printed_authors(
            Counting(searcher.reader()), ["陈大文"], store_info(db_url)
        )
    assert spelt == {"陈大文": HK}
    assert len(read) <= 3
