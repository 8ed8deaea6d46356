"""Normalise Chinese newspaper text: characters, paragraphs, credits, and whole pages.

Pure functions used by the normalise pipeline for every article, HTML or PDF.
"""

from __future__ import annotations

from crawler.normalize.chars import clean_text
from crawler.normalize.models import NormalizedBody, RebuiltArticle
from crawler.normalize.page import rebuild_page
from crawler.normalize.paragraphs import normalize_body

__all__ = ["NormalizedBody", "RebuiltArticle", "clean_text", "normalize_body", "rebuild_page"]
