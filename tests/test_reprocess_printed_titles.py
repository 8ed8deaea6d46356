"""Reprocessing an archive the old store wrote (titles folded) makes no version of any article.

The crawl stores ``评:洮北区…`` and ``１１０个`` as printed; the rows are then put back the way the
old code wrote them (``评：洮北区…``, ``110个``, the hash over those), and ``reprocess`` must
make no version: the article whose titles were folded gets them back as printed, in place, from
its own capture (``refreshed``); the others are unchanged.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from store_support import DB_PARAMS, cli, make_db_url, sample_source
from support import start_static_server
from test_reprocess import REGISTRY
from test_store_crawl import DAYS, EDITED, FAST

from archive.chars import fold_headline
from archive.models import Article, ArticleVersion
from archive.schema import open_store
from crawler.runner import run_crawl
from crawler.sample_site import SITE_DIR

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def test_reprocess_of_an_archive_with_folded_titles_writes_them_as_printed_in_place(
    tmp_path: Path,
    home: Path,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = tmp_path / "site"
    shutil.copytree(SITE_DIR, root)
    page = root / EDITED
    html = page.read_text(encoding="utf-8").replace("洮北区以", "评:洮北区以").replace("110个", "１１０个")
    page.write_text(html, encoding="utf-8")
    proc, url = start_static_server(root)
    try:
        run_crawl(sample_source(url), **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    finally:
        proc.terminate()
        proc.wait(10)
    with open_store(db_url) as sessions, sessions.begin() as s:
        rows = list(s.scalars(select(Article)))
        printed = [a for a in rows if a.title.startswith("评:")]
        assert len(printed) == 1 and "１１０个" in printed[0].subtitle  # stored as the page printed it
        for a in rows:  # as the old code stored them: folded titles, the hash over them
            a.lead_title, a.title, a.subtitle = map(fold_headline, (a.lead_title, a.title, a.subtitle))
            parts = [a.lead_title, a.title, a.subtitle, a.body, "\x1f".join(a.authors)]
            a.content_hash = hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()
    registry = tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    args = ["reprocess", "--home", str(home), "--db-url", db_url, "--sources", str(registry), "--json"]
    assert cli(args, monkeypatch) == 0
    counters = json.loads(capsys.readouterr().out)["counters"]
    assert counters == {"articles/refreshed": 1, "articles/unchanged": len(rows) - 1}
    with open_store(db_url) as sessions, sessions() as s:
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 0
        titles = {a.title for a in s.scalars(select(Article)) if a.title.startswith("评")}
        assert titles == {"评:洮北区以“工匠精神”为标杆 抓实脱贫攻坚各项工作"}  # as printed again
        assert any("１１０个" in a.subtitle for a in s.scalars(select(Article)))
    assert cli(args, monkeypatch) == 0  # read again: nothing more to write
    assert json.loads(capsys.readouterr().out)["counters"] == {"articles/unchanged": len(rows)}
