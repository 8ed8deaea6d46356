"""Name the documents of a TREC run (``search --batch``) so that no two articles share a name.

A run named each result by its ``external_id`` where it had one: an imported
article's ``id`` (as a corpus' relevance judgments name it), but also a
crawled page's own article number (``1001`` of ``content_1001.htm``), which
every Founder e-paper numbers alike, and which a paper may reuse on another
day. Two papers backfilled into one archive then gave two results of one
query the same name: trec_eval refuses a run with a document twice, and an
evaluator keyed by name keeps one and drops the other.

Now an imported article keeps its ``external_id`` only while no other article
of the archive holds the same one; every other result is named
``newsarchive-<archive id>`` (:data:`DOC_PREFIX`), the id the web page's
citations give (RIS ``ID``, CSL ``id``), which ``show`` reads too. A run
written before names results by ``external_id`` or by the bare archive id;
``show`` still reads the bare id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, func, select

from archive.models import Article

if TYPE_CHECKING:
    from indexer.search import Hit

DOC_PREFIX = "newsarchive-"


def doc_names(engine: Engine | None, hits: Sequence[Hit]) -> dict[int, str]:
    """Return each hit's name in a TREC run, unique across the archive's papers: ``{article id: name}``.

    Without the archive (``engine`` None: a home holding an index alone) no name can be known to
    be unique: every hit is named by its archive id. One connection per query (no transaction held
    open between the searches: a search waited on it past its time limit).
    """
    if engine is None:
        return {hit.id: f"{DOC_PREFIX}{hit.id}" for hit in hits}
    with engine.connect() as conn:
        return _names(conn, hits)


def _names(conn: Connection, hits: Sequence[Hit]) -> dict[int, str]:
    ids = [hit.id for hit in hits]
    external = {
        hit.external_id for hit in hits if hit.external_id and not hit.external_id.startswith(DOC_PREFIX)
    }
    imported: set[int] = set()
    shared: set[str] = set()
    if ids:
        imported = set(conn.scalars(select(Article.id).where(Article.id.in_(ids), Article.imported)))
    if external:
        shared = set(
            conn.scalars(
                select(Article.external_id)
                .where(Article.external_id.in_(sorted(external)))
                .group_by(Article.external_id)
                .having(func.count() > 1)
            )
        )
    return {
        hit.id: hit.external_id
        if hit.id in imported and hit.external_id in external and hit.external_id not in shared
        else f"{DOC_PREFIX}{hit.id}"
        for hit in hits
    }
