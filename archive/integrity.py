"""Check that an archive database is whole: after a crash, a kill or concurrent writers.

:func:`check_integrity` returns a list of problems, each one line (empty: the
store is sound). It checks what the schema cannot enforce by itself, and on
SQLite what a torn write could break:

* SQLite's own ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``;
* the schema is at the newest migration;
* every article, edition and run refers to an existing source or run;
* every article's earlier versions are numbered ``1 .. version-1`` without gaps;
* no article lacks its URL, title, body or content hash;
* no run is left ``running`` by a process that is gone (it should be ``interrupted``);
* reprint bands and pages point at existing rows.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import SQLAlchemyError

from archive.editions import process_gone
from archive.engine import create_store_engine, driver_message
from archive.errors import StoreError
from archive.models import Article, ArticleVersion, CrawlRun, Edition, LshBand, Page, Source
from archive.wording import counted

RUN_STATUSES = frozenset({"running", "finished", "failed", "interrupted"})
_SHOWN = 5  # offending ids listed per problem


def _ids(values: list[int] | list[str]) -> str:
    shown = ", ".join(str(v) for v in values[:_SHOWN])
    return shown + (f" and {len(values) - _SHOWN} more" if len(values) > _SHOWN else "")


def _sqlite_checks(conn: Connection) -> list[str]:
    problems: list[str] = []
    verdict = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if verdict != ["ok"]:
        problems.append("sqlite integrity_check: " + "; ".join(str(v) for v in verdict[:_SHOWN]))
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        problems.append(
            f"sqlite foreign_key_check: {counted(len(broken), 'row')} in {', '.join(tables)} "
            + ("refers to a missing row" if len(broken) == 1 else "refer to missing rows")
        )
    return problems


def _orphans(conn: Connection) -> list[str]:
    problems: list[str] = []
    checks = [  # (the noun, its plural), then what the row misses
        (("article", "articles"), "without their source", Article.id, Article.source_id, Source.id),
        (("edition", "editions"), "without their source", Edition.id, Edition.source_id, Source.id),
        (
            ("article version", "article versions"),
            "without their article",
            ArticleVersion.id,
            ArticleVersion.article_id,
            Article.id,
        ),
        (("page", "pages"), "without their edition", Page.id, Page.edition_id, Edition.id),
        (
            ("reprint band", "reprint bands"),
            "without their article",
            LshBand.article_id,
            LshBand.article_id,
            Article.id,
        ),
        (("article", "articles"), "naming a missing crawl run", Article.id, Article.run_id, CrawlRun.id),
    ]
    for (noun, nouns), label, key, column, target in checks:
        stmt = (
            select(key)
            .select_from(column.table)
            .outerjoin(target.table, column == target)
            .where(column.is_not(None), target.is_(None))
            .order_by(key)
        )
        ids = list(conn.scalars(stmt).all())
        if ids and key is column:
            # Rows keyed by the row they miss (a reprint band by its article): each missing row once,
            # not "16, 16, 16, 16, 16 and 11 more", which read as many articles gone where one was.
            missing = sorted(set(ids))
            gone = counted(len(missing), "missing " + label.rsplit(" ", 1)[-1])
            problems.append(f"{counted(len(ids), noun, nouns)} of {gone}: {_ids(missing)}")
        elif ids:
            label = label.replace("their", "its") if len(ids) == 1 else label
            problems.append(f"{counted(len(ids), noun, nouns)} {label}: {_ids(ids)}")
    return problems


def _versions(conn: Connection) -> list[str]:
    numbers: dict[int, list[int]] = defaultdict(list)
    for article_id, version in conn.execute(select(ArticleVersion.article_id, ArticleVersion.version)):
        numbers[article_id].append(version)
    bad: list[int] = []
    for article_id, current in conn.execute(select(Article.id, Article.version).order_by(Article.id)):
        if sorted(numbers.get(article_id, [])) != list(range(1, current)):
            bad.append(article_id)
    return (
        [f"{counted(len(bad), 'article')} whose earlier versions are not numbered 1..version-1: {_ids(bad)}"]
        if bad
        else []
    )


def _empty_fields(conn: Connection) -> list[str]:
    problems: list[str] = []
    for name, column in (
        ("URL", Article.url),
        ("title", Article.title),
        ("body", Article.body),
        ("content hash", Article.content_hash),
    ):
        ids = list(
            conn.scalars(select(Article.id).where(func.coalesce(column, "") == "").order_by(Article.id))
        )
        if ids:
            problems.append(f"{counted(len(ids), 'article')} without a {name}: {_ids(ids)}")
    return problems


def _runs(conn: Connection, dead_ok: bool) -> list[str]:
    problems: list[str] = []
    odd = list(conn.scalars(select(CrawlRun.id).where(CrawlRun.status.not_in(sorted(RUN_STATUSES)))))
    if odd:
        problems.append(f"{counted(len(odd), 'crawl run')} with an unknown status: {_ids(odd)}")
    unfinished = list(
        conn.scalars(
            select(CrawlRun.id).where(
                CrawlRun.status.in_(["finished", "failed", "interrupted"]), CrawlRun.finished_at.is_(None)
            )
        )
    )
    if unfinished:
        problems.append(
            f"{counted(len(unfinished), 'closed crawl run')} without a finish time: {_ids(unfinished)}"
        )
    if not dead_ok:
        dead = [
            run_id
            for run_id, args in conn.execute(
                select(CrawlRun.id, CrawlRun.args).where(CrawlRun.status == "running")
            )
            if isinstance(args, dict) and process_gone(args)
        ]
        if dead:
            runs, obj, subj = ("run", "it", "it") if len(dead) == 1 else ("runs", "them", "they")
            problems.append(
                f"{len(dead)} crawl {runs} still 'running' whose process is gone: {_ids(dead)} (killed; "
                f"the source's next crawl marks {obj} interrupted, "
                f"and crawl --resume fetches what {subj} missed)"
            )
    return problems


def check_integrity(db_url: str, *, dead_runs_ok: bool = False) -> list[str]:
    """Return the problems found in the archive at ``db_url`` (an empty list: it is sound).

    ``dead_runs_ok`` tolerates runs left ``running`` by a killed process; the
    next crawl of their source marks them ``interrupted``.
    """
    from archive.schema import check_known_revision, current_revision, head_revision

    engine = create_store_engine(db_url)
    problems: list[str] = []
    try:
        revision = current_revision(engine)
        check_known_revision(revision)  # newer than ours: "run: db upgrade" would only fail
        if revision != head_revision():
            return [
                f"schema at revision {revision or 'none'}, not {head_revision()} "
                "(run: newsarchive db upgrade)"
            ]
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                problems += _sqlite_checks(conn)
            problems += _orphans(conn)
            problems += _versions(conn)
            problems += _empty_fields(conn)
            problems += _runs(conn, dead_runs_ok)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot check the database: {driver_message(exc)}") from exc
    finally:
        engine.dispose()
    return problems
