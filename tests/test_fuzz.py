"""Fuzz the pure entry points with hypothesis: they raise their own clear errors or nothing.

The extractors, the normaliser, the decoder and ``sources.toml`` loading must
never raise anything but ``CrawlerError`` subclasses on any input.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.errors import CrawlerError
from crawler.extract import decode_html, extract_article
from crawler.normalize import clean_text, normalize_body
from crawler.sources import load_registry

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
TEXT = st.text(st.one_of(st.characters(), CJK, st.sampled_from("\x00\u200b\ufeff\r\n<>&;。，")), max_size=400)
HTML_BITS = st.sampled_from(
    [
        "<html>",
        "<head>",
        "<meta charset=gbk>",
        "<meta charset=utf-8>",
        "<title>",
        "</title>",
        "<body>",
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<!--enpcontent-->",
        "<founder-content>",
        "<!--enpproperty <title>标题</title>/enpproperty-->",
        "<script>",
        "</html>",
        "<?xml version='1.0'?>",
        "\x00",
        "&#0;",
        "&#xD800;",
    ]
)
PAGES = st.lists(st.one_of(HTML_BITS, TEXT), max_size=40).map("".join)


@pytest.mark.slow
@FUZZ
@given(
    body=st.one_of(st.binary(max_size=2000), PAGES.map(lambda t: t.encode("utf-8", "surrogatepass"))),
    content_type=st.one_of(
        st.none(),
        st.sampled_from(
            [
                "text/html",
                "text/html; charset=utf-8",
                "text/html; charset=iso-8859-1",
                "text/html; charset=nonsense",
                "text/html; charset=",
            ]
        ),
    ),
)
def test_extractors_raise_only_their_own_errors(body: bytes, content_type: str | None) -> None:
    try:
        decode_html(body, content_type, None)
    except CrawlerError:
        pass
    try:
        extract_article("http://127.0.0.1/content_1.htm", body, content_type=content_type)
    except CrawlerError:
        pass


@FUZZ
@given(text=TEXT)
def test_normaliser_raises_only_its_own_errors(text: str) -> None:
    try:
        clean_text(text)
        normalize_body(text)
    except CrawlerError:
        pass


TOML_VALUES = st.one_of(
    st.integers(), st.text(max_size=30), st.booleans(), st.lists(st.text(max_size=20), max_size=3)
)
TOML_KEYS = st.sampled_from(
    [
        "id",
        "name",
        "kind",
        "start_urls",
        "templates",
        "allowed_domains",
        "article_patterns",
        "page_patterns",
        "deny_patterns",
        "encoding",
        "timezone",
        "max_depth",
        "canonical_base",
        "politeness",
        "selectors",
        "typo",
    ]
)


def _toml_value(value: object) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


@FUZZ
@given(
    tables=st.lists(st.dictionaries(TOML_KEYS, TOML_VALUES, max_size=8), max_size=3),
    raw=st.text(max_size=200),
)
def test_sources_toml_loading_raises_only_config_errors(
    tables: list[dict[str, object]], raw: str, tmp_path: Path
) -> None:
    body = "".join(
        "[[source]]\n" + "".join(f"{k} = {_toml_value(v)}\n" for k, v in t.items()) for t in tables
    )
    for text in (body, raw, body + raw):
        path = tmp_path / "sources.toml"
        try:
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        except UnicodeEncodeError:
            continue
        try:
            load_registry(path)
        except CrawlerError:
            pass


def test_query_parser_raises_only_its_own_errors() -> None:
    from indexer.errors import IndexerError
    from indexer.query import parse_query as parse

    @FUZZ
    @given(text=st.text(st.one_of(st.characters(), CJK, st.sampled_from('"():*?~^-+ ANDORNOT')), max_size=80))
    def check(text: str) -> None:
        try:
            parse(text)
        except IndexerError:
            pass

    check()
