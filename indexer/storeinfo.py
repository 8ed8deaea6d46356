"""What search results need from the store: reprint clusters, and the details a citation needs.

The index holds what matching and ranking need; the store holds what a
citation needs and what changes without the text changing: the edition date,
the page (版面), the paper's name and time zone, and reprint clusters (an
article joins a cluster when a copy of it is crawled later, and the index is
not rewritten for that). Results read both: a page of hits costs one query
by id, grouping reprints one query for the clustered articles.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from archive.config import DEFAULT_TIMEZONE, zone
from archive.dialect import chunked
from archive.engine import READING, create_store_engine, make_session_factory
from archive.errors import StoreError
from archive.models import Article, Source
from indexer.export import article_when
from indexer.lag import Lag, lag_of

MAX_REPRINTS = 20


@dataclass
class ArticleDetails:
    """The store's fields of one article that a result shows and an export cites."""

    source_name: str
    timezone: str
    edition_date: date | None
    published_at: datetime | None
    section: str
    page: str
    authors: list[str] = field(default_factory=list)
    cluster_id: int | None = None
    version: int = 0  # the current version's number: an export's permalink names it
    # The UTC offset the page's own date named (archive.page_time): its day, as `show` gives it.
    published_offset: int | None = None
    # Where that date was read (archive.date_from; None: unknown), which an export cites beside it.
    date_from: str | None = None


@dataclass(frozen=True)
class Reprint:
    """Another copy of a story: where and when it was printed."""

    id: int
    title: str
    source: str
    source_name: str
    edition_date: date | None
    url: str
    version: int = 0  # the copy's current version: an export's permalink to it names it, as the hit's does
    # Whether the search matched this copy too (indexer.search): a copy it left out, by its words, a field
    # or a filter, is the same story but does not hold what was searched (one paper's correction).
    matches: bool = True
    # A full hit's copy the search matched in part (all the words but one): listed among the partial
    # matches (--all-copies), it was named "outside this search" under the full hit.
    partial: bool = False


_IN_CHUNK = 900  # ids per IN (...) list: under the 999 parameters of SQLite before 3.32


class StoreInfo:
    """Read clusters and hit details from the store through ``sessions`` (a read-only factory is fine).

    A store that cannot be read raises :class:`~archive.errors.StoreError`: hits
    without their paper and date would look complete and cite wrongly. (No
    database file at all is another case: ``store_info`` gives None, and results
    come from the index alone.) ``where`` names the database in that error.
    """

    def __init__(self, sessions: Callable[[], Session], where: str = "the archive database") -> None:
        self.sessions = sessions
        self.where = where

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Session]:
        """Yield a session; a database error becomes one StoreError sentence naming the database."""
        try:
            with self.sessions() as session:
                yield session
        except SQLAlchemyError as exc:
            reason = f"the results' papers and dates could not be read from {self.where}: {_first_line(exc)}"
            raise StoreError(reason) from exc

    def clusters(self, ids: Iterable[int] | None = None) -> dict[int, int]:
        """Return ``{article id: cluster id}`` of the articles with a known copy (of ``ids`` only, if given).

        A search asks for its matches' clusters only: reading the whole map
        (55,000 rows at 60,000 articles) took 40-50 ms of CPU per search.
        """
        query = select(Article.id, Article.cluster_id).where(Article.cluster_id.is_not(None))
        with self._reading() as session:
            if ids is None:
                rows = list(session.execute(query))
            else:
                wanted = sorted(set(ids))
                rows = []
                for chunk in chunked(wanted, _IN_CHUNK):
                    rows += session.execute(query.where(Article.id.in_(chunk)))
            return {int(a): int(c) for a, c in rows if c is not None}

    def details(self, ids: Iterable[int]) -> dict[int, ArticleDetails]:
        """Return the details of the given articles by id (missing ids are left out)."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        with self._reading() as session:
            rows = session.execute(
                select(
                    Article.id,
                    Source.name,
                    Source.timezone,
                    Article.edition_date,
                    Article.published_at,
                    Article.section,
                    Article.page_number,
                    Article.authors,
                    Article.cluster_id,
                    Article.version,
                    Article.published_offset,
                    Article.date_from,
                )
                .join(Source, Source.id == Article.source_id, isouter=True)
                .where(Article.id.in_(wanted))
            )
            return {
                int(r[0]): ArticleDetails(
                    source_name=r[1] or "",
                    timezone=r[2] or DEFAULT_TIMEZONE,
                    edition_date=r[3],
                    published_at=r[4],
                    section=r[5] or "",
                    page=r[6] or "",
                    authors=list(r[7] or []),
                    cluster_id=r[8],
                    version=r[9] or 0,
                    published_offset=r[10],
                    date_from=r[11],
                )
                for r in rows
            }

    def lag(self, meta: Mapping[str, Any]) -> Lag | None:
        """Return how far the store moved on since the index generation of ``meta`` was written (None: not).

        A store this cannot be read from gives None: the note is advice, and a search that needs no
        detail from the store (nothing found) must not fail for it.
        """
        try:
            with self.sessions() as session:
                return lag_of(session.connection(), meta)
        except SQLAlchemyError:
            return None

    def reprints(self, cluster_ids: Iterable[int], limit: int = MAX_REPRINTS) -> dict[int, list[Reprint]]:
        """Return the members of each cluster, oldest edition first (at most ``limit`` per cluster)."""
        wanted = sorted(set(cluster_ids))
        if not wanted:
            return {}
        out: dict[int, list[Reprint]] = {c: [] for c in wanted}
        with self._reading() as session:
            rows = session.execute(
                select(
                    Article.cluster_id,
                    Article.id,
                    Article.title,
                    Article.source_id,
                    Source.name,
                    Source.timezone,
                    Article.edition_date,
                    Article.published_at,
                    Article.url,
                    Article.version,
                    Article.published_offset,
                )
                .join(Source, Source.id == Article.source_id, isouter=True)
                .where(Article.cluster_id.in_(wanted))
                .order_by(Article.edition_date, Article.published_at, Article.id)
            )
            for cid, aid, title, source, name, tz, edition, published, url, version, offset in rows:
                members = out[int(cid or 0)] if cid in out else []
                if len(members) < limit:
                    day = edition or (_local_day(published, tz, offset) if published else None)
                    members.append(
                        Reprint(int(aid), title or "", source, name or source, day, url or "", version or 0)
                    )
        return out


def _first_line(exc: SQLAlchemyError) -> str:
    """Return the driver's own message, first line (SQLAlchemy's adds the SQL and a link)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def _local_day(value: datetime, tz: str | None, offset: int | None = None) -> date:
    """Return the calendar day of an instant in the source's zone, or in its page's own ``offset``."""
    return article_when(value, None, zone(tz or DEFAULT_TIMEZONE), offset).day or value.date()


_ENGINES: dict[str, StoreInfo] = {}
_LOCK = threading.Lock()


def store_info(db_url: str) -> StoreInfo | None:
    """Return a :class:`StoreInfo` for ``db_url``, its engine made once per process.

    None for a SQLite file that does not exist: a search of an index alone
    must not create an empty archive beside it.
    """
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        if not Path(url.database).is_file():
            return None
    with _LOCK:
        found = _ENGINES.get(db_url)
        if found is None:
            # Reads only: on SQLite they wait on no writer (an import holding its transaction for minutes).
            engine = create_store_engine(db_url).execution_options(**{READING: True})
            where = f"the archive database {url.render_as_string(hide_password=True)}"
            found = _ENGINES[db_url] = StoreInfo(make_session_factory(engine), where)
        return found
