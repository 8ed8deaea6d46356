"""The article page, its version diff, and its raw capture.

The raw capture is the hostile page exactly as the paper served it. It is
never part of an archive page: it is answered on its own URL with a
``sandbox`` Content-Security-Policy (an opaque origin where scripts, forms
and plugins are off, and no outside resource loads), shown inside an
``<iframe sandbox>``, or as ``text/plain``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

from archive.config import DEFAULT_TIMEZONE, zone
from archive.date_from import INFERRED_NOTES
from archive.models import Article, ArticleVersion
from archive.page_time import page_day
from archive.queries import article_versions, reread_sources, source_names
from archive.textdiff import changed, diff_chars, diff_paragraphs
from webui.capture import CaptureMissing, RawCapture, read_capture
from webui.citation import Citation, bibtex, csl_json, ris
from webui.context import archive_of, in_news_zone, safe_href
from webui.i18n import N_
from webui.params import BadRequest, NotFound
from webui.queries import reprints, source_zone

# The reasons a copy leads its reprints (archive.reprint_lead), marked for the catalogue.
LEAD_REASONS = (
    N_("earliest published: %(day)s"),
    N_("earliest published: %(day)s (fetched first of that day's copies)"),
    N_("earliest published: %(day)s%(time)s (the copy dated %(other)s is of another zone, not earlier)"),
    N_(
        "earliest published: %(day)s%(time)s (fetched first of its day; a copy dated %(other)s: another zone)"
    ),
    N_("no copy is dated; this copy was archived first"),
)

CAPTURE_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'"
TEXT_CSP = "sandbox; default-src 'none'; frame-ancestors 'self'"
# Served as HTML (inside the sandbox) only when it is HTML; anything else is shown as text.
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _article(session: Session, article_id: int) -> Article:
    # Ids are 64-bit integers in the store: a longer number in the URL names no article.
    row = session.get(Article, article_id) if 0 < article_id < 1 << 63 else None
    if row is None:
        raise NotFound("There is no article number %(n)s in this archive.", n=article_id)
    return row


def _has_capture(text: Article | ArticleVersion) -> bool:
    return bool(text.warc_file) and text.warc_offset is not None


def _shown_version(request: Request, versions: list[ArticleVersion]) -> ArticleVersion | None:
    """Return the earlier version asked for by ``?version=N`` (None for the current one)."""
    value = request.query_params.get("version", "")
    if not value:
        return None
    if not value.isdecimal() or len(value) > 6:  # isdigit took ² and ①, which int() refuses (a 500)
        raise BadRequest("The version must be a whole number.", "version")
    for v in versions:
        if v.version == int(value):
            return None if v is versions[-1] else v
    raise NotFound("This article has no version %(n)s.", n=value)


def citation_of(
    request: Request,
    row: Article,
    source_name: str,
    shown: ArticleVersion | None,
    versions: list[ArticleVersion],
    tz: str | None = None,
) -> Citation:
    """Build the citation of the version shown (the current one unless ``?version=`` asks).

    Dates are the source's (``tz``): the day printed, and the day retrieved there. A version
    ``newsarchive import`` wrote has no retrieval to cite: the day of its import is said instead
    (:class:`webui.citation.Citation`).
    """
    text: Article | ArticleVersion = shown or row
    version = shown.version if shown else (versions[-1].version if versions else row.version)
    fetched = shown.fetched_at if shown else (versions[-1].fetched_at if versions else row.last_seen)
    imported = shown.imported if shown else (versions[-1].imported if versions else row.imported)
    day = in_news_zone(fetched, tz).date()
    # The page's own day where its date named a zone of its own (a US page under a default zone).
    printed = page_day(
        text.published_at, row.edition_date, text.published_offset, zone(tz or DEFAULT_TIMEZONE)
    )
    base = str(request.base_url).rstrip("/")
    # The version is in the link even for the current one: a later re-crawl's version would
    # otherwise answer a citation of this text at the same address.
    permalink = f"{base}/article/{row.id}?version={version}"
    page = f"{row.page_number}" if row.page_number else ""
    return Citation(
        article_id=row.id,
        version=version,
        paper=row.paper or source_name,
        title=text.title,
        authors=tuple(text.authors or ()),
        edition_date=printed,
        page=page,
        section=row.section,
        # Only a web address is an original to cite: an import without one has a urn: key
        # (urn:newsarchive:import:...), which a reference manager would print as the article's URL.
        url=safe_href(row.url) or "",
        permalink=permalink,
        retrieved=None if imported else day,
        language=row.language or "zh",
        imported=day if imported else None,
        # An edition's date is the paper's own; a page date not printed whole is cited as uncertain.
        date_note="" if row.edition_date else INFERRED_NOTES.get(text.date_from or "", ""),
    )


@dataclass(frozen=True)
class Loaded:
    """An article row with what every view of it needs: its paper's name and zone, versions, citation."""

    row: Article
    source_name: str
    timezone: str
    versions: list[ArticleVersion]
    shown: ArticleVersion | None
    cite: Citation


