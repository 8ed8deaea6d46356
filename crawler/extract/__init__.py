"""Pure functions from a fetched page to an :class:`~archive.items.ArticleItem`.

The package's face: the crawl, reprocess and the CLI import these names from
here. The work lives in modules named by role: ``article`` (the order of trust
and each field's reading), ``markup`` (preparing and parsing the page),
``text_zones`` and ``closing`` (the text's surroundings and its last lines),
and one module per field's rules (``titles``, ``dates``, ``bylines``, ...).
"""

from __future__ import annotations

from crawler.extract.article import extract_article, is_article_page
from crawler.extract.dates import parse_chinese_datetime
from crawler.extract.decode import Decoded, decode_html
from crawler.extract.markup import canonical_in_markup

__all__ = [
    "Decoded",
    "canonical_in_markup",
    "decode_html",
    "extract_article",
    "is_article_page",
    "parse_chinese_datetime",
]
