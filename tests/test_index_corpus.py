"""Literal recall on real news: 1,000 random strings from the inews corpus, checked exhaustively.

The hand-made tests cover folding and jieba's cuts on a few sentences; this
one makes the promise of issue 6 on messy web news (reposts, notices, mixed
scripts): a quoted string finds every article containing it and nothing
else, and the same string unquoted still finds all of them. The expected set
is computed by brute force over the folded texts, independently of the index.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from indexer.analysis import fold
from indexer.build import rebuild_index
from indexer.documents import IndexDoc
from indexer.search import MAX_LIMIT, search

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]  # a corpus index: minutes on a loaded machine

ARTICLES = 2_000  # enough for common and rare strings; builds in ~8 s on 2 cores
SAMPLES = 1_000
SEED = 20191


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@pytest.fixture(scope="module")
def corpus(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[IndexDoc]]:
    """Index the first ARTICLES documents of inews train (once for the module)."""
    path = shared_data / "inews-bdci2019" / "train.jsonl"
    docs: list[IndexDoc] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= ARTICLES:
                break
            row = json.loads(line)
            docs.append(IndexDoc(id=n + 1, title=row["title"], body=row["content"], external_id=row["id"]))
    index_path = tmp_path_factory.mktemp("corpus") / "home" / "index"
    assert rebuild_index(index_path, docs, procs=2) == len(docs)
    return index_path, docs


def _all_ids(index_path: Path, query: str) -> set[int]:
    """Collect every hit of ``query``, paging through results beyond one page."""
    found: set[int] = set()
    page = 1
    while True:
        result = search(index_path, query, limit=MAX_LIMIT, page=page, time_limit=30.0)
        assert not result.timed_out, query
        found.update(hit.id for hit in result.hits)
        if page * MAX_LIMIT >= result.total:
            return found
        page += 1


def _samples(docs: list[IndexDoc], rng: random.Random) -> list[str]:
    """Draw SAMPLES distinct strings of 2-6 Han characters from the (original, unfolded) bodies."""
    bodies = [d.body for d in docs if len(d.body) >= 8]
    out: dict[str, None] = {}
    while len(out) < SAMPLES:
        body = rng.choice(bodies)
        n = rng.randint(2, 6)
        a = rng.randrange(0, len(body) - n + 1)
        needle = body[a : a + n]
        if all(_is_han(ch) for ch in needle):
            out[needle] = None
    return list(out)


def test_quoted_and_unquoted_strings_find_every_article_that_contains_them(
    corpus: tuple[Path, list[IndexDoc]],
) -> None:
    index_path, docs = corpus
    texts = {d.id: fold("\n".join((d.lead_title, d.title, d.subtitle, d.body))) for d in docs}
    needles = _samples(docs, random.Random(SEED))
    lengths = {len(n) for n in needles}
    assert lengths == {2, 3, 4, 5, 6}
    misses: list[str] = []
    for needle in needles:
        folded = fold(needle)
        expected = {i for i, text in texts.items() if folded in text}
        assert expected, needle  # sampled from an indexed body, so at least that article
        if _all_ids(index_path, f'"{needle}"') != expected:
            misses.append(f"quoted {needle}")
        if not expected <= _all_ids(index_path, needle):
            misses.append(f"unquoted {needle}")
    assert not misses, f"{len(misses)} of {2 * len(needles)} queries wrong: {misses[:10]}"
