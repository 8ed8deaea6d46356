"""Golden tests: each saved page in tests/data/pages/ beside the item it must give.

``<site>_<n>.html`` is the page as fetched; ``<site>_<n>.json`` holds
``request`` (url, content_type) and ``expected`` (the fields below). Run with
``NEWSARCHIVE_UPDATE_GOLDEN=1`` to rewrite the JSON files, then review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from archive.errors import ExtractionError
from archive.items import EXTRACTED_FIELDS, ArticleItem
from crawler.extract import extract_article

PAGES = Path(__file__).parent / "data" / "pages"
UPDATE = os.environ.get("NEWSARCHIVE_UPDATE_GOLDEN") == "1"


def _fields(item: ArticleItem) -> dict[str, Any]:
    data = {name: getattr(item, name) for name in EXTRACTED_FIELDS}
    data["published_at"] = item.published_at.isoformat() if item.published_at else None
    return data


def _golden() -> list[Path]:
    return sorted(p for p in PAGES.glob("*.json") if (p.with_suffix(".html")).exists())


@pytest.mark.parametrize("golden", _golden(), ids=lambda p: p.stem)
def test_page_matches_golden(golden: Path) -> None:
    spec = json.loads(golden.read_text("utf-8"))
    request = spec["request"]
    body = golden.with_suffix(".html").read_bytes()
    if spec.get("not_article"):
        with pytest.raises(ExtractionError, match=r"^not an article: "):
            extract_article(request["url"], body, content_type=request.get("content_type"))
        return
    item = extract_article(request["url"], body, content_type=request.get("content_type"))
    got = _fields(item)
    if UPDATE:
        spec["expected"] = got
        golden.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert got == spec["expected"]


def test_every_page_has_a_golden_file() -> None:
    missing = [p.name for p in PAGES.glob("*.html") if not p.with_suffix(".json").exists()]
    assert not missing
