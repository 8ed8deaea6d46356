"""A crawl stores an article whose page is a single-page app's shell (the text only in its script state).

One article page of the sample site is served as a Next.js shell: no text in the markup, the
article in ``__NEXT_DATA__`` beside its recommendations. The crawl stores it with its title, text
and day, says where the text was read (``extracted_from``) and counts it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from store_support import DB_PARAMS, make_db_url, sample_source
from support import start_static_server
from test_store_crawl import DAYS, EDITED, FAST

from archive.models import Article, CrawlRun
from archive.schema import open_store
from crawler.extract import extract_article
from crawler.runner import run_crawl
from crawler.sample_site import SITE_DIR

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def _shell(title: str, body: str, published_ms: int) -> str:
    article = {
        "id": 1001,
        "title": title,
        "publishTime": published_ms,
        "content": "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip()),
    }
    related = [{"id": 1002, "title": "另一篇文章的标题在这里", "summary": "摘要"}]
    data = {"props": {"pageProps": {"article": article, "related": related}}, "page": "/content/[id]"}
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市晚报</title></head><body>'
        '<div id="__next"><div class="loading">加载中…</div></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
        "</body></html>"
    )


def test_a_shells_article_is_stored_from_its_script_state(tmp_path: Path, home: Path, db_url: str) -> None:
    root = tmp_path / "site"
    shutil.copytree(SITE_DIR, root)
    page = root / EDITED
    printed = extract_article("http://sample.example/" + EDITED, page.read_bytes())
    assert printed.published_at is not None
    published_ms = int(printed.published_at.timestamp()) * 1000
    page.write_text(_shell(printed.title, printed.body, published_ms), encoding="utf-8")
    proc, url = start_static_server(root)
    try:
        run_crawl(sample_source(url), **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    finally:
        proc.terminate()
        proc.wait(10)
    with open_store(db_url) as sessions, sessions() as s:
        rows = [a for a in s.scalars(select(Article)) if a.url.endswith(EDITED)]
        assert len(rows) == 1
        stored = rows[0]
        assert stored.title == printed.title
        assert stored.extracted_from == "script_state"
        assert "完成两轮督查活动。" in stored.body  # the text's last sentence (its byline moves to its field)
        assert stored.published_at == printed.published_at  # the state's epoch ms, kept as an instant
        assert stored.date_from == "metadata"  # the crawl carries where the date was read to the store
        assert all(a.date_from is not None for a in s.scalars(select(Article)) if a.published_at)
        others = [a for a in s.scalars(select(Article)) if not a.url.endswith(EDITED)]
        assert others and all(a.extracted_from == "" for a in others)
        run = s.scalars(select(CrawlRun)).one()
        assert run.counters.get("extracted/script_state") == 1, run.counters
