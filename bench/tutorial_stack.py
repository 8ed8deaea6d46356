"""The baseline every index figure is compared with: the Whoosh + jieba tutorial set-up.

jieba's own ``jieba.analyse.ChineseAnalyzer`` on a stored title and a stored
body, one ``ix.writer()``, ``add_document`` per article, one commit: what
jieba's README and Whoosh tutorials show. Searches use Whoosh's
``MultifieldParser`` over title and body with ``OrGroup`` (a pasted headline
would find nothing with the default AND group, which would flatter the
baseline's latency) and ``hit.highlights("body")`` for the snippet.

Only the bench imports this module: the product never uses jieba's analyzer
(see ``indexer/analysis.py`` for why). jieba's model cache is kept in the
bench's data directory (``indexer.analysis.configure_jieba_cache``), not in
the shared temporary folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from indexer.analysis import configure_jieba_cache

WRITER_LIMIT_MB = 128  # Whoosh's default pool size, as in the tutorials


def _analyzer(home: Path) -> Any:
    configure_jieba_cache(home / "jieba-cache")
    from jieba.analyse import ChineseAnalyzer  # imported here, after the cache dir is set

    return ChineseAnalyzer()


def build(home: Path, docs: Iterable[tuple[int, str, str]]) -> int:
    """Index ``(id, title, body)`` rows into ``home/tutorial-index``; return the count."""
    from whoosh import fields
    from whoosh import index as whoosh_index

    analyzer = _analyzer(home)
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(stored=True, analyzer=analyzer),
        body=fields.TEXT(stored=True, analyzer=analyzer),
    )
    path = home / "tutorial-index"
    shutil.rmtree(path, ignore_errors=True)  # a repeat starts from nothing, like ours
    path.mkdir(parents=True)
    ix = whoosh_index.create_in(str(path), schema)
    writer = ix.writer(limitmb=WRITER_LIMIT_MB)
    count = 0
    for article_id, title, body in docs:
        writer.add_document(id=str(article_id), title=title, body=body)
        count += 1
    writer.commit()
    return count


class Searcher:
    """Open the tutorial index once and run queries with snippets, like a result page would."""

    def __init__(self, home: Path) -> None:
        from whoosh import index as whoosh_index
        from whoosh import qparser

        _analyzer(home)
        self._ix = whoosh_index.open_dir(str(home / "tutorial-index"))
        self._parser = qparser.MultifieldParser(["title", "body"], self._ix.schema, group=qparser.OrGroup)

    def search(self, text: str, limit: int = 10) -> list[tuple[str, str]]:
        """Return ``(id, snippet)`` of the top ``limit`` hits."""
        query = self._parser.parse(text)
        with self._ix.searcher() as searcher:
            results = searcher.search(query, limit=limit)
            return [(hit["id"], hit.highlights("body")) for hit in results]
