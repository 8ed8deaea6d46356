# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Scripts nesting arrays past Python's stack are bad input: read past, never a traceback (review)."""

from __future__ import annotations

import pytest

from archive.errors import ExtractionError
from crawler.extract import extract_article

TEXT = "".join(
    "<p>　　市政府今天召开新闻发布会，介绍今年城市建设的主要任务和重点项目安排情况，包括道路桥梁。</p>"
    for _ in range(4)
)


@pytest.mark.parametrize("depth", [600, 5000])
def test_json_ld_nested_past_the_stack_is_passed_over(depth: int) -> None:
    deep = "[" * depth + "]" * depth
    page = (
        f"<html><head><title>城市建设今年提速_某某网</title><script type='application/ld+json'>{deep}</script>"
        f"</head><body><h1>城市建设今年提速</h1>{TEXT}</body></html>"
    )
    assert extract_article("https://www.example.com/a/1.html", page.encode()).title == "城市建设今年提速"


def test_a_shells_state_nested_past_the_stack_is_no_article_and_no_traceback() -> None:
    deep = "[" * 5000 + "]" * 5000
    page = f"<html><body><div id='__next'></div><script id='__NEXT_DATA__' type='application/json'>{deep}</script></body></html>"
    with pytest.raises(ExtractionError, match="not an article"):
        extract_article("https://m.example.com/a/1", page.encode())
