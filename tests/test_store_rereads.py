"""A re-read of the stored version's own capture writes what the current rules read, in place.

``reprocess`` reads the same bytes again with newer extraction rules. When the text the content
hash covers is the same, only the row was touched: a better date, section or page never reached the
archive, and ``extract`` disagreed with what ``show`` printed. Another capture of the same text (a
crawl's re-visit) still only touches the row: the archive cannot tell there a paper's change from a
damaged page.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker
from store_support import DB_PARAMS, article, make_db_url

from archive.articles import REFRESHED, UNCHANGED, UpsertResult, ensure_source, upsert_articles
from archive.models import CHANGES_KEY, Article, ArticleVersion, StoreMeta
from archive.rereads import refresh_versions
from archive.schema import open_store

T0 = datetime(2024, 1, 1, tzinfo=UTC)
CAPTURE = {"warc_file": "paper-a/run-1/20240101T000000-1-00000.warc.gz", "warc_offset": 307}
OLD_DATE = datetime(2016, 7, 20, 8, 0, tzinfo=UTC)  # what an older rule read
NEW_DATE = datetime(2015, 3, 4, 1, 30, tzinfo=UTC)  # what the current rules read from the same bytes
PRINTED = "评:勇救同伴的１１岁男孩(图) 获表彰"
FOLDED = "评：勇救同伴的11岁男孩（图） 获表彰"  # what the old store wrote


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    with open_store(db_url) as factory:
        with factory.begin() as s:
            ensure_source(s, "paper-a")
        yield factory


def store(sessions: sessionmaker[Session], **fields: object) -> int:
    with sessions.begin() as s:
        (result,) = upsert_articles(s, [article("http://a/1", "paper-a", **fields)], now=T0)
    return result.article_id


def upsert(sessions: sessionmaker[Session], when: datetime, **fields: object) -> str:
    with sessions.begin() as s:
        (result,) = upsert_articles(s, [article("http://a/1", "paper-a", **fields)], now=when)
    return result.outcome


def changes(sessions: sessionmaker[Session]) -> int:
    with sessions() as s:
        return int(s.scalar(select(StoreMeta.value).where(StoreMeta.key == CHANGES_KEY)) or 0)


def row(sessions: sessionmaker[Session], id_: int) -> Article:
    with sessions() as s:
        found = s.get(Article, id_)
        assert found is not None
        s.expunge(found)
        return found


def test_a_reread_of_the_same_capture_writes_every_new_reading_in_place(
    sessions: sessionmaker[Session],
) -> None:
    id_ = store(sessions, **CAPTURE, title=FOLDED, published_at=OLD_DATE)
    before, counted = row(sessions, id_), changes(sessions)
    reread = {
        **CAPTURE,
        "title": PRINTED,  # the same words as printed: hashed folded, so the same text
        "published_at": NEW_DATE,
        "edition_date": date(2015, 3, 4),
        "section": "要闻",
        "page_number": "01",
        "place": "长春",
        "editors": ["李四"],
        "canonical_url": "http://a.example/news/1.html",
    }
    assert upsert(sessions, T0 + timedelta(days=1), **reread) == REFRESHED
    after = row(sessions, id_)
    assert (after.published_at, after.edition_date, after.section, after.page_number, after.place) == (
        NEW_DATE,
        date(2015, 3, 4),
        "要闻",
        "01",
        "长春",
    )
    assert (after.title, after.editors, after.canonical_url) == (PRINTED, ["李四"], reread["canonical_url"])
    # The same version of the same text: no new version, its stored time kept; the row moved (the index
    # and its lag mark must see it), so updated_at moved on, and the store's change counter with it.
    assert (after.version, after.content_hash, after.version_stored_at) == (1, before.content_hash, T0)
    assert after.updated_at > before.updated_at
    assert changes(sessions) > counted
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 0
    # Read again by the same rules: nothing differs, nothing is written.
    counted = changes(sessions)
    assert upsert(sessions, T0 + timedelta(days=2), **reread) == UNCHANGED
    assert row(sessions, id_).updated_at == after.updated_at
    assert changes(sessions) == counted


def test_another_capture_of_the_same_text_only_touches_the_row(sessions: sessionmaker[Session]) -> None:
    # A re-visit (or another capture reprocessed) with the same text: the row's readings stay as they
    # were, the paper's change and a damaged page being alike there.
    id_ = store(sessions, **CAPTURE, published_at=OLD_DATE)
    before = row(sessions, id_)
    elsewhere = {**CAPTURE, "warc_offset": 9000}
    assert upsert(sessions, T0 + timedelta(days=1), **elsewhere, published_at=NEW_DATE) == UNCHANGED
    after = row(sessions, id_)
    assert (after.published_at, after.updated_at) == (OLD_DATE, before.updated_at)
    assert after.last_seen == T0 + timedelta(days=1)


def test_an_article_without_a_capture_is_never_refreshed(sessions: sessionmaker[Session]) -> None:
    # An import has no capture: two items without one are no "same capture".
    id_ = store(sessions, published_at=OLD_DATE)
    assert upsert(sessions, T0 + timedelta(days=1), published_at=NEW_DATE) == UNCHANGED
    assert row(sessions, id_).published_at == OLD_DATE


STORED = {
    "published_at": OLD_DATE,
    "dateline": "新华社长春7月20日电",
    "section": "要闻",
    "page_number": "01",
    "edition_date": date(2016, 7, 20),
    "editors": ["李四"],
}
BLANK = {
    "published_at": None,
    "dateline": "",
    "section": "",
    "page_number": "",
    "edition_date": None,
    "editors": [],
}


def reread(
    sessions: sessionmaker[Session], when: datetime, accept_blank: bool = False, **fields: object
) -> UpsertResult:
    with sessions.begin() as s:
        item = article("http://a/1", "paper-a", **fields)
        (result,) = upsert_articles(s, [item], now=when, accept_blank=accept_blank)
    return result


def test_a_reading_the_current_rules_leave_empty_keeps_the_stored_value(
    sessions: sessionmaker[Session],
) -> None:
    # A selector broken in sources.toml, or a rule that regressed, reads nothing where the store holds a
    # value: written, one reprocess would wipe the dates and sections of the whole archive. The stored
    # value stays, and the result says so; what the reading changed or filled is still written.
    id_ = store(sessions, **CAPTURE, **STORED)
    result = reread(sessions, T0 + timedelta(days=1), **CAPTURE, **BLANK, place="长春")
    assert (result.outcome, result.kept_blank) == (REFRESHED, True)
    after = row(sessions, id_)
    assert {name: getattr(after, name) for name in STORED} == STORED
    assert after.place == "长春"


def test_a_reading_only_emptier_is_unchanged_and_says_it_kept(sessions: sessionmaker[Session]) -> None:
    id_ = store(sessions, **CAPTURE, **STORED)
    before, counted = row(sessions, id_), changes(sessions)
    result = reread(sessions, T0 + timedelta(days=1), **CAPTURE, **BLANK)
    assert (result.outcome, result.kept_blank) == (UNCHANGED, True)
    after = row(sessions, id_)
    assert {name: getattr(after, name) for name in STORED} == STORED
    assert after.updated_at == before.updated_at
    assert changes(sessions) == counted
    # Nothing kept when the reading has all the store has: no word of it.
    assert reread(sessions, T0 + timedelta(days=2), **CAPTURE, **STORED).kept_blank is False


def test_accept_blank_writes_a_reading_the_current_rules_leave_empty(sessions: sessionmaker[Session]) -> None:
    # Asked for (an older rule read a date the page never printed): the empty reading is written.
    id_ = store(sessions, **CAPTURE, **STORED)
    result = reread(sessions, T0 + timedelta(days=1), True, **CAPTURE, **BLANK)
    assert (result.outcome, result.kept_blank) == (REFRESHED, False)
    after = row(sessions, id_)
    assert {name: getattr(after, name) for name in STORED} == BLANK


def test_a_batch_refreshes_only_the_rows_whose_readings_differ(sessions: sessionmaker[Session]) -> None:
    items = [
        article(f"http://a/{n}", body=f"第{n}篇。" * 40, warc_file=CAPTURE["warc_file"], warc_offset=n)
        for n in range(3)
    ]
    with sessions.begin() as s:
        upsert_articles(s, items, now=T0)
    items[1].section = "要闻"
    with sessions.begin() as s:
        outcomes = [r.outcome for r in upsert_articles(s, items, now=T0 + timedelta(days=1))]
    assert outcomes == [UNCHANGED, REFRESHED, UNCHANGED]


def test_a_refresh_never_writes_over_a_row_another_capture_replaced_since(
    sessions: sessionmaker[Session],
) -> None:
    # reprocess reads the row's capture, then writes its re-read: a crawl committing a new version in
    # between (reprocess takes no source lock) made the row another capture's. Written anyway, the old
    # capture's title and date sat over the new text, under the new text's hash.
    from archive.rereads import refresh_articles

    id_ = store(sessions, **CAPTURE, published_at=OLD_DATE)
    reread = article("http://a/1", "paper-a", **CAPTURE, title=PRINTED, published_at=NEW_DATE, section="要闻")
    edited = {"warc_file": CAPTURE["warc_file"], "warc_offset": 9000, "body": "更正后的全文。" * 40}
    assert upsert(sessions, T0 + timedelta(days=1), **edited, published_at=OLD_DATE) == "changed"
    with sessions.begin() as s:
        assert refresh_articles(s, {id_: reread}).written == set()
    after = row(sessions, id_)
    assert (after.title, after.published_at, after.section, after.warc_offset) == (
        article("http://a/1").title,
        OLD_DATE,
        "",
        9000,
    )


US = timezone(timedelta(hours=-5))
SHANGHAI = timezone(timedelta(hours=8))


def test_a_reread_writes_the_offset_its_date_named_with_the_date(sessions: sessionmaker[Session]) -> None:
    # published_offset (0013) is the zone of published_at's own reading: a re-read that moves the date
    # moves its offset with it. An older rule's US reading (-05:00) replaced by the paper's own local
    # date (+08:00) kept -300, and show dated the new instant in New York: a day early.
    us_day = datetime(2026, 3, 1, 23, 30, tzinfo=US)
    id_ = store(sessions, **CAPTURE, published_at=us_day)
    assert row(sessions, id_).published_offset == -300
    paper_day = datetime(2026, 3, 2, 8, 0, tzinfo=SHANGHAI)
    assert reread(sessions, T0 + timedelta(days=1), **CAPTURE, published_at=paper_day).outcome == REFRESHED
    after = row(sessions, id_)
    assert (after.published_at, after.published_offset) == (paper_day, 480)
    # A page stored before 0013 (no offset kept) gets its own on the next re-read, the date unchanged.
    with sessions.begin() as s:
        s.execute(update(Article).where(Article.id == id_).values(published_offset=None, published_at=us_day))
    assert reread(sessions, T0 + timedelta(days=2), **CAPTURE, published_at=us_day).outcome == REFRESHED
    assert row(sessions, id_).published_offset == -300
    # One read in its source's own zone reads as before with no offset: no write, no re-index of every
    # dated article of an upgraded archive.
    with sessions.begin() as s:
        s.execute(
            update(Article).where(Article.id == id_).values(published_offset=None, published_at=paper_day)
        )
    assert reread(sessions, T0 + timedelta(days=3), **CAPTURE, published_at=paper_day).outcome == UNCHANGED
    assert row(sessions, id_).published_offset is None


def test_a_kept_date_keeps_its_offset(sessions: sessionmaker[Session]) -> None:
    # A reading left empty keeps the stored date, and so the zone that date was read in.
    us_day = datetime(2026, 3, 1, 23, 30, tzinfo=US)
    id_ = store(sessions, **CAPTURE, published_at=us_day)
    result = reread(sessions, T0 + timedelta(days=1), **CAPTURE, published_at=None, place="长春")
    assert result.kept_blank is True
    after = row(sessions, id_)
    assert (after.published_at, after.published_offset) == (us_day, -300)
    # Asked to write blanks: no date, no offset.
    reread(sessions, T0 + timedelta(days=2), True, **CAPTURE, published_at=None, place="长春")
    after = row(sessions, id_)
    assert (after.published_at, after.published_offset) == (None, None)


def test_an_earlier_versions_reread_writes_its_offset_with_its_date(sessions: sessionmaker[Session]) -> None:
    us_day = datetime(2026, 3, 1, 23, 30, tzinfo=US)
    paper_day = datetime(2026, 3, 2, 8, 0, tzinfo=SHANGHAI)
    store(sessions, **CAPTURE, published_at=us_day)
    later = {**CAPTURE, "warc_offset": 9000}
    upsert(sessions, T0 + timedelta(days=1), **later, body="另一篇。" * 40)  # the paper's change: version 2
    with sessions() as s:
        (version,) = s.scalars(select(ArticleVersion))
        assert version.published_offset == -300
    with sessions.begin() as s:
        refresh_versions(s, {version.id: article("http://a/1", **CAPTURE, published_at=paper_day)})
    with sessions() as s:
        assert s.execute(select(ArticleVersion.published_at, ArticleVersion.published_offset)).one() == (
            paper_day,
            480,
        )
    with sessions.begin() as s:
        # Before 0013 (null): a reading in the source's own zone leaves it null, unwritten.
        s.execute(update(ArticleVersion).values(published_offset=None))
        reading = article("http://a/1", **CAPTURE, published_at=paper_day)
        assert not refresh_versions(s, {version.id: reading}).written
    with sessions() as s:
        assert s.scalars(select(ArticleVersion.published_offset)).one() is None
