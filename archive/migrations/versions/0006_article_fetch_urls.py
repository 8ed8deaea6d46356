"""the URLs fetched to get each article stored under another URL

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 15:10:00.000000

An article is stored under its ``rel=canonical`` URL (or where a redirect
ended), and the archive kept no other: ``crawl --resume`` compared the links
of an edition page with the stored keys, found no match, and fetched every
such article again. ``article_fetch_urls`` keeps the URLs a crawl fetched to
get each article, where they differ from its key.

Existing rows: each article's captures (the current one and its earlier
versions') name the URL that was fetched in their WARC record
(``WARC-Target-URI``); it is read from the WARC files under the data
directory, canonicalised as crawls did at this revision, and kept where it
differs from the key by more than its host (a source's ``canonical_base``,
which resume applies to a listed link as to the key). Captures whose file is gone are counted and said: a
resume fetches those articles once more, and the crawl then keeps their URL.
No other row changes. The hops of a redirect are not in the article's
record; a crawl keeps them from now on.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import sqlalchemy as sa
from alembic import context, op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# crawler.urls.canonicalize_url as it was at this revision (a migration must not change with the code).
_DROP_PARAMS = re.compile(r"^(utm_\w+|spm|from|div|share_token|isappinstalled|wfr|fbclid|gclid|scene)$", re.I)
_HEAD_LIMIT = 1 << 16  # a WARC record's headers come first; no more is inflated to read them


def _canonical(url: str) -> str:
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _DROP_PARAMS.match(k)]
    query.sort()
    netloc = parts.netloc.lower()
    if (parts.scheme == "http" and netloc.endswith(":80")) or (
        parts.scheme == "https" and netloc.endswith(":443")
    ):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


def _same_page(url: str, key: str) -> bool:
    """Tell whether ``url`` differs from ``key`` in scheme and host alone: a source's ``canonical_base``.

    Resume moves a listed link to that host as the key was, so such a URL needs no row.
    """
    a, b = urlsplit(url), urlsplit(key)
    return (a.path, a.query) == (b.path, b.query)


def _target_uri(handle: Any, offset: int) -> str:
    """Return the ``WARC-Target-URI`` of the response record whose gzip member starts at ``offset``."""
    handle.seek(offset)
    decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
    head = b""
    read = 0
    while b"\r\n\r\n" not in head and not decoder.eof and read < _HEAD_LIMIT:
        chunk = handle.read(4096)
        if not chunk:
            break
        read += len(chunk)
        head += decoder.decompress(chunk)
    lines = head.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    if not lines or not lines[0].startswith(b"WARC/"):
        return ""
    fields = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        fields[name.strip().lower()] = value.strip().decode("utf-8", "replace")
    if fields.get(b"warc-type") != "response":
        return ""
    return fields.get(b"warc-target-uri", "").strip("<>")


def _warc_root(bind: sa.Connection) -> Path:
    """Return the WARC directory: the caller's, else beside a SQLite file, else the data directory's."""
    given = context.config.attributes.get("warc_root")
    if given:
        return Path(given)
    url = bind.engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        beside = Path(url.database).parent / "warc"
        if beside.is_dir():
            return beside
    from archive.config import warc_dir

    return warc_dir()


def _backfill(bind: sa.Connection) -> str:
    """Keep the fetched URL of every capture that names another than its article's key; say what was done."""
    articles = sa.table(
        "articles",
        sa.column("id", sa.Integer),
        sa.column("url", sa.String),
        sa.column("warc_file", sa.String),
        sa.column("warc_offset", sa.BigInteger),
    )
    versions = sa.table(
        "article_versions",
        sa.column("article_id", sa.Integer),
        sa.column("warc_file", sa.String),
        sa.column("warc_offset", sa.BigInteger),
    )
    fetch = sa.table("article_fetch_urls", sa.column("url", sa.String), sa.column("article_id", sa.Integer))
    keys = dict(bind.execute(sa.select(articles.c.id, articles.c.url)).all())
    stored = set(keys.values())
    if not keys:
        return ""  # a new archive, or one without articles: nothing was done to say
    captures: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with_capture: set[int] = set()
    for table, id_col in ((articles, articles.c.id), (versions, versions.c.article_id)):
        refs = bind.execute(
            sa.select(id_col, table.c.warc_file, table.c.warc_offset).where(
                table.c.warc_file != "", table.c.warc_offset.is_not(None)
            )
        )
        for id_, warc_file, offset in refs:
            captures[warc_file].append((int(offset), int(id_)))
            with_capture.add(int(id_))
    root = _warc_root(bind)
    found: dict[str, int] = {}
    unread: set[int] = set()
    read: set[int] = set()
    for warc_file, at in sorted(captures.items()):
        path = root / warc_file
        try:
            handle = path.open("rb")
        except OSError:
            unread.update(id_ for _, id_ in at)
            continue
        with handle:
            for offset, id_ in sorted(at):
                try:
                    uri = _target_uri(handle, offset)
                except (OSError, zlib.error, ValueError):
                    uri = ""
                if not uri:
                    unread.add(id_)
                    continue
                read.add(id_)
                url = _canonical(uri)[:2048]
                if url not in stored and not _same_page(url, keys.get(id_, "")):
                    found[url] = id_  # a later capture (sorted by file, then offset) wins, as a crawl's would
    unread -= read
    rows = [{"url": url, "article_id": id_} for url, id_ in sorted(found.items())]
    for start in range(0, len(rows), 500):
        bind.execute(fetch.insert(), rows[start : start + 500])
    articles_with = len(set(found.values()))
    note = (
        f"0006: kept {len(rows)} fetch URLs of {articles_with} articles stored under another URL "
        f"(read from the WARC captures of {len(read)} of {len(keys)} articles under {root})"
    )
    if unread:
        whose = "article's" if len(unread) == 1 else "articles'"
        note += (
            f"; {len(unread)} {whose} captures could not be read "
            "(file missing or damaged): "
            "crawl --resume fetches them once more if listed under another URL"
        )
    if len(with_capture) < len(keys):
        bare = len(keys) - len(with_capture)
        note += f"; {bare} {'article has' if bare == 1 else 'articles have'} no capture (imported, or older)"
    return note


def upgrade() -> None:
    op.create_table(
        "article_fetch_urls",
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_index("ix_article_fetch_urls_article_id", "article_fetch_urls", ["article_id"], unique=False)
    note = _backfill(op.get_bind())
    if note:
        context.config.attributes.setdefault("notes", []).append(note)


def downgrade() -> None:
    op.drop_index("ix_article_fetch_urls_article_id", table_name="article_fetch_urls")
    op.drop_table("article_fetch_urls")
