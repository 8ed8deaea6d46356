"""A realistic local test-site generator: Founder e-papers, sitemaps, feeds and listings with ground truth.

``build_site(root, ...)`` writes static files (served by
``crawler.sample_site.server``) and returns a :class:`SiteManifest` listing
every article's URL path, title, paragraphs, date and encoding, so tests and
benchmarks can compare what was stored with what was published.
"""

from __future__ import annotations

from .build import STANDARD_DATES, ArticleTruth, EditionTruth, SiteManifest, build_site, standard_site
from .texts import Text, load_texts, shared_available

__all__ = [
    "STANDARD_DATES",
    "ArticleTruth",
    "EditionTruth",
    "SiteManifest",
    "Text",
    "build_site",
    "load_texts",
    "shared_available",
    "standard_site",
]
