"""Superseded versions of articles: their own index, searched when asked or when nothing current matches.

A journalist checking what a paper first printed searched 三千万 (version 1, corrected in version
2) and read "no article contains 三千万": the store keeps every earlier version
(``article_versions``) and no index held its text. Each superseded version is a document of a
second index beside the articles' (:func:`versions_path`, ``<index>-versions``), with the same
schema, analysis and query rules (``indexer.search`` runs on it), so the main index, its counts,
month chart and facets stay of current texts alone: a count is of articles, never of versions.
A document's ``id`` is the version row's id; its ``xid`` is ``ARTICLE:VERSION``.

``index rebuild`` rebuilds it; ``index update`` adds the versions stored since (a changed article
makes its old current text a version row), drops those of deleted articles, and re-indexes those
whose article was re-filed: a document carries its article's day, page, section, url and source,
so its state (:func:`version_state`, the articles' own :func:`indexer.documents.doc_state`) hashes
them with the version's text hash. Keyed on the text hash alone, a reprocess moving an article to
another edition date left its versions under the old day, and ``search --versions --since NEWDAY``
missed them. An index written
before it had no versions index: ``index update`` builds it; until then a search says earlier
versions are not indexed.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from archive.config import DEFAULT_TIMEZONE
from archive.models import Article, ArticleVersion, Source
from archive.queries import reread_note_text, reread_sources
from indexer.documents import IndexDoc
from indexer.export import permalink
from indexer.highlight import render_snippet
from indexer.storedocs import BATCH, doc_states, iter_docs, row_doc

SUFFIX = "-versions"
# How the versions' index is named in ``index check``'s lines and a damaged search's error.
VERSIONS_LABEL = "earlier versions"
UNINDEXED = "earlier versions are not indexed"
# The most matching versions read for their articles; past it the article count is "at least".
EARLIER_LIMIT = 1000

_COLUMNS = (
    ArticleVersion.id,
    ArticleVersion.article_id,
    ArticleVersion.version,
    ArticleVersion.title,
    ArticleVersion.body,
    ArticleVersion.lead_title,
    ArticleVersion.subtitle,
    ArticleVersion.authors,
    ArticleVersion.published_at,
    ArticleVersion.content_hash,
    ArticleVersion.fetched_at,
    Article.url,
    Article.source_id,
    Article.section,
    Article.page_number,
    Article.edition_date,
    func.coalesce(Source.timezone, DEFAULT_TIMEZONE).label("timezone"),
)


def versions_path(index_path: Path) -> Path:
    """Return where the superseded versions' index lives: beside the articles' (same user dictionary)."""
    index_path = Path(index_path)
    return index_path.with_name(index_path.name + SUFFIX)


def version_key(article_id: int, version: int) -> str:
    """Return the ``xid`` of a version's document: ``ARTICLE:VERSION``."""
    return f"{article_id}:{version}"


def parse_key(xid: str) -> tuple[int, int] | None:
    """Read :func:`version_key` (None for anything else)."""
    article, _, version = str(xid).partition(":")
    return (int(article), int(version)) if article.isdigit() and version.isdigit() else None


def _doc(row: Any) -> IndexDoc:
    return row_doc(row, external_id=version_key(row.article_id, row.version), updated_at=row.fetched_at)


def _select() -> Any:
    return (
        select(*_COLUMNS)
        .select_from(ArticleVersion)
        .join(Article, Article.id == ArticleVersion.article_id)
        .outerjoin(Source, Source.id == Article.source_id)
    )


def iter_version_docs(engine: Engine, ids: list[int] | None = None) -> Iterator[IndexDoc]:
    """Yield the store's superseded versions (all, or these version row ids) as documents, in id order."""
    return iter_docs(engine, _select(), ArticleVersion.id, _doc, ids)


def version_state(engine: Engine) -> dict[int, str]:
    """Return ``{version row id: state}`` of every version whose article is in the store.

    The state (:func:`indexer.documents.doc_state`) is the version's text hash with everything else
    its document holds, its article's place among them: an article re-filed (another day, page,
    section, url or source) makes its versions differ from the index.
    """
    return doc_states(engine, _select(), _doc)


