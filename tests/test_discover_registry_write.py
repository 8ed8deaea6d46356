"""Writing [[source]] entries with tomlkit: comments and hand-made keys survive, bad entries never land."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.errors import ConfigError
from crawler.discover.registry_write import render_entry, updated_text, write_entry
from crawler.sources import load_registry

HAND_MADE = """\
# Papers of 白城 — edited by hand.

[[source]]
id = "cswb"   # 城市晚报
name = "城市晚报（手写）"
kind = "epaper"
templates = [
    { url = "http://e.example.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm", since = "2016-01-01" },
]

[source.selectors]
body = "div.content"  # the generic extractor misses the last paragraph

[source.alerts]
no_edition_days = 3
"""

ENTRY = {
    "id": "cswb",
    "name": "城市晚报",
    "region": "吉林 白城",
    "kind": "epaper",
    "allowed_domains": ["e.example.cn"],
    "schedule": "30 7 * * 1-6",
    "start_urls": [],
    "templates": [
        {
            "url": "http://e.example.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm",
            "since": "2015-03-02",
            "until": "2019-12-31",
        },
        {"url": "http://e.example.cn/pc/layout/{date:%Y%m}/{date:%d}/node_01.html", "since": "2020-01-01"},
    ],
    "article_patterns": [r"/html/\d{4}-\d{2}/\d{2}/content_\d+\.htm"],
    "page_patterns": [],
    "selectors": {"title": "h1"},
}


def test_an_existing_entry_is_updated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(HAND_MADE, encoding="utf-8")
    write_entry(path, ENTRY)
    text = path.read_text("utf-8")
    for kept in ("# Papers of 白城", "# 城市晚报", "# the generic extractor misses", "no_edition_days = 3"):
        assert kept in text
    source = load_registry(path)["cswb"]
    assert source.name == "城市晚报（手写）"  # the archivist's wording wins
    assert source.selectors == {"body": "div.content"}  # and their selectors
    assert source.region == "吉林 白城" and source.schedule == "30 7 * * 1-6"
    assert [t.url.split("/")[3] for t in source.templates] == ["html", "pc"]
    assert str(source.templates[0].since) == "2015-03-02"
    assert source.alerts.no_edition_days == 3


def test_a_new_entry_is_appended_and_a_missing_registry_created(tmp_path: Path) -> None:
    path = tmp_path / "new" / "sources.toml"
    write_entry(path, ENTRY)
    write_entry(path, {**ENTRY, "id": "other"})
    sources = load_registry(path)
    assert list(sources) == ["cswb", "other"]
    assert sources["cswb"].selectors == {"title": "h1"}


def test_an_invalid_entry_leaves_the_registry_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(HAND_MADE, encoding="utf-8")
    with pytest.raises(ConfigError, match="schedule"):
        write_entry(path, {**ENTRY, "schedule": "every morning"})
    assert path.read_text("utf-8") == HAND_MADE
    assert [p.name for p in tmp_path.iterdir()] == ["sources.toml"]


def test_render_entry_is_a_valid_registry_on_its_own(tmp_path: Path) -> None:
    text = render_entry(ENTRY)
    assert text.startswith('[[source]]\nid = "cswb"')
    assert "page_patterns" not in text and "start_urls" not in text  # empty keys are left out
    path = tmp_path / "one.toml"
    path.write_text(text, encoding="utf-8")
    assert load_registry(path)["cswb"].templates[1].since is not None
    assert updated_text("", ENTRY).strip() == text.strip()