def _load(request: Request) -> Loaded:
    archive = archive_of(request)
    article_id = int(request.path_params["article_id"])
    with archive.sessions() as session:
        row = _article(session, article_id)
        names = source_names(session)
        tz = source_zone(session, row.source_id)
        versions = article_versions(session, article_id)
    source_name = names.get(row.source_id, row.source_id)
    shown = _shown_version(request, versions)
    cite = citation_of(request, row, source_name, shown, versions, tz)
    return Loaded(row, source_name, tz, versions, shown, cite)


def article(request: Request) -> HTMLResponse:
    """Show the archived article (or an earlier version, whole) with its citation, versions and reprints."""
    archive = archive_of(request)
    loaded = _load(request)
    row, source_name, versions, shown, cite = (
        loaded.row,
        loaded.source_name,
        loaded.versions,
        loaded.shown,
        loaded.cite,
    )
    with archive.sessions() as session:
        members, reprint_count, lead = reprints(session, row)
        names = source_names(session)
        lead_copy = next((m for m in members if lead and m.id == lead.id), None)
    text: Article | ArticleVersion = shown or row
    edition_href = page_href = None
    if row.edition_date:
        edition_href = f"/sources/{quote(row.source_id, safe='')}/{row.edition_date.isoformat()}"
        if row.page_number:
            page_href = f"{edition_href}/{quote(row.page_number, safe='')}"
    context: dict[str, Any] = {
        "article": row,
        "text": text,
        # A quiet note beside a date the page did not print whole ("year inferred"); none for a printed
        # date or one of unknown kind (stored before 0016).
        "date_note": INFERRED_NOTES.get(text.date_from or "") if text.published_at else None,
        "shown_version": shown,
        # The version that replaced the one shown: until then the shown one was the text.
        "replaced_by": versions[versions.index(shown) + 1] if shown else None,
        "source_name": source_name,
        "tz": loaded.timezone,
        "paragraphs": [p for p in text.body.split("\n") if p.strip()],
        "versions": versions,
        # Each re-read's source version: the one before it, or an older one reprocess read before 0012.
        "reread_of": reread_sources(versions),
        "reprints": [{"article": m, "source_name": names.get(m.source_id, m.source_id)} for m in members],
        "reprint_count": reprint_count,
        # The copy published first, and why (the rule and its words: archive.reprint_lead).
        "lead": lead,
        "lead_copy": (
            {"article": lead_copy, "source_name": names.get(lead_copy.source_id, lead_copy.source_id)}
            if lead_copy
            else None
        ),
        # The capture of the version shown: an earlier version's page is its own capture, not today's.
        "has_capture": _has_capture(text),
        "capture_version": shown.version if shown else None,
        "cite": cite,
        # No crawl ever fetched it: 'first seen, last seen' (首次抓取) would claim a visit to the site.
        "only_imported": all(v.imported for v in versions) if versions else row.imported,
        "edition_href": edition_href,
        "page_href": page_href,
    }
    return archive.render(request, "article.html", context)


def _download(body: str, media_type: str, name: str) -> Response:
    headers = {"content-disposition": f'attachment; filename="{name}"'}
    return Response(body, media_type=media_type, headers=headers)


def cite_ris(request: Request) -> Response:
    """Download the article's citation as RIS (``TY  - NEWS``)."""
    cite = _load(request).cite
    return _download(
        ris(cite), "application/x-research-info-systems; charset=utf-8", f"article-{cite.article_id}.ris"
    )


def cite_bibtex(request: Request) -> Response:
    """Download the article's citation as one BibTeX ``@article`` entry."""
    cite = _load(request).cite
    return _download(bibtex(cite), "application/x-bibtex; charset=utf-8", f"article-{cite.article_id}.bib")