@dataclass
class EarlierHit:
    """One superseded version holding the query: version ``version`` of ``versions`` of article ``id``."""

    id: int
    version: int
    versions: int | None  # the article's current version number (None: no store to ask)
    # When the archive stored the next version (None: not known): a re-crawl's clock, not the day the
    # paper changed its text, which the archive never learns; said "replaced in the archive on DAY".
    superseded: datetime | None
    title: str
    source: str
    url: str
    edition_date: date | None
    snippet_parts: list[tuple[str, bool]] = field(default_factory=list)
    timezone: str = DEFAULT_TIMEZONE
    source_name: str = ""  # the paper's name, from the store (results name the paper, not its id)
    # The next version's kind: VERSION_REREAD when our rules re-read this version's capture (the paper
    # changed nothing; this text is our earlier reading of it), "" when not known.
    replaced_by: str = ""
    # The first later version that re-read this version's capture (None: none did): this text is then
    # our older reading of the page, not words the paper printed otherwise (archive.queries.reread_sources;
    # before 0012 the re-read need not be the next version).
    reread_by: int | None = None

    def superseded_at(self) -> datetime | None:
        """Return when the version was superseded, in its paper's zone (as every time of the archive)."""
        if self.superseded is None:
            return None
        from archive.config import zone

        at = self.superseded if self.superseded.tzinfo else self.superseded.replace(tzinfo=UTC)
        return at.astimezone(zone(self.timezone))

    @property
    def superseded_day(self) -> date | None:
        """Return the day the version was superseded, in its paper's zone."""
        at = self.superseded_at()
        return at.date() if at else None

    @property
    def snippet(self) -> str:
        return render_snippet(self.snippet_parts, "plain")

    def label(self) -> str:
        """Return ``version 1 of 2 (replaced in the archive on 2016-05-02)``.

        The day is the archive's (it stored the next version), not the paper's correction date:
        "superseded 2016-05-02" read as the latter and would be cited so.
        """
        of = f" of {self.versions}" if self.versions else ""
        day = self.superseded_day
        when = f" on {day.isoformat()}" if day else ""
        reading = f"; {older_reading(self.reread_by, self.version)}" if self.reread_by else ""
        return f"version {self.version}{of} (replaced in the archive{when}{reading})"


def older_reading(reread_by: int, version: int) -> str:
    """Say that ``version`` is our older reading, re-read by ``reread_by`` (the re-read's own words)."""
    return f"our older reading: version {reread_by} is a {reread_note_text(version)}"


@dataclass
class EarlierFinds:
    """What the superseded versions hold of a query: articles and versions counted, the versions listed."""

    articles: int
    versions: int
    hits: list[EarlierHit] = field(default_factory=list)
    # Only the first ``EARLIER_LIMIT`` matching versions were read and listed.
    capped: bool = False
    # The counts are of every matching version (the store asked past the cap); false: ``articles`` is
    # of the versions read, a lower bound ("at least"), as when no store was there to ask.
    exact: bool = True

    # How many of the articles hold it only in our older readings of captures (None: not all versions
    # read): each of their matching versions was re-read since (EarlierHit.reread_by), so the paper
    # printed no other text there; our rules read the page otherwise (:func:`count_older_readings`).
    older_readings: int | None = 0

    def counts(self) -> dict[str, int | bool | None]:
        counts = {"articles": self.articles, "versions": self.versions}
        return {**counts, "capped": self.capped, "exact": self.exact, "older_readings": self.older_readings}


def count_older_readings(hits: list[EarlierHit], capped: bool) -> int | None:
    """Return how many articles hold the query only in versions re-read since (None when ``capped``).

    Past the cap an article's unread versions may be the paper's own earlier text: nothing is claimed.
    """
    if capped:
        return None
    only_readings: dict[int, bool] = {}
    for hit in hits:
        only_readings[hit.id] = only_readings.get(hit.id, True) and hit.reread_by is not None
    return sum(only_readings.values())


def earlier_note(found: EarlierFinds, query: str) -> str:
    """Return the one line saying that only earlier versions hold the query, and how to list them.

    Once they are listed (``found.hits``, a ``--versions`` search) it says so instead: it told to run
    the very command that had listed them.
    """
    noun = "article" if found.articles == 1 else "articles"
    least = "" if found.exact else "at least "
    then = " (listed below)" if found.hits else f": newsarchive search --versions {shell_query(query)}"
    return (
        f"not in any current text; found in an earlier version of {least}{found.articles} {noun}"
        f"{readings_clause(found)}{then}"
    )


def readings_clause(found: EarlierFinds) -> str:
    """Say how many of the articles found hold it only in our older readings ("" for none).

    "found in an earlier version" alone read as the paper's superseded text, and a journalist
    cited words the paper never printed otherwise.
    """
    n = found.older_readings
    if not n:
        return ""
    since = " (re-read since by newer rules: not a change by the paper)"
    if n == found.articles == 1:
        return ", only in our older reading of its capture" + since
    if n == found.articles:
        return ", only in our older readings of their captures" + since
    return f", {n} of them only in our older reading of a capture{since}"


# What a shell reads apart from the words of a query: quoted, the command pasted runs the query as typed.
_SHELL_SPECIAL = re.compile(r"[\s\"'\\$`!*?;&|<>(){}\[\]#~]")


def shell_query(query: str) -> str:
    """Return ``query`` as a shell hands it to search: a phrase's quotes kept, a leading minus no option."""
    shown = shlex.quote(query) if _SHELL_SPECIAL.search(query) or query.startswith("-") else query
    return f"-- {shown}" if query.startswith("-") else shown


