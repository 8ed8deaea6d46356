"""Follow a story: the Atom feed of a search (validated by feedparser) and the OpenSearch description."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import feedparser
import pytest
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

from webui.app import create_app
from webui.feed import xml_text


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("feed"))


@pytest.fixture(scope="module")
def client(archive: WebArchive) -> Iterator[TestClient]:
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        yield c


def page_ids(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<a class="title" href="/article/(\d+)"', html)]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "脱贫攻坚"},
        {"q": "脱贫攻坚", "source": "paper-a", "since": "2016-06-01"},
        {"author": "赵六", "per_page": "10"},
    ],
)
def test_search_feed_validates_and_lists_the_page_articles_newest_first(
    client: TestClient, params: dict[str, str]
) -> None:
    page = client.get("/", params=params).text
    href = re.search(r'<link rel="alternate" type="application/atom\+xml" href="([^"]+)"', page)
    assert href, "the search page does not announce its feed"
    r = client.get(href.group(1).replace("&amp;", "&"))
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10" and feed.feed.title.startswith("newsarchive")
    ids = [int(e.id.rsplit("/", 1)[1]) for e in feed.entries]
    # The feed is the page sorted newest first (its rel="alternate" link); a page no longer than one
    # screen lists the very same articles in either order.
    newest_first = page_ids(client.get("/", params={**params, "sort": "date"}).text)
    assert ids == newest_first
    total = int(re.search(r'<strong id="total">(\d+)</strong>', page).group(1))  # type: ignore[union-attr]
    if total <= int(params.get("per_page", "20")):
        assert set(ids) == set(page_ids(page))
    stamps = [e.published_parsed for e in feed.entries if "published_parsed" in e]
    assert stamps == sorted(stamps, reverse=True)


def test_feed_of_hostile_content_is_well_formed(client: TestClient, archive: WebArchive) -> None:
    r = client.get("/search.atom", params={"q": "脱贫攻坚", "source": "paper-b"})
    root = ET.fromstring(r.content)
    titles = [e.text for e in root.iter("{http://www.w3.org/2005/Atom}title")]
    assert any(t and "<script>" in t for t in titles)  # text, escaped by the serialiser
    assert "javascript:" not in r.text.split("<entry>", 1)[1].split('rel="related"')[0]
    assert xml_text("a\x00b\x1fc\ud800") == "abc"


def test_feed_summaries_are_the_archived_words_without_highlight_marks(client: TestClient) -> None:
    """A feed reader shows the summary as text: «» marks would read as quotation marks of the paper."""
    params = {"q": "脱贫攻坚", "sort": "date"}
    feed = feedparser.parse(client.get("/search.atom", params=params).content)
    exported = {hit["id"]: hit["snippet"] for hit in client.get("/search.json", params=params).json()["hits"]}
    summaries = {int(e.id.rsplit("/", 1)[1]): e.summary for e in feed.entries}
    assert summaries and summaries == exported  # the export's plain snippet, word for word
    assert not any("«" in text or "»" in text for text in summaries.values())


def test_opensearch_description_parses_and_its_templates_answer(client: TestClient) -> None:
    home = client.get("/").text
    link = re.search(r'<link rel="search" type="application/opensearchdescription\+xml" href="([^"]+)"', home)
    assert link
    r = client.get(link.group(1))
    assert r.headers["content-type"].startswith("application/opensearchdescription+xml")
    ns = {"os": "http://a9.com/-/spec/opensearch/1.1/"}
    root = ET.fromstring(r.content)
    assert root.findtext("os:ShortName", namespaces=ns) == "newsarchive"
    templates = {u.get("type"): u.get("template") for u in root.findall("os:Url", ns)}
    for kind, template in templates.items():
        assert template and "{searchTerms}" in template
        answer = client.get(template.replace("{searchTerms}", "脱贫攻坚"))
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(str(kind)), kind


def test_a_corrected_article_is_updated_when_its_new_version_was_stored(
    client: TestClient, archive: WebArchive
) -> None:
    """A re-crawl stored a new version on 22 July: <updated> says so, <published> stays the paper's date."""
    r = client.get("/search.atom", params={"q": "鹤鸣湖"})
    root = ET.fromstring(r.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = {
        int(e.findtext("a:id", namespaces=ns).rsplit("/", 1)[1]): e  # type: ignore[union-attr]
        for e in root.findall("a:entry", ns)
    }
    versioned = entries[archive.versioned_id]
    assert versioned.findtext("a:published", namespaces=ns) == "2016-07-21T08:30:00+08:00"
    assert versioned.findtext("a:updated", namespaces=ns) == "2016-07-22T00:30:00+00:00"
    assert root.findtext("a:updated", namespaces=ns) == "2016-07-22T00:30:00+00:00"
    # The same archive answers the same feed: no "now" in it.
    assert client.get("/search.atom", params={"q": "鹤鸣湖"}).content == r.content
    # An article never changed is updated at its paper's date.
    plain = client.get("/search.atom", params={"q": "脱贫攻坚", "source": "paper-a"}).content
    stamps = {
        int(e.findtext("a:id", namespaces=ns).rsplit("/", 1)[1]): (  # type: ignore[union-attr]
            e.findtext("a:published", namespaces=ns),
            e.findtext("a:updated", namespaces=ns),
        )
        for e in ET.fromstring(plain).findall("a:entry", ns)
    }
    unchanged = [stamps[id_] for id_ in archive.plain_ids if id_ in stamps]
    assert unchanged and all(published == updated for published, updated in unchanged)


def test_an_entry_is_by_its_reporters_and_filed_under_its_paper(
    client: TestClient, archive: WebArchive
) -> None:
    """A feed reader showed every article 'by 城市晚报': the entry's <author> was the paper, though the
    search page, the CSV and the citation name the reporter (王五)."""
    feed = feedparser.parse(client.get("/search.atom", params={"q": "鹤鸣湖湿地"}).content)
    assert not feed.bozo, feed.get("bozo_exception")
    entry = next(e for e in feed.entries if e.id.endswith(f"/article/{archive.versioned_id}"))
    assert [a.name for a in entry.authors] == ["王五"]
    assert [t.label for t in entry.tags] == ["城市晚报"]
    wire = feedparser.parse(client.get("/search.atom", params={"q": "脱贫攻坚", "copies": "all"}).content)
    reprint = next(e for e in wire.entries if e.id.endswith(f"/article/{archive.reprint_ids[0]}"))
    assert [a.name for a in reprint.authors] == ["新华社"] and reprint.tags[0].label == "城市晚报"


def test_an_undated_article_is_updated_when_the_archive_stored_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """An article with no date (an import without one, a page that printed none) read ``<updated>``
    1970-01-01: a feed reader showed it as of 1 January 1970, a date a journalist could copy. It is the time
    the archive stored it (no ``<published>``: the paper's date is unknown), which the store keeps, so the
    same archive still answers the same feed."""
    from archive.articles import ensure_source, upsert_article
    from archive.config import index_dir, resolve_db_url
    from archive.items import ArticleItem
    from archive.models import Article
    from archive.schema import open_store
    from indexer.sync import rebuild_from_store

    home = tmp_path_factory.mktemp("undated-feed")
    db_url = resolve_db_url(None, home)
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "web", name="网站")
        upsert_article(
            session,
            ArticleItem(url="http://web.example/1", source_id="web", title="无日期", body="春耕备耕。"),
        )
    with open_store(db_url) as sessions, sessions() as session:
        stored = session.query(Article).one().first_seen
    rebuild_from_store(db_url, index_dir(home))
    with TestClient(create_app(home)) as c:
        feed = feedparser.parse(c.get("/search.atom", params={"q": "春耕"}).content)
    (entry,) = feed.entries
    assert "1970" not in entry.updated and "published" not in entry
    assert entry.updated == stored.isoformat(timespec="seconds"), (entry.updated, stored)
