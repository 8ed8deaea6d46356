"""Follow a story: an Atom feed of any search (newest first) and an OpenSearch description.

The feed is the search page's own query and filters sorted by date, so a
journalist subscribes to a topic and the reader shows what the page lists.
Built with ElementTree (every text escaped by the serialiser) after removing
the characters XML 1.0 forbids: an archived title holding a control
character must not make the whole feed unreadable.

An entry's ``<published>`` is the paper's date; its ``<updated>`` is the time
the archive stored the article's current version when a re-crawl found it
changed (a correction), else the paper's date, else (an undated article) the time
the archive first stored it: a reader then shows the corrected article again.
Both come from the store, never from "now", so the same archive answers the
same feed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime, time

from starlette.requests import Request
from starlette.responses import Response

from archive.config import zone
from archive.queries import source_names
from indexer.export import permalink, plain_snippet
from indexer.search import Hit
from webui.context import archive_of
from webui.i18n import gettext, negotiate
from webui.params import BadRequest, SearchParams, check_query_sources, check_source
from webui.queries import first_stored_at, revised_at
from webui.search_page import run_search

ATOM = "http://www.w3.org/2005/Atom"
OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(value: str | None) -> str:
    """Return ``value`` without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", value or "")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _stamp(value: datetime) -> str:
    """Return an RFC 3339 time with the value's own offset: a paper's date stays its date (+08:00, not Z)."""
    return value.isoformat(timespec="seconds")  # isoformat pads year 1, strftime does not


def search_feed(request: Request) -> Response:
    """Answer the Atom feed of a search: the same query and filters, newest first."""
    archive = archive_of(request)
    params = SearchParams.parse(request.query_params)
    if not params.active:
        raise BadRequest("There is nothing to follow: type words to search for, or an author.", "q")
    params = replace(params, sort="date", page=1)
    lang = negotiate(request)
    with archive.sessions() as session:
        names = source_names(session)
    check_source(params.source, names)
    check_query_sources(params.q, names)
    results = run_search(archive, params, limit=params.per_page, page=1, chart=False)
    with archive.sessions() as session:
        revised = revised_at(session, [h.id for h in results.page.hits])
        undated = [h.id for h in results.page.hits if _hit_time(h) is None and h.id not in revised]
        stored = first_stored_at(session, undated)
    base = str(request.base_url).rstrip("/")
    page_url = base + params.link("/")
    self_url = base + params.link("/search.atom")
    words = " · ".join(x for x in (params.q, params.author, names.get(params.source, params.source)) if x)

    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": "zh-CN"})
    _sub(feed, "title", f"newsarchive: {words}")
    _sub(feed, "subtitle", gettext(lang, "Articles matching this search, newest first."))
    _sub(feed, "id", self_url)
    _sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=page_url)
    _sub(feed, "generator", "newsarchive")
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    updated = {
        h.id: revised.get(h.id) or _hit_time(h) or stored.get(h.id) or epoch for h in results.page.hits
    }
    _sub(feed, "updated", _stamp(max(updated.values(), default=epoch)))
    author = _sub(feed, "author")
    _sub(author, "name", "newsarchive")
    for hit in results.page.hits:
        entry = _sub(feed, "entry")
        _sub(entry, "title", hit.title or gettext(lang, "(no title)"))
        # The id is the article's, a reader's key across corrections; the link the version listed.
        _sub(entry, "id", permalink(hit.id, base))
        _sub(entry, "link", rel="alternate", type="text/html", href=permalink(hit.id, base, hit.version))
        if hit.url.startswith(("http://", "https://")):
            _sub(entry, "link", rel="related", type="text/html", href=hit.url)
        # An undated article is updated when the archive stored it, never "now" (the same archive answers
        # the same feed): the epoch it read before showed it as of 1 January 1970, a date to copy.
        # A changed article is updated when its new version was stored (UTC), so a reader sees the correction.
        at = _hit_time(hit)
        if at:
            _sub(entry, "published", _stamp(at))
        _sub(entry, "updated", _stamp(updated[hit.id]))
        # The article's reporters are its authors (a reader shows "by 王五"); the paper, its category,
        # stands in only when the page named nobody.
        for name in hit.authors or [names.get(hit.source, hit.source)]:
            _sub(_sub(entry, "author"), "name", name)
        _sub(entry, "category", term=hit.source, label=names.get(hit.source, hit.source))
        # The exports' plain snippet: a text summary has no markup, and «» marks would read as the paper's.
        _sub(entry, "summary", plain_snippet(hit), type="text")
    body = ET.tostring(feed, encoding="unicode")
    text = '<?xml version="1.0" encoding="utf-8"?>\n' + body
    return Response(text, media_type="application/atom+xml; charset=utf-8")


def _hit_time(hit: Hit) -> datetime | None:
    """Return a hit's instant for Atom: its time, or midnight of its date in the paper's zone (date-only)."""
    if hit.published_at is not None:
        return hit.published_at
    if hit.edition_date is not None:
        return datetime.combine(hit.edition_date, time.min, tzinfo=zone(hit.timezone))
    return None


def opensearch(request: Request) -> Response:
    """Answer the OpenSearch description, so a browser can add the archive as a search engine."""
    base = str(request.base_url).rstrip("/")
    lang = negotiate(request)
    root = ET.Element("OpenSearchDescription", {"xmlns": OPENSEARCH})

    def sub(tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(root, tag, attrs)
        if text is not None:
            element.text = text
        return element

    sub("ShortName", "newsarchive")
    sub("Description", gettext(lang, "Search the archive of regional Chinese newspapers."))
    sub("InputEncoding", "UTF-8")
    sub("OutputEncoding", "UTF-8")
    sub("Language", "zh-CN")
    sub("Url", type="text/html", method="get", template=f"{base}/?q={{searchTerms}}")
    sub("Url", type="application/atom+xml", template=f"{base}/search.atom?q={{searchTerms}}")
    sub("Image", f"{base}/favicon.ico", width="32", height="32", type="image/x-icon")
    text = '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")
    return Response(text, media_type="application/opensearchdescription+xml; charset=utf-8")
