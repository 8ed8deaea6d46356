"""Headlines are stored as printed and compared folded: no version churn, no lost reprints.

The store used to write titles in Chinese punctuation and half-width digits (``评:X`` as
``评：X``, ``１１岁`` as ``11岁``). It now keeps what the page printed; the content hash folds
titles, so an archive written by the old code reads as unchanged when its pages come again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from store_support import DB_PARAMS, WIRE, article, make_db_url

from archive.articles import CHANGED, NEW, UNCHANGED, content_hash, ensure_source, upsert_articles
from archive.chars import REPLACEMENT, ZERO_WIDTH, clean_printed, fold_headline
from archive.models import Article, ArticleVersion
from archive.schema import open_store
from crawler.normalize.article import normalize_item

T0 = datetime(2024, 1, 1, tzinfo=UTC)
PRINTED = "评:勇救同伴的１１岁男孩(图) 获表彰"
FOLDED = "评：勇救同伴的11岁男孩（图） 获表彰"  # what the old store wrote


def old_content_hash(lead: str, title: str, subtitle: str, body: str, authors: list[str]) -> str:
    """The content hash as the old store computed it: over the stored (then folded) titles as they were."""
    parts = [lead, title, subtitle, body, "\x1f".join(authors)]
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    with open_store(db_url) as factory:
        with factory.begin() as s:
            for sid in ("paper-a", "paper-b"):
                ensure_source(s, sid)
        yield factory


def test_the_store_keeps_a_headline_as_printed_cleaning_only_what_no_reader_sees() -> None:
    raw = f" 评:勇救\u200b同伴的１１岁男孩(图)\t\t获表彰{REPLACEMENT} "
    item = normalize_item(article("http://a/1", title=raw))
    assert item.title == PRINTED
    assert fold_headline(item.title) == FOLDED
    assert clean_printed("以党政领导带头 抓实“责任落实”") == "以党政领导带头 抓实“责任落实”"


HEADLINE_CHARS = "评论岁男孩１１23 :：,，(（)）!?\t\u3000\x01" + ZERO_WIDTH + REPLACEMENT


@given(st.text(alphabet=st.sampled_from(HEADLINE_CHARS)))
def test_folding_the_printed_headline_gives_what_the_old_store_wrote(text: str) -> None:
    assert fold_headline(clean_printed(text)) == fold_headline(text)
    assert clean_printed(clean_printed(text)) == clean_printed(text)


def test_an_archive_stored_with_folded_titles_is_unchanged_by_the_printed_ones(
    sessions: sessionmaker[Session],
) -> None:
    old = article("http://a/1", title=FOLDED, subtitle="全区投入3.9亿元")
    with sessions.begin() as s:
        (first,) = upsert_articles(s, [old], now=T0)
        row = s.get(Article, first.article_id)
        assert row is not None
        # The hash the old code wrote for this row is the one the new code computes.
        assert row.content_hash == old_content_hash("", FOLDED, "全区投入3.9亿元", WIRE, ["张三"])
    printed = article("http://a/1", title=PRINTED, subtitle="全区投入３.９亿元")
    assert content_hash(printed) == row.content_hash
    with sessions.begin() as s:
        (again,) = upsert_articles(s, [printed], now=T0 + timedelta(days=1))
    assert (again.article_id, again.outcome) == (first.article_id, UNCHANGED)
    with sessions() as s:
        row = s.get(Article, first.article_id)
        assert row is not None and row.version == 1 and row.title == FOLDED  # left as stored, not rewritten
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 0
    # A headline whose words change is a new version, stored as printed.
    with sessions.begin() as s:
        (edited,) = upsert_articles(
            s, [article("http://a/1", title="评:勇救同伴的１２岁男孩(图) 获表彰")], now=T0 + timedelta(days=2)
        )
    assert edited.outcome == CHANGED
    with sessions() as s:
        row = s.get(Article, first.article_id)
        assert row is not None and row.version == 2 and row.title == "评:勇救同伴的１２岁男孩(图) 获表彰"


def test_copies_printed_in_either_width_are_exact_reprints(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        a, b = upsert_articles(
            s,
            [article("http://a/1", title=PRINTED), article("http://b/1", source_id="paper-b", title=FOLDED)],
            now=T0,
        )
    assert (a.outcome, b.outcome) == (NEW, NEW)
    assert (b.reprint, b.cluster_id) == ("exact", a.article_id)
