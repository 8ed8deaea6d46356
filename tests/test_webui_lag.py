"""The search page says when the index is behind the archive (``indexer.lag``), as ``search`` does."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient
from webui_support import build_web_archive

from archive.articles import upsert_article
from archive.config import index_dir
from archive.items import ArticleItem
from archive.schema import open_store
from indexer.sync import update_from_store
from webui.app import create_app


def test_the_search_page_says_the_index_is_behind(tmp_path: Path) -> None:
    archive = build_web_archive(tmp_path)
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as client:
        assert 'id="lag-note"' not in client.get("/", params={"q": "丹顶鹤", "lang": "en"}).text
        with open_store(archive.db_url) as sessions, sessions.begin() as session:
            item = ArticleItem(
                url="http://paper-a.example/new.html",
                source_id="paper-a",
                title="丹顶鹤",
                body="丹顶鹤回来了。",
            )
            upsert_article(session, item)
        en = client.get("/", params={"q": "丹顶鹤", "lang": "en"}).text
        assert 'id="none-found"' in en
        assert "The index is behind the archive (1 article stored or changed since" in en
        zh = client.get("/", params={"q": "丹顶鹤"}, headers={"accept-language": "zh-CN"}).text
        assert "上次更新索引后又存入或改动了 1 篇文章" in zh
        body = client.get("/search.json", params={"q": "丹顶鹤"}).json()
        assert body["index_behind"] is True and body["index_behind_articles"] == 1
        update_from_store(archive.db_url, index_dir(archive.home))
        en = client.get("/", params={"q": "丹顶鹤", "lang": "en"}).text
        assert 'id="lag-note"' not in en and 'id="none-found"' not in en
        assert client.get("/search.json", params={"q": "丹顶鹤"}).json()["index_behind"] is False
