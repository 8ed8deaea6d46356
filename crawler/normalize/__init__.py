"""Normalise Chinese newspaper text: characters, paragraphs, credits, and whole pages.

Pure functions the store applies to every article (``article.prepare_for_store``), HTML or PDF.
"""

from __future__ import annotations

from archive.chars import clean_text
from crawler.normalize.models import NormalizedBody, RebuiltArticle
from crawler.normalize.page import rebuild_page
from crawler.normalize.paragraphs import normalize_body

__all__ = ["NormalizedBody", "RebuiltArticle", "clean_text", "normalize_body", "rebuild_page"]