def with_versions(hits: list[EarlierHit], store: Any) -> list[EarlierHit]:
    """Fill each version's article version count, superseded time and paper; drop those the store lost."""
    ids = sorted({h.id for h in hits})
    with store.sessions() as session:
        articles = session.execute(
            select(
                Article.id,
                Article.version,
                Article.version_stored_at,
                Source.name,
                Article.version_kind,
                Article.warc_file,
                Article.warc_offset,
            )
            .join(Source, Source.id == Article.source_id, isouter=True)
            .where(Article.id.in_(ids))
        ).all()
        current = {r.id: (r.version, r.version_stored_at, r.name or "", r.version_kind) for r in articles}
        captures = {
            r.id: _Capture(r.version, r.version_kind, r.warc_file or "", r.warc_offset) for r in articles
        }
        rows = session.execute(
            select(
                ArticleVersion.article_id,
                ArticleVersion.version,
                ArticleVersion.fetched_at,
                ArticleVersion.version_kind,
                ArticleVersion.warc_file,
                ArticleVersion.warc_offset,
            ).where(ArticleVersion.article_id.in_(ids))
        ).all()
    stored = {(r.article_id, r.version): (r.fetched_at, r.version_kind) for r in rows}
    reread_by = _rereads(rows, captures)
    kept = []
    for hit in hits:
        if hit.id not in current or (hit.id, hit.version) not in stored:
            continue
        versions, current_at, hit.source_name, current_kind = current[hit.id]
        hit.versions = versions
        after = stored.get((hit.id, hit.version + 1))
        if after is None and hit.version + 1 == versions:
            after = (current_at, current_kind)
        hit.superseded, hit.replaced_by = after if after is not None else (None, "")
        hit.reread_by = reread_by.get((hit.id, hit.version))
        kept.append(hit)
    return kept


@dataclass(frozen=True)
class _Capture:
    version: int
    version_kind: str
    warc_file: str
    warc_offset: int | None


def _rereads(rows: Any, current: dict[int, _Capture]) -> dict[tuple[int, int], int]:
    """Return ``{(article, version): the first later version re-reading its capture}`` of these versions.

    ``rows`` are the stored versions of the articles, ``current`` each article's current version:
    whose capture a re-read read is :func:`archive.queries.reread_sources`'s to say, as in ``show``.
    """
    by_article: dict[int, list[_Capture]] = {}
    for r in rows:
        capture = _Capture(r.version, r.version_kind, r.warc_file or "", r.warc_offset)
        by_article.setdefault(r.article_id, []).append(capture)
    found: dict[tuple[int, int], int] = {}
    for article_id, versions in by_article.items():
        if article_id in current:
            versions.append(current[article_id])
        versions.sort(key=lambda v: v.version)
        for reread, source in sorted(reread_sources(versions).items()):
            found.setdefault((article_id, source), reread)
    return found


def version_permalink(article_id: int, version: int, base: str = "") -> str:
    """Return the archive's link to one version of an article (``/article/N?version=K``)."""
    return permalink(article_id, base, version)


def earlier_heading(found: EarlierFinds) -> str:
    """Return the heading of the listed superseded versions, articles counted, and a cut listing said."""
    n = found.articles
    least = "" if found.exact else "at least "
    holds = "article holds" if n == 1 else "articles hold"
    cut = f"; first {len(found.hits)} of {found.versions} versions listed" if found.capped else ""
    return f"{least}{n} {holds} it in an earlier version (superseded text){cut}"


def count_stored(version_ids: list[int], store: Any) -> tuple[int, int]:
    """Return how many articles and versions the store holds of these version rows (their ids).

    The versions' index names each document's version row, not its article: past the listing's cap
    the store says whose they are, so the count is exact. Versions of articles gone are not counted.
    """
    articles: set[int] = set()
    versions = 0
    ids = sorted(set(version_ids))
    with store.sessions() as session:
        for i in range(0, len(ids), BATCH):
            rows = session.execute(
                select(ArticleVersion.article_id)
                .join(Article, Article.id == ArticleVersion.article_id)
                .where(ArticleVersion.id.in_(ids[i : i + BATCH]))
            ).scalars()
            for article_id in rows:
                articles.add(article_id)
                versions += 1
    return len(articles), versions


def earlier_record(hit: EarlierHit, base: str = "") -> dict[str, Any]:
    """Return one superseded version as ``--json`` and ``/search.json`` list it."""
    from indexer.export import highlight_offsets

    return {
        "id": hit.id,
        "version": hit.version,
        "versions": hit.versions,
        "label": hit.label(),
        # The paper's time to the second, as ``show --json`` gives it (an import's clock kept microseconds).
        "superseded": at.isoformat(timespec="seconds") if (at := hit.superseded_at()) else None,
        # "reread": the next version is our rules' re-read of this one's capture, not the paper's change.
        "replaced_by": hit.replaced_by or None,
        # The later version that re-read this one's capture (null: none): this text is our older
        # reading of the page, not words the paper printed otherwise.
        "reread_by": hit.reread_by,
        "title": hit.title,
        "source": hit.source,
        "source_name": hit.source_name,
        "edition_date": hit.edition_date.isoformat() if hit.edition_date else None,
        "url": hit.url,
        "permalink": version_permalink(hit.id, hit.version, base),
        "snippet": "".join(run for run, _ in hit.snippet_parts),
        "highlights": highlight_offsets(hit.snippet_parts),
    }
