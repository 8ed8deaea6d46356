"""The article page, its version diff, and its raw capture.

The raw capture is the hostile page exactly as the paper served it. It is
never part of an archive page: it is answered on its own URL with a
``sandbox`` Content-Security-Policy (an opaque origin where scripts, forms
and plugins are off, and no outside resource loads), shown inside an
``<iframe sandbox>``, or as ``text/plain``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

from archive.models import Article, ArticleVersion
from archive.queries import article_versions
from webui.capture import RawCapture, read_capture
from webui.context import Archive, archive_of
from webui.diff import changed, diff_chars, diff_paragraphs
from webui.params import BadRequest
from webui.queries import reprints, source_names

CAPTURE_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'"
TEXT_CSP = "sandbox; default-src 'none'; frame-ancestors 'self'"
# Served as HTML (inside the sandbox) only when it is HTML; anything else is shown as text.
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _article(session: Session, article_id: int) -> Article:
    row = session.get(Article, article_id)
    if row is None:
        raise HTTPException(404, f"There is no article number {article_id} in this archive.")
    return row


def _has_capture(article: Article) -> bool:
    return bool(article.warc_file) and article.warc_offset is not None


def article(request: Request) -> HTMLResponse:
    """Show the archived article with its metadata, versions, reprints and original URL."""
    archive = archive_of(request)
    article_id = int(request.path_params["article_id"])
    with archive.sessions() as session:
        row = _article(session, article_id)
        names = source_names(session)
        versions = article_versions(session, article_id)
        members, reprint_count = reprints(session, row)
    context: dict[str, Any] = {
        "article": row,
        "source_name": names.get(row.source_id, row.source_id),
        "paragraphs": [p for p in row.body.split("\n") if p.strip()],
        "versions": versions,
        "reprints": [{"article": m, "source_name": names.get(m.source_id, m.source_id)} for m in members],
        "reprint_count": reprint_count,
        "has_capture": _has_capture(row),
    }
    return archive.render(request, "article.html", context)


def _version_number(request: Request, name: str, default: int) -> int:
    value = request.query_params.get(name, "")
    if not value:
        return default
    if not value.isdigit() or len(value) > 6:
        raise BadRequest(f"The {name} version must be a whole number.")
    return int(value)


def diff(request: Request) -> HTMLResponse:
    """Show what changed between two versions (by default the newest and the one before it)."""
    archive = archive_of(request)
    article_id = int(request.path_params["article_id"])
    with archive.sessions() as session:
        row = _article(session, article_id)
        versions = article_versions(session, article_id)
    by_number: dict[int, ArticleVersion] = {v.version: v for v in versions}
    newest = versions[-1].version
    new_no = _version_number(request, "to", newest)
    old_no = _version_number(request, "from", new_no - 1 if new_no > 1 else new_no)
    for number in (old_no, new_no):
        if number not in by_number:
            raise HTTPException(404, f"Article {article_id} has no version {number}.")
    old, new = by_number[old_no], by_number[new_no]
    fields = [
        ("引题 lead title", diff_chars(old.lead_title, new.lead_title)),
        ("标题 title", diff_chars(old.title, new.title)),
        ("副题 subtitle", diff_chars(old.subtitle, new.subtitle)),
        ("作者 authors", diff_chars("、".join(old.authors), "、".join(new.authors))),
    ]
    body = diff_paragraphs(old.body, new.body)
    context = {
        "article": row,
        "versions": versions,
        "old": old,
        "new": new,
        "fields": [(label, segs) for label, segs in fields if segs],
        "body": body,
        "identical": not any(changed(s) for _, s in fields) and not any(changed(p) for p in body),
    }
    return archive.render(request, "diff.html", context)


def _capture(archive: Archive, article_id: int) -> RawCapture:
    with archive.sessions() as session:
        row = _article(session, article_id)
        if not _has_capture(row):
            raise HTTPException(404, f"Article {article_id} has no raw capture in this archive.")
        warc_file, offset = row.warc_file, int(row.warc_offset or 0)
    return read_capture(archive.warc_root, warc_file, offset)


def capture_frame(request: Request) -> Response:
    """Answer the captured page itself, sandboxed, for the article page's ``<iframe sandbox>``."""
    raw = _capture(archive_of(request), int(request.path_params["article_id"]))
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
    raw = _capture(archive_of(request), int(request.path_params["article_id"]))
    headers = {"content-security-policy": TEXT_CSP, "x-frame-options": "SAMEORIGIN"}
    return PlainTextResponse(raw.as_text(), headers=headers)