def cite_csl(request: Request) -> Response:
    """Download the article's citation as CSL-JSON."""
    cite = _load(request).cite
    return _download(
        csl_json(cite),
        "application/vnd.citationstyles.csl+json; charset=utf-8",
        f"article-{cite.article_id}.csl.json",
    )


def _version_number(request: Request, name: str, default: int) -> int:
    value = request.query_params.get(name, "")
    if not value:
        return default
    if not value.isdecimal() or len(value) > 6:  # isdigit took ² and ①, which int() refuses (a 500)
        raise BadRequest("The version must be a whole number.", name)
    return int(value)


def diff(request: Request) -> HTMLResponse:
    """Show what changed between two versions (by default the newest and the one before it)."""
    archive = archive_of(request)
    article_id = int(request.path_params["article_id"])
    with archive.sessions() as session:
        row = _article(session, article_id)
        tz = source_zone(session, row.source_id)
        versions = article_versions(session, article_id)
    by_number: dict[int, ArticleVersion] = {v.version: v for v in versions}
    newest = versions[-1].version
    new_no = _version_number(request, "to", newest)
    old_no = _version_number(request, "from", new_no - 1 if new_no > 1 else new_no)
    for number in (old_no, new_no):
        if number not in by_number:
            raise NotFound("Article %(n)s has no version %(v)s.", n=article_id, v=number)
    old, new = by_number[old_no], by_number[new_no]
    fields = [
        (N_("Lead title"), diff_chars(old.lead_title, new.lead_title)),
        (N_("Title"), diff_chars(old.title, new.title)),
        (N_("Subtitle"), diff_chars(old.subtitle, new.subtitle)),
        (N_("Authors"), diff_chars("、".join(old.authors), "、".join(new.authors))),
    ]
    body = diff_paragraphs(old.body, new.body)
    context = {
        "article": row,
        "versions": versions,
        "reread_of": reread_sources(versions),
        "old": old,
        "new": new,
        "tz": tz,
        "fields": [(label, segs) for label, segs in fields if segs],
        "body": body,
        "identical": not any(changed(s) for _, s in fields) and not any(changed(p) for p in body),
    }
    return archive.render(request, "diff.html", context)


def _capture(request: Request) -> RawCapture:
    """Read the raw capture of the article's version shown (``?version=N``, else the current one).

    Each version keeps its own capture: the page of ``?version=1`` framed the
    current version's capture beside version 1's text, as if the site had
    served that text.
    """
    archive = archive_of(request)
    article_id = int(request.path_params["article_id"])
    with archive.sessions() as session:
        row = _article(session, article_id)
        shown = _shown_version(request, article_versions(session, article_id))
        text: Article | ArticleVersion = shown or row
        if not _has_capture(text):
            raise NotFound("Article %(n)s has no raw capture in this archive.", n=article_id)
        warc_file, offset, encoding = text.warc_file, int(text.warc_offset or 0), row.encoding
    try:
        return replace(read_capture(archive.warc_root, warc_file, offset), decoded_as=encoding)
    except CaptureMissing as exc:  # a file moved or deleted will not come back by waiting: 404, not 503
        raise NotFound(
            "The raw capture of article %(n)s is gone: its file %(file)s is not in the WARC directory.",
            n=article_id,
            file=exc.warc_file,
        ) from None


def capture_frame(request: Request) -> Response:
    """Answer the captured page itself, sandboxed, for the article page's ``<iframe sandbox>``."""
    raw = _capture(request)
    media = raw.content_type.split(";")[0].strip().lower()
    headers = {
        "content-security-policy": CAPTURE_CSP,
        "x-frame-options": "SAMEORIGIN",
        "cache-control": "no-store",
    }
    if media not in HTML_TYPES:
        headers["content-security-policy"] = TEXT_CSP
        return PlainTextResponse(raw.as_text(), headers=headers)
    charset = raw.charset
    # Without a declared charset the browser reads the page's own <meta charset>, as the paper's readers did.
    media_type = f"text/html; charset={charset}" if charset else "text/html"
    response = Response(raw.body, headers=headers)
    response.headers["content-type"] = media_type
    return response


def capture_text(request: Request) -> Response:
    """Answer the raw capture (status line, headers, body) as plain text."""
    raw = _capture(request)
    headers = {"content-security-policy": TEXT_CSP, "x-frame-options": "SAMEORIGIN"}
    return PlainTextResponse(raw.as_text(), headers=headers)
